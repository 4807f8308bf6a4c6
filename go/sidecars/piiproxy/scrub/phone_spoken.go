package scrub

import "unicode/utf8"

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
// no number. Numbers said in pairs or hundreds count their digits
// ("zéro six, trente-neuf, …", "sześćset dwa, …", "five five five,
// twelve thirty four": numberWords, spokenNumber).
func findSpokenPhones(s string) []span {
	return spokenDigitRuns(s, minSpokenPhoneDigits, spokenPhoneAt)
}

// spokenPhoneAt: the run of digits said in langs at s[start] is long
// enough for a phone of its languages and a phone word announces it.
func spokenPhoneAt(s string, start, digits int, langs uint32) bool {
	if digits < minSpokenDigits && langs&eightDigitPhones == 0 {
		return false
	}
	return spokenPhoneCue(s, start)
}

// spokenDigitRuns finds the runs of at least min digits said in number
// words that accept takes (given the run's start, its digits and
// languages). A run spokenRuns takes spans spokenRunBytes(min) bytes or
// more, so it holds one of the bytes at multiples of a probe spacing under
// that: only the words around such a byte that is in a number word or a
// gap between two are read, and most text is passed over a word in every
// probe's bytes.
func spokenDigitRuns(s string, min int, accept runAccept) []span {
	probe := spokenRunBytes(min) - 1
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

// digitWordAround: the word that holds s[p], a letter, is a number word
// (or "double", "triple", or a part of a hyphenated one: "vingt" of
// "quatre-vingt-dix").
func digitWordAround(s string, p int) bool {
	if s[p] >= utf8.RuneSelf {
		lead := p
		for lead > 0 && p-lead < utf8.UTFMax-1 && !utf8.RuneStart(s[lead]) {
			lead--
		}
		if !numberWordLeads[s[lead]] {
			return false // a letter of a script no number word is written in (Han, kana, Hangul, Thai): most probes of such text
		}
	}
	i, j := p, p+1
	for i > 0 && p-i < maxNumberWord && spokenLetter(s[i-1]) {
		i--
	}
	for j < len(s) && j-p < maxNumberWord && spokenLetter(s[j]) {
		j++
	}
	if i > 0 && spokenLetter(s[i-1]) || j < len(s) && spokenLetter(s[j]) {
		return false // longer than any number word
	}
	_, ok := numberWordOf(s[i:j])
	return ok
}

// runAccept decides whether a run of digits said in langs at s[start] is
// what a reader looks for.
type runAccept func(s string, start, digits int, langs uint32) bool

// spokenRuns reads the runs of number words from lo (a word's start) on,
// until the run that holds or follows p has ended, and returns the runs of
// min digits or more that accept takes, and where it stopped.
func spokenRuns(s string, lo, p, min int, accept runAccept) ([]span, int) {
	var out []span
	var num spokenNumber
	runStart, runEnd := -1, -1
	i := lo
	for i < len(s) {
		if !spokenLetter(s[i]) {
			i++
			continue
		}
		j := spokenWordEnd(s, i+1) // a word starts at i: the loop skips whole words
		if runStart >= 0 {
			if e, ok := num.next(s, runEnd, i, j); ok {
				runEnd, i = e, e
				continue
			}
			if runTaken(s, runStart, runEnd, min, &num, accept) {
				out = append(out, span{runStart, runEnd})
			}
		}
		if i > p {
			return out, i // the run that held p has ended
		}
		runStart, runEnd, num = -1, -1, spokenNumber{}
		if e, ok := num.next(s, -1, i, j); ok {
			runStart, runEnd, i = i, e, e
			continue
		}
		i = j
	}
	if runStart >= 0 && runTaken(s, runStart, runEnd, min, &num, accept) {
		out = append(out, span{runStart, runEnd})
	}
	return out, len(s)
}

// runTaken: the run s[start:end], whose digits num has read, is long
// enough and accept takes it.
func runTaken(s string, start, end, min int, num *spokenNumber, accept runAccept) bool {
	return num.digits() >= min && end-start >= spokenRunBytes(min) && accept(s, start, num.digits(), num.langs)
}

// spokenDigits appends the run of number words s[start:end] (one that
// spokenRuns read) to buf in ASCII digits, its gaps dropped ("vier sechs
// neun" is "469", "double seven" "77", "trente-neuf" "39").
func spokenDigits(buf []byte, s string, start, end int) []byte {
	num := spokenNumber{render: true, out: buf}
	prev := -1
	for i := start; i < end; {
		if !spokenLetter(s[i]) {
			i++
			continue
		}
		e, ok := num.next(s, prev, i, spokenWordEnd(s, i+1))
		if !ok {
			break
		}
		prev, i = e, e
	}
	num.close()
	return num.out
}

// spokenRunBytes is the fewest bytes a run of min digits takes with its
// gaps: min digit words of two letters and a space between two ("oh oh oh
// …"). Numbers said in pairs or hundreds take more ("sześćset dwa, …",
// "tyve fyrre, otteogtyve, femten"); a shorter run of the densest words
// ("sto sto sto", nine digits in eleven bytes) is nothing anyone says, and
// spokenRuns does not take it, so that the probes stay spaced as for
// digit words.
func spokenRunBytes(min int) int { return 3*min - 1 }

// minSpokenDigits: a national number with its area code has nine digits
// or more in the countries whose languages this reads (Spain's, Poland's,
// Czechia's and Sweden's mobiles have nine).
const minSpokenDigits = 9

// minSpokenPhoneDigits: Denmark's and Norway's numbers have eight digits
// (eightDigitPhones: "tyve fyrre, otteogtyve, femten").
const (
	minSpokenPhoneDigits = 8
	eightDigitPhones     = 1 << langDanishNorwegian
)

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
// The languages of digitLanguages, by their row: a number word's langs
// has the bit 1<<row of each language it is a number of.
const (
	langEnglish = iota
	langSpanish
	langPortuguese
	langItalian
	langFrench
	langGerman
	langIndonesian      // and Malay
	langHindiLatin      // Hindi as chat types it in Latin letters
	langVietnameseLatin // without its diacritics
	langDutch
	langSwedish
	langDanishNorwegian
	langFinnish
	langPolish
	langCzech
	langTurkish
	langRussian
	langUkrainian
	langGreek
	langArabic
	langHebrew
	langHindi
	langVietnamese
)

var digitLanguages = [...][10]string{
	langEnglish:         {"zero|oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
	langSpanish:         {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
	langPortuguese:      {"zero", "um", "dois", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove"},
	langItalian:         {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
	langFrench:          {"zéro|zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
	langGerman:          {"null", "eins", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun"},
	langIndonesian:      {"nol|kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan|delapan", "sembilan"},
	langHindiLatin:      {"shunya|shoonya|sifar", "ek", "do", "teen", "char|chaar", "paanch|panch", "chhe|chah", "saat", "aath", "nau"},
	langVietnameseLatin: {"khong", "mot", "hai", "ba", "bon|tu", "nam", "sau", "bay", "tam", "chin"},
	langDutch:           {"nul", "een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
	langSwedish:         {"noll", "ett|en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"},
	langDanishNorwegian: {"nul|null", "en|et", "to", "tre", "fire", "fem", "seks", "syv|sju", "otte|åtte", "ni"},
	langFinnish:         {"nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"},
	langPolish:          {"zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"},
	langCzech:           {"nula", "jedna|jeden", "dva|dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"},
	langTurkish:         {"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"},
	langRussian:         {"ноль|нуль", "один|одна", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"},
	langUkrainian:       {"нуль", "один|одна", "два|дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"},
	langGreek:           {"μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά|εφτά", "οκτώ|οχτώ", "εννέα|εννιά"},
	langArabic:          {"صفر", "واحد", "اثنان|اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"},
	langHebrew:          {"אפס", "אחת|אחד", "שתיים|שניים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"},
	langHindi:           {"शून्य", "एक", "दो", "तीन", "चार", "पांच|पाँच", "छह", "सात", "आठ", "नौ"},
	langVietnamese:      {"không", "một", "hai", "ba", "bốn|tư", "năm", "sáu", "bảy", "tám", "chín"},
}

// spokenLetter: c is a byte of a word a number word may be: an ASCII
// letter, a byte of a letter outside ASCII, or the apostrophe of
// Ukrainian "п'ять".
func spokenLetter(c byte) bool { return spokenLetters[c] }

// spokenWordEnd is where the word of spokenLetter bytes at s[i] ends.
func spokenWordEnd(s string, i int) int {
	for i < len(s) && spokenLetter(s[i]) {
		i++
	}
	return i
}

// spokenLetters is spokenLetter as a table: one load in the loops that
// skip a text's words byte by byte.
var spokenLetters = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isASCIILetter(byte(c)) || c >= utf8.RuneSelf || c == '\''
	}
	return t
}()

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
// phoneContext); or the run answers, after a speaker's label and a few
// words, the line before, which asks for the number ("what's the best
// callback number for you\nCaller: uh it's two one two …").
func spokenPhoneCue(s string, i int) bool {
	if phoneContext(s, i) == idContext {
		return false
	}
	if phoneCueOnLine(s, i) {
		return true
	}
	ls := i
	for ls > 0 && s[ls-1] != '\n' {
		ls--
	}
	k := speakerLabelEnd(s, ls)
	return ls > 0 && k > 0 && i-k <= maxAnswerLead && phoneCueOnLine(s, ls-1)
}

// maxAnswerLead bounds the words between a speaker's label and the number
// that answers the line before (" uh it's ", " okay so it's ").
const maxAnswerLead = 24

// phoneCueOnLine: a phone word stands before i on its line, within
// phoneCueWindow bytes; a "Caller:" label is none (callerLabelAt).
func phoneCueOnLine(s string, i int) bool {
	lo := lineWindowStart(s, i, phoneCueWindow)
	for p := lo; p < i; p++ {
		if p > lo && isWordByte(s[p-1]) || callerLabelAt(s, p) {
			continue
		}
		if cueAt(s[p:i], phoneCues) || cueAt(s[p:i], spokenPhoneCues) {
			return true
		}
	}
	return false
}
