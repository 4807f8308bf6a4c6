package scrub

import (
	"strings"
	"unicode/utf8"
)

// People disguise their address against scrapers, or dictate it, and write
// the "@" and the dots as words or in brackets: "jan.meier[at]firma[dot]de",
// "ahmed.hassan (at) yahoo.com", "john dot smith at gmail dot com", and in
// their own language "marie.dupont arobase orange point fr", "ana.garcia
// arroba gmail punto com", "jan.kowalski małpa wp.pl", "petr.novak zavináč
// seznam.cz", "ivan.petrov собака mail.ru", "minjun.kim 골뱅이 naver.com"; a
// Chinese user writes "#" and says to swap it ("wangwei#163.com（#换成@）").
// findSpelledEmails reads these: a local part, a written "@", and a domain
// of two labels or more joined by dots, written or spelled, ending in a
// top-level domain. The whole written form is the address and is masked.
//
// What keeps prose out: a bracketed "[at]" or a word of a language for "@"
// is an address's own mark; a bare " at " is an English preposition, so it
// counts only when the address is disguised on both sides of it: the local
// part has two parts ("john dot smith", "priya.verma") and a dot somewhere
// is spelled ("… at gmail dot com"), which "visit us at shop dot com" and
// "config.yaml at github.com" are not. A domain whose dots are spelled as
// words must end in a common top-level domain ("… punto com", not "… punto
// final"). Each written "@" is looked at once, and its local part and domain
// are read at most emailSpelledMax bytes away, so the scan is linear.
func findSpelledEmails(s string) []span {
	var out []span
	floor := 0
	for i := 0; i < len(s); i++ {
		if !writtenAtStart[s[i]] || i < floor {
			continue
		}
		if s[i] == ' ' && (i+1 == len(s) || !atWordFirst[lowerASCII(s[i+1])]) {
			continue // most spaces: no word for "@" can start after them
		}
		a0, a1, form, ok := writtenAt(s, i)
		if !ok {
			continue
		}
		if sp, ok := spelledAddress(s, a0, a1, form, floor); ok {
			out = append(out, sp)
			floor = sp.end
			i = sp.end - 1
		}
	}
	return out
}

// emailSpelledMax bounds the local part and the domain of a spelled address.
const emailSpelledMax = 96

type atForm uint8

const (
	atBracketed atForm = iota // "[at]", "(at)", "{at}", "[@]", "(@)"
	atWord                    // " at " in any case
	atLanguage                // " arobase ", " małpa ", " 골뱅이 ", …
	atHash                    // "#" with a note to swap it for "@"
)

// atWords are the names of "@" in languages whose speakers spell it out:
// French arobase, Spanish and Portuguese arroba, Italian chiocciola, Polish
// małpa, Czech and Slovak zavináč, Russian собака, Korean 골뱅이, Hebrew
// שטרודל, Greek παπάκι, Swedish snabel-a, Hungarian kukac, Dutch apenstaartje.
var atWords = []string{"arobase", "arroba", "chiocciola", "małpa", "malpa", "zavináč", "zavinac", "собака", "собачка",
	"골뱅이", "שטרודל", "παπάκι", "snabel-a", "kukac", "apenstaartje",
	// Vietnamese "a còng" ("curled a"), with and without its accent (the
	// fourteenth blind table)
	"a còng", "a cong"}

// writtenAt reads a written "@" that starts at s[i] (a space, a bracket or
// a "#") and returns where the "@" written starts and ends: a bracketed
// form with its brackets (and a space on each side, if there is one), a
// word with its spaces.
func writtenAt(s string, i int) (a0, a1 int, form atForm, ok bool) {
	switch s[i] {
	case '[', '(', '{':
		close := closingBracket(s[i])
		j := i + 1
		if j < len(s) && s[j] == ' ' {
			j++
		}
		switch {
		case j+1 < len(s) && (s[j]|0x20) == 'a' && (s[j+1]|0x20) == 't':
			j += 2
		case j < len(s) && s[j] == '@':
			j++
		default:
			return 0, 0, 0, false
		}
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || s[j] != close {
			return 0, 0, 0, false
		}
		a0, a1 = i, j+1
		if a0 > 0 && s[a0-1] == ' ' {
			a0--
		}
		if a1 < len(s) && s[a1] == ' ' {
			a1++
		}
		return a0, a1, atBracketed, true
	case '#':
		return i, i + 1, atHash, true
	}
	// A space: a word for "@" and another space.
	rest := s[i+1:]
	if len(rest) >= 3 && ((rest[0]|0x20) == 'a' || (rest[0]|0x20) == 'e') && (rest[1]|0x20) == 't' && rest[2] == ' ' {
		return i, i + 4, atWord, true // English "at", and the "et" Turkish and Indonesian say: a word of prose too, read as "at" is
	}
	if len(rest) == 0 || !atWordFirst[lowerASCII(rest[0])] {
		return 0, 0, 0, false
	}
	for _, w := range atWordsByFirst[lowerASCII(rest[0])] {
		if len(rest) > len(w) && rest[len(w)] == ' ' && lowerASCII(rest[1]) == w[1] && hasPrefixFold(rest, w) {
			return i, i + 1 + len(w) + 1, atLanguage, true
		}
	}
	return 0, 0, 0, false
}

// dotWords are the words for the dot of an address: English dot, French
// point, Spanish and Italian punto, Portuguese ponto, Turkish nokta, German
// and Polish punkt and kropka, Czech tečka, Russian точка, Vietnamese chấm,
// Indonesian titik, Greek τελεία, and more below.
var dotWords = []string{"dot", "point", "punto", "ponto", "nokta", "punkt", "kropka", "tečka", "tecka", "точка", "chấm",
	"titik", "τελεία",
	// Dutch punt, Danish and Norwegian punktum, Finnish piste (the
	// fourteenth blind table)
	"punt", "punktum", "piste"}

// spelledDot reads a written dot at s[i]: "." itself, a bracketed "[dot]",
// "(dot)", "{dot}", "[.]" or "(.)" (with a space on each side, if any), or
// a word of dotWords between spaces. It returns the index after it and
// whether it was spelled (not "."), and as a word (worded).
func spelledDot(s string, i int) (next int, spelled, worded, ok bool) {
	if i >= len(s) {
		return 0, false, false, false
	}
	if s[i] == '.' {
		return i + 1, false, false, true
	}
	j := i
	if s[j] == ' ' {
		j++
		if j < len(s) && s[j] != '[' && s[j] != '(' && s[j] != '{' {
			if !dotWordFirst[lowerASCII(s[j])] {
				return 0, false, false, false // most words after a label
			}
			for _, w := range dotWords {
				if len(s)-j > len(w) && s[j+len(w)] == ' ' && hasPrefixFold(s[j:], w) {
					return j + len(w) + 1, true, true, true
				}
			}
			return 0, false, false, false
		}
	}
	if j >= len(s) || (s[j] != '[' && s[j] != '(' && s[j] != '{') {
		return 0, false, false, false
	}
	close := closingBracket(s[j])
	k := j + 1
	if k < len(s) && s[k] == ' ' {
		k++
	}
	switch {
	case k+2 < len(s) && hasPrefixFold(s[k:], "dot"):
		k += 3
	case k < len(s) && s[k] == '.':
		k++
	default:
		return 0, false, false, false
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] != close {
		return 0, false, false, false
	}
	k++
	if k < len(s) && s[k] == ' ' {
		k++
	}
	return k, true, false, true
}

// commonTLDs end a domain whose dots are spelled as words.
var commonTLDs = []string{"com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "me", "app", "dev", "uk", "de",
	"fr", "es", "it", "nl", "be", "ch", "at", "pl", "cz", "sk", "ru", "ua", "by", "kz", "br", "pt", "mx", "ar", "cl",
	"pe", "in", "id", "vn", "th", "jp", "kr", "cn", "tw", "hk", "sg", "my", "ph", "au", "nz", "ca", "us", "tr", "gr",
	"il", "ir", "pk", "bd", "ng", "ke", "za", "eg", "sa", "ae", "se", "no", "dk", "fi", "ie", "ro", "hu", "bg", "hr"}

// spelledAddress reads the domain after the written "@" s[a0:a1] and the
// local part before it, and returns the address if both are there. The
// domain comes first: after most " at " of a text no domain follows.
func spelledAddress(s string, a0, a1 int, form atForm, floor int) (span, bool) {
	end, spelledDomain := spelledDomainAt(s, a1)
	if end < 0 {
		return span{}, false
	}
	start, parts, spelledLocal := spelledLocalBefore(s, a0, floor)
	if start < 0 {
		return span{}, false
	}
	switch form {
	case atWord:
		// A bare " at ": both sides disguised.
		if parts < 2 || !(spelledLocal || spelledDomain) {
			return span{}, false
		}
	case atHash:
		if spelledLocal || spelledDomain || !swapNoteAfter(s, end) {
			return span{}, false
		}
	}
	return span{start, end}, true
}

// spelledDomainAt reads a domain from s[i]: labels joined by dots, written
// or spelled, and returns the end of the last label a top-level domain
// ends (-1 if none) and whether a dot before it was spelled.
func spelledDomainAt(s string, i int) (end int, spelled bool) {
	end, labels, worded, spelledSoFar := -1, 0, false, false
	stop := min(len(s), i+emailSpelledMax)
	for {
		var script letterScript
		j := i
		for j < stop {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == '.' || !isDomainRune(r) || !script.same(r) {
				break
			}
			j += n
		}
		if j == i {
			break
		}
		labels++
		if labels >= 2 && tldLabel(s[i:j], worded) {
			end, spelled = j, spelledSoFar
		}
		next, sp, w, ok := spelledDot(s, j)
		if !ok || next >= stop {
			break
		}
		i = next
		spelledSoFar = spelledSoFar || sp
		worded = worded || w
	}
	return end, spelled
}

// spelledLocalBefore reads the local part that ends at a0, back to floor
// at most: local runes, and dots spelled between them ("john dot smith",
// "rahul[dot]sharma"). It returns where it starts (-1 if there is none),
// how many parts it has, and whether a dot in it was spelled.
func spelledLocalBefore(s string, a0, floor int) (start, parts int, spelled bool) {
	start, parts = a0, 1
	limit := max(floor, a0-emailSpelledMax)
	for {
		var script letterScript
		j := start
		for j > limit {
			r, n := utf8.DecodeLastRuneInString(s[limit:j])
			if !isLocalRune(r) || !script.same(r) {
				break
			}
			if r == '.' || r == '_' {
				parts++
			}
			j -= n
		}
		if j == start {
			break
		}
		start = j
		// A spelled dot before it, and a local rune before that?
		d := dotBefore(s, start, limit)
		if d < 0 {
			break
		}
		if r, _ := utf8.DecodeLastRuneInString(s[limit:d]); d <= limit || !isLocalRune(r) || r == '.' {
			break
		}
		start, parts, spelled = d, parts+1, true
	}
	for start < a0 && (s[start] == '.' || s[start] == '-' || s[start] == '_') {
		start++
	}
	if start >= a0 || !hasLetterOrDigit(s[start:a0]) {
		return -1, 0, false
	}
	return start, parts, spelled
}

// dotBefore reads a spelled dot that ends at s[i] and returns where it
// starts, or -1.
func dotBefore(s string, i, limit int) int {
	if i-limit < 3 {
		return -1
	}
	if c := s[i-1]; c == ']' || c == ')' || c == '}' {
		open := openingBracket(c)
		j := strings.LastIndexByte(s[max(limit, i-8):i-1], open)
		if j < 0 {
			return -1
		}
		j += max(limit, i-8)
		if next, spelled, _, ok := spelledDot(s, j); ok && spelled && next == i {
			return j
		}
		return -1
	}
	if s[i-1] != ' ' || !dotWordLast[lowerASCII(s[i-2])] {
		return -1
	}
	for _, w := range dotWords {
		j := i - 1 - len(w) - 1
		if j >= limit && s[j] == ' ' && strings.EqualFold(s[j+1:i-1], w) {
			return j
		}
	}
	return -1
}

// tldLabel: a top-level domain, two to six ASCII letters, one of
// commonTLDs when the dots were spelled as words.
func tldLabel(label string, worded bool) bool {
	if len(label) < 2 || len(label) > 6 {
		return false
	}
	for i := 0; i < len(label); i++ {
		if !isASCIILetter(label[i]) {
			return false
		}
	}
	return !worded || oneOf(strings.ToLower(label), commonTLDs)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if isWordRune(r) && r != '_' {
			return true
		}
	}
	return false
}

// swapNoteAfter: soon after the address, a note pairs "#" with "@" ("（#换成@）",
// "(replace # with @)", "#→@").
func swapNoteAfter(s string, end int) bool {
	w := s[end:min(len(s), end+32)]
	h := strings.IndexByte(w, '#')
	if h < 0 {
		return false
	}
	a := strings.IndexByte(w[h:], '@')
	return a > 0 && a <= 16
}

// atWordFirst holds the first bytes of atWords (ASCII in lower case), so
// that most words of a text are passed over with one look, and
// atWordsByFirst the words by that byte.
var atWordFirst, atWordsByFirst = func() (t [256]bool, by [256][]string) {
	for _, w := range atWords {
		t[lowerASCII(w[0])] = true
		by[lowerASCII(w[0])] = append(by[lowerASCII(w[0])], w)
	}
	t['a'], t['e'] = true, true // the bare "at" and "et", which writtenAt reads before these words
	return t, by
}()

// dotWordFirst and dotWordLast hold the first and last bytes of dotWords
// (ASCII in lower case).
var dotWordFirst, dotWordLast = func() (first, last [256]bool) {
	for _, w := range dotWords {
		first[lowerASCII(w[0])], last[lowerASCII(w[len(w)-1])] = true, true
	}
	return first, last
}()

// writtenAtStart are the bytes a written "@" starts at: the space before a
// word, an opening bracket, "#".
var writtenAtStart = [256]bool{' ': true, '[': true, '(': true, '{': true, '#': true}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func closingBracket(c byte) byte {
	switch c {
	case '[':
		return ']'
	case '(':
		return ')'
	}
	return '}'
}

func openingBracket(c byte) byte {
	switch c {
	case ']':
		return '['
	case ')':
		return '('
	}
	return '{'
}
