package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// seen is what a fake upstream observed of one request.
type seen struct {
	Method, Path, Query, Body, RequestID, Masked, ContentType string
}

// recordingUpstream answers every request with 200 "ok" and records it.
func recordingUpstream(t *testing.T) (*httptest.Server, <-chan seen) {
	t.Helper()
	ch := make(chan seen, 100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		ch <- seen{r.Method, r.URL.Path, r.URL.RawQuery, string(b), r.Header.Get("X-Request-Id"), r.Header.Get("X-PII-Masked"), r.Header.Get("Content-Type")}
		w.Header().Set("X-Request-Id", "upstream-echo")
		io.WriteString(w, "ok")
	}))
	t.Cleanup(srv.Close)
	return srv, ch
}

// startProxy serves a proxy in front of upstream through httptest (on
// loopback, so the admin API is reachable).
func startProxy(t *testing.T, upstream string, tweak func(*Config)) (*proxy, *httptest.Server) {
	t.Helper()
	cfg := defaultConfig()
	cfg.Upstream = upstream
	if tweak != nil {
		tweak(&cfg)
	}
	if err := cfg.validate(); err != nil {
		t.Fatal(err)
	}
	p, err := newProxy(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = p.userServer(true)
	srv.Listener = p.admission.listener(srv.Listener)
	srv.Start()
	t.Cleanup(srv.Close)
	return p, srv
}

type response struct {
	Status   int
	Body     string
	Upstream string
}

func do(t *testing.T, req *http.Request) (response, http.Header) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, string(b), res.Header.Get("X-Vellum-Upstream")}, res.Header
}

func newRequest(t *testing.T, method, url, contentType, body string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return req
}

func noRequest(t *testing.T, ch <-chan seen) {
	t.Helper()
	select {
	case s := <-ch:
		t.Errorf("upstream was called: %+v", s)
	default:
	}
}

func TestProxyForwarding(t *testing.T) {
	type args struct {
		method, path, contentType, body string
		header                          map[string]string
	}
	type want struct {
		res  response
		seen seen
	}
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "passthrough GET keeps path and query",
			args:   args{method: "GET", path: "/v2/models/rag?verbose=1"},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "GET", Path: "/v2/models/rag", Query: "verbose=1"},
			},
		},
		{
			reason: "masking reaches the upstream with a count",
			args:   args{method: "POST", path: "/v1/models/rag:predict", contentType: "application/json", body: `{"instances":[{"question":"I am jo@ex.com, +44 20 7946 0958","top_k":3}]}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/v1/models/rag:predict", Body: `{"instances":[{"question":"I am <EMAIL_1>, <PHONE_1>","top_k":3}]}`, Masked: "2", ContentType: "application/json"},
			},
		},
		{
			reason: "+json content type is scrubbed",
			args:   args{method: "POST", path: "/v1/chat/completions", contentType: "application/vnd.api+json; charset=utf-8", body: `{"messages":[{"role":"user","content":"a@b.io"}]}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/v1/chat/completions", Body: `{"messages":[{"role":"user","content":"<EMAIL_1>"}]}`, Masked: "1", ContentType: "application/vnd.api+json; charset=utf-8"},
			},
		},
		{
			reason: "an OpenAI Responses request is scrubbed (instructions and input items)",
			args:   args{method: "POST", path: "/v1/responses", contentType: "application/json", body: `{"instructions":"jo@ex.com","input":[{"role":"user","content":[{"type":"input_text","text":"call +44 20 7946 0958"}]}]}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/v1/responses", Body: `{"instructions":"<EMAIL_1>","input":[{"role":"user","content":[{"type":"input_text","text":"call <PHONE_1>"}]}]}`, Masked: "2", ContentType: "application/json"},
			},
		},
		{
			reason: "an embeddings request is scrubbed: its input leaves the pod like a prompt",
			args:   args{method: "POST", path: "/api/embed", contentType: "application/json", body: `{"model":"e","input":["a@b.io","no pii"]}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/api/embed", Body: `{"model":"e","input":["<EMAIL_1>","no pii"]}`, Masked: "1", ContentType: "application/json"},
			},
		},
		{
			reason: "a scrubbed body without PII says 0",
			args:   args{method: "POST", path: "/api/generate", contentType: "application/json", body: `{"prompt":"hello"}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/api/generate", Body: `{"prompt":"hello"}`, Masked: "0", ContentType: "application/json"},
			},
		},
		{
			reason: "a media type listed in -pass-unscanned-content-types passes untouched, client X-PII-Masked stripped",
			args:   args{method: "POST", path: "/v1/models/rag:predict", contentType: "text/plain", body: "jo@ex.com", header: map[string]string{"X-PII-Masked": "7"}},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/v1/models/rag:predict", Body: "jo@ex.com", ContentType: "text/plain"},
			},
		},
		{
			reason: "JSON on an unknown path passes untouched",
			args:   args{method: "POST", path: "/custom", contentType: "application/json", body: `{"question":"jo@ex.com"}`},
			want: want{
				res:  response{200, "ok", "stable"},
				seen: seen{Method: "POST", Path: "/custom", Body: `{"question":"jo@ex.com"}`, ContentType: "application/json"},
			},
		},
	}
	up, ch := recordingUpstream(t)
	_, srv := startProxy(t, up.URL, func(c *Config) { c.PassUnscanned = stringList{"text/*"} })
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			req := newRequest(t, tc.args.method, srv.URL+tc.args.path, tc.args.contentType, tc.args.body)
			req.Header.Set("X-Request-Id", "rid-1")
			for k, v := range tc.args.header {
				req.Header.Set(k, v)
			}
			res, hdr := do(t, req)
			got := want{res: res, seen: <-ch}
			got.seen.RequestID = "" // checked in TestRequestID
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
			if ids := hdr.Values("X-Request-Id"); !cmp.Equal(ids, []string{"rid-1"}) {
				t.Errorf("response X-Request-Id = %q, want exactly [rid-1]", ids)
			}
		})
	}
}

func TestProxyRejects(t *testing.T) {
	type args struct {
		path, contentType, body string
		chunked, gzip           bool
	}
	cases := []struct {
		reason string
		args   args
		want   response
	}{
		{
			reason: "declared body over the limit",
			args:   args{path: "/v1/models/rag:predict", contentType: "application/json", body: `{"question":"` + strings.Repeat("x", 2000) + `"}`},
			want:   response{413, `{"error":"request body too large"}` + "\n", "stable"},
		},
		{
			reason: "chunked JSON body over the limit",
			args:   args{path: "/v1/models/rag:predict", contentType: "application/json", body: `{"question":"` + strings.Repeat("x", 2000) + `"}`, chunked: true},
			want:   response{413, `{"error":"request body too large"}` + "\n", "stable"},
		},
		{
			reason: "malformed JSON",
			args:   args{path: "/v1/chat/completions", contentType: "application/json", body: `{"messages":[{"content":"jo@ex.com"`},
			want:   response{400, `{"error":"openai_chat request: request body is not valid JSON"}` + "\n", "stable"},
		},
		{
			reason: "non-JSON body on a prompt path is not forwarded unscanned",
			args:   args{path: "/v1/models/rag:predict", contentType: "text/plain", body: "I am jo@ex.com"},
			want:   response{415, `{"error":"Content-Type \"text/plain\" cannot be scanned for personal data on this path; send the kserve_v1 request as application/json"}` + "\n", "stable"},
		},
		{
			reason: "a prompt body without Content-Type is not forwarded unscanned",
			args:   args{path: "/api/generate", body: `{"prompt":"jo@ex.com"}`},
			want:   response{415, `{"error":"Content-Type \"\" cannot be scanned for personal data on this path; send the ollama_generate request as application/json"}` + "\n", "stable"},
		},
		{
			reason: "a path outside -allow-paths",
			args:   args{path: "/admin/reload", contentType: "application/json", body: `{}`},
			want:   response{404, `{"error":"path not served by this proxy"}` + "\n", "stable"},
		},
		{
			reason: "compressed JSON cannot be scrubbed",
			args:   args{path: "/api/chat", contentType: "application/json", body: `{}`, gzip: true},
			want:   response{415, `{"error":"Content-Encoding \"gzip\" cannot be scrubbed; send the body uncompressed"}` + "\n", "stable"},
		},
	}
	up, ch := recordingUpstream(t)
	_, srv := startProxy(t, up.URL, func(c *Config) {
		c.MaxBodyBytes, c.AllowPaths = 1024, stringList{"/v1/", "/api/"}
	})
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			req := newRequest(t, "POST", srv.URL+tc.args.path, tc.args.contentType, tc.args.body)
			if tc.args.chunked {
				req.Body = io.NopCloser(strings.NewReader(tc.args.body)) // hides the length
				req.ContentLength = -1
			}
			if tc.args.gzip {
				req.Header.Set("Content-Encoding", "gzip")
			}
			got, _ := do(t, req)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
			noRequest(t, ch)
		})
	}
}

// TestProxyStreamedBodyTooLarge covers a body that is not scrubbed, so it
// streams to the upstream and the cap trips mid-flight.
func TestProxyStreamedBodyTooLarge(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		io.WriteString(w, "ok")
	}))
	defer up.Close()
	_, srv := startProxy(t, up.URL, func(c *Config) { c.MaxBodyBytes = 1024 })
	req := newRequest(t, "POST", srv.URL+"/upload", "application/octet-stream", "")
	req.Body = io.NopCloser(strings.NewReader(strings.Repeat("x", 100_000)))
	req.ContentLength = -1
	got, _ := do(t, req)
	if got.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("status = %d, want 413 (body %q)", got.Status, got.Body)
	}
}

func TestProxyUpstreamFailures(t *testing.T) {
	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "http://" + dead.Addr().String()
	dead.Close()

	release := make(chan struct{})
	defer close(release)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()

	cases := []struct {
		reason string
		args   struct{ upstream string }
		want   struct {
			status int
			prefix string
		}
	}{
		{"upstream down", struct{ upstream string }{deadURL}, struct {
			status int
			prefix string
		}{502, `{"error":"upstream unavailable: `}},
		{"upstream too slow", struct{ upstream string }{slow.URL}, struct {
			status int
			prefix string
		}{504, `{"error":"upstream timeout: `}},
	}
	for _, tc := range cases {
		for _, transport := range []string{transportInline, transportStandard} {
			t.Run(tc.reason+"/"+transport, func(t *testing.T) {
				_, srv := startProxy(t, tc.args.upstream, func(c *Config) {
					c.ResponseHeaderTimeout, c.UpstreamTransport = 100*time.Millisecond, transport
				})
				start := time.Now()
				got, hdr := do(t, newRequest(t, "GET", srv.URL+"/v2/health/live", "", ""))
				if got.Status != tc.want.status || !strings.HasPrefix(got.Body, tc.want.prefix) {
					t.Errorf("got %d %q, want %d %s...", got.Status, got.Body, tc.want.status, tc.want.prefix)
				}
				if ct := hdr.Get("Content-Type"); ct != "application/json" {
					t.Errorf("Content-Type = %q", ct)
				}
				if d := time.Since(start); d > 5*time.Second {
					t.Errorf("took %v", d)
				}
			})
		}
	}
}

// TestProxyStreams proves streams are not buffered: the upstream only sends
// its second message after the client has received the first. SSE (OpenAI)
// and chunked NDJSON (Ollama) are both flushed as they arrive.
func TestProxyStreams(t *testing.T) {
	cases := []struct {
		reason string
		args   struct{ path, contentType, first, last string }
	}{
		{"OpenAI chat, server-sent events", struct{ path, contentType, first, last string }{
			"/v1/chat/completions", "text/event-stream", "data: {\"token\":\"Hel\"}\n\n", "data: [DONE]\n\n"}},
		{"Ollama chat, chunked NDJSON", struct{ path, contentType, first, last string }{
			"/api/chat", "application/x-ndjson", "{\"message\":{\"content\":\"Hel\"}}\n", "{\"done\":true}\n"}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			gotFirst := make(chan struct{})
			up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.args.contentType)
				io.WriteString(w, tc.args.first)
				w.(http.Flusher).Flush()
				select {
				case <-gotFirst:
				case <-time.After(5 * time.Second):
					return // the test fails on the client side
				}
				io.WriteString(w, tc.args.last)
			}))
			defer up.Close()
			_, srv := startProxy(t, up.URL, nil)

			req := newRequest(t, "POST", srv.URL+tc.args.path, "application/json", `{"stream":true,"messages":[]}`)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			first := make([]byte, len(tc.args.first))
			if _, err := io.ReadFull(res.Body, first); err != nil {
				t.Fatalf("first message: %v", err)
			}
			close(gotFirst)
			rest, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.args.first+tc.args.last, string(first)+string(rest)); diff != "" {
				t.Errorf("stream: -want +got:\n%s", diff)
			}
		})
	}
}

func TestMaskKinds(t *testing.T) {
	up, ch := recordingUpstream(t)
	_, srv := startProxy(t, up.URL, func(c *Config) { c.MaskKinds = stringList{"email", "phone"} })
	res, _ := do(t, newRequest(t, "POST", srv.URL+"/v1/models/rag:predict", "application/json",
		`{"instances":[{"question":"I am jo@ex.com, +44 20 7946 0958, on host 10.0.0.7"}]}`))
	want := struct {
		Status       int
		Body, Masked string
	}{200, `{"instances":[{"question":"I am <EMAIL_1>, <PHONE_1>, on host 10.0.0.7"}]}`, "2"}
	got := <-ch
	if diff := cmp.Diff(want, struct {
		Status       int
		Body, Masked string
	}{res.Status, got.Body, got.Masked}); diff != "" {
		t.Errorf("with -mask-kinds email,phone, the IP address reaches the upstream and the rest does not: -want +got:\n%s", diff)
	}
}

func TestAllowPaths(t *testing.T) {
	up, ch := recordingUpstream(t)
	_, srv := startProxy(t, up.URL, func(c *Config) { c.AllowPaths = stringList{"/v1/models/", "/v2/"} })
	type want struct {
		status          int
		reachedUpstream bool
	}
	cases := []struct {
		reason string
		args   struct{ path string }
		want   want
	}{
		{"a listed prefix", struct{ path string }{"/v1/models/rag:predict"}, want{200, true}},
		{"a directory prefix with its slash", struct{ path string }{"/v2/"}, want{200, true}},
		{"the prefix without its slash is not in it", struct{ path string }{"/v2"}, want{404, false}},
		{"an unlisted path", struct{ path string }{"/admin"}, want{404, false}},
		{"dot segments climbing out of a listed prefix", struct{ path string }{"/v1/models/../../admin"}, want{404, false}},
		{"encoded dot segments too", struct{ path string }{"/v2/%2e%2e/admin"}, want{404, false}},
		{"the proxy's own endpoints are not subject to it", struct{ path string }{"/-/healthz"}, want{200, false}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			res, _ := do(t, newRequest(t, "GET", srv.URL+tc.args.path, "", ""))
			got := want{status: res.Status}
			select {
			case <-ch:
				got.reachedUpstream = true
			default:
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("GET %s: -want +got:\n%s", tc.args.path, diff)
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	up, ch := recordingUpstream(t)
	_, srv := startProxy(t, up.URL, nil)
	cases := []struct {
		reason string
		args   struct{ id string }
		want   struct{ kept bool }
	}{
		{"incoming id is kept", struct{ id string }{"abc-123"}, struct{ kept bool }{true}},
		{"missing id is generated", struct{ id string }{""}, struct{ kept bool }{false}},
		{"unsafe id is replaced", struct{ id string }{"evil id"}, struct{ kept bool }{false}},
		{"overlong id is replaced", struct{ id string }{strings.Repeat("a", 200)}, struct{ kept bool }{false}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			req := newRequest(t, "GET", srv.URL+"/x", "", "")
			if tc.args.id != "" {
				req.Header.Set("X-Request-Id", tc.args.id)
			}
			_, hdr := do(t, req)
			s := <-ch
			echoed := hdr.Get("X-Request-Id")
			if echoed == "" || echoed != s.RequestID {
				t.Errorf("response id %q, upstream saw %q: want equal and non-empty", echoed, s.RequestID)
			}
			if kept := echoed == tc.args.id; kept != tc.want.kept {
				t.Errorf("id %q -> %q: kept = %v, want %v", tc.args.id, echoed, kept, tc.want.kept)
			}
		})
	}
}

func TestCanarySplit(t *testing.T) {
	stable := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "stable") }))
	defer stable.Close()
	canary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "canary") }))
	defer canary.Close()

	type want struct{ min, max int }
	cases := []struct {
		reason string
		args   struct {
			weight int
			ids    bool // send distinct X-Request-Ids (hash split) instead of none (random split)
		}
		want want
	}{
		{reason: "weight 0 sends nothing to canary", want: want{0, 0}},
		{reason: "weight 100 sends everything", args: struct {
			weight int
			ids    bool
		}{100, false}, want: want{1000, 1000}},
		{reason: "weight 30 random", args: struct {
			weight int
			ids    bool
		}{30, false}, want: want{230, 370}},
		{reason: "weight 30 by request id", args: struct {
			weight int
			ids    bool
		}{30, true}, want: want{230, 370}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			_, srv := startProxy(t, stable.URL, func(c *Config) { c.CanaryUpstream, c.CanaryWeight = canary.URL, tc.args.weight })
			n := 0
			for i := range 1000 {
				req := newRequest(t, "GET", srv.URL+"/x", "", "")
				if tc.args.ids {
					req.Header.Set("X-Request-Id", fmt.Sprintf("req-%d", i))
				}
				got, _ := do(t, req)
				if got.Body != got.Upstream {
					t.Fatalf("served by %q but X-Vellum-Upstream says %q", got.Body, got.Upstream)
				}
				if got.Upstream == "canary" {
					n++
				}
			}
			if n < tc.want.min || n > tc.want.max {
				t.Errorf("canary got %d of 1000, want %d..%d", n, tc.want.min, tc.want.max)
			}
		})
	}

	t.Run("a request id sticks to its upstream", func(t *testing.T) {
		_, srv := startProxy(t, stable.URL, func(c *Config) { c.CanaryUpstream, c.CanaryWeight = canary.URL, 50 })
		for i := range 20 {
			var first string
			for range 5 {
				req := newRequest(t, "GET", srv.URL+"/x", "", "")
				req.Header.Set("X-Request-Id", fmt.Sprintf("retry-%d", i))
				got, _ := do(t, req)
				if first == "" {
					first = got.Upstream
				} else if got.Upstream != first {
					t.Fatalf("retry-%d went to %s then %s", i, first, got.Upstream)
				}
			}
		}
	})
}

func TestMetrics(t *testing.T) {
	stable, _ := recordingUpstream(t)
	canary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer canary.Close()
	_, srv := startProxy(t, stable.URL, func(c *Config) { c.CanaryUpstream, c.CanaryWeight = canary.URL, 100 })
	for range 3 {
		do(t, newRequest(t, "POST", srv.URL+"/api/generate", "application/json", `{"prompt":"jo@ex.com or 555-123-4567, DOB 1985-03-12"}`))
	}
	do(t, newRequest(t, "POST", srv.URL+"/api/generate", "application/json", `{`))

	got, _ := do(t, newRequest(t, "GET", srv.URL+"/-/metrics", "", ""))
	for _, line := range []string{
		`piiproxy_requests_total{code_class="5xx"} 3`,
		`piiproxy_requests_total{code_class="4xx"} 1`,
		`piiproxy_pii_masked_total{kind="email"} 3`,
		`piiproxy_pii_masked_total{kind="phone"} 3`,
		`piiproxy_pii_masked_total{kind="date_of_birth"} 3`,
		`piiproxy_upstream_requests_total{upstream="canary",code_class="5xx"} 3`,
		`piiproxy_upstream_requests_total{upstream="stable",code_class="2xx"} 0`,
		`piiproxy_upstream_latency_seconds_count{upstream="canary"} 3`,
		`piiproxy_upstream_latency_seconds_bucket{upstream="canary",le="+Inf"} 3`,
		`piiproxy_in_flight_requests 0`,
		`piiproxy_waiting_connections 0`,
		`piiproxy_canary_weight 100`,
		`piiproxy_request_duration_seconds_count{route="ollama_generate"} 4`,
		`piiproxy_request_duration_seconds_bucket{route="ollama_generate",le="+Inf"} 4`,
		`piiproxy_request_duration_seconds_count{route="passthrough"} 0`,
		`piiproxy_pii_masked_total{kind="ssn"} 0`,
		`piiproxy_pii_masked_total{kind="national_id"} 0`,
		`piiproxy_upstream_connections{state="open"} 1`, // the canary's, kept for reuse
		`piiproxy_upstream_connections{state="idle"} 1`,
		`piiproxy_upstream_waiting_requests 0`,
		`piiproxy_upstream_resends_total 0`,
	} {
		if !strings.Contains(got.Body, line+"\n") {
			t.Errorf("metrics lack %q:\n%s", line, got.Body)
		}
	}
	for _, prefix := range []string{"go_goroutines ", "go_memstats_heap_alloc_bytes ", "go_memstats_stack_inuse_bytes ", "process_resident_memory_bytes "} {
		if !strings.Contains(got.Body, "\n"+prefix) {
			t.Errorf("metrics lack %q", prefix)
		}
	}
	if strings.Contains(got.Body, "jo@ex.com") || strings.Contains(got.Body, "555-123-4567") || strings.Contains(got.Body, "1985-03-12") {
		t.Error("metrics contain a masked value")
	}
}

func TestReadyz(t *testing.T) {
	var status atomic.Int32
	status.Store(http.StatusServiceUnavailable)
	var probes atomic.Int32
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v2/models/vellum-rag/ready" {
			probes.Add(1)
			w.WriteHeader(int(status.Load()))
		}
	}))
	defer up.Close()
	p, srv := startProxy(t, up.URL, func(c *Config) { c.ReadyPath = "/v2/models/vellum-rag/ready" })

	get := func(path string) int {
		got, _ := do(t, newRequest(t, "GET", srv.URL+path, "", ""))
		return got.Status
	}
	if got := get("/-/healthz"); got != 200 {
		t.Errorf("healthz = %d", got)
	}
	if got := get("/-/readyz"); got != 503 {
		t.Errorf("readyz before upstream is ready = %d, want 503", got)
	}
	status.Store(http.StatusOK)
	if got := get("/-/readyz"); got != 503 {
		t.Errorf("readyz within the cache second = %d, want cached 503", got)
	}
	if n := probes.Load(); n != 1 {
		t.Errorf("upstream probed %d times, want 1 (cached)", n)
	}
	p.ready.mu.Lock()
	p.ready.checked = time.Time{} // expire the cache
	p.ready.mu.Unlock()
	if got := get("/-/readyz"); got != 200 {
		t.Errorf("readyz after upstream is ready = %d, want 200", got)
	}
	p.ready.draining.Store(true)
	if got := get("/-/readyz"); got != 503 {
		t.Errorf("readyz while draining = %d, want 503", got)
	}
	if got := get("/-/nope"); got != 404 {
		t.Errorf("unknown /-/ path = %d, want 404", got)
	}
}

// TestGracefulShutdown cancels the serve context while a request is in
// flight at the upstream and expects that request to complete.
func TestGracefulShutdown(t *testing.T) {
	arrived := make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "finished")
	}))
	defer up.Close()
	cfg := defaultConfig()
	cfg.Upstream = up.URL
	cfg.ShutdownTimeout = 5 * time.Second
	p, err := newProxy(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- p.serve(ctx, ln, nil) }()

	type result struct {
		res response
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			done <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		done <- result{res: response{res.StatusCode, string(b), res.Header.Get("X-Vellum-Upstream")}}
	}()
	<-arrived
	cancel()

	got := <-done
	if diff := cmp.Diff(result{res: response{200, "finished", "stable"}}, got, cmp.AllowUnexported(result{}), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("in-flight request: -want +got:\n%s", diff)
	}
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("listener still accepts after shutdown")
	}
}

// TestAdminListener checks that a dedicated admin listener serves the admin
// API (to any client) and the user port then does not.
func TestAdminListener(t *testing.T) {
	up, seenCh := recordingUpstream(t)
	cfg := defaultConfig()
	cfg.Upstream = up.URL
	p, err := newProxy(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	mainSrv := httptest.NewServer(p.mainHandler(false))
	defer mainSrv.Close()
	adminSrv := httptest.NewServer(p.adminListenerHandler())
	defer adminSrv.Close()

	got, _ := do(t, newRequest(t, "GET", adminSrv.URL+"/-/admin/upstreams", "", ""))
	var doc upstreamsDoc
	if err := json.Unmarshal([]byte(got.Body), &doc); err != nil || doc.Stable.URL != up.URL {
		t.Errorf("admin listener GET: %d %q", got.Status, got.Body)
	}
	if got, _ := do(t, newRequest(t, "GET", mainSrv.URL+"/-/admin/upstreams", "", "")); got.Status != 404 {
		t.Errorf("user port admin GET = %d, want 404", got.Status)
	}

	type want struct {
		status          int
		reachedUpstream bool
	}
	cases := []struct {
		reason string
		args   struct{ server, path string }
		want   want
	}{
		{"admin /healthz", struct{ server, path string }{"admin", "/healthz"}, want{200, false}},
		{"admin /readyz probes the upstream", struct{ server, path string }{"admin", "/readyz"}, want{200, true}},
		{"admin /metrics", struct{ server, path string }{"admin", "/metrics"}, want{200, false}},
		{"admin /-/metrics as before", struct{ server, path string }{"admin", "/-/metrics"}, want{200, false}},
		{"admin unknown path", struct{ server, path string }{"admin", "/v1/models/rag:predict"}, want{404, false}},
		{"user port /-/readyz as before (cached)", struct{ server, path string }{"main", "/-/readyz"}, want{200, false}},
		{"user port /metrics is the predictor's", struct{ server, path string }{"main", "/metrics"}, want{200, true}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			base := map[string]string{"admin": adminSrv.URL, "main": mainSrv.URL}[tc.args.server]
			res, _ := do(t, newRequest(t, "GET", base+tc.args.path, "", ""))
			got := want{status: res.Status}
			select {
			case <-seenCh:
				got.reachedUpstream = true
			default:
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("GET %s%s: -want +got:\n%s", tc.args.server, tc.args.path, diff)
			}
		})
	}
}
