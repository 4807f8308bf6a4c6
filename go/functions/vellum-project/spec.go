package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/crossplane/function-sdk-go/resource/composite"
)

// Project types. gen-ai answers with an LLM on GPUs; classic answers extractively on CPUs.
const (
	typeGenAI   = "gen-ai"
	typeClassic = "classic"
)

// KServe deployment modes this function supports.
const (
	modeRaw        = "RawDeployment"
	modeServerless = "Serverless"
)

// maxGPUs bounds gpuCount to what one node offers; more needs multi-node serving we don't do.
const maxGPUs = 8

var (
	// teamRE and collectionRE keep names usable as DNS labels, label values and S3 key prefixes.
	teamRE       = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?$`)
	collectionRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,33}[a-z0-9])?$`)
)

// Project is the validated spec of a VellumProject XR.
type Project struct {
	Name       string
	Team       string
	Type       string
	Collection string
	Model      string
	GPUCount   int64
}

// parseProject reads and validates the XR spec. The XRD's schema rejects most of this at
// admission already; the function re-checks because `crossplane render` and direct gRPC
// callers skip admission, and because gpuCount's valid range depends on type.
func parseProject(xr *composite.Unstructured) (Project, error) {
	p := Project{Name: xr.GetName()}
	p.Team, _ = xr.GetString("spec.team")
	p.Type, _ = xr.GetString("spec.type")
	p.Collection, _ = xr.GetString("spec.collection")
	p.Model, _ = xr.GetString("spec.model")
	gpus, err := xr.GetInteger("spec.gpuCount")
	gpuSet := err == nil
	p.GPUCount = gpus

	var errs []error
	switch {
	case p.Team == "":
		errs = append(errs, errors.New("spec.team is required"))
	case !teamRE.MatchString(p.Team):
		errs = append(errs, fmt.Errorf("spec.team %q must be 1-20 lowercase letters, digits or '-'", p.Team))
	}
	switch {
	case p.Collection == "":
		errs = append(errs, errors.New("spec.collection is required"))
	case !collectionRE.MatchString(p.Collection):
		errs = append(errs, fmt.Errorf("spec.collection %q must be 1-35 lowercase letters, digits or '-', starting and ending alphanumeric", p.Collection))
	}
	if p.Model == "" {
		errs = append(errs, errors.New("spec.model is required"))
	}
	switch p.Type {
	case typeGenAI:
		if !gpuSet {
			p.GPUCount = 1
		}
		if p.GPUCount < 1 || p.GPUCount > maxGPUs {
			errs = append(errs, fmt.Errorf("spec.gpuCount %d is out of range: gen-ai projects need 1-%d GPUs", p.GPUCount, maxGPUs))
		}
	case typeClassic:
		if p.GPUCount != 0 {
			errs = append(errs, fmt.Errorf("spec.gpuCount %d is out of range: classic projects run on CPU, so it must be 0", p.GPUCount))
		}
	case "":
		errs = append(errs, errors.New("spec.type is required (gen-ai or classic)"))
	default:
		errs = append(errs, fmt.Errorf("spec.type %q is unknown: use gen-ai or classic", p.Type))
	}
	return p, errors.Join(errs...)
}

// validateInput rejects a Composition input the function cannot honour.
func validateInput(in Input) error {
	if in.DeploymentMode != modeRaw && in.DeploymentMode != modeServerless {
		return fmt.Errorf("input deploymentMode %q is unknown: use %s or %s", in.DeploymentMode, modeRaw, modeServerless)
	}
	return nil
}
