package scrub

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"strconv"
)

// maxStreamLine bounds the bytes held while waiting for the end of one SSE
// or NDJSON line. A stream with longer lines is not an event stream of the
// kind this restorer knows; the rest of it gets the byte-level restorer.
const maxStreamLine = 1 << 20

// NewStreamRestorer restores placeholders in a streamed answer of protocol p:
// SSE (sse) or NDJSON lines whose JSON carries the answer a few tokens at a
// time, e.g. choices[].delta.content of an OpenAI chat stream or
// message.content of an Ollama chat stream. An LLM writes "<EMAIL_1>" as
// several tokens, so the placeholder is cut across events and no single
// event holds it; NewRestorer would pass it on as it came.
//
// Here the text of each event is restored with what came before it: a
// possible placeholder at the end of an event's text is held back (that
// event goes out without it) and joined to the next event's text, where it
// goes out as the original if it completed, or as it was if it did not.
// Text still held when its choice finishes without more text (an event with
// a finish reason), at "[DONE]" or at the end of the stream is sent first,
// in a copy of the last event that carried text. Each line goes out
// as soon as it is read, so the stream keeps flowing; a placeholder's tokens
// arrive together, with the last of them.
//
// Complete placeholders anywhere else in a line (tool-call arguments, say)
// are restored too, as NewRestorer would.
func NewStreamRestorer(body io.ReadCloser, s *Session, p Protocol, sse bool) io.ReadCloser {
	if s.Len() == 0 {
		return body
	}
	return &streamRestorer{src: body, s: s, p: p, sse: sse, texts: map[string]*heldText{}}
}

type streamRestorer struct {
	src io.ReadCloser
	s   *Session
	p   Protocol
	sse bool
	in  []byte // read, not yet a whole line
	buf []byte
	out []byte // restored lines not yet returned
	err error  // the source's error, returned once out is empty
	// fields are the SSE field lines (event:, id:, retry:) of the event
	// being read, held until its data line so that text released from an
	// earlier event goes out before them, not inside this event.
	fields   []byte
	texts    map[string]*heldText
	order    []string      // keys of texts in first-seen order, for a stable release order
	fallback io.ReadCloser // set once a line outgrew maxStreamLine
}

// heldText is the state of one streamed text (one per choice).
type heldText struct {
	key string
	r   restorer // on decoded text: its held is the start of a possible placeholder
	// last is the latest line that carried this text (after prefix): a copy
	// of it, under that event's field lines, carries held text out when no
	// next event will.
	fields, prefix, last []byte
}

func (r *streamRestorer) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.fallback != nil {
			return r.fallback.Read(p)
		}
		if r.err != nil {
			return 0, r.err
		}
		r.fill()
	}
	n := copy(p, r.out)
	if r.out = r.out[n:]; len(r.out) == 0 {
		r.out = r.out[:0]
	}
	return n, nil
}

func (r *streamRestorer) Close() error { return r.src.Close() }

// fill reads once from the source and restores every line it completed.
func (r *streamRestorer) fill() {
	if r.buf == nil {
		r.buf = make([]byte, 4096)
	}
	n, err := r.src.Read(r.buf)
	start, from := 0, len(r.in) // r.in had no newline before from
	r.in = append(r.in, r.buf[:n]...)
	for {
		i := bytes.IndexByte(r.in[from:], '\n')
		if i < 0 {
			break
		}
		r.line(r.in[start : from+i+1])
		start, from = from+i+1, from+i+1
	}
	if start > 0 {
		r.in = append(r.in[:0], r.in[start:]...)
	}
	switch {
	case err != nil:
		if len(r.in) > 0 {
			r.line(r.in)
		}
		r.releaseAll()
		r.appendRestored(r.takeFields(nil))
		r.err = err
	case len(r.in) > maxStreamLine:
		r.releaseAll()
		r.appendRestored(r.takeFields(nil))
		rest := &readCloser{io.MultiReader(bytes.NewReader(bytes.Clone(r.in)), r.src), r.src}
		r.fallback = NewRestorer(rest, r.s, true)
	}
}

type readCloser struct {
	io.Reader
	io.Closer
}

// line restores one line (with its line ending, if any) into out.
func (r *streamRestorer) line(line []byte) {
	body, ending := cutLineEnding(line)
	prefix, payload := r.payload(body)
	if r.sse && payload == nil && len(body) > 0 && body[0] != ':' {
		r.fields = append(r.fields, line...) // event:, id: or retry:
		if len(r.fields) > maxStreamLine {
			r.appendRestored(r.takeFields(nil)) // no event holds that many: pass them on
		}
		return
	}
	if payload == nil || !json.Valid(payload) || bytes.TrimSpace(payload)[0] != '{' {
		if payload != nil {
			r.releaseAll() // "[DONE]" or another data line without an event in it
		}
		r.appendRestored(r.takeFields(line))
		return
	}
	d := &doc{src: payload}
	for _, t := range streamedTexts(d, d.root(), r.p) {
		h := r.held(t.key)
		if !t.hasText {
			if t.final {
				r.release(h) // before this line: the choice ends here
			}
			continue
		}
		text := d.str(t.v)
		data := append(h.r.held, text...)
		h.r.held = nil
		h.r.process(data, t.final)
		if restored := string(h.r.out); restored != text {
			d.edits = append(d.edits, edit{t.v, quote(restored)})
		}
		h.r.out = h.r.out[:0]
		if len(h.r.held) > 0 {
			h.fields, h.prefix, h.last = bytes.Clone(r.fields), bytes.Clone(prefix), bytes.Clone(payload)
		}
	}
	r.appendRestored(r.takeFields(append(append(append([]byte(nil), prefix...), d.output()...), ending...)))
}

// takeFields returns the held field lines of the current SSE event followed
// by line, and clears them.
func (r *streamRestorer) takeFields(line []byte) []byte {
	if len(r.fields) == 0 {
		return line
	}
	out := append(r.fields, line...)
	r.fields = nil
	return out
}

// payload splits a line into the part before its JSON and the JSON: an SSE
// data field, or an NDJSON line. Other SSE lines (event:, id:, comments and
// the blank line that ends an event) have no payload.
func (r *streamRestorer) payload(body []byte) (prefix, payload []byte) {
	if !r.sse {
		if len(bytes.TrimSpace(body)) == 0 {
			return body, nil
		}
		return nil, body
	}
	rest, ok := bytes.CutPrefix(body, []byte("data:"))
	if !ok {
		return body, nil
	}
	rest = bytes.TrimPrefix(rest, []byte(" "))
	return body[:len(body)-len(rest)], rest
}

func (r *streamRestorer) held(key string) *heldText {
	h, ok := r.texts[key]
	if !ok {
		h = &heldText{key: key, r: restorer{s: r.s}}
		r.texts[key] = h
		r.order = append(r.order, key)
	}
	return h
}

func (r *streamRestorer) releaseAll() {
	for _, key := range r.order {
		r.release(r.texts[key])
	}
}

// release sends h's held text as it is, in a copy of the last line that
// carried h's text (other choices' texts emptied): no further input can
// complete it.
func (r *streamRestorer) release(h *heldText) {
	if len(h.r.held) == 0 {
		return
	}
	d := &doc{src: h.last}
	for _, t := range streamedTexts(d, d.root(), r.p) {
		text := []byte(`""`)
		if t.key == h.key {
			text = quote(string(h.r.held))
		}
		if t.hasText {
			d.edits = append(d.edits, edit{t.v, text})
		}
	}
	h.r.held = nil
	line := append(append(append(bytes.Clone(h.fields), h.prefix...), d.output()...), '\n')
	if r.sse {
		line = append(line, '\n') // a whole event of its own
	}
	r.appendRestored(line)
}

// appendRestored appends b to out with the complete placeholders in it
// restored (JSON-escaped: every line here is JSON or SSE around JSON).
func (r *streamRestorer) appendRestored(b []byte) {
	whole := restorer{s: r.s, escapeJSON: true, out: r.out}
	whole.process(b, true)
	r.out = whole.out
}

func cutLineEnding(line []byte) (body, ending []byte) {
	body = bytes.TrimRight(line, "\r\n")
	return body, line[len(body):]
}

// streamedText is what one event says about one choice of the answer.
type streamedText struct {
	key     string // which choice: the raw "index" of an OpenAI choice, "" for Ollama
	v       value  // the text, a JSON string, when hasText
	hasText bool
	final   bool // the event ends that choice (finish_reason, "done": true)
}

// streamedTexts reads the choices an event of protocol p speaks of and their
// text: choices[].delta.content (OpenAI chat), choices[].text (OpenAI
// completions), message.content (Ollama chat), response (Ollama generate),
// delta of a response.output_text.delta event (OpenAI Responses: one text
// per output item and content part, ended by response.output_text.done) or
// delta.text of a content_block_delta event (Anthropic: one text per block,
// ended by content_block_stop).
func streamedTexts(d *doc, root value, p Protocol) []streamedText {
	var out []streamedText
	add := func(key string, texts iter.Seq[value], final bool) { // texts nil: an event that only ends its text
		t := streamedText{key: key, final: final}
		if texts != nil {
			for v := range texts {
				if d.isString(v) {
					t.v, t.hasText = v, true
				}
			}
		}
		out = append(out, t)
	}
	switch p {
	case OpenAIChat, OpenAICompletions:
		for choices := range d.membersNamed(root, "choices") {
			position := 0
			for choice := range d.elems(choices) {
				final := false
				for fr := range d.membersNamed(choice, "finish_reason") {
					final = string(d.src[fr.start:fr.end]) != "null"
				}
				texts := d.membersNamed(choice, "text")
				if p == OpenAIChat {
					texts = d.nestedMembers(choice, "delta", "content")
				}
				add(choiceKey(d, choice, position), texts, final)
				position++
			}
		}
	case OllamaChat, OllamaGenerate:
		final := false
		for done := range d.membersNamed(root, "done") {
			final = string(d.src[done.start:done.end]) == "true"
		}
		texts := d.membersNamed(root, "response")
		if p == OllamaChat {
			texts = d.nestedMembers(root, "message", "content")
		}
		add("", texts, final)
	case OpenAIResponses:
		switch d.tag(root, "type") {
		case "response.output_text.delta":
			add(responsesTextKey(d, root), d.membersNamed(root, "delta"), false)
		case "response.output_text.done":
			add(responsesTextKey(d, root), nil, true)
		}
	case AnthropicMessages:
		switch d.tag(root, "type") {
		case "content_block_delta":
			add(rawMember(d, root, "index"), d.nestedMembers(root, "delta", "text"), false)
		case "content_block_stop":
			add(rawMember(d, root, "index"), nil, true)
		}
	}
	return out
}

// responsesTextKey names one streamed text of a Responses API answer: its
// output item and content part.
func responsesTextKey(d *doc, event value) string {
	return rawMember(d, event, "item_id") + "/" + rawMember(d, event, "content_index")
}

// rawMember is the first obj.key as written, or "" when absent.
func rawMember(d *doc, obj value, key string) string {
	for v := range d.membersNamed(obj, key) {
		return string(d.src[v.start:v.end])
	}
	return ""
}

// choiceKey is a choice's "index" as written, or its position when absent.
func choiceKey(d *doc, choice value, position int) string {
	if key := rawMember(d, choice, "index"); key != "" {
		return key
	}
	return "#" + strconv.Itoa(position)
}
