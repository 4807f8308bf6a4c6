package scrub

import (
	"strings"
	"unicode/utf8"
)

// Full-width forms (U+FF01-U+FF5E) are ASCII's printable characters at
// double width. Japanese, Chinese and Korean input methods type them, so
// prompts carry phone numbers, e-mails and card numbers such as
// "０９０－１２３４－５６７８" or "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ". The detectors
// read ASCII digits and punctuation; a text holding full-width forms is
// scanned through a copy with them folded to ASCII, and each match is mapped
// back onto the original bytes, which are what gets masked and restored.
// Texts without full-width digits or letters, nearly all, pay one byte
// search per scrubbing.
const (
	fullWidthFirst   = 0xFF01 // "！"
	fullWidthLast    = 0xFF5E // "～"
	fullWidthShift   = fullWidthFirst - '!'
	ideographicSpace = 0x3000 // the space the same input methods type between full-width groups
)

// foldWidth maps a full-width form to its ASCII character.
func foldWidth(r rune) rune {
	switch {
	case fullWidthFirst <= r && r <= fullWidthLast:
		return r - fullWidthShift
	case r == ideographicSpace:
		return ' '
	}
	return r
}

// hasWideAlnum reports whether s holds a full-width digit, letter or "＠",
// the characters a detector could read a value in; full-width punctuation
// alone ("，", "：" in nearly every Chinese sentence) leaves every value
// ASCII and is left alone: the detectors take it as the boundary it is. In
// UTF-8: EF BC 90-99 (digits), EF BC A0-BA ("＠", A-Z), EF BD 81-9A (a-z).
func hasWideAlnum(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], 0xEF)
		if k < 0 {
			return false
		}
		i += k
		if i+2 >= len(s) {
			return false
		}
		switch c := s[i+2]; s[i+1] {
		case 0xBC:
			if 0x90 <= c && c <= 0x99 || 0xA0 <= c && c <= 0xBA {
				return true
			}
		case 0xBD:
			if 0x81 <= c && c <= 0x9A {
				return true
			}
		}
	}
}

// findFolded is find(s) read through a width-folded copy of s, for a text
// with full-width forms.
func findFolded(find func(string) []span, s string) []span {
	folded, origin := foldedCopy(s)
	spans := find(folded)
	for i, sp := range spans {
		spans[i] = span{origin[sp.start], origin[sp.end]}
	}
	return spans
}

// foldedCopy returns s with its full-width forms folded to ASCII, and for
// every byte offset of the copy, its end included, the offset in s it
// comes from.
func foldedCopy(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	origin := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if f := foldWidth(r); f != r {
			b.WriteByte(byte(f))
			origin = append(origin, i)
		} else {
			b.WriteString(s[i : i+n])
			for k := i; k < i+n; k++ {
				origin = append(origin, k)
			}
		}
		i += n
	}
	return b.String(), append(origin, len(s))
}
