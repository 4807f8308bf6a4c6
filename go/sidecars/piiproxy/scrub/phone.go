package scrub

import "strings"

// maxPhoneGroups bounds a candidate so that scanning stays linear even on
// long runs like "1 2 3 4 5 ...".
const maxPhoneGroups = 8

// phoneShape is what the scanner saw of a candidate number.
type phoneShape struct {
	plus       bool    // starts with "+" (or "(+")
	openParen  bool    // starts with "("
	innerParen bool    // has a parenthesised group after the start
	firstSep   int     // separator after the first group, -1 for none
	seps       [4]bool // separators used after the second group
	groups     [maxPhoneGroups]int
	ngroups    int
	digits     int
	first      [2]byte // the first two digits
}

// sepIndex numbers the separators a phone number may use; -1 for others.
func sepIndex(c byte) int {
	switch c {
	case ' ':
		return 0
	case '-':
		return 1
	case '.':
		return 2
	case '/':
		return 3
	}
	return -1
}

// findPhones finds telephone numbers in international and common national
// formats: "+44 20 7946 0958", "+33 1 23 45 67 89", "+81-3-1234-5678",
// "(555) 123-4567", "555.123.4567", "030 12345678", "06 12 34 56 78",
// "0044 20 7946 0958", "138 0013 8000". Digit runs without a "+" or a
// national trunk "0" are not phones: they are far more often ids, counts or
// Unix timestamps. Dates, decimals, versions and IP-like quads fail the
// shape rules in phoneShape.valid.
func findPhones(s string) []span {
	if countDigits(s) < 7 {
		return nil
	}
	var out []span
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '+' && c != '(' && !isDigit(c) {
			continue
		}
		if !numberStartOK(s, i) || (i > 0 && (s[i-1] == '+' || s[i-1] == '-' || isDigit(s[i-1]))) || continuesGroups(s, i) {
			continue // glued to a number, a negative number, or the tail of a grouped one
		}
		end, sh, ok := scanPhone(s, i)
		if ok && (sh.valid() || (sh.cuedNineDigits() && phoneCueBefore(s, i))) && numberEndOK(s, end) {
			out = append(out, span{i, end})
			i = end - 1
		}
	}
	return out
}

// scanPhone reads digit groups joined by single separators (space, "-",
// ".", "/") and at most one parenthesised group.
func scanPhone(s string, i int) (int, phoneShape, bool) {
	sh := phoneShape{firstSep: -1}
	open := false
	switch {
	case s[i] == '(' && i+1 < len(s) && s[i+1] == '+':
		sh.plus, sh.openParen, open = true, true, true
		i += 2
	case s[i] == '+':
		sh.plus = true
		i++
	case s[i] == '(':
		sh.openParen, open = true, true
		i++
	}
	for {
		if i >= len(s) || !isDigit(s[i]) || sh.ngroups == maxPhoneGroups {
			return 0, sh, false
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			if sh.digits < 2 {
				sh.first[sh.digits] = s[i]
			}
			sh.digits++
			i++
		}
		if sh.digits > 15 {
			return 0, sh, false
		}
		sh.groups[sh.ngroups] = i - start
		sh.ngroups++

		k := i
		if k < len(s) && s[k] == ')' && open {
			open = false
			k++
		}
		sep := -1
		if k < len(s) {
			if sep = sepIndex(s[k]); sep >= 0 {
				k++
			}
		}
		if k < len(s) && s[k] == '(' && !open && !sh.innerParen && (sh.plus || (sh.ngroups == 1 && sh.trunkDigitFirst())) {
			open, sh.innerParen = true, true
			k++
		}
		if k == i || k >= len(s) || !isDigit(s[k]) {
			if open {
				return 0, sh, false
			}
			return i, sh, true
		}
		switch {
		case sep >= 0 && sh.ngroups == 1:
			sh.firstSep = sep
		case sep >= 0:
			sh.seps[sep] = true
		}
		i = k
	}
}

func (sh *phoneShape) valid() bool {
	if sh.digits < 7 || sh.digits > 15 {
		return false
	}
	if sh.plus {
		return sh.digits >= 8
	}
	if sh.openParen {
		return sh.digits >= 9 && sh.digits <= 12
	}
	if sh.trunkDigitFirst() && sh.digits == 11 && (sh.innerParen || sh.first[0] == '8') {
		return true // "8 (495) 123-45-67", "8 912 345 67 89", "1 (555) 123-4567"
	}
	trunk := sh.first[0] == '0' && sh.first[1] != '0'
	intl := sh.first[0] == '0' && sh.first[1] == '0'
	if sh.ngroups == 1 {
		return trunk && sh.digits >= 10 && sh.digits <= 11
	}
	if !sh.oneSeparator(trunk) || sh.innerParen || sh.looksLikeDate() || sh.decimal() {
		return false
	}
	g := sh.groups[:sh.ngroups]
	switch {
	case intl:
		return sh.digits >= 10
	case trunk:
		return g[0] >= 2 && g[0] <= 5 && sh.digits >= 9 && sh.digits <= 12
	case eq(g, 3, 3, 4): // North American 555-123-4567
		return sh.first[0] >= '2'
	case eq(g, 1, 3, 3, 4): // 1 555 123 4567
		return sh.first[0] == '1'
	case eq(g, 3, 4, 4): // Chinese mobile 138 0013 8000
		return sh.first[0] == '1'
	}
	return false
}

// decimal is "06.3555698": two groups around a full stop.
func (sh *phoneShape) decimal() bool {
	return sh.ngroups == 2 && sh.firstSep == sepIndex('.')
}

// trunkDigitFirst is a leading "1" (North America) or "8" (Russia and
// neighbours) written as its own group.
func (sh *phoneShape) trunkDigitFirst() bool {
	return sh.groups[0] == 1 && (sh.first[0] == '1' || sh.first[0] == '8')
}

// oneSeparator wants a single kind of separator throughout, except that a
// national number may set its area code off with "-" or "/" and group the
// rest with spaces ("08-123 456 78", "0171/123 4567").
func (sh *phoneShape) oneSeparator(trunk bool) bool {
	later := -1
	for sep, used := range sh.seps {
		if !used {
			continue
		}
		if later >= 0 {
			return false
		}
		later = sep
	}
	switch {
	case later < 0 || sh.firstSep == later:
		return true
	case trunk && later == sepIndex(' '):
		return sh.firstSep == sepIndex('-') || sh.firstSep == sepIndex('/')
	}
	return false
}

// cuedNineDigits is the Spanish and Polish national layout "612 345 678".
// As a shape it is also a number with thousands separators ("600 000 000
// rows"), so findPhones takes it only after a word that announces a phone.
func (sh *phoneShape) cuedNineDigits() bool {
	return eq(sh.groups[:sh.ngroups], 3, 3, 3) && sh.oneSeparator(false) && sh.first[0] != '0'
}

// phoneCues are words that announce a phone number, in the languages of
// the prompts Vellum sees; matched case-insensitively in the few words
// before a candidate.
var phoneCues = []string{
	"tel", "phone", "call", "ring", "mobile", "cell", "fax", "whatsapp", "number", "nummer", "número", "numéro",
	"numero", "llam", "llám", "móvil", "movil", "telefon", "téléphone", "handy", "komórk", "zadzwo", "dzwo",
	"电话", "電話", "手机", "телефон", "тел", "звон",
}

const phoneCueWindow = 32 // bytes before a number searched for a cue

func phoneCueBefore(s string, i int) bool {
	before := strings.ToLower(s[max(0, i-phoneCueWindow):i])
	for _, cue := range phoneCues {
		if strings.Contains(before, cue) {
			return true
		}
	}
	return false
}

// looksLikeDate catches "2024-01-15 10", "15.01.2024 12" and friends whose
// leading groups are a date.
func (sh *phoneShape) looksLikeDate() bool {
	if sh.ngroups < 3 {
		return false
	}
	a, b, c := sh.groups[0], sh.groups[1], sh.groups[2]
	small := func(n int) bool { return n == 1 || n == 2 }
	return (a == 4 && small(b) && small(c)) || (small(a) && small(b) && c == 4)
}

func eq(g []int, want ...int) bool {
	if len(g) != len(want) {
		return false
	}
	for i := range g {
		if g[i] != want[i] {
			return false
		}
	}
	return true
}
