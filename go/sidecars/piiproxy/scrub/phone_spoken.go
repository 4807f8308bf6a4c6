package scrub

import "strings"

// A voice assistant's transcript, or a user who writes as they would say
// it, spells a phone number in digit words: "my number is two one two five
// five five zero one four seven", "text my wife on oh seven nine one one,
// one two three four five six". findSpokenPhones reads a run of ten digits
// or more so written ("zero", "oh", "one" … "nine", "double" and "triple"
// before a digit; or the digit words of the languages in digitWords,
// typed in Latin letters: "mi número es tres dos tres, cinco cinco cinco,
// cero uno nueve ocho", "mera number nau aath do shunya ek …"), with spaces,
// commas or hyphens between the words, after a phone word on its line (see
// spokenPhoneCue): counting aloud ("one two three four …") is no number.
// Numbers said as tens or hundreds ("five fifty", "nine hundred",
// "quarante-deux") are not read.
func findSpokenPhones(s string) []span {
	// Ten digit words with their gaps take at least spokenProbe+1 bytes
	// ("oh oh oh …"), so a run holds one of the bytes at multiples of
	// spokenProbe: only the words around such a byte that is in a digit
	// word or a gap between two are read, and most text is passed over a
	// word in every spokenProbe bytes.
	var out []span
	scanned := 0
	for p := 0; p < len(s); p += spokenProbe {
		if p < scanned || !inDigitWords(s, p) {
			continue
		}
		lo := max(scanned, p-spokenProbe)
		for lo > scanned && isASCIILetter(s[lo-1]) {
			lo-- // to the start of the word lo is in
		}
		var found []span
		found, scanned = spokenRuns(s, lo, p)
		out = append(out, found...)
	}
	return out
}

// spokenProbe is the spacing of the bytes findSpokenPhones looks at: ten
// two-letter digit words and nine one-byte gaps make 29 bytes.
const spokenProbe = 28

// inDigitWords: s[p] is in a digit word, or in a gap next to one.
func inDigitWords(s string, p int) bool {
	if !isASCIILetter(s[p]) {
		if s[p] != ' ' && s[p] != ',' && s[p] != '-' && s[p] != '.' {
			return false
		}
		return p > 0 && isASCIILetter(s[p-1]) && digitWordAround(s, p-1) ||
			p+1 < len(s) && isASCIILetter(s[p+1]) && digitWordAround(s, p+1) ||
			p+2 < len(s) && s[p+1] == ' ' && isASCIILetter(s[p+2]) && digitWordAround(s, p+2)
	}
	return digitWordAround(s, p)
}

// digitWordAround: the word that holds s[p], a letter, is a digit word (or
// "double", "triple").
func digitWordAround(s string, p int) bool {
	i, j := p, p+1
	for i > 0 && p-i < maxDigitWord && isASCIILetter(s[i-1]) {
		i--
	}
	for j < len(s) && j-p < maxDigitWord && isASCIILetter(s[j]) {
		j++
	}
	if i > 0 && isASCIILetter(s[i-1]) || j < len(s) && isASCIILetter(s[j]) {
		return false // longer than any digit word
	}
	n, repeat := digitWord(s[i:j])
	return n > 0 || repeat > 0
}

// spokenRuns reads the runs of digit words from lo (a word's start) on,
// until the run that holds or follows p has ended, and returns the runs of
// a phone's length after a phone word and where it stopped.
func spokenRuns(s string, lo, p int) ([]span, int) {
	var out []span
	runStart, runEnd, digits := -1, -1, 0
	i := lo
	for i < len(s) {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i + 1 // a word starts at i: the loop skips whole words
		for j < len(s) && isASCIILetter(s[j]) {
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
		if digits >= minSpokenDigits && spokenPhoneCue(s, runStart) {
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
	if digits >= minSpokenDigits && spokenPhoneCue(s, runStart) {
		out = append(out, span{runStart, runEnd})
	}
	return out, len(s)
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
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	if d, r := digitWord(s[k:e]); d == 1 && r == 0 {
		return e, repeat
	}
	return j, 0
}

// minSpokenDigits: a national number with its area code has ten digits or
// more in the countries whose English this reads.
const minSpokenDigits = 10

// digitWords are the words for the ten digits; "oh" is how British and
// other speakers say zero in a number. Besides English, the digit words
// people type in Latin letters without accents (the eleventh blind table):
// Spanish, Portuguese, Italian, French, German, Indonesian and Malay,
// Hindi as it is typed in chat, and Vietnamese without its diacritics.
// Several are common words of their language ("do", "ba", "nam", "tu"),
// which is why a run needs ten of them and a phone word before it.
var digitWords = []string{"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
	"um", "dois", "quatro", "sete", "oito", "nove",
	"due", "tre", "quattro", "cinque", "sei", "sette", "otto",
	"un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
	"null", "eins", "zwei", "drei", "vier", "sechs", "sieben", "acht", "neun",
	"nol", "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "delapan", "sembilan",
	"shunya", "shoonya", "sifar", "ek", "do", "teen", "char", "chaar", "paanch", "panch", "chhe", "chah", "saat",
	"aath", "nau",
	"khong", "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin"}

// maxDigitWord is the longest word of digitWords ("sembilan").
const maxDigitWord = 8

// digitWord returns how many digits the word w says (1), or for "double"
// and "triple", how many the next word's digit counts (2, 3), as repeat.
func digitWord(w string) (n, repeat int) {
	if len(w) < 2 || len(w) > maxDigitWord {
		return 0, 0
	}
	for _, d := range digitWordsBy[w[0]|0x20-'a'][len(w)] {
		if strings.EqualFold(w, d) {
			switch d {
			case "double":
				return 0, 2
			case "triple":
				return 0, 3
			}
			return 1, 0
		}
	}
	return 0, 0 // most words: no digit word has their first letter and length
}

// digitWordsBy holds digitWords, "double" and "triple" by their first
// letter and length ("four" and "five" share both).
var digitWordsBy = func() (t [26][maxDigitWord + 1][]string) {
	for _, w := range append([]string{"double", "triple"}, digitWords...) {
		t[w[0]-'a'][len(w)] = append(t[w[0]-'a'][len(w)], w)
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
	// the same, typed in Latin letters without accents in the languages of digitWords
	"numero", "número", "numéro", "nummer", "nomor", "so dien thoai", "sdt"}

// spokenPhoneCue: a phone word stands before the run at i on its line,
// within phoneCueWindow bytes.
func spokenPhoneCue(s string, i int) bool {
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
