package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// syncBuffer lets the proxy's handler goroutines log while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestLogsCarryNoPII logs every request (debug) and checks that personal
// data in the body, the query string or the path never reaches the log.
func TestLogsCarryNoPII(t *testing.T) {
	up, _ := recordingUpstream(t)
	var logs syncBuffer
	cfg := defaultConfig()
	cfg.Upstream = up.URL
	p, err := newProxy(cfg, slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p.mainHandler(true))
	defer srv.Close()

	const email = "jane.doe@example.com"
	for _, req := range []struct{ method, path, contentType, body string }{
		{"POST", "/v1/models/rag:predict?user=" + email, "application/json", `{"instances":[{"question":"I am ` + email + `"}]}`},
		{"POST", "/v1/chat/completions", "application/json", `{"messages":[{"content":"` + email}, // malformed: 400 quotes nothing
		{"GET", "/users/" + email + "/history", "", ""},
	} {
		do(t, newRequest(t, req.method, srv.URL+req.path, req.contentType, req.body))
	}

	// The client may have its response before the handler returns and logs.
	waitFor(t, "three request log lines", func() bool { return strings.Count(logs.String(), `"msg":"request"`) == 3 })
	out := logs.String()
	if strings.Contains(out, email) || strings.Contains(out, "user=") {
		t.Errorf("the log carries personal data:\n%s", out)
	}
	var paths []string
	for line := range strings.Lines(out) {
		var rec struct{ Msg, Path string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		if rec.Msg == "request" {
			paths = append(paths, rec.Path)
		}
	}
	want := []string{"/v1/models/rag:predict", "/v1/chat/completions", "/users/<EMAIL_1>/history"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("logged paths %q, want %q", paths, want)
	}
}
