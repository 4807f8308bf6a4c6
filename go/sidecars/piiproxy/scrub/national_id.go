package scrub

import (
	"strings"
	"unicode/utf8"
)

// findNationalIDs finds national identity numbers: the personal numbers
// that states issue to their citizens and residents (a Brazilian CPF, a
// Polish PESEL, a Chinese resident id, …; idSchemes lists them all). Each
// scheme knows its layout, its checksum and, where it carries one, the birth
// date in it.
//
// A checksum alone does not make an id: one number in ten passes Luhn, one
// in eleven a mod-11 test. So a bare run of digits is taken only after a
// word that names the id ("PESEL", "BSN", "Steuer-ID", "身份证", "ID
// number"); only shapes that are rare outside their scheme (a codice
// fiscale, a CURP, a Chinese id with its birth date, a NINO, a DNI with its
// letter, a HETU, a Korean RRN with its hyphen, a punctuated CPF) stand on
// their own. The US SSN is its own kind (ssn.go).
func findNationalIDs(s string) []span {
	if !hasDigitPair(s) {
		return spokenIDs(s, nil) // prose, versions such as "1.2.3"; a transcript's ids said in words
	}
	var out []span
	var found []string // the ids taken so far, as read by their tokens
	var t *idToken     // one for the whole text, made at the first candidate: the schemes take it by pointer through a func value, so it lives on the heap
	for i := 0; i < len(s); i++ {
		if !isASCIIAlnum(s[i]) {
			continue
		}
		wordEnd, digits := alnumRun(s, i)
		if !mayStartID(s, i, wordEnd, digits) || !numberStartOK(s, i) || !idCharsFrom(s, i, minIDChars) || continuesGroups(s, i) {
			i = wordEnd - 1
			continue
		}
		if t == nil {
			t = new(idToken)
		}
		t.read(s, i)
		end, id, ok := t.match(s, found)
		if !ok || companyHeld(s, i) {
			i = wordEnd - 1
			continue
		}
		out = append(out, span{i, end})
		found = append(found, id)
		i = end - 1
	}
	if cells := columnCells(s, idHeader, idCell); len(cells) > 0 {
		out = disjoint(append(out, cells...))
	}
	if spoken := spokenIDs(s, found); len(spoken) > 0 {
		out = disjoint(append(out, spoken...))
	}
	return out
}

// spokenIDs finds ids said in digit words, as a call's transcript writes
// them ("meine Steuer-ID lautet vier sechs neun drei …", "mijn BSN is twee
// acht drie …"): each run of minSpokenIDDigits digit words or more is
// offered to the schemes as its digits, in the text with the run's words
// replaced by them, so that each scheme's cue and check decide as for
// written digits.
func spokenIDs(s string, found []string) []span {
	runs := spokenDigitRuns(s, minSpokenIDDigits, anySpokenRun)
	if len(runs) == 0 {
		return nil // most texts; the token below would be allocated
	}
	var out []span
	var t idToken
	for _, r := range runs {
		digits := spokenDigits(nil, s, r.start, r.end)
		if len(digits) > maxIDChars {
			continue
		}
		// a window of the text around the run, as far as the schemes' cues,
		// a holder's label and a person's name may stand (a copy of the whole
		// text for each run would make the scan quadratic)
		lo, hi := max(0, r.start-spokenIDContext), min(len(s), r.end+spokenIDContext)
		written := s[lo:r.start] + string(digits) + s[r.end:hi]
		start := r.start - lo
		t.read(written, start)
		end, id, ok := t.match(written, found)
		if ok && end == start+len(digits) && !companyHeld(written, start) {
			out = append(out, r)
			found = append(found, id)
		}
	}
	return out
}

// allIDCues holds every scheme's cues and the generic ones, for a first
// test of a table's header cells (see idHeader).
var allIDCues *cuePrefixes

// idHeader: a table's header cell that names an id, as "PESEL", "СНИЛС"
// or "ID number" do.
func idHeader(h string) bool {
	return allIDCues.match(h) || strings.IndexByte(h, '_') >= 0 && allIDCues.match(strings.ReplaceAll(h, "_", " "))
}

// idCell is the id that fills a table's cell under a header that names
// its scheme (or ids in general, for a scheme with a check).
func idCell(s, header string, start, end int) (span, bool) {
	var t idToken
	t.read(s, start)
	for i := range idSchemes {
		sc := &idSchemes[i]
		if sc.lengths&t.lengths == 0 || sc.notInColumns || !(sc.cues.at(header) || !sc.ownCuesOnly && genericIDCues.at(header)) {
			continue
		}
		fit := sc.fit(&t)
		if fit.groups == 0 || fit.parenCheck != nil || fit.ownCue && !sc.cues.at(header) || t.byteEnd[fit.groups-1] != end {
			continue
		}
		return span{start, end}, true
	}
	return span{}, false
}

// hasDigitPair reports whether two digits stand side by side in s, as in
// every id of every scheme (a NINO's "12 34 56", a passport's "NW92BC4R1").
// It is the only test of a text's digits before the scan: the fewest
// digits an id has are two, in a Personalausweis number as printed
// ("RGC72F7YR").
func hasDigitPair(s string) bool {
	for i := 1; i < len(s); i++ {
		if isDigit(s[i]) && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}

func isASCIIAlnum(c byte) bool { return isDigit(c) || isASCIILetter(c) }

// alnumRun returns the end of the run of ASCII letters and digits at i,
// and whether it holds a digit: one pass over each word of the text.
func alnumRun(s string, i int) (end int, digits bool) {
	for i < len(s) && isASCIIAlnum(s[i]) {
		digits = digits || isDigit(s[i])
		i++
	}
	return i, digits
}

// mayStartID is the cheap test that spares most words the token reader: an
// id holds a digit in its first word (a codice fiscale, a CURP, a PAN, a
// compact NINO or NIE), or starts with a word of one or two letters
// followed by digits ("QQ 12 34 56 C", "X-1234567-L"), with three capitals
// followed by six digits (a Polish identity card, "ABA 348291"), or with
// four capitals followed by six digits (a grouped RFC, "GODE 561231 GR8")
// or four (a RAMQ number, "GAGJ 8503 1514").
func mayStartID(s string, i, wordEnd int, digits bool) bool {
	if digits || wordEnd+1 >= len(s) || !isIDSep(s[wordEnd]) || !isDigit(s[wordEnd+1]) {
		return digits
	}
	if wordEnd-i == 4 && upperASCII(s[i:wordEnd]) {
		d := digitsEnd(s, wordEnd+1) - (wordEnd + 1)
		return d == 6 || d == 4 // a grouped RFC; a RAMQ number, "GAGJ 8503 1514"
	}
	if wordEnd-i == 3 && upperASCII(s[i:wordEnd]) {
		return digitsEnd(s, wordEnd+1)-(wordEnd+1) == 6 // a Polish identity card's series and number, "ABA 348291"
	}
	return wordEnd-i <= 2
}

// idCharsFrom reports whether at least n letters and digits follow i in
// groups joined by single separators: most numbers in prose (versions,
// counts, short codes) are shorter than any id and cost no token.
func idCharsFrom(s string, i, n int) bool {
	for i < len(s) && n > 0 {
		switch {
		case isASCIIAlnum(s[i]):
			n--
		case !isIDSep(s[i]) || i+1 == len(s) || !isASCIIAlnum(s[i+1]):
			return false
		}
		i++
	}
	return n == 0
}

// spokenIDContext is how much of the text on each side of a spoken id
// spokenIDs gives the schemes to read: more than the cue window, a
// holder's label's reach and ofPersonReach.
const spokenIDContext = 4 * idCueWindow

// minSpokenIDDigits is the fewest digits spokenIDs reads: nearly every
// scheme's id has eight or more, and the scan for runs of digit words,
// which runs on every text, costs less the longer the run it looks for.
const minSpokenIDDigits = 8

// minIDChars is the shortest id without its separators (an old Colombian
// cédula of six digits), maxIDChars the longest without its separators (a
// Tanzanian NIDA has 20 characters, a CURP and a Chinese id 18); maxIDGroups is the most groups one is
// written in (a NIR on a carte Vitale: "1 85 05 78 006 084 36").
const (
	minIDChars  = 6
	maxIDChars  = 20
	maxIDGroups = 7
)

// idToken is what may be an id at some position: groups of ASCII letters
// and digits joined by single separators, read once and offered to every
// scheme, each of which takes the first groups that make its length.
type idToken struct {
	chars [maxIDChars]byte // upper-cased, separators dropped
	n     int

	ng      int
	ends    [maxIDGroups]int  // len(chars) after each group
	byteEnd [maxIDGroups]int  // position in the text after each group
	seps    [maxIDGroups]byte // the separator after each group
	lower   [maxIDGroups]bool // the group has a letter in lower case
	lengths uint32            // bit n: the first groups hold n characters (see idScheme.lengths)
	start   int
	digits  int // how many of chars, from the first, are digits (see digitGroups)
}

func isIDSep(c byte) bool { return c == ' ' || c == '.' || c == '-' || c == '/' || c == '+' }

// read reads groups from i while they fit in maxIDChars.
func (t *idToken) read(s string, i int) {
	*t = idToken{start: i}
	j := i
	for t.ng < maxIDGroups {
		n, lower, k := t.n, false, j
		for k < len(s) && isASCIIAlnum(s[k]) && n < maxIDChars {
			c := s[k]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
				lower = true
			}
			t.chars[n] = c
			n++
			k++
		}
		if k < len(s) && isASCIIAlnum(s[k]) {
			break // the group does not fit: the token ends before it
		}
		t.n = n
		t.lengths |= 1 << n
		t.ends[t.ng], t.byteEnd[t.ng], t.lower[t.ng] = n, k, lower
		t.ng++
		sep, next := byte(0), k+1
		if k < len(s) {
			sep = s[k]
		}
		if strings.HasPrefix(s[k:], " / ") {
			sep, next = '/', k+3 // a typeset slash: "855712 / 4829"
		}
		if next >= len(s) || !isIDSep(sep) || !isASCIIAlnum(s[next]) {
			break
		}
		t.seps[t.ng-1] = sep
		j = next
	}
	for t.digits < t.n && isDigit(t.chars[t.digits]) {
		t.digits++
	}
}

// groupsOf returns how many leading groups hold exactly n characters, or 0.
func (t *idToken) groupsOf(n int) int {
	for k := 0; k < t.ng && t.ends[k] <= n; k++ {
		if t.ends[k] == n {
			return k + 1
		}
	}
	return 0
}

// layout reports whether the first k groups have the given sizes.
func (t *idToken) layout(k int, sizes ...int) bool {
	if k != len(sizes) {
		return false
	}
	prev := 0
	for g, size := range sizes {
		if t.ends[g]-prev != size {
			return false
		}
		prev = t.ends[g]
	}
	return true
}

// sepsAre reports whether the separators inside the first k groups are
// those of want, in order.
func (t *idToken) sepsAre(k int, want string) bool {
	return k-1 == len(want) && string(t.seps[:k-1]) == want
}

// spacedSeps reports whether the first k groups are separated by spaces.
func (t *idToken) spacedSeps(k int) bool {
	for g := 0; g < k-1; g++ {
		if t.seps[g] != ' ' {
			return false
		}
	}
	return true
}

// idFit is how a scheme read a token: the groups it takes, and whether
// the shape stands on its own or needs a cue before it; ownCue, whether
// only the scheme's own name will do (a shape whose check could not be
// made, as a generic "ID number" is too weak a sign for it).
type idFit struct {
	groups     int
	standalone bool
	ownCue     bool
	// parenCheck: the check character follows the groups in parentheses,
	// as a Hong Kong identity card prints it ("A123456(3)"): check tells
	// whether it is the one the groups want
	parenCheck func(check byte) bool
}

// match offers the token to every scheme and returns the end of the first
// id that one of them takes, with the id's characters.
func (t *idToken) match(s string, found []string) (end int, id string, ok bool) {
	window := 0    // the bytes of the cue window before the token, counted once
	rival := noCue // where the nearest rival cue starts, found once (see cuedBefore)
	for i := range idSchemes {
		sc := &idSchemes[i]
		if sc.lengths&t.lengths == 0 {
			continue
		}
		fit := sc.fit(t)
		if fit.groups == 0 {
			continue
		}
		end := t.byteEnd[fit.groups-1]
		if fit.parenCheck != nil {
			if end+3 > len(s) || s[end] != '(' || s[end+2] != ')' || !fit.parenCheck(s[end+1]) {
				continue
			}
			end += 3
		}
		if !numberEndOK(s, end) || t.continuesSpaced(fit.groups) || sc.ofPerson && !personBefore(s, t.start) {
			continue
		}
		id := t.chars[:t.ends[fit.groups-1]]
		if window == 0 {
			window = bytesBack(s, t.start, idCueWindow)
		}
		if rival == noCue && !(fit.standalone && !t.lowerIn(fit.groups)) {
			_, rival = nearestCueAt(s, t.start, window, idRivalCues[0], idRivalCues[1])
		}
		if fit.standalone && !t.lowerIn(fit.groups) || sc.cuedBefore(s, t.start, window, rival, fit.ownCue) || foundBefore(found, id) {
			return end, string(id), true // a string only for an id taken: most fits (dates, versions) are not
		}
	}
	return 0, "", false
}

// foundBefore: id was taken earlier in the text, as found holds them.
func foundBefore(found []string, id []byte) bool {
	for _, f := range found {
		if f == string(id) { // compared without a copy
			return true
		}
	}
	return false
}

// lowerIn reports whether the first k groups have a lower-case letter: a
// standalone shape written in lower case ("rssmra85t10a562s") needs a cue,
// as it is then as likely an identifier in code.
func (t *idToken) lowerIn(k int) bool {
	for _, l := range t.lower[:k] {
		if l {
			return true
		}
	}
	return false
}

// continuesSpaced: an id written in space-separated groups that another
// digit group follows is part of a longer number ("4111 1111 1111 1111"
// holds "4111 1111 1111", an Aadhaar's layout).
func (t *idToken) continuesSpaced(k int) bool {
	return k > 1 && k < t.ng && t.spacedSeps(k+1) && isDigit(t.chars[t.ends[k-1]])
}

func slicesContains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// idScheme is one country's identity number: its layouts and checks (fit)
// and the words that name it. ownCuesOnly is for schemes without a
// checksum (an Argentine DNI, a Danish CPR, an Indian PAN): a generic "ID
// number" before eight digits is too weak a sign.
type idScheme struct {
	fit         func(t *idToken) idFit
	lengths     uint32 // the lengths fit reads (see lengths)
	cues        cueSet
	ownCuesOnly bool
	// notInColumns: a table's header is no cue for the scheme; an
	// export's "Kundennr" column, as a key name in code, holds fixtures
	// and row numbers as often as a customer's number
	notInColumns bool
	// ofPerson: the scheme numbers companies as well as people (a tax
	// number), so it is taken only with a person's name or birth date
	// before it (see personBefore)
	ofPerson bool
}

// idCueWindow is how far before a number its cue may stand, in
// characters: a label and a few words, "numer PESEL pracownika", "מספר
// תעודת זהות שלי הוא", "マイナンバーの照合に失敗しました: " (three bytes to a
// character, which a window counted in bytes cut short).
const idCueWindow = 48

// bytesBack is how many bytes the n characters before i take.
func bytesBack(s string, i, n int) int {
	p := i
	for ; n > 0 && p > 0; n-- {
		if s[p-1] < utf8.RuneSelf {
			p--
			continue
		}
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
	}
	return i - p
}

// cuedBefore reports whether the nearest cue before i names this scheme or
// an id in general. A phone or order word nearer to the number wins
// ("ID number on file; tel 612345678").
//
// An SSN's cue is what an English form, or a translated one, calls any
// country's number ("SSN: 07270276263", a PESEL; "Social security number:
// 2 46 07 75 056 604 45", a NIR): it names every scheme with a checksum but
// those of nine characters, the US SSN's length, which findSSNs reads
// after them (a US SSN that passed a nine-digit scheme's check would be
// masked as that scheme's).
//
// rival is where the nearest rival cue starts (-1: none), the same for
// every scheme a number is offered to, so found once per number.
func (sc *idScheme) cuedBefore(s string, i, window, rival int, ownCue bool) bool {
	generic, ssn := genericIDCues, ssnCues
	if sc.ownCuesOnly || ownCue {
		generic, ssn = cueSet{}, cueSet{}
	}
	if sc.lengths&(1<<9) != 0 {
		ssn = cueSet{}
	}
	// a rival nearer than any cue of the scheme wins; at the same word, the
	// scheme's cue does (nearestCue's order of the sets)
	_, at := nearestCueAt(s, i, i-max(rival, i-window), sc.cues, generic, ssn)
	return at >= 0
}

// noCue marks a cue position not looked for yet.
const noCue = -2
