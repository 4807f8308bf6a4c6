package scrub

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findNames finds personal names where the text announces one: after a
// self-introduction ("my name is", "I'm" + two words, "je m'appelle",
// "меня зовут", "我叫"), a form label ("Name:", "Full name:"), a courtesy
// title ("Dr.", "Mrs", "Herr", "Mme", "Sra."), a salutation ending in a
// comma ("Dear Jane Doe,", "Hola María,") or a closing line ("Best
// regards,\nJane Doe"). A name is one to four capitalised words (particles
// such as "van", "de", "von" between them, "O'Brien" and "Jean-Luc" whole),
// or two to four Han characters after a Chinese or Japanese cue (or before
// "と申します"); in Arabic, Hebrew and Hindi, which have no letter case, one
// or two words after a self-introduction (see caselessName).
//
// A name is also announced by the address after it: "Jane Doe
// <jane@example.com>" in mail headers and in git's Author: and
// Signed-off-by: lines (see namesBeforeAddresses), by the signature
// separator "-- " on the line before it, and by the header of a pasted
// table's column (name_table.go).
//
// Without such a cue a capitalised word is as likely a product, a place or
// the start of a sentence; a name in running prose is masked only when the
// name lists know both its given and its family name (namesInProse,
// name_prose.go), and telling the others apart takes a model, which this
// package does not have (README).
func findNames(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		var candidates []nameCue
		switch b := s[i]; {
		case isASCIILetter(b):
			if i > 0 && (isASCIILetter(s[i-1]) || isDigit(s[i-1])) {
				continue // inside a word: most bytes of a text, settled here
			}
			candidates = cuesByLetters[b|0x20-'a'][secondLetter(s, i+1)]
		case b >= utf8.RuneSelf && utf8.RuneStart(b):
			r, _ := utf8.DecodeRuneInString(s[i:])
			if !isCJK(r) { // scripts without case: no search of the case tables
				if !cueStartOK(s, i) {
					continue // inside a word: only the glued cues of CJK and Thai start there
				}
				r = unicode.ToLower(r)
			}
			candidates = nonASCIICues[r]
		default:
			continue
		}
		if len(candidates) == 0 {
			continue
		}
		wordStart, known := false, false
		for _, c := range candidates {
			if c.third != 0 && (i+2 >= len(s) || s[i+2] != c.third && !('a' <= c.third && c.third <= 'z' && s[i+2]|0x20 == c.third)) {
				continue // the cue's third letter settles most words that share its first two
			}
			if !known {
				wordStart, known = cueStartOK(s, i), true
			}
			if (!wordStart && !c.glued) || !hasPrefixFold(s[i:], c.text) ||
				(c.title && (!titleWritten(s[i:i+len(c.text)], c.text) || titledThing(s, i, len(c.text)))) || (c.label && thingLabel(s, i)) ||
				(c.honorific && afterCapitalised(s, i)) || ((c.thenComma || c.thenRole || c.thenClause) && !salutationStart(s, i)) {
				continue
			}
			if sp, ok := c.name(s, i+len(c.text)); ok {
				out = append(out, sp)
			}
		}
	}
	if strings.Contains(s, " <") {
		out = append(out, namesBeforeAddresses(s)...)
	}
	if strings.Contains(s, sigDashCue.text) {
		out = append(out, namesAfterSigDash(s)...)
	}
	if strings.IndexByte(s, '\n') >= 0 {
		out = append(out, namesInTables(s)...)
	}
	if strings.Contains(s, pipeCell) {
		out = append(out, namesInPipeSignatures(s)...)
	}
	if strings.IndexByte(s, '\n') >= 0 && strings.IndexByte(s, '<') >= 0 {
		out = append(out, namesOverContacts(s)...)
	}
	if strings.IndexByte(s, '/') >= 0 {
		out = append(out, findIATANames(s)...)
	}
	if strings.IndexByte(s, ':') >= 0 {
		out = append(out, namesBeforeLabelledStreets(s)...)
	}
	if strings.Contains(s, "<IBAN_") {
		out = append(out, namesAfterAccounts(s)...)
	}
	if strings.IndexByte(s, '<') >= 0 && strings.IndexByte(s, ':') >= 0 {
		out = append(out, namesInSubjects(s)...) // a subject's label, and a file's data masked
	}
	if strings.IndexByte(s, '\n') >= 0 {
		out = append(out, namesOverStreets(s)...)
		if strings.Contains(s, "様") || strings.Contains(s, "殿") {
			out = append(out, honorificLineNames(s)...)
		}
	}
	out = append(out, namesInReferences(s)...)
	if strings.Contains(s, onBehalfOf) {
		out = append(out, namesOnBehalf(s)...)
	}
	out = append(out, namesBeforeTurkishTitles(s)...)
	out = append(out, namesInRecords(s)...)
	out = append(out, namesInDirectories(s)...)
	out = append(out, namesInChats(s)...)
	out = append(out, namesInForms(s)...)
	out = append(out, namesInTranscripts(s)...)
	out = append(out, namesInProse(s)...)
	if strings.Contains(s, nationalIDOpen) {
		out = append(out, namesBeforeIDs(s)...)
	}
	out = disjoint(out)
	if len(out) > 0 {
		out = disjoint(append(out, nameEchoes(s, out)...))
	}
	return out
}

// namesBeforeTurkishTitles finds the first name before the title Turkish
// writes after it ("Mehmet Bey merhaba,", "Zeynep Hanım katılacak"),
// which stays. One word: the capitalised word before a name opens the
// sentence as often ("Toplantıya Kemal Bey …", "to the meeting"); after a
// cue, capitalisedWords stops at the title, so "Sayın Ayşe Nur Hanım"
// masks both names.
func namesBeforeTurkishTitles(s string) []span {
	var out []span
	for p := range indexesOf(s, " H") {
		out = appendNameBeforeTitle(out, s, p)
	}
	for p := range indexesOf(s, " Bey") {
		out = appendNameBeforeTitle(out, s, p)
	}
	return out
}

// appendNameBeforeTitle adds the first name before the title after the
// space at s[p], if a title of titlesAfterNames stands there as a word.
func appendNameBeforeTitle(out []span, s string, p int) []span {
	if e := wordEnd(s, p+1); !titleAfterName(s[p+1:e]) || isWordRune(firstRune(s[e:])) {
		return out // "Beyaz", "Beyoğlu", "Hans"
	}
	w := letterRunStart(s, p)
	if word := s[w:p]; word != "" && capitalised(word) && !notAName(word) && word != "Sayın" {
		out = append(out, span{w, p})
	}
	return out
}

// titlesAfterNames are the titles Turkish writes after a first name.
var titlesAfterNames = []string{"Bey", "Hanım", "Hanim", "Beyefendi", "Hanımefendi", "Hoca", "Hocam"}

// letterRunStart is where the run of letters that ends at end starts.
func letterRunStart(s string, end int) int {
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsLetter(r) {
			break
		}
		end -= n
	}
	return end
}

// onBehalfOf is Turkish "adına" ("in the name of", "on behalf of"), which
// follows the name: "IBAN: TR33 … (Ahmet Demir adına)".
const onBehalfOf = " adına"

// namesOnBehalf finds two to four capitalised words just before onBehalfOf
// ("Şirket adına", one word, and a company's "… A.Ş. adına" stay).
func namesOnBehalf(s string) []span {
	var out []span
	for end := range indexesOf(s, onBehalfOf) {
		if e := end + len(onBehalfOf); !isWordRune(firstRune(s[e:])) {
			if sp, ok := nameEndingAt(s, end); ok && !legalFormIn(s[sp.start:end]) {
				out = append(out, sp)
			}
		}
	}
	return out
}

// legalFormIn: one of the words of name is a legal form ("Vellum Yazılım
// A.Ş.").
func legalFormIn(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if legalForms[strings.ToUpper(strings.TrimRight(w, ","))] {
			return true
		}
	}
	return false
}

// sigDashCue is the line that starts a mail signature (RFC 3676, 4.3), "-- "
// alone on its line: the line after it is the sender's name. Two words are
// wanted, as after a form label.
var sigDashCue = nameCue{text: "-- ", minWords: 2, newline: true}

// namesAfterSigDash finds the names on the lines after signature separators.
func namesAfterSigDash(s string) []span {
	var out []span
	for p := range indexesOf(s, sigDashCue.text) {
		if p > 0 && s[p-1] != '\n' {
			continue
		}
		if sp, ok := sigDashCue.name(s, p+len(sigDashCue.text)); ok {
			out = append(out, sp)
		}
	}
	return out
}

// pipeCell separates the cells of a one-line signature.
const pipeCell = " | "

// namesInPipeSignatures finds the sender of a one-line signature, "Jan
// Novák | Obchodní ředitel | <EMAIL_1> | <PHONE_1>": the first cell of a
// line whose cells are set off by " | " and that holds an address or a
// phone already masked, when that cell is two to four capitalised words
// alone. A team or a desk ("Customer Support | …") is no name (notAName).
func namesInPipeSignatures(s string) []span {
	var out []span
	for start := 0; start < len(s); {
		line := lineAt(s, start)
		lineStart := start
		start += len(line) + 1
		first, _, ok := strings.Cut(line, pipeCell)
		if !ok || !(strings.Contains(line, "<EMAIL_") || strings.Contains(line, "<PHONE_")) {
			continue
		}
		cell := strings.TrimLeft(first, " \t")
		at := lineStart + len(first) - len(cell)
		if w := wholeName(cell); w >= 2 && !notAName(cell) {
			out = append(out, span{at, at + len(cell)})
		}
	}
	return out
}

// namesBeforeAddresses finds display names: two to four capitalised words
// right before an address in angle brackets, as in "From: Jane Doe
// <jane@example.com>" or "Signed-off-by: Ana Souza <ana@example.org>". By
// the time names are sought the address is usually a placeholder already.
func namesBeforeAddresses(s string) []span {
	var out []span
	for p := range indexesOf(s, " <") {
		if !bracketedAddress(s, p+1) {
			continue
		}
		if sp, ok := nameEndingAt(s, p); ok {
			out = append(out, sp)
		} else if sp, ok := quotedDisplayName(s, p); ok {
			out = append(out, sp)
		} else if sp, ok := encodedDisplayName(s, p); ok {
			out = append(out, sp)
		} else if sp, ok := commaDisplayName(s, p); ok {
			out = append(out, sp)
		} else if sp, ok := caselessDisplayName(s, p); ok {
			out = append(out, sp)
		}
	}
	return out
}

// caselessDisplayName reads a display name in a script without letter case
// that ends at end and fills its field: after a header's colon or between
// addresses ("发件人: 张伟 <…>", "보낸 사람: 김민수 <…>", "מאת: כהן, יוסי
// <…>"), or on a reply line, which ends in its mark ("王芳 <…> 于…写道：",
// "…, 박서준 <…>님이 작성:"). A word before an address in a sentence is no
// name ("请向 <…> 报告翻译错误", "문제점을 <…>로"), and Han without a space
// takes two or three characters, a Chinese name's, as four and more are as
// often a team's ("客服中心 <service@…>").
func caselessDisplayName(s string, end int) (span, bool) {
	lo := end
	for lo > 0 && end-lo < 64 {
		r, n := utf8.DecodeLastRuneInString(s[:lo])
		if r != ' ' && r != ',' && r != '،' && !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		lo -= n
	}
	if end-lo >= 64 {
		return span{}, false // a run of words too long for a name field
	}
	before := lastRune(strings.TrimRight(s[:lo], " ")) // what the field follows
	for lo < end && (s[lo] == ' ' || s[lo] == ',') {
		lo++
	}
	name := strings.TrimSpace(s[lo:end])
	if name == "" || s[lo] < utf8.RuneSelf {
		return span{}, false // Latin, Cyrillic and Greek names are read by capitalisedWords
	}
	if family, given, comma := strings.Cut(name, ", "); comma {
		if !caselessNameText(family) || !caselessNameText(given) {
			return span{}, false
		}
	} else if !caselessNameText(name) {
		return span{}, false
	}
	if r, _ := utf8.DecodeRuneInString(name); isHan(r) && !strings.Contains(name, " ") && utf8.RuneCountInString(name) > 3 {
		return span{}, false
	}
	if before != ':' && before != '：' && before != ';' && before != '>' && !replyLineAfter(s, end) {
		return span{}, false
	}
	return span{lo, lo + len(name)}, true
}

// maxReplyTail bounds what replyLineAfter reads after the address; a
// Chinese client's date and mark, " 于2025年3月5日周三 14:22写道：", take 40
// bytes.
const maxReplyTail = 96

// maxBracketedAddress bounds an address in angle brackets.
const maxBracketedAddress = 256

// replyMarks end a mail client's reply line after the sender's address:
// Chinese, Japanese and Korean, where the line starts with the name.
var replyMarks = []string{"写道", "寫道", "のメッセージ", "님이 작성", "wrote"}

// replyLineAfter: the line goes on after the address in angle brackets
// that starts at end+1 with a reply line's mark, within the date and time
// a client writes between them (maxReplyTail).
func replyLineAfter(s string, end int) bool {
	k := strings.IndexByte(s[end:min(len(s), end+maxBracketedAddress)], '>')
	if k < 0 {
		return false
	}
	return containsAnyOf(lineHead(s[end+k+1:], maxReplyTail), replyMarks)
}

// commaDisplayName reads Outlook's family name first without quotes,
// "From: Smith, Oliver <…>", which ends at end: the whole value of a
// header line (or what follows the address before it), capitalised words
// on each side of one comma. Without the header a comma before a name is
// prose's ("Thanks, Oliver <…>").
func commaDisplayName(s string, end int) (span, bool) {
	lo := max(0, end-128) // a header's name and a display name are short
	ls := lo + strings.LastIndexByte(s[lo:end], '\n') + 1
	line := s[ls:end]
	start := strings.LastIndex(line, ">, ")
	if start >= 0 {
		start += len(">, ")
	} else {
		colon := strings.IndexByte(line, ':')
		if colon <= 0 || colon > 24 || strings.ContainsAny(line[:colon], " \t") {
			return span{}, false // no header name before it
		}
		start = colon + 1
		for start < len(line) && line[start] == ' ' {
			start++
		}
	}
	name := line[start:]
	family, given, ok := strings.Cut(name, ", ")
	if !ok || wholeName(family) == 0 || wholeName(given) == 0 || notAName(family+" "+given) {
		return span{}, false
	}
	return span{ls + start, end}, true
}

// quotedDisplayName reads a display name in quotes that ends at end, as
// mail clients write one: `"Jane Doe" <…>`, or Outlook's family name
// first, `"Doe, Jane" <…>`. Each side of the comma is capitalised words
// alone; a team ("Acme Support") is no name, as notAName says.
func quotedDisplayName(s string, end int) (span, bool) {
	if end < 2 || s[end-1] != '"' {
		return span{}, false
	}
	lo := max(0, end-80)
	open := strings.LastIndexByte(s[lo:end-1], '"')
	if open < 0 {
		return span{}, false
	}
	sp := span{lo + open + 1, end - 1}
	name := s[sp.start:sp.end]
	family, given, comma := strings.Cut(name, ", ")
	words := wholeName(family)
	if comma && words > 0 {
		if g := wholeName(given); g > 0 {
			words += g
		} else {
			words = 0
		}
	}
	if words == 0 && !comma {
		// a name in a script without letter case: "فاطمة الزهراني", "山田太郎"
		return sp, caselessNameText(name)
	}
	return sp, words >= 2 && !notAName(name)
}

// wholeName is how many capitalised words s is made of, or 0 if it is not
// made of them alone.
func wholeName(s string) int {
	sp, words := capitalisedWords(s, 0)
	if sp.end != len(s) {
		return 0
	}
	return words
}

// bracketedAddress reports whether s[i:] is "<<EMAIL_n>>" (an address
// already masked) or "<…@…>".
func bracketedAddress(s string, i int) bool {
	if k, _, _, m := matchPlaceholder(s, i+1, false); m == fullPlaceholder {
		return k == Email
	}
	end := strings.IndexByte(s[i:], '>')
	return end > 0 && end < maxBracketedAddress && strings.IndexByte(s[i:i+end], '@') > 0 && strings.IndexAny(s[i:i+end], " \n") < 0
}

// nameEndingAt finds two to four capitalised words that end exactly at
// end, taking the earliest start on the line that gives them ("AM Jane
// Doe" is "Jane Doe": an acronym is no name word).
func nameEndingAt(s string, end int) (span, bool) {
	lo := end
	for lo > 0 && end-lo < 80 {
		r, n := utf8.DecodeLastRuneInString(s[:lo])
		if !unicode.IsLetter(r) && strings.IndexRune(" '’-.", r) < 0 {
			break
		}
		lo -= n
	}
	for w := lo; w < end; w++ {
		if s[w] == ' ' || (w > lo && s[w-1] != ' ') {
			continue // not a word start
		}
		sp, words := capitalisedWords(s, w)
		if sp.end == end && words >= 2 && !notAName(s[sp.start:sp.end]) {
			return sp, true
		}
	}
	return span{}, false
}

// hasPrefixFold is strings.HasPrefix ignoring case, for a lower-case
// prefix: ASCII byte by byte, the rest from the first non-ASCII byte by
// Unicode folding (the scripts of the cues spell both cases in as many
// bytes), or byte by byte again in a script without case, where folding
// each letter would cost more than the rest of the scan (Thai, CJK).
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		p, c := prefix[j], s[j]
		switch {
		case p >= utf8.RuneSelf:
			if c < utf8.RuneSelf {
				return false // an ASCII letter folds to no letter of the cues' scripts ("all" is no "alıcı")
			}
			if r, _ := utf8.DecodeRuneInString(prefix[j:]); isCJK(r) {
				return s[j:len(prefix)] == prefix[j:]
			}
			return strings.EqualFold(s[j:len(prefix)], prefix[j:])
		case c != p && !('a' <= p && p <= 'z' && c|0x20 == p):
			return false
		}
	}
	return true
}

// disjoint orders spans by start and drops any that overlaps one before it
// (two cues, "regards" and "regards,", announce the same name).
func disjoint(spans []span) []span {
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(a.start-b.start, b.end-a.end) })
	out := spans[:0]
	for _, sp := range spans {
		if len(out) == 0 || sp.start >= out[len(out)-1].end {
			out = append(out, sp)
		}
	}
	return out
}

// nameCue is a phrase that announces a name, and how the name after it must look.
type nameCue struct {
	text  string // lower case
	third byte   // text[2] when ASCII, else 0: a first test before hasPrefixFold
	// minWords: a form label ("name:") also precedes "Deployment" or
	// "Vellum Predictor"; two capitalised words make a person far likelier
	minWords int
	// thenComma: a salutation's name ends at a comma or the line's end
	// ("Hi Team, ..." stays; so does "Hello World" in prose)
	thenComma bool
	// thenCalling: with thenComma, the name is followed by the Vietnamese
	// particle that calls someone, "ơi"
	thenCalling bool
	// thenClause: the name ends its clause (a comma, a full stop, an
	// exclamation mark, the line's end), and what follows names no
	// assistant ("Hi, I'm Ava, Northwind's virtual assistant.")
	thenClause bool
	// newline: the name is the next line (a letter's closing)
	newline bool
	han     bool // the name is two to four Han characters
	before  bool // with han: the name stands before the cue ("佐藤と申します")
	hangul  bool // the name is two to four Hangul syllables, see hangulName
	// caseless: the name is in a script without letter case, see caselessName
	caseless bool
	title    bool // the cue must be written capitalised
	// surname: with han or hangul, the cue is as often followed by a noun,
	// so the name must start with a common family name (see surnameHanName)
	surname bool
	// label: a bare "name:" label, which a word before it may make the
	// label of a thing ("Product name:", "Host name:", see thingLabel)
	label bool
	// honorific: a title that is also a name's last word ("Peter Pan"), so
	// not one after a capitalised word
	honorific bool
	thai      thaiCue // the name is Thai, see thaiName
	// glued: the cue may be written against the word before it, as
	// Chinese, Japanese and Thai write words, so it need not start a word
	glued bool
	// wholeLine: with caseless, a form label, whose value is the rest of
	// its line, so a third word that ends the line is the name's (see
	// caselessLineName)
	wholeLine bool
	// courtesy: with caseless, a courtesy title ("السيد", Mr.), which also
	// comes before an office ("السيد الرئيس", Mr. President): see
	// courtesyName
	courtesy bool
	// thenRole: the name is followed by what a caller says next ("this is
	// Sarah Johnson from accounts", "… speaking", "… calling"): "this is"
	// is far more often followed by a product ("this is Windows Update")
	thenRole bool
	// noArticle: with caseless, a word with the Arabic article ال is a
	// thing's, not a given name ("باسم الشركة", in the company's name)
	noArticle bool
	// patient: a clinical note's "Pt." before a name, which also abbreviates
	// "Point" ("Pt. Reyes Station"): a patient's datum (DOB, age, MRN) must
	// follow on the line
	patient bool
	// thenContact: a courier's or a driver's role word before the name,
	// which also names software ("Driver: Intel Graphics"): the person's
	// phone, e-mail or other datum, masked already, follows on the line
	// ("Driver: Sipho Mahlangu +27 …", "Curier: Ionuț Marin, tel. …",
	// "Driver: Liam O'Connor   Licence: NSW …   DOB …")
	thenContact bool
	// party: a contract's party, past the office in lower case (partyName)
	party bool
	// given: a relation word ("my son", "meine Tochter", "ma fille"), after
	// which a given name alone is a person's: the name's first word must be
	// a known given name (gazetteer.go), and the name ends with it or with
	// the family names after it ("my son Lukas has", "meine Tochter Lena
	// Schule" keeps "Schule")
	given bool
}

// cuesByLetters holds the cues by their first two bytes (ASCII letters,
// lower case; [26] for any other second byte) and nonASCIICues the others
// by their first rune, so that findNames tries at each word only the cues
// that can start there: one pass over the text, not one per cue.
var cuesByLetters, nonASCIICues = func() (byLetters [26][27][]nameCue, other map[rune][]nameCue) {
	other = map[rune][]nameCue{}
	for _, c := range nameCues {
		if b := c.text[0]; 'a' <= b && b <= 'z' {
			second := secondLetter(c.text, 1)
			byLetters[b-'a'][second] = append(byLetters[b-'a'][second], c)
		} else {
			r, _ := utf8.DecodeRuneInString(c.text)
			other[r] = append(other[r], c)
		}
	}
	return byLetters, other
}()

// secondLetter indexes cuesByLetters by s[i]: 0-25 for a letter, 26 else.
func secondLetter(s string, i int) int {
	if i < len(s) && isASCIILetter(s[i]) {
		return int(s[i] | 0x20 - 'a')
	}
	return 26
}

// courtesyTitles are cues of their own, and are skipped where a name
// begins: "Sehr geehrter Herr Dr. Weber," and "Cher Monsieur Dupont," mask
// only the surname.
var courtesyTitles = []string{
	"mr. ", "mr ", "mrs. ", "mrs ", "ms. ", "ms ", "miss ", "dr. ", "dr ", "prof. ", "herr ", "frau ",
	"mme ", "mme. ", "mlle ", "monsieur ", "madame ", "sr. ", "sra. ", "señor ", "señora ", "sig. ", "sig.ra ", "dott. ",
	"г-н ", "г-жа ", "господин ", "госпожа ",
	// academic and professional titles written before a name (the fifth
	// blind table): Austrian "Frau Mag. Huber", Latin American "Ing.",
	// "Lic.", "Arq.", Italian "dott.ssa", Portuguese "Exmo."
	"mag. ", "mag.a ", "dr.in ", "ing. ", "lic. ", "arq. ", "mtro. ", "mtra. ", "dra. ", "dott.ssa ", "dr.ssa ",
	"prof.ssa ", "avv. ", "sig.na ", "exmo. ", "exma. ", "eng. ",
	// the eighth blind table's contracts and letters: Spanish "Dña.", Amharic
	// "W/ro" (Woizero, Mrs), Swahili "Dkt." (Daktari)
	"dña. ", "w/ro ", "dkt. ", "pd ", "ll ", "med. ",
	// bench/pii's (Faker's) titles: Bulgarian and Macedonian "Др." and
	// "Проф.", Austrian "Univ.Prof.", German "Dipl.-Ing.", Argentine
	// "Dr(a)." and "Sr(a).", Latin American "Srta." and "Srita.", Indonesian
	// "Ir." (engineer), "drg." (dentist), "Tgk." (Teungku) and "R.M."
	// (Raden Mas)
	"др. ", "проф. ", "univ.prof. ", "dipl.-ing. ", "dr(a). ", "sr(a). ", "srta. ", "srita. ", "ir. ", "drg. ",
	"tgk. ", "r.m. ", "doç. ", "öğr. ", "okt. ", "uz. ", "arş. ", "gör. ", "тов. ", "пані ", "пан ", "quý ông ", "quý bà ",
	"quý cô ",
	// Indian honorifics before a parent's name in a biodata ("Father's Name:
	// Shri Rajesh Kumar Verma"; the fifteenth blind table)
	"shri ", "smt. ", "smt ", "shrimati ",
	// doctors in the seventeenth blind table's letters: Czech and Slovak
	// "MUDr." (see exactTitles), Québec's "Dre", Portuguese "Dr.ª",
	// Bulgarian and Russian "д-р", Polish "lek. med." and "lek.", the
	// Swedish licensed physician's "Leg. läkare"
	"mudr. ", "judr. ", "phdr. ", "rndr. ", "mvdr. ", "mddr. ", "dre ", "dr.ª ", "dra.ª ", "д-р ", "lek. med. ",
	"leg. läkare ", "dent. ",
}

// dottedTitles are the abbreviated titles that Italian and Spanish write in
// lower case after a salutation ("Gentile dott.ssa Bianchi,", "Estimado
// lic. Pérez:"): with their full stop they are no common word, so
// skipTitles takes them in either case; so are the Ukrainian "пані" and
// "пан" and the Russian "тов.", written in lower case before a name, and
// the Bulgarian and Russian doctor's "д-р".
var dottedTitles = map[string]bool{
	"dott. ": true, "dott.ssa ": true, "dr.ssa ": true, "prof. ": true, "prof.ssa ": true, "avv. ": true, "ing. ": true,
	"sig. ": true, "sig.ra ": true, "sig.na ": true, "lic. ": true, "arq. ": true, "dr. ": true, "dra. ": true,
	"med. ": true, "drg. ": true, "тов. ": true, "пані ": true, "пан ": true, "д-р ": true, "dent. ": true,
}

// capsTitles are titles written in capitals: the German Privatdozent
// ("PD Dr. med. Katharina Vogel") and the Finnish licentiate of medicine
// ("LL Mikko Heikkinen"); "Dr. med." is "Dr." and "med.".
var capsTitles = map[string]bool{"pd ": true, "ll ": true}

// soleTraders are the capitals that mark a sole trader before the
// person's name in Ukrainian and Russian payment orders and invoices
// ("Отримувач: ФОП Коваленко Андрій", "ИП Иванов Иван Иванович"): they
// stay outside the name, as a title does.
var soleTraders = []string{"ФОП ", "ФЛП ", "СПД ", "ИП "}

// skipTitles returns the position after any courtesy titles at i.
func skipTitles(s string, i int) int {
	for _, t := range soleTraders {
		if strings.HasPrefix(s[i:], t) {
			i += len(t)
			break
		}
	}
	for n := 0; n < maxTitles; n++ {
		k := titleAt(s, i, true)
		if k == 0 {
			break
		}
		i += k
	}
	return i
}

// titleAt is the length of the courtesy title at s[i] written as titles are
// (and with chained, of a chainedTitles one), or 0.
func titleAt(s string, i int, chained bool) int {
	if i >= len(s) || s[i] < utf8.RuneSelf && !titleInitials[s[i]|0x20] {
		return 0 // no title starts with this letter: most words, settled without the list
	}
	lists := [...][]string{courtesyTitles, chainedTitles}
	if !chained {
		lists[1] = nil
	}
	for _, titles := range lists {
		for _, t := range titles {
			if hasPrefixFold(s[i:], t) && (titleCased(s[i:i+len(t)]) || dottedTitles[t] && s[i:i+len(t)] == t ||
				capsTitles[t] && s[i:i+len(t)] == strings.ToUpper(t) || exactTitles[s[i:i+len(t)]]) {
				return len(t)
			}
		}
	}
	for _, t := range initialTitles {
		if hasPrefixFold(s[i:], t) && titleCased(s[i:i+len(t)]) {
			if _, words := capitalisedWords(s, i+len(t)); words >= 2 {
				return len(t)
			}
		}
	}
	return 0
}

// maxTitles bounds the titles skipped before a name ("Exmo. Senhor Dr.",
// "Herr Prof. Dr."): a text of titles alone is not read to its end from
// each of them.
const maxTitles = 4

// titleWritten: a title cue is written as titles are: capitalised, one of
// lowerTitleCues in lower case ("Il medico: dott. Alessandro Ferri",
// "alla sig.ra Chiara Romano", "t.a.v. dr. M. Visser"), or a Czech or
// Slovak degree in its own case ("MUDr. Jana Procházková").
func titleWritten(text, title string) bool {
	return capitalised(text) || lowerTitleCues[title] && text == title || exactTitles[text]
}

// lowerTitleCues are the dotted titles that announce a name in lower case
// too. Not every one of dottedTitles: "sig." ends Scandinavian sentences
// ("… beter sig. Det är …"), "med." abbreviates many German words.
var lowerTitleCues = map[string]bool{"dott. ": true, "dott.ssa ": true, "dr.ssa ": true, "prof. ": true,
	"prof.ssa ": true, "sig.ra ": true, "sig.na ": true, "avv. ": true, "dr. ": true, "dra. ": true, "ing. ": true,
	"arq. ": true, "д-р ": true}

// relationCues name a person by their relation to the writer (written
// here with "_" for the spaces between their words).
var relationCues = func() []string {
	var cues []string
	for cue := range strings.FieldsSeq(`
	my_son my_daughter my_wife my_husband my_partner my_boyfriend my_girlfriend my_fiancé my_fiancée my_fiance
	my_mother my_mom my_mum my_father my_dad my_brother my_sister my_grandmother my_grandma my_grandfather
	my_grandpa my_uncle my_aunt my_cousin my_niece my_nephew my_friend my_neighbour my_neighbor our_neighbour
	our_neighbor my_coworker my_co-worker my_boss my_manager my_roommate my_flatmate my_kid my_child our_son
	our_daughter my_stepson my_stepdaughter my_father-in-law my_mother-in-law my_sister-in-law my_brother-in-law
	my_ex my_ex-wife my_ex-husband my_student my_tenant my_landlord my_teacher my_assistant my_intern
	mein_sohn meine_tochter meine_frau mein_mann mein_kollege meine_kollegin mein_freund meine_freundin
	mein_bruder meine_schwester meine_mutter mein_vater mein_nachbar meine_nachbarin unser_sohn unsere_tochter
	mein_chef meine_chefin mein_enkel meine_enkelin meine_oma mein_opa
	mon_fils ma_fille ma_femme mon_mari mon_collègue ma_collègue mon_ami mon_amie mon_frère ma_sœur ma_soeur
	mon_voisin ma_voisine ma_mère mon_père notre_fils notre_fille mon_chef ma_cheffe mon_copain ma_copine
	mi_hijo mi_hija nuestro_hijo nuestra_hija mi_esposa mi_esposo mi_marido mi_mujer mi_jefe mi_jefa
	mi_compañero mi_compañera mi_amigo mi_amiga mi_hermano mi_hermana mi_vecino mi_vecina mi_madre mi_padre
	mi_mamá mi_papá mi_novio mi_novia
	meu_filho minha_filha nosso_filho nossa_filha minha_esposa minha_mulher meu_marido meu_chefe minha_chefe
	meu_amigo minha_amiga meu_irmão minha_irmã minha_mãe meu_pai minha_sogra meu_sogro meu_vizinho
	minha_vizinha meu_namorado minha_namorada
	mio_figlio mia_figlia mia_moglie mio_marito mio_capo mio_fratello mia_sorella mia_madre mio_padre
	mio_collega mia_collega mio_amico mia_amica mio_vicino mia_vicina
	mijn_zoon mijn_dochter mijn_vrouw mijn_man mijn_buurvrouw mijn_buurman mijn_collega mijn_vriend
	mijn_vriendin mijn_broer mijn_zus mijn_moeder mijn_vader onze_zoon onze_dochter
	mój_syn moja_córka mój_mąż moja_żona mój_brat moja_siostra mój_kolega moja_koleżanka mój_szef moja_szefowa
	min_søn min_sønn min_datter min_kone min_mand min_mann min_son min_dotter min_fru kollegaen_min
	kollegan_min`) {
		cues = append(cues, strings.ReplaceAll(cue, "_", " ")+" ")
	}
	return cues
}()

// exactTitles are degrees written in their own mixed case before a name:
// Czech and Slovak physicians, lawyers, doctors of philosophy, natural
// sciences and veterinary medicine.
var exactTitles = map[string]bool{"MUDr. ": true, "JUDr. ": true, "PhDr. ": true, "RNDr. ": true, "MVDr. ": true,
	"PaedDr. ": true, "MDDr. ": true}

// initialTitles are titles that are also initials: the French "M."
// (Monsieur) is skipped before a given name and a family name ("Client :
// M. Antoine Rousseau"), and is an initial before one ("t.n.v. M.
// Jansen"); it announces a name only before two capitalised words (its
// cue, with honorific).
var initialTitles = []string{"m. "}

// chainedTitles are titles read only between another title and the name
// ("Exmo. Senhor Dr. Rui Almeida", "Frau Kollegin Dr. med. Schmidt"):
// alone they name a saint as often ("Nossa Senhora Da Aparecida", a
// quarter of a Brazilian town), or a colleague before a name in a case
// of its own (the colleague cues').
var chainedTitles = []string{"senhor ", "senhora ", "kollegin ", "kollege "}

// titleInitials are the ASCII letters, in lower case, that the titles
// titleAt reads start with.
var titleInitials = func() (set [256]bool) {
	for _, t := range slices.Concat(courtesyTitles, initialTitles, chainedTitles) {
		if t[0] < utf8.RuneSelf {
			set[t[0]|0x20] = true
		}
	}
	return set
}()

// titleCased: each part of a title, between its full stops and hyphens,
// starts with its one capital ("Dr.", "Univ.Prof.", "Dipl.-Ing.").
func titleCased(title string) bool {
	for part := range strings.FieldsFuncSeq(strings.TrimSpace(title), func(r rune) bool { return r == '.' || r == '-' }) {
		if !capitalised(part) {
			return false
		}
	}
	return true
}

var nameCues = func() []nameCue {
	var cues []nameCue
	add := func(c nameCue, texts ...string) {
		for _, t := range texts {
			c.text, c.third = t, 0
			if len(t) > 2 && t[2] < utf8.RuneSelf {
				c.third = t[2]
			}
			cues = append(cues, c)
		}
	}
	add(nameCue{minWords: 1},
		"my name is ", "my name's ", "i'm called ", "i am called ", "call me ", "aqui é a ", "aqui é o ",
		"je m'appelle ", "je m’appelle ", "mon nom est ", "mein name ist ", "ich heiße ", "ich heisse ",
		"me llamo ", "mi nombre es ", "mi chiamo ", "il mio nome è ", "meu nome é ", "o meu nome é ", "chamo-me ",
		"mijn naam is ", "ik heet ", "jag heter ", "mitt namn är ", "nazywam się ", "mam na imię ",
		"benim adım ", "ismim ", "jeg hedder ", "jeg heter ", "minun nimeni on ",
		"меня зовут ", "моё имя ", "мое имя ", "мене звати ", "моє ім'я ", "моє ім’я ",
		"tôi tên là ", "tên tôi là ", "nama saya ", "saya bernama ",
		// The same sentence in the languages of the third blind table
		// (realworld3_test.go): Portuguese, Nordic, Czech and Slovak, Greek,
		// Swahili, Tagalog, Indonesian, and neighbours that say it alike.
		"me chamo ", "nimeni on ", "minu nimi on ", "mit navn er ", "mitt navn er ", "jmenuji se ", "jmenuju se ",
		"volám sa ", "menujem sa ", "ονομάζομαι ", "με λένε ", "το όνομά μου είναι ", "jina langu ni ", "naitwa ",
		"ako si ", "ang pangalan ko ay ", "pangalan ko ay ", "perkenalkan, saya ", "perkenalkan saya ", "nama aku ",
		"mă numesc ", "numele meu este ", "a nevem ", "zovem se ", "ime mi je ", "казвам се ", "mano vardas ", "mani sauc ",
		// the fifth blind table's (realworld5_test.go): Catalan, Basque,
		// Galician, Icelandic, Irish, Kazakh, Azerbaijani
		"em dic ", "nire izena ", "chámome ", "chamome ", "ég heiti ", "eg heiti ", "is mise ", "менің атым ", "mənim adım ")
	// Turkish "adım" ("my name") without "benim" is also "step" ("ilk adım",
	// "Adım 3"): two capitalised words after it make a name.
	add(nameCue{minWords: 2}, "adım ")
	// Courtesy titles, written with a capital and the rest in lower case
	// ("MS Word" is no title): the surname alone is enough after one.
	add(nameCue{minWords: 1, title: true}, courtesyTitles...)
	// "I'm German", "I am Happy to help": after a bare "I am" one capitalised
	// word is too often no name; two ("I'm Ana Souza") seldom are.
	add(nameCue{minWords: 2},
		"i'm ", "i’m ", "i am ", "je suis ", "soy ", "sono ", "sou ", "ik ben ",
		// the seventh blind table's (realworld7_test.go): French "moi c'est",
		// Portuguese "sou o/a", German "ich bin der/die" (whose single
		// capitalised word is as often a noun: "ich bin der Meinung")
		"moi c'est ", "moi c’est ", "sou o ", "sou a ", "ich bin der ", "ich bin die ",
		// Polish and Czech "I am": their nouns are not capitalised, so two
		// capitalised words after them are a name. (Vietnamese "tôi là" is
		// left: title-cased nouns follow it, "Tôi là Khách Hàng mới".)
		"jestem ", "jsem ")
	add(nameCue{minWords: 2, label: true}, "name: ", "name : ")
	add(nameCue{minWords: 2, thenRole: true}, "this is ")
	// Europass's name field in its languages, and the French "je
	// soussigné(e)" of a certificate's signatory (the fifteenth blind table)
	add(nameCue{minWords: 2}, "vorname(n) / nachname(n): ", "first name(s) / surname(s): ", "nome(i) / cognome(i): ",
		"prénom(s) / nom(s): ", "nombre(s) / apellido(s): ", "nome(s) / apelido(s): ", "je soussigné, ", "je soussignée, ",
		"je soussigné ", "je soussignée ")
	// French "M." (Monsieur) before a man's full name, which is an initial
	// after a capitalised word ("Figure M. Dupont" stays a caption's)
	add(nameCue{minWords: 2, title: true, honorific: true}, "m. ")
	// who answers a call centre's line gives a first name (the fourteenth
	// blind table): Portuguese "fala a Inês", Spanish "le atiende
	// Fernanda", German "Sie sprechen mit Petra"
	add(nameCue{minWords: 1}, "fala a ", "fala o ", "le atiende ", "te atiende ", "le habla ", "sie sprechen mit ",
		"you're speaking with ", "you are speaking with ", "you're speaking to ", "you are speaking to ")
	// self-introductions as people type them in Latin letters (the
	// eleventh blind table): Arabizi and Persian Finglish "esmi", "esmam",
	// Russian and Ukrainian in translit, Greeklish, Nigerian Pidgin,
	// Vietnamese without its diacritics, Japanese romaji; and the Ukrainian
	// "мене звуть" beside "мене звати", and the Swahili "mimi ni" (I am).
	// Two capitalised words, as a transliterated sentence's next word may
	// be capitalised on its own.
	add(nameCue{minWords: 2}, "esmi ", "esmy ", "esmam ", "menya zovut ", "mene zvaty ", "mene zvut ", "me lene ",
		"my name na ", "toi ten la ", "ten toi la ", "ten em la ", "namae wa ", "мене звуть ", "mimi ni ")
	// the colleague an out-of-office reply sends the reader to ("wenden Sie
	// sich bitte an meine Kollegin Sabine Koch", "please contact my
	// colleague Priya Patel"), in the languages of the blind tables and
	// their cases ("z kolegą Tomaszem Nowakiem", "к моей коллеге Екатерине
	// Соколовой")
	add(nameCue{minWords: 2}, "colleague ", "kollegin ", "kollege ", "kollegen ", "collègue ", "compañero ",
		"compañera ", "colega ", "collega ", "kolega ", "kolegą ", "koleżanka ", "koleżanką ", "kolegyně ", "kolegu ",
		"kolegyni ", "kollega ", "kollegani ", "kollegaani ", "meslektaşım ", "коллега ", "коллеге ", "коллегу ",
		"колега ", "колеги ", "колегу ", "колезі ", "συνάδελφο ", "συνάδελφό μου ", "συνάδελφος ", "đồng nghiệp ",
		"rekan saya ", "rekan kerja ")
	// a pupil named in a school's letter ("l'alunno Matteo Russo", "uczeń
	// Mateusz Kamiński", "your son Liam Olsen"), two capitalised words
	add(nameCue{minWords: 2}, "l'alunno ", "l'alunna ", "lo studente ", "la studentessa ", "uczeń ", "uczennica ",
		"the pupil ", "the student ", "your son ", "your daughter ", "our pupil ", "o aluno ", "a aluna ", "el alumno ",
		"la alumna ", "su hijo ", "su hija ", "der schüler ", "die schülerin ", "ihr sohn ", "ihre tochter ",
		"l'élève ", "votre fils ", "votre fille ", "de leerling ", "uw zoon ", "uw dochter ", "žák ", "žákyně ",
		"ученик ", "ученица ", "учень ", "учениця ")
	add(nameCue{minWords: 2, title: true, patient: true}, "pt. ", "pt: ")
	// relation words before a given name alone ("my daughter Kayleigh", "mein
	// Kollege Jonas", "nuestra hija Valentina"): the name must be a known
	// given name, as "my son Has…" or "ma fille Adorée" are no one's
	add(nameCue{minWords: 1, given: true}, relationCues...)
	// payees without the label's colon, as a sentence names them
	// ("…, отримувач Коваленко Олена", "δικαιούχος Μαρία Νικολάου")
	add(nameCue{minWords: 2}, "отримувач ", "одержувач ", "получатель ", "δικαιούχος ")
	add(nameCue{minWords: 2},
		"full name: ", "nom : ", "nom: ", "nombre: ", "nome: ", "naam: ", "imię i nazwisko: ", "имя: ", "фио: ",
		"contact person: ", "ansprechpartner: ", "signed: ", "patient: ", "customer: ", "kunde: ", "cliente: ", "client : ",
		// the fourth blind table's forms (realworld4_test.go): "full name"
		// and "name" in Vietnamese, Indonesian and Malay, Turkish, Greek,
		// Ukrainian, Portuguese, Spanish, Swahili, Czech and the Nordic
		// languages; and a vCard's formatted name, "FN:Jane Doe"
		"họ và tên: ", "họ tên: ", "nama lengkap: ", "nama: ", "ad soyad: ", "adı soyadı: ", "ad soyadı: ", "isim soyisim: ",
		"ονοματεπώνυμο: ", "піб: ", "nome completo: ", "nombre completo: ", "nombre y apellidos: ", "jina: ", "jina kamili: ",
		"jméno: ", "jméno a příjmení: ", "navn: ", "fulde navn: ", "namn: ", "nimi: ", "fn:",
		// the fifth blind table's forms: Romanian, Hungarian, Bulgarian,
		// Serbian and Croatian, Slovenian, Slovak, Baltic, Icelandic, Irish,
		// Catalan, Basque, Galician, Italian, Kazakh, Azerbaijani, Filipino
		"nume și prenume: ", "nume si prenume: ", "numele și prenumele: ", "név: ", "teljes név: ", "име: ",
		"име и фамилия: ", "ime i prezime: ", "име и презиме: ", "ime in priimek: ", "meno a priezvisko: ", "meno: ",
		"vardas, pavardė: ", "vardas ir pavardė: ", "vārds, uzvārds: ", "nafn: ", "fullt nafn: ", "ainm: ",
		"nom i cognoms: ", "izen-abizenak: ", "izen abizenak: ", "nome e apelidos: ", "nome e cognome: ",
		"аты-жөні: ", "толық аты-жөні: ", "ad, soyad: ", "adı, soyadı: ", "pangalan: ", "buong pangalan: ",
		// the sixth blind table's (realworld6_test.go): who is paid, who
		// holds the account, who is insured, as transfer notices, payment
		// orders and insurance records label them
		"beneficiario: ", "beneficiaria: ", "beneficiário: ", "beneficiária: ", "beneficiary: ", "bénéficiaire : ",
		"bénéficiaire: ", "payee: ", "account holder: ", "cardholder: ", "card holder: ", "titular: ", "titulaire : ",
		"titulaire: ", "favorecido: ", "intestatario: ", "begünstigter: ", "zahlungsempfänger: ", "empfänger: ",
		"kontoinhaber: ", "begunstigde: ", "rekeninghouder: ", "odbiorca: ", "nadawca: ", "betalningsmottagare: ",
		"mottagare: ", "kontohavare: ", "alıcı: ", "gönderen: ", "příjemce: ", "pojištěnec: ",
		"pojistník: ", "получатель: ", "плательщик: ", "отримувач: ", "платник: ", "δικαιούχος: ", "ασφαλισμένος: ",
		"penerima: ", "người nhận: ", "người thụ hưởng: ", "insured: ", "policyholder: ", "assuré : ", "assuré: ",
		"asegurado: ", "assicurato: ")
	// who a ticket, a report or a business document names for a task: an
	// issue tracker's fields, an escalation list's roles ("Field service
	// coordinator: Marta Lindqvist, …"); two capitalised words after them,
	// so "Window manager: Openbox" and "Contact: Sales Team" stay
	add(nameCue{minWords: 2},
		"contact: ", "assignee: ", "assigned to: ", "reporter: ", "reported by: ", "requester: ", "requested by: ",
		"submitted by: ", "approved by: ", "reviewed by: ", "prepared by: ", "manager: ", "coordinator: ",
		"project lead: ", "team lead: ", "tech lead: ", "supervisor: ", "technician: ", "engineer: ",
		"kontakt: ", "sachbearbeiter: ", "sachbearbeiterin: ", "bearbeiter: ", "bearbeiterin: ", "contact : ",
		"interlocuteur : ", "interlocutrice : ", "responsable : ", "contacto: ", "responsable: ", "contato: ",
		"contactpersoon: ", "referente: ")
	// the holder of an account a transfer goes to, as a payment request or
	// a bank's form names them: Dutch "t.n.v." ("ten name van", "in the
	// name of"), German "lautend auf", Italian "intestato a", French "au nom
	// de" and Spanish "a nombre de" (two capitalised words: "au nom du
	// bailleur" stays)
	add(nameCue{minWords: 2}, "t.n.v. ", "t.n.v ", "ten name van ", "lautend auf ", "intestato a: ", "intestato a ",
		"intestata a ", "au nom de ", "a nombre de ")
	add(nameCue{han: true, glued: true}, "收货人：", "收货人:", "收件人：", "收件人:", "收款人：", "收款人:", "联系人：", "联系人:",
		"受取人：", "受取人:", "お届け先：", "お届け先:")
	add(nameCue{hangul: true}, "받는 사람: ", "받는 분: ", "수령인: ", "예금주: ")
	// Honorifics that, unlike courtesyTitles, are also common words or
	// pronouns ("pan" is Czech "Mr" and Polish "you"; "Ibu Kota", "the
	// capital"): two capitalised words after them make a name.
	add(nameCue{minWords: 2, honorific: true}, "pan ", "pani ", "panią ", "panem ", "panu ", "pana ", "paní ")
	add(nameCue{minWords: 2, title: true, honorific: true}, "ibu ", "bapak ", "bpk. ", "pak ")
	// Spanish "D." (don) before a party's name in a contract, which is also
	// an initial: two capitalised words after it, and no capitalised word
	// before it ("Apéndice D. Datos Técnicos" stays)
	add(nameCue{minWords: 2, title: true, honorific: true}, "d. ")
	add(nameCue{minWords: 1, thenComma: true},
		"dear ", "hi ", "hello ", "hey ", "liebe ", "lieber ", "hallo ", "cher ", "chère ", "bonjour ",
		"hola ", "estimado ", "estimada ", "querido ", "querida ", "ciao ", "caro ", "cara ", "gentile ", "olá ", "prezado ", "prezada ",
		"beste ", "hej ", "witaj ", "szanowny panie ", "szanowna pani ", "здравствуйте, ", "привет, ", "уважаемый ", "уважаемая ",
		"merhaba ", "sayın ", "sevgili ", "selam ", "kära ", "hei ",
		// the fifteenth blind table's letters and recruiters' messages, with
		// the title or the greeting before a name in the vocative ("Vážený
		// pane Nováku,", "Dzień dobry Panie Tomaszu,", "Шановна пані Ірино,")
		"oi ", "geachte heer ", "geachte mevrouw ", "vážený pane ", "vážená paní ", "kære ", "dzień dobry panie ",
		"dzień dobry pani ", "шановна пані ", "шановний пане ", "добрый день, ", "добрый вечер, ", "доброе утро, ",
		// greetings of the day and informal ones, and a title in the
		// vocative opening a message ("Hoi Sanne,", "Buongiorno Giulia,",
		// "Pani Anno,", "Пане Андрію,", "Bu Siti,", "Dobrý den, paní
		// Dvořáková,", "Chào chị Lan,"); the name must end at a comma or the
		// line's end, so "Pak Budi mengirim …" and "Salut à tous" stay
		"hoi ", "καλημέρα ", "καλησπέρα ", "γεια σου ", "αγαπητέ ", "αγαπητή ", "buongiorno ", "buonasera ", "salve ",
		"buenos días ", "buenas tardes ", "buenas noches ", "bom dia ", "boa tarde ", "boa noite ", "guten tag ",
		"guten morgen ", "moin ", "servus ", "grüezi ", "salut ", "coucou ", "halo ", "ahoj ", "cześć ", "hei hei ",
		"pani ", "panie ", "pane ", "paní ", "пане ", "пані ", "bu ", "pak ", "mbak ", "mas ", "dobrý den, pane ",
		"dobrý den, paní ", "dobrý den ", "dobry den ", "xin chào ", "chào ", "chào anh ", "chào chị ", "chào em ",
		"kính gửi ", "kính gửi anh ", "kính gửi chị ", "kính gửi ông ", "kính gửi bà ")
	// Vietnamese addresses a person by kinship or a title before the name,
	// and may call with "ơi" after it ("Chị Mai ơi, …", "Ông Lê Văn Hùng,");
	// "em" (Portuguese "in": "Em Linux, …") and "chú" ("CHÚ Ý:", note)
	// open other sentences, and are read only before "ơi"
	add(nameCue{minWords: 1, thenComma: true}, "anh ", "chị ", "cô ", "bác ", "ông ", "bà ")
	add(nameCue{minWords: 1, thenComma: true, thenCalling: true}, "em ", "chú ")
	// a signer on the line of a Nordic closing ("Mvh Nora Bakken"), and
	// doctors named by their office before two capitalised words ("Læge
	// Sofie Lund Mikkelsen", "Fastlege Erik Haugen", "Perearst dr Marko
	// Kask", "Šeimos gydytoja Rasa Petrauskienė")
	add(nameCue{minWords: 2, thenComma: true}, "mvh ", "mvh. ")
	add(nameCue{minWords: 2, honorific: true}, "læge ", "fastlege ", "perearst dr ", "perearst ", "šeimos gydytoja ",
		"šeimos gydytojas ")
	// whoever brings a parcel, with their phone (the sixteenth blind
	// table's couriers' messages)
	add(nameCue{minWords: 1, thenContact: true}, "driver: ", "driver ", "rider ", "rider: ", "courier: ",
		"curier: ", "kurier: ", "kurýr: ", "kurye: ", "kuryeniz ", "kuryemiz ", "repartidor: ", "tu repartidor es ",
		"su repartidor es ", "bezorger: ", "fahrer: ", "livreur : ", "livreur: ", "entregador: ", "estafeta: ",
		"corriere: ", "курьер: ", "кур'єр: ", "водитель: ", "водій: ")
	// an account's holder named in a sentence ("… na účet …, majitel účtu
	// Jakub Procházka", "kontoinnehavare Oskar Nilsson", "op naam van …")
	add(nameCue{minWords: 2}, "majitel účtu ", "majiteľ účtu ", "kontoinnehavare ", "kontohaver ", "op naam van ",
		"ten name van ", "számlatulajdonos: ", "számlatulajdonos ", "titulaire du compte ", "titular de la cuenta ",
		"titular da conta ", "intestato a ", "account holder ", "właściciel rachunku ", "posiadacz rachunku ")
	add(nameCue{minWords: 2}, "you're chatting with ", "you are chatting with ", "you’re chatting with ")
	// a first name alone after a greeting and "I am", ending its clause
	// ("Hi, I'm Dave, your DPD driver", "Hoi! Ik ben Kevin, je bezorger",
	// "Hola, soy Sergio.", "Bonjour, ici Mathieu,")
	add(nameCue{minWords: 1, thenClause: true}, "hi, i'm ", "hi, i’m ", "hello, i'm ", "hi i'm ", "hoi! ik ben ",
		"hoi, ik ben ", "hallo, ik ben ", "hola, soy ", "hola! soy ", "buenas, soy ", "olá, sou ", "bonjour, ici ",
		"allô, ici ", "bonjour, c'est ", "ciao, sono ", "buongiorno, sono ", "hallo, ich bin ")
	add(nameCue{minWords: 1, newline: true},
		"regards,", "regards", "best,", "thanks,", "thank you,", "cheers,", "sincerely,", "yours,",
		"mit freundlichen grüßen", "mit freundlichen grüssen", "viele grüße", "beste grüße", "cordialement,", "cordialement",
		"bien à vous,", "saludos,", "un saludo,", "atentamente,", "cordiali saluti,", "distinti saluti,", "atenciosamente,",
		"met vriendelijke groet,", "met vriendelijke groet", "pozdrawiam,", "pozdrawiam", "с уважением,", "с уважением",
		"liebe grüße", "herzliche grüße", "freundliche grüße", "mvh", "med vänliga hälsningar", "vänliga hälsningar",
		"med venlig hilsen", "med vennlig hilsen", "ystävällisin terveisin", "saygılarımla", "iyi çalışmalar", "groeten",
		"cumprimentos", "abraços", "un abrazo", "saluti", "bisous", "best wishes", "warm regards", "kind regards", "many thanks",
		"z poważaniem", "z wyrazami szacunku", "з повагою",
		// closings of the third blind table's locales; "pozdrawiam" alone is
		// above, but "Pozdrawiam serdecznie," puts a word between it and the line break
		"pozdrawiam serdecznie", "serdecznie pozdrawiam", "trân trọng,", "trân trọng", "s pozdravem", "s pozdravom",
		"s úctou", "με εκτίμηση", "με φιλικούς χαιρετισμούς", "saludos cordiales", "cordialmente", "salam hormat",
		"hormat saya", "terveisin", "venlig hilsen", "vennlig hilsen", "üdvözlettel", "cu stimă", "srdačan pozdrav",
		"saygılarımızla", "с наилучшими пожеланиями", "з найкращими побажаннями",
		// the fifth blind table's: the Swiss "ss" for "ß", South Slavic,
		// Baltic, Icelandic, Irish, Catalan, Basque, Galician, French of
		// Switzerland and Belgium, British formal, Armenian, Azerbaijani,
		// Kazakh, Bulgarian, Filipino, Māori, Afrikaans
		"freundliche grüsse", "liebe grüsse", "viele grüsse", "beste grüsse", "herzliche grüsse",
		"pozdrav", "поздрав", "lep pozdrav", "s poštovanjem", "с поштовањем", "srdačno", "pagarbiai", "ar cieņu",
		"lugupidamisega", "kveðja", "bestu kveðjur", "með kveðju", "le meas", "salutacions", "atentament",
		"agur bero bat", "saúdos", "meilleures salutations", "salutations distinguées", "yours faithfully",
		"yours sincerely", "yours truly", "հարգանքով", "hörmətlə", "құрметпен", "с уважение", "salamat po",
		"maraming salamat", "ngā mihi", "nga mihi", "groete", "atte.",
		// Arabic, Hebrew, Persian and Urdu closings, whose name line, in a
		// script without letter case, caselessLine reads
		"مع تحياتي", "مع خالص التحية", "مع أطيب التحيات", "تحياتي", "בברכה", "בכבוד רב",
		"با احترام", "با سپاس", "نیک خواہشات کے ساتھ")
	add(nameCue{party: true}, partyCues...)
	// a German letter's address block: "Herrn" or "Frau" alone on its line,
	// the name on the next
	add(nameCue{minWords: 1, newline: true, title: true}, "herrn", "herr", "frau")
	add(nameCue{han: true, glued: true}, "我叫", "我的名字是", "我的名字叫", "私の名前は", "姓名：", "姓名:", "氏名：", "氏名:")
	// "我是" ("I am") is followed by a name or a noun ("我是学生", "I am a
	// student"): see surnameHanName for how the two are told apart.
	add(nameCue{han: true, glued: true, surname: true}, "我是")
	// Japanese introduces oneself with the name first: "担当の佐藤と申します".
	add(nameCue{han: true, glued: true, before: true}, "と申します")
	add(nameCue{hangul: true}, "제 이름은 ", "내 이름은 ", "이름: ", "이름 : ", "성명: ", "성함: ")
	// "저는 … 입니다" ("I am …") holds a name or a noun ("저는 학생입니다", "I
	// am a student"): see surnameHangulName.
	add(nameCue{hangul: true, surname: true}, "저는 ")
	// an agent's name after their role: Korean "상담원 김민지입니다" (a
	// family name first, as after "저는")
	add(nameCue{hangul: true, surname: true}, "상담원 ")
	// Arabic, Hebrew and Hindi self-introductions: "اسمي …", "أنا اسمي …",
	// "שמי …", "קוראים לי …", "मेरा नाम … है"; and Urdu, Persian and Bengali
	// ones: "میرا نام … ہے", "اسم من … است", "আমার নাম …".
	// "باسم" ("in the name of") names a payee, or a company or a thing
	// with the article ("باسم الشركة"): see articleFirst.
	add(nameCue{caseless: true, noArticle: true}, "باسم ", "بإسم ", "على اسم ")
	add(nameCue{caseless: true}, "اسمي ", "إسمي ", "שמי ", "קוראים לי ", "השם שלי ", "मेरा नाम ",
		"میرا نام ", "اسم من ", "نام من ", "اسمم ", "আমার নাম ", "என் பெயர் ",
		// Nepali, Sinhala and Georgian ("my name is", "I am called"), and
		// the Hebrew address of a letter with its title ("לכבוד מר …", "To
		// Mr. …"), whose title stays outside the name
		"मेरो नाम ", "මගේ නම ", "მე მქვია ", "ჩემი სახელია ", "לכבוד מר ", "לכבוד גב' ", "לכבוד גברת ", "לכבוד ד\"ר ")
	// form labels: Arabic, Hebrew, Hindi, Bengali, Persian and Urdu, Tamil
	// Arabic courtesy titles: "السيد", "السيدة" (Mr., Mrs.), "الأستاذ"
	add(nameCue{caseless: true, courtesy: true}, "السيد/ ", "السيدة/ ", "السيد ", "السيدة ", "الأستاذ ", "الأستاذة ", "السادة ", "الدكتور ", "الدكتورة ",
		"المهندس ", "المهندسة ", "الشيخ ",
		// a doctor's title, Arabic "د." and Hebrew "ד\"ר" (the seventeenth
		// blind table's letters: "الطبيب المعالج: د. منى السيد")
		"د. ", "ד\"ר ", "ד״ר ")
	add(nameCue{caseless: true, wholeLine: true}, "الاسم: ", "الاسم الكامل: ", "שם: ", "שם מלא: ", "नाम: ", "पूरा नाम: ",
		"নাম: ", "পূর্ণ নাম: ", "نام: ", "نام و نام خانوادگی: ", "نام کامل: ", "பெயர்: ",
		// Khmer, Lao, Burmese and Georgian name labels (Georgian has letter
		// case only in its rare capitals, Mtavruli, so it reads as caseless)
		"ឈ្មោះ: ", "ຊື່: ", "အမည်: ", "სახელი, გვარი: ", "სახელი და გვარი: ", "სახელი გვარი: ", "სახელი: ",
		// the beneficiary of a transfer (the sixth blind table)
		"المستفيد: ", "اسم المستفيد: ", "שם המוטב: ", "המוטב: ", "שם הנמען: ", "लाभार्थी: ", "प्राप्तकर्ता: ")
	return append(cues, thaiNameCues()...)
}()

// cueStartOK: a cue starts a word ("Dr." yes, "Bldr. " no; "name:" but not
// "username:" or "hostname:").
func cueStartOK(s string, at int) bool {
	if at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return !isWordRune(r) && r != '_' && r != '-' && r != '.'
}

// salutationStart: a salutation opens its text, its line or its clause
// ("Beste Jan,", "Hallo, beste Jan,", "> Hi Anna,"), while the same word
// after another word of a sentence is an adjective or a noun: German "die
// beste Art, …" and "der beste Weg, um …" (the Dutch greeting "Beste"),
// Italian "una cara Amica, …", Spanish "su cara Oculta, …".
func salutationStart(s string, at int) bool {
	for at > 0 && (s[at-1] == ' ' || s[at-1] == '\t') {
		at--
	}
	if at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// afterSalutationName: rest, what follows a salutation's name, starts
// with a word that still belongs to the greeting: the Vietnamese particle
// that calls someone ("Chào chị Mai ơi, …") or a title written after the
// name ("Sayın Ayşe Nur Hanım,").
func afterSalutationName(rest string) bool {
	w := rest[:wordEnd(rest, 0)]
	return callingParticle(rest) || titleAfterName(w) && !isWordRune(firstRune(rest[len(w):]))
}

// callingParticle: rest starts with the Vietnamese "ơi" as a word.
func callingParticle(rest string) bool {
	after, ok := strings.CutPrefix(rest, "ơi")
	return ok && !isWordRune(firstRune(after))
}

// titleAfterName: word is one of titlesAfterNames.
func titleAfterName(word string) bool { return slices.Contains(titlesAfterNames, word) }

// name reads the name the cue announces, starting at i (just past the cue).
func (c nameCue) name(s string, i int) (span, bool) {
	if c.thai != notThai {
		return c.thaiName(s, i)
	}
	if c.party {
		return partyName(s, i)
	}
	if c.han && c.before {
		return hanNameBefore(s, i-len(c.text), i)
	}
	if c.han && c.surname {
		return surnameHanName(s, i)
	}
	if c.han {
		for i < len(s) && s[i] == ' ' {
			i++ // "收货人: 李娜", a label's space
		}
		return hanName(s, i)
	}
	if c.caseless && c.wholeLine {
		return caselessLineName(s, i)
	}
	if c.caseless && c.courtesy {
		return courtesyName(s, i)
	}
	if c.caseless && c.noArticle && strings.HasPrefix(s[i:], "ال") {
		return span{}, false
	}
	if c.caseless {
		return caselessName(s, i)
	}
	if c.hangul && c.surname {
		return surnameHangulName(s, i)
	}
	if c.hangul {
		return hangulName(s, i)
	}
	if c.newline {
		// Spaces and a comma, then one line break, then the name on its own line.
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		if i < len(s) && (s[i] == ',' || s[i] == '!' || s[i] == ':') {
			i++ // "Üdvözlettel:" as Hungarian writes it
		} else if strings.HasPrefix(s[i:], "،") { // the Arabic comma
			i += len("،")
		} else if strings.HasPrefix(s[i:], "՝") { // the Armenian comma, "Հարգանքով՝"
			i += len("՝")
		}
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		if i >= len(s) || s[i] != '\n' {
			return span{}, false
		}
		for i < len(s) && (s[i] == '\n' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		if caselessAt(s, i) {
			return caselessLine(s, i)
		}
		if thaiAt(s, i) {
			sp, ok := thaiNameAt(s, i, c.minWords)
			return sp, ok && endsLine(s, sp.end)
		}
	}
	if c.introducesAnyScript() {
		if sp, ok := otherScriptName(s, skipTitles(s, i)); ok {
			return sp, true
		}
	}
	sp, words := capitalisedWords(s, skipTitles(s, i))
	if words < c.minWords || words == 0 || notAName(s[sp.start:sp.end]) || legalFormAfter(s, sp.end) {
		return span{}, false
	}
	firstEnd := wordEnd(s, sp.start)
	first := s[sp.start:firstEnd]
	if c.given {
		if !nameCased(first) || !knownGiven(first) {
			return span{}, false
		}
		end, _ := givenFirstEnd(s, firstEnd, true)
		return span{sp.start, max(firstEnd, end)}, true
	}
	if strings.EqualFold(first, strings.TrimSpace(c.text)) || c.minWords == 2 && firstPersonCue(c.text) && gerund(first) {
		return span{}, false // "Adım Adım Kurulum" (step by step), "I'm Feeling Lucky"
	}
	rest := strings.TrimLeft(s[sp.end:], " \t\r")
	switch {
	case c.thenRole && !roleAfter(rest):
		return span{}, false
	case c.patient && !patientDatumOnLine(rest):
		return span{}, false
	case c.thenContact && !contactOnLine(rest):
		return span{}, false
	case c.thenCalling && !callingParticle(rest):
		return span{}, false
	case c.thenClause && (rest != "" && strings.IndexByte(",\n!.", rest[0]) < 0 || assistantAfter(rest)):
		return span{}, false
	case c.thenComma && !(rest == "" || strings.IndexByte(",\n!:", rest[0]) >= 0 || afterSalutationName(rest)):
		return span{}, false
	case c.newline && !(rest == "" || rest[0] == '\n' || signatureRole(rest)):
		return span{}, false // a sentence on the next line, not a signature
	}
	return sp, true
}

// introducesAnyScript: the cue is a label or a self-introduction, whose
// name may be written in any script whatever the cue's language ("My name
// is 斎藤 洋介.", "Contact person: زينة بودراع", "Name: თინათინ ცარციძე");
// a salutation, a closing or a title is read in its own script only.
func (c nameCue) introducesAnyScript() bool {
	return !c.thenComma && !c.thenClause && !c.newline && !c.thenRole && !c.patient && !c.title && !c.honorific && !c.party &&
		c.thai == notThai && !c.han && !c.hangul && !c.caseless
}

// otherScriptName reads a name at s[i] written in a script without letter
// case (Arabic, Hebrew, the Indic scripts, Sinhala, Georgian), in Han or
// kana (a family name, a space, a given name), in Hangul, or in Thai (a
// given name, a space, a family name: both, as one Thai word alone may be
// any word of a sentence).
func otherScriptName(s string, i int) (span, bool) {
	if i >= len(s) || s[i] < utf8.RuneSelf {
		return span{}, false // most names after a cue: Latin or Cyrillic letters, read by capitalisedWords
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch {
	case isThaiLetter(r):
		return thaiNameAt(s, i, 2)
	case caselessAt(s, i) || georgian(r):
		return caselessName(s, i)
	case isHan(r) || isKana(r):
		return cjkFormName(s, i, len(s))
	case isHangul(r):
		return hangulName(s, i)
	}
	return span{}, false
}

// georgian is a letter of Mkhedruli, the Georgian alphabet, which Unicode
// files as lower case but which is written without capitals.
func georgian(r rune) bool { return 0x10d0 <= r && r <= 0x10ff }

// caselessAt: a letter of a script without letter case (Arabic, Hebrew,
// Devanagari) starts s[i:], where capitalisedWords would find no name.
func caselessAt(s string, i int) bool {
	if i >= len(s) || s[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Lo, r) && !isCJK(r)
}

// caselessLine is the name on the line after a closing ("مع تحياتي،\nأحمد
// الزهراني", "בברכה,\nדנה לוי"): caselessLineName's words, alone on their
// line, as a signature writes them.
func caselessLine(s string, i int) (span, bool) {
	sp, ok := caselessLineName(s, i)
	return sp, ok && endsLine(s, sp.end)
}

// caselessLineName is caselessName where the name may fill the rest of its
// line, after a form label or on a signature's line: there a third word
// that ends the line ("الاسم: محمد أحمد العلي", "نام: علی رضا محمدی") is
// the family name that three-part Arabic and Persian names end in, not the
// start of the next clause, which in prose runs on.
func caselessLineName(s string, i int) (span, bool) {
	sp, ok := caselessName(s, i)
	if !ok || sp.end+1 >= len(s) || s[sp.end] != ' ' {
		return sp, ok
	}
	next := sp.end + 1
	e := lettersEnd(s, next)
	word := s[next:e]
	if e > next && endsLine(s, e) && !caselessStops[word] && !caselessSkips[word] && !conjunctionFirst(word) && !nasabParticles[word] {
		sp.end = e
	}
	return sp, true
}

// endsLine: nothing but spaces follows i on its line.
func endsLine(s string, i int) bool {
	rest := strings.TrimLeft(s[i:], " \t\r")
	return rest == "" || rest[0] == '\n'
}

// thingLabels are the words that make "… name:" the label of a thing
// rather than a person: "Product name: Vellum Gateway", "Host name: Web
// Server", "Company name: Acme Trading".
var thingLabels = map[string]bool{
	"product": true, "company": true, "business": true, "brand": true, "trade": true, "store": true, "shop": true,
	"organization": true, "organisation": true, "org": true, "team": true, "group": true, "project": true, "app": true,
	"application": true, "service": true, "server": true, "host": true, "domain": true, "device": true, "model": true,
	"file": true, "folder": true, "package": true, "module": true, "class": true, "function": true, "method": true,
	"field": true, "column": true, "table": true, "database": true, "db": true, "bucket": true, "cluster": true,
	"node": true, "branch": true, "repo": true, "repository": true, "image": true, "container": true, "key": true,
	"variable": true, "event": true, "job": true, "task": true, "queue": true, "topic": true, "network": true,
	"region": true, "site": true, "page": true, "street": true, "city": true, "country": true, "course": true,
	"plan": true, "role": true, "policy": true, "resource": true, "bank": true, "item": true,
}

// thingLabel reports whether the word just before the label at i, on its
// line, is one of thingLabels.
func thingLabel(s string, i int) bool {
	return thingLabels[strings.ToLower(asciiWordBefore(s, i, ' '))]
}

// afterCapitalised reports whether a capitalised word and one space stand
// just before i.
func afterCapitalised(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	start := i - 1
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return start < i-1 && startsUpper(s[start:i-1])
}

// nameParticles may stand between the capitalised words of one name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "da": true, "di": true,
	"dos": true, "das": true, "du": true, "le": true, "la": true, "bin": true, "binti": true, "ibn": true, "al": true, "y": true,
	"zu": true, "ten": true, "ter": true,
	"i": true, // Catalan joins the two family names: "Jordi Puig i Ferrer"
}

// capitalisedWords spans up to four capitalised words from i, with
// particles between them, on one line; it returns how many capitalised
// words it took.
func capitalisedWords(s string, i int) (span, int) {
	start, end, words := i, i, 0
	for j := i; j < len(s) && words < 4; {
		w := wordEnd(s, j)
		if w == j {
			break
		}
		word := s[j:w]
		switch {
		case w < len(s) && s[w-1] == '.' && isASCIILetter(s[w]) && legalFormAt(s, j):
			return span{start, end}, words // "Groenhuis B.V.": a company's form, no initial
		case words > 0 && (word[0] == 'B' || word[0] == 'H') && titleAfterName(word):
			return span{start, end}, words // "Ayşe Nur Hanım": the title follows the name
		case startsUpper(word) && !allUpper(word):
			words++
			end = w
		case nameParticles[word] && words > 0:
			// only kept if a capitalised word follows
		default:
			return span{start, end}, words
		}
		j = w
		if j < len(s) && s[j] == ' ' {
			j++
		} else {
			break
		}
	}
	return span{start, end}, words
}

// wordEnd is the end of the word at i: letters, and an apostrophe or hyphen
// between letters ("O'Brien", "Jean-Luc"); a trailing "." of an initial
// ("J. R. R. Tolkien") belongs to it.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r):
			j += n
		case (r == '\'' || r == '’' || r == '-') && j > i && j+n < len(s):
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			if !unicode.IsLetter(next) {
				return j
			}
			j += n
		case r == '.' && j-i == 1:
			return j + 1 // an initial
		default:
			return j
		}
	}
	return j
}

// capitalised: an upper-case letter, then no other upper-case letter.
func capitalised(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && strings.IndexFunc(word[n:], unicode.IsUpper) < 0
}

func allUpper(word string) bool {
	letters := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1 // "API", "NASA": an acronym; "J." is an initial
}

// notNames are capitalised words a cue is often followed by that name no
// one ("Dear Customer,", "Hi Team,", "Name: Not Applicable").
var notNames = map[string]bool{
	"all": true, "team": true, "everyone": true, "everybody": true, "there": true,
	"world": true, "customer": true, "customers": true, "user": true, "users": true, "admin": true, "sir": true,
	"madam": true, "sirs": true, "colleagues": true, "friends": true, "folks": true, "guys": true, "support": true,
	"not": true, "none": true, "unknown": true, "n": true, "na": true, "test": true, "example": true, "anonymous": true,
	"kunde": true, "kundin": true, "damen": true, "herren": true, "client": true, "cliente": true, "equipe": true, "équipe": true,
	"todos": true, "tutti": true, "alle": true, "sehr": true, "geehrte": true, "geehrter": true, "first": true, "last": true,
	"no": true, "yes": true, "full": true, "your": true, "my": true, "our": true, "this": true, "that": true, "it": true, "i": true, "we": true, "you": true,
	// German capitalises every noun: "Liebe Grüße", "Hallo Welt,", "Hallo zusammen"
	"grüße": true, "grüsse": true, "grüßen": true, "gruß": true, "welt": true, "kollegen": true, "kolleginnen": true,
	"freunde": true, "leute": true, "zusammen": true, "team,": true, "mitarbeiter": true,
	"service": true, "kundenservice": true, "desk": true, "manager": true, "kundendienst": true, "support-team": true, "helpdesk": true, "equipo": true,
	// companies, which head a one-line signature as a sender does ("Acme Corporation | info@…")
	"corporation": true, "corp": true, "company": true, "inc": true, "ltd": true, "llc": true, "gmbh": true, "group": true,
	"solutions": true, "services": true, "systems": true, "technologies": true, "consulting": true,
	// German pronouns, capitalised as the polite form: "Ich heiße Sie willkommen" ("I welcome you")
	"sie": true, "dich": true, "euch": true, "ihn": true,
	// Indonesian "Ibu Kota" is "the capital", not Mrs Kota
	"kota": true,
	// a team or a desk signs as a person does after a closing, in the
	// fifth blind table's languages ("Cu stimă,\nEchipa Suport Clienți")
	"echipa": true, "echipe": true, "csapat": true, "csapata": true, "ügyfélszolgálat": true, "екип": true, "екипът": true,
	"ekipa": true, "tiimi": true, "asiakaspalvelu": true, "komanda": true, "meeskond": true,
	"klienditeenindus": true, "teymi": true, "foireann": true, "equip": true, "l'equip": true, "taldea": true,
	"equipa": true, "squadra": true, "servizio": true, "команда": true, "отдел": true, "служба": true,
	// a field's own name as its value, a template's ("<firstname>FIRSTNAME</firstname>")
	"name": true, "firstname": true, "lastname": true, "surname": true, "fullname": true,
	// organisations, which hold accounts and copyrights as people do
	// ("Copyright holder: Free Software Foundation, Inc.")
	"foundation": true, "association": true, "institute": true, "university": true, "society": true, "council": true,
	"ministry": true, "stiftung": true, "verein": true, "fundación": true, "fondation": true, "fundação": true,
	// desks and departments, which sign mail as people do ("From: Sales, Marketing <…>")
	"sales": true, "marketing": true, "billing": true, "finance": true, "accounting": true, "accounts": true,
	"info": true, "noreply": true, "no-reply": true, "newsletter": true, "office": true,
	// a supplier, as payout exports list them in a payee's column ("Proveedor A")
	"proveedor": true, "supplier": true, "vendor": true, "lieferant": true, "fournisseur": true, "fornecedor": true,
	"fornitore": true, "leverancier": true, "dostawca": true, "tedarikçi": true, "поставщик": true, "постачальник": true,
	// a document's title heading a block of fields as a name heads a CV's
	// (the fifteenth blind table: "Personal Loan Application\nApplicant: …\n
	// M-Pesa Number: …", "Microsoft Teams-Besprechung\n…")
	"application": true, "form": true, "registration": true, "request": true, "onboarding": true, "invitation": true,
	"meeting": true, "agreement": true, "contract": true, "questionnaire": true, "checklist": true, "report": true,
	"notice": true, "statement": true, "certificate": true, "invoice": true, "receipt": true, "antrag": true,
	"formular": true, "anmeldung": true, "einladung": true, "besprechung": true, "vertrag": true, "formulaire": true,
	"demande": true, "contrat": true, "solicitud": true, "formulario": true, "contrato": true, "domanda": true,
	"modulo": true, "pedido": true, "aanvraag": true, "formulier": true, "wniosek": true, "formularz": true,
	"žádost": true, "formulář": true, "ansökan": true, "blankett": true, "hakemus": true, "lomake": true,
	"başvuru": true, "заявление": true, "анкета": true, "заява": true, "kontrak": true, "perjanjian": true,
	// a bank after its account ("<IBAN_1> (Banca Transilvania)")
	"bank": true, "banca": true, "banco": true, "banque": true, "banka": true, "bankası": true, "банк": true,
	"sparkasse": true, "caixa": true, "caisse": true,
	// "Sayın Müşterimiz," (dear customer), "Sayın Vatandaşımız," (dear
	// citizen), "Dear Patient,", "Cher Confrère," (dear colleague)
	"müşterimiz": true, "müşterilerimiz": true, "üyemiz": true, "vatandaşımız": true, "vatandaşlarımız": true,
	"patient": true, "patients": true, "patiente": true, "paciente": true, "patiënt": true, "patientin": true,
	"confrère": true, "consœur": true, "consoeur": true, "collega": true,
	// an institution or a form of the seventeenth blind table, which heads a
	// block over contacts as a name does
	"school": true, "schule": true, "école": true, "escuela": true, "requisition": true, "hospital": true,
	"clinic": true, "klinik": true, "clinique": true, "practice": true, "praxis": true,
	// roles, which head a referee's item as a name does ("Head Chef – The
	// Ivy") and title a signature's second line
	"chef": true, "director": true, "directora": true, "officer": true, "supervisor": true,
	"engineer": true, "lead": true, "coordinator": true, "president": true, "founder": true, "owner": true,
	"teacher": true, "principal": true, "consultant": true, "analyst": true, "developer": true, "designer": true,
	"assistant": true, "secretary": true, "specialist": true, "advisor": true, "adviser": true, "professor": true,
	"lecturer": true,
	// a CV's own title over the name ("Europass Lebenslauf")
	"lebenslauf": true, "europass": true, "curriculum": true, "vitae": true, "resume": true, "résumé": true,
	// a department's display name in a mail header ("Cc: Ufficio Acquisti
	// <…>", "Bilgi: Satın Alma <…>", "Recursos Humanos <…>")
	"ufficio": true, "reparto": true, "abteilung": true, "einkauf": true, "vertrieb": true, "buchhaltung": true,
	"departamento": true, "département": true, "departament": true, "dział": true, "oddělení": true,
	"oddelenie": true, "відділ": true, "τμήμα": true, "afdeling": true, "avdelning": true, "avdeling": true,
	"osasto": true, "osztály": true, "bölümü": true, "birimi": true, "satın": true, "kaynakları": true,
	"hizmetleri": true, "recursos": true, "ressources": true, "risorse": true, "bagian": true, "divisi": true,
}

// legalForms are the company forms written in capitals after a
// company's name, which capitalisedWords does not take as a name's word:
// "Beneficiary: Nordic Parts AB", "Payee: Acme Trading SA".
var legalForms = map[string]bool{
	"AB": true, "AG": true, "AS": true, "ASA": true, "BV": true, "B.V.": true, "NV": true, "N.V.": true, "SA": true,
	"S.A.": true, "SAS": true, "SARL": true, "SRL": true, "S.R.L.": true, "SPA": true, "S.P.A.": true, "SL": true,
	"S.L.": true, "LTD": true, "LTD.": true, "LLC": true, "LLP": true, "PLC": true, "INC": true, "INC.": true,
	"KG": true, "OHG": true, "UG": true, "OY": true, "OYJ": true, "APS": true, "A/S": true, "KFT": true, "KFT.": true,
	"ZRT": true, "ZRT.": true, "SP.": true, "S.R.O.": true, "A.S.": true, "D.O.O.": true, "LDA": true, "LTDA": true,
	"ООО": true, "ТОВ": true, "АО": true, "ПАО": true, "ЗАО": true, "A.Ş.": true, "ŞTİ.": true,
	"GMBH": true, "LDA.": true, "LTDA.": true, "Α.Ε.": true, "ΑΕ": true, "Ε.Π.Ε.": true, "S.A.S.": true, "PTY": true,
	"BHD": true, "TBK": true, "CO.": true, "CORP.": true, "CORP": true,
	// sole traders and family firms, named after their owners
	"EIRL": true, "E.I.R.L.": true, "S.COM.": true, "S.A.R.L.": true, "S/A": true, "SCS": true,
	"K.S.": true, "S.P.": true, "TNHH": true, "RA": true, "E.U.": true,
}

// legalFormAt: a company form in dotted capitals starts at s[j] ("B.V.",
// "S.A.", "S.R.L."), which wordEnd would read as initials.
func legalFormAt(s string, j int) bool {
	e := j
	for e < len(s) && (isASCIILetter(s[e]) || s[e] == '.') {
		e++
	}
	return e-j <= 8 && legalForms[strings.ToUpper(s[j:e])]
}

// legalFormAfter: a company form follows the words that end at end
// ("Nordic Parts AB", "Acme Widgets, Inc.").
func legalFormAfter(s string, end int) bool {
	if end+1 < len(s) && s[end] == ',' {
		end++
	}
	if end+1 >= len(s) || s[end] != ' ' {
		return false
	}
	w := s[end+1:]
	if k := strings.IndexAny(w, " ,;\n\t)"); k >= 0 {
		w = w[:k]
	}
	w = strings.TrimSuffix(w, ".") // a sentence's full stop after "S.L."
	if w == strings.ToLower(w) && !strings.Contains(w, ".") {
		return false // a word of prose: "hired John Smith as a driver", "Klaus Obermeier ab Montag"
	}
	return len(w) <= 10 && (legalForms[strings.ToUpper(w)] || legalForms[strings.ToUpper(w)+"."])
}

// leadingNotNames are possessives and articles that begin a team's or a
// desk's signature ("Ihr Support-Team", "Votre équipe", "El equipo", "Het
// team"), but only as its first word: "Youssef El Amrani", "Fatima El
// Fassi" carry the Arabic article in the name. (Not the particles of
// nameParticles: "Jan de Vries".)
var leadingNotNames = map[string]bool{
	"ihr": true, "ihre": true, "dein": true, "deine": true, "euer": true, "eure": true, "unser": true, "unsere": true,
	"votre": true, "vos": true, "notre": true, "nos": true, "les": true, "el": true, "los": true,
	"las": true, "su": true, "sus": true, "il": true, "lo": true, "het": true, "die": true,
	// and in the fifth blind table's languages: "Vaš tim podrške", "Az
	// Ügyfélszolgálat" (the team word itself, "tim", is also a given name)
	"vaš": true, "vaša": true, "vaše": true, "naš": true, "naša": true, "naše": true, "váš": true, "náš": true, "az": true,
}

// articles start a phrase that is no name ("I'm An Engineer"), but only
// as its first word: "An" is also a Vietnamese given name ("Nguyễn Văn An").
var articles = map[string]bool{"the": true, "a": true, "an": true}

func notAName(name string) bool {
	first := true
	for word := range strings.FieldsSeq(name) {
		if nameParticles[word] && !first {
			continue // "Jordi Puig i Ferrer": the Catalan "and", not the English "I"
		}
		lower := strings.ToLower(word)
		if notNames[lower] || first && (articles[lower] || leadingNotNames[lower]) {
			return true
		}
		first = false
		if strings.IndexByte(word, '-') > 0 { // "Support-Team", "Kunden-Service"
			for part := range strings.SplitSeq(word, "-") {
				if notNames[strings.ToLower(part)] {
					return true
				}
			}
		}
	}
	return false
}

// hangulSuffixes are the copulas and particles Korean glues to a name:
// "김민수입니다", "김민수예요", "김민수라고 합니다", "김민수 씨".
var hangulSuffixes = []string{"입니다", "이에요", "예요", "이라고", "라고", "이고", "이며", "씨", "님", "이야", "야"}

// hangulRunEnd is the end of the run of Hangul syllables that starts at i.
func hangulRunEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xac00 || r > 0xd7a3 {
			break
		}
		i += size
	}
	return i
}

// hangulName is two to four Hangul syllables at i, without the particle
// glued to their end.
func hangulName(s string, i int) (span, bool) {
	j := hangulRunEnd(s, i)
	for _, suffix := range hangulSuffixes {
		if strings.HasSuffix(s[i:j], suffix) && j-len(suffix) > i {
			j -= len(suffix)
			break
		}
	}
	n := utf8.RuneCountInString(s[i:j])
	return span{i, j}, n >= 2 && n <= 4
}

// hanNonNames are Han characters that start no name but follow a cue as
// a verb's particle or a pronoun: "我叫了外卖" ("I ordered takeout"), "我叫什么"
// ("what am I called"), "我叫他" ("I call him").
const hanNonNames = "了什你他她它这"

// hanName is two to four Han characters at i.
func hanName(s string, i int) (span, bool) {
	j, n := i, 0
	for j < len(s) && n < 4 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) || n == 0 && strings.ContainsRune(hanNonNames, r) {
			break
		}
		j += size
		n++
	}
	return span{i, j}, n >= 2
}

// hanSurnames are the commonest Chinese family names, in simplified and
// traditional characters: about nine people in ten bear one of them.
const hanSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢" +
	"姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
	"張劉陳楊黃趙吳孫馬許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈鄒閻龍賀顧龔萬錢嚴湯"

// hanRoleEnds end the nouns of a role or a group that follow "我是" as a
// name would ("程序员", "作者", "中国人", "学生", "老师", "家长", "用户",
// "新手"): a name seldom ends in one.
const hanRoleEnds = "员員者人生师師长長家户戶工手主客方商部司"

// surnameHanName is a name after "我是" ("I am"), which as often introduces
// a noun: two or three Han characters, the first a common family name and
// the last no role ending, that end at a punctuation mark, a space or the
// text's end ("我是李娜，…"); a longer run of Han ("我是周末才看到的", "I only
// saw it at the weekend") shows no end of a name and is left.
func surnameHanName(s string, i int) (span, bool) {
	j, n := i, 0
	var first, last rune
	for j < len(s) && n <= 3 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		if n == 0 {
			first = r
		}
		last = r
		j += size
		n++
	}
	if n < 2 || n > 3 || !strings.ContainsRune(hanSurnames, first) || strings.ContainsRune(hanRoleEnds, last) {
		return span{}, false
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return span{}, false // kana or Latin glued on: no end of a name
		}
	}
	return span{i, j}, true
}

// hangulSurnames are the commonest Korean family names; hangulRoleEnds end
// the nouns of a role or a people ("한국인", "공무원", "개발자", "변호사",
// "대학생", "전문가", "선생님", "사장", "경찰관").
const (
	hangulSurnames = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금"
	hangulRoleEnds = "인원자사생가님장관"
)

// hangulCopulas end a name after "저는": "저는 박지훈입니다", "저는 박지훈이에요".
var hangulCopulas = []string{"입니다", "이에요", "예요", "이고요", "이고", "이라고", "라고"}

// surnameHangulName is a name after "저는" ("I"), which as often introduces
// a noun ("저는 학생입니다", "I am a student"): three Hangul syllables, the
// usual length of a Korean name, the first a common family name and the
// last no role ending, with a copula glued to them.
func surnameHangulName(s string, i int) (span, bool) {
	j := hangulRunEnd(s, i)
	for _, cop := range hangulCopulas {
		end := j - len(cop)
		if end <= i || !strings.HasSuffix(s[i:j], cop) {
			continue
		}
		name := s[i:end]
		first, _ := utf8.DecodeRuneInString(name)
		last, _ := utf8.DecodeLastRuneInString(name)
		if utf8.RuneCountInString(name) == 3 && strings.ContainsRune(hangulSurnames, first) && !strings.ContainsRune(hangulRoleEnds, last) {
			return span{i, end}, true
		}
		return span{}, false
	}
	return span{}, false
}

// hanNameBefore is two to four Han characters that end at end, where the
// cue s[end:cueEnd] starts: the name before "と申します" ("営業部の佐藤と申します").
// A longer run ("営業部佐藤") shows no start of the name and is left, and so
// is the noun before "と申しますのは" ("理由と申しますのは", "the reason is").
func hanNameBefore(s string, end, cueEnd int) (span, bool) {
	if strings.HasPrefix(s[cueEnd:], "の") {
		return span{}, false
	}
	i, n := end, 0
	for i > 0 && n <= 4 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
		n++
	}
	return span{i, end}, n >= 2 && n <= 4
}

// caselessSkips may stand between a caseless cue and the name: a copula
// or "full" ("اسمي هو …", "my name is …"; "اسمي الكامل …", "my full name
// …"; "השם שלי הוא …"), or an Arabic courtesy title after a label
// ("الاسم: المهندس …", "Name: Eng. …"), which stays outside the name as
// titles do.
var caselessSkips = map[string]bool{"هو": true, "هي": true, "الكامل": true, "הוא": true, "היא": true, "המלא": true, "کامل": true,
	"السيد": true, "السيدة": true, "الأستاذ": true, "الأستاذة": true, "الدكتور": true, "الدكتورة": true, "المهندس": true,
	"المهندسة": true, "الشيخ": true}

// caselessStops follow a caseless cue, or a name, where a name does not:
// negations, prepositions, pronouns and copulas ("اسمي غير مهم", "my name
// does not matter"; "שמי לא חשוב"; "मेरा नाम क्या है", "what is my name";
// "मेरा नाम राहुल है", "my name is Rahul").
var caselessStops = map[string]bool{
	"غير": true, "ليس": true, "لا": true, "في": true, "من": true, "على": true, "عن": true, "مع": true, "هذا": true,
	"לא": true, "של": true, "על": true, "עם": true, "זה": true,
	"है": true, "हूँ": true, "हूं": true, "था": true, "क्या": true, "नहीं": true,
	"हो": true, "छ": true, "छु": true, // Nepali "is", "am": "मेरो नाम राम थापा हो"
	// Urdu, Persian and Bengali copulas, question words, negations and "and"
	// ("میرا نام علی رضا ہے", "اسم من مریم است", "আমার নাম কী")
	"ہے": true, "ہیں": true, "تھا": true, "کیا": true, "نہیں": true, "اور": true,
	"است": true, "هست": true, "بود": true, "چیست": true, "چیه": true, "نیست": true, "و": true, "را": true,
	"হল": true, "হলো": true, "কী": true, "কি": true, "নয়": true, "না": true, "এবং": true, "ও": true,
	// a team or a department signs as a person does after a closing
	// ("مع تحياتي،\nفريق الدعم", "the support team")
	"فريق": true, "قسم": true, "إدارة": true, "צוות": true, "מחלקת": true, "הנהלת": true, "تیم": true, "ٹیم": true,
	"টিম": true, "टीम": true,
	// the courtesy that follows a name in a letter ("السيد أحمد خليل المحترم")
	"المحترم": true, "المحترمة": true,
}

// nasabParticles join the parts of an Arabic or Hebrew name ("محمد بن
// سلمان", "son of"; "عبد الله"; "דוד בן גוריון"): they do not count as one
// of its words, and a name does not end on one.
var nasabParticles = map[string]bool{"بن": true, "ابن": true, "بنت": true, "عبد": true, "أبو": true, "ابو": true, "آل": true, "בן": true, "בת": true}

// caselessName reads the name after a cue in Arabic, Hebrew or Devanagari,
// which have no letter case to tell a name from the words after it: past
// caselessSkips, the next one or two words, up to punctuation or a stop
// word. A second word that starts with the conjunction "و" or "ו" ("and")
// begins the next clause ("اسمي أحمد وأحتاج …", "שמי דנה ואני …"); a third
// word, which a longer name would have, is left, but a nasab particle
// ("بن", "son of") joins two words without counting as one.
func caselessName(s string, i int) (span, bool) {
	for e := lettersEnd(s, i); e < len(s) && s[e] == ' ' && caselessSkips[s[i:e]]; e = lettersEnd(s, i) {
		i = e + 1
	}
	end, nasab := i, false
	for n, w := 0, i; n < 2; n++ {
		e := lettersEnd(s, w)
		word := s[w:e]
		if e == w || caselessStops[word] || caselessSkips[word] || n > 0 && conjunctionFirst(word) {
			break
		}
		if nasabParticles[word] && e < len(s) && s[e] == ' ' {
			n-- // "محمد بن سلمان" is one given name and one family name, and three words
			nasab = true
		} else {
			end = e
		}
		if e >= len(s) || s[e] != ' ' {
			break
		}
		w = e + 1
	}
	if nasab {
		end = familyNameAfter(s, end)
	} else {
		end = thirdWordBeforeCopula(s, i, end)
	}
	return span{i, end}, end > i
}

// caselessCopulas end a self-introduction: "मेरा नाम … है", "मेरो नाम …
// हो", "میرا نام … ہے", "اسم من … است".
var caselessCopulas = map[string]bool{"है": true, "हो": true, "छ": true, "ہے": true, "است": true, "হল": true, "হলো": true}

// thirdWordBeforeCopula extends a two-word name that ends at end over a
// third word when the sentence's copula follows that word: the clause
// closes there, so the word is the name's ("मेरो नाम राम बहादुर थापा हो",
// given name, middle name and family name, as Nepali and Hindi names run).
func thirdWordBeforeCopula(s string, i, end int) int {
	if strings.Count(s[i:end], " ") != 1 || end+1 >= len(s) || s[end] != ' ' {
		return end
	}
	e := lettersEnd(s, end+1)
	word := s[end+1 : e]
	if e == end+1 || e+1 >= len(s) || s[e] != ' ' || caselessStops[word] || caselessSkips[word] || conjunctionFirst(word) {
		return end
	}
	if c := lettersEnd(s, e+1); caselessCopulas[s[e+1:c]] {
		return e
	}
	return end
}

// familyNameAfter extends a name whose lineage a nasab particle wrote
// ("محمد بن عبد الله") over the rest of the lineage ("… بن علي بن جماز")
// and the family name with its article that ends the four-part form
// ("… الأحمد"), when they follow at end.
func familyNameAfter(s string, end int) int {
	for end+1 < len(s) && s[end] == ' ' {
		p := lettersEnd(s, end+1)
		if !nasabParticles[s[end+1:p]] || p+1 >= len(s) || s[p] != ' ' {
			break
		}
		e := lettersEnd(s, p+1)
		if w := s[p+1 : e]; e == p+1 || caselessStops[w] || conjunctionFirst(w) {
			break
		}
		end = e
	}
	if end+1 >= len(s) || s[end] != ' ' || !strings.HasPrefix(s[end+1:], arabicArticle) {
		return end
	}
	e := lettersEnd(s, end+1)
	if word := s[end+1 : e]; len(word) > len(arabicArticle)+2 && !caselessStops[word] && !nasabParticles[word] {
		return e
	}
	return end
}

// courtesyName is the name after an Arabic courtesy title: a given name
// never starts with the article "ال", an office does ("السيد الرئيس", "Mr.
// President"; "السيد المدير", "the manager").
func courtesyName(s string, i int) (span, bool) {
	if strings.HasPrefix(s[i:], arabicArticle) {
		return span{}, false
	}
	// After a title the name is a person's whole name, and a third word
	// with the article is its family name ("السيد/ أحمد خليل الزعبي").
	sp, ok := caselessName(s, i)
	if ok && strings.Count(s[sp.start:sp.end], " ") == 1 {
		sp.end = familyNameAfter(s, sp.end)
	}
	return sp, ok
}

// arabicArticle is the article "al-" that Arabic family names start with
// ("الأحمد", "الزهراني").
const arabicArticle = "ال"

// conjunctionFirst: the word starts with the Arabic or Hebrew "and", which
// is written glued to the next word.
func conjunctionFirst(word string) bool {
	for _, and := range [...]string{"و", "ו"} {
		if len(word) > len(and) && strings.HasPrefix(word, and) {
			return true
		}
	}
	return false
}

// firstPersonCue: "I'm", "I am".
func firstPersonCue(cue string) bool {
	return cue == "i'm " || cue == "i’m " || cue == "i am "
}

// gerund is a word in "-ing" of five letters or more: after "I'm" a verb or
// an adjective written in title case ("I'm Feeling Lucky", "I'm Going
// Home"), not a given name; the few given names of that shape are kept.
func gerund(word string) bool {
	return len(word) >= 5 && strings.HasSuffix(word, "ing") && word != "Sterling" && word != "Irving"
}

// callerRoles follow the name a caller gives ("this is Tom Baker speaking",
// "… calling about my order").
var callerRoles = []string{"speaking", "calling"}

// roleAfter: rest, the text after a name (spaces trimmed), starts with a
// caller's role, or "from" and a word in lower case ("this is Sarah Johnson
// from accounts"), perhaps after a comma. Not "from" and a capital, "of",
// "with" or "here": after "this is", title-case words are far more often a
// product, a chapter or a tool than a person, and those roles follow them
// too ("this is Windows Update from Microsoft", "This is Chapter Two of the
// manual", "This is Version Control with Git"), in the manuals a RAG
// chatbot answers from.
func roleAfter(rest string) bool {
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
	for _, r := range callerRoles {
		if hasPrefixFold(rest, r) {
			return true
		}
	}
	if !hasPrefixFold(rest, "from ") {
		return false
	}
	next := strings.TrimLeft(rest[len("from "):], " ")
	return next != "" && 'a' <= next[0] && next[0] <= 'z'
}

// patientData are what a clinical note writes after a patient's name.
var patientData = []string{"dob", "d.o.b", "y/o", "yo ", "y.o.", "years old", "year-old", "mrn", "age ", "born"}

// signatureRole: rest, what follows a name signed under a closing (past
// the spaces after it), gives the signer's team or role ("Lena vom
// Zalando-Kundenservice", "Nadia | Customer Care", "Tom from Support",
// "Ana – Atención al cliente").
func signatureRole(rest string) bool {
	return slicesHasPrefix(rest, signatureRoleLinks)
}

// signatureRoleLinks join a signer's first name to their team or role.
var signatureRoleLinks = []string{"vom ", "von ", "from ", "| ", "– ", "- ", "de l'", "du service", "del "}

// assistantAfter: the sentence after a name introduces a bot, whose
// name is no person's ("…, Northwind's virtual assistant", "…, dein
// digitaler Assistent").
func assistantAfter(rest string) bool {
	rest = rest[:min(len(rest), 80)]
	if end := strings.IndexAny(rest, ".!?\n"); end >= 0 {
		rest = rest[:end]
	}
	return containsAnyOf(strings.ToLower(rest), assistantWords)
}

// assistantWords name a bot, in lower case.
var assistantWords = []string{"assistant", "assistent", "asistente", "assistente", "bot", "virtuel", "virtual",
	"digital"}

// contactOnLine: an e-mail or a phone, masked already, follows the name
// on its line, after at most a comma and a word ("tel.", "iletişim:"), or
// a licence or a date of birth further on the line.
func contactOnLine(rest string) bool {
	line := lineHead(rest, 80)
	for _, p := range contactPlaceholders {
		if k := strings.Index(line, p); k >= 0 && k <= 32 {
			return true
		}
	}
	return containsAnyOf(line, driverData)
}

// driverData open the placeholders of what a driver's line lists after
// the name: a date of birth, a licence.
var driverData = []string{"<DATE_OF_BIRTH_", "<NATIONAL_ID_"}

// patientDatumOnLine: the rest of the name's line holds a patient datum.
func patientDatumOnLine(rest string) bool {
	return containsAnyOf(strings.ToLower(lineHead(rest, 80)), patientData)
}

// lineHead is what rest holds up to its line's end, at most n bytes: the
// part of a line after a name that its rules look at.
func lineHead(rest string, n int) string {
	rest = rest[:min(len(rest), n)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return rest
}
