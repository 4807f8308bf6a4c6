package main

import (
	"bufio"
	"context"
	"net"
	"slices"
	"sync"
	"time"
)

// hostPool holds one upstream's keep-alive connections for the inline
// transport: at most max exist at once, idle or busy; a request beyond that
// waits for one to come back (or for a slot, when one is closed).
//
// The idle ones form a stack: the most recently used is reused first, so
// after a burst the surplus sits at the bottom untouched and expires after
// idleTimeout, as http.Transport's idle list does, instead of being kept
// warm in turn by a trickle of requests.
type hostPool struct {
	host        string
	max         int
	idleTimeout time.Duration

	mu      sync.Mutex
	idle    []*upstreamConn // oldest first
	open    int             // connections that exist, idle or busy
	waiters []chan *upstreamConn
}

func newHostPool(host string, max int, idleTimeout time.Duration) *hostPool {
	return &hostPool{host: host, max: max, idleTimeout: idleTimeout}
}

// get returns the most recently used idle connection, or dials one while
// under the cap, or waits for either until ctx ends.
func (p *hostPool) get(ctx context.Context, dial dialFunc) (*upstreamConn, error) {
	for {
		p.mu.Lock()
		now := time.Now()
		p.closeExpiredLocked(now)
		if n := len(p.idle); n > 0 {
			c := p.idle[n-1]
			p.idle = p.idle[:n-1]
			p.mu.Unlock()
			if now.Sub(c.idleSince) < checkAfterIdle || c.open() {
				c.reused = true
				return c, nil
			}
			p.discard(c)
			continue
		}
		if p.open < p.max {
			p.open++
			p.mu.Unlock()
			return p.dial(ctx, dial)
		}
		wait := make(chan *upstreamConn, 1) // a connection, or nil: a slot to dial in
		p.waiters = append(p.waiters, wait)
		p.mu.Unlock()

		select {
		case c := <-wait:
			if c == nil {
				return p.dial(ctx, dial)
			}
			c.reused = true
			return c, nil
		case <-ctx.Done():
			p.mu.Lock()
			if i := slices.Index(p.waiters, wait); i >= 0 {
				p.waiters = slices.Delete(p.waiters, i, i+1)
				p.mu.Unlock()
				return nil, ctx.Err()
			}
			p.mu.Unlock()
			// Handed something just as the client left: pass it on.
			if c := <-wait; c != nil {
				p.put(c)
			} else {
				p.freeSlot()
			}
			return nil, ctx.Err()
		}
	}
}

type dialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// dial opens a connection in a slot already counted in open.
func (p *hostPool) dial(ctx context.Context, dial dialFunc) (*upstreamConn, error) {
	conn, err := dial(ctx, "tcp", p.host)
	if err != nil {
		p.freeSlot()
		return nil, err
	}
	c := &upstreamConn{conn: conn, pool: p}
	c.br = bufio.NewReader(readCounter{c})
	c.bw = bufio.NewWriter(conn)
	return c, nil
}

// put makes c free: to the first waiting request, else onto the stack.
func (p *hostPool) put(c *upstreamConn) {
	c.idleSince = time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.handToWaiterLocked(c) {
		p.idle = append(p.idle, c)
	}
}

// handToWaiterLocked gives the first waiting request c, or a slot to dial
// in when c is nil; it says whether anyone was waiting.
func (p *hostPool) handToWaiterLocked(c *upstreamConn) bool {
	if len(p.waiters) == 0 {
		return false
	}
	wait := p.waiters[0]
	p.waiters = p.waiters[1:]
	wait <- c // buffered, and each waiter is handed one thing: never blocks
	return true
}

// discard closes c and frees its slot.
func (p *hostPool) discard(c *upstreamConn) {
	_ = c.conn.Close()
	p.freeSlot()
}

// freeSlot gives a closed connection's slot to the first waiting request,
// which dials in it, or else lowers the count.
func (p *hostPool) freeSlot() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.handToWaiterLocked(nil) {
		p.open--
	}
}

// closeExpired closes the idle connections unused for idleTimeout.
func (p *hostPool) closeExpired(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closeExpiredLocked(now)
}

func (p *hostPool) closeExpiredLocked(now time.Time) {
	n := 0
	for n < len(p.idle) && now.Sub(p.idle[n].idleSince) >= p.idleTimeout {
		n++
	}
	p.closeOldestLocked(n)
}

// closeIdle closes every idle connection (the idle reclaim).
func (p *hostPool) closeIdle() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closeOldestLocked(len(p.idle))
}

// closeOldestLocked closes the n longest-idle connections and frees their
// slots (no one waits while connections are idle: put hands them over).
func (p *hostPool) closeOldestLocked(n int) {
	for _, c := range p.idle[:n] {
		_ = c.conn.Close()
	}
	p.idle = slices.Delete(p.idle, 0, n)
	p.open -= n
}
