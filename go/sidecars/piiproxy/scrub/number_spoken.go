package scrub

import "strings"

// spokenNumber reads the number words of one run, word by word, into the
// digits they say: "zéro six, trente-neuf" is "0639", "sześćset dwa" is
// "602", "cincuenta y cinco" is "55", "beş yüz otuz iki" is "532", "one
// eight hundred" is "1800", "double seven" is "77". A word that adds to
// the group before it (a unit to a round ten, a ten or a unit to a round
// hundred, a multiplier to a unit) joins that group; any other starts a
// group of the digits it says alone. A comma or a full stop ends a group
// ("vingt, un" is "201").
type spokenNumber struct {
	render bool   // append the digits to out; counting them is enough to find a run
	out    []byte // the digits of the groups closed, when render
	closed int    // the digits of the groups closed
	group  int    // the open group's value
	width  int    // its digits, 0 when no group is open
	takes  slots  // what the open group takes
	// unitOnly: the open group is one unit word ("nine"), which a
	// multiplier makes its hundreds ("nine hundred")
	unitOnly bool
	langs    uint32 // the languages every word so far is a number of (0 before the first)
}

// speaks: w is a number of a language of the words before it.
func (n *spokenNumber) speaks(w numberWord) bool { return n.langs == 0 || n.langs&w.langs != 0 }

// digits is how many digits the words read so far say.
func (n *spokenNumber) digits() int { return n.closed + n.width }

// close ends the open group.
func (n *spokenNumber) close() {
	if n.width == 0 {
		return
	}
	if n.render {
		var d [3]byte // a group is a unit, a ten or a hundred
		for p, v := n.width-1, n.group; p >= 0; p, v = p-1, v/10 {
			d[p] = byte('0' + v%10)
		}
		n.out = append(n.out, d[:n.width]...)
	}
	n.closed += n.width
	n.group, n.width, n.takes, n.unitOnly = 0, 0, 0, false
}

// adds: w adds to the open group.
func (n *spokenNumber) adds(w numberWord) bool {
	switch {
	case w.repeat > 0:
		return false
	case w.multiplies && n.unitOnly:
		return true
	case w.width == 2:
		return n.takes&takesTens != 0
	case w.width == 1:
		return w.value > 0 && n.takes&takesUnit != 0
	}
	return false
}

// join keeps of the run's languages those of a word said in langs.
func (n *spokenNumber) join(langs uint32) {
	if n.langs == 0 {
		n.langs = langs
	} else {
		n.langs &= langs
	}
}

// add reads w, which adds to the open group or starts one.
func (n *spokenNumber) add(w numberWord) {
	n.join(w.langs)
	switch {
	case !n.adds(w):
		n.close()
		n.group, n.width, n.takes = int(w.value), int(w.width), w.takes
		n.unitOnly = w.width == 1 && w.value > 0
	case w.multiplies && n.unitOnly:
		n.group, n.width, n.takes = n.group*100, 3, takesTens|takesUnit
	default:
		n.group += int(w.value)
		n.takes = w.takes & takesUnit // a round ten after a hundred takes the unit still
		if w.width == 1 {
			n.takes = 0
		}
	}
	n.unitOnly = n.unitOnly && n.width == 1
}

// repeatDigit reads "double seven": the digit d, times times, said in
// langs.
func (n *spokenNumber) repeatDigit(d byte, times int, langs uint32) {
	n.close()
	n.join(langs)
	if n.render {
		for range times {
			n.out = append(n.out, d)
		}
	}
	n.closed += times
}

// next reads the word that starts at s[i] and whose letters end at j into
// the run, after the gap s[prev:i] from the run's last word (prev < 0 for
// a run's first word), and returns where what it read ends; false when
// the word is no part of the run. Within a run, a glue word ("y", "et",
// "and") is read with the word after it when that word adds to the open
// group, a separator ("dash", "viiva") and a filler ("um") with the number
// word after them, and "letra" with its letter.
func (n *spokenNumber) next(s string, prev, i, j int) (int, bool) {
	if prev >= 0 {
		gap := s[prev:i]
		if gap == " " && n.takes != 0 && isNumberGlue(s[i:j]) {
			if w, end, ok := numberWordAfter(s, j); ok && n.adds(w) && n.speaks(w) {
				n.add(w)
				return end, true
			}
		}
		if !spokenGap(gap) {
			return 0, false
		}
		if sep, ok := numberSeparator(s[i:j]); ok {
			return n.afterSeparator(s, j, sep) // "two three zero seven eight eight dash two four six four"
		}
		if isIDLetterWord(s[i:j]) {
			return n.idLetter(s, j) // "cuatro ocho … cinco, letra C"
		}
		if gap != " " && gap != "-" {
			n.close()
		}
	}
	w, end, ok := numberWordAt(s, i, j)
	switch {
	case (!ok || !n.speaks(w)) && prev >= 0 && isSpeechFiller(s[i:j]):
		return n.afterFiller(s, j) // "three one two, um, five five five"
	case !ok || !n.speaks(w):
		return 0, false
	case w.repeat > 0:
		e, d, langs, times := repeatedDigit(s, end, int(w.repeat))
		if times == 0 || !n.speaks(numberWord{langs: langs}) {
			return 0, false
		}
		n.repeatDigit(d, times, langs)
		return e, true
	case w.alone || n.adds(w):
		n.add(w)
		return end, true
	case prev >= 0 && w.takes != 0:
		// a word that is a number only in company, inside a run, with the
		// word after it adding to it (Turkish "on sekiz")
		if after, e, ok := numberWordAfter(s, end); ok {
			trial := *n
			trial.close()
			trial.add(w)
			if trial.adds(after) && trial.speaks(after) {
				trial.add(after)
				*n = trial
				return e, true
			}
		}
	}
	return 0, false
}

// afterSeparator reads the number word after a separator word that ends
// at j, one space between, into the run, and writes the separator's sign
// (0: none) between the groups.
func (n *spokenNumber) afterSeparator(s string, j int, sep byte) (int, bool) {
	w, end, ok := numberWordAfter(s, j)
	if !ok || w.repeat > 0 || !w.alone || !n.speaks(w) {
		return 0, false
	}
	n.close()
	if n.render && sep != 0 {
		n.out = append(n.out, sep)
	}
	n.add(w)
	return end, true
}

// numberSeparators are the words said for the signs within an id or a
// phone: "dash", "slash", Finnish "viiva" (a HETU's century sign), Czech
// "lomeno" (a birth number's slash), French "clé" (before a NIR's key,
// which is its last two digits and no sign).
var numberSeparators = map[string]byte{"dash": '-', "hyphen": '-', "tiret": '-', "bindestrich": '-', "strich": '-',
	"guion": '-', "guión": '-', "trattino": '-', "hífen": '-', "hifen": '-', "streepje": '-', "myślnik": '-',
	"pomlčka": '-', "viiva": '-', "bindestreck": '-', "bindestreg": '-', "тире": '-', "дефіс": '-',
	"slash": '/', "lomeno": '/', "barra": '/', "schrägstrich": '/', "ukośnik": '/', "kauttaviiva": '/',
	"clé": 0, "cle": 0}

// numberSeparator is the sign the word w says, in any letter case.
func numberSeparator(w string) (byte, bool) {
	if len(w) < 3 || len(w) > 16 {
		return 0, false
	}
	sep, ok := numberSeparators[w]
	if !ok {
		sep, ok = numberSeparators[strings.ToLower(w)]
	}
	return sep, ok
}

// idLetterWords announce the letter an id ends with, as a caller reads a
// Spanish DNI or NIE out ("…, letra C").
var idLetterWords = []string{"letra", "letter", "lettre", "lettera", "buchstabe"}

// isIDLetterWord: w is one of idLetterWords, in any letter case.
func isIDLetterWord(w string) bool { return oneOf(w, idLetterWords) }

// idLetter reads the one letter after an idLetterWords word that ends at
// j, one space between, as the run's last character (in upper case).
func (n *spokenNumber) idLetter(s string, j int) (int, bool) {
	k := j + 1
	if k >= len(s) || s[j] != ' ' || !isASCIILetter(s[k]) || k+1 < len(s) && spokenLetter(s[k+1]) {
		return 0, false
	}
	n.close()
	if n.render {
		n.out = append(n.out, s[k]&^0x20)
	}
	return k + 1, true
}

// afterFiller reads the word after a filler that ends at j, after a gap
// of its own, into the run.
func (n *spokenNumber) afterFiller(s string, j int) (int, bool) {
	k := j
	for k < len(s) && k-j < 3 && !spokenLetter(s[k]) {
		k++
	}
	e := spokenWordEnd(s, k)
	if e == k || isSpeechFiller(s[k:e]) {
		return 0, false
	}
	return n.next(s, j, k, e)
}

// speechFillers are the sounds a speaker makes while they think, as speech
// recognition writes them: within a number they are a pause.
var speechFillers = []string{"um", "umm", "uh", "uhm", "er", "erm", "eh", "ehm", "äh", "ähm", "öh", "euh", "hmm", "mm"}

// isSpeechFiller: w is one of speechFillers, in any letter case.
func isSpeechFiller(w string) bool { return oneOf(w, speechFillers) }

// numberWordAfter reads the number word after one space at s[j].
func numberWordAfter(s string, j int) (numberWord, int, bool) {
	if j >= len(s) || s[j] != ' ' {
		return numberWord{}, 0, false
	}
	return numberWordAt(s, j+1, spokenWordEnd(s, j+1))
}

// isNumberGlue: w is one of numberGlue, in any letter case.
func isNumberGlue(w string) bool { return oneOf(w, numberGlue) }

// repeatedDigit reads the digit word after "double" or "triple" (ending at
// j) and returns where it ends, its digit, its languages and how many
// times the two words say it; 0 times if no digit word follows.
func repeatedDigit(s string, j, repeat int) (int, byte, uint32, int) {
	w, e, ok := numberWordAfter(s, j)
	if !ok || w.width != 1 || w.repeat > 0 {
		return j, 0, 0, 0
	}
	return e, byte('0' + w.value), w.langs, repeat
}
