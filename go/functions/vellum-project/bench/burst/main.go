// Command burst sends a bounded burst of RunFunction requests to a composition function on a
// loopback address (no TLS, as `--insecure` serves), for bench/rss.sh's memory measurement.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/resource"
)

// request is a gen-ai VellumProject with an observed InferenceService: the most work per call.
func request(i int) *fnv1.RunFunctionRequest {
	return &fnv1.RunFunctionRequest{
		Meta: &fnv1.RequestMeta{Tag: fmt.Sprintf("burst-%d", i)},
		Observed: &fnv1.State{
			Composite: &fnv1.Resource{Resource: resource.MustStructJSON(`{
				"apiVersion": "platform.vellum-rag.io/v1alpha1", "kind": "VellumProject",
				"metadata": {"name": "support-bot", "namespace": "team-support"},
				"spec": {"team": "support", "type": "gen-ai", "collection": "product-docs", "model": "llama3.1:8b", "gpuCount": 2}}`)},
			Resources: map[string]*fnv1.Resource{"inference-service": {Resource: resource.MustStructJSON(`{
				"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService",
				"metadata": {"name": "support-bot"},
				"spec": {"predictor": {"containers": [{"name": "kserve-container",
					"args": ["--model-name", "vellum-rag", "--storage-uri", "s3://vellum-support-product-docs/product-docs/versions/v3"]}]}},
				"status": {"url": "http://support-bot.team-support.example", "conditions": [{"type": "Ready", "status": "True"}]}}`)}},
		},
	}
}

func main() {
	addr := flag.String("addr", "127.0.0.1:9443", "function address (loopback only)")
	n := flag.Int("n", 1000, "requests to send")
	c := flag.Int("c", 16, "concurrent requests")
	timeout := flag.Duration("timeout", 2*time.Minute, "give up after this long")
	flag.Parse()

	conn, err := grpc.NewClient(*addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer conn.Close()
	client := fnv1.NewFunctionRunnerServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	var next, failed, composed atomic.Int64
	start := time.Now()
	var wg sync.WaitGroup
	for range *c {
		wg.Go(func() {
			for i := int(next.Add(1)); i <= *n; i = int(next.Add(1)) {
				rsp, err := client.RunFunction(ctx, request(i))
				if err != nil {
					failed.Add(1)
					continue
				}
				if len(rsp.GetDesired().GetResources()) == 2 {
					composed.Add(1)
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Printf("requests=%d composed=%d failed=%d seconds=%.2f rps=%.0f\n",
		*n, composed.Load(), failed.Load(), elapsed.Seconds(), float64(*n)/elapsed.Seconds())
	if failed.Load() > 0 || composed.Load() != int64(*n) {
		os.Exit(1)
	}
}
