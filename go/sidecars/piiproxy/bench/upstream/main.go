// Command upstream is a minimal stand-in for the KServe predictor, used by
// bench/run.sh to measure what piiproxy costs on top of a bare Go server.
package main

import (
	"flag"
	"io"
	"log"
	"net/http"
)

func main() {
	addr := flag.String("listen", "127.0.0.1:18081", "address to serve on")
	flag.Parse()
	answer := []byte(`{"predictions":[{"answer":"ok","citations":[]}]}`)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(answer)
	})
	log.Fatal(http.ListenAndServe(*addr, h))
}
