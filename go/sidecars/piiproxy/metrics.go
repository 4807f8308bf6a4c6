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
	weight   func() int   // current canary weight, read at scrape time
	waiting  func() int64 // connections whose request waits for admission
	// pools reads the inline transport's pools at scrape time; nil with
	// -upstream-transport standard, whose pools net/http does not expose.
	pools func() poolStats
	// durations holds one histogram per route class; the map is filled
	// once by newMetrics and only read afterwards, so it needs no lock.
	durations map[scrub.Protocol]*histogram
}

// routeClasses are the values of the route label: each prompt protocol,
// and scrub.None for every other (pass-through) path.
var routeClasses = scrub.Protocols()

func newMetrics() *metrics {
	m := &metrics{durations: make(map[scrub.Protocol]*histogram, len(routeClasses))}
	for _, p := range routeClasses {
		m.durations[p] = &histogram{}
	}
	return m
}

// duration is the request-duration histogram of a route class.
func (m *metrics) duration(p scrub.Protocol) *histogram {
	if h, ok := m.durations[p]; ok {
		return h
	}
	return m.durations[scrub.None]
}

// routeLabel names a route class in metrics and logs.
func routeLabel(p scrub.Protocol) string {
	if p == scrub.None {
		return "passthrough"
	}
	return p.String()
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

// latencyBuckets suit the proxy's own sub-millisecond answers (404, 413,
// 415), a retrieval predictor (milliseconds) and an LLM that takes most of
// a minute to start streaming, or minutes to finish.
var latencyBuckets = [...]float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300}

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

// total is the number of proxied requests answered so far.
func (m *metrics) total() uint64 {
	var n uint64
	for i := range m.requests {
		n += m.requests[i].Load()
	}
	return n
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
	fmt.Fprintln(b, "# HELP piiproxy_waiting_connections Connections whose request has arrived and waits for one of -max-in-flight.")
	fmt.Fprintln(b, "# TYPE piiproxy_waiting_connections gauge")
	fmt.Fprintf(b, "piiproxy_waiting_connections %d\n", m.waiting())
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
		writeHistogram(b, "piiproxy_upstream_latency_seconds", fmt.Sprintf("upstream=%q", name), &m.upstream(name).latency)
	}
	fmt.Fprintln(b, "# HELP piiproxy_request_duration_seconds Whole proxied requests, from arrival to the last byte of the response (streams included), by route class.")
	fmt.Fprintln(b, "# TYPE piiproxy_request_duration_seconds histogram")
	for _, p := range routeClasses {
		writeHistogram(b, "piiproxy_request_duration_seconds", fmt.Sprintf("route=%q", routeLabel(p)), m.durations[p])
	}
	if m.pools != nil {
		st := m.pools()
		fmt.Fprintln(b, "# HELP piiproxy_upstream_connections Upstream connections of the inline transport, all upstreams: open (idle or busy) and idle.")
		fmt.Fprintln(b, "# TYPE piiproxy_upstream_connections gauge")
		fmt.Fprintf(b, "piiproxy_upstream_connections{state=\"open\"} %d\n", st.open)
		fmt.Fprintf(b, "piiproxy_upstream_connections{state=\"idle\"} %d\n", st.idle)
		fmt.Fprintln(b, "# HELP piiproxy_upstream_waiting_requests Requests waiting for an upstream connection, all -max-conns-per-upstream being busy.")
		fmt.Fprintln(b, "# TYPE piiproxy_upstream_waiting_requests gauge")
		fmt.Fprintf(b, "piiproxy_upstream_waiting_requests %d\n", st.waiting)
		fmt.Fprintln(b, "# HELP piiproxy_upstream_resends_total Requests sent again because the pooled upstream connection they took had been closed by the upstream.")
		fmt.Fprintln(b, "# TYPE piiproxy_upstream_resends_total counter")
		fmt.Fprintf(b, "piiproxy_upstream_resends_total %d\n", st.resends)
	}
	fmt.Fprintln(b, "# HELP piiproxy_canary_weight Percentage of requests routed to the canary upstream.")
	fmt.Fprintln(b, "# TYPE piiproxy_canary_weight gauge")
	fmt.Fprintf(b, "piiproxy_canary_weight %d\n", m.weight())
	writeProcessMetrics(b)
}

// writeHistogram writes the cumulative buckets, sum and count of h under
// name with the given label pair.
func writeHistogram(b *bufio.Writer, name, label string, h *histogram) {
	var cum uint64
	for i := range h.counts {
		cum += h.counts[i].Load()
		le := "+Inf"
		if i < len(latencyBuckets) {
			le = strconv.FormatFloat(latencyBuckets[i], 'g', -1, 64)
		}
		fmt.Fprintf(b, "%s_bucket{%s,le=%q} %d\n", name, label, le, cum)
	}
	fmt.Fprintf(b, "%s_sum{%s} %g\n", name, label, float64(h.sumNs.Load())/1e9)
	fmt.Fprintf(b, "%s_count{%s} %d\n", name, label, cum)
}
