package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"
)

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
		c.setReadDeadline(ctx, time.Now().Add(headerTimeout))
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
		c.setReadDeadline(ctx, time.Time{})
	}
	reusable := !res.Close && !req.Close
	if res.Body == http.NoBody {
		c.release(stop, reusable)
		return res, nil
	}
	res.Body = &upstreamBody{body: res.Body, c: c, stop: stop, reusable: reusable}
	return res, nil
}

// setReadDeadline sets the read deadline without undoing a cancellation:
// ctx's error is set before its AfterFunc runs, so either the cancellation's
// deadline in the past comes after this one, or ctx.Err() already says so
// here and it is put back.
func (c *upstreamConn) setReadDeadline(ctx context.Context, d time.Time) {
	_ = c.conn.SetReadDeadline(d)
	if ctx.Err() != nil {
		_ = c.conn.SetDeadline(aLongTimeAgo)
	}
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
