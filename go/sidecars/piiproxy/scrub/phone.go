package scrub

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	first      [3]byte // the first three digits
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
//
// The words before a number tip the balance both ways (see phoneContext):
// after "Tel.", "mobile", "llámame" or "手机" a national number without a
// trunk prefix is taken ("612 345 678", "98765 43210", "13800138000"), and
// after "order", "Rechnung" or "#" a number without a "+" is an id however
// much it looks like a phone ("Bestellnummer 0123456789").
func findPhones(s string) []span {
	spoken := findSpokenPhones(s)
	if countDigits(s) < 6 {
		return spoken
	}
	out := findWrittenPhones(s)
	if len(spoken) > 0 {
		out = disjoint(append(out, spoken...))
	}
	return out
}

// findWrittenPhones finds the numbers written in digits.
func findWrittenPhones(s string) []span {
	var out []span
	var columns *[]span // the cells under a phone column's header, read at the first number that needs them
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '+' && c != '(' && !isDigit(c) {
			continue
		}
		if !numberStartOK(s, i) || (i > 0 && (s[i-1] == '+' || s[i-1] == '-' && !afterHebrewPrefix(s, i-1) || isDigit(s[i-1]))) ||
			continuesGroups(s, i) {
			continue // glued to a number, a negative number, or the tail of a grouped one
		}
		if i >= 2 && s[i-1] == ',' && s[i-2] == ',' {
			continue // a dial string's pause before the conference id it keys in: "+49 69 120 073 446,,471920583#"
		}
		end, sh, ok := scanPhone(s, i)
		if ok && end < len(s) && s[end] == '#' {
			continue // keyed in on a keypad, ended by "#": a conference id or a PIN, "Konferenz-ID: 471 920 583#"
		}
		// an extension glued to the number ends it as a space would
		// ("0184x617"); it stays outside the placeholder, as realworld_test.go decided
		if !ok || !numberEndOK(s, extensionAfter(s, end)) && !caseSuffixAfter(s, end) {
			continue
		}
		valid := sh.valid() || sh.digits == 13 && sh.argentineMobile(s[i:end])
		if !valid && !sh.cuedShape(s[i:end]) && !(sh.phoneWordShape(s[i:end]) && phoneContext(s, i) == phoneCue) {
			if i > 0 && (s[i-1] == '/' || s[i-1] == '=') {
				if end, ok := linkPhoneAt(s, i); ok {
					out = append(out, span{i, end})
					i = end - 1
				}
			}
			continue
		}
		if sh.openParen && !sh.plus && (sh.ngroups == 1 || strings.IndexByte(s[i:end], ')') < 0) {
			continue // "(2147483647)", "(10000-100000 or more)": a number in parentheses; its digits are tried next
		}
		if !sh.plus && (sh.dottedQuad(s[i:end]) || sh.roundRange(s[i:end]) || sh.byteDump() || hexField(s, i, end) || quantityAfter(s, end) || zipPlus4(s, i, &sh) || (sh.ngroups == 1 && digitSequence(s[i:end])) || ibanGroupsBefore(s, i)) {
			continue
		}
		if !sh.plus {
			ctx := phoneContext(s, i)
			if ctx == noContext && listedAfterPhone(s, out, i) {
				ctx = phoneCue
			}
			switch {
			case ctx == idContext:
				continue
			case !valid && !(ctx == phoneCue || (ctx == weakPhoneCue && sh.ngroups > 1 && !sh.shortCued(s[i:end]))):
				// a table's or an INSERT's column header is the cell's cue
				if columns == nil {
					cells := columnCells(s, phoneHeader, wholeCell)
					columns = &cells
				}
				if !sh.cuedShape(s[i:end]) || !slices.Contains(*columns, span{i, end}) {
					continue
				}
			}
		}
		out = append(out, span{i, end})
		i = end - 1
	}
	if strings.IndexByte(s, '%') >= 0 {
		if encoded := encodedPlusPhones(s); encoded != nil {
			out = disjoint(append(out, encoded...))
		}
	}
	return out
}

// extensionAfter returns where an extension written after the number that
// ends at end ends ("568-431-0184x617", "555-123-4567 ext. 204", "x 12"),
// or end without one.
func extensionAfter(s string, end int) int {
	k := end
	if k < len(s) && s[k] == ' ' {
		k++
	}
	switch {
	case hasPrefixFold(s[k:], "ext."):
		k += len("ext.")
	case hasPrefixFold(s[k:], "ext"):
		k += len("ext")
	case k < len(s) && (s[k] == 'x' || s[k] == 'X'):
		k++
	default:
		return end
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	d := k
	for d < len(s) && isDigit(s[d]) && d-k < 6 {
		d++
	}
	if d == k || d < len(s) && isDigit(s[d]) || !numberEndOK(s, d) {
		return end
	}
	return d
}

// ibanGroupsBefore: the number at s[i] goes on an account number's groups,
// a country code and check digits and up to two groups of four before it
// ("NL92 ABNA 0417 1643 00", an IBAN whose check fails, as a bank's
// message quotes it): the rest of an account number, not a phone.
func ibanGroupsBefore(s string, i int) bool {
	k := i
	for groups := 0; groups < 3; groups++ {
		if k < 5 || s[k-1] != ' ' {
			return false
		}
		g := s[k-5 : k-1]
		for n := 0; n < 4; n++ {
			if !isDigit(g[n]) && !isUpper(g[n]) {
				return false
			}
		}
		k -= 5
		if _, ok := ibanLengths[g[:2]]; ok && isDigit(g[2]) && isDigit(g[3]) && (k == 0 || !isASCIIAlnum(s[k-1])) {
			return true
		}
	}
	return false
}

// phoneHeader: a table's header cell that names phone numbers ("Telefon",
// "telefono", "Mobile").
func phoneHeader(h string) bool { return phoneCuePrefixes.match(h) }

var phoneCuePrefixes = newCuePrefixes(cueSet{stems: phoneCues})

// wholeCell is a cell, as it is.
func wholeCell(_, _ string, start, end int) (span, bool) { return span{start, end}, true }

// encodedPlusPhones finds the international numbers whose "+" a query
// string or a form body encodes, "%2B48601482739" (as findEmails reads
// "%40"), compact as a URL writes them; the "%2B" is masked with its
// number.
func encodedPlusPhones(s string) []span {
	var out []span
	for k := 0; ; {
		p := strings.Index(s[k:], "%2")
		if p < 0 {
			return out
		}
		p += k
		k = p + 2
		if p+3 >= len(s) || s[p+2]|0x20 != 'b' || p > 0 && isWordByte(s[p-1]) {
			continue // "C%2B%2B", "1%2B2": a plus between words or numbers
		}
		if end, ok := compactIntl(s, p+3); ok {
			out = append(out, span{p, end})
			k = end
		}
	}
}

// linkMarks end the text before a number that a link carries with its
// country code and no "+": WhatsApp's "https://wa.me/5511974123856" and
// "api.whatsapp.com/send?phone=…".
var linkMarks = [...]string{"wa.me/", "send?phone=", "send/?phone="}

// linkPhoneAt reads such a number at s[i].
func linkPhoneAt(s string, i int) (int, bool) {
	for _, m := range linkMarks {
		if hasSuffixFold(s[:i], m) {
			return compactIntl(s, i)
		}
	}
	return 0, false
}

// compactIntl reads an international number without its "+" at s[k]:
// digits only, of a valid length.
func compactIntl(s string, k int) (int, bool) {
	if k >= len(s) || !isDigit(s[k]) {
		return 0, false
	}
	t := "+" + s[k:min(len(s), k+24)]
	end, sh, ok := scanPhone(t, 0)
	if !ok || !sh.valid() || sh.ngroups != 1 {
		return 0, false
	}
	end += k - 1
	return end, numberEndOK(s, end)
}

// listedAfterPhone: the number at i is the second of a pair that one cue
// announces, "Volejte na +420 603 123 456 nebo 224 812 345" ("call … or
// …"), "Tel. 040 123 4567 / 09 123 4567": a phone found just before it on
// the same line, with only a short connector word or a slash between them.
// phoneContext stops at the first number's digits, which hide the cue.
func listedAfterPhone(s string, found []span, i int) bool {
	if len(found) == 0 {
		return false
	}
	prev := found[len(found)-1].end
	if i-prev > 12 {
		return false
	}
	return strings.IndexAny(s[prev:i], "\n.;:!?0123456789") < 0
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
	case s[i] == '+' && i+1 < len(s) && s[i+1] == '(': // "+(370) 73422914"
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
			if sh.digits < len(sh.first) {
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
				if sep == 0 && sh.ngroups == 1 && sh.first[0] == '0' && k+1 < len(s) && s[k] == '/' && s[k+1] == ' ' {
					sep, k = sepIndex('/'), k+2 // "0171 / 48 29 375": an area code set off by a spaced slash
				}
			}
		}
		if k+1 < len(s) && s[k] == '(' && isDigit(s[k+1]) && !open && !sh.innerParen && // "(solo WhatsApp)" after a number ends it
			(sh.plus || (sh.ngroups == 1 && (sh.trunkDigitFirst() || sh.loneZero()))) {
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
		return sh.digits >= 8 && !sh.signedNumber()
	}
	if sh.openParen {
		return sh.digits >= 9 && sh.digits <= 12
	}
	if sh.trunkDigitFirst() && sh.digits == 11 && (sh.innerParen || sh.first[0] == '8') {
		return true // "8 (495) 123-45-67", "8 912 345 67 89", "1 (555) 123-4567"
	}
	if sh.loneZero() && sh.innerParen && sh.digits >= 10 && sh.digits <= 12 {
		return true // Turkish "0 (532) 123 45 67"
	}
	trunk := sh.first[0] == '0' && sh.first[1] != '0'
	// "00" dials out, and no country code starts with 0: "0001-00012345"
	// is a zero-padded document number (an Argentine remito, a Mexican folio)
	intl := sh.first[0] == '0' && sh.first[1] == '0' && sh.first[2] != '0'
	if sh.ngroups == 1 {
		return trunk && sh.digits >= 10 && sh.digits <= 11
	}
	if !sh.oneSeparator(trunk) || sh.innerParen || sh.looksLikeDate() || sh.decimal() {
		return false
	}
	g := sh.groups[:sh.ngroups]
	switch {
	case intl:
		return sh.digits >= 10 && g[0] >= 2 // "00" dials out as one group; "0 0 5 120 230 4" is a row of numbers
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

// signedNumber is a number with a "+" sign that no country code can
// start: three groups of three after a one-digit lead, thousands as a
// manual's table of ranges writes them ("-2.147.483.648, +2.147.483.647 0",
// whatever column follows; a one-digit country code is +1 or +7, whose
// national numbers have ten digits, grouped 3-3-4 or 3-3-2-2), or a
// decimal with more digits before its point than a country code has
// ("+12345.000"; a registry's "+33.123456789" is a phone).
func (sh *phoneShape) signedNumber() bool {
	g := sh.groups[:sh.ngroups]
	if sh.ngroups == 2 && sh.firstSep == sepIndex('.') {
		return g[0] > 3
	}
	return sh.ngroups >= 4 && eq(g[:4], 1, 3, 3, 3)
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

// loneZero is a trunk "0" written as its own group before a parenthesised
// area code, as in Turkey: "0 (532) 123 45 67".
func (sh *phoneShape) loneZero() bool {
	return sh.groups[0] == 1 && sh.first[0] == '0'
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
	case trunk && sh.firstSep == sepIndex('/'):
		return true // the Belgian "02/123.45.67", the Serbian "064/123-4567"
	case trunk && sh.firstSep == sepIndex(' ') && later == sepIndex('-'):
		return sh.ngroups >= 4 // the Ukrainian and Russian "044 123-45-67": an area code, then the number's pairs
	}
	return false
}

// cuedShape is a national number written without its trunk prefix, which
// findPhones takes only after a word that announces a phone: the Spanish and
// Polish "612 345 678", the Indian "98765 43210", the Mexican "55 1234 5678",
// the Brazilian "11 91234-5678", and compact "612345678", "9876543210" or
// "13800138000". As shapes they are also counts with thousands separators
// ("600 000 000 rows") and ids.
func (sh *phoneShape) cuedShape(num string) bool {
	if sh.ngroups == 1 && sh.first[0] == '0' && sh.first[1] == '0' && sh.first[2] != '0' && sh.digits >= 12 {
		return true // "00971523449628", dialled out in one run: a KID or an ICE ("0012345678903") without the cue
	}
	if sh.ngroups == 1 && sh.first[0] == '0' && sh.first[1] != '0' && sh.digits == 9 {
		return true // a nine-digit national number with its trunk "0" in one run ("081507967", Israel, Belgium, Jordan)
	}
	if sh.plus || sh.openParen || sh.innerParen || sh.first[0] == '0' || sh.digits < 7 || sh.digits > 11 {
		return false
	}
	if sh.digits < 9 || sh.first[0] == '8' && sh.groups[0] == 1 {
		return sh.shortCued(num)
	}
	if sh.ngroups == 1 {
		return true
	}
	for _, g := range sh.groups[:sh.ngroups] {
		if g < 2 {
			return false
		}
	}
	later := 0 // the area code may be set off differently: "11 91234-5678"
	for _, used := range sh.seps {
		later += b2i(used)
	}
	return sh.ngroups <= 4 && later <= 1 && !sh.looksLikeDate() && !sh.decimal()
}

// shortCued is a number of a country whose numbers have no trunk prefix
// and seven or eight digits, grouped as people write them: "9911 2345"
// (Mongolia, Singapore, Hong Kong, Latvia, Estonia, Qatar), "862 1234"
// (Iceland); or the Lithuanian trunk "8" before eight digits, "8 612
// 34567", "8 5 212 3456". Counts, years and ids take these shapes far
// more often ("1500 2000", "2019 2024"), so only a word that names a phone
// ("Tel.", "HP:", "Утас:", "Sími:") announces them, never a bare "number".
func (sh *phoneShape) shortCued(num string) bool {
	if sh.plus || sh.openParen || sh.innerParen || sh.digits < 7 || sh.digits > 9 {
		return false
	}
	g := sh.groups[:sh.ngroups]
	if sh.first[0] == '8' && g[0] == 1 && sh.digits == 9 && sh.ngroups >= 3 && sh.firstSep == sepIndex(' ') {
		return true
	}
	if sh.first[0] != '0' && sh.digits == 8 && (eq(g, 2, 2, 2, 2) || eq(g, 3, 2, 3)) && sh.firstSep == sepIndex(' ') {
		return true // Danish and Norwegian numbers: "33 21 48 59", "922 48 173"
	}
	if sh.first[0] != '0' && sh.digits == 8 && sh.ngroups == 1 && !yearsOrRounds(num) {
		return true // the same run together, "44675601", as a phone word announces it
	}
	if sh.first[0] != '0' && eq(g, 3, 2, 2) && sh.firstSep == sepIndex(' ') {
		return true // a local number in Switzerland, Liechtenstein, Ukraine: "819 65 85"
	}
	return sh.first[0] != '0' && (eq(g, 4, 4) || eq(g, 3, 4)) && sh.firstSep == sepIndex(' ') && !yearsOrRounds(num)
}

// phoneWordShape is any grouping of a national number that only a word
// naming a phone ("Tel.", "call me at", "Handy") lets findPhones take, as
// national plans and the people who write them group digits in ways no
// shape rule lists: the Armenian "(10) 132999" and "10-120088", the
// Luxembourg "22 11 34", the Austrian "02804 08211 413", the Georgian "0
// 32 383 22 08", the Hungarian "06-1/130 3715", the Colombian "57 314 022 69
// 71" (its country code without the "+"), the Ukrainian "245-29-34". Six to
// thirteen digits (six only as three spaced pairs; in one run only the
// twelve of a country code and a number, as seven are a postcode after
// "Tel Aviv"), spaces, hyphens and slashes mixed at will, and at most one
// one-digit group, first or second (a trunk "0", a city's "1"). Full stops
// are left to the shape rules, as versions use them ("Office
// 16.0.17328.20162"); a date, a count with spaces between its thousands
// ("calls 34 567 890 times"), pairs that count up evenly ("cells 10 20
// 30"), or a year or round figures in two groups ("Tel. 1500 2000 Stück")
// are still not phones.
func (sh *phoneShape) phoneWordShape(num string) bool {
	if sh.plus || sh.digits > 13 || sh.digits < 6 || sh.looksLikeDate() || strings.IndexByte(num, '.') >= 0 {
		return false
	}
	g := sh.groups[:sh.ngroups]
	if sh.ngroups == 1 {
		return sh.digits == 12
	}
	if sh.digits == 6 {
		return eq(g, 2, 2, 2) && sh.firstSep == sepIndex(' ') && !evenPairs(num)
	}
	if sh.ngroups == 2 && yearsOrRounds(num) || sh.spacedThousands() {
		return false
	}
	short := 0
	for k, n := range g {
		if n == 1 {
			short++
			if k > 1 || short > 1 {
				return false
			}
		}
	}
	return true
}

// evenPairs: the three pairs of "10 20 30" or "12 34 56" step up evenly,
// as a row of figures does and a subscriber's number hardly ever.
func evenPairs(num string) bool {
	a, b, c := atoi(num[0:2]), atoi(num[3:5]), atoi(num[6:8])
	return b > a && b-a == c-b
}

// spacedThousands is a count whose thousands are set off by spaces: a
// first group of one to three digits (no trunk "0"), then groups of three.
func (sh *phoneShape) spacedThousands() bool {
	if sh.first[0] == '0' || sh.groups[0] > 3 || sh.firstSep != sepIndex(' ') || sh.seps != [4]bool{0: sh.ngroups > 2} {
		return false
	}
	for _, n := range sh.groups[1:sh.ngroups] {
		if n != 3 {
			return false
		}
	}
	return true
}

// yearsOrRounds: the last group of a short number is a year, or both
// groups are round or powers of two, as versions and sizes are after a
// word that merely starts like a phone cue ("Office 2016 2019", "Office
// 365 2019", "ring buffer 4096 8192", "Tel. 1500 2000 Stück"), or a
// span of years is ("Telif hakkı © 1998-2004", Turkish for copyright).
func yearsOrRounds(num string) bool {
	num = strings.TrimPrefix(num, "(")
	k, j := 0, len(num)
	for k < len(num) && isDigit(num[k]) {
		k++
	}
	for j > k && isDigit(num[j-1]) {
		j--
	}
	a, b := atoi(num[:k]), atoi(num[j:])
	round := func(v int) bool { return v%100 == 0 || v&(v-1) == 0 }
	return b >= 1900 && b <= 2099 || round(a) && round(b)
}

// argentineMobile is an Argentine mobile number written with its national
// "15": the trunk "0", an area code of two to four digits, "15" and six to
// eight digits, thirteen in all ("011 15-2345-6789", "(0351) 15 123-4567").
// Its separators are mixed as the area code and the "15" set them off.
func (sh *phoneShape) argentineMobile(num string) bool {
	if sh.plus || sh.digits != 13 || sh.first[0] != '0' || sh.ngroups < 3 || sh.groups[1] != 2 || sh.groups[0] < 3 || sh.groups[0] > 5 {
		return false
	}
	k := strings.IndexFunc(num, func(r rune) bool { return r != '(' && (r < '0' || r > '9') })
	for k >= 0 && k < len(num) && (num[k] < '0' || num[k] > '9') {
		k++
	}
	return k >= 0 && strings.HasPrefix(num[k:], "15")
}

// caseSuffixAfter: a case ending is joined to the number at end by a
// hyphen, as Hungarian writes it ("a 06 1 234 5678-as számon", "on the
// number …"; "-ra", "-on", "-ig"): one to four lower-case letters, then no
// word character.
func caseSuffixAfter(s string, end int) bool {
	if end+1 >= len(s) || s[end] != '-' {
		return false
	}
	k, n := end+1, 0
	for k < len(s) && n <= 4 {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLower(r) {
			break
		}
		k += size
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return k == len(s) || !isWordRune(r)
}

// phoneContext is what the words just before a number say about it.
type phoneCtx int

const (
	noContext    phoneCtx = iota
	weakPhoneCue          // "number", "Nummer", "número": phones and ids alike
	phoneCue              // "Tel.", "mobile", "llámame", "手机"
	idContext             // "order", "Rechnung", "ticket", "#"
)

// phoneCues are words that announce a phone number, in the languages of
// the prompts Vellum sees, and idCues words that announce an identifier;
// matched case-insensitively from a word start (anywhere for CJK cues) in
// the few words before a candidate, back to the previous number or line. The
// nearest cue decides, except that a weak cue ("Bestellnummer", "order
// number") yields to any other.
var (
	phoneCues = []string{
		"tel", "phone", "call", "ring", "mobil", "cell", "fax", "whatsapp", "sms", "text me", "reach me", "my number",
		"handy", "ruf", "anruf", "meine nummer", "téléphone", "portable", "appel", "mon numéro", "llam", "llám", "móvil", "movil",
		"celular", "mi número", "mi numero", "chiam", "il mio numero", "liga", "telemóvel", "meu número", "bel ", "mijn nummer",
		"komórk", "zadzwo", "dzwo", "mój numer", "тел", "звон", "мой номер", "моб",
		"电话", "電話", "手机", "手機", "携帯", "連絡先", "联系方式", "전화", "휴대", "연락처", "هاتف", "جوال", "טלפון", "נייד",
		// the third blind table's locales: Polish "kom." (komórka) and office
		// lines, Czech, Nordic, Greek, Swahili, Tagalog, Vietnamese, Thai,
		// Bengali, Urdu and Persian words for phone, mobile and call
		"kom.", "kom:", "biuro", "büro", "office", "oficina", "kantor", "ofis", "volej", "zavolej", "puh", "tlf", "gsm",
		"faks", "τηλ", "κιν", "simu", "nipigie", "tawag", "landline", "sđt", "điện thoại", "đt", "โทร", "เบอร์", "ফোন",
		"মোবাইল", "فون", "موبائل", "تلفن", "موبایل", "موبايل", "फ़ोन", "फोन", "मोबाइल",
		// Tamil telephone and mobile (the fourth blind table)
		"தொலைபேசி", "கைபேசி", "அலைபேசி",
		// the fifth blind table's (realworld5_test.go): the handphone of
		// Singapore and Malaysia ("HP:", not a bare "HP", a brand and hit
		// points), Icelandic, Lithuanian, Latvian, Mongolian, Georgian,
		// Armenian, Khmer, Lao, Burmese and Sinhala words for phone and call
		"hp:", "h/p", "handphone", "sími", "simi:", "skambin", "tālr", "утас", "ტელ", "მობ", "հեռ", "ទូរស័ព្ទ", "ໂທ",
		"ဖုန်း", "දුරකථန",
		// the seventh blind table's (realworld7_test.go): Latin American
		// "cel" and "celu" as a word, Portuguese "ligue"/"ligar", and
		// "my number" in Hindi, Bengali, Urdu and Persian
		"cel ", "cel:", "cel.", "celu ", "celu:", "ligue", "ligar", "मेरा नंबर", "मेरा नम्बर", "আমার নম্বর", "میرا نمبر",
		"شماره‌ام", "شمارم",
		// the eighth blind table's (realworld8_test.go): French "Tél." with
		// its accent, Telugu and Marathi mobile and phone, and the Chinese
		// waybill's recipient and sender, whose phone follows the name
		"tél", "మొబైల్", "ఫోన్", "मोबाईल", "दूरध्वनी", "收件人", "收货人", "寄件人", "联系人", "收貨人", "聯絡人",
		// the sixteenth blind table's: a contact field, and Portuguese
		// "contacte o estafeta pelo …"
		"contact:", "contacte", "contactar",
	}
	weakPhoneCues = []string{"number", "nummer", "numéro", "número", "numero", "numer", "numara", "номер", "番号", "号码", "번호", "رقم",
		"नंबर", "नम्बर", "নম্বর", "نمبر", "شماره"}
	idCues = []string{
		"order", "bestell", "auftrag", "invoice", "rechnung", "factur", "fattur", "commande", "pedido", "ordine", "ticket",
		"kunden", "konto", "account", "acct", "iban", "blz", "ref ", "ref.", "ref:", "réf", "referen", "référence", "artikel", "art.",
		"article", "sku", "p/n", "part no", "part num", "part #",
		"model", "serial", "serien", "tracking", "sendung", "isbn", "customer id", "user id", "id:", "id ",
		"заказ", "счёт", "счет", "订单", "注文", "주문",
		// tax and company registration numbers, which may start with a 0 ("P.IVA 01234567890")
		"p.iva", "partita iva", "codice fiscale", "vat ", "vat:", "vat-", "tax id", "tax no", "tax number", "ust-id", "ustid",
		"steuernummer", "nip ", "nip:", "siren", "siret", "cnpj", "cpf", "инн", "огрн", "єдрпоу", "vergi", "mã số thuế", "mst",
		"npwp", "gstin", "사업자", "税号",
		// documents and company numbers of the third blind table's locales
		"remito", "folio", "comprobante", "factur", "faktur", "fatura", "sipariş", "lasku", "objednáv", "zamówien",
		"cuit", "nit ", "rfc ", "cvr", "org.nr", "orgnr", "y-tunnus", "ičo", "dič", "regon", "đơn hàng", "hóa đơn",
		// a Belgian company's number, "N° d'entreprise BE 0123.456.749"
		"entreprise", "ondernemingsn",
		// the eighth blind table's: insurance policies, court and complaint
		// cases, company registers ("Póliza n.º 048-2917365", "Ügyszám: 048
		// 291 733", "Cégjegyzékszám: 01-09-123456")
		"policy", "póliza", "poliza", "pòlissa", "polizza", "apólice", "polisa", "police n", "पॉलिसी", "ügyszám",
		"cégjegyzék", "aktenzeichen", "az.", "case no", "case number", "claim no", "claim number", "predmet",
		// a company's tax registration in the Philippines and Egypt (the
		// sixteenth blind table: "TIN 008-482-917-000", "رقم التسجيل
		// الضريبي: 482-917-365")
		"tin ", "tin:", "tin no", "ضريبي",
		// a drug's National Drug Code ("NDC 0093-7267-01")
		"ndc",
		"company reg", "registration no", "handelsregister", "ticaret sicil", "tic. sicil",
		// a vehicle's plate, whose digits an Algerian plate groups as a
		// phone's ("Plate 01429 345 29", bench/pii's near-misses)
		"plate", "plaque", "immatricul", "kennzeichen", "matrícula", "targa", "kenteken", "number plate", "لوحة",
		// a product's serial and model numbers in Japanese, Chinese and
		// Korean manuals ("製造番号 2104-005817"), whose "番号" and "号码"
		// are also weak phone cues
		"製造番号", "製品番号", "品番", "型番", "シリアル", "序列号", "产品编号", "型号", "제조번호", "시리얼", "모델",
		// the thirteenth blind table's forms: a company's employer and
		// taxpayer numbers, an Egyptian tax card, a Russian motor policy, a
		// utility's meter
		"ein:", "ein #", "employer identification", "tin:", "tin #", "tin no", "taxpayer identification",
		"البطاقة الضريبية", "الرقم الضريبي", "осаго", "полис", "meter no", "meter number", "meter:", "zähler",
		"compteur", "contador", "medidor",
		// a case's or a file's number (the fourteenth blind table: "dossier
		// numéro 25-04118-72", "il numero della pratica è 2025/00417")
		"dossier", "pratica", "expediente", "vorgang", "processo", "sprawa", "zaak",
	}
)

const phoneCueWindow = 40 // bytes before a number searched for a cue

// phoneContext scans the window before a number at i, nearest first.
func phoneContext(s string, i int) phoneCtx {
	if i >= 1 && s[i-1] == '#' || i >= 2 && s[i-1] == ' ' && s[i-2] == '#' {
		return idContext // "Order #0134242890", "ticket # 0123456789"
	}
	lo := lineWindowStart(s, i, phoneCueWindow)
	weak := false
	for p := i - 1; p >= lo; p-- {
		c := s[p]
		if isDigit(c) {
			break // "call 1349; ts=1658460288": the cue is another number's
		}
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			continue // cues start with a letter
		}
		if c >= utf8.RuneSelf && (!utf8.RuneStart(c) || insideCasedWord(s, p)) {
			continue
		}
		if c < utf8.RuneSelf && p > 0 && isASCIILetter(s[p-1]) {
			continue // not a word start
		}
		switch {
		case cueAt(s[p:i], phoneCues):
			return phoneCue
		case cueAt(s[p:i], idCues):
			return idContext
		case !weak && cueAt(s[p:i], weakPhoneCues):
			weak = true
		}
	}
	if weak {
		return weakPhoneCue
	}
	return noContext
}

// insideCasedWord: the letter at s[p] (outside ASCII) continues a word of
// a script that puts spaces between words and prefixes no particle to
// them: "работодателя" (the employer's) holds the phone cue "тел" and is
// none. Scripts without spaces (isCJK) and Arabic and Hebrew, which glue
// "and", "to", "in" to a word ("وجوالي", "לטלפון"), take cues inside
// their words.
func insideCasedWord(s string, p int) bool {
	if p == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:p])
	r, _ := utf8.DecodeRuneInString(s[p:])
	return unicode.IsLetter(prev) && !isCJK(r) && !(0x0590 <= r && r <= 0x06ff)
}

// cueAt reports whether s starts with one of the cues, ignoring case.
func cueAt(s string, cues []string) bool {
	for _, cue := range cues {
		if hasPrefixFold(s, cue) {
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
	// no year starts with 0: "0470 12 34 56" is a Belgian mobile
	return (a == 4 && small(b) && small(c) && sh.first[0] != '0') || (small(a) && small(b) && c == 4)
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

// quantityUnits are units of size and time that follow a number which
// counts something: "(8589934591 Byte)" in a translated tar(1), whose
// "portable Format" before it holds a phone cue (French "portable").
// "ms" and "sec" are left out: "Ms. Jones" and "Sec." (a secretary) may
// follow a phone in a signature.
var quantityUnits = []string{"byte", "bytes", "octet", "octets", "bit", "bits", "kb", "kib", "mb", "mib", "gb", "gib",
	"tb", "tib", "blocks", "sectors", "µs", "ns", "seconds", "sekunden", "secondes", "segundos",
	"байт", "байта", "байтов", "bajtów", "bajty", "字节", "字節", "バイト", "바이트"}

// quantityAfter: the number ending at end is followed by a unit.
func quantityAfter(s string, end int) bool {
	i := end
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] <= ' ' {
		return false
	}
	for _, u := range quantityUnits {
		if len(s)-i >= len(u) && hasPrefixFold(s[i:], u) {
			k := i + len(u)
			if k == len(s) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[k:])
			if !isWordRune(r) || isCJK(r) {
				return true
			}
		}
	}
	return false
}

// usStates are the postal codes of US states and territories whose ZIP
// codes start with 0, the ones a trunk-0 phone shape can take: "Boston, MA
// 02110-1301" (the Free Software Foundation's address in every GPL notice)
// is a ZIP+4 code.
var usStates = []string{"CT", "MA", "ME", "NH", "NJ", "NY", "PR", "RI", "VT", "VI", "AE"}

// zipPlus4 is a five-digit group, "-" and four digits right after a US
// state's two capitals and a space.
func zipPlus4(s string, i int, sh *phoneShape) bool {
	if sh.ngroups != 2 || sh.groups[0] != 5 || sh.groups[1] != 4 || sh.firstSep != sepIndex('-') {
		return false
	}
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\t') && i-j < 16 { // "MA  02111-1307", "MA\n       02111-1307"
		j--
	}
	if j == i || j < 2 {
		return false
	}
	st := s[j-2 : j]
	return (j == 2 || !isWordByte(s[j-3])) && oneOf(st, usStates) && st == strings.ToUpper(st)
}

// dottedQuad is an IPv4 address's shape, four octets joined by "." without
// a leading zero ("(255.255.255.255)" in ip(7), which the IP detector
// leaves as the broadcast address): never a phone. A trunk "0" makes a
// phone of the same shape, the Belgian "02.123.45.67", the Swiss
// "044.123.45.67".
func (sh *phoneShape) dottedQuad(num string) bool {
	if sh.ngroups != 4 || sh.firstSep != sepIndex('.') {
		return false
	}
	for k, used := range sh.seps {
		if used && k != sepIndex('.') {
			return false
		}
	}
	for oct := range strings.SplitSeq(strings.Trim(num, "()"), ".") {
		if len(oct) == 0 || len(oct) > 3 || len(oct) > 1 && oct[0] == '0' || len(oct) == 3 && oct > "255" {
			return false
		}
	}
	return true
}

// digitSequence is a number whose digits count up one by one; written
// compact, "0123456789", it is a character class or a font's test line
// ("[0123456789]", "Voreinstellung »0123456789:;…«"), not a subscriber's
// number. Grouped, "012-345 6789" or "(12) 345-67-89", it is a made-up
// example of a phone number, which people type as one and findPhones
// masks.
func digitSequence(num string) bool {
	var prev byte
	n := 0
	for k := 0; k < len(num); k++ {
		c := num[k]
		if !isDigit(c) {
			continue
		}
		if n > 0 && c != '0'+(prev-'0'+1)%10 {
			return false
		}
		prev = c
		n++
	}
	return n >= 7
}

// roundRange is a range of round quantities, "(10000-100000 or more)" in
// subuid(5): two groups joined by "-", each ending in "00".
func (sh *phoneShape) roundRange(num string) bool {
	if sh.ngroups != 2 || sh.firstSep != sepIndex('-') {
		return false
	}
	a, b, _ := strings.Cut(num, "-")
	// a quantity starts with 1-9: "0800-330000" is a freephone number
	return a[0] != '0' && a[0] != '(' && strings.HasSuffix(a, "00") && strings.HasSuffix(b, "00")
}

// byteDump is "00 20 00 00 00 00", bytes of a SCSI command or a hex dump:
// "00" and four or more groups of two digits. An international number
// after "00" has longer groups.
func (sh *phoneShape) byteDump() bool {
	if sh.ngroups < 5 || sh.first[0] != '0' || sh.first[1] != '0' {
		return false
	}
	for _, g := range sh.groups[:sh.ngroups] {
		if g != 2 {
			return false
		}
	}
	return true
}

// hexField: the number is glued by ":" to a hexadecimal field before or
// after it, as in /proc/net/tcp's "00000000:0801 00000000:0000" (proc(5)).
// A field is four or more hexadecimal digits, one of them a digit: "Mobile:"
// and "Phone:" end in a hex letter, not in such a field.
func hexField(s string, i, end int) bool {
	if i >= 2 && s[i-1] == ':' {
		k := i - 1
		for k > 0 && isHexDigit(s[k-1]) {
			k--
		}
		if i-1-k >= 4 && strings.ContainsAny(s[k:i-1], "0123456789") {
			return true
		}
	}
	if end+1 < len(s) && s[end] == ':' {
		k := end + 1
		for k < len(s) && isHexDigit(s[k]) {
			k++
		}
		if k-end-1 >= 4 && strings.ContainsAny(s[end+1:k], "0123456789") {
			return true
		}
	}
	return false
}

func isHexDigit(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
