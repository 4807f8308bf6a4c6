package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// inlineTransport does a request's round trip in the goroutine that asks
// for it, on a pooled keep-alive connection: it writes the request, then
// reads the response head, and the caller reads the body straight from the
// connection.
//
// Why not only http.Transport: it hands every request to a writer goroutine
// of the connection and takes the response back from a reader goroutine.
// On a sidecar, where the upstream is a loopback hop, those two hand-offs
// and the scheduler wake-ups they cost are a large share of the CPU of a
// request (BENCHMARKS.md, "Upstream transport"). The inline path does the
// same syscalls with none of them, and keeps no goroutines per pooled
// connection.
//
// Only the common case takes it: a plain-HTTP upstream, a body already in
// memory and small (the scrubbed ones, via GetBody), no protocol upgrade and
// no Expect: 100-continue. Everything else goes to the standard transport,
// which stays in charge of those features.
type inlineTransport struct {
	fallback              *http.Transport
	dial                  func(ctx context.Context, network, addr string) (net.Conn, error)
	maxConnsPerHost       int
	idleTimeout           time.Duration
	responseHeaderTimeout time.Duration

	// sweepEvery is how often all pools are checked for expired idle
	// connections, besides each pool checking its own on every use.
	sweepEvery time.Duration

	// resends counts requests sent again after a pooled connection turned
	// out closed (piiproxy_upstream_resends_total): a steady rise means the
	// upstream closes keep-alive connections sooner than expected.
	resends atomic.Uint64

	mu    sync.Mutex
	hosts map[string]*hostPool
	swept time.Time // when the idle connections of every pool were last checked for expiry
}

// poolStats is what /-/metrics reports of the inline transport's pools,
// summed over upstreams.
type poolStats struct {
	resends             uint64
	open, idle, waiting int
}

func (t *inlineTransport) stats() poolStats {
	st := poolStats{resends: t.resends.Load()}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range t.hosts {
		p.mu.Lock()
		st.open, st.idle, st.waiting = st.open+p.open, st.idle+len(p.idle), st.waiting+len(p.waiters)
		p.mu.Unlock()
	}
	return st
}

const defaultSweepEvery = 10 * time.Second

// inlineMaxBody bounds the bodies the inline path writes before reading the
// response. The whole body then fits in the socket's send buffer, so an
// upstream that answers early (a 413) and stops reading cannot leave the
// write blocked; http.Transport, which writes and reads concurrently, takes
// larger ones.
const inlineMaxBody = 64 << 10

// maxInformational bounds the 1xx responses skipped before the real one, as
// http.Transport does.
const maxInformational = 5

func newInlineTransport(cfg Config, fallback *http.Transport) *inlineTransport {
	return &inlineTransport{
		fallback:              fallback,
		dial:                  fallback.DialContext,
		maxConnsPerHost:       cfg.MaxConnsPerHost,
		idleTimeout:           cfg.UpstreamIdleTimeout,
		responseHeaderTimeout: cfg.ResponseHeaderTimeout,
		sweepEvery:            defaultSweepEvery,
		hosts:                 map[string]*hostPool{},
	}
}

// inlineEligible says whether req may take the inline path.
func inlineEligible(req *http.Request) bool {
	if req.URL.Scheme != "http" || req.Header.Get("Upgrade") != "" || req.Header.Get("Expect") != "" {
		return false
	}
	if req.Body == nil || req.Body == http.NoBody {
		return true
	}
	return req.GetBody != nil && req.ContentLength >= 0 && req.ContentLength <= inlineMaxBody
}

func (t *inlineTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !inlineEligible(req) {
		return t.fallback.RoundTrip(req)
	}
	pool := t.pool(hostPort(req.URL))
	for {
		c, err := pool.get(req.Context(), t.dial)
		if err != nil {
			closeBody(req)
			return nil, err
		}
		res, err := c.roundTrip(req, t.responseHeaderTimeout)
		if err == nil {
			return res, nil
		}
		pool.discard(c)
		// A pooled connection that the upstream closed just as it was
		// taken fails before any answer: send again, on the next pooled
		// connection or a new one (each failure discards one, so this
		// ends). The body is in memory (GetBody), so it can be sent again.
		// A fresh connection failing is a real failure.
		if !c.reused || c.answered || req.Context().Err() != nil || !staleConnError(err) {
			closeBody(req)
			return nil, err
		}
		if req, err = rewound(req); err != nil {
			return nil, err
		}
		t.resends.Add(1)
	}
}

// CloseIdleConnections closes the pooled connections of both paths; the
// idle reclaim calls it when traffic stops.
func (t *inlineTransport) CloseIdleConnections() {
	t.mu.Lock()
	for _, p := range t.hosts {
		p.closeIdle()
	}
	t.mu.Unlock()
	t.fallback.CloseIdleConnections()
}

// hostPort is the address to dial for u, an http URL.
func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	return net.JoinHostPort(u.Hostname(), "80")
}

func (t *inlineTransport) pool(host string) *hostPool {
	t.mu.Lock()
	defer t.mu.Unlock()
	p := t.hosts[host]
	if p == nil {
		p = newHostPool(host, t.maxConnsPerHost, t.idleTimeout)
		t.hosts[host] = p
	}
	// Pools of upstreams no longer in use (a canary that was removed) get
	// no requests that would expire their idle connections: sweep them all
	// now and then.
	if now := time.Now(); now.Sub(t.swept) >= t.sweepEvery {
		t.swept = now
		for _, other := range t.hosts {
			other.closeExpired(now)
		}
	}
	return p
}

// staleConnError says whether err is how a write to, or a read from, a
// connection the peer has already closed fails.
func staleConnError(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// rewound is req with a fresh copy of its in-memory body.
func rewound(req *http.Request) (*http.Request, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return req, nil
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	r := *req
	r.Body = body
	return &r, nil
}

func closeBody(req *http.Request) {
	if req.Body != nil {
		_ = req.Body.Close()
	}
}
