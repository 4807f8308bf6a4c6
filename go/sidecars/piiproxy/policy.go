package main

import (
	"fmt"
	"mime"
	"path"
	"strings"
)

// pathAllowed says whether a request path may be proxied under the
// -allow-paths prefixes (none: every path may). Both the path as sent and
// its cleaned form must match, so "/v1/models/../../admin" cannot reach an
// upstream that resolves dot segments, whichever way the upstream reads it.
func pathAllowed(prefixes []string, p string) bool {
	if len(prefixes) == 0 {
		return true
	}
	cleaned := path.Clean("/" + p)
	if strings.HasSuffix(p, "/") && cleaned != "/" {
		cleaned += "/" // Clean drops it, but "/v2/" must still match "/v2/"
	}
	return hasAnyPrefix(p, prefixes) && hasAnyPrefix(cleaned, prefixes)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, prefix := range prefixes {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// mediaRange is "type/subtype", "type/*" or "*/*", lower case.
type mediaRange struct{ typ, sub string }

func parseMediaRange(s string) (mediaRange, error) {
	typ, sub, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "/")
	if !ok || typ == "" || sub == "" || strings.ContainsAny(typ+sub, "/; ") || (typ == "*" && sub != "*") {
		return mediaRange{}, fmt.Errorf("%q is not a media type (type/subtype or type/*)", s)
	}
	return mediaRange{typ, sub}, nil
}

// mediaTypeIn says whether a Content-Type header value falls in one of the
// ranges. A missing or unparsable Content-Type matches none: the proxy
// cannot know what such a body holds.
func mediaTypeIn(contentType string, ranges []mediaRange) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	typ, sub, _ := strings.Cut(mt, "/")
	for _, r := range ranges {
		if (r.typ == "*" || r.typ == typ) && (r.sub == "*" || r.sub == sub) {
			return true
		}
	}
	return false
}

// isJSON accepts application/json and any application/*+json type.
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}
