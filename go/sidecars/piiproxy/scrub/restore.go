package scrub

import "io"

// NewRestorer wraps a response body and replaces this session's placeholders
// with the originals as bytes stream through. Only a possible placeholder cut
// by the end of a read (at most "\u003cDATE_OF_BIRTH_123456789\u003e", 35
// bytes) is held back until the next read decides it; everything else is
// passed on at once, so SSE and NDJSON streams keep flowing event by event.
//
// With escapeJSON (JSON, SSE and NDJSON bodies), originals are written
// JSON-string-escaped, and placeholders written by a JSON encoder that
// escapes HTML ("\u003cEMAIL_1\u003e") are found too. Placeholders the
// session did not issue (a user's own "<EMAIL_1>", or one the model made up)
// pass through unchanged.
//
// A placeholder the model streamed in pieces, one token per SSE event, is
// not a placeholder in the bytes: NewStreamRestorer handles those streams.
func NewRestorer(body io.ReadCloser, s *Session, escapeJSON bool) io.ReadCloser {
	if s.Len() == 0 {
		return body // nothing was masked, nothing to restore
	}
	return &restorer{src: body, s: s, escapeJSON: escapeJSON}
}

type restorer struct {
	src        io.ReadCloser
	s          *Session
	escapeJSON bool
	out        []byte // restored bytes not yet returned
	held       []byte // the start of a possible placeholder, waiting for more input
	buf        []byte // read buffer while something is held
	err        error  // the source's error, returned once out is empty
}

func (r *restorer) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err // process flushed everything when the error came
		}
		if len(r.held) == 0 {
			// Fast path: read straight into p and hand back the bytes
			// before the first possible placeholder without copying.
			n, err := r.src.Read(p)
			r.err = err
			k := r.nextCandidate(p[:n], 0)
			if k == n {
				if n == 0 {
					continue
				}
				return n, nil
			}
			r.process(p[k:n], r.err != nil)
			if k > 0 {
				return k, nil
			}
			continue
		}
		if r.buf == nil {
			r.buf = make([]byte, max(len(p), 512))
		}
		n, err := r.src.Read(r.buf)
		r.err = err
		data := append(r.held, r.buf[:n]...)
		r.held = nil
		r.process(data, r.err != nil)
	}
	n := copy(p, r.out)
	if r.out = r.out[n:]; len(r.out) == 0 {
		r.out = r.out[:0] // reuse the buffer
	}
	return n, nil
}

func (r *restorer) Close() error { return r.src.Close() }

// nextCandidate returns the index of the next byte at or after i that may
// start a placeholder, or len(b).
func (r *restorer) nextCandidate(b []byte, i int) int {
	for ; i < len(b); i++ {
		if b[i] == '<' || (r.escapeJSON && b[i] == '\\') {
			return i
		}
	}
	return i
}

// process appends b to out with this session's placeholders restored, and
// holds back a possible placeholder at its end unless eof says no more
// input follows.
func (r *restorer) process(b []byte, eof bool) {
	for i := 0; i < len(b); {
		k := r.nextCandidate(b, i)
		r.out = append(r.out, b[i:k]...)
		if k == len(b) {
			return
		}
		if b[k] == '\\' && k+1 < len(b) && b[k+1] != 'u' {
			// A JSON escape such as "\\" or "\n": skipping it whole
			// keeps "\\u003c" (a backslash, then text) from reading as "<".
			r.out = append(r.out, b[k:k+2]...)
			i = k + 2
			continue
		}
		kind, n, size, m := matchPlaceholder(b, k, r.escapeJSON)
		switch m {
		case partialPlaceholder:
			if !eof {
				r.held = append(r.held[:0], b[k:]...)
				return
			}
			r.out = append(r.out, b[k:]...)
			return
		case fullPlaceholder:
			if orig, ok := r.s.original(kind, n); ok {
				r.out = r.appendOriginal(r.out, orig)
			} else {
				r.out = append(r.out, b[k:k+size]...)
			}
			i = k + size
		default:
			r.out = append(r.out, b[k])
			i = k + 1
		}
	}
}

func (r *restorer) appendOriginal(out []byte, orig string) []byte {
	if !r.escapeJSON {
		return append(out, orig...)
	}
	q := quote(orig)
	return append(out, q[1:len(q)-1]...)
}
