package main

import "context"

// slots bounds how many requests are read, scrubbed and forwarded at once.
// The rest wait here, at the top of the handler, before their body is read
// and before the deep call into ReverseProxy and the transport: a goroutine
// waiting this shallow has a small stack and no body buffer, whereas one
// queued inside the transport for an upstream connection has already grown
// its stack to the full proxying depth. With 10k clients sending at once,
// that difference is most of the sidecar's memory (BENCHMARKS.md).
//
// A client that hangs up while its GET waits is answered 499 at once. For
// a request with a body, net/http notices the hang-up only after the body
// has been read, so such a request is found out when its turn comes and
// the upstream call is cancelled as soon as it starts; reading bodies
// before waiting would hold up to -max-body-bytes per waiting request.
type slots chan struct{}

// newSlots returns a limiter of n slots; n <= 0 means no limit.
func newSlots(n int) slots {
	if n <= 0 {
		return nil
	}
	return make(slots, n)
}

// acquire waits for a slot; false when ctx ended first (the client left).
func (s slots) acquire(ctx context.Context) bool {
	if s == nil {
		return true
	}
	select {
	case s <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s slots) release() {
	if s != nil {
		<-s
	}
}
