package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// runMainEnv makes the test binary run main() instead of the tests, so that
// TestSIGTERMDrain can signal a real piiproxy process.
const runMainEnv = "VELLUM_TEST_RUN_PIIPROXY_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// streamingUpstream serves the paths the lifecycle tests need:
// /sse two events; /endless an event every 10 ms until the client leaves;
// /slow nothing until the client leaves; /breaks one event, then the
// connection drops; anything else a small JSON answer.
func streamingUpstream(t *testing.T) *httptest.Server {
	t.Helper()
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		switch r.URL.Path {
		case "/sse", "/endless":
			w.Header().Set("Content-Type", "text/event-stream")
			for i := 0; r.URL.Path == "/endless" || i < 2; i++ {
				fmt.Fprintf(w, "data: %d\n\n", i)
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		case "/slow":
			<-r.Context().Done()
		case "/breaks":
			w.Header().Set("Content-Type", "text/event-stream")
			io.WriteString(w, "data: 0\n\n")
			w.(http.Flusher).Flush()
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close() // the upstream dies mid-stream
			}
		default:
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"predictions":["ok"]}`)
		}
	}))
	t.Cleanup(up.Close)
	return up
}

// waitGoroutines polls until at most want goroutines exist, and fails with
// a dump of them at the deadline. Polling, not sleeping: goroutines of
// closed connections exit asynchronously, but promptly.
func waitGoroutines(t *testing.T, want int, deadline time.Duration) {
	t.Helper()
	stop := time.Now().Add(deadline)
	for {
		n := runtime.NumGoroutine()
		if n <= want {
			return
		}
		if time.Now().After(stop) {
			var dump strings.Builder
			_ = pprof.Lookup("goroutine").WriteTo(&dump, 1)
			t.Fatalf("%d goroutines after %v, baseline %d:\n%s", n, deadline, want, dump.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestNoGoroutineLeak sends every kind of request the proxy handles,
// including the ones that end badly, through each upstream transport, and
// then expects the goroutine count to return to what it was with the
// servers idle.
func TestNoGoroutineLeak(t *testing.T) {
	for _, transport := range []string{transportInline, transportStandard} {
		t.Run(transport, func(t *testing.T) { testNoGoroutineLeak(t, transport) })
	}
}

func testNoGoroutineLeak(t *testing.T, transport string) {
	up := streamingUpstream(t)
	p, srv := startProxy(t, up.URL, func(c *Config) {
		c.MaxBodyBytes, c.ResponseHeaderTimeout, c.RestorePlaceholders, c.MaxInFlight = 1024, 100*time.Millisecond, true, 4
		c.UpstreamTransport = transport
	})
	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead.Close()
	pDown, srvDown := startProxy(t, "http://"+dead.Addr().String(), func(c *Config) { c.UpstreamTransport = transport })

	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second} // a leaked slot shows as a timeout, not a hang
	closeIdle := func() {
		client.CloseIdleConnections()
		p.rp.Transport.(upstreamTransport).CloseIdleConnections()
		pDown.rp.Transport.(upstreamTransport).CloseIdleConnections()
	}
	closeIdle()
	baseline := runtime.NumGoroutine()

	type args struct{ base, method, path, contentType, body string }
	kinds := []struct {
		reason string
		args   args
		want   int
	}{
		{"scrubbed POST", args{srv.URL, "POST", "/v1/models/rag:predict", "application/json", `{"instances":["jo@ex.com"]}`}, 200},
		{"pass-through GET", args{srv.URL, "GET", "/v2/health/ready", "", ""}, 200},
		{"stream to the end", args{srv.URL, "POST", "/sse", "application/json", `{}`}, 200},
		{"upstream breaks mid-stream", args{srv.URL, "GET", "/breaks", "", ""}, 200},
		{"upstream slow", args{srv.URL, "GET", "/slow", "", ""}, 504},
		{"upstream down", args{srvDown.URL, "GET", "/x", "", ""}, 502},
		{"body over the limit", args{srv.URL, "POST", "/v1/models/rag:predict", "application/json", `{"q":"` + strings.Repeat("x", 2048) + `"}`}, 413},
		{"unscannable body", args{srv.URL, "POST", "/api/chat", "text/plain", "jo@ex.com"}, 415},
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for range 5 {
		for _, k := range kinds {
			wg.Go(func() {
				req, _ := http.NewRequest(k.args.method, k.args.base+k.args.path, strings.NewReader(k.args.body))
				if k.args.contentType != "" {
					req.Header.Set("Content-Type", k.args.contentType)
				}
				res, err := client.Do(req)
				if err != nil {
					errs <- fmt.Errorf("%s: %w", k.reason, err)
					return
				}
				_, _ = io.Copy(io.Discard, res.Body) // fails for /breaks: the proxy aborts it too
				res.Body.Close()
				if res.StatusCode != k.want {
					errs <- fmt.Errorf("%s: status %d, want %d", k.reason, res.StatusCode, k.want)
				}
			})
		}
		wg.Go(func() { // the client hangs up in the middle of an endless stream
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/endless", nil)
			res, err := client.Do(req)
			if err != nil {
				errs <- fmt.Errorf("endless stream: %w", err)
				return
			}
			defer res.Body.Close()
			if _, err := bufio.NewReader(res.Body).ReadString('\n'); err != nil {
				errs <- fmt.Errorf("endless stream, first event: %w", err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	closeIdle()
	waitGoroutines(t, baseline, 5*time.Second)
	if n := p.metrics.inFlight.Load(); n != 0 {
		t.Errorf("in-flight gauge %d after all requests ended", n)
	}
	if n := len(p.admission.slots); n != 0 {
		t.Errorf("%d -max-in-flight slots still taken after all requests ended", n)
	}
	// Every kind and the hang-up, 5 times, less the 5 sent to the proxy whose
	// upstream is down; a response aborted by a panic is counted too.
	if n, want := p.metrics.total(), uint64(5*(len(kinds)+1))-5; n != want {
		t.Errorf("%d requests counted by the proxy with an upstream, want %d", n, want)
	}
}

// proxyProcess is piiproxy running as a child process (the test binary
// through TestMain), with the addresses it logged.
type proxyProcess struct {
	cmd             *exec.Cmd
	addr, adminAddr string
	exited          chan error
}

func startProxyProcess(t *testing.T, args ...string) *proxyProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-listen", "127.0.0.1:0", "-admin-listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pp := &proxyProcess{cmd: cmd, exited: make(chan error, 1)}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	lines := bufio.NewScanner(stderr)
	for pp.addr == "" || pp.adminAddr == "" {
		if !lines.Scan() {
			t.Fatalf("piiproxy exited before listening: %v", lines.Err())
		}
		var rec struct {
			Msg, Addr string
			Admin     bool
		}
		if json.Unmarshal(lines.Bytes(), &rec) == nil && rec.Msg == "listening" {
			if rec.Admin {
				pp.adminAddr = rec.Addr
			} else {
				pp.addr = rec.Addr
			}
		}
	}
	go func() {
		for lines.Scan() { // keep the pipe drained; the log is not asserted here
		}
		pp.exited <- cmd.Wait()
	}()
	return pp
}

// TestSIGTERMDrain signals a real piiproxy process while two requests are
// in flight: one that finishes within -shutdown-timeout and a stream that
// would not, and a third waits for admission behind them. The first and the
// waiting one must complete, the stream be cut at the deadline; meanwhile
// the user port refuses new connections and the admin port says not ready.
func TestSIGTERMDrain(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on windows")
	}
	arrived := make(chan string, 2)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v2/health/ready":
			return
		case "/waited":
			io.WriteString(w, "waited")
		case "/finishes":
			arrived <- r.URL.Path
			time.Sleep(500 * time.Millisecond)
			io.WriteString(w, "finished")
		case "/endless":
			w.Header().Set("Content-Type", "text/event-stream")
			arrived <- r.URL.Path
			for i := 0; ; i++ {
				fmt.Fprintf(w, "data: %d\n\n", i)
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		}
	}))
	defer up.Close()
	const deadline = 1500 * time.Millisecond
	pp := startProxyProcess(t, "-upstream", up.URL, "-shutdown-timeout", deadline.String(), "-max-in-flight", "2")

	getStatus := func(addr, path string) (int, error) {
		res, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, err
		}
		res.Body.Close()
		return res.StatusCode, nil
	}
	if code, err := getStatus(pp.adminAddr, "/readyz"); code != 200 {
		t.Fatalf("readyz before SIGTERM: %d %v", code, err)
	}

	type result struct {
		status int
		body   string
		err    string
	}
	fetch := func(path string, out chan<- result) {
		res, err := http.Get("http://" + pp.addr + path)
		if err != nil {
			out <- result{err: err.Error()}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		r := result{status: res.StatusCode, body: string(b)}
		if err != nil {
			r.err = "cut"
		}
		out <- r
	}
	finishes, endless, waited := make(chan result, 1), make(chan result, 1), make(chan result, 1)
	go fetch("/finishes", finishes)
	go fetch("/endless", endless)
	<-arrived
	<-arrived
	go fetch("/waited", waited)
	waitFor(t, "a request waiting for admission", func() bool {
		res, err := http.Get("http://" + pp.adminAddr + "/metrics")
		if err != nil {
			return false
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return strings.Contains(string(b), "\npiiproxy_waiting_connections 1\n")
	})

	signalled := time.Now()
	if err := pp.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Draining is visible on the admin port, and the user port stops
	// accepting, while both requests are still in flight.
	waitFor(t, "admin /readyz 503 while draining", func() bool {
		code, _ := getStatus(pp.adminAddr, "/readyz")
		return code == http.StatusServiceUnavailable
	})
	waitFor(t, "user port refusing connections", func() bool {
		c, err := net.DialTimeout("tcp", pp.addr, time.Second)
		if err == nil {
			c.Close()
		}
		return errors.Is(err, syscall.ECONNREFUSED)
	})

	if diff := cmp.Diff(result{status: 200, body: "finished"}, <-finishes, cmp.AllowUnexported(result{})); diff != "" {
		t.Errorf("in-flight request: -want +got:\n%s", diff)
	}
	if diff := cmp.Diff(result{status: 200, body: "waited"}, <-waited, cmp.AllowUnexported(result{})); diff != "" {
		t.Errorf("request waiting for admission at SIGTERM: -want +got:\n%s", diff)
	}
	got := <-endless
	cutAfter := time.Since(signalled)
	if got.status != 200 || got.err != "cut" || !strings.HasPrefix(got.body, "data: 0\n\n") {
		t.Errorf("stream longer than the deadline: got %+v, want 200, cut after some events", got)
	}
	if cutAfter < deadline || cutAfter > deadline+2*time.Second {
		t.Errorf("stream cut %v after SIGTERM, want at the %v deadline", cutAfter, deadline)
	}
	select {
	case <-pp.exited:
	case <-time.After(5 * time.Second):
		t.Fatal("piiproxy still running 5 s after the drain deadline")
	}
}

// waitFor polls cond for up to 5 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for stop := time.Now().Add(5 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(stop) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}
