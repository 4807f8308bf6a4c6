package main

import (
	"bufio"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// metrics are plain atomic counters written out in the Prometheus text
// format by hand: the handful of series here do not justify a client
// library, and atomics keep the request path lock-free.
//
// The rollout controller computes the canary's error rate from
// piiproxy_upstream_requests_total{upstream="canary",code_class="5xx"}
// over the sum of that upstream's code classes.
type metrics struct {
	requests [numClasses]atomic.Uint64 // proxied requests by status class
	masked   [len(scrub.Counts{})]atomic.Uint64
	inFlight atomic.Int64
	stable   upstreamMetrics
	canary   upstreamMetrics
	weight   func() int // current canary weight, read at scrape time
}

type upstreamMetrics struct {
	requests [numClasses]atomic.Uint64
	latency  histogram
}

const numClasses = 5

var classNames = [numClasses]string{"1xx", "2xx", "3xx", "4xx", "5xx"}

// class maps a status code to its index in classNames.
func class(code int) int {
	c := code/100 - 1
	return min(max(c, 0), numClasses-1)
}

// latencyBuckets suit both a retrieval predictor (milliseconds) and an LLM
// that takes most of a minute to start streaming.
var latencyBuckets = [...]float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

type histogram struct {
	counts [len(latencyBuckets) + 1]atomic.Uint64 // last is +Inf
	sumNs  atomic.Uint64
}

func (h *histogram) observe(d time.Duration) {
	s := d.Seconds()
	i := 0
	for i < len(latencyBuckets) && s > latencyBuckets[i] {
		i++
	}
	h.counts[i].Add(1)
	h.sumNs.Add(uint64(max(d, 0)))
}

func (m *metrics) upstream(name string) *upstreamMetrics {
	if name == canaryName {
		return &m.canary
	}
	return &m.stable
}

func (m *metrics) addMasked(c scrub.Counts) {
	for k, n := range c {
		if n > 0 {
			m.masked[k].Add(uint64(n))
		}
	}
}

// ServeHTTP writes the exposition.
func (m *metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	b := bufio.NewWriter(w)
	defer b.Flush()

	fmt.Fprintln(b, "# HELP piiproxy_requests_total Proxied requests by response status class.")
	fmt.Fprintln(b, "# TYPE piiproxy_requests_total counter")
	for i := range m.requests {
		fmt.Fprintf(b, "piiproxy_requests_total{code_class=%q} %d\n", classNames[i], m.requests[i].Load())
	}
	fmt.Fprintln(b, "# HELP piiproxy_in_flight_requests Proxied requests being served now.")
	fmt.Fprintln(b, "# TYPE piiproxy_in_flight_requests gauge")
	fmt.Fprintf(b, "piiproxy_in_flight_requests %d\n", m.inFlight.Load())
	fmt.Fprintln(b, "# HELP piiproxy_pii_masked_total Personal data items masked in request bodies, by kind.")
	fmt.Fprintln(b, "# TYPE piiproxy_pii_masked_total counter")
	for _, k := range scrub.Kinds() {
		fmt.Fprintf(b, "piiproxy_pii_masked_total{kind=%q} %d\n", k, m.masked[k].Load())
	}
	fmt.Fprintln(b, "# HELP piiproxy_upstream_requests_total Requests forwarded to each upstream, by the status class returned to the client (502/504 when the upstream failed, 499 when the client went away).")
	fmt.Fprintln(b, "# TYPE piiproxy_upstream_requests_total counter")
	for _, name := range []string{stableName, canaryName} {
		u := m.upstream(name)
		for i := range u.requests {
			fmt.Fprintf(b, "piiproxy_upstream_requests_total{upstream=%q,code_class=%q} %d\n", name, classNames[i], u.requests[i].Load())
		}
	}
	fmt.Fprintln(b, "# HELP piiproxy_upstream_latency_seconds Time from forwarding a request to the upstream's response headers (or its failure).")
	fmt.Fprintln(b, "# TYPE piiproxy_upstream_latency_seconds histogram")
	for _, name := range []string{stableName, canaryName} {
		h := &m.upstream(name).latency
		var cum uint64
		for i := range h.counts {
			cum += h.counts[i].Load()
			le := "+Inf"
			if i < len(latencyBuckets) {
				le = strconv.FormatFloat(latencyBuckets[i], 'g', -1, 64)
			}
			fmt.Fprintf(b, "piiproxy_upstream_latency_seconds_bucket{upstream=%q,le=%q} %d\n", name, le, cum)
		}
		fmt.Fprintf(b, "piiproxy_upstream_latency_seconds_sum{upstream=%q} %g\n", name, float64(h.sumNs.Load())/1e9)
		fmt.Fprintf(b, "piiproxy_upstream_latency_seconds_count{upstream=%q} %d\n", name, cum)
	}
	fmt.Fprintln(b, "# HELP piiproxy_canary_weight Percentage of requests routed to the canary upstream.")
	fmt.Fprintln(b, "# TYPE piiproxy_canary_weight gauge")
	fmt.Fprintf(b, "piiproxy_canary_weight %d\n", m.weight())
}
