package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
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

	mu    sync.Mutex
	hosts map[string]*hostPool
}

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
		c, err := pool.get(req.Context(), t)
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
	}
}

// CloseIdleConnections closes the pooled connections of both paths; the
// idle reclaim calls it when traffic stops.
func (t *inlineTransport) CloseIdleConnections() {
	t.mu.Lock()
	pools := make([]*hostPool, 0, len(t.hosts))
	for _, p := range t.hosts {
		pools = append(pools, p)
	}
	t.mu.Unlock()
	for _, p := range pools {
		p.closeIdle()
	}
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
		p = &hostPool{host: host, idle: make(chan *upstreamConn, t.maxConnsPerHost), slots: make(chan struct{}, t.maxConnsPerHost)}
		t.hosts[host] = p
	}
	return p
}

// hostPool holds one upstream's connections: slots caps how many exist
// (idle or busy), idle holds the ones free for reuse.
type hostPool struct {
	host  string
	idle  chan *upstreamConn
	slots chan struct{}
}

// get returns an idle connection, or dials one while under the cap, or
// waits for either until ctx ends.
func (p *hostPool) get(ctx context.Context, t *inlineTransport) (*upstreamConn, error) {
	for {
		var c *upstreamConn
		select {
		case c = <-p.idle:
		default:
			select {
			case c = <-p.idle:
			case p.slots <- struct{}{}:
				return p.dial(ctx, t)
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		if idle := time.Since(c.idleSince); idle < t.idleTimeout && (idle < checkAfterIdle || c.open()) {
			c.reused = true
			return c, nil
		}
		p.discard(c)
	}
}

func (p *hostPool) dial(ctx context.Context, t *inlineTransport) (*upstreamConn, error) {
	conn, err := t.dial(ctx, "tcp", p.host)
	if err != nil {
		<-p.slots
		return nil, err
	}
	c := &upstreamConn{conn: conn, pool: p}
	c.br = bufio.NewReader(readCounter{c})
	c.bw = bufio.NewWriter(conn)
	return c, nil
}

// put makes c free for the next request; idle has room for every
// connection the slots allow, so it never blocks.
func (p *hostPool) put(c *upstreamConn) {
	c.idleSince = time.Now()
	p.idle <- c
}

// discard closes c and frees its slot.
func (p *hostPool) discard(c *upstreamConn) {
	_ = c.conn.Close()
	<-p.slots
}

func (p *hostPool) closeIdle() {
	for {
		select {
		case c := <-p.idle:
			p.discard(c)
		default:
			return
		}
	}
}

// upstreamConn is one keep-alive connection, used by one request at a time.
type upstreamConn struct {
	conn      net.Conn
	pool      *hostPool
	br        *bufio.Reader
	bw        *bufio.Writer
	idleSince time.Time
	reused    bool // it served a request before this one
	answered  bool // some of this request's response has arrived
}

// checkAfterIdle is how long a pooled connection may sit unused before it
// is checked for having been closed by the upstream (uvicorn, KServe's
// server, closes keep-alive connections idle for 5 s). Under load
// connections are reused within milliseconds and never checked; after a
// pause the check costs one non-blocking syscall and saves a failed
// request and its resend.
const checkAfterIdle = time.Second

// open says whether the upstream has not closed c while it was idle: a
// non-blocking peek finds nothing to read. End of stream (a close), an
// error or stray bytes all make c unusable.
func (c *upstreamConn) open() bool {
	sc, ok := c.conn.(syscall.Conn)
	if !ok {
		return true // not a socket (tests); the resend covers it
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	var peekErr error
	if err := raw.Read(func(fd uintptr) bool {
		var b [1]byte
		_, _, peekErr = syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		return true // never wait for data
	}); err != nil {
		return false
	}
	return errors.Is(peekErr, syscall.EAGAIN) // nil: stray bytes, or 0 bytes, the end of the stream
}

// readCounter notes in its connection that the response has begun: a
// request that failed after that must not be sent again.
type readCounter struct{ c *upstreamConn }

func (r readCounter) Read(b []byte) (int, error) {
	n, err := r.c.conn.Read(b)
	if n > 0 {
		r.c.answered = true
	}
	return n, err
}

// aLongTimeAgo is a deadline that has passed: setting it makes blocked
// reads and writes on the connection return at once.
var aLongTimeAgo = time.Unix(1, 0)

// roundTrip writes req and reads the response head. The returned body
// hands the connection back to its pool when read to the end (or closes it
// when abandoned), so the caller must read or close it, as with any
// http.Response.
func (c *upstreamConn) roundTrip(req *http.Request, headerTimeout time.Duration) (*http.Response, error) {
	c.answered = false
	ctx := req.Context()
	// Cancellation of the request (the client left) unblocks whatever the
	// connection is doing; such a connection is never reused.
	stop := context.AfterFunc(ctx, func() { _ = c.conn.SetDeadline(aLongTimeAgo) })
	fail := func(err error) (*http.Response, error) {
		if !stop() && ctx.Err() != nil {
			return nil, ctx.Err() // what the deadline error really means
		}
		return nil, err
	}

	if err := req.Write(c.bw); err != nil {
		return fail(err)
	}
	if err := c.bw.Flush(); err != nil {
		return fail(err)
	}
	if headerTimeout > 0 {
		_ = c.conn.SetReadDeadline(time.Now().Add(headerTimeout))
	}
	res, err := c.readHead(req)
	if err != nil {
		var netErr net.Error
		if errors.As(err, &netErr) && netErr.Timeout() && ctx.Err() == nil {
			err = fmt.Errorf("timeout awaiting response headers: %w", err)
		}
		return fail(err)
	}
	if headerTimeout > 0 {
		_ = c.conn.SetReadDeadline(time.Time{})
	}
	reusable := !res.Close && !req.Close
	if res.Body == http.NoBody {
		c.release(stop, reusable)
		return res, nil
	}
	res.Body = &upstreamBody{body: res.Body, c: c, stop: stop, reusable: reusable}
	return res, nil
}

// readHead reads the response to req, skipping informational (1xx) ones.
func (c *upstreamConn) readHead(req *http.Request) (*http.Response, error) {
	for range maxInformational {
		res, err := http.ReadResponse(c.br, req)
		if err != nil {
			return nil, err
		}
		if res.StatusCode >= 200 || res.StatusCode == http.StatusSwitchingProtocols {
			return res, nil
		}
	}
	return nil, errors.New("too many 1xx informational responses")
}

// release ends the request's use of c: back to the pool when the exchange
// finished cleanly and both sides keep the connection alive, closed
// otherwise.
func (c *upstreamConn) release(stop func() bool, reusable bool) {
	if stop() && reusable && c.br.Buffered() == 0 {
		c.pool.put(c)
		return
	}
	c.pool.discard(c)
}

// upstreamBody is a response body read straight from the connection.
type upstreamBody struct {
	body     io.ReadCloser
	c        *upstreamConn
	stop     func() bool
	reusable bool
	done     bool
}

func (b *upstreamBody) Read(p []byte) (int, error) {
	if b.done {
		return 0, io.EOF
	}
	n, err := b.body.Read(p)
	if err != nil {
		b.done = true
		b.c.release(b.stop, b.reusable && err == io.EOF)
	}
	return n, err
}

// Close before the end abandons the rest of the body, and with it the
// connection, which is in the middle of a response.
func (b *upstreamBody) Close() error {
	if !b.done {
		b.done = true
		b.c.release(b.stop, false)
	}
	return nil
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
