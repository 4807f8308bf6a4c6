package scrub

import "strings"

// A date of birth said aloud names its day and year in words: "douze mai
// mille neuf cent quatre-vingt-dix", "veintitrés de julio de mil
// novecientos ochenta y siete", "dwudziestego trzeciego lipca tysiąc
// dziewięćset osiemdziesiątego siódmego", "tolfte mars
// nittonhundraåttiofem", "quattordici febbraio millenovecentottantotto".
// numberValueAt reads such a number: the cardinals of numberWords, the
// thousands, the ordinals a day (and in Slavic languages a year's last
// word) is said with, and the words glued into one the way German,
// Swedish and Italian write them.

// thousandWords say a thousand (after a unit, its thousands).
var thousandWords = map[string]bool{"thousand": true, "mille": true, "mil": true, "tausend": true, "eintausend": true,
	"duizend": true, "tusen": true, "ettusen": true, "tusind": true, "ettusind": true, "tuhat": true, "tysiąc": true,
	"tisíc": true, "тысяча": true, "тисяча": true}

// ordinalWords are the ordinals of a day (1-31), and the ordinal tens a
// Slavic year ends with ("osiemdziesiątego", "восемьдесят пятого"), in
// the forms a date is said in: German after "am" or alone, the Nordic
// languages', Dutch, and the genitive of Polish, Czech, Russian and
// Ukrainian; French, Spanish, Italian and Portuguese say only the first
// as an ordinal.
var ordinalWords = func() map[string]int {
	m := map[string]int{"premier": 1, "première": 1, "primero": 1, "primo": 1, "primeiro": 1}
	lists := [][]string{
		// Swedish
		{"första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte",
			"trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde", "tjugoförsta",
			"tjugoandra", "tjugotredje", "tjugofjärde", "tjugofemte", "tjugosjätte", "tjugosjunde", "tjugoåttonde", "tjugonionde",
			"trettionde", "trettioförsta"},
		// Danish
		{"første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende", "ellevte", "tolvte",
			"trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende", "tyvende", "enogtyvende",
			"toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende",
			"niogtyvende", "tredivte", "enogtredivte"},
		// Polish
		{"pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego", "siódmego", "ósmego", "dziewiątego",
			"dziesiątego", "jedenastego", "dwunastego", "trzynastego", "czternastego", "piętnastego", "szesnastego",
			"siedemnastego", "osiemnastego", "dziewiętnastego", "dwudziestego", 30: "trzydziestego"},
		// Czech
		{"prvního", "druhého", "třetího", "čtvrtého", "pátého", "šestého", "sedmého", "osmého", "devátého", "desátého",
			"jedenáctého", "dvanáctého", "třináctého", "čtrnáctého", "patnáctého", "šestnáctého", "sedmnáctého", "osmnáctého",
			"devatenáctého", "dvacátého", 30: "třicátého"},
		// Russian
		{"первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого", "девятого", "десятого",
			"одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого",
			"восемнадцатого", "девятнадцатого", "двадцатого", 30: "тридцатого"},
		// Ukrainian
		{"першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого", "восьмого", "дев'ятого", "десятого",
			"одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого", "п'ятнадцятого", "шістнадцятого", "сімнадцятого",
			"вісімнадцятого", "дев'ятнадцятого", "двадцятого", 30: "тридцятого"},
	}
	for _, list := range lists {
		for n, w := range list {
			if w != "" {
				m[w] = n + 1
			}
		}
	}
	m["четвертого"] = 4
	// the tens a Slavic year's ordinal ends with
	for t, words := range [10]string{4: "czterdziestego|čtyřicátého|сорокового", "pięćdziesiątego|padesátého|пятидесятого|п'ятдесятого",
		"sześćdziesiątego|šedesátého|шестидесятого|шістдесятого", "siedemdziesiątego|sedmdesátého|семидесятого|сімдесятого",
		"osiemdziesiątego|osmdesátého|восьмидесятого|вісімдесятого", "dziewięćdziesiątego|devadesátého|девяностого|дев'яностого"} {
		for _, w := range strings.Split(words, "|") {
			if w != "" {
				m[w] = 10 * t
			}
		}
	}
	// German: the cardinal and "t" to nineteen, "st" from twenty, with the
	// endings of the article before it ("am zwölften", "der zwölfte")
	german := map[int]string{1: "erst", 3: "dritt", 7: "siebt", 8: "acht"}
	for n := 1; n <= 31; n++ {
		stem, ok := german[n]
		if !ok {
			stem = germanCardinal(n)
			if n < 20 {
				stem += "t"
			} else {
				stem += "st"
			}
		}
		for _, ending := range []string{"e", "er", "en", "em", "es"} {
			m[stem+ending] = n
		}
	}
	// Dutch: "eerste", "derde", "achtste", the cardinal and "de" to
	// nineteen, "ste" from twenty
	for n := 1; n <= 31; n++ {
		switch {
		case n == 1:
			m["eerste"] = 1
		case n == 3:
			m["derde"] = 3
		case n == 8:
			m["achtste"] = 8
		case n < 20:
			m[dutchCardinal(n)+"de"] = n
		default:
			m[dutchCardinal(n)+"ste"] = n
		}
	}
	return m
}()

// germanCardinal and dutchCardinal spell 2-31 as numberLanguages does.
func germanCardinal(n int) string { return cardinalOf(langGerman, n) }
func dutchCardinal(n int) string  { return cardinalOf(langDutch, n) }

// cardinalOf is the first spelling of n (2-99) in the language lang (a
// row of digitLanguages), from numberLanguages.
func cardinalOf(language, n int) string {
	for _, lang := range numberLanguages {
		if lang.lang != language {
			continue
		}
		first := func(words string) string { return strings.Split(words, "|")[0] }
		switch {
		case n < 10:
			return first(digitLanguages[language][n])
		case n < 20:
			return first(lang.teens[n-10])
		case n%10 == 0:
			return first(lang.tens[n/10])
		default:
			return lang.compound(first(lang.tens[n/10]), first(lang.compoundUnits[n%10]))
		}
	}
	return ""
}

// numberValue is a number said in words, read word by word: the
// thousands closed, and the hundreds, tens and units after them.
type numberValue struct {
	total, current int
	words          int
	ordinal        bool // its last word was an ordinal, which ends a number but for a Slavic ten's unit
}

// value is the number read so far.
func (v *numberValue) value() int { return v.total + v.current }

// addWord reads one word (lower case) into v; false when it is no number
// word, or one that cannot follow what v holds.
func (v *numberValue) addWord(w string) bool {
	if v.ordinal && (v.current%10 != 0 || v.current == 0) {
		return false // "dwudziestego trzeciego" goes on; "trzeciego" ends
	}
	if thousandWords[w] {
		v.total += max(v.current, 1) * 1000
		v.current, v.ordinal = 0, false
		v.words++
		return true
	}
	if n, ok := ordinalWords[w]; ok {
		if v.ordinal && n >= 10 {
			return false
		}
		v.current += n
		v.ordinal = true
		v.words++
		return true
	}
	if v.ordinal {
		return false
	}
	nw, ok := numberWordOf(w)
	if !ok || nw.repeat > 0 {
		return v.addGlued(w)
	}
	switch {
	case nw.multiplies && v.current > 0 && v.current < 100:
		v.current *= 100 // "neuf cent", "nineteen hundred"
	case v.current%100 != 0 && int(nw.value) >= 10 || v.current%10 != 0 && nw.value > 0 || v.current > 0 && nw.width == 3:
		return false // "nineteen eighty": two numbers (spokenYearAt reads English years)
	default:
		v.current += int(nw.value)
	}
	v.words++
	return true
}

// addGlued reads a word that glues number words together
// ("neunzehnhundertfünfundachtzig", "nittonhundraåttiofem",
// "millenovecentottantotto"): split into number words, longest first,
// where an Italian hundred shares its last "o" with an "ottanta" or "otto"
// after it.
func (v *numberValue) addGlued(w string) bool {
	if len(w) < 8 || len(w) > maxGluedNumber {
		return false // no glued number is shorter or longer, and most words are
	}
	trial := *v
	if !trial.split(w) {
		return false
	}
	*v = trial
	return true
}

// maxGluedNumber bounds a glued number in bytes, with room to spare
// ("tuhatyhdeksänsataayhdeksänkymmentäyhdeksän" is 45): split tries the
// number words at every byte of it.
const maxGluedNumber = 64

// maxValueWords bounds the words of a number numberValueAt reads: a year
// takes five ("mil novecientos ochenta y siete"), and a text of number
// words is not read to its end from each of its words.
const maxValueWords = 8

// split reads rest, a glued number's remainder, into v; v is left as it
// was when rest does not split.
func (v *numberValue) split(rest string) bool {
	if rest == "" {
		return true
	}
	for n := min(len(rest), maxNumberWord); n >= 2; n-- {
		part := rest[:n]
		_, number := numberWordOf(part)
		_, ordinal := ordinalWords[part]
		if !number && !thousandWords[part] && !(ordinal && n == len(rest)) {
			continue
		}
		trial := *v
		if trial.addWord(part) && trial.split(rest[n:]) {
			*v = trial
			return true
		}
		if hundred, _ := numberWordOf(part); hundred.width == 3 && part[n-1] == 'o' && n < len(rest) {
			if again := *v; again.addWord(part) && again.split(rest[n-1:]) {
				*v = again // "novecent|o|ttantotto": the "o" is the next word's
				return true
			}
		}
	}
	return false
}

// numberValueAt reads a number said in words at s[i], its words joined by
// spaces, hyphens or numberGlue, and returns its value and where its last
// word ends; false when no number word is at i.
func numberValueAt(s string, i int) (int, int, bool) {
	var v numberValue
	end := i
	for j := i; v.words < maxValueWords; {
		w, e := dateWordAt(s, j)
		if e == j {
			break
		}
		if v.words > 0 && isNumberGlue(w) { // "ochenta y siete", "vingt et un"
			next, e2 := dateWordAt(s, skipSpaces(s, e))
			if trial := v; e2 > e && trial.addWord(strings.ToLower(next)) {
				v, end, j = trial, e2, skipSpaces(s, e2)
				continue
			}
		}
		if !v.addWord(strings.ToLower(w)) {
			break
		}
		end, j = e, skipSpaces(s, e)
	}
	return v.value(), end, v.words > 0
}

// dateWordAt is the word at s[i] (letters of any script, an apostrophe,
// a hyphen between two letters: "quatre-vingt-dix", "п'ятого") and where
// it ends.
func dateWordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && (spokenLetter(s[j]) || s[j] == '-' && j > i && j+1 < len(s) && spokenLetter(s[j+1])) {
		j++
	}
	return s[i:j], j
}
