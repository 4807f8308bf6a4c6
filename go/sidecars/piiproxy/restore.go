package main

import (
	"mime"
	"net/http"
	"strings"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// restores says whether rt's response gets its placeholders replaced by the
// originals: only with -restore-placeholders, and only when the request body
// was scrubbed and something in it was masked.
func (p *proxy) restores(rt *route) bool {
	return p.cfg.RestorePlaceholders && rt.session != nil && rt.session.Len() > 0
}

// restoreResponse wraps a textual, uncompressed response body so that the
// caller reads its own values where the upstream wrote placeholders. The
// restorer streams (it holds back at most a placeholder cut by a read), so
// SSE and NDJSON events still reach the client as they arrive. The length
// changes, so Content-Length is dropped and the response is sent chunked.
func restoreResponse(res *http.Response, s *scrub.Session) {
	if enc := res.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return // an upstream that compressed anyway: nothing readable to restore
	}
	escapeJSON, textual := restorable(res.Header.Get("Content-Type"))
	if !textual {
		return
	}
	res.Body = scrub.NewRestorer(res.Body, s, escapeJSON)
	res.ContentLength = -1
	res.Header.Del("Content-Length")
}

// restorable classifies a response media type: JSON, SSE and NDJSON carry
// text inside JSON strings, where an original must be written escaped;
// other text/* is restored verbatim; anything else (binary) is left alone.
func restorable(contentType string) (escapeJSON, textual bool) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false, false
	}
	switch {
	case isJSON(contentType), mt == "text/event-stream", mt == "application/x-ndjson", mt == "application/ndjson", mt == "application/jsonl":
		return true, true
	case strings.HasPrefix(mt, "text/"):
		return false, true
	}
	return false, false
}
