package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMaxInFlight checks that requests beyond -max-in-flight wait before
// anything is read or forwarded, that a client giving up while waiting is
// a 499 that never reaches the upstream, and that a waiting request goes
// on once a slot is free. The request that gives up is a GET: net/http
// notices a client leaving only once the request body has been read, and
// a waiting POST's body is deliberately not read yet (see slots).
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

	send := func(ctx context.Context, method, path string) (int, error) {
		var body io.Reader
		if method == "POST" {
			body = strings.NewReader(`{"instances":["jo@ex.com"]}`)
		}
		req, _ := http.NewRequestWithContext(ctx, method, srv.URL+path, body)
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
	run := func(ctx context.Context, method, path string) <-chan result {
		ch := make(chan result, 1)
		go func() { s, err := send(ctx, method, path); ch <- result{s, err} }()
		return ch
	}
	waitInFlight := func(n int64) {
		t.Helper()
		waitFor(t, "in-flight requests", func() bool { return p.metrics.inFlight.Load() == n })
	}

	holder := run(context.Background(), "POST", "/hold")
	waitFor(t, "the holder at the upstream", func() bool { return arrivals.Load() == 1 })

	ctx, cancel := context.WithCancel(context.Background())
	quitter := run(ctx, "GET", "/v2/models/rag")
	waitInFlight(2)
	cancel()
	if r := <-quitter; r.err == nil {
		t.Errorf("cancelled waiting request answered %d", r.status)
	}
	waitInFlight(1)
	if got := p.metrics.requests[class(statusClientClosedRequest)].Load(); got != 1 {
		t.Errorf("4xx count %d, want 1 (the 499 of the request that gave up)", got)
	}

	waiter := run(context.Background(), "POST", "/v1/models/rag:predict")
	waitInFlight(2)
	if n := arrivals.Load(); n != 1 {
		t.Fatalf("%d requests reached the upstream while the only slot was taken, want 1", n)
	}
	releaseAll()
	for name, ch := range map[string]<-chan result{"holder": holder, "waiter": waiter} {
		select {
		case r := <-ch:
			if r.status != 200 || r.err != nil {
				t.Errorf("%s: %d %v, want 200", name, r.status, r.err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s did not finish", name)
		}
	}
	if n := arrivals.Load(); n != 2 {
		t.Errorf("%d requests reached the upstream, want 2 (holder, waiter)", n)
	}
}
