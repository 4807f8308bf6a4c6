package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// byteSize is a flag value in GOMEMLIMIT's syntax: a number of bytes with
// an optional B, KiB, MiB, GiB or TiB suffix ("256MiB"); 0 means none.
type byteSize int64

var byteUnits = []struct {
	suffix string
	shift  uint
}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	num, shift := s, uint(0)
	for _, u := range byteUnits {
		if strings.HasSuffix(s, u.suffix) {
			num, shift = strings.TrimSuffix(s, u.suffix), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return fmt.Errorf("%q is not a size such as 256MiB", s)
	}
	*b = byteSize(n << shift)
	return nil
}

// applyMemoryLimit gives the runtime a soft memory limit unless the
// environment already chose one with GOMEMLIMIT. Near the limit the garbage
// collector runs more often, which also shrinks the goroutine stacks that
// proxying grew and returns freed memory to the OS; it never fails an
// allocation. A container's memory limit (containerLimit, 0: none) caps it
// at 90 %: a soft limit above the hard one would never act before the
// container is killed. It returns the limit in effect, or -1 for none.
func applyMemoryLimit(limit byteSize, getenv func(string) string, containerLimit int64) int64 {
	if getenv("GOMEMLIMIT") != "" || limit == 0 {
		if cur := debug.SetMemoryLimit(-1); cur != 1<<63-1 {
			return cur
		}
		return -1
	}
	effective := int64(limit)
	if capped := containerLimit / 10 * 9; containerLimit > 0 && capped < effective {
		effective = capped
	}
	debug.SetMemoryLimit(effective)
	return effective
}

// unlimitedCgroup: cgroup v1 writes "no limit" as a huge page-aligned number.
const unlimitedCgroup = 1 << 62

// containerMemoryLimit reads this process's cgroup memory limit (v2, then
// v1) in bytes; 0 when there is none or it cannot be read.
func containerMemoryLimit(readFile func(string) ([]byte, error)) int64 {
	for _, path := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := readFile(path)
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err != nil || n <= 0 || n >= unlimitedCgroup {
			return 0 // "max": no limit
		}
		return n
	}
	return 0
}

// reclaimInterval is how long traffic must have stopped before idle memory
// is handed back: long enough not to fire between the requests of a steady
// trickle, short enough that a pod is small again soon after a burst.
const reclaimInterval = 10 * time.Second

// idleReclaimer decides when traffic has stopped. The Go runtime returns
// memory to the OS only gradually, and collects garbage only when something
// allocates: after a burst of 10k connections an idle sidecar would keep
// its peak footprint for minutes. One reclaim per quiet period is enough.
type idleReclaimer struct {
	lastRequests uint64
	reclaimed    bool
}

// tick is called every reclaimInterval with the total of requests so far
// and those in flight; it says whether to reclaim now.
func (r *idleReclaimer) tick(requests uint64, inFlight int64) bool {
	if requests != r.lastRequests || inFlight > 0 {
		r.lastRequests, r.reclaimed = requests, false
		return false
	}
	if r.reclaimed {
		return false
	}
	r.reclaimed = true
	return true
}

// reclaimWhenIdle runs until ctx ends: once a whole interval passes with no
// new request and none in flight, it closes the idle upstream connections
// (two goroutines and two buffers each) and returns free memory to the OS.
func (p *proxy) reclaimWhenIdle(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	var r idleReclaimer
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if r.tick(p.metrics.total(), p.metrics.inFlight.Load()) {
			p.rp.Transport.(upstreamTransport).CloseIdleConnections()
			// net/http keeps the 8 KB of bufio buffers of every closed
			// connection in a sync.Pool, which survives one collection
			// in its victim cache: 80 MB after 10k connections. The
			// first collection moves them there, FreeOSMemory's frees
			// them and returns the pages.
			runtime.GC()
			debug.FreeOSMemory()
		}
	}
}
