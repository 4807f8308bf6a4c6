package main

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/crossplane/function-sdk-go/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/resource"
	"github.com/crossplane/function-sdk-go/response"
)

// xrJSON is an observed VellumProject with the given spec.
func xrJSON(spec string) *fnv1.RunFunctionRequest {
	return &fnv1.RunFunctionRequest{
		Meta: &fnv1.RequestMeta{Tag: "t"},
		Observed: &fnv1.State{Composite: &fnv1.Resource{Resource: resource.MustStructJSON(`{
			"apiVersion": "platform.vellum-rag.io/v1alpha1",
			"kind": "VellumProject",
			"metadata": {"name": "handbook", "namespace": "team-a"},
			"spec": ` + spec + `}`)}},
	}
}

// fatalRsp is what RunFunction answers for an XR or input it cannot compose.
func fatalRsp(reason, msg string) *fnv1.RunFunctionResponse {
	return &fnv1.RunFunctionResponse{
		Meta: &fnv1.ResponseMeta{Tag: "t", Ttl: durationpb.New(response.DefaultTTL)},
		Results: []*fnv1.Result{{
			Severity: fnv1.Severity_SEVERITY_FATAL,
			Message:  "invalid VellumProject: " + msg,
			Target:   fnv1.Target_TARGET_COMPOSITE.Enum(),
		}},
		Conditions: []*fnv1.Condition{{
			Type:    conditionValid,
			Status:  fnv1.Status_STATUS_CONDITION_FALSE,
			Reason:  reason,
			Message: &msg,
			Target:  fnv1.Target_TARGET_COMPOSITE.Enum(),
		}},
	}
}

func TestRunFunctionRejectsInvalidInput(t *testing.T) {
	type args struct {
		req *fnv1.RunFunctionRequest
	}
	type want struct {
		rsp *fnv1.RunFunctionResponse
		err error
	}
	modeInput := xrJSON(`{"team": "a", "type": "classic", "collection": "c", "model": "m"}`)
	modeInput.Input = resource.MustStructJSON(`{"apiVersion": "fn.vellum-rag.io/v1beta1", "kind": "Input", "deploymentMode": "ModelMesh"}`)

	cases := map[string]struct {
		reason string
		args   args
		want   want
	}{
		"MissingTeam": {
			reason: "A project without a team cannot be attributed, so it is rejected.",
			args:   args{req: xrJSON(`{"type": "classic", "collection": "handbook", "model": "minilm"}`)},
			want:   want{rsp: fatalRsp("InvalidSpec", "spec.team is required")},
		},
		"UnknownType": {
			reason: "Only gen-ai and classic are known types.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "agentic", "collection": "handbook", "model": "m"}`)},
			want:   want{rsp: fatalRsp("InvalidSpec", `spec.type "agentic" is unknown: use gen-ai or classic`)},
		},
		"GenAITooManyGPUs": {
			reason: "gen-ai projects get 1-8 GPUs, one node's worth.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "gen-ai", "collection": "handbook", "model": "llama3", "gpuCount": 9}`)},
			want:   want{rsp: fatalRsp("InvalidSpec", "spec.gpuCount 9 is out of range: gen-ai projects need 1-8 GPUs")},
		},
		"GenAIZeroGPUs": {
			reason: "An explicit zero is not silently defaulted for gen-ai.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "gen-ai", "collection": "handbook", "model": "llama3", "gpuCount": 0}`)},
			want:   want{rsp: fatalRsp("InvalidSpec", "spec.gpuCount 0 is out of range: gen-ai projects need 1-8 GPUs")},
		},
		"ClassicWithGPUs": {
			reason: "classic projects run on CPU.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "classic", "collection": "handbook", "model": "minilm", "gpuCount": 1}`)},
			want:   want{rsp: fatalRsp("InvalidSpec", "spec.gpuCount 1 is out of range: classic projects run on CPU, so it must be 0")},
		},
		"BadCollectionName": {
			reason: "Collection names become S3 prefixes and label values.",
			args:   args{req: xrJSON(`{"team": "hr", "type": "classic", "collection": "Hand_Book", "model": "minilm"}`)},
			want: want{rsp: fatalRsp("InvalidSpec",
				`spec.collection "Hand_Book" must be 1-35 lowercase letters, digits or '-', starting and ending alphanumeric`)},
		},
		"EveryProblemReported": {
			reason: "All problems are reported at once so the user fixes them in one edit.",
			args:   args{req: xrJSON(`{}`)},
			want: want{rsp: fatalRsp("InvalidSpec",
				"spec.team is required\nspec.collection is required\nspec.model is required\nspec.type is required (gen-ai or classic)")},
		},
		"UnknownDeploymentMode": {
			reason: "The Composition's input must name a KServe mode this function supports.",
			args:   args{req: modeInput},
			want: want{rsp: fatalRsp("InvalidInput",
				`input deploymentMode "ModelMesh" is unknown: use RawDeployment or Serverless`)},
		},
	}

	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &Function{log: logging.NewNopLogger()}
			rsp, err := f.RunFunction(context.Background(), tc.args.req)
			if diff := cmp.Diff(tc.want.rsp, rsp, protocmp.Transform()); diff != "" {
				t.Errorf("%s\nf.RunFunction(...): -want rsp, +got rsp:\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(tc.want.err, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("%s\nf.RunFunction(...): -want err, +got err:\n%s", tc.reason, diff)
			}
		})
	}
}
