package scrub

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A voice assistant's transcript, or a user who writes as they would say
// it, spells a phone number in digit words: "my number is two one two five
// five five zero one four seven", "text my wife on oh seven nine one one,
// one two three four five six". findSpokenPhones reads a run of nine
// digits or more so written ("zero", "oh", "one" … "nine", "double" and
// "triple" before a digit; or the digit words of the languages in
// digitLanguages, in Latin letters or their own: "mi número es tres dos
// tres, cinco cinco cinco, cero uno nueve ocho", "mera number nau aath do
// shunya ek …", "мой телефон восемь девять …"), with spaces, commas or
// hyphens between the words, after a phone word on its line and no id word
// nearer (see spokenPhoneCue): counting aloud ("one two three four …") is
// no number.
// Numbers said as tens or hundreds ("five fifty", "nine hundred",
// "quarante-deux") are not read.
func findSpokenPhones(s string) []span {
	return spokenDigitRuns(s, minSpokenDigits, spokenPhoneCue)
}

// spokenDigitRuns finds the runs of at least min digits said in digit
// words that accept takes (given the run's start). A run of min words with
// their gaps takes at least 3*min-1 bytes ("oh oh oh …"), so it holds one
// of the bytes at multiples of a probe spacing under that: only the words
// around such a byte that is in a digit word or a gap between two are
// read, and most text is passed over a word in every probe's bytes.
func spokenDigitRuns(s string, min int, accept func(s string, start int) bool) []span {
	probe := 3*min - 2
	var out []span
	scanned := 0
	for p := 0; p < len(s); p += probe {
		if p < scanned || !inDigitWords(s, p) {
			continue
		}
		lo := max(scanned, p-probe)
		for lo > scanned && spokenLetter(s[lo-1]) {
			lo-- // to the start of the word lo is in
		}
		var found []span
		found, scanned = spokenRuns(s, lo, p, min, accept)
		out = append(out, found...)
	}
	return out
}

// inDigitWords: s[p] is in a digit word, or in a gap next to one.
func inDigitWords(s string, p int) bool {
	if !spokenLetter(s[p]) {
		if s[p] != ' ' && s[p] != ',' && s[p] != '-' && s[p] != '.' {
			return false
		}
		return p > 0 && spokenLetter(s[p-1]) && digitWordAround(s, p-1) ||
			p+1 < len(s) && spokenLetter(s[p+1]) && digitWordAround(s, p+1) ||
			p+2 < len(s) && s[p+1] == ' ' && spokenLetter(s[p+2]) && digitWordAround(s, p+2)
	}
	return digitWordAround(s, p)
}

// digitWordAround: the word that holds s[p], a letter, is a digit word (or
// "double", "triple").
func digitWordAround(s string, p int) bool {
	if s[p] >= utf8.RuneSelf {
		lead := p
		for lead > 0 && p-lead < utf8.UTFMax-1 && !utf8.RuneStart(s[lead]) {
			lead--
		}
		if !digitWordLeads[s[lead]] {
			return false // a letter of a script no digit word is written in (Han, kana, Hangul, Thai): most probes of such text
		}
	}
	i, j := p, p+1
	for i > 0 && p-i < maxDigitWord && spokenLetter(s[i-1]) {
		i--
	}
	for j < len(s) && j-p < maxDigitWord && spokenLetter(s[j]) {
		j++
	}
	if i > 0 && spokenLetter(s[i-1]) || j < len(s) && spokenLetter(s[j]) {
		return false // longer than any digit word
	}
	n, repeat := digitWord(s[i:j])
	return n > 0 || repeat > 0
}

// spokenRuns reads the runs of digit words from lo (a word's start) on,
// until the run that holds or follows p has ended, and returns the runs of
// min digits or more that accept takes, and where it stopped.
func spokenRuns(s string, lo, p, min int, accept func(s string, start int) bool) ([]span, int) {
	var out []span
	runStart, runEnd, digits := -1, -1, 0
	i := lo
	for i < len(s) {
		if !spokenLetter(s[i]) {
			i++
			continue
		}
		j := i + 1 // a word starts at i: the loop skips whole words
		for j < len(s) && spokenLetter(s[j]) {
			j++
		}
		n := 0
		if l := j - i; l >= 2 && l <= maxDigitWord { // most words are longer or shorter than any digit word
			var repeat int
			if n, repeat = digitWord(s[i:j]); repeat > 0 {
				j, n = repeatedDigit(s, j, repeat) // "double seven"
			}
		}
		if n > 0 && runStart >= 0 && spokenGap(s[runEnd:i]) {
			runEnd, digits = j, digits+n
			i = j
			continue
		}
		if digits >= min && accept(s, runStart) {
			out = append(out, span{runStart, runEnd})
		}
		if i > p {
			return out, i // the run that held p has ended
		}
		runStart, runEnd, digits = -1, -1, 0
		if n > 0 {
			runStart, runEnd, digits = i, j, n
		}
		i = j
	}
	if digits >= min && accept(s, runStart) {
		out = append(out, span{runStart, runEnd})
	}
	return out, len(s)
}

// spokenDigits appends the run of digit words s[start:end] to buf in
// ASCII digits, its gaps dropped ("vier sechs neun" is "469", "double
// seven" "77").
func spokenDigits(buf []byte, s string, start, end int) []byte {
	for i := start; i < end; {
		if !spokenLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < end && spokenLetter(s[j]) {
			j++
		}
		times, word := 1, s[i:j]
		if _, repeat := digitWord(word); repeat > 0 {
			e, n := repeatedDigit(s, j, repeat)
			times, word, j = n, strings.TrimLeft(s[j:e], " "), e
		}
		if d, ok := digitOf(word); ok {
			for range times {
				buf = append(buf, d)
			}
		}
		i = j
	}
	return buf
}

// digitOf is the digit a digit word says, in any letter case.
func digitOf(w string) (byte, bool) {
	if d, ok := digitValues[w]; ok {
		return d, true
	}
	d, ok := digitValues[strings.ToLower(w)]
	return d, ok
}

// repeatedDigit reads the digit word after "double" or "triple" (ending at
// j) and returns where it ends and how many digits the two words say; 0
// digits if no digit word follows.
func repeatedDigit(s string, j, repeat int) (int, int) {
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	e := k
	for e < len(s) && spokenLetter(s[e]) {
		e++
	}
	if d, r := digitWord(s[k:e]); d == 1 && r == 0 {
		return e, repeat
	}
	return j, 0
}

// minSpokenDigits: a national number with its area code has nine digits
// or more in the countries whose languages this reads (Spain's, Poland's,
// Czechia's and Sweden's mobiles have nine).
const minSpokenDigits = 9

// digitLanguages are the words for the ten digits, in order, alternates
// joined by "|"; "oh" is how British and other speakers say zero in a
// number. Besides English, the digit words people type in Latin letters
// without accents (the eleventh blind table: Spanish, Portuguese, Italian,
// French, German, Indonesian and Malay, Hindi as it is typed in chat,
// Vietnamese without its diacritics) and those speech recognition writes
// in the fourteenth blind table's transcripts, in their own letters.
// Several are common words of their language ("do", "ba", "nam", "en",
// "to"), which is why a phone's run needs nine of them and a phone word
// before it, and an id's run the id's own cue and check.
var digitLanguages = [][10]string{
	{"zero|oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
	{"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
	{"zero", "um", "dois", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove"},
	{"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
	{"zéro|zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
	{"null", "eins", "zwei", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun"},
	{"nol|kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan|delapan", "sembilan"},
	{"shunya|shoonya|sifar", "ek", "do", "teen", "char|chaar", "paanch|panch", "chhe|chah", "saat", "aath", "nau"},
	{"khong", "mot", "hai", "ba", "bon|tu", "nam", "sau", "bay", "tam", "chin"},
	{"nul", "een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
	{"noll", "ett|en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"},
	{"nul|null", "en|et", "to", "tre", "fire", "fem", "seks", "syv|sju", "otte|åtte", "ni"},
	{"nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"},
	{"zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"},
	{"nula", "jedna|jeden", "dva|dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"},
	{"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"},
	{"ноль|нуль", "один|одна", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"},
	{"нуль", "один|одна", "два|дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"},
	{"μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά|εφτά", "οκτώ|οχτώ", "εννέα|εννιά"},
	{"صفر", "واحد", "اثنان|اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"},
	{"אפס", "אחת|אחד", "שתיים|שניים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"},
	{"शून्य", "एक", "दो", "तीन", "चार", "पांच|पाँच", "छह", "सात", "आठ", "नौ"},
	{"không", "một", "hai", "ba", "bốn|tư", "năm", "sáu", "bảy", "tám", "chín"},
}

// digitValues maps each digit word of digitLanguages to its digit.
var digitValues = func() map[string]byte {
	m := map[string]byte{}
	for _, lang := range digitLanguages {
		for d, words := range lang {
			for _, w := range strings.Split(words, "|") {
				m[w] = byte('0' + d)
			}
		}
	}
	return m
}()

// maxDigitWord is the longest word of digitLanguages in bytes ("शून्य").
const maxDigitWord = 16

// spokenLetter: c is a byte of a word a digit word may be: an ASCII
// letter, a byte of a letter outside ASCII, or the apostrophe of
// Ukrainian "п'ять".
func spokenLetter(c byte) bool { return isASCIILetter(c) || c >= utf8.RuneSelf || c == '\'' }

// digitWord returns how many digits the word w says (1), or for "double"
// and "triple", how many the next word's digit counts (2, 3), as repeat.
func digitWord(w string) (n, repeat int) {
	if len(w) < 2 || len(w) > maxDigitWord {
		return 0, 0
	}
	for _, d := range digitWordsBy[w[0]][len(w)] {
		// a word outside ASCII is compared as written (lower case or
		// capitalised, both indexed): Unicode case folding would cost
		// more than the scan of a Cyrillic or Greek text it runs on
		if w == d || w[0] < utf8.RuneSelf && strings.EqualFold(w, d) {
			switch strings.ToLower(d) {
			case "double":
				return 0, 2
			case "triple":
				return 0, 3
			}
			return 1, 0
		}
	}
	return 0, 0 // most words: no digit word has their first byte and length
}

// digitWordsBy holds the digit words, "double" and "triple", lower case
// and capitalised, by their first byte and their length in bytes ("four"
// and "five" share both).
var digitWordsBy = func() (t [256][maxDigitWord + 1][]string) {
	words := []string{"double", "triple"}
	for w := range digitValues {
		words = append(words, w)
	}
	slices.Sort(words) // the table's order does not depend on the map's
	for _, w := range words {
		for _, form := range []string{w, capitaliseFirst(w)} {
			if len(form) == len(w) && !slices.Contains(t[form[0]][len(w)], form) {
				t[form[0]][len(w)] = append(t[form[0]][len(w)], form)
			}
		}
	}
	return t
}()

// digitWordLeads are the first bytes of the characters outside ASCII
// that digit words are written with.
var digitWordLeads = func() (t [256]bool) {
	for w := range digitValues {
		for k := 0; k < len(w); k++ {
			if utf8.RuneStart(w[k]) && w[k] >= utf8.RuneSelf {
				t[w[k]] = true
				r, _ := utf8.DecodeRuneInString(w[k:])
				t[string(unicode.ToUpper(r))[0]] = true
			}
		}
	}
	return t
}()

// capitaliseFirst is w with its first letter in upper case.
func capitaliseFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// spokenGap: what stands between two digit words of one number, a space, a
// comma and a space, or a hyphen.
func spokenGap(g string) bool {
	return g == " " || g == ", " || g == "-" || g == " - " || g == "," || g == ". "
}

// spokenPhoneCues say that a number follows, besides phoneCues.
var spokenPhoneCues = []string{"text", "message", "dial", "contact", "number", "whatsapp",
	// the same, typed in Latin letters without accents in the languages of digitLanguages
	"numero", "número", "numéro", "nummer", "nomor", "so dien thoai", "sdt",
	// and in the fourteenth blind table's languages: Czech, Polish, Turkish,
	// Russian and Ukrainian, Hebrew
	"číslo", "numer", "numara", "номер", "מספר"}

// spokenPhoneCue: a phone word stands before the run at i on its line,
// within phoneCueWindow bytes, and no id word is nearer ("order number is
// double seven four, …" is an order's number, as written digits are; see
// phoneContext).
func spokenPhoneCue(s string, i int) bool {
	if phoneContext(s, i) == idContext {
		return false
	}
	lo := lineWindowStart(s, i, phoneCueWindow)
	for p := lo; p < i; p++ {
		if p > lo && isWordByte(s[p-1]) {
			continue
		}
		if cueAt(s[p:i], phoneCues) || cueAt(s[p:i], spokenPhoneCues) {
			return true
		}
	}
	return false
}
