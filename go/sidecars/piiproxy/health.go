package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

const (
	readyCache   = time.Second
	readyTimeout = 2 * time.Second
)

// readiness probes the stable upstream for /-/readyz. The answer is cached
// for a second and the mutex is held during the probe, so a burst of probes
// (several kubelets, a load balancer) costs one upstream request.
type readiness struct {
	client   *http.Client
	draining atomic.Bool // set on SIGTERM: take the pod out of rotation

	mu      sync.Mutex
	target  string
	checked time.Time
	err     error
}

func newReadiness(t http.RoundTripper) *readiness {
	return &readiness{client: &http.Client{Transport: t, Timeout: readyTimeout}}
}

func (rd *readiness) check(ctx context.Context, target string) error {
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if rd.target == target && time.Since(rd.checked) < readyCache {
		return rd.err
	}
	rd.target, rd.checked, rd.err = target, time.Now(), probe(ctx, rd.client, target)
	return rd.err
}

func probe(ctx context.Context, c *http.Client, target string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return err
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10)) // reuse the connection
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", target, res.Status)
	}
	return nil
}

// healthz says the process is alive; it never looks at the upstream, so a
// slow model load does not get the sidecar restarted.
func healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz says whether this pod should get traffic: not while draining, and
// only when the stable upstream reports ready.
func (p *proxy) readyz(w http.ResponseWriter, r *http.Request) {
	if p.ready.draining.Load() {
		writeError(w, http.StatusServiceUnavailable, "shutting down")
		return
	}
	target := p.ups.Load().stable.JoinPath(p.cfg.ReadyPath).String()
	if err := p.ready.check(r.Context(), target); err != nil {
		writeError(w, http.StatusServiceUnavailable, "upstream not ready: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}
