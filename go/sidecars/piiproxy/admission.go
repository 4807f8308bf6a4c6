package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// admission bounds how many connections have a request being parsed,
// scrubbed and forwarded at once (-max-in-flight). It works on the
// connection, not in the handler: a connection whose next request has
// arrived waits inside its first Read of that request, with the bytes read
// into net/http's buffer but not yet parsed. Waiting there costs the
// connection's goroutine and buffers, which it holds anyway, and nothing
// else; waiting in the handler also held the parsed request, its headers,
// context and response buffer, ~5 KB more per waiting client, which at
// 10,000 busy clients was the difference between fitting in 256 MB or not
// (BENCHMARKS.md).
//
// Requests for the proxy's own /-/ endpoints (probes, metrics, admin) are
// recognised in those first bytes and never wait: a kubelet probe must not
// queue behind a flood of prompts. While the proxy drains, nobody waits.
//
// What it cannot do: tell that a waiting client has hung up (that needs a
// read, which is what it defers), so a request whose client left while it
// waited is still parsed when its turn comes; the upstream call is then
// cancelled as soon as net/http notices (499).
type admission struct {
	slots    chan struct{} // nil: no limit
	open     chan struct{} // closed when draining
	openOnce sync.Once
	waiting  atomic.Int64 // connections whose request waits for a slot
	pending  atomic.Int64 // admitted connections whose handler has not started
}

func newAdmission(limit int) *admission {
	a := &admission{open: make(chan struct{})}
	if limit > 0 {
		a.slots = make(chan struct{}, limit)
	}
	return a
}

// listener wraps ln so that its connections are admitted request by request.
func (a *admission) listener(ln net.Listener) net.Listener { return admittingListener{ln, a} }

type admittingListener struct {
	net.Listener
	a *admission
}

func (l admittingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &admittedConn{Conn: c, a: l.a, closed: make(chan struct{})}, nil
}

type connKey struct{}

// connContext is the server's ConnContext: it lets the handler find the
// connection it must hand its slot back to.
func (a *admission) connContext(ctx context.Context, c net.Conn) context.Context {
	if ac, ok := c.(*admittedConn); ok {
		return context.WithValue(ctx, connKey{}, ac)
	}
	return ctx
}

// handler wraps h: the request's connection gives its slot back when h
// returns, so the next request on it, or on another connection, may go.
func (a *admission) handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, ok := r.Context().Value(connKey{}).(*admittedConn); ok {
			c.started()
			defer c.release()
		}
		h.ServeHTTP(w, r)
	})
}

// drain lets every waiting connection through and stops making any wait,
// then waits (at most until ctx ends) for the admitted ones to reach the
// handler: net/http's Shutdown closes connections it sees as idle, and a
// connection still reading its request looks idle to it.
func (a *admission) drain(ctx context.Context) {
	a.openOnce.Do(func() { close(a.open) })
	// waiting before pending: a connection leaves the first after joining the second
	for (a.waiting.Load() > 0 || a.pending.Load() > 0) && ctx.Err() == nil {
		time.Sleep(time.Millisecond)
	}
}

// The states of an admittedConn.
const (
	between     int32 = iota // no request admitted
	holdingSlot              // a request admitted with a slot
	withoutSlot              // a request admitted without one (own endpoint, no limit, draining)
)

type admittedConn struct {
	net.Conn
	a         *admission
	state     atomic.Int32
	awaiting  atomic.Bool // admitted, handler not started: counted in a.pending
	closed    chan struct{}
	closeOnce sync.Once
	// early holds what tiny reads returned before admission: net/http's
	// background read takes one byte at a time, and must never wait (the
	// connection's goroutine waits for it), so its byte is kept here and
	// the decision made with the reads that follow.
	early    [len("HEAD /-/")]byte
	earlyLen int
}

// Read admits the request whose first bytes it returns. Reads while a
// request is admitted (its body, net/http's background read) pass; so do
// tiny reads between requests (see early).
func (c *admittedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && c.state.Load() == between {
		if len(p) < len(c.early) {
			c.earlyLen += copy(c.early[c.earlyLen:], p[:n])
			return n, err
		}
		first := p[:n]
		if c.earlyLen > 0 {
			first = append(c.early[:c.earlyLen:c.earlyLen], first...)
			c.earlyLen = 0
		}
		c.admit(first)
	}
	return n, err
}

func (c *admittedConn) admit(first []byte) {
	state := withoutSlot
	if c.a.slots != nil && !ownEndpoint(first) {
		c.a.waiting.Add(1)
		// Not waiting any more only once counted as pending below: drain
		// must never see this connection in neither count.
		defer c.a.waiting.Add(-1)
		select {
		case c.a.slots <- struct{}{}:
			state = holdingSlot
		case <-c.a.open:
		case <-c.closed:
			return // the caller's next step fails on the closed connection
		}
	}
	c.state.Store(state)
	if c.awaiting.CompareAndSwap(false, true) {
		c.a.pending.Add(1)
	}
	select {
	case <-c.closed: // closed while admitted: Close may have looked before the admission
		c.started()
		c.release()
	default:
	}
}

// started: the admitted request reached the handler.
func (c *admittedConn) started() {
	if c.awaiting.CompareAndSwap(true, false) {
		c.a.pending.Add(-1)
	}
}

// release ends the admitted request: its slot, if it has one, is free.
func (c *admittedConn) release() {
	if c.state.CompareAndSwap(holdingSlot, between) {
		<-c.a.slots
		return
	}
	c.state.CompareAndSwap(withoutSlot, between)
}

// Close releases what the connection holds and ends a wait for a slot; a
// request that never reached the handler (malformed, timed out) ends here.
func (c *admittedConn) Close() error {
	c.closeOnce.Do(func() { close(c.closed) })
	c.started()
	c.release()
	return c.Conn.Close()
}

// CloseWrite keeps net/http's half-close, which lets a client read an error
// answer (413, say) before the connection goes, instead of a reset.
func (c *admittedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return c.Conn.Close()
}

// ownEndpoint says whether the first bytes of a request ask for one of the
// proxy's own /-/ endpoints.
func ownEndpoint(first []byte) bool {
	return bytes.HasPrefix(first, []byte("GET /-/")) || bytes.HasPrefix(first, []byte("HEAD /-/")) ||
		bytes.HasPrefix(first, []byte("PUT /-/")) || bytes.HasPrefix(first, []byte("POST /-/"))
}
