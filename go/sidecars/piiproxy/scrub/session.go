package scrub

import (
	"net/netip"
	"strings"
	"unicode"
)

// Session holds one request's placeholder numbering and the originals, so
// that the same value gets the same placeholder in every field of a request
// and the response can be restored (NewRestorer). The zero value is ready to
// use; a Session is not safe for concurrent use.
//
// Text that already looks like a placeholder ("<EMAIL_1>" typed by a user,
// or a scrubbed prompt sent again) is never mistaken for one of ours:
// numbering for each kind starts after the highest such number in the text
// given to the session, so the restorer, which only replaces placeholders
// this session issued, passes the user's own "<EMAIL_1>" back unchanged. If a
// later call brings a literal that equals a placeholder already issued, that
// literal is itself masked as a fresh placeholder whose original is the
// literal text, so it too is restored as typed.
type Session struct {
	// unmasked are the kinds this session leaves in the text: none for
	// the zero value, so that a Session masks every kind unless it was
	// made by NewSessionMasking.
	unmasked  KindSet
	counts    Counts
	last      [numKinds]int            // highest number issued or seen in input, by kind
	byValue   map[valueKey]int         // normalised value -> number
	originals map[placeholderID]string // number -> the text it replaced (first spelling seen)
	echoWords []string                 // the words of the names masked, to mask where they stand alone (maskNameEchoes)
}

// valueKey identifies a value up to spelling: "Jane@Example.com" and
// "jane@example.com" are one address.
type valueKey struct {
	kind Kind
	norm string
}

type placeholderID struct {
	kind Kind
	n    int
}

// NewSession starts the numbering of one request.
func NewSession() *Session { return &Session{} }

// NewSessionMasking starts a request's numbering that masks only the given
// kinds; the others' detectors do not run. For deployments that must let a
// kind through (the IP addresses of an operations assistant, say); a
// sidecar masks every kind by default.
func NewSessionMasking(kinds KindSet) *Session { return &Session{unmasked: AllKinds &^ kinds} }

// Counts is the number of matches by kind, each occurrence counted.
func (s *Session) Counts() Counts { return s.counts }

// Len is the number of distinct placeholders issued.
func (s *Session) Len() int { return len(s.originals) }

// original returns the text that placeholder n of kind k replaced.
func (s *Session) original(k Kind, n int) (string, bool) {
	v, ok := s.originals[placeholderID{k, n}]
	return v, ok
}

// placeholder returns the placeholder for an original value of kind k,
// issuing a new number the first time the value is seen.
func (s *Session) placeholder(k Kind, original string) string {
	return s.issue(valueKey{k, normalize(k, original)}, original)
}

func (s *Session) issue(key valueKey, original string) string {
	if n, ok := s.byValue[key]; ok {
		return placeholderText(key.kind, n)
	}
	if s.byValue == nil {
		s.byValue = make(map[valueKey]int)
		s.originals = make(map[placeholderID]string)
	}
	s.last[key.kind]++
	n := s.last[key.kind]
	s.byValue[key] = n
	s.originals[placeholderID{key.kind, n}] = original
	if key.kind == Name && !strings.HasPrefix(key.norm, literalKey) {
		s.echoWords = appendEchoWords(s.echoWords, original)
	}
	return placeholderText(key.kind, n)
}

// literalKey keeps a masked user-typed placeholder apart from any real
// value (no normalised value starts with a NUL byte).
const literalKey = "\x00literal:"

// reserve moves the numbering past every placeholder-shaped text in b, and
// returns the spans of those that equal a placeholder already issued (see
// Session). jsonEscaped also reads "\u003cEMAIL_1\u003e" as a placeholder,
// for raw JSON bodies.
func reserve[B bytestring](s *Session, b B, jsonEscaped bool) (collisions []span) {
	for i := 0; i < len(b); i++ {
		if b[i] != '<' && !(jsonEscaped && b[i] == '\\') {
			continue
		}
		k, n, size, m := matchPlaceholder(b, i, jsonEscaped)
		if m != fullPlaceholder {
			continue
		}
		if _, issued := s.original(k, n); issued {
			collisions = append(collisions, span{i, i + size})
		} else if n > s.last[k] {
			s.last[k] = n
		}
		i += size - 1
	}
	return collisions
}

// maskCollisions replaces user-typed placeholders that equal issued ones.
// They are not personal data, so they are not counted.
func (s *Session) maskCollisions(text string, spans []span) string {
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		literal := text[sp.start:sp.end]
		k, _, _, _ := matchPlaceholder(literal, 0, false)
		b.WriteString(text[last:sp.start])
		b.WriteString(s.issue(valueKey{k, literalKey + literal}, literal))
		last = sp.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// normalize is the spelling-independent form of a value: e-mail addresses
// compare case-insensitively, numbers by their digits (an international
// "00" prefix and a "+" are the same), IBANs and national ids by upper-case
// letters and digits ("123.456.789-09" is "12345678909"), IP addresses in their canonical form; full-width forms and
// Arabic-Indic digits count as their ASCII characters. Secrets, names and
// street addresses compare exactly.
func normalize(k Kind, v string) string {
	if k != Secret && k != Name && k != Address {
		v = foldedValue(v) // "０９０…", "٠٩٠…", "090&nbsp;…" and "090…" are one number
	}
	switch k {
	case Email:
		return strings.ToLower(v)
	case Phone:
		return phoneKey(v)
	case CreditCard, SSN:
		return strings.Map(keepDigit, v)
	case IBAN, NationalID:
		return strings.ToUpper(strings.Map(keepAlnum, v))
	case IP:
		if a, err := netip.ParseAddr(v); err == nil {
			return a.String()
		}
		return strings.ToLower(v)
	}
	return v
}

// phoneKey compares phone numbers by their digits, an international one
// (written after "+" or "00") marked as such: "+44 20 7946 0958" and "0044
// 20 7946 0958" are one number, but "+044 20 7946" and the national "044 20
// 79 46" are two. Given one placeholder, the second would come back in the
// first's spelling, and next to other digits it would read as no phone at
// all (found by FuzzRestoreText).
func phoneKey(v string) string {
	d := strings.Map(keepDigit, v)
	firstDigit := strings.IndexFunc(v, func(r rune) bool { return '0' <= r && r <= '9' })
	if strings.HasPrefix(d, "00") || firstDigit > 0 && strings.Contains(v[:firstDigit], "+") {
		return "+" + strings.TrimPrefix(d, "00")
	}
	return d
}

func keepDigit(r rune) rune {
	if '0' <= r && r <= '9' {
		return r
	}
	return -1
}

func keepAlnum(r rune) rune {
	if r < unicode.MaxASCII && (isDigit(byte(r)) || isASCIILetter(byte(r))) {
		return r
	}
	return -1
}
