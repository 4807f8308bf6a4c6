// Command upstream is the stand-in for the KServe predictor behind every
// contender of the sidecar benchmark: a bare net/http server that reads the
// request body and answers a small JSON prediction, so that what is measured
// is the proxy in front of it, not a model.
//
// A request with the header "X-Bench-Echo: 1" gets its own body back
// instead: run.sh uses it once per scrubbing proxy, before any load, to check
// that the proxy really masked the e-mail and the phone number.
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
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("X-Bench-Echo") == "1" {
			_, _ = io.Copy(w, r.Body)
			return
		}
		_, _ = io.Copy(io.Discard, r.Body)
		_, _ = w.Write(answer)
	})
	log.Fatal(http.ListenAndServe(*addr, h))
}
