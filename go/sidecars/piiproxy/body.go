package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// scrubBody caps the request body and, for JSON bodies on a path with a
// known prompt protocol, replaces it with its scrubbed version. Other bodies
// are streamed to the upstream unread (still capped). On failure it returns
// the status to answer with; the request must then not be forwarded.
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

	proto := scrub.ProtocolFor(r.URL.Path)
	if proto == scrub.None || !isJSON(r.Header.Get("Content-Type")) {
		return 0, nil
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
	out, counts, err := scrub.Body(proto, body)
	if err != nil {
		return http.StatusBadRequest, fmt.Errorf("%s request: %w", proto, err)
	}
	p.metrics.addMasked(counts)
	rt.scrubbed, rt.masked = true, counts.Total()
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

// isJSON accepts application/json and any application/*+json type.
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}
