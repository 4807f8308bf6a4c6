package main

import (
	"bufio"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// echoUpstream answers every request with its own body, as the Content-Type
// (and Content-Encoding) the test asks for in X-Answer-Type (-Encoding), so
// the placeholders it received come back in the response.
func echoUpstream(t *testing.T) (*httptest.Server, <-chan seen) {
	t.Helper()
	ch := make(chan seen, 10)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		ch <- seen{Body: string(b), Masked: r.Header.Get("X-PII-Masked"), ContentType: r.Header.Get("Accept-Encoding")}
		w.Header().Set("Content-Type", r.Header.Get("X-Answer-Type"))
		if r.Header.Get("X-Answer-Encoding") == "gzip" {
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(b)
			zw.Close()
			return
		}
		w.Write(b)
	}))
	t.Cleanup(up.Close)
	return up, ch
}

func TestRestorePlaceholders(t *testing.T) {
	const prompt = `{"messages":[{"role":"user","content":"mail jo@ex.com or Jo@Ex.com, not <EMAIL_1>"}]}`
	const masked = `{"messages":[{"role":"user","content":"mail <EMAIL_2> or <EMAIL_2>, not <EMAIL_1>"}]}`
	type args struct {
		restore                    bool
		path, answerType, encoding string
	}
	type want struct {
		body          string // as the client reads it (decompressed when gzip)
		contentLength int64  // -1: chunked
		upstreamSaw   string
	}
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "off by default: the caller sees placeholders",
			args:   args{path: "/v1/chat/completions", answerType: "application/json"},
			want:   want{masked, int64(len(masked)), masked},
		},
		{
			reason: "JSON answer restored; the user's own <EMAIL_1> stays as typed",
			args:   args{restore: true, path: "/v1/chat/completions", answerType: "application/json"},
			want:   want{`{"messages":[{"role":"user","content":"mail jo@ex.com or jo@ex.com, not <EMAIL_1>"}]}`, -1, masked},
		},
		{
			reason: "plain text restored too",
			args:   args{restore: true, path: "/v1/chat/completions", answerType: "text/plain; charset=utf-8"},
			want:   want{`{"messages":[{"role":"user","content":"mail jo@ex.com or jo@ex.com, not <EMAIL_1>"}]}`, -1, masked},
		},
		{
			reason: "binary answers are left alone",
			args:   args{restore: true, path: "/v1/chat/completions", answerType: "application/octet-stream"},
			want:   want{masked, int64(len(masked)), masked},
		},
		{
			reason: "an answer compressed anyway is left alone",
			args:   args{restore: true, path: "/v1/chat/completions", answerType: "application/json", encoding: "gzip"},
			want:   want{masked, -1, masked},
		},
		{
			reason: "a body that was not scrubbed is not touched",
			args:   args{restore: true, path: "/echo", answerType: "application/json"},
			want:   want{prompt, int64(len(prompt)), prompt},
		},
	}
	up, ch := echoUpstream(t)
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			_, srv := startProxy(t, up.URL, func(c *Config) { c.RestorePlaceholders = tc.args.restore })
			req := newRequest(t, "POST", srv.URL+tc.args.path, "application/json", prompt)
			req.Header.Set("X-Answer-Type", tc.args.answerType)
			req.Header.Set("X-Answer-Encoding", tc.args.encoding)
			res, err := http.DefaultClient.Do(req) // decompresses gzip transparently
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			up := <-ch
			got := want{string(b), res.ContentLength, up.Body}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}

	t.Run("restoring asks the upstream for an uncompressed answer", func(t *testing.T) {
		_, srv := startProxy(t, up.URL, func(c *Config) { c.RestorePlaceholders = true })
		req := newRequest(t, "POST", srv.URL+"/v1/chat/completions", "application/json", prompt)
		req.Header.Set("Accept-Encoding", "gzip")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := (<-ch).ContentType; got != "" { // echoUpstream records Accept-Encoding there
			t.Errorf("upstream saw Accept-Encoding %q, want none", got)
		}
	})
}

// TestRestoreStreamsSSE proves restoring keeps a stream flowing: the
// upstream sends its last event only after the client has read the first,
// restored.
func TestRestoreStreamsSSE(t *testing.T) {
	gotFirst := make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, `data: {"delta":"I will write to <EMAIL_1>"}`+"\n\n")
		w.(http.Flusher).Flush()
		select {
		case <-gotFirst:
		case <-time.After(5 * time.Second):
			return // the client side fails
		}
		io.WriteString(w, "data: [DONE]\n\n")
	}))
	defer up.Close()
	_, srv := startProxy(t, up.URL, func(c *Config) { c.RestorePlaceholders = true })

	req := newRequest(t, "POST", srv.URL+"/v1/chat/completions", "application/json", `{"stream":true,"messages":[{"role":"user","content":"mail \"Jo\" <jo@ex.com>"}]}`)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	r := bufio.NewReader(res.Body)
	var events []string
	for range 2 {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("after %q: %v", events, err)
		}
		if _, err := r.ReadString('\n'); err != nil {
			t.Fatal(err)
		}
		events = append(events, strings.TrimSuffix(line, "\n"))
		if len(events) == 1 {
			close(gotFirst)
		}
	}
	if diff := cmp.Diff([]string{`data: {"delta":"I will write to jo@ex.com"}`, "data: [DONE]"}, events); diff != "" {
		t.Errorf("events: -want +got:\n%s", diff)
	}
}

// TestRestoreJoinsTokensOfAStream: an LLM streams a placeholder as several
// tokens, one SSE event each; the client still reads its own value, in the
// event that carried the placeholder's last token.
func TestRestoreJoinsTokensOfAStream(t *testing.T) {
	event := func(content string) string {
		return `data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"` + content + `"},"finish_reason":null}]}` + "\n\n"
	}
	const end = `data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}` + "\n\ndata: [DONE]\n\n"
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for _, token := range []string{"I will write to ", "<", "EMAIL", "_1", ">", "."} {
			io.WriteString(w, event(token))
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, end)
	}))
	defer up.Close()
	_, srv := startProxy(t, up.URL, func(c *Config) { c.RestorePlaceholders = true })

	req := newRequest(t, "POST", srv.URL+"/v1/chat/completions", "application/json", `{"stream":true,"messages":[{"role":"user","content":"mail jo@ex.com"}]}`)
	got, _ := do(t, req)
	want := event("I will write to ") + event("") + event("") + event("") + event("jo@ex.com") + event(".") + end
	if diff := cmp.Diff(want, got.Body); diff != "" {
		t.Errorf("restored stream: -want +got:\n%s", diff)
	}
}
