package main

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Input is the optional per-Composition configuration of this function: what a platform team
// sets once (images, region, serving mode), as opposed to what a project team sets on its XR.
type Input struct {
	metav1.TypeMeta `json:",inline"`

	// DeploymentMode is KServe's RawDeployment (default) or Serverless (needed for canaryTrafficPercent).
	DeploymentMode string `json:"deploymentMode,omitempty"`
	// PredictorImage runs `python -m vellum.serving`.
	PredictorImage string `json:"predictorImage,omitempty"`
	// SidecarImage runs piiproxy in front of the predictor.
	SidecarImage string `json:"sidecarImage,omitempty"`
	// Region of the index bucket.
	Region string `json:"region,omitempty"`
	// BucketPrefix makes bucket names unique per installation (S3 names are global).
	BucketPrefix string `json:"bucketPrefix,omitempty"`
	// S3CredentialsSecret names a Secret created out-of-band with AWS_ACCESS_KEY_ID and
	// AWS_SECRET_ACCESS_KEY; the reference is optional so IRSA/pod-identity setups need none.
	S3CredentialsSecret string `json:"s3CredentialsSecret,omitempty"`
	// ServiceAccountName the predictor pod runs as.
	ServiceAccountName string `json:"serviceAccountName,omitempty"`
}

// DeepCopyObject makes Input a runtime.Object; a value copy is deep because every field is a string.
func (in *Input) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// defaultInput is what a Composition without an input step gets.
func defaultInput() Input {
	return Input{
		DeploymentMode:      modeRaw,
		PredictorImage:      "ghcr.io/vellum-rag/predictor:0.1.0",
		SidecarImage:        "ghcr.io/vellum-rag/piiproxy:0.1.0",
		Region:              "us-east-1",
		BucketPrefix:        "vellum",
		S3CredentialsSecret: "vellum-s3-credentials",
		ServiceAccountName:  "vellum-predictor",
	}
}

// withDefaults fills every empty field from defaultInput.
func (in Input) withDefaults() Input {
	d := defaultInput()
	for _, f := range []struct{ v, def *string }{
		{&in.DeploymentMode, &d.DeploymentMode},
		{&in.PredictorImage, &d.PredictorImage},
		{&in.SidecarImage, &d.SidecarImage},
		{&in.Region, &d.Region},
		{&in.BucketPrefix, &d.BucketPrefix},
		{&in.S3CredentialsSecret, &d.S3CredentialsSecret},
		{&in.ServiceAccountName, &d.ServiceAccountName},
	} {
		if *f.v == "" {
			*f.v = *f.def
		}
	}
	return in
}
