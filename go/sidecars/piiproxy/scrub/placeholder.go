package scrub

import "strconv"

// placeholderText spells the placeholder for the n-th value of kind k.
func placeholderText(k Kind, n int) string {
	return "<" + placeholderNames[k] + "_" + strconv.Itoa(n) + ">"
}

// maxPlaceholderDigits bounds the number in a placeholder. A session never
// issues numbers that large, so a longer number in user text cannot collide
// with one of ours and is simply not a placeholder.
const maxPlaceholderDigits = 9

// maxPlaceholderName is the length of the longest kind name in a
// placeholder, with its "_": the scanner reads no further for a name.
var maxPlaceholderName = func() int {
	n := 0
	for _, name := range placeholderNames {
		n = max(n, len(name)+1)
	}
	return n
}()

// match is what matchPlaceholder found at a position.
type match int

const (
	noPlaceholder      match = iota
	partialPlaceholder       // the data ends inside something that may still become one
	fullPlaceholder
)

// bytestring lets one scanner read both request text (string) and response
// bytes ([]byte) without converting either.
type bytestring interface{ ~string | ~[]byte }

// matchPlaceholder reads a placeholder such as "<EMAIL_12>" at b[i:] and
// returns its kind, its number and its length in bytes. With jsonEscaped,
// "\u003c" and "\u003e" also stand for "<" and ">": Go's encoding/json (an
// Ollama backend, say) writes them that way inside JSON strings.
func matchPlaceholder[B bytestring](b B, i int, jsonEscaped bool) (k Kind, n, size int, m match) {
	j, m := matchBracket(b, i, '<', jsonEscaped)
	if m != fullPlaceholder {
		return 0, 0, 0, m
	}
	nameStart := j
	for j < len(b) && (('A' <= b[j] && b[j] <= 'Z') || b[j] == '_') && j-nameStart <= maxPlaceholderName {
		j++
	}
	k, m = kindNamed(b, nameStart, j)
	if m != fullPlaceholder {
		return 0, 0, 0, m
	}
	digitsStart := j
	for j < len(b) && isDigit(b[j]) && j-digitsStart < maxPlaceholderDigits {
		n = n*10 + int(b[j]-'0')
		j++
	}
	switch {
	case j == len(b):
		return 0, 0, 0, partialPlaceholder
	case j == digitsStart || b[digitsStart] == '0':
		return 0, 0, 0, noPlaceholder
	}
	j, m = matchBracket(b, j, '>', jsonEscaped)
	if m != fullPlaceholder {
		return 0, 0, 0, m
	}
	return k, n, j - i, fullPlaceholder
}

// matchBracket reads "<" or ">" (c), or its JSON escape, at b[i:], and
// returns the index after it.
func matchBracket[B bytestring](b B, i int, c byte, jsonEscaped bool) (int, match) {
	if i >= len(b) {
		return i, partialPlaceholder
	}
	if b[i] == c {
		return i + 1, fullPlaceholder
	}
	if !jsonEscaped || b[i] != '\\' {
		return i, noPlaceholder
	}
	esc := "\\u003c"
	if c == '>' {
		esc = "\\u003e"
	}
	for k := 0; k < len(esc); k++ {
		switch {
		case i+k == len(b):
			return i, partialPlaceholder
		case b[i+k] != esc[k] && !(k == len(esc)-1 && b[i+k] == esc[k]&^0x20): // hex digit in either case
			return i, noPlaceholder
		}
	}
	return i + len(esc), fullPlaceholder
}

// kindNamed reads "NAME_" in b[start:end] and returns the kind it names.
// A run that stops at the end of the data is partial while it is still the
// start of some name.
func kindNamed[B bytestring](b B, start, end int) (Kind, match) {
	run := end - start
	for k, name := range placeholderNames {
		if run > len(name)+1 {
			continue
		}
		same := true
		for x := 0; x < run && same; x++ {
			want := byte('_')
			if x < len(name) {
				want = name[x]
			}
			same = b[start+x] == want
		}
		switch {
		case !same:
		case run == len(name)+1 && end < len(b):
			return Kind(k), fullPlaceholder
		case end == len(b):
			return 0, partialPlaceholder
		}
	}
	return 0, noPlaceholder
}
