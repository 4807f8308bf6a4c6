package scrub

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// restoreString runs body through a Restorer in one piece.
func restoreString(t *testing.T, s *Session, body string, escapeJSON bool) string {
	t.Helper()
	out, err := io.ReadAll(NewRestorer(io.NopCloser(strings.NewReader(body)), s, escapeJSON))
	if err != nil {
		t.Fatalf("restoring %q: %v", body, err)
	}
	return string(out)
}

// chunks is a source that returns one chunk per Read, the way a streamed
// response arrives.
type chunks struct {
	parts  []string
	closed bool
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	if c.parts[0] = c.parts[0][n:]; c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

func (c *chunks) Close() error { c.closed = true; return nil }

func TestRestorer(t *testing.T) {
	type args struct {
		prompt     string   // scrubbed into the session first
		response   []string // the upstream's reads
		escapeJSON bool
	}
	cases := []struct {
		reason string
		args   args
		want   string
	}{
		{
			reason: "placeholders in plain text",
			args:   args{prompt: "jo@ex.com +44 20 7946 0958", response: []string{"Hi <EMAIL_1>, I will call <PHONE_1>."}},
			want:   "Hi jo@ex.com, I will call +44 20 7946 0958.",
		},
		{
			reason: "a placeholder split across reads",
			args:   args{prompt: "jo@ex.com", response: []string{"Hi <EM", "AI", "L_", "1", "> bye"}},
			want:   "Hi jo@ex.com bye",
		},
		{
			reason: "placeholders the session did not issue pass unchanged",
			args:   args{prompt: "jo@ex.com", response: []string{"<EMAIL_2> <PHONE_1> <EMAIL_01> <email_1> <EMAIL_1"}},
			want:   "<EMAIL_2> <PHONE_1> <EMAIL_01> <email_1> <EMAIL_1",
		},
		{
			reason: "a user-typed placeholder stays as typed",
			args:   args{prompt: "I wrote <EMAIL_1>, mine is jo@ex.com", response: []string{"<EMAIL_1> vs <EMAIL_2>"}},
			want:   "<EMAIL_1> vs jo@ex.com",
		},
		{
			reason: "JSON: originals are escaped, HTML-escaped placeholders are found",
			args: args{prompt: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY----- and \"q\"@ex.com",
				response: []string{`{"a":"<SECRET_1>","b":"\u003cSECRET_1\u003E"}`}, escapeJSON: true},
			want: `{"a":"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----","b":"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----"}`,
		},
		{
			reason: "JSON: an escaped backslash before u003c is text, not an escape",
			args:   args{prompt: "jo@ex.com", response: []string{`"\\u003cEMAIL_1\u003e", "\\`, `\u003cEMAIL_1>"`}, escapeJSON: true},
			want:   `"\\u003cEMAIL_1\u003e", "\\jo@ex.com"`,
		},
		{
			reason: "JSON: escape split across reads",
			args:   args{prompt: "jo@ex.com", response: []string{`data: {"d":"\`, `u00`, `3cEMAIL_1\u00`, `3e"}` + "\n\n"}, escapeJSON: true},
			want:   `data: {"d":"jo@ex.com"}` + "\n\n",
		},
		{
			reason: "plain text mode leaves JSON escapes alone",
			args:   args{prompt: "jo@ex.com", response: []string{`\u003cEMAIL_1\u003e <EMAIL_1>`}},
			want:   `\u003cEMAIL_1\u003e jo@ex.com`,
		},
		{
			reason: "a national id placeholder cut after NA, which also starts NAME",
			args:   args{prompt: "PESEL 44051401359, Name: Jan Kowalski", response: []string{"ID <NA", "TIONAL_I", "D_1> of <NAME_1>"}},
			want:   "ID 44051401359 of Jan Kowalski",
		},
		{
			reason: "JSON: an HTML-escaped national id placeholder",
			args:   args{prompt: "CPF 123.456.789-09", response: []string{`{"t":"\u003cNATIONAL_ID_1\u003e"}`}, escapeJSON: true},
			want:   `{"t":"123.456.789-09"}`,
		},
		{
			reason: "stream ends inside a would-be placeholder",
			args:   args{prompt: "jo@ex.com", response: []string{"end <EMAIL_"}},
			want:   "end <EMAIL_",
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			s := NewSession()
			TextIn(s, tc.args.prompt)
			for _, wrap := range []struct {
				name string
				r    func(io.Reader) io.Reader
			}{{"chunks", func(r io.Reader) io.Reader { return r }}, {"one byte", iotest.OneByteReader}} {
				src := &chunks{parts: append([]string(nil), tc.args.response...)}
				rc := NewRestorer(struct {
					io.Reader
					io.Closer
				}{wrap.r(src), src}, s, tc.args.escapeJSON)
				got, err := io.ReadAll(rc)
				if err != nil {
					t.Fatalf("%s: %v", wrap.name, err)
				}
				if diff := cmp.Diff(tc.want, string(got)); diff != "" {
					t.Errorf("%s reads: -want +got:\n%s", wrap.name, diff)
				}
				if err := rc.Close(); err != nil || !src.closed {
					t.Errorf("%s: Close did not reach the source (%v)", wrap.name, err)
				}
			}
		})
	}
}

// TestRestorerStreams checks that bytes before a possible placeholder are
// passed on before the rest of the stream exists.
func TestRestorerStreams(t *testing.T) {
	s := NewSession()
	TextIn(s, "jo@ex.com")
	pr, pw := io.Pipe()
	rc := NewRestorer(pr, s, true)
	go func() {
		pw.Write([]byte("data: hello <EMA"))
		pw.Write([]byte("IL_1>\n\n"))
		pw.CloseWithError(errBoom)
	}()
	buf := make([]byte, 64)
	var got []string
	for {
		n, err := rc.Read(buf)
		if n > 0 {
			got = append(got, string(buf[:n]))
		}
		if err != nil {
			if !errors.Is(err, errBoom) {
				t.Fatalf("error %v, want the source's", err)
			}
			break
		}
	}
	want := []string{"data: hello ", "jo@ex.com\n\n"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reads: -want +got:\n%s", diff)
	}
}

var errBoom = errors.New("boom")

func TestRestorerWithoutPlaceholdersIsTheBody(t *testing.T) {
	body := io.NopCloser(bytes.NewReader(nil))
	if got := NewRestorer(body, NewSession(), true); got != body {
		t.Errorf("NewRestorer on an empty session wrapped the body: %T", got)
	}
}
