package main

import (
	"context"
	"fmt"

	"github.com/crossplane/function-sdk-go/errors"
	"github.com/crossplane/function-sdk-go/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/request"
	"github.com/crossplane/function-sdk-go/resource"
	"github.com/crossplane/function-sdk-go/resource/composed"
	"github.com/crossplane/function-sdk-go/response"
)

// Names of the composed resources within the pipeline (not their metadata.name).
const (
	resBucket resource.Name = "index-bucket"
	resISVC   resource.Name = "inference-service"
)

// conditionValid tells the project team, on their XR, whether the spec could be composed.
const conditionValid = "ProjectValid"

// maxBucketName is S3's limit on bucket name length.
const maxBucketName = 63

// Function composes VellumProjects.
type Function struct {
	fnv1.UnimplementedFunctionRunnerServiceServer

	log logging.Logger
}

// RunFunction composes the index bucket and the InferenceService of one VellumProject. Invalid
// specs get a fatal result and a False condition rather than a gRPC error: an error would be
// retried forever, while a fatal result tells the user what to fix.
func (f *Function) RunFunction(_ context.Context, req *fnv1.RunFunctionRequest) (*fnv1.RunFunctionResponse, error) {
	rsp := response.To(req, response.DefaultTTL)

	in, err := getInput(req)
	if err != nil {
		return invalid(rsp, "InvalidInput", err), nil
	}
	oxr, err := request.GetObservedCompositeResource(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get observed composite resource"))
		return rsp, nil
	}
	p, err := parseProject(oxr.Resource)
	if err != nil {
		return invalid(rsp, "InvalidSpec", err), nil
	}
	bucket := bucketName(in, p)
	if len(bucket) > maxBucketName {
		return invalid(rsp, "InvalidSpec", fmt.Errorf("bucket name %q is longer than %d characters: shorten spec.team or spec.collection", bucket, maxBucketName)), nil
	}
	f.log.Debug("Composing project", "xr", p.Name, "team", p.Team, "type", p.Type)

	observed, err := request.GetObservedComposedResources(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get observed composed resources"))
		return rsp, nil
	}
	// Start from what earlier pipeline steps desired, so this function composes with others.
	desired, err := request.GetDesiredComposedResources(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get desired composed resources"))
		return rsp, nil
	}

	isvc, isvcSeen := observed[resISVC]
	storageURI := fmt.Sprintf("s3://%s/%s/", bucket, p.Collection)
	if uri := observedStorageURI(isvc.Resource); isvcSeen && uri != "" {
		storageURI = uri
	}
	desired[resBucket] = &resource.DesiredComposed{Resource: composeBucket(in, p), Ready: readiness(observed, resBucket)}
	desired[resISVC] = &resource.DesiredComposed{Resource: composeInferenceService(in, p, storageURI), Ready: readiness(observed, resISVC)}
	if err := response.SetDesiredComposedResources(rsp, desired); err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot set desired composed resources"))
		return rsp, nil
	}

	if err := setStatus(req, rsp, bucket, storageURI, isvc); err != nil {
		response.Fatal(rsp, err)
		return rsp, nil
	}
	response.ConditionTrue(rsp, conditionValid, "Composed").TargetComposite()
	return rsp, nil
}

// getInput returns the Composition's input over the defaults; the input step is optional.
func getInput(req *fnv1.RunFunctionRequest) (Input, error) {
	in := Input{}
	if req.GetInput() != nil {
		if err := request.GetInput(req, &in); err != nil {
			return in, errors.Wrap(err, "cannot parse function input")
		}
	}
	in = in.withDefaults()
	return in, validateInput(in)
}

// invalid reports a spec or input the function cannot compose, on the XR and as a fatal result.
func invalid(rsp *fnv1.RunFunctionResponse, reason string, err error) *fnv1.RunFunctionResponse {
	response.ConditionFalse(rsp, conditionValid, reason).WithMessage(err.Error()).TargetComposite()
	response.Fatal(rsp, errors.Wrap(err, "invalid VellumProject"))
	return rsp
}

// setStatus publishes where the index lives and, once KServe reports it, where to send queries.
func setStatus(req *fnv1.RunFunctionRequest, rsp *fnv1.RunFunctionResponse, bucket, storageURI string, isvc resource.ObservedComposed) error {
	dxr, err := request.GetDesiredCompositeResource(req)
	if err != nil {
		return errors.Wrap(err, "cannot get desired composite resource")
	}
	status := map[string]any{"bucketName": bucket, "storageUri": storageURI}
	if isvc.Resource != nil {
		if url, err := isvc.Resource.GetString("status.url"); err == nil {
			status["url"] = url
		}
	}
	if err := dxr.Resource.SetValue("status", status); err != nil {
		return errors.Wrap(err, "cannot set composite status")
	}
	return errors.Wrap(response.SetDesiredCompositeResource(rsp, dxr), "cannot set desired composite resource")
}

// observedStorageURI returns the index version the running predictor serves. Airflow's rollout
// patches it; carrying it forward keeps Crossplane from reverting every rollout on its next
// reconcile (the containers list is atomic under server-side apply, so the function owns it).
func observedStorageURI(isvc *composed.Unstructured) string {
	if isvc == nil {
		return ""
	}
	var containers []struct {
		Name string   `json:"name"`
		Args []string `json:"args"`
	}
	if err := isvc.GetValueInto("spec.predictor.containers", &containers); err != nil {
		return ""
	}
	for _, c := range containers {
		if c.Name != "kserve-container" {
			continue
		}
		for i := 0; i+1 < len(c.Args); i++ {
			if c.Args[i] == "--storage-uri" {
				return c.Args[i+1]
			}
		}
	}
	return ""
}

// readiness marks a composed resource ready when its own Ready condition is True, so the XR
// becomes Ready only once the bucket exists and KServe serves the predictor.
func readiness(observed map[resource.Name]resource.ObservedComposed, name resource.Name) resource.Ready {
	oc, ok := observed[name]
	if !ok || oc.Resource == nil {
		return resource.ReadyUnspecified
	}
	var conds []struct {
		Type   string `json:"type"`
		Status string `json:"status"`
	}
	if err := oc.Resource.GetValueInto("status.conditions", &conds); err != nil {
		return resource.ReadyFalse
	}
	for _, c := range conds {
		if c.Type == "Ready" && c.Status == "True" {
			return resource.ReadyTrue
		}
	}
	return resource.ReadyFalse
}
