package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/types/known/structpb"
	"sigs.k8s.io/yaml"

	"github.com/crossplane/function-sdk-go/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
)

// update rewrites the golden files: go test -run TestRender -update
var update = flag.Bool("update", false, "rewrite testdata/*/want.yaml from the current output")

// TestRender feeds testdata/<case>/{xr,input,observed}.yaml to RunFunction and compares what it
// desires, whole, with testdata/<case>/want.yaml, so any change to a composed object shows up
// in review as a YAML diff.
func TestRender(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases under testdata/: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			req := &fnv1.RunFunctionRequest{Observed: &fnv1.State{
				Composite: &fnv1.Resource{Resource: mustStruct(t, filepath.Join(dir, "xr.yaml"))},
			}}
			if s := optionalStruct(t, filepath.Join(dir, "input.yaml")); s != nil {
				req.Input = s
			}
			if s := optionalStruct(t, filepath.Join(dir, "observed-isvc.yaml")); s != nil {
				req.Observed.Resources = map[string]*fnv1.Resource{string(resISVC): {Resource: s}}
			}
			rsp, err := (&Function{log: logging.NewNopLogger()}).RunFunction(context.Background(), req)
			if err != nil {
				t.Fatalf("RunFunction: %v", err)
			}
			got := renderYAML(t, rsp)
			golden := filepath.Join(dir, "want.yaml")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("rendered %s: -want +got:\n%s", dir, diff)
			}
		})
	}
}

// renderYAML prints results, conditions, the XR's desired status and each composed resource
// (sorted by name) as one YAML document, like `crossplane render` shows them.
func renderYAML(t *testing.T, rsp *fnv1.RunFunctionResponse) []byte {
	t.Helper()
	type composedOut struct {
		Name     string         `json:"name"`
		Ready    string         `json:"ready"`
		Resource map[string]any `json:"resource"`
	}
	out := struct {
		Results    []string       `json:"results,omitempty"`
		Conditions []string       `json:"conditions,omitempty"`
		Composite  map[string]any `json:"composite,omitempty"`
		Composed   []composedOut  `json:"composed,omitempty"`
	}{Composite: rsp.GetDesired().GetComposite().GetResource().AsMap()}
	for _, r := range rsp.GetResults() {
		out.Results = append(out.Results, r.GetSeverity().String()+": "+r.GetMessage())
	}
	for _, c := range rsp.GetConditions() {
		out.Conditions = append(out.Conditions, c.GetType()+"="+c.GetStatus().String()+" ("+c.GetReason()+")")
	}
	for name, r := range rsp.GetDesired().GetResources() {
		out.Composed = append(out.Composed, composedOut{Name: name, Ready: r.GetReady().String(), Resource: r.GetResource().AsMap()})
	}
	slices.SortFunc(out.Composed, func(a, b composedOut) int { return strings.Compare(a.Name, b.Name) })
	b, err := yaml.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustStruct(t *testing.T, path string) *structpb.Struct {
	t.Helper()
	s := optionalStruct(t, path)
	if s == nil {
		t.Fatalf("missing %s", path)
	}
	return s
}

// optionalStruct reads a YAML object into a protobuf Struct, or nil if the file does not exist.
func optionalStruct(t *testing.T, path string) *structpb.Struct {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	s, err := structpb.NewStruct(m)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}
