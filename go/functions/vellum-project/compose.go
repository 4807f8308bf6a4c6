package main

import (
	"fmt"
	"strconv"

	"github.com/crossplane/function-sdk-go/resource/composed"
)

// Ports inside the predictor pod. Clients reach the sidecar on KServe's conventional 8080; the
// predictor listens on 8081 and declares no port, so both KServe's raw Service and Knative
// (which routes to the one container that declares a port) send traffic through the sidecar.
const (
	sidecarPort   = 8080
	predictorPort = 8081
	modelName     = "vellum-rag"
	labelPrefix   = "vellum-rag.io/"
)

// bucketName is the S3 name of a project's index bucket; parseProject's length limits keep it
// within S3's 63 characters for the default prefix, and compose re-checks for longer prefixes.
func bucketName(in Input, p Project) string {
	return fmt.Sprintf("%s-%s-%s", in.BucketPrefix, p.Team, p.Collection)
}

// labels tag every composed object so costs and ownership can be traced back to a team.
func labels(p Project) map[string]any {
	return map[string]any{
		labelPrefix + "team":       p.Team,
		labelPrefix + "type":       p.Type,
		labelPrefix + "collection": p.Collection,
	}
}

// composeBucket is the index bucket: a namespaced provider-upjet-aws (v2) Bucket, because a
// Crossplane v2 namespaced XR may compose only namespaced resources.
func composeBucket(in Input, p Project) *composed.Unstructured {
	u := composed.New()
	u.Object = map[string]any{
		"apiVersion": "s3.aws.m.upbound.io/v1beta1",
		"kind":       "Bucket",
		"metadata": map[string]any{
			"name":        p.Name + "-index",
			"labels":      labels(p),
			"annotations": map[string]any{"crossplane.io/external-name": bucketName(in, p)},
		},
		"spec": map[string]any{
			"forProvider": map[string]any{
				"region": in.Region,
				"tags":   map[string]any{"team": p.Team, "collection": p.Collection, "managed-by": "vellum"},
			},
		},
	}
	return u
}

// composeInferenceService is the predictor pod: the KServe custom predictor plus the piiproxy
// sidecar. storageURI is passed in because Airflow, not this function, owns the index version.
func composeInferenceService(in Input, p Project, storageURI string) *composed.Unstructured {
	predictor := map[string]any{
		"serviceAccountName": in.ServiceAccountName,
		"minReplicas":        int64(1),
		"containers":         []any{predictorContainer(in, p, storageURI), sidecarContainer(in)},
	}
	if p.Type == typeGenAI {
		predictor["nodeSelector"] = map[string]any{"nvidia.com/gpu.present": "true"}
		predictor["tolerations"] = []any{map[string]any{
			"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule",
		}}
	}
	u := composed.New()
	u.Object = map[string]any{
		"apiVersion": "serving.kserve.io/v1beta1",
		"kind":       "InferenceService",
		"metadata": map[string]any{
			"name":        p.Name,
			"labels":      labels(p),
			"annotations": map[string]any{"serving.kserve.io/deploymentMode": in.DeploymentMode},
		},
		"spec": map[string]any{"predictor": predictor},
	}
	return u
}

// predictorContainer runs the RAG predictor; gen-ai gets the GPUs and generative answers.
func predictorContainer(in Input, p Project, storageURI string) map[string]any {
	answerMode := "extractive"
	limits := map[string]any{"memory": "4Gi"}
	if p.Type == typeGenAI {
		answerMode = "generative"
		limits["nvidia.com/gpu"] = strconv.FormatInt(p.GPUCount, 10)
	}
	return map[string]any{
		"name":    "kserve-container",
		"image":   in.PredictorImage,
		"command": []any{"python", "-m", "vellum.serving"},
		"args": []any{
			"--model-name", modelName,
			"--storage-uri", storageURI,
			"--http_port", strconv.Itoa(predictorPort),
		},
		"env": []any{
			env("VELLUM_COLLECTION", p.Collection),
			env("VELLUM_MODEL", p.Model),
			env("VELLUM_ANSWER_MODE", answerMode),
			env("AWS_REGION", in.Region),
			secretEnv("AWS_ACCESS_KEY_ID", in.S3CredentialsSecret),
			secretEnv("AWS_SECRET_ACCESS_KEY", in.S3CredentialsSecret),
		},
		"resources": map[string]any{
			"requests": map[string]any{"cpu": "1", "memory": "2Gi"},
			"limits":   limits,
		},
		"livenessProbe":   httpProbe("/v2/health/live", predictorPort),
		"securityContext": restricted(false),
	}
}

// sidecarContainer is piiproxy, the only container that declares a port (see the const block).
func sidecarContainer(in Input) map[string]any {
	return map[string]any{
		"name":  "piiproxy",
		"image": in.SidecarImage,
		"args": []any{
			"-listen", fmt.Sprintf(":%d", sidecarPort),
			"-upstream", fmt.Sprintf("http://127.0.0.1:%d", predictorPort),
			// KServe's /v2/health/ready is 200 while the index still loads; the model's own
			// readiness is not.
			"-ready-path", "/v2/models/" + modelName + "/ready",
		},
		"ports": []any{map[string]any{"name": "http1", "containerPort": int64(sidecarPort), "protocol": "TCP"}},
		"resources": map[string]any{
			"requests": map[string]any{"cpu": "50m", "memory": "32Mi"},
			"limits":   map[string]any{"memory": "128Mi"},
		},
		"readinessProbe":  httpProbe("/-/readyz", sidecarPort),
		"livenessProbe":   httpProbe("/-/healthz", sidecarPort),
		"securityContext": restricted(true),
	}
}

func env(name, value string) map[string]any {
	return map[string]any{"name": name, "value": value}
}

// secretEnv references a key of an out-of-band Secret; optional so IRSA setups need no Secret.
func secretEnv(key, secret string) map[string]any {
	return map[string]any{"name": key, "valueFrom": map[string]any{
		"secretKeyRef": map[string]any{"name": secret, "key": key, "optional": true},
	}}
}

func httpProbe(path string, port int) map[string]any {
	return map[string]any{
		"httpGet":       map[string]any{"path": path, "port": int64(port)},
		"periodSeconds": int64(10),
	}
}

// restricted is the Pod Security "restricted" container context; the predictor writes caches, so
// only the sidecar gets a read-only root filesystem.
func restricted(readOnlyRoot bool) map[string]any {
	return map[string]any{
		"allowPrivilegeEscalation": false,
		"runAsNonRoot":             true,
		"readOnlyRootFilesystem":   readOnlyRoot,
		"capabilities":             map[string]any{"drop": []any{"ALL"}},
		"seccompProfile":           map[string]any{"type": "RuntimeDefault"},
	}
}
