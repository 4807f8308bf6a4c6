package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMaxInFlight checks that a request beyond -max-in-flight waits
// before it is parsed, let alone forwarded; that the proxy's own endpoints
// do not wait behind it; and that it goes on once a slot is free.
func TestMaxInFlight(t *testing.T) {
	release := make(chan struct{})
	var releaseOnce sync.Once
	releaseAll := func() { releaseOnce.Do(func() { close(release) }) }
	defer releaseAll() // a failing test must not leave the upstream blocked
	var arrivals atomic.Int32
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrivals.Add(1)
		if r.URL.Path == "/hold" {
			<-release
		}
		io.WriteString(w, "ok")
	}))
	defer up.Close()
	p, srv := startProxy(t, up.URL, func(c *Config) { c.MaxInFlight = 1 })

	send := func(method, path string) (int, error) {
		var body io.Reader
		if method == "POST" {
			body = strings.NewReader(`{"instances":["jo@ex.com"]}`)
		}
		req, _ := http.NewRequest(method, srv.URL+path, body)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		defer res.Body.Close()
		_, err = io.ReadAll(res.Body)
		return res.StatusCode, err
	}
	type result struct {
		status int
		err    error
	}
	run := func(method, path string) <-chan result {
		ch := make(chan result, 1)
		go func() { s, err := send(method, path); ch <- result{s, err} }()
		return ch
	}

	holder := run("POST", "/hold")
	waitFor(t, "the holder at the upstream", func() bool { return arrivals.Load() == 1 })

	waiter := run("POST", "/v1/models/rag:predict")
	waitFor(t, "the second request waiting", func() bool { return p.admission.waiting.Load() == 1 })
	if n := p.metrics.inFlight.Load(); n != 1 {
		t.Errorf("%d requests in the handler while the only slot is taken, want 1", n)
	}
	// expectOK waits up to 5 s for a 200 on ch; what names the request in errors.
	expectOK := func(what string, ch <-chan result) {
		t.Helper()
		select {
		case r := <-ch:
			if r.status != 200 || r.err != nil {
				t.Errorf("%s: %d %v, want 200", what, r.status, r.err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no answer within 5 s", what)
		}
	}
	for _, path := range []string{"/-/healthz", "/-/metrics"} {
		expectOK(path+" while the only slot is taken (it must not wait)", run("GET", path))
	}
	if n := arrivals.Load(); n != 1 {
		t.Fatalf("%d requests reached the upstream while the only slot was taken, want 1", n)
	}
	releaseAll()
	expectOK("holder", holder)
	expectOK("waiter", waiter)
	if n := arrivals.Load(); n != 2 {
		t.Errorf("%d requests reached the upstream, want 2 (holder, waiter)", n)
	}
}
