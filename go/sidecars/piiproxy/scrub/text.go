package scrub

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [start, end) of a match.
type span struct{ start, end int }

// detector finds the non-overlapping matches of one kind, in order.
type detector struct {
	kind Kind
	find func(s string) []span
}

// detectors run in Kind order; see the Kind constants for why the order matters.
// The kinds that HL7 v2 and X12 segments hold in fixed fields read those
// too (hl7.go, x12.go).
var detectors = [numKinds]detector{
	{Secret, findSecrets},
	{Email, findEmails},
	{IBAN, findIBANs},
	{NationalID, withSegments(NationalID, findNationalIDs)},
	{CreditCard, findCards},
	{SSN, withSegments(SSN, findSSNs)},
	{IP, findIPs},
	{DateOfBirth, withSegments(DateOfBirth, findBirthDates)},
	{Phone, withSegments(Phone, findPhones)},
	{Name, withSegments(Name, findNames)},
	{Address, withSegments(Address, findAddresses)},
}

// Text masks every detected piece of personal data in s with a fresh
// Session and reports how many of each kind it masked.
func Text(s string) (string, Counts) {
	var sess Session
	out := TextIn(&sess, s)
	return out, sess.counts
}

// TextIn masks every detected piece of personal data in text with s's
// placeholders. It repeats the detectors until nothing changes, so that
// scrubbing is idempotent: a match hidden by its neighbour in the first pass
// (an e-mail glued to a phone number, say) cannot survive into a second
// scrubbing. A detector is run again only on a text it has not seen: one
// that found nothing in the text as it is now would find nothing again, so
// skipping it changes no result, and spares most texts with personal data
// a second run of the last detectors (names and addresses, the costliest).
// This terminates because no detector matches across a "<" or ">" or inside
// a placeholder, so every change leaves fewer bytes outside placeholders.
// Last, the words of the names the session masked, in this text or in the
// request's earlier fields, are masked where they stand alone
// (maskNameEchoes), and a text that changes so goes through the detectors
// again.
func TextIn(s *Session, text string) string {
	if strings.IndexByte(text, '<') >= 0 {
		if collisions := reserve(s, text, false); len(collisions) > 0 {
			text = s.maskCollisions(text, collisions)
		}
	}
	// Masking only puts ASCII placeholders in, so a text without full-width
	// digits and letters, other scripts' digits or the artefacts of pasting
	// never gains any: one look decides for every pass. A text with them is
	// read through its folded copy, made once for each version of it.
	folds := needsFolding(text)
	var folded folding
	foldedVersion := 0
	var seen [numKinds]int // the version of the text each detector last ran on
	version := 1
	for {
		changed := false
		for k, d := range detectors {
			if seen[k] == version || s.unmasked.Has(d.kind) {
				continue
			}
			seen[k] = version
			var spans []span
			if folds {
				if foldedVersion != version {
					folded, foldedVersion = fold(text), version
				}
				spans = folded.spansIn(text, d.find(folded.text))
			} else {
				spans = d.find(text)
			}
			if len(spans) == 0 {
				continue
			}
			text = s.replace(text, spans, d.kind)
			s.counts[d.kind] += len(spans)
			version++
			changed = true
		}
		if !changed {
			// the names' words last; a text they change goes through the
			// detectors again, for what a masked word no longer hides
			// ("DOE(00)0000000": the phone glued to the name)
			echoed := s.maskNameEchoes(text)
			if echoed == text {
				return text
			}
			text = echoed
			version++
		}
	}
}

// replace puts the placeholder of each span's value in its place.
func (s *Session) replace(text string, spans []span, k Kind) string {
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, sp := range spans {
		b.WriteString(text[last:sp.start])
		b.WriteString(s.placeholder(k, text[sp.start:sp.end]))
		last = sp.end
	}
	b.WriteString(text[last:])
	return b.String()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lineBounds yields the start and the end (its "\n" or the text's end) of
// each line of s.
func lineBounds(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for ls := 0; ls < len(s); {
			le := strings.IndexByte(s[ls:], '\n')
			if le < 0 {
				le = len(s)
			} else {
				le += ls
			}
			if !yield(ls, le) {
				return
			}
			ls = le + 1
		}
	}
}

// keySeparators yields where each ":" and "=" of s stands, left to right.
// Two vector searches by byte (strings.IndexByte) instead of one loop over
// every byte (strings.IndexAny): most texts hold few separators or none.
func keySeparators(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		next := func(from int, b byte) int {
			if k := strings.IndexByte(s[from:], b); k >= 0 {
				return from + k
			}
			return len(s)
		}
		c, e := next(0, ':'), next(0, '=')
		for c < len(s) || e < len(s) {
			p := min(c, e)
			if p == c {
				c = next(c+1, ':')
			} else {
				e = next(e+1, '=')
			}
			if !yield(p) {
				return
			}
		}
	}
}

// indexesOf yields where each occurrence of sub starts in s, left to right,
// each looked for after the one before.
func indexesOf(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := 0; ; {
			p := strings.Index(s[k:], sub)
			if p < 0 {
				return
			}
			p += k
			k = p + len(sub)
			if !yield(p) {
				return
			}
		}
	}
}

// lineWindowStart is where the cue window before s[i] starts: window bytes
// back, moved forward to a rune's start, and never before the line's start
// (a cue on the line above belongs to another value).
func lineWindowStart(s string, i, window int) int {
	lo := max(0, i-window)
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	if nl := strings.LastIndexByte(s[lo:i], '\n'); nl >= 0 {
		lo += nl + 1
	}
	return lo
}

// lineWindowHas: one of words (lower case) stands in the window before s[i]
// on its line.
func lineWindowHas(s string, i, window int, words []string) bool {
	return containsAnyOf(strings.ToLower(s[lineWindowStart(s, i, window):i]), words)
}

// containsAnyOf: one of subs occurs in s.
func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// isCJK is a letter of a script written without spaces between words: Han,
// kana and Hangul. Chinese, Japanese and Korean glue numbers and addresses
// to the words around them ("手机号是13800138000", "090-1234-5678です",
// "010-1234-5678입니다"), so for the number detectors such a letter is a
// boundary, not part of the token. Thai, Lao, Khmer and Myanmar are written
// without spaces too ("เบอร์โทร+66 81 234 5678ค่ะ") and count alike.
func isCJK(r rune) bool {
	switch {
	case r < 0x0e00:
		return false
	case r <= 0x0eff, // Thai, Lao
		0x1000 <= r && r <= 0x109f, // Myanmar
		0x1780 <= r && r <= 0x17ff: // Khmer
		return true
	case r < 0x1100:
		return false
	case r <= 0x11ff, // Hangul Jamo
		0x3040 <= r && r <= 0x30ff,   // Hiragana, Katakana
		0x3400 <= r && r <= 0x4dbf,   // Han extension A
		0x4e00 <= r && r <= 0x9fff,   // Han
		0xac00 <= r && r <= 0xd7af,   // Hangul syllables
		0xf900 <= r && r <= 0xfaff,   // Han compatibility
		0x20000 <= r && r <= 0x3134f: // Han extensions B-G
		return true
	}
	return false
}

// isTokenRune is a rune that continues a numeric token: a word rune other
// than a CJK letter.
func isTokenRune(r rune) bool { return isWordRune(r) && !isCJK(r) }

// numberStartOK reports whether a numeric match may start at i: it must not
// continue a word ("v1.2.3.4", "ab12") or a dotted/dashed token such as a UUID
// segment or a version ("1.2-4155551234"). A CJK letter before it is a
// boundary (see isCJK).
func numberStartOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf && c != '.' && c != '-' { // fast path
		return !isWordRune(rune(c))
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if isTokenRune(r) {
		return false
	}
	if r == '.' || r == '-' || r == maqaf {
		if i-n == 0 {
			return true
		}
		before, m := utf8.DecodeLastRuneInString(s[:i-n])
		if r != '.' && hebrewPrefixLetter(s, i-n-m, before) {
			return true // "ל-054-8291736", "ב-12.3.1985"
		}
		return !isTokenRune(before)
	}
	return true
}

// afterHebrewPrefix: the hyphen at s[h] joins a Hebrew prefix letter to
// what follows (see hebrewPrefixLetter).
func afterHebrewPrefix(s string, h int) bool {
	if h == 0 {
		return false
	}
	r, m := utf8.DecodeLastRuneInString(s[:h])
	return hebrewPrefixLetter(s, h-m, r)
}

// maqaf is the Hebrew hyphen.
const maqaf = '\u05be'

// hebrewPrefixLetter: r, at s[j], is one of the letters Hebrew prefixes to
// a word (ב "in/on", ל "to", מ "from", ה "the", ו "and", כ "as", ש
// "that"), standing alone as a word; before a number it is joined to it
// with a hyphen or a maqaf ("התקשרו ל-054-8291736", "נולדתי ב-12.3.1985").
func hebrewPrefixLetter(s string, j int, r rune) bool {
	if !strings.ContainsRune("בלמהוכש", r) {
		return false
	}
	if j == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:j])
	return !isWordRune(before)
}

// numberEndOK is numberStartOK's mirror for the byte after a match at j.
func numberEndOK(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if isTokenRune(r) {
		return false
	}
	if r == '.' || r == '-' {
		if j+n >= len(s) {
			return true
		}
		after, _ := utf8.DecodeRuneInString(s[j+n:])
		return !isTokenRune(after)
	}
	return true
}

// countDigits lets the digit-based detectors skip strings that cannot hold a
// match, which is most prompt text.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// keyBefore returns the key name that a value at i is assigned to, as in
// `key=v`, `key: v` or `"key": "v"`, or "" if none is.
func keyBefore(s string, i int) string {
	j := skipQuoteBack(s, i)
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 || (s[j-1] != '=' && s[j-1] != ':') {
		return ""
	}
	j--
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	end := skipQuoteBack(s, j)
	j = end
	for j > 0 && (isWordByte(s[j-1]) || s[j-1] == '.') {
		j--
	}
	return s[j:end]
}

func skipQuoteBack(s string, i int) int {
	if i > 0 && (s[i-1] == '"' || s[i-1] == '\'') {
		return i - 1
	}
	return i
}

// idKeys are components of key names whose values are identifiers,
// counters or digests: long digit runs and random-looking tokens there
// ("request_id=4725…", "offset=5547…", "x-amz-id-2: vlR7…") are neither
// card numbers nor secrets.
var idKeys = []string{"id", "ids", "uid", "uuid", "offset", "seq", "nonce", "hash", "digest", "checksum", "integrity", "fingerprint", "etag"}

func idKey(key string) bool { return key != "" && anyComponent(key, idKeys) }

// cueSet is a list of cue words, lower case: a stem matches the start of a
// word ("personnumm" in "personnumret"), a whole word only itself ("rut",
// not "rutina"). An acronym is a whole word that is also a common word of
// some language: "sin" is Spanish for "without", "nas" Portuguese for "in
// the", "run" English, "cc" a copy or a cost centre. It counts written in
// capitals ("SIN", "CC") or, in any case, as a label (acronymLabelAt).
type cueSet struct {
	stems, words, acronyms []string
	// notKeys: a record's key joined by "_" or "-" is no cue of the set (see atKey)
	notKeys bool
	// byFirst holds the cues by the first byte they may start with in
	// either case, once indexed: at then compares a position with the few
	// cues that share its first byte, not with every cue of the set
	byFirst *[256]cueBucket
}

// cueBucket is the part of a cueSet whose cues start with one byte.
type cueBucket struct{ stems, words, acronyms []string }

// indexed returns c with its cues bucketed by their first bytes, so that
// at settles most positions with one lookup and compares the rest with a
// handful of cues: nearestCue asks at every word start before a number,
// and a set may hold a hundred cues.
func indexed(c cueSet) cueSet {
	by := new([256]cueBucket)
	for kind, list := range [][]string{c.stems, c.words, c.acronyms} {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			seen := [4]byte{}
			n := 0
			for v := unicode.SimpleFold(r); ; v = unicode.SimpleFold(v) {
				if b := string(v)[0]; !bytesHas(seen[:n], b) {
					seen[n], n = b, n+1
					bucket := &by[b]
					switch kind {
					case 0:
						bucket.stems = append(bucket.stems, w)
					case 1:
						bucket.words = append(bucket.words, w)
					default:
						bucket.acronyms = append(bucket.acronyms, w)
					}
				}
				if v == r || n == len(seen) {
					break
				}
			}
		}
	}
	c.byFirst = by
	return c
}

// bytesHas: b is one of bs.
func bytesHas(bs []byte, b byte) bool {
	for _, c := range bs {
		if c == b {
			return true
		}
	}
	return false
}

// at reports whether s starts with one of the set's cues, ignoring case
// (an acronym's, see cueSet), or with a record's key that joins a cue's
// words with "_" ("tax_file_number", "steuer_id", "ird_number").
func (c cueSet) at(s string) bool {
	return c.atText(s) || !c.notKeys && c.atKey(s)
}

// maxCueKey is the longest key atKey reads, in bytes.
const maxCueKey = 40

// atKey reports whether s starts with a key of ASCII words joined by "_"
// or "-" (a key, a URL's last segment: ".../Id/nhs-number") that, read
// with the joins as spaces, or with "_" as hyphens, starts with a cue.
func (c cueSet) atKey(s string) bool {
	n := 0
	for n < len(s) && n < maxCueKey && (isASCIIAlnum(s[n]) || s[n] == '_' || s[n] == '-') {
		n++
	}
	if n == maxCueKey || strings.IndexAny(s[:n], "_-") < 0 {
		return false
	}
	var buf [maxCueKey + 8]byte
	for _, join := range [...]byte{' ', '-'} {
		b := append(buf[:0], s[:min(len(s), n+8)]...) // the rest, for the checks after a cue
		for k := range n {
			if b[k] == '_' || b[k] == '-' && join == ' ' {
				b[k] = join
			}
		}
		if c.atText(string(b)) {
			return true
		}
	}
	return false
}

// atText is at without reading keys.
func (c cueSet) atText(s string) bool {
	stems, words, acronyms := c.stems, c.words, c.acronyms
	if c.byFirst != nil {
		b := &c.byFirst[s[0]]
		stems, words, acronyms = b.stems, b.words, b.acronyms
	}
	if cueAt(s, stems) {
		return true
	}
	for _, w := range words {
		if hasPrefixFold(s, w) {
			if r, _ := utf8.DecodeRuneInString(s[len(w):]); !isWordRune(r) {
				return true
			}
		}
	}
	for _, w := range acronyms {
		if hasPrefixFold(s, w) {
			if r, _ := utf8.DecodeRuneInString(s[len(w):]); !isWordRune(r) && (upperASCII(s[:len(w)]) || acronymLabelAt(s[len(w):])) {
				return true
			}
		}
	}
	return false
}

// upperASCII reports whether w has no lower-case ASCII letter.
func upperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// acronymLabelAt reports whether what follows an acronym makes it a label
// in any case: a colon or "#" ("sin: ", "cc #"), or a word for "number"
// ("sin number", "cc no.", "cc nro"). In prose that uses the acronym's
// letters as a word of its own ("pedido sin 046454286", "sin 130692544
// unidades") none of these follows.
func acronymLabelAt(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if len(rest) > 1 && (rest[0] == '"' || rest[0] == '\'') {
		rest = rest[1:] // a quoted key: `"sin": …`
	}
	if rest != "" && (rest[0] == ':' || rest[0] == '#') {
		return true
	}
	for _, w := range []string{"number", "no.", "no ", "nr", "nro", "n°", "nº"} {
		if hasPrefixFold(rest, w) {
			return true
		}
	}
	return false
}

// nearestCue looks back from i, at most window bytes and never past another
// number (its cue would be that number's), for the nearest word that one of
// the sets holds, and returns that set's index, or -1. At one position the
// first set listed wins.
func nearestCue(s string, i, window int, sets ...cueSet) int {
	k, _ := nearestCueAt(s, i, window, sets...)
	return k
}

// nearestCueAt is nearestCue with the position the cue starts at (-1, -1
// when none is found).
func nearestCueAt(s string, i, window int, sets ...cueSet) (int, int) {
	for p := i - 1; p >= max(0, i-window); p-- {
		c := s[p]
		switch {
		case isDigit(c):
			return -1, -1
		case c < utf8.RuneSelf && (!isASCIILetter(c) || p > 0 && isASCIILetter(s[p-1])):
			continue // cues start a word with a letter
		case c >= utf8.RuneSelf && !utf8.RuneStart(c):
			continue
		}
		if (c == 'C' || c == 'c') && callerLabelAt(s, p) {
			continue
		}
		for k, set := range sets {
			if set.at(s[p:i]) {
				return k, p
			}
		}
	}
	return -1, -1
}

// callerLabelAt: a transcript's speaker label "Caller:" starts its line at
// s[p]. It names who speaks, not their phone, though it starts with the
// phone cue "call": what follows it answers the line before ("and your tax
// file number?\nCaller: 482 915 705"), whose cue decides.
func callerLabelAt(s string, p int) bool {
	return (p == 0 || s[p-1] == '\n') && hasPrefixFold(s[p:], "caller:")
}
