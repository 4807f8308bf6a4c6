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
// caller reads its own values where the upstream wrote placeholders. Both
// restorers stream (they hold back at most a placeholder cut by a read, or
// one line), so SSE and NDJSON events still reach the client as they
// arrive. An SSE or NDJSON answer of a chat or completion protocol is
// restored event by event, joining placeholders the model wrote as several
// tokens; anything else byte by byte. The length changes, so Content-Length
// is dropped and the response is sent chunked.
func restoreResponse(res *http.Response, s *scrub.Session, p scrub.Protocol) {
	if enc := res.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return // an upstream that compressed anyway: nothing readable to restore
	}
	switch f := responseFormatOf(res.Header.Get("Content-Type")); {
	case f == binary:
		return
	case (f == sse || f == ndjson) && streamsText(p):
		res.Body = scrub.NewStreamRestorer(res.Body, s, p, f == sse)
	default:
		res.Body = scrub.NewRestorer(res.Body, s, f != plainText)
	}
	res.ContentLength = -1
	res.Header.Del("Content-Length")
}

// streamsText says whether p's answers may stream text a few tokens per
// event (a KServe answer is one JSON document).
func streamsText(p scrub.Protocol) bool {
	switch p {
	case scrub.OpenAIChat, scrub.OpenAICompletions, scrub.OllamaChat, scrub.OllamaGenerate,
		scrub.OpenAIResponses, scrub.AnthropicMessages:
		return true
	}
	return false
}

// responseFormat is what a response media type says about restoring it:
// JSON, SSE and NDJSON carry text inside JSON strings, where an original
// must be written escaped; other text/* is restored verbatim; anything else
// (binary) is left alone.
type responseFormat int

const (
	binary responseFormat = iota
	plainText
	jsonDocument
	sse
	ndjson
)

func responseFormatOf(contentType string) responseFormat {
	mt, _, err := mime.ParseMediaType(contentType)
	switch {
	case err != nil:
		return binary
	case mt == "text/event-stream":
		return sse
	case mt == "application/x-ndjson", mt == "application/ndjson", mt == "application/jsonl":
		return ndjson
	case isJSON(contentType):
		return jsonDocument
	case strings.HasPrefix(mt, "text/"):
		return plainText
	}
	return binary
}
