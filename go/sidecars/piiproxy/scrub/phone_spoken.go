package scrub

import "strings"

// A voice assistant's transcript, or a user who writes as they would say
// it, spells a phone number in digit words: "my number is two one two five
// five five zero one four seven", "text my wife on oh seven nine one one,
// one two three four five six". findSpokenPhones reads an English run of
// ten digits or more so written ("zero", "oh", "one" … "nine", "double" and
// "triple" before a digit), with spaces, commas or hyphens between the
// words, after a phone word on its line (see spokenPhoneCue): counting
// aloud ("one two three four …") is no number. Numbers said as tens or
// hundreds ("five fifty", "nine hundred") are not read.
func findSpokenPhones(s string) []span {
	var out []span
	runStart, runEnd, digits := -1, -1, 0
	flush := func() {
		if digits >= minSpokenDigits && spokenPhoneCue(s, runStart) {
			out = append(out, span{runStart, runEnd})
		}
		runStart, runEnd, digits = -1, -1, 0
	}
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) || i > 0 && isASCIILetter(s[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		n, repeat := digitWord(s[i:j])
		if repeat > 0 {
			// "double seven": the next word is the digit, said twice
			k := j
			if k < len(s) && s[k] == ' ' {
				k++
			}
			e := k
			for e < len(s) && isASCIILetter(s[e]) {
				e++
			}
			if d, r := digitWord(s[k:e]); d == 1 && r == 0 && e > k {
				n, j = repeat, e
			} else {
				n = 0
			}
		}
		if n == 0 {
			if runStart >= 0 {
				flush()
			}
			i = j
			continue
		}
		if runStart >= 0 && !spokenGap(s[runEnd:i]) {
			flush()
		}
		if runStart < 0 {
			runStart = i
		}
		runEnd, digits = j, digits+n
		i = j
	}
	if runStart >= 0 {
		flush()
	}
	return out
}

// minSpokenDigits: a national number with its area code has ten digits or
// more in the countries whose English this reads.
const minSpokenDigits = 10

// digitWords are the words for the ten digits; "oh" is how British and
// other speakers say zero in a number.
var digitWords = []string{"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// digitWord returns how many digits the word w says (1), or for "double"
// and "triple", how many the next word's digit counts (2, 3), as repeat.
func digitWord(w string) (n, repeat int) {
	if len(w) < 2 || len(w) > 6 {
		return 0, 0
	}
	switch {
	case strings.EqualFold(w, "double"):
		return 0, 2
	case strings.EqualFold(w, "triple"):
		return 0, 3
	}
	for _, d := range digitWords {
		if strings.EqualFold(w, d) {
			return 1, 0
		}
	}
	return 0, 0
}

// spokenGap: what stands between two digit words of one number, a space, a
// comma and a space, or a hyphen.
func spokenGap(g string) bool {
	return g == " " || g == ", " || g == "-" || g == " - " || g == "," || g == ". "
}

// spokenPhoneCues say that a number follows, besides phoneCues.
var spokenPhoneCues = []string{"text", "message", "dial", "contact", "number", "whatsapp"}

// spokenPhoneCue: a phone word stands before the run at i on its line,
// within phoneCueWindow bytes.
func spokenPhoneCue(s string, i int) bool {
	lo := max(0, i-phoneCueWindow)
	if nl := strings.LastIndexByte(s[lo:i], '\n'); nl >= 0 {
		lo += nl + 1
	}
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
