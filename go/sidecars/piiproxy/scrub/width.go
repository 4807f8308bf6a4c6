package scrub

import "strings"

// Full-width forms (U+FF01-U+FF5E) are ASCII's printable characters at
// double width. Japanese, Chinese and Korean input methods type them, so
// prompts carry phone numbers, e-mails and card numbers such as
// "０９０－１２３４－５６７８" or "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ". The detectors
// read ASCII digits and punctuation; a text holding full-width forms is
// scanned through a copy with them folded to ASCII, and each match is mapped
// back onto the original bytes, which are what gets masked and restored.
// Arabic-script text is read the same way: people type phone and card
// numbers in Arabic-Indic digits ("٠٥٠١٢٣٤٥٦٧"), or in the Extended
// Arabic-Indic digits of Persian and Urdu, which fold to ASCII digits too,
// and so do the Devanagari, Bengali and Thai digits that Hindi, Bengali and
// Thai phones type ("০১৭১২৩৪৫৬৭৮"), and the Lao, Myanmar and Khmer ones
// ("၀၉ ၁၂၃ ၄၅၆ ၇၈၉", "០១២ ៣៤៥ ៦៧៨").
// Texts without such digits or letters, nearly all, pay three byte searches
// per scrubbing.
const (
	fullWidthFirst   = 0xFF01 // "！"
	fullWidthLast    = 0xFF5E // "～"
	fullWidthShift   = fullWidthFirst - '!'
	ideographicSpace = 0x3000 // the space the same input methods type between full-width groups
	arabicIndicZero  = 0x0660 // "٠"; U+0660-0669 are D9 A0-A9 in UTF-8
	persianZero      = 0x06F0 // "۰", Extended Arabic-Indic; U+06F0-06F9 are DB B0-B9
	devanagariZero   = 0x0966 // "०"; U+0966-096F are E0 A5 A6-AF
	bengaliZero      = 0x09E6 // "০"; U+09E6-09EF are E0 A7 A6-AF
	thaiZero         = 0x0E50 // "๐"; U+0E50-0E59 are E0 B9 90-99
	laoZero          = 0x0ED0 // "໐"; U+0ED0-0ED9 are E0 BB 90-99
	myanmarZero      = 0x1040 // "၀"; U+1040-1049 are E1 81 80-89
	khmerZero        = 0x17E0 // "០"; U+17E0-17E9 are E1 9F A0-A9
)

// digitZeros are the zeros of the scripts whose ten digits fold to ASCII ones.
var digitZeros = [...]rune{arabicIndicZero, persianZero, devanagariZero, bengaliZero, thaiZero, laoZero, myanmarZero, khmerZero}

// foldASCII maps a full-width form to its ASCII character, and a digit of
// one of the scripts of digitZeros to its ASCII digit.
func foldASCII(r rune) rune {
	if r < arabicIndicZero {
		return r // ASCII and the Latin, Greek and Cyrillic letters: most runes of a folded text
	}
	switch {
	case fullWidthFirst <= r && r <= fullWidthLast:
		return r - fullWidthShift
	case r == ideographicSpace:
		return ' '
	}
	for _, zero := range digitZeros {
		if zero <= r && r <= zero+9 {
			return '0' + r - zero
		}
	}
	return r
}

// needsFolding reports whether s holds a character that foldAt turns
// into one that a detector reads.
func needsFolding(s string) bool {
	return hasWideAlnum(s) || hasArabicIndicDigit(s) || hasIndicDigit(s) || hasSoutheastAsianDigit(s) || hasArtefact(s)
}

// digitBlock is a script's ten digits in three-byte UTF-8: the second byte
// they share and the range of their third bytes.
type digitBlock struct{ second, first, last byte }

// indicDigits are the Devanagari, Bengali, Thai and Lao digits; only text in
// those scripts (and a few others of the same block) has their lead byte E0.
var indicDigits = []digitBlock{{0xA5, 0xA6, 0xAF}, {0xA7, 0xA6, 0xAF}, {0xB9, 0x90, 0x99}, {0xBB, 0x90, 0x99}}

// southeastAsianDigits are the Myanmar and Khmer digits, whose lead byte E1
// only text in scripts of U+1000-U+1FFF has (Georgian, Khmer, Myanmar, and
// the Latin letters with two diacritics of Vietnamese).
var southeastAsianDigits = []digitBlock{{0x81, 0x80, 0x89}, {0x9F, 0xA0, 0xA9}}

func hasIndicDigit(s string) bool          { return hasDigitOf(s, 0xE0, indicDigits) }
func hasSoutheastAsianDigit(s string) bool { return hasDigitOf(s, 0xE1, southeastAsianDigits) }

// hasDigitOf reports whether s holds a digit of one of blocks, all behind
// the lead byte lead: a byte search, so text without that lead byte (most
// text) costs one scan.
func hasDigitOf(s string, lead byte, blocks []digitBlock) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], lead)
		if k < 0 || i+k+2 >= len(s) {
			return false
		}
		i += k + 1
		for _, b := range blocks {
			if s[i] == b.second && b.first <= s[i+1] && s[i+1] <= b.last {
				return true
			}
		}
	}
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

// hasArabicIndicDigit reports whether s holds an Arabic-Indic or Extended
// Arabic-Indic digit. Only Arabic-script text has their lead bytes.
func hasArabicIndicDigit(s string) bool {
	return hasSecondByte(s, 0xD9, 0xA0, 0xA9) || hasSecondByte(s, 0xDB, 0xB0, 0xB9)
}

// hasSecondByte reports whether s holds the byte lead followed by a byte
// in [lo, hi].
func hasSecondByte(s string, lead, lo, hi byte) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], lead)
		if k < 0 || i+k+1 >= len(s) {
			return false
		}
		i += k + 1
		if lo <= s[i] && s[i] <= hi {
			return true
		}
	}
}

// folding is a text's folded copy, and for every byte offset of the copy,
// its end included, the offset in the text it comes from.
type folding struct {
	text   string
	origin []int
}

// fold makes s's folded copy: full-width forms and the digits of other
// scripts folded to ASCII (foldASCII), and the artefacts of pasting read as
// what they stand for (foldAt).
func fold(s string) folding {
	var b strings.Builder
	b.Grow(len(s))
	origin := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		if f, n := foldAt(s, i); n > 0 {
			if f != dropped {
				b.WriteByte(byte(f))
				origin = append(origin, i)
			}
			i += n
			continue
		}
		b.WriteByte(s[i])
		origin = append(origin, i)
		i++
	}
	return folding{b.String(), append(origin, len(s))}
}

// spansIn maps spans found in the folded copy back onto s. A span ends
// where the last character it covers ends in s, so that a dropped
// character after a value (a zero-width space, a bidi mark) stays outside
// its placeholder, while those inside it are masked with it.
func (f folding) spansIn(s string, spans []span) []span {
	for i, sp := range spans {
		last := f.origin[sp.end-1]
		_, n := foldAt(s, last)
		spans[i] = span{f.origin[sp.start], last + max(n, 1)}
	}
	return spans
}

// foldedValue is v as the detectors read it, without the offsets: how a
// placeholder's value is compared (normalize).
func foldedValue(v string) string {
	if !needsFolding(v) {
		return v
	}
	return fold(v).text
}
