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
//
// The protocol walkers first select the prompt strings (targets); scrub then
// masks them all with one Session. Selecting first lets the session see every
// user-typed placeholder of the body before it numbers anything.
type doc struct {
	src     []byte
	targets []value
	edits   []edit
	// deepEnds memoises where the containers nested memoDepth or more
	// levels inside a scanned one end (valueEnd).
	deepEnds map[int]int
}

// memoDepth is the nesting below which valueEnd remembers container ends.
// Walking a container means finding the end of each of its elements, so
// without a memo a document nested n deep is scanned n times over: a 20 KB
// body of 10,000 nested arrays (json.Valid's limit) took 120 ms. Shallow
// documents, every real request, never fill the memo.
const memoDepth = 8

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

// membersNamed yields the value of every member of obj called key.
func (d *doc) membersNamed(obj value, key string) iter.Seq[value] {
	return func(yield func(value) bool) {
		for k, v := range d.members(obj) {
			if k == key && !yield(v) {
				return
			}
		}
	}
}

// nestedMembers yields obj.outer.inner, for every copy of either key.
func (d *doc) nestedMembers(obj value, outer, inner string) iter.Seq[value] {
	return func(yield func(value) bool) {
		for o := range d.membersNamed(obj, outer) {
			for v := range d.membersNamed(o, inner) {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// membersWhen returns every value of key in obj when obj's tagKey member
// (the last one, if repeated) is the string tag, else nothing. The tag may
// come after the values ("data" before "datatype"), so the whole object is
// read before deciding.
func (d *doc) membersWhen(obj value, tagKey, tag, key string) []value {
	if d.tag(obj, tagKey) != tag {
		return nil
	}
	return slices.Collect(d.membersNamed(obj, key))
}

// tag is the string value of obj's key member (the last one, if repeated),
// or "" when there is none.
func (d *doc) tag(obj value, key string) string {
	var got string
	for v := range d.membersNamed(obj, key) {
		got = d.str(v)
	}
	return got
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

// pick selects v for scrubbing if it is a string.
func (d *doc) pick(v value) {
	if d.isString(v) {
		d.targets = append(d.targets, v)
	}
}

// scrub masks the selected strings with s's placeholders.
func (d *doc) scrub(s *Session) {
	if len(d.targets) == 0 {
		return
	}
	reserve(s, d.src, true) // placeholders typed anywhere in the body, escaped or not
	texts := make([]string, len(d.targets))
	for i, v := range d.targets {
		texts[i] = d.str(v)
		if raw := d.src[v.start:v.end]; bytes.IndexByte(raw, '\\') >= 0 {
			reserve(s, texts[i], false) // a placeholder spelled with other escapes
		}
	}
	for i, v := range d.targets {
		if out := TextIn(s, texts[i]); out != texts[i] {
			d.edits = append(d.edits, edit{v, quote(out)})
		}
	}
}

// pickDeep selects every string in v, at any depth of nested arrays: the
// shape of prompt lists and tensor data.
func (d *doc) pickDeep(v value) {
	if d.isArray(v) {
		for e := range d.elems(v) {
			d.pickDeep(e)
		}
		return
	}
	d.pick(v)
}

// pickAll selects every string in v at any depth of arrays and objects (not
// the keys): the shape of tool-call arguments, whose values are all data.
func (d *doc) pickAll(v value) {
	switch {
	case d.isArray(v):
		for e := range d.elems(v) {
			d.pickAll(e)
		}
	case d.isObject(v):
		for _, m := range d.members(v) {
			d.pickAll(m)
		}
	default:
		d.pick(v)
	}
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
		if end, ok := d.deepEnds[i]; ok {
			return end
		}
		var starts []int // of the open containers, the outermost (i) first
		for ; ; i++ {
			switch src[i] {
			case '"':
				i = d.valueEnd(i) - 1
			case '{', '[':
				if end, ok := d.deepEnds[i]; ok {
					i = end - 1 // scanned before: skip it
					continue
				}
				starts = append(starts, i)
			case '}', ']':
				start := starts[len(starts)-1]
				starts = starts[:len(starts)-1]
				if len(starts) == 0 {
					return i + 1
				}
				if len(starts) >= memoDepth {
					if d.deepEnds == nil {
						d.deepEnds = make(map[int]int)
					}
					d.deepEnds[start] = i + 1
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
