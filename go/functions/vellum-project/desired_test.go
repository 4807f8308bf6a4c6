package main

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crossplane/function-sdk-go/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/resource"
)

// facts are the properties of the desired state that distinguish project types and lifecycle
// stages; the golden tests pin the rest of each object.
type facts struct {
	Resources      []string
	Containers     []string
	GPULimit       any
	NodeSelector   any
	DeploymentMode any
	StorageURI     any
	ISVCReady      fnv1.Ready
	Condition      fnv1.Status
}

func TestRunFunctionDesiredResources(t *testing.T) {
	type args struct {
		req *fnv1.RunFunctionRequest
	}
	type want struct {
		facts facts
	}
	observedISVC := func(req *fnv1.RunFunctionRequest, isvc string) *fnv1.RunFunctionRequest {
		req.Observed.Resources = map[string]*fnv1.Resource{string(resISVC): {Resource: resource.MustStructJSON(isvc)}}
		return req
	}
	serverless := xrJSON(`{"team": "hr", "type": "classic", "collection": "handbook", "model": "minilm"}`)
	serverless.Input = resource.MustStructJSON(`{"apiVersion": "fn.vellum-rag.io/v1beta1", "kind": "Input", "deploymentMode": "Serverless"}`)

	cases := map[string]struct {
		reason string
		args   args
		want   want
	}{
		"GenAIGetsGPUsAndSidecar": {
			reason: "gen-ai predictors get GPU limits, GPU node placement and the PII sidecar; gpuCount defaults to 1.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "gen-ai", "collection": "handbook", "model": "llama3.1:8b"}`)},
			want: want{facts: facts{
				Resources:      []string{"index-bucket", "inference-service"},
				Containers:     []string{"kserve-container", "piiproxy"},
				GPULimit:       "1",
				NodeSelector:   map[string]any{"nvidia.com/gpu.present": "true"},
				DeploymentMode: "RawDeployment",
				StorageURI:     "s3://vellum-hr-handbook/handbook/",
				ISVCReady:      fnv1.Ready_READY_UNSPECIFIED,
				Condition:      fnv1.Status_STATUS_CONDITION_TRUE,
			}},
		},
		"ClassicRunsOnCPUWithSidecar": {
			reason: "classic predictors get no GPU but keep the sidecar: extractive answers quote documents verbatim.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "classic", "collection": "handbook", "model": "minilm", "gpuCount": 0}`)},
			want: want{facts: facts{
				Resources:      []string{"index-bucket", "inference-service"},
				Containers:     []string{"kserve-container", "piiproxy"},
				DeploymentMode: "RawDeployment",
				StorageURI:     "s3://vellum-hr-handbook/handbook/",
				ISVCReady:      fnv1.Ready_READY_UNSPECIFIED,
				Condition:      fnv1.Status_STATUS_CONDITION_TRUE,
			}},
		},
		"ServerlessModeFromInput": {
			reason: "The Composition's input selects Serverless, the mode in which canaryTrafficPercent works.",
			args:   args{req: serverless},
			want: want{facts: facts{
				Resources:      []string{"index-bucket", "inference-service"},
				Containers:     []string{"kserve-container", "piiproxy"},
				DeploymentMode: "Serverless",
				StorageURI:     "s3://vellum-hr-handbook/handbook/",
				ISVCReady:      fnv1.Ready_READY_UNSPECIFIED,
				Condition:      fnv1.Status_STATUS_CONDITION_TRUE,
			}},
		},
		"RolloutIsCarriedForward": {
			reason: "The index version Airflow rolled out is kept, so Crossplane never reverts a rollout, and KServe's Ready marks the ISVC ready.",
			args: args{req: observedISVC(xrJSON(`{"team": "hr", "type": "classic", "collection": "handbook", "model": "minilm"}`), `{
				"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService",
				"metadata": {"name": "handbook"},
				"spec": {"predictor": {"containers": [{"name": "kserve-container",
					"args": ["--model-name", "vellum-rag", "--storage-uri", "s3://vellum-hr-handbook/handbook/v7/"]}]}},
				"status": {"url": "http://handbook.team-a.example", "conditions": [{"type": "Ready", "status": "True"}]}}`)},
			want: want{facts: facts{
				Resources:      []string{"index-bucket", "inference-service"},
				Containers:     []string{"kserve-container", "piiproxy"},
				DeploymentMode: "RawDeployment",
				StorageURI:     "s3://vellum-hr-handbook/handbook/v7/",
				ISVCReady:      fnv1.Ready_READY_TRUE,
				Condition:      fnv1.Status_STATUS_CONDITION_TRUE,
			}},
		},
	}

	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &Function{log: logging.NewNopLogger()}
			rsp, err := f.RunFunction(context.Background(), tc.args.req)
			if err != nil {
				t.Fatalf("%s\nf.RunFunction(...): unexpected error %v", tc.reason, err)
			}
			if diff := cmp.Diff(tc.want.facts, factsOf(rsp)); diff != "" {
				t.Errorf("%s\nf.RunFunction(...): -want facts, +got facts:\n%s", tc.reason, diff)
			}
		})
	}
}

// factsOf extracts facts from a response; missing paths stay nil.
func factsOf(rsp *fnv1.RunFunctionResponse) facts {
	var got facts
	for name := range rsp.GetDesired().GetResources() {
		got.Resources = append(got.Resources, name)
	}
	slices.Sort(got.Resources)
	isvc := rsp.GetDesired().GetResources()[string(resISVC)]
	got.ISVCReady = isvc.GetReady()
	m := isvc.GetResource().AsMap()
	pred, _ := dig(m, "spec", "predictor").(map[string]any)
	containers, _ := pred["containers"].([]any)
	for _, c := range containers {
		got.Containers = append(got.Containers, c.(map[string]any)["name"].(string))
	}
	if len(containers) > 0 {
		got.GPULimit = dig(containers[0].(map[string]any), "resources", "limits", "nvidia.com/gpu")
	}
	got.NodeSelector = pred["nodeSelector"]
	got.DeploymentMode = dig(m, "metadata", "annotations", "serving.kserve.io/deploymentMode")
	got.StorageURI = dig(rsp.GetDesired().GetComposite().GetResource().AsMap(), "status", "storageUri")
	for _, c := range rsp.GetConditions() {
		if c.GetType() == conditionValid {
			got.Condition = c.GetStatus()
		}
	}
	return got
}

func dig(m map[string]any, path ...string) any {
	var cur any = m
	for _, p := range path {
		mm, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = mm[p]
	}
	return cur
}
