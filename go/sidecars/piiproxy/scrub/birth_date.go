package scrub

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// findBirthDates finds dates of birth. A date alone is no personal data:
// release dates, invoice dates, deadlines and log timestamps fill the
// retrieved context, and masking them would blind the model. What makes a
// date someone's birth date is the text around it, so a date is masked
// only where a birth cue announces it: a label or a phrase in the text's
// language ("DOB:", "Geburtsdatum:", "née le", "fecha de nacimiento:",
// "生年月日：", "생년월일", "дата рождения", "ngày sinh", "วันเกิด"), a
// key ("birth_date=", `"dob": "…"`, "BDAY:"), followed by the date with
// only separators and short connector words between ("my date of birth is
// …", "born on the …", "geboren am …"), or, in languages that say it so,
// followed by the cue ("1990年5月3日生まれ", "am 12. März 1985 geboren");
// and in the column of a pasted table whose header is such a key.
//
// Only a string that parses as a date of birth is masked, never the cue:
// day, month and a year, where the day fits the month and the year is a
// plausible birth year (earliestBirthYear to this year, or the same in the
// calendar the cue's language may use: Thai Buddhist, Persian and Arabic
// Hijri, Japanese and Taiwanese eras). A year alone ("born in 1985", "b.
// 1906") is kept, as HIPAA's Safe Harbor keeps it; so is "the project was
// born in 2019". A national id that embeds a birth date is no date (its
// digits go on), so a cue before one does not cut it.
func findBirthDates(s string) []span {
	digits := hasYearDigits(s)
	if !digits && !hasMonthWord(s) || !hasBirthCue(s) {
		return nil // most texts: no year in digits nor a month to say a date in words with, or no cue at all
	}
	spoken := spokenBirthDates(s)
	if !digits {
		return spoken
	}
	var out []span
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) || k > 0 && isDigit(s[k-1]) || !numberStartOK(s, k) {
			continue // a date's digits start no word ("4b825dc", "v1.2")
		}
		start := dateStartBefore(s, k)
		end, ok := dateOrBirthdayAt(s, start, anyEra)
		if !ok {
			continue
		}
		if sp, ok := announcedDate(s, start, end); ok {
			out = append(out, sp)
			k = max(k, sp.end-1)
		}
	}
	if strings.IndexByte(s, '\n') >= 0 {
		out = append(out, birthDatesInTables(s)...)
	}
	return disjoint(append(out, spoken...))
}

// dateStartBefore is where a date whose first digits are at k starts: at
// a month's name or an era written before them ("March 12, 1985", "Sept.
// 3, 1956", "昭和60年3月12日"), else at k.
func dateStartBefore(s string, k int) int {
	if k == 0 {
		return k
	}
	if s[k-1] >= utf8.RuneSelf {
		for _, er := range eraNames {
			if strings.HasSuffix(s[:k], er.name) {
				return k - len(er.name)
			}
		}
		return k
	}
	if s[k-1] != ' ' {
		return k
	}
	j := k - 1
	if j > 0 && s[j-1] == '.' {
		j--
	}
	w := j
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= n
	}
	if w < j && monthNamed(s[w:j]) > 0 {
		return w
	}
	return k
}

// maxCueReach bounds how far before a date its cue may start: the longest
// cue, connectors (maxBirthGap) and a birthplace.
const maxCueReach = 96

// announcedDate reports whether a birth cue announces the date s[start:end]:
// one before it or one after it. Dates are rarer than the first letters of
// cues, so the cues are looked for around each date, not in the whole text.
func announcedDate(s string, start, end int) (span, bool) {
	for p := max(0, start-maxCueReach); p < start; p++ {
		if len(birthCueIndex[s[p]]) == 0 || insideASCIIWord(s, p) {
			continue // most bytes: settled without a call
		}
		if sp, ok := cueAnnouncing(s, p, start, end); ok {
			return sp, true
		}
	}
	return cueAnnouncing(s, skipSpaces(s, end), start, end)
}

// hasBirthCue reports whether a cue stands anywhere in s, where
// cueAnnouncing or a table header (birthHeader) could find it. Looking
// once for the cue spares a text without one (most prompts, log pastes and
// retrieved context full of dates) the reading of every date in it: on the
// benchmark's chat body the detector's instructions fell to a tenth.
func hasBirthCue(s string) bool {
	found := false
	forEachBirthCue(s, func(int, int) bool {
		found = true
		return false
	})
	return found
}

// forEachBirthCue calls f with the start and end of each place in s where
// a cue stands (the first cue that matches there), until f returns false.
func forEachBirthCue(s string, f func(cueStart, cueEnd int) bool) {
	for p := 0; p < len(s); p++ {
		if len(birthCueIndex[s[p]]) == 0 || insideASCIIWord(s, p) || !birthCuePairs.has(pairAt(s, p)) {
			continue
		}
		wordStart := birthCueStartOK(s, p)
		if !wordStart && !birthCueGlued[s[p]] {
			continue
		}
		cues := birthCueIndex[s[p]]
		for k := range cues {
			ic := &cues[k]
			if (wordStart || ic.cue.glued) && ic.mayStart(s, p) {
				if end, ok := ic.cue.matchAt(s, p); ok {
					if !f(p, end) {
						return
					}
					break
				}
			}
		}
	}
}

// hasMonthWord reports whether a word of s names a month in a language of
// monthNames, which a date said in words needs: a text with neither such
// a word nor a year's digits holds no date of birth, and is not searched
// for a cue. Most words are passed over by their length or their first
// three bytes (monthStarts).
func hasMonthWord(s string) bool {
	for i := 0; i < len(s); {
		if !spokenLetter(s[i]) {
			i++
			continue
		}
		j := spokenWordEnd(s, i+1)
		if n := j - i; n >= 3 && n <= monthStarts.longest && monthStarts.first.has(pairAt(s, i)) &&
			monthStarts.second.has(pairAt(s, i+1)) && monthNamed(s[i:j]) > 0 {
			return true
		}
		i = j
	}
	return false
}

// monthStarts holds the first and the second two bytes of every month of
// monthNames, in lower case and capitalised (pairAt lowers only ASCII
// letters), and the longest in bytes.
var monthStarts = func() (t struct {
	first, second pairSet
	longest       int
}) {
	for _, lang := range monthNames {
		for _, name := range lang {
			if len(name) < 3 {
				continue
			}
			for _, form := range []string{name, capitaliseFirst(name)} {
				t.first.add(pairAt(form, 0))
				t.second.add(pairAt(form, 1))
			}
			t.longest = max(t.longest, len(name))
		}
	}
	return t
}()

// pairAt is the pair of bytes at s[i] that birthCuePairs is keyed by,
// ASCII letters in lower case; past the end of s, a zero byte.
func pairAt(s string, i int) uint16 {
	next := byte(0)
	if i+1 < len(s) {
		next = lowerASCIILetter(s[i+1])
	}
	return uint16(lowerASCIILetter(s[i]))<<8 | uint16(next)
}

// lowerASCIILetter lowers an ASCII letter and leaves every other byte.
func lowerASCIILetter(c byte) byte {
	if isASCIILetter(c) {
		return c | 0x20
	}
	return c
}

// pairSet is a set of byte pairs, a bit each.
type pairSet [1 << 16 / 64]uint64

func (ps *pairSet) add(pair uint16)      { ps[pair/64] |= 1 << (pair % 64) }
func (ps *pairSet) has(pair uint16) bool { return ps[pair/64]&(1<<(pair%64)) != 0 }

// birthCuePairs holds the first two bytes of every spelling of every cue
// (as pairAt reads them), so that hasBirthCue passes over most word starts
// with one lookup instead of a test of each cue their first byte indexes.
// A cue whose second letter is a space (which also matches "_", "-" or
// nothing) is entered with every byte that may follow its first one; a
// non-ASCII second letter with the lead byte of each of its cases.
var birthCuePairs = func() *pairSet {
	ps := new(pairSet)
	for b, cues := range birthCueIndex {
		for _, ic := range cues {
			first := uint16(lowerASCIILetter(byte(b))) << 8
			if len(ic.lead) > 1 {
				ps.add(first | uint16(ic.lead[1]))
				continue
			}
			_, n := utf8.DecodeRuneInString(ic.cue.text)
			rest := ic.cue.text[n:]
			switch {
			case rest == "" || rest[0] == ' ':
				for next := range 256 {
					ps.add(first | uint16(lowerASCIILetter(byte(next))))
				}
			case rest[0] >= utf8.RuneSelf:
				r, _ := utf8.DecodeRuneInString(rest)
				for _, v := range []rune{r, unicode.ToUpper(r), unicode.ToTitle(r)} {
					ps.add(first | uint16(string(v)[0]))
				}
			default:
				ps.add(first | uint16(lowerASCIILetter(rest[0])))
			}
		}
	}
	return ps
}()

// cueAnnouncing reports whether a cue at s[i] announces the date
// s[start:end] (see birthCue.announces).
func cueAnnouncing(s string, i, start, end int) (span, bool) {
	if i >= len(s) {
		return span{}, false
	}
	cues := birthCueIndex[s[i]]
	wordStart := birthCueStartOK(s, i)
	if !wordStart && !birthCueGlued[s[i]] {
		return span{}, false // inside a word of a script that puts spaces between words
	}
	for k := range cues { // by index: a copy of each cue would cost more than its test
		ic := &cues[k]
		c := &ic.cue
		if c.after != (i >= end) || !wordStart && !c.glued || !ic.mayStart(s, i) {
			continue
		}
		if cueEnd, ok := c.matchAt(s, i); ok {
			if sp, ok := c.announces(s, i, cueEnd, start, end); ok {
				return sp, true
			}
		}
	}
	return span{}, false
}

// hasYearDigits reports whether s holds a run of two, four or eight
// digits: a year ("85", "1985") or a compact date ("19850312"). Prose
// without one ("version 1.2.3") is skipped before any cue is looked for.
// A year of one digit counts after a Japanese era's name ("平成2年").
func hasYearDigits(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := digitsEnd(s, i)
		if n := j - i; n == 2 || n == 4 || n == 8 {
			return true
		}
		i = j
	}
	return hasEraYear(s)
}

// hasEraYear reports whether an era's name in s is followed by a digit.
// Its year is written with 年, which most texts lack: one byte search.
func hasEraYear(s string) bool {
	if !strings.Contains(s, "年") {
		return false
	}
	for _, er := range eraNames {
		for i := 0; ; {
			k := strings.Index(s[i:], er.name)
			if k < 0 {
				break
			}
			i += k + len(er.name)
			if i < len(s) && isDigit(s[i]) {
				return true
			}
		}
	}
	return false
}

// era is a calendar other than the Gregorian one that a cue's language
// writes birth years in; a year in the Gregorian range is always taken.
type era int

const (
	gregorian  era = iota
	buddhist       // Thai: the Gregorian year + 543
	solarHijri     // Persian: the Gregorian year - 621
	lunarHijri     // Arabic: about the Gregorian year - 579
	anyEra         // any of them: a date found before its cue is known
)

// earliestBirthYear is the earliest year taken as a living person's birth
// year; latestBirthYear is this year.
const earliestBirthYear = 1900

var latestBirthYear = time.Now().Year()

// plausibleYear reports whether a four-digit year is a birth year in the
// Gregorian calendar or in e, and returns it as a Gregorian year (for the
// Hijri calendars, whose months are not the Gregorian ones, 2000: a leap
// year, so that no day up to the 31st of a month that has one is refused).
func plausibleYear(y int, e era) (int, bool) {
	if e == anyEra {
		for each := range anyEra {
			if g, ok := plausibleYear(y, each); ok {
				return g, true
			}
		}
		return 0, false
	}
	switch {
	case earliestBirthYear <= y && y <= latestBirthYear:
		return y, true
	case e == buddhist && earliestBirthYear <= y-543 && y-543 <= latestBirthYear:
		return y - 543, true
	case e == solarHijri && earliestBirthYear <= y+621 && y+621 <= latestBirthYear:
		return 2000, true
	case e == lunarHijri && 1318 <= y && y <= latestBirthYear-579:
		return 2000, true
	}
	return 0, false
}

// birthCue is a label or phrase that announces a date of birth.
type birthCue struct {
	text string // lower case; a space in it also matches "_", "-" or nothing ("date_of_birth", "dateOfBirth")
	// glued: Chinese, Japanese, Korean and Thai write the cue against the
	// words around it, so it need not start or end a word
	glued bool
	// after: the date stands before the cue ("1990年5月3日生まれ", "am 12.
	// März 1985 geboren"); alone: and no letter of its script follows
	// ("12日生" yes, "12日生效", "takes effect", no)
	after, alone bool
	// place: a verb after which a birthplace may come first ("né à Lyon
	// le …", "nato a Roma il …", "Tempat/Tgl. Lahir: Bandung, …")
	place bool
	// aside: a bare abbreviation ("b.") that counts only in a parenthesis
	// or after a comma, as after a name ("Ellis (b. 14 July 1948)"); at a
	// line's start it is a list item
	aside bool
	era   era
}

// birthCues lists the cues by language. Verbs come with the forms people
// write of themselves and of others; the connectors between a cue and its
// date are in birthConnectors.
var birthCues = func() []birthCue {
	var cues []birthCue
	add := func(c birthCue, texts ...string) {
		for _, t := range texts {
			c.text = t
			cues = append(cues, c)
		}
	}
	add(birthCue{},
		// English, and the keys of forms, exports and APIs
		"date of birth", "birth date", "birthdate", "birthday", "bday", "dob", "d.o.b.", "d.o.b", "birth",
		// German, Dutch
		"geburtsdatum", "geb.-datum", "geburtstag", "geb.", "geboortedatum",
		// French, Spanish, Italian, Portuguese
		"date de naissance", "date naissance", "naissance", "né(e)",
		"fecha de nacimiento", "fecha nacimiento", "f. de nac.", "f. nac.", "fec. nac.", "nac.", "nacimiento",
		"data di nascita", "data nascita", "nascita", "data de nascimento", "data nascimento", "dt. nasc.", "data nasc.", "nascimento",
		// Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish
		"data urodzenia", "ur.", "datum narození", "datum nar.", "nar.", "dátum narodenia",
		"födelsedatum", "födelsedag", "fødselsdato", "fødselsdag", "syntymäaika", "syntymäpäivä",
		"doğum tarihi", "doğum tarihim", "doğum tarihiniz", "dogum tarihi", "d. tarihi",
		// Russian, Ukrainian, Greek
		"дата рождения", "день рождения", "дата рожд.", "д.р.", "дата народження", "день народження",
		"ημερομηνία γέννησης", "ημ. γέννησης", "ημ/νία γέννησης", "γέννηση",
		// Arabic, Hebrew, Hindi, Vietnamese, Indonesian, Malay
		"תאריך לידה", "ת. לידה",
		"जन्म तिथि", "जन्मतिथि", "जन्म दिनांक", "जन्म की तारीख", "जन्मदिन", "जन्म",
		"ngày sinh", "sinh ngày", "ngày tháng năm sinh", "ngay sinh", "sinh ngay",
		// Bengali
		"জন্ম তারিখ", "জন্মতারিখ", "জন্ম তাং", "জন্মদিন", "জন্ম",
		// the fifth blind table's (realworld5_test.go): Romanian, Hungarian,
		// Bulgarian, Serbian and Croatian, Slovenian, Baltic, Icelandic,
		// Irish, Catalan, Basque, Galician, Kazakh, Georgian, Armenian,
		// Azerbaijani, Mongolian, Filipino
		"data nașterii", "data naşterii", "data nasterii", "születési dátum", "születési idő", "szül. dátum", "születési dátuma",
		"дата на раждане", "datum rođenja", "датум рођења", "datum rojstva", "gimimo data", "dzimšanas datums",
		"sünniaeg", "sünnikuupäev", "fæðingardagur", "fæðingardags.", "dáta breithe", "data de naixement",
		"jaiotze data", "jaiotza-data", "data de nacemento", "туған күні", "туған күн", "დაბადების თარიღი",
		"ծննդյան ամսաթիվ", "doğum tarixi", "төрсөн огноо", "petsa ng kapanganakan", "kaarawan")
	add(birthCue{era: lunarHijri}, "تاريخ الميلاد", "تاريخ الولادة", "تاريخ ميلادي", "مواليد", "ولدت في", "ولد في")
	add(birthCue{era: solarHijri}, "تاریخ تولد", "تاریخ تولدم", "متولد")
	add(birthCue{place: true},
		"born", "geboren", "né", "née", "nacido", "nacida", "nací", "nació", "nato", "nata", "nacque", "nascido", "nascida",
		"nasci", "nasceu",
		"urodzony", "urodzona", "urodziłem się", "urodziłam się", "urodził się", "urodziła się",
		"narozen", "narozena", "narodil jsem se", "narodila jsem se", "narodený", "narodená", "född", "født", "syntynyt",
		"родился", "родилась", "народився", "народилася", "народилась", "rodilsya", "rodilas",
		"γεννήθηκα", "γεννήθηκε", "נולדתי", "נולד", "נולדה",
		"tanggal lahir", "tgl lahir", "tgl. lahir", "tarikh lahir", "lahir",
		"născut", "născută", "nascut", "nascuta", "született", "роден", "родена", "rođen", "rođena", "rojen", "rojena",
		"gimęs", "gimusi", "dzimis", "dzimusi", "sündinud", "fæddur", "fædd", "nascuda",
		// a form's label for the date and the place together, in either order
		// (the thirteenth blind table): the place may stand before the date
		"data i miejsce urodzenia", "miejsce i data urodzenia", "date et lieu de naissance", "lieu et date de naissance",
		"data e luogo di nascita", "luogo e data di nascita", "fecha y lugar de nacimiento", "lugar y fecha de nacimiento",
		"date and place of birth", "place and date of birth", "data e local de nascimento", "local e data de nascimento",
		"geburtsdatum und -ort", "geburtsdatum und ort", "datum en plaats van geboorte", "datum a místo narození",
		// the date of birth of the person a form is about ("Date de
		// naissance de l'élève :")
		"date de naissance de l'élève", "date de naissance de l'enfant", "date of birth of the child")
	// Swahili, Telugu, Marathi and Tamil labels (the eighth blind table)
	add(birthCue{}, "tarehe ya kuzaliwa", "siku ya kuzaliwa", "పుట్టిన తేదీ", "జన్మ తేదీ", "जन्मतारीख", "जन्म तारीख",
		"பிறந்த தேதி", "பிறந்த நாள்")
	// Finnish "s." (syntynyt, born) after a name and a comma, as "b." is
	add(birthCue{aside: true}, "b.", "s.")
	add(birthCue{glued: true},
		"出生日期", "出生年月日", "出生年月", "出生于", "出生於", "出生", "生日", "生于", "生於",
		"生年月日", "誕生日", "생년월일", "생일", "출생일")
	add(birthCue{glued: true, era: buddhist}, "วันเกิด", "เกิดวันที่", "เกิดเมื่อ", "เกิด")
	add(birthCue{after: true}, "geboren", "doğumlu", "doğumluyum")
	add(birthCue{after: true, glued: true}, "生まれ", "出生")
	add(birthCue{after: true, glued: true, alone: true}, "生", "생")
	return cues
}()

// indexedCue is a cue under one spelling of its first letter.
type indexedCue struct {
	lead string // the first letter, in one case
	next byte   // the cue's byte after it, when an ASCII letter (lower case), else 0
	cue  birthCue
}

// mayStart is a cheap first test of the cue at s[i]: its first letter in
// this case, and its second letter if ASCII. Most bytes of a text in a
// script with few letters per lead byte (CJK, Cyrillic) stop here.
func (ic *indexedCue) mayStart(s string, i int) bool {
	if !strings.HasPrefix(s[i:], ic.lead) {
		return false
	}
	j := i + len(ic.lead)
	return ic.next == 0 || j < len(s) && s[j]|0x20 == ic.next
}

// birthCueIndex holds the cues by the first byte of their first letter in
// either case, so that findBirthDates tries at each byte only the cues
// that can start there.
var birthCueIndex = func() (index [256][]indexedCue) {
	for _, c := range birthCues {
		r, n := utf8.DecodeRuneInString(c.text)
		var next byte
		if n < len(c.text) && isASCIILetter(c.text[n]) {
			next = c.text[n]
		}
		seen := map[rune]bool{}
		for _, v := range []rune{r, unicode.ToUpper(r), unicode.ToTitle(r)} {
			if !seen[v] {
				seen[v] = true
				lead := string(v)
				index[lead[0]] = append(index[lead[0]], indexedCue{lead, next, c})
			}
		}
	}
	return index
}()

// birthCueGlued marks the first bytes of glued cues, which may start
// inside a word.
var birthCueGlued = func() (t [256]bool) {
	for b, cues := range birthCueIndex {
		for _, ic := range cues {
			t[b] = t[b] || ic.cue.glued
		}
	}
	return t
}()

// matchAt reports whether the cue stands at s[i], which starts a word
// unless the cue is glued, and where it ends.
func (c *birthCue) matchAt(s string, i int) (int, bool) {
	if c.aside && !asideAt(s, i) {
		return 0, false
	}
	end, ok := matchCueText(s, i, c.text)
	if !ok {
		return 0, false
	}
	if last, _ := utf8.DecodeLastRuneInString(c.text); !c.glued && isLetterOrMark(last) && end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); isLetterOrMark(r) || isDigit(s[end]) {
			return 0, false // "borne", "geborene", "Geburtstagsfeier"
		}
	}
	return end, true
}

// birthCueStartOK: a cue starts a word, a key's component ("patient_dob",
// "customer.dateOfBirth") or a camelCase hump ("patientBirthDate").
func birthCueStartOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isLetterOrMark(r) && !unicode.IsDigit(r) {
		return true
	}
	return 'a' <= s[i-1] && s[i-1] <= 'z' && isUpper(s[i])
}

// insideASCIIWord: s[i] continues a word of ASCII letters and digits, and
// starts no camelCase hump; no ASCII cue starts there, and none is glued.
// Most bytes of a text are settled here.
func insideASCIIWord(s string, i int) bool {
	if i == 0 || s[i] >= utf8.RuneSelf {
		return false
	}
	prev := s[i-1]
	return isDigit(prev) || 'A' <= prev && prev <= 'Z' || 'a' <= prev && prev <= 'z' && !isUpper(s[i])
}

// asideAt: s[i] follows "(" or ", ".
func asideAt(s string, i int) bool {
	return i >= 1 && s[i-1] == '(' || i >= 2 && s[i-2] == ',' && s[i-1] == ' '
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// matchCueText matches cue (lower case) at s[i] ignoring case, where a
// space of the cue matches a space, "_", "-" or nothing, and returns the
// end of the match.
func matchCueText(s string, i int, cue string) (int, bool) {
	j := i
	for k := 0; k < len(cue); {
		if cue[k] == ' ' {
			if j < len(s) && (s[j] == ' ' || s[j] == '_' || s[j] == '-') {
				j++
			}
			k++
			continue
		}
		if j >= len(s) {
			return 0, false
		}
		if cue[k] < utf8.RuneSelf {
			if s[j] != cue[k] && !(isASCIILetter(cue[k]) && s[j]|0x20 == cue[k]) {
				return 0, false
			}
			j++
			k++
			continue
		}
		want, kn := utf8.DecodeRuneInString(cue[k:])
		got, jn := utf8.DecodeRuneInString(s[j:])
		if got != want && unicode.ToLower(got) != want {
			return 0, false
		}
		j += jn
		k += kn
	}
	return j, true
}

// announces reports whether the cue at s[cueStart:cueEnd] announces the
// date s[start:end], and returns the date as the cue's calendar reads it:
// a cue after its date stands right after it; a cue before, with only
// connectors between, or a birthplace too for a verb.
func (c *birthCue) announces(s string, cueStart, cueEnd, start, end int) (span, bool) {
	if c.after {
		if c.alone && cueEnd < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[cueEnd:]); isCJK(r) {
				return span{}, false // "生效", "生産", "생산"
			}
		}
		if spaceBefore(s, cueStart) != end {
			return span{}, false
		}
	} else if j := skipBirthConnectors(s, cueEnd); j != start {
		if !c.place {
			return span{}, false
		}
		if k, ok := birthplaceAt(s, j); !ok || skipBirthConnectors(s, k) != start {
			return span{}, false
		}
	}
	e, ok := dateOrBirthdayAt(s, start, c.era)
	if !ok && c.era == gregorian {
		e, ok = spokenDateAt(s, start) // "the third of March, 1985"
	}
	return span{start, e}, ok
}

// birthConnectors are the words that stand between a cue and its date:
// "my date of birth is …", "born on the …", "geboren am", "né le", "nacido
// el", "nato il", "nascido em", "geboren op", "urodzony dnia", "narozen
// dne", "född den", "lahir pada", "ngày sinh là", and the particles that
// Chinese, Japanese and Korean glue to the cue ("生日是", "誕生日は",
// "생일은"), or Hebrew to the date ("נולדתי ב-12.03.1985").
var birthConnectors = []string{"is", "was", "am", "on", "the", "le", "el", "il", "em", "op", "den", "dnia", "dne",
	"ist", "est", "es", "é", "è", "är", "er", "pada", "tanggal", "tgl.", "là", "a", "à",
	"是", "为", "為", "は", "：", "은", "는", "ב-", "ב", "στις", "στη", "στην", "την", "τη"}

// connectorFirstBytes are the first bytes of birthConnectors in either
// case: most words after a cue start with none of them.
var connectorFirstBytes = func() (t [256]bool) {
	for _, w := range birthConnectors {
		t[w[0]] = true
		t[strings.ToUpper(w)[0]] = true
	}
	return t
}()

// maxBirthGap bounds the bytes between a cue and its date.
const maxBirthGap = 48

// skipBirthConnectors skips what may stand between a cue ending at i and
// its date: spaces (and one line break: a label alone on its line, or a
// question and its answer on the next line after the speaker's label,
// "date of birth?\nCaller: …"), separators (":", "=", quotes, "-", "|",
// ">", "?", a closing parenthesis), a format hint in parentheses ("Date of
// Birth (MM/DD/YYYY): …") and birthConnectors.
func skipBirthConnectors(s string, i int) int {
	start, newline := i, false
	for i < len(s) && i-start < maxBirthGap {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\r' || strings.IndexByte(`:="'-|>?`, c) >= 0:
			i++
		case c == '\n' && !newline && speakerLabelEnd(s, i+1) > 0:
			newline = true
			i = speakerLabelEnd(s, i+1)
		case strings.HasPrefix(s[i:], ideoSpace): // a Japanese form's "生年月日\u3000昭和58年…"
			i += len(ideoSpace)
		case c == '\n' && !newline:
			newline = true
			i++
		case c == '(' || c == ';':
			k := formatHintEnd(s, i)
			if k < 0 {
				return i
			}
			i = k
		default:
			k := connectorEnd(s, i)
			if k < 0 {
				k = fillerEnd(s, i)
			}
			if k < 0 {
				return i
			}
			i = k
		}
	}
	return i
}

// fillerEnd is where a speaker's filler at s[i] ends, with the comma
// after it ("Kunde: äh, zwölfter März …"); -1 if none is there.
func fillerEnd(s string, i int) int {
	w, j := dateWordAt(s, i)
	if w == "" || !isSpeechFiller(w) {
		return -1
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	return j
}

// speakerLabelEnd is the end of a transcript's speaker label at s[i], a
// word or two and a colon ("Caller:", "Customer:", "Kunde:"), or 0.
func speakerLabelEnd(s string, i int) int {
	k := i
	for k < len(s) && k-i <= maxSpeakerLabel && (isASCIILetter(s[k]) || s[k] == ' ' && k > i) {
		k++
	}
	if k == i || k >= len(s) || s[k] != ':' || !startsUpper(s[i:k]) {
		return 0
	}
	return k + 1
}

// maxSpeakerLabel is the longest speaker label in bytes.
const maxSpeakerLabel = 24

// formatHintEnd returns the end of a format hint at s[i]: parenthesised,
// "(MM/DD/YYYY)", "(TT.MM.JJJJ)", or a vCard's parameters up to their
// colon, "BDAY;VALUE=date:…": letters and date separators, no digit.
func formatHintEnd(s string, i int) int {
	closing := byte(')')
	if s[i] == ';' {
		closing = ':'
	}
	for k := i + 1; k < len(s) && k-i <= 16; k++ {
		switch c := s[k]; {
		case c == closing:
			return k + 1
		case !isASCIILetter(c) && strings.IndexByte("/.- =", c) < 0:
			return -1
		}
	}
	return -1
}

// connectorEnd returns the end of the birth connector at s[i], or -1. A
// connector word ends at a space; a CJK particle or the Hebrew prefix
// needs nothing after it.
func connectorEnd(s string, i int) int {
	if !connectorFirstBytes[s[i]] {
		return -1
	}
	for _, w := range birthConnectors {
		end, ok := matchCueText(s, i, w)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(w); !isCJK(r) && r != '-' && r != 'ב' && r != '：' && (end >= len(s) || s[end] != ' ' && s[end] != ':') {
			continue
		}
		return end
	}
	return -1
}

// birthplaceAt reads a birthplace at s[i]: a preposition, if any, then
// one to three capitalised words and a comma, if any ("à Lyon", "in Leeds",
// "Bandung,"), and returns where it ends.
func birthplaceAt(s string, i int) (int, bool) {
	if k := strings.IndexByte(s[i:min(len(s), i+4)], ' '); k > 0 && oneOf(s[i:i+k], birthplacePrepositions) {
		i += k + 1
	}
	words := 0
	for words < 3 && i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			break
		}
		e := i
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if !isLetterOrMark(r) && r != '-' {
				break
			}
			e += n
		}
		words++
		i = e
		if i < len(s) && s[i] == ',' {
			return i + 1, true
		}
		if i+1 < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i, words > 0
}

var birthplacePrepositions = []string{"in", "à", "a", "en", "em", "w", "v", "i", "ve", "im", "au"}

// dateAt reads a date of birth at s[i] and returns its end: numeric
// ("1985-03-12", "12/03/1985", "12.03.85", "12. 3. 1985", compact
// "19850312"), with a written month ("12 March 1985", "March 12th, 1985",
// "12. März 1985", "12 de marzo de 1985", "09-SEP-1961", "3 ก.ค. พ.ศ.
// 2530", "3 تشرين الثاني 1979"), or in Chinese,
// Japanese or Korean units ("1985年3月12日", "昭和60年3月12日", "1985년 3월
// 12일").
func dateAt(s string, i int, e era) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	if isDigit(s[i]) && !numberStartOK(s, i) {
		return 0, false
	}
	if end, ok := unitDate(s, i, e); ok {
		return end, true
	}
	if end, ok := compactDate(s, i); ok {
		return end, true
	}
	if end, ok := vietnameseDate(s, i); ok {
		return end, true
	}
	end, ok := partsDate(s, i, e)
	if !ok {
		return 0, false
	}
	end = isoTimeEnd(s, end)
	return end, numberEndOK(s, end)
}

// dateOrBirthdayAt reads a date (dateAt) or, failing that, a birthday
// without its year (birthdayAt) at s[i], and returns its end.
func dateOrBirthdayAt(s string, i int, e era) (int, bool) {
	if end, ok := dateAt(s, i, e); ok {
		return end, true
	}
	return birthdayAt(s, i)
}

// birthdayAt reads a day and a month without a year where the month is
// named or written with its unit ("March 12", "12th of March", "12. März",
// "12 de marzo", "3月12日", "3월 12일"): after a birth cue that is a
// birthday, personal data even without the year (HIPAA counts every date
// element but the year). Numbers alone ("12/03") stay: without a year they
// are as often a fraction, a score or a version. A year after them
// ("March 12, 2150", implausible, or so the three-part reading refused it)
// makes it no birthday either.
func birthdayAt(s string, i int) (int, bool) {
	if end, ok := unitMonthDay(s, i); ok {
		return end, true
	}
	first, ok := datePartAt(s, i)
	if !ok {
		return 0, false
	}
	k := dateSepEnd(s, first.end)
	if k < 0 {
		return 0, false
	}
	second, ok := datePartAt(s, k)
	if !ok {
		return 0, false
	}
	var month, day datePart
	switch {
	case first.digits == 0 && second.digits > 0:
		month, day = first, second
	case second.digits == 0 && first.digits > 0:
		month, day = second, first
	default:
		return 0, false
	}
	if day.digits > 2 || !validDate(2000, month.n, day.n) || yearFollows(s, second.end) {
		return 0, false
	}
	return second.end, numberEndOK(s, second.end)
}

// unitMonthDay reads a month and a day written with their CJK or Korean
// units and no year ("3月12日", "3월 12일").
func unitMonthDay(s string, i int) (int, bool) {
	var nums [2]int
	k, ok := unitNumbers(s, i, dateUnits[1:], 2, nums[:])
	return k, ok && validDate(2000, nums[0], nums[1])
}

// dateUnits are the units of a year, a month and a day, in Chinese or
// Japanese and in Korean.
var dateUnits = [][2]string{{"年", "년"}, {"月", "월"}, {"日", "일"}}

// unitNumbers reads at s[k] numbers of at most maxDigits digits, each
// followed by its unit in either spelling (a space may come before each but
// the first: "1985년 3월 12일"), into nums, and returns where they end.
func unitNumbers(s string, k int, units [][2]string, maxDigits int, nums []int) (int, bool) {
	for p, unit := range units {
		if p > 0 && k < len(s) && s[k] == ' ' {
			k++
		}
		j := digitsEnd(s, k)
		if j == k || j-k > maxDigits || j == len(s) || s[j] < utf8.RuneSelf {
			return 0, false // the units are not ASCII: most numbers stop here
		}
		nums[p] = atoi(s[k:j])
		switch {
		case strings.HasPrefix(s[j:], unit[0]):
			k = j + len(unit[0])
		case strings.HasPrefix(s[j:], unit[1]):
			k = j + len(unit[1])
		default:
			return 0, false
		}
	}
	return k, true
}

// yearFollows reports whether a year's digits follow s[:end] after at most
// a separator (", " "." " "): the date had a year after all.
func yearFollows(s string, end int) bool {
	k := end
	for k < len(s) && k-end < 2 && (s[k] == ',' || s[k] == '.' || s[k] == ' ') {
		k++
	}
	return k < len(s) && isDigit(s[k])
}

// compactDate reads eight digits "YYYYMMDD", as vCards and HL7 write a
// birth date.
func compactDate(s string, i int) (int, bool) {
	j := digitsEnd(s, i)
	if j-i != 8 || !numberEndOK(s, j) {
		return 0, false
	}
	y, m, d := atoi(s[i:i+4]), atoi(s[i+4:i+6]), atoi(s[i+6:j])
	if _, ok := plausibleYear(y, gregorian); !ok || !validDate(y, m, d) {
		return 0, false
	}
	return j, true
}

// isoTimeEnd extends an ISO date at s[:end] over a time glued to it with
// "T" ("1990-06-15T00:00:00Z"): a timestamp of birth is one.
func isoTimeEnd(s string, end int) int {
	if end+1 >= len(s) || s[end] != 'T' || !isDigit(s[end+1]) {
		return end
	}
	k := end + 1
	for k < len(s) && (isDigit(s[k]) || strings.IndexByte(":.+-Z", s[k]) >= 0) {
		k++
	}
	return k
}

// datePart is a day, a month or a year as written: a number (with an
// ordinal suffix, "12th", "1er") or a month's name.
type datePart struct {
	n      int
	digits int // 0 for a month's name
	end    int
}

// partsDate reads three parts joined by separators (see dateSepEnd) and
// checks that they make a date.
func partsDate(s string, i int, e era) (int, bool) {
	var parts [3]datePart
	var seps [2]string
	k := i
	for p := range parts {
		part, ok := datePartAt(s, k)
		if !ok && p == 1 {
			part, ok = unnamedMonthAt(s, k)
		}
		if !ok {
			return 0, false
		}
		parts[p], k = part, part.end
		if p < 2 {
			end := dateSepEnd(s, k)
			if end < 0 {
				return 0, false
			}
			seps[p], k = s[k:end], end
		}
	}
	if !validParts(parts, seps, e) {
		return 0, false
	}
	if parts[0].digits == 4 && parts[1].digits == 0 && k < len(s) && s[k] == '.' {
		k++ // the day's period of a Hungarian date, "1992. március 5."
	}
	return k, true
}

// unnamedMonth is the month of a word between a day and a year that no
// list here names: a month in one of the many languages monthNames lacks
// ("26 czerwiec 1957", "11 Ιούλιος 1993", "2 İyul 2007", "26 九月 1979").
// Such a date is taken only as a day, one word and a four-digit birth
// year with spaces between (validParts), and only where a birth cue
// announces it, as every date is (findBirthDates); never as a birthday
// without its year ("born on 3 occasions").
const unnamedMonth = 13

// unnamedMonthAt reads a word of two to sixteen letters at s[i] as an
// unnamed month; Vietnamese "Tháng" with the month's number in one or two
// words after it ("Tháng Tám", "Tháng Mười Một") is one.
func unnamedMonthAt(s string, i int) (datePart, bool) {
	j := monthWordEnd(s, i)
	if n := utf8.RuneCountInString(s[i:j]); n < 2 || n > 16 {
		return datePart{}, false
	}
	if strings.EqualFold(s[i:j], "tháng") {
		for words := 0; words < 2 && j+1 < len(s) && s[j] == ' '; words++ {
			k := monthWordEnd(s, j+1)
			if k == j+1 {
				break
			}
			j = k
		}
	}
	return datePart{n: unnamedMonth, end: j}, true
}

// datePartAt reads a number of up to four digits, or a month's name.
func datePartAt(s string, i int) (datePart, bool) {
	if i >= len(s) {
		return datePart{}, false
	}
	if isDigit(s[i]) {
		j := digitsEnd(s, i)
		if j-i > 4 {
			return datePart{}, false
		}
		return datePart{n: atoi(s[i:j]), digits: j - i, end: ordinalEnd(s, j)}, true
	}
	j := monthWordEnd(s, i)
	if m := monthNamed(s[i:j]); m > 0 {
		return datePart{n: m, end: j}, true
	}
	if j == i || s[i] < utf8.RuneSelf {
		return datePart{}, false // most words: English, German, … months are one word without dots
	}
	return spelledMonthAt(s, i, j)
}

// monthWordEnd returns the end of the word of letters (and the marks of scripts
// that write vowels as marks, as Thai does) at s[i], at most 48 bytes on.
func monthWordEnd(s string, i int) int {
	j := i
	for j < len(s) && j-i < 48 {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isLetterOrMark(r) {
			break
		}
		j += n
	}
	return j
}

// spelledMonthAt reads a month's name that is not one plain word, at
// s[i], whose first word ends at j: a Thai abbreviation written with dots
// ("มี.ค.", "ก.ค."), or an Arabic name of two words ("تشرين الثاني",
// "ربيع الأول").
func spelledMonthAt(s string, i, j int) (datePart, bool) {
	switch {
	case j < len(s) && s[j] == '.':
		k := j
		for k < len(s) && k-i < 24 && s[k] == '.' {
			k = monthWordEnd(s, k+1)
		}
		if m := monthNamed(s[i:k]); m > 0 {
			return datePart{n: m, end: k}, true
		}
	case j+1 < len(s) && s[j] == ' ' && s[j+1] >= utf8.RuneSelf:
		k := monthWordEnd(s, j+1)
		if m := monthNamed(s[i:k]); m > 0 {
			return datePart{n: m, end: k}, true
		}
	}
	return datePart{}, false
}

// ordinalEnd skips an ordinal suffix after a day's digits: "12th", "1st",
// "1er", "1º".
func ordinalEnd(s string, j int) int {
	if j >= len(s) || !isASCIILetter(s[j]) && s[j] != "º"[0] {
		return j // most numbers: no suffix
	}
	for _, suffix := range []string{"st", "nd", "rd", "th", "er", "º"} {
		if strings.HasPrefix(s[j:], suffix) {
			if k := j + len(suffix); k == len(s) || !isASCIILetter(s[k]) {
				return k
			}
		}
	}
	return j
}

// dateSepEnd reads the separator between two parts of a date at s[i]: one
// of "." "/" "-", then a space after "." ("12. März", "12. 3. 1985",
// "1993. 7. 21"); a space; ", "; or a word that joins them ("12 de marzo
// de 1985", "the 12th of March"), or a Thai era's mark before the year
// ("3 ก.ค. พ.ศ. 2530"). It returns -1 for none.
func dateSepEnd(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	switch s[i] {
	case '/', '-':
		return i + 1
	case '.':
		if i+1 < len(s) && s[i+1] == ' ' {
			return i + 2
		}
		return i + 1
	case ',':
		if i+1 < len(s) && s[i+1] == ' ' {
			return i + 2
		}
	case ' ':
		for _, w := range []string{"de ", "del ", "of ", "พ.ศ. ", "ค.ศ. ", "พ.ศ.", "ค.ศ."} {
			if strings.HasPrefix(s[i+1:], w) {
				return i + 1 + len(w)
			}
		}
		return i + 1
	}
	return -1
}

// validParts checks three parts as a date: all numbers with one
// separator ("1985-03-12", "12/03/1985" or "03/12/1985", "12.03.85"), a
// day, a month's name and a year ("12 March 1985"), or a month's name, a
// day and a year ("March 12, 1985").
func validParts(p [3]datePart, seps [2]string, e era) bool {
	switch {
	case p[0].digits > 0 && p[1].digits > 0 && p[2].digits > 0:
		if seps[0] != seps[1] || seps[0] == ", " {
			return false
		}
		if seps[0] == " " && !spacedDigitDate(p) {
			return false
		}
		if p[0].digits == 4 && p[1].digits <= 2 && p[2].digits <= 2 {
			return birthDateParts(p[0], p[1].n, p[2].n, e)
		}
		return p[0].digits <= 2 && p[1].digits <= 2 &&
			(birthDateParts(p[2], p[1].n, p[0].n, e) || birthDateParts(p[2], p[0].n, p[1].n, e))
	case p[1].n == unnamedMonth && p[1].digits == 0:
		_, plausible := plausibleYear(p[2].n, e)
		return p[0].digits > 0 && p[0].digits <= 2 && p[0].n >= 1 && p[0].n <= 31 && p[2].digits == 4 && plausible &&
			seps[0] == " " && seps[1] == " "
	case p[0].digits > 0 && p[0].digits <= 2 && p[1].digits == 0 && p[2].digits > 0:
		return birthDateParts(p[2], p[1].n, p[0].n, e)
	case p[0].digits == 0 && p[1].digits > 0 && p[1].digits <= 2 && p[2].digits == 4:
		return birthDateParts(p[2], p[0].n, p[1].n, e)
	case p[0].digits == 4 && p[1].digits == 0 && p[1].n != unnamedMonth && p[2].digits > 0 && p[2].digits <= 2 && seps[0] == ". ":
		return birthDateParts(p[0], p[1].n, p[2].n, e) // Hungarian: "1992. március 5."
	}
	return false
}

// spacedDigitDate: numbers that single spaces separate are a date only
// as an identity card or a form prints one, the day and the month in two
// digits and the year in four ("1994 06 08", "21 08 1992"); shorter
// groups are as often a count or part of a phone number.
func spacedDigitDate(p [3]datePart) bool {
	return p[0].digits == 4 && p[1].digits == 2 && p[2].digits == 2 || p[0].digits == 2 && p[1].digits == 2 && p[2].digits == 4
}

// birthDateParts checks a day and a month against a year part of two digits
// (any century) or four (a plausible birth year).
func birthDateParts(year datePart, m, d int, e era) bool {
	switch year.digits {
	case 2:
		return validDate(2000, m, d)
	case 4:
		y, ok := plausibleYear(year.n, e)
		return ok && validDate(y, m, d)
	}
	return false
}

// unitDate reads a date written with the Chinese, Japanese or Korean units
// for year, month and day ("1985年3月12日", "1985년 3월 12일"); the year may
// be counted in a Japanese era or the Republic of China's ("昭和60年").
func unitDate(s string, i int, e era) (int, bool) {
	k, offset := i, 0
	for _, er := range eraNames {
		if s[i] >= utf8.RuneSelf && strings.HasPrefix(s[i:], er.name) {
			k, offset = i+len(er.name), er.offset
			break
		}
	}
	var nums [3]int
	k, ok := unitNumbers(s, k, dateUnits, 4, nums[:])
	if !ok {
		return 0, false
	}
	y := nums[0] + offset
	if offset > 0 && nums[0] > 99 {
		return 0, false
	}
	return k, birthDateParts(datePart{n: y, digits: 4}, nums[1], nums[2], e)
}

// vietnameseDate reads a date as Vietnamese writes it in words, "15 tháng 3
// năm 1995" (day, "month" 3, "year" 1995), or typed without its
// diacritics, "15 thang 3 nam 1995".
func vietnameseDate(s string, i int) (int, bool) {
	month, year := " tháng ", " năm "
	d := digitsEnd(s, i)
	if d == i || d-i > 2 {
		return 0, false
	}
	if strings.HasPrefix(s[d:], " thang ") {
		month, year = " thang ", " nam "
	} else if !strings.HasPrefix(s[d:], month) {
		return 0, false // most dates: no "tháng" after the day
	}
	m0 := d + len(month)
	m := digitsEnd(s, m0)
	if m == m0 || m-m0 > 2 || !strings.HasPrefix(s[m:], year) {
		return 0, false
	}
	y0 := m + len(year)
	y := digitsEnd(s, y0)
	if y-y0 != 4 || !numberEndOK(s, y) {
		return 0, false
	}
	return y, birthDateParts(datePart{n: atoi(s[y0:y]), digits: 4}, atoi(s[m0:m]), atoi(s[i:d]), gregorian)
}

// eraNames are the eras a Japanese or Taiwanese form may count a birth year
// in, with the Gregorian year before each era's first.
var eraNames = []struct {
	name   string
	offset int
}{{"大正", 1911}, {"昭和", 1925}, {"平成", 1988}, {"令和", 2018}, {"民國", 1911}, {"民国", 1911}}

// atoi converts up to a few ASCII digits.
func atoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// monthNamed returns the month (1-12) a word names in one of the
// languages of monthNames, in full or abbreviated, or 0.
func monthNamed(w string) int {
	if len(w) < 3 || len(w) > 48 {
		return 0
	}
	var lower [24]byte
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return monthsByName[strings.ToLower(w)]
		}
		if k == len(lower) {
			return 0
		}
		lower[k] = w[k] | 0x20 // letters only: datePartAt reads no other byte
	}
	return monthsByName[string(lower[:len(w)])] // a map lookup by converted bytes does not allocate
}

// monthNames lists the months, January first, in English, German, French,
// Spanish, Italian, Portuguese, Dutch, Indonesian, Swedish, Danish and
// Norwegian, Turkish, and in the genitive that Polish, Russian, Ukrainian
// and Czech write a date in, and Hungarian's (whose dates put the year
// first: "1992. március 5."); with abbreviations that are no prefix of the
// full name.
var monthNames = [][12]string{
	{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
	{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
	{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"},
	{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "desember"},
	{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
	{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
	{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
	{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
	{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
	{"", "", "mrz", "", "", "", "", "", "sept", "", "", ""},
	{"", "", "mrt", "", "", "", "", "", "", "", "", ""},
}

// spelledMonths are names written only in full or as fixed abbreviations,
// by month, January (or the first Hijri month) first: Thai, with its
// dotted abbreviations; Arabic, as Egypt and the Gulf name the Gregorian
// months, as the Levant and Iraq do (two words for four of them), as the
// Maghreb does; and the Hijri months, which Saudi forms write a birth date
// in ("15 رمضان 1405 هـ"; the year is read in the Hijri calendar after an
// Arabic cue, see plausibleYear), with their common spellings; the
// Gregorian months in Hindi and Bengali ("15 अगस्त 1992").
var spelledMonths = [12][]string{
	{"มกราคม", "ม.ค.", "يناير", "كانون الثاني", "جانفي", "محرم", "जनवरी", "জানুয়ারি", "জানুয়ারী"},
	{"กุมภาพันธ์", "ก.พ.", "فبراير", "شباط", "فيفري", "صفر", "फ़रवरी", "फरवरी", "ফেব্রুয়ারি", "ফেব্রুয়ারী"},
	{"มีนาคม", "มี.ค.", "مارس", "آذار", "اذار", "ربيع الأول", "ربيع الاول", "मार्च", "মার্চ"},
	{"เมษายน", "เม.ย.", "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "ربيع الآخر", "ربيع الثاني", "ربيع الاخر", "अप्रैल", "अप्रेल", "এপ্রিল"},
	{"พฤษภาคม", "พ.ค.", "مايو", "أيار", "ايار", "ماي", "جمادى الأولى", "جمادى الاولى", "جمادى الأول", "मई", "মে"},
	{"มิถุนายน", "มิ.ย.", "يونيو", "يونية", "حزيران", "جوان", "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "जून", "জুন"},
	{"กรกฎาคม", "ก.ค.", "يوليو", "يولية", "تموز", "جويلية", "يوليوز", "رجب", "जुलाई", "জুলাই"},
	{"สิงหาคม", "ส.ค.", "أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت", "شعبان", "अगस्त", "আগস্ট", "আগষ্ট"},
	{"กันยายน", "ก.ย.", "سبتمبر", "أيلول", "ايلول", "شتنبر", "رمضان", "सितंबर", "सितम्बर", "সেপ্টেম্বর"},
	{"ตุลาคม", "ต.ค.", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "شوال", "अक्टूबर", "अक्तूबर", "অক্টোবর"},
	{"พฤศจิกายน", "พ.ย.", "نوفمبر", "تشرين الثاني", "نونبر", "ذو القعدة", "ذي القعدة", "नवंबर", "नवम्बर", "নভেম্বর"},
	{"ธันวาคม", "ธ.ค.", "ديسمبر", "كانون الأول", "كانون الاول", "دجنبر", "ذو الحجة", "ذي الحجة", "दिसंबर", "दिसम्बर", "ডিসেম্বর"},
}

// monthsByName maps every full name and every prefix of three or more
// letters that names one month only ("mar", "sept", "févr"; not "jui",
// juin or juillet) to its month, and the spelledMonths as written.
var monthsByName = func() map[string]int {
	byName := map[string]int{}
	prefixes := map[string]int{}
	for _, lang := range monthNames {
		for m, name := range lang {
			if name == "" {
				continue
			}
			byName[name] = m + 1
			for n := 3; n < utf8.RuneCountInString(name); n++ {
				p := string([]rune(name)[:n])
				if prev, ok := prefixes[p]; ok && prev != m+1 {
					prefixes[p] = -1
				} else {
					prefixes[p] = m + 1
				}
			}
		}
	}
	for p, m := range prefixes {
		if _, full := byName[p]; !full && m > 0 {
			byName[p] = m
		}
	}
	for m, names := range spelledMonths {
		for _, name := range names {
			byName[name] = m + 1
		}
	}
	return byName
}()

// birthDatesInTables finds the dates in the birth-date columns of the
// tables pasted in s ("id,dob,plan\n1,1985-03-12,pro"): a column whose
// header cell is a birth cue alone.
func birthDatesInTables(s string) []span { return cellsInTables(s, birthColumns, birthDateCell) }

// birthColumns reads line as a table header: its delimiter, and a bit for
// each of its first 64 columns that a birth cue heads; 0 if none does.
func birthColumns(line string) (delim string, columns uint64) {
	return headerColumns(line, func(cell string) bool { return birthHeader(trimCell(cell)) })
}

// birthHeader reports whether a header cell is a birth cue and nothing else.
func birthHeader(cell string) bool {
	if cell == "" {
		return false
	}
	for _, ic := range birthCueIndex[cell[0]] {
		c := ic.cue
		if end, ok := matchCueText(cell, 0, c.text); ok && end == len(cell) && !c.after && !c.aside {
			return true
		}
	}
	return false
}

// birthDateCell is the date in the cell s[start:end], when the cell holds
// a date and nothing else.
func birthDateCell(s string, start, end int) (span, bool) {
	cell := s[start:end]
	trimmed := trimCell(cell)
	start += strings.Index(cell, trimmed)
	e, ok := dateAt(s, start, gregorian)
	return span{start, e}, ok && e == start+len(trimmed)
}
