package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestInlineEligible(t *testing.T) {
	inMemory := func(method, url, body string) *http.Request {
		r, err := http.NewRequest(method, url, strings.NewReader(body)) // sets GetBody, as scrubBody does
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	streamed := inMemory("POST", "http://up/v1/chat/completions", "{}")
	streamed.GetBody, streamed.ContentLength = nil, -1
	upgrade := inMemory("GET", "http://up/ws", "")
	upgrade.Header.Set("Upgrade", "websocket")
	expect := inMemory("POST", "http://up/v1/models/m:predict", "{}")
	expect.Header.Set("Expect", "100-continue")

	cases := []struct {
		reason string
		args   *http.Request
		want   bool
	}{
		{"a scrubbed body in memory", inMemory("POST", "http://up/v1/models/m:predict", `{"instances":["x"]}`), true},
		{"no body", inMemory("GET", "http://up/v2/health/ready", ""), true},
		{"a body at the size cap", inMemory("POST", "http://up/p", strings.Repeat("x", inlineMaxBody)), true},
		{"a body over the size cap: written while reading, by net/http", inMemory("POST", "http://up/p", strings.Repeat("x", inlineMaxBody+1)), false},
		{"a streamed body that cannot be sent twice", streamed, false},
		{"a protocol upgrade", upgrade, false},
		{"Expect: 100-continue", expect, false},
		{"https", inMemory("GET", "https://up/", ""), false},
	}
	for _, tc := range cases {
		if got := inlineEligible(tc.args); got != tc.want {
			t.Errorf("%s: inlineEligible = %v, want %v", tc.reason, got, tc.want)
		}
	}
}

// rawUpstream accepts connections and hands each to serve, which speaks
// HTTP by hand: the misbehaviours under test are ones net/http's server
// would not produce. It returns the URL and a count of accepted connections.
func rawUpstream(t *testing.T, serve func(conn net.Conn, br *bufio.Reader)) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			wg.Go(func() {
				defer conn.Close()
				serve(conn, bufio.NewReader(conn))
			})
		}
	})
	return "http://" + ln.Addr().String(), &accepted
}

// readRequests reads requests from br until the client closes, calling
// answer for each with its body.
func readRequests(conn net.Conn, br *bufio.Reader, answer func(body string) (reply string, keep bool)) {
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		b, _ := io.ReadAll(req.Body)
		reply, keep := answer(string(b))
		if _, err := io.WriteString(conn, reply); err != nil || !keep {
			return
		}
	}
}

const okReply = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"

func newInlineForTest(tweak func(*Config)) *inlineTransport {
	cfg := defaultConfig()
	if tweak != nil {
		tweak(&cfg)
	}
	return newUpstreamTransport(cfg).(*inlineTransport)
}

type exchange struct {
	Status int
	Body   string
	Err    string
}

func post(tr http.RoundTripper, url, body string) exchange {
	req, _ := http.NewRequest("POST", url+"/v1/models/m:predict", strings.NewReader(body))
	res, err := tr.RoundTrip(req)
	if err != nil {
		return exchange{Err: err.Error()}
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return exchange{Status: res.StatusCode, Err: err.Error()}
	}
	return exchange{Status: res.StatusCode, Body: string(b)}
}

func TestInlineTransportConnections(t *testing.T) {
	type want struct {
		exchanges []exchange
		conns     int32
		resends   uint64
	}
	ok := exchange{Status: 200, Body: "ok"}
	cases := []struct {
		reason string
		args   func(n int) (reply string, keep bool) // the answer to the n-th request, counted across connections
		want   want
	}{
		{
			reason: "keep-alive: three requests share one connection",
			args:   func(int) (string, bool) { return okReply, true },
			want:   want{[]exchange{ok, ok, ok}, 1, 0},
		},
		{
			reason: "the upstream closes each connection after answering: the pooled one is found stale and the request sent again on a new one",
			args:   func(int) (string, bool) { return okReply, false },
			want:   want{[]exchange{ok, ok, ok}, 3, 2},
		},
		{
			reason: "Connection: close is honoured: no reuse, no retry needed",
			args: func(int) (string, bool) {
				return "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok", false
			},
			want: want{[]exchange{ok, ok, ok}, 3, 0},
		},
		{
			reason: "informational responses are skipped",
			args: func(int) (string, bool) {
				return "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + okReply, true
			},
			want: want{[]exchange{ok, ok, ok}, 1, 0},
		},
		{
			reason: "a response cut in its head is an error, not sent again: the upstream may have acted on it",
			args: func(n int) (string, bool) {
				if n == 2 {
					return "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n", false
				}
				return okReply, true
			},
			want: want{[]exchange{ok, {Err: "unexpected EOF"}, ok}, 2, 0},
		},
		{
			reason: "a body cut short is an error and the connection is not reused",
			args: func(n int) (string, bool) {
				if n == 1 {
					return "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok", false
				}
				return okReply, true
			},
			want: want{[]exchange{{Status: 200, Err: "unexpected EOF"}, ok, ok}, 2, 0},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			var bodies []string
			var mu sync.Mutex
			var requests atomic.Int32
			url, accepted := rawUpstream(t, func(conn net.Conn, br *bufio.Reader) {
				readRequests(conn, br, func(body string) (string, bool) {
					mu.Lock()
					bodies = append(bodies, body)
					mu.Unlock()
					return tc.args(int(requests.Add(1)))
				})
			})
			tr := newInlineForTest(nil)
			defer tr.CloseIdleConnections()
			var got []exchange
			for i := range 3 {
				got = append(got, post(tr, url, fmt.Sprintf(`{"n":%d}`, i)))
				time.Sleep(10 * time.Millisecond) // let a closing upstream's FIN arrive, as between real requests
			}
			if diff := cmp.Diff(tc.want.exchanges, got); diff != "" {
				t.Errorf("exchanges -want +got:\n%s", diff)
			}
			if n := accepted.Load(); n != tc.want.conns {
				t.Errorf("upstream accepted %d connections, want %d", n, tc.want.conns)
			}
			if n := tr.stats().resends; n != tc.want.resends {
				t.Errorf("%d requests sent again, want %d", n, tc.want.resends)
			}
			mu.Lock()
			defer mu.Unlock()
			for _, b := range bodies {
				if !strings.HasPrefix(b, `{"n":`) {
					t.Errorf("upstream received body %q", b)
				}
			}
		})
	}
}

// connCountingServer is an upstream that counts the connections it ever
// accepted and those still open.
func connCountingServer(t *testing.T, h http.HandlerFunc) (srv *httptest.Server, accepted, open *atomic.Int32) {
	t.Helper()
	accepted, open = new(atomic.Int32), new(atomic.Int32)
	srv = httptest.NewUnstartedServer(h)
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		switch s {
		case http.StateNew:
			accepted.Add(1)
			open.Add(1)
		case http.StateClosed, http.StateHijacked:
			open.Add(-1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, accepted, open
}

func TestInlineTransportCap(t *testing.T) {
	var inFlight, peak atomic.Int32
	up, conns, _ := connCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(20 * time.Millisecond)
		io.WriteString(w, "ok")
	})
	tr := newInlineForTest(func(c *Config) { c.MaxConnsPerHost = 2 })
	defer tr.CloseIdleConnections()

	var wg sync.WaitGroup
	got := make([]exchange, 12)
	for i := range got {
		wg.Go(func() { got[i] = post(tr, up.URL, "{}") })
	}
	wg.Wait()
	for i, g := range got {
		if diff := cmp.Diff(exchange{Status: 200, Body: "ok"}, g); diff != "" {
			t.Errorf("request %d -want +got:\n%s", i, diff)
		}
	}
	if p, c := peak.Load(), conns.Load(); p > 2 || c > 2 {
		t.Errorf("upstream saw %d requests at once on %d connections; the cap is 2", p, c)
	}
}

func TestInlineTransportReleases(t *testing.T) {
	up, _, open := connCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/long" {
			io.WriteString(w, strings.Repeat("x", 1<<20))
			return
		}
		io.WriteString(w, "ok")
	})
	tr := newInlineForTest(func(c *Config) { c.MaxConnsPerHost = 1 })

	// A body closed half-read takes its connection with it, and frees the
	// only slot: the next request must not wait forever.
	req, _ := http.NewRequest("GET", up.URL+"/long", nil)
	res, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(res.Body, make([]byte, 10)); err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ = http.NewRequestWithContext(ctx, "GET", up.URL+"/short", nil)
	res, err = tr.RoundTrip(req)
	if err != nil {
		t.Fatalf("request after an abandoned body: %v", err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()

	// The idle reclaim closes what is pooled.
	tr.CloseIdleConnections()
	waitFor(t, "the upstream to see its connections closed", func() bool { return open.Load() == 0 })
}

func TestInlineTransportCancel(t *testing.T) {
	arrived := make(chan struct{}, 1)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body) // net/http notices a client leaving once the body is read
		arrived <- struct{}{}
		<-r.Context().Done()
	}))
	defer up.Close()
	tr := newInlineForTest(nil)
	defer tr.CloseIdleConnections()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", up.URL, strings.NewReader("{}"))
	go func() { <-arrived; cancel() }()
	start := time.Now()
	_, err := tr.RoundTrip(req)
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a cancelled request took %v to return", d)
	}
}

// cancelOnArm is an upstream connection whose request is cancelled at the
// moment the proxy arms a read deadline, and only lets that deadline through
// once the cancellation has pushed its own deadline into the past: the
// interleaving in which a late deadline would undo the cancellation.
type cancelOnArm struct {
	net.Conn
	cancel context.CancelFunc
	armed  bool
	fired  chan struct{}
	once   sync.Once
}

func (c *cancelOnArm) SetDeadline(t time.Time) error {
	if t.Equal(aLongTimeAgo) {
		c.once.Do(func() { close(c.fired) })
	}
	return c.Conn.SetDeadline(t)
}

func (c *cancelOnArm) SetReadDeadline(t time.Time) error {
	if !c.armed && t.After(time.Now()) {
		c.armed = true
		c.cancel()
		<-c.fired
	}
	return c.Conn.SetReadDeadline(t)
}

// A cancellation that lands between writing the request and arming the
// response-header timeout must win over that timeout: the request returns
// at once, not when the header timeout expires.
func TestInlineTransportCancelBeforeHeaderTimeout(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		<-r.Context().Done()
	}))
	defer up.Close()
	tr := newInlineForTest(func(c *Config) { c.ResponseHeaderTimeout = 30 * time.Second })
	defer tr.CloseIdleConnections()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tr.dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &cancelOnArm{Conn: conn, cancel: cancel, fired: make(chan struct{})}, nil
	}
	req, _ := http.NewRequestWithContext(ctx, "POST", up.URL, strings.NewReader("{}"))
	start := time.Now()
	_, err := tr.RoundTrip(req)
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a request cancelled before its header timeout was armed took %v to return", d)
	}
}

func TestUpstreamConnOpen(t *testing.T) {
	cases := []struct {
		reason string
		args   func(conn net.Conn) // what the upstream does with the idle connection
		want   bool
	}{
		{"the upstream keeps it open", func(net.Conn) {}, true},
		{"the upstream closed it", func(conn net.Conn) { conn.Close() }, false},
		{"the upstream sent bytes nobody asked for", func(conn net.Conn) { io.WriteString(conn, "HTTP/1.1 408 Request Timeout\r\n\r\n") }, false},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			checked := make(chan struct{})
			defer close(checked)
			url, _ := rawUpstream(t, func(conn net.Conn, _ *bufio.Reader) {
				tc.args(conn)
				<-checked // hold the connection until the check is done
			})
			conn, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			time.Sleep(50 * time.Millisecond) // let the upstream's close or bytes arrive
			if got := (&upstreamConn{conn: conn}).open(); got != tc.want {
				t.Errorf("open() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestInlineTransportIdleExpiry: after a burst, a trickle of requests
// reuses the most recent connection and lets the surplus expire after
// -upstream-idle-timeout; a pool nobody uses any more (a removed canary) is
// swept too.
func TestInlineTransportIdleExpiry(t *testing.T) {
	handler := func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(50 * time.Millisecond)
		io.WriteString(w, "ok")
	}
	up, _, open := connCountingServer(t, handler)
	old, _, oldOpen := connCountingServer(t, handler)
	tr := newInlineForTest(func(c *Config) { c.UpstreamIdleTimeout = 500 * time.Millisecond })
	tr.sweepEvery = 100 * time.Millisecond
	defer tr.CloseIdleConnections()

	ok := exchange{Status: 200, Body: "ok"}
	if got := post(tr, old.URL, "{}"); got != ok {
		t.Fatalf("old upstream: %+v", got)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { post(tr, up.URL, "{}") })
	}
	wg.Wait()
	if n := open.Load(); n != 4 {
		t.Fatalf("%d connections after a burst of 4, want 4", n)
	}
	for range 12 { // 1.2 s of trickle: each idle connection would be reused every 400 ms if they took turns
		if got := post(tr, up.URL, "{}"); got != ok {
			t.Fatalf("trickle: %+v", got)
		}
		time.Sleep(50 * time.Millisecond)
	}
	waitFor(t, "the surplus connections to expire", func() bool { return open.Load() == 1 })
	waitFor(t, "the unused upstream's pool to be swept", func() bool { return oldOpen.Load() == 0 })
}

// TestInlineTransportWaitCancelled: a request waiting for a connection at
// the cap leaves when its client does, and takes nothing with it.
func TestInlineTransportWaitCancelled(t *testing.T) {
	release := make(chan struct{})
	up, accepted, _ := connCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Has("hold") {
			<-release
		}
		io.WriteString(w, "ok")
	})
	tr := newInlineForTest(func(c *Config) { c.MaxConnsPerHost = 1 })
	defer tr.CloseIdleConnections()

	held := make(chan exchange)
	go func() {
		req, _ := http.NewRequest("GET", up.URL+"/?hold", nil)
		res, err := tr.RoundTrip(req)
		if err != nil {
			held <- exchange{Err: err.Error()}
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		held <- exchange{Status: res.StatusCode, Body: string(b)}
	}()
	waitFor(t, "the first request to take the only connection", func() bool { return accepted.Load() == 1 })

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", up.URL+"/", nil)
	if _, err := tr.RoundTrip(req); err != context.DeadlineExceeded {
		t.Errorf("waiting request: err = %v, want context.DeadlineExceeded", err)
	}
	close(release)
	ok := exchange{Status: 200, Body: "ok"}
	if got := <-held; got != ok {
		t.Errorf("held request: %+v", got)
	}
	if got := post(tr, up.URL, "{}"); got != ok {
		t.Errorf("a request after the cancelled wait: %+v", got)
	}
	if n := accepted.Load(); n != 1 {
		t.Errorf("upstream accepted %d connections, want the one, reused", n)
	}
}
