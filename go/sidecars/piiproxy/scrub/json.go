package scrub

import (
	"bytes"
	"encoding/json"
	"iter"
	"slices"
	"unicode/utf8"
)

// doc rewrites a valid JSON document in place: bytes outside the masked
// strings are copied verbatim, so key order, whitespace, number spelling
// (no float64 round trip) and unknown fields reach the upstream unchanged.
// Every method assumes the document passed json.Valid.
type doc struct {
	src    []byte
	edits  []edit
	counts Counts
}

// value is the byte span of one JSON value in src.
type value struct{ start, end int }

type edit struct {
	value
	repl []byte
}

func (d *doc) root() value {
	i := d.skipWS(0)
	return value{i, d.valueEnd(i)}
}

func (d *doc) isObject(v value) bool { return d.src[v.start] == '{' }
func (d *doc) isArray(v value) bool  { return d.src[v.start] == '[' }
func (d *doc) isString(v value) bool { return d.src[v.start] == '"' }

// members yields the key and value of each member of an object, including
// duplicate keys (an upstream may honour either copy, so both are masked).
func (d *doc) members(obj value) iter.Seq2[string, value] {
	return func(yield func(string, value) bool) {
		if !d.isObject(obj) {
			return
		}
		for i := d.skipWS(obj.start + 1); d.src[i] != '}'; {
			key := value{i, d.valueEnd(i)}
			i = d.skipWS(d.skipWS(key.end) + 1) // past ':'
			v := value{i, d.valueEnd(i)}
			if !yield(d.str(key), v) {
				return
			}
			if i = d.skipWS(v.end); d.src[i] == ',' {
				i = d.skipWS(i + 1)
			}
		}
	}
}

// elems yields the elements of an array.
func (d *doc) elems(arr value) iter.Seq[value] {
	return func(yield func(value) bool) {
		if !d.isArray(arr) {
			return
		}
		for i := d.skipWS(arr.start + 1); d.src[i] != ']'; {
			v := value{i, d.valueEnd(i)}
			if !yield(v) {
				return
			}
			if i = d.skipWS(v.end); d.src[i] == ',' {
				i = d.skipWS(i + 1)
			}
		}
	}
}

// str decodes a string value; it returns "" for other kinds.
func (d *doc) str(v value) string {
	if !d.isString(v) {
		return ""
	}
	raw := d.src[v.start+1 : v.end-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw)
	}
	var s string
	_ = json.Unmarshal(d.src[v.start:v.end], &s) // valid by contract
	return s
}

// mask scrubs v if it is a string.
func (d *doc) mask(v value) {
	if !d.isString(v) {
		return
	}
	out, c := Text(d.str(v))
	if c.Total() == 0 {
		return
	}
	d.counts.Add(c)
	d.edits = append(d.edits, edit{v, quote(out)})
}

// maskDeep scrubs every string in v, at any depth of nested arrays: the
// shape of prompt lists and tensor data.
func (d *doc) maskDeep(v value) {
	if d.isArray(v) {
		for e := range d.elems(v) {
			d.maskDeep(e)
		}
		return
	}
	d.mask(v)
}

// output applies the edits; with none it returns src itself.
func (d *doc) output() []byte {
	if len(d.edits) == 0 {
		return d.src
	}
	slices.SortFunc(d.edits, func(a, b edit) int { return a.start - b.start })
	out := make([]byte, 0, len(d.src)+16*len(d.edits))
	last := 0
	for _, e := range d.edits {
		out = append(out, d.src[last:e.start]...)
		out = append(out, e.repl...)
		last = e.end
	}
	return append(out, d.src[last:]...)
}

func (d *doc) skipWS(i int) int {
	for i < len(d.src) {
		switch d.src[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// valueEnd returns the end of the value starting at i.
func (d *doc) valueEnd(i int) int {
	src := d.src
	switch src[i] {
	case '"':
		for i++; ; i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
	case '{', '[':
		depth := 0
		for ; ; i++ {
			switch src[i] {
			case '"':
				i = d.valueEnd(i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	default: // number, true, false, null
		for i < len(src) {
			switch src[i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return i
			}
			i++
		}
		return i
	}
}

// quote encodes s as a JSON string without HTML escaping, so a masked
// prompt keeps its "<" and "&" as they were.
func quote(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
