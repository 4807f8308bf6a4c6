package scrub

import (
	"strings"
	"unicode/utf8"
)

// Pasted text carries the marks of where it was copied from: Word and web
// pages put no-break spaces (U+00A0) and narrow no-break spaces (U+202F)
// between a phone's or an IBAN's groups, as French typography asks; PDFs
// and web pages leave soft hyphens, zero-width spaces and word joiners
// inside long numbers and addresses; Word types non-breaking hyphens
// (U+2011) and en dashes; right-to-left text wraps numbers in bidi marks;
// e-mail clients break lines with quoted-printable's "=" and HTML writes
// "&#64;" and "&nbsp;". The detectors read ASCII spaces, hyphens and "@",
// so such a value was missed: the ninth blind table (realworld9_test.go)
// found 129 of its 184 rows so. They now read the text through the same
// folded copy as full-width forms (width.go), where each artefact is the
// ASCII character it stands for, or nothing when it stands for nothing.

// dropped is foldAt's answer for a character that stands for nothing.
const dropped = -1

// foldAt reads the character or the sequence at s[i] and returns what the
// detectors read in its place, an ASCII byte or dropped, and how many bytes
// of s it stands for; n == 0 when s[i] is read as it is.
func foldAt(s string, i int) (b, n int) {
	switch c := s[i]; {
	case c == '&':
		return entityAt(s, i)
	case c == '\\':
		return escapeAt(s, i)
	case c == '=':
		return softBreakAt(s, i)
	case c == '%':
		return percentAt(s, i)
	case c == '+':
		return formPlusAt(s, i)
	case c == '[':
		return defangedDotAt(s, i)
	case c == '>':
		return quotingAt(s, i)
	case c < utf8.RuneSelf:
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case spaceLike(r):
		return ' ', size
	case invisible(r):
		return dropped, size
	case r == '\u2010' || r == '\u2011' || r == '\u2012': // hyphen, non-breaking hyphen, figure dash
		return '-', size
	case r == '\ufe6b': // "﹫", the small commercial at
		return '@', size
	case digitDash(r) && (digitBefore(s, i) && alnumAt(s, i+size) || digitAt(s, i+size) && alnumBefore(s, i)):
		return '-', size
	}
	if f := foldASCII(r); f != r {
		return int(f), size
	}
	return 0, 0
}

// spaceLike are the spaces that typography and input methods put where a
// person typed a space: no-break, narrow no-break, thin, figure,
// punctuation and the other fixed-width spaces, and the ideographic one.
func spaceLike(r rune) bool {
	return r == '\u00a0' || '\u2000' <= r && r <= '\u200a' || r == '\u202f' || r == '\u205f' || r == ideographicSpace
}

// invisible are the format characters that show nothing: the soft hyphen,
// zero-width space, non-joiner and joiner, word joiner, the byte order
// mark, and the bidi marks, embeddings and isolates around numbers in
// Arabic, Persian and Hebrew text.
func invisible(r rune) bool {
	switch {
	case r == '\u00ad', r == '\u061c', r == '\u2060', r == '\ufeff':
		return true
	case '\u200b' <= r && r <= '\u200f', '\u202a' <= r && r <= '\u202e', '\u2066' <= r && r <= '\u2069':
		return true
	}
	return false
}

// digitDash are the dashes people type as a hyphen beside digits ("415–555–0132",
// the katakana long vowel mark of a Japanese input method, "090ー1234ー5678",
// a part number's "3650–B", which the hyphen shows is no SSN's end);
// elsewhere they are prose's dash or a vowel's length and stay.
func digitDash(r rune) bool {
	return r == '\u2013' || r == '\u2212' || r == '\u30fc' || r == '\ufe63'
}

// digitBefore: the character before s[i] is a digit, in ASCII or in a form
// foldASCII reads as one.
func digitBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	f := foldASCII(r)
	return '0' <= f && f <= '9'
}

// digitAt: the character at s[i] is such a digit.
func digitAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	f := foldASCII(r)
	return '0' <= f && f <= '9'
}

// alnumBefore and alnumAt: an ASCII letter or digit, or a digit foldASCII
// reads as one, stands before s[i] or at s[i].
func alnumBefore(s string, i int) bool { return i > 0 && isASCIIAlnum(s[i-1]) || digitBefore(s, i) }
func alnumAt(s string, i int) bool     { return i < len(s) && isASCIIAlnum(s[i]) || digitAt(s, i) }

// htmlEntities are the entities that write a character of a value, as a
// web page or an HTML e-mail pasted as source carries them.
var htmlEntities = []struct {
	text string
	b    byte
}{
	{"&nbsp;", ' '}, {"&#160;", ' '}, {"&#xa0;", ' '}, {"&#xA0;", ' '}, {"&#64;", '@'}, {"&#x40;", '@'},
	{"&commat;", '@'}, {"&#43;", '+'}, {"&#x2b;", '+'}, {"&#x2B;", '+'}, {"&plus;", '+'}, {"&#45;", '-'},
	{"&#x2d;", '-'}, {"&#x2D;", '-'}, {"&#46;", '.'}, {"&#x2e;", '.'}, {"&period;", '.'},
}

func entityAt(s string, i int) (int, int) {
	for _, e := range htmlEntities {
		if strings.HasPrefix(s[i:], e.text) {
			return int(e.b), len(e.text)
		}
	}
	return 0, 0
}

// escapeAt reads a JSON or JavaScript escape of a value's character that
// a user pasted as it was printed ("jan\u0040firma.de"): "\u0040", "\u002b",
// "\u002d", "\u002e", "\u00a0", in either case.
func escapeAt(s string, i int) (int, int) {
	if i+6 > len(s) || s[i+1] != 'u' || s[i+2] != '0' || s[i+3] != '0' {
		return 0, 0
	}
	switch strings.ToLower(s[i+4 : i+6]) {
	case "40":
		return '@', 6
	case "2b":
		return '+', 6
	case "2d":
		return '-', 6
	case "2e":
		return '.', 6
	case "a0", "20":
		return ' ', 6
	}
	return 0, 0
}

// softBreakAt reads quoted-printable's soft line break, "=" at a line's
// end glued to a word of the line's text ("Merci d'écrire à
// jean.dupont@exam=\nple.fr"), as nothing. Other "="s end lines too: "x
// =" in code has a space before it, an empty assignment ("DB_PASSWORD=")
// is its line's only word, and base64's padding ends a run of base64 whose
// length it makes a multiple of four ("Basic am11ZWxsZXI6U29tbWVyMjAyNCE=").
func softBreakAt(s string, i int) (int, int) {
	n := 0
	switch {
	case strings.HasPrefix(s[i+1:], "\n"):
		n = 2
	case strings.HasPrefix(s[i+1:], "\r\n"):
		n = 3
	default:
		return 0, 0
	}
	start := i
	for start > 0 && s[start-1] != ' ' && s[start-1] != '\t' && s[start-1] != '\n' {
		start--
	}
	word := s[start:i]
	if word == "" || word[len(word)-1] == '=' || start == 0 || s[start-1] == '\n' || base64Padded(word) {
		return 0, 0
	}
	return dropped, n
}

// base64Padded: the run of base64 (its standard alphabet) that ends word
// is, with one "=", a multiple of four long ("h2:NqM8…yuwOQ=" in a go.sum).
func base64Padded(word string) bool {
	k := len(word)
	for k > 0 && (isASCIIAlnum(word[k-1]) || word[k-1] == '+' || word[k-1] == '/') {
		k--
	}
	return (len(word)-k+1)%4 == 0
}

// percentAt reads a form body's encoded "+" before a digit and encoded
// space between digits ("tel=%2B49%2030%201234567"), and in a form's value
// the encoded bytes of a letter outside ASCII ("strasse=Bahnhofstra%C3%9Fe",
// "nome=Jo%C3%A3o"): the ASCII ones that encode a form's own syntax ("%26",
// "%3D") stay encoded, so the fields still part where they did.
func percentAt(s string, i int) (int, int) {
	if b, ok := escapedByte(s, i); ok && b >= 0x80 {
		if encodedRuneAround(s, i) && inFormValue(s, i) {
			return int(b), 3
		}
		return 0, 0
	}
	if i+3 >= len(s) || s[i+1] != '2' || !isDigit(s[i+3]) {
		return 0, 0
	}
	switch s[i+2] {
	case 'B', 'b':
		return '+', 3
	case '0':
		if i > 0 && isDigit(s[i-1]) {
			return ' ', 3
		}
	}
	return 0, 0
}

// escapedByte is the byte that the escape "%XX" at s[i] encodes.
func escapedByte(s string, i int) (byte, bool) {
	if i+2 >= len(s) || s[i] != '%' || !isHexDigit(s[i+1]) || !isHexDigit(s[i+2]) {
		return 0, false
	}
	return hexValue(s[i+1])<<4 | hexValue(s[i+2]), true
}

// encodedRuneAround: the escape at s[i] is one byte of a run of escapes
// that encodes a whole UTF-8 character ("%C3%9F" is "ß"); "%DB_PASSWORD%",
// a Windows variable, encodes none.
func encodedRuneAround(s string, i int) bool {
	start := i
	for n := 0; n < utf8.UTFMax-1; n++ {
		if b, ok := escapedByte(s, start); !ok || utf8.RuneStart(b) {
			break
		}
		start -= 3
		if start < 0 {
			return false
		}
	}
	var buf [utf8.UTFMax]byte
	n := 0
	for k := start; n < utf8.UTFMax; k += 3 {
		b, ok := escapedByte(s, k)
		if !ok || n > 0 && utf8.RuneStart(b) {
			break
		}
		buf[n] = b
		n++
	}
	r, size := utf8.DecodeRune(buf[:n])
	return r != utf8.RuneError && size == n && i < start+3*n
}

// formPlusAt reads the "+" that a form body (application/x-www-form-
// urlencoded, a GET request's query) writes for a space in a value, between
// two letters or digits ("name=Jordan+Miller", "tel=%2B54+9+11+5048-2917"),
// as a space. Elsewhere a "+" is a phone's, an expression's or a base64
// string's and stays.
func formPlusAt(s string, i int) (int, int) {
	if i == 0 || i+1 >= len(s) || !isASCIIAlnum(s[i-1]) && s[i-1] < utf8.RuneSelf ||
		!isASCIIAlnum(s[i+1]) && s[i+1] != '%' && s[i+1] < utf8.RuneSelf || !inFormValue(s, i) {
		return 0, 0
	}
	return ' ', 1
}

// maxFormValue bounds how far back inFormValue looks for its key.
const maxFormValue = 96

// inFormValue: s[i] is inside the value of a form body's field, after
// "key=" where the key opens the text, a line, a query ("?") or follows
// the "&" of the field before: "…?holder=Julia+Becker&iban=…".
func inFormValue(s string, i int) bool {
	lo := max(0, i-maxFormValue)
	k := i - 1
	for k >= lo && s[k] != '=' {
		if c := s[k]; c <= ' ' || c == '&' || c == '"' || c == '\'' || c == '<' || c == '>' {
			return false
		}
		k--
	}
	if k < lo || k == 0 {
		return false
	}
	j := k
	for j > 0 && (isASCIIAlnum(s[j-1]) || s[j-1] == '_' || s[j-1] == '-' || s[j-1] == '.' || s[j-1] == '[' || s[j-1] == ']') {
		j--
	}
	if j == k {
		return false // no key
	}
	return j == 0 || s[j-1] == '&' || s[j-1] == '?' || s[j-1] == '\n' || s[j-1] == ' '
}

// defangedDotAt reads a threat report's defanged dot between digits or
// letters ("185[.]220[.]101[.]47", "evil[.]example") as a dot.
func defangedDotAt(s string, i int) (int, int) {
	if i == 0 || i+3 >= len(s) || s[i+1] != '.' || s[i+2] != ']' {
		return 0, 0
	}
	if isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[i+3]) {
		return '.', 3
	}
	return 0, 0
}

// quotingAt reads a reply's quoting at a line's start ("> ", ">> ", "> > ")
// as nothing, so that a value the quoted text wraps ("…card 4761 7390
// 4821\n> 5739") or a signature behind it reads as in the original message.
func quotingAt(s string, i int) (int, int) {
	if i > 0 && s[i-1] != '\n' {
		return 0, 0
	}
	j := i
	for j < len(s) && (s[j] == '>' || s[j] == ' ' && j > i && s[j-1] == '>') {
		j++
	}
	if s[j-1] != ' ' {
		return 0, 0
	}
	return dropped, j - i
}

// hasArtefact reports whether s holds a character or a sequence foldAt
// reads as another: a handful of byte searches, each stopping only at its
// lead byte's occurrences, so the many texts without one pay little.
func hasArtefact(s string) bool {
	return hasSecondByte(s, 0xC2, 0xA0, 0xA0) || hasSecondByte(s, 0xC2, 0xAD, 0xAD) ||
		hasSecondByte(s, 0xD8, 0x9C, 0x9C) || hasArtefactE2(s) || strings.Contains(s, "\ufeff") ||
		strings.Contains(s, "\ufe6b") || strings.Contains(s, "\ufe63") || hasDashAfterDigit(s, "\u30fc") ||
		hasASCIIArtefact(s)
}

// hasArtefactE2 looks at the characters of U+2000-U+2FFF that foldAt
// reads: the spaces, zero-width characters, bidi marks and hyphens of
// General Punctuation, and an en dash or a minus sign after a digit.
// Curly quotes, ellipses and em dashes, the E2 characters of most prose,
// are none of them.
func hasArtefactE2(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xE2)
		if k < 0 || i+k+2 >= len(s) {
			return false
		}
		i += k
		b1, b2 := s[i+1], s[i+2]
		switch {
		case b1 == 0x80 && (b2 <= 0x92 || 0xAA <= b2 && b2 <= 0xAF),
			b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0 || 0xA6 <= b2 && b2 <= 0xA9):
			return true
		case b1 == 0x80 && b2 == 0x93, b1 == 0x88 && b2 == 0x92: // "–", "−"
			if i > 0 && isDigit(s[i-1]) {
				return true
			}
		}
		i++
	}
}

// hasDashAfterDigit: dash follows an ASCII digit or a full-width one.
func hasDashAfterDigit(s, dash string) bool {
	for k := range indexesOf(s, dash) {
		if k > 0 && digitBefore(s, k) {
			return true
		}
	}
	return false
}

// hasASCIIArtefact looks for the ASCII sequences foldAt reads: entities,
// escapes, soft line breaks, a percent-encoded "+" or space, a defanged dot,
// a reply's quoting.
func hasASCIIArtefact(s string) bool {
	if strings.IndexByte(s, '&') >= 0 {
		for k := range indexesOf(s, "&") {
			if _, n := entityAt(s, k); n > 0 {
				return true
			}
		}
	}
	return strings.Contains(s, `\u00`) || strings.Contains(s, "=\n") || strings.Contains(s, "=\r\n") ||
		strings.Contains(s, "%2") || strings.Contains(s, "[.]") || strings.HasPrefix(s, ">") || strings.Contains(s, "\n>") ||
		formBody(s)
}

// formBody: s holds a form body's field whose value may read differently
// folded, a "+" or a "%" escape after "=" and before the next "&" or the
// end ("name=Jordan+Miller&…", "…&strasse=Bahnhofstra%C3%9Fe").
func formBody(s string) bool {
	if strings.IndexByte(s, '=') < 0 || strings.IndexByte(s, '+') < 0 && strings.IndexByte(s, '%') < 0 {
		return false
	}
	for k := range indexesOf(s, "=") {
		for j := k + 1; j < len(s) && j-k <= maxFormValue; j++ {
			c := s[j]
			if c == '+' || c == '%' {
				if _, n := foldAt(s, j); n > 0 {
					return true
				}
			}
			if c <= ' ' || c == '&' {
				break
			}
		}
	}
	return false
}
