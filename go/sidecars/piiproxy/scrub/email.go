package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findEmails finds addresses such as "jane.doe+tag@example.com",
// "josé@correo.es" or "用户@例子.中国": a local part of letters, digits and
// "._%+-" (any script, per RFC 6531), an "@", and a domain of letter/digit/
// hyphen labels with at least one dot followed by a two-letter label start.
// A change between CJK and other letters ends the local part or the domain
// (see letterScript). It is deliberately lenient: a false positive needs an "@" between words,
// which technical text rarely has outside addresses ("@decorator",
// "pkg@1.2.3" and "user@localhost" are not matched).
func findEmails(s string) []span {
	if strings.IndexByte(s, '@') < 0 {
		return nil
	}
	var out []span
	floor := 0 // a local part may not reach back into the previous match
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '@')
		if k < 0 {
			break
		}
		at := i + k
		start := at
		var script letterScript
		for start > floor {
			r, n := utf8.DecodeLastRuneInString(s[floor:start])
			if !isLocalRune(r) || !script.same(r) {
				break
			}
			start -= n
		}
		end := at + 1
		script = 0
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !isDomainRune(r) || !script.same(r) {
				break
			}
			if r == '.' {
				script = noLetterYet // "ユーザー@例え.jp": each label has its own script
			}
			end += n
		}
		for end > at+1 && (s[end-1] == '.' || s[end-1] == '-') {
			end--
		}
		if start < at && validDomain(s[at+1:end]) {
			out = append(out, span{start, end})
			floor, i = end, end
			continue
		}
		i = at + 1
	}
	return out
}

// letterScript remembers whether the letters of a local part or a domain
// so far were CJK (see isCJK): Chinese, Japanese and Korean glue an address
// to the words around it ("我的邮箱是zhang@example.cn", "tanaka@example.jpです"),
// and an address rarely mixes CJK and other letters in one part, so a change
// between the two ends it.
type letterScript uint8

const (
	noLetterYet letterScript = iota
	cjkLetters
	otherLetters
)

// same records r's script and reports whether it is the one seen so far;
// digits and punctuation belong to any.
func (sc *letterScript) same(r rune) bool {
	if r < utf8.RuneSelf && !isASCIILetter(byte(r)) {
		return true
	}
	now := otherLetters
	if isCJK(r) {
		now = cjkLetters
	}
	if *sc == noLetterYet {
		*sc = now
	}
	return *sc == now
}

func isLocalRune(r rune) bool {
	switch r {
	case '.', '_', '%', '+', '-':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isDomainRune(r rune) bool {
	return r == '.' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// validDomain wants some non-leading dot followed by two letters, e.g. the
// ".co" of "mail.example.co.uk" or the ".中国" of an IDN.
func validDomain(d string) bool {
	for i := 1; i < len(d); i++ {
		if d[i] != '.' || d[i-1] == '.' {
			continue
		}
		r1, n := utf8.DecodeRuneInString(d[i+1:])
		r2, _ := utf8.DecodeRuneInString(d[i+1+n:])
		if unicode.IsLetter(r1) && unicode.IsLetter(r2) {
			return true
		}
	}
	return false
}
