package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// scrubBody caps the request body and, on a path with a known prompt
// protocol, replaces a JSON body with its scrubbed version. It fails closed:
// a body on a prompt path that cannot be scanned (another Content-Type, a
// compressed or malformed body) is refused, never forwarded unscanned,
// unless its media type is listed in -pass-unscanned-content-types. Bodies
// on other paths are streamed to the upstream unread (still capped). On
// failure it returns the status to answer with; the request must then not
// be forwarded.
func (p *proxy) scrubBody(w http.ResponseWriter, r *http.Request, rt *route) (int, error) {
	if r.ContentLength > p.cfg.MaxBodyBytes {
		w.Header().Set("Connection", "close") // do not read the rest
		return http.StatusRequestEntityTooLarge, errTooLarge
	}
	if r.Body == nil || r.Body == http.NoBody {
		return 0, nil
	}
	// w, not a wrapper: MaxBytesReader tells the server to close the
	// connection through the real ResponseWriter.
	r.Body = http.MaxBytesReader(w, r.Body, p.cfg.MaxBodyBytes)

	if rt.protocol == scrub.None {
		return 0, nil
	}
	if ct := r.Header.Get("Content-Type"); !isJSON(ct) {
		if mediaTypeIn(ct, p.passUnscanned) {
			return 0, nil
		}
		return http.StatusUnsupportedMediaType, fmt.Errorf(
			"Content-Type %q cannot be scanned for personal data on this path; send the %s request as application/json", ct, rt.protocol)
	}
	if enc := r.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return http.StatusUnsupportedMediaType, fmt.Errorf("Content-Encoding %q cannot be scrubbed; send the body uncompressed", enc)
	}
	body, err := readBody(r)
	if err != nil {
		if errors.As(err, new(*http.MaxBytesError)) {
			return http.StatusRequestEntityTooLarge, errTooLarge
		}
		return http.StatusBadRequest, fmt.Errorf("reading request body: %w", err)
	}
	session := scrub.NewSessionMasking(p.maskKinds)
	out, err := scrub.BodyIn(session, rt.protocol, body)
	if err != nil {
		return http.StatusBadRequest, fmt.Errorf("%s request: %w", rt.protocol, err)
	}
	counts := session.Counts()
	p.metrics.addMasked(counts)
	rt.session, rt.masked = session, counts.Total()
	r.Body = io.NopCloser(bytes.NewReader(out))
	r.ContentLength = int64(len(out))
	// GetBody lets the transport replay the body when a pooled upstream
	// connection turns out to be closed before anything was written.
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(out)), nil }
	return 0, nil
}

var errTooLarge = errors.New("request body too large")

// readBody reads the whole (capped) body, sized by Content-Length when the
// client sent one.
func readBody(r *http.Request) ([]byte, error) {
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r.Body)
	return buf.Bytes(), err
}
