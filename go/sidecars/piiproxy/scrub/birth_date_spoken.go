package scrub

import "strings"

// Dates said in words, as a call's transcript or a chat writes a date of
// birth (the fourteenth blind table): "the third of March, 1985", "March
// third nineteen eighty five", "twenty-second of November nineteen
// seventy-nine", "fifteen August nineteen ninety two", and in the
// languages of numberLanguages, "douze mai mille neuf cent
// quatre-vingt-dix", "veintitrés de julio de mil novecientos ochenta y
// siete", "zwölften März fünfundachtzig", "двенадцатого марта тысяча
// девятьсот восемьдесят пятого". A day in words (an ordinal or a number),
// a month's name (monthNamed) and a year in digits or in words, the day
// first, or in English either; taken, as a date in digits is, only after
// a birth cue (announcedDate).

// spokenBirthDates finds the dates in words that a birth cue announces,
// read only around the cues: the words from maxCueReach bytes before a
// cue (a cue after its date: "am zwölften März fünfundachtzig geboren")
// to maxBirthGap bytes after it.
func spokenBirthDates(s string) []span {
	var out []span
	scanned := 0
	forEachBirthCue(s, func(cueStart, cueEnd int) bool {
		hi := min(len(s), cueEnd+maxBirthGap)
		for i := max(scanned, cueStart-maxCueReach); i < hi; i++ {
			if !spokenLetter(s[i]) || s[i] == '\'' || i > 0 && spokenLetter(s[i-1]) {
				continue
			}
			end, ok := spokenDateAt(s, i)
			if !ok {
				continue
			}
			if sp, ok := announcedDate(s, i, end); ok {
				if the := sp.start - len("the "); the >= 0 && strings.EqualFold(s[the:sp.start], "the ") {
					sp.start = the // "born on the third of March": the article goes with its day
				}
				out = append(out, sp)
				i = sp.end
			}
		}
		scanned = max(scanned, hi)
		return true
	})
	return disjoint(out)
}

// spokenDateAt reads a date in words at s[i]: a day, a connector ("of",
// "de") and a month, or a month and a day, then a comma or a connector
// perhaps and the year.
func spokenDateAt(s string, i int) (int, bool) {
	var day, month, j int
	var ok bool
	if day, j, ok = spokenDayAt(s, i); ok {
		j = skipWord(s, skipWord(s, skipSpaces(s, j), "of"), "de")
		if month, j, ok = monthWordAt(s, skipSpaces(s, j)); !ok {
			return 0, false
		}
	} else if month, j, ok = monthWordAt(s, i); ok {
		k := skipWord(s, skipSpaces(s, j), "the")
		if day, j, ok = spokenDayAt(s, skipSpaces(s, k)); !ok {
			return 0, false
		}
	} else {
		return 0, false
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	j = skipWord(s, skipWord(s, skipSpaces(s, j), "de"), "del")
	year, end, ok := spokenYearAt(s, skipSpaces(s, j))
	if !ok || year < earliestBirthYear || year > latestBirthYear || !validDate(year, month, day) {
		return 0, false
	}
	return end, true
}

// skipWord skips word (and the space after it) at s[i], if it is there.
func skipWord(s string, i int, word string) int {
	if hasPrefixFold(s[i:], word) && (i+len(word) == len(s) || !isASCIILetter(s[i+len(word)])) {
		return skipSpaces(s, i+len(word))
	}
	return i
}

// wordAt is the run of ASCII letters at s[i] in lower case (a hyphen
// between two letters included: "twenty-second"), and where it ends.
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' && j > i && j+1 < len(s) && isASCIILetter(s[j+1])) {
		j++
	}
	return strings.ToLower(s[i:j]), j
}

// monthWordAt reads a month's name at s[i], in the languages of
// monthNames.
func monthWordAt(s string, i int) (int, int, bool) {
	w, j := dateWordAt(s, i)
	m := monthNamed(w)
	return m, j, m > 0
}

// dayUnits and dayOrdinals are the words of a day's number up to nineteen,
// as a number and as an ordinal; dayTens those of its tens.
var (
	dayUnits = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	dayOrdinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"}
)

// spokenDayAt reads a day in words at s[i] ("third", "fifteen",
// "twenty-second", "twenty second", "thirty-first", "twentieth").
func spokenDayAt(s string, i int) (int, int, bool) {
	w, j := wordAt(s, i)
	tens, rest, hyphen := w, "", false
	if k := strings.IndexByte(w, '-'); k > 0 {
		tens, rest, hyphen = w[:k], w[k+1:], true
	}
	switch tens {
	case "twentieth":
		return 20, j, !hyphen
	case "thirtieth":
		return 30, j, !hyphen
	case "twenty", "thirty":
		base := 20
		if tens == "thirty" {
			base = 30
		}
		if !hyphen { // "twenty second": the unit is the next word
			next, e := wordAt(s, skipSpaces(s, j))
			if u := unitDay(next); u > 0 && u < 10 {
				rest, j = next, e
			}
		}
		if u := unitDay(rest); u > 0 && u < 10 && base+u <= 31 {
			return base + u, j, true
		}
		return base, j, base == 20 && rest == "" && !hyphen // "twenty" alone; "thirty" alone is read as a year's part
	}
	if u := unitDay(w); u > 0 {
		return u, j, true
	}
	if day, end, ok := numberValueAt(s, i); ok && day >= 1 && day <= 31 {
		return day, end, true // "douze", "veintitrés", "zwölften", "dwudziestego trzeciego"
	}
	return 0, 0, false
}

// unitDay is the day one to nineteen a word says, as a number or an
// ordinal; 0 if none.
func unitDay(w string) int {
	for d := 1; d < len(dayUnits); d++ {
		if w == dayUnits[d] || w == dayOrdinals[d] {
			return d
		}
	}
	return 0
}

// yearTens are the tens a year's last two digits are said with.
var yearTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

// spokenYearAt reads a year at s[i]: four digits, or in words, "nineteen
// eighty five", "nineteen eighty-five", "nineteen oh five", "two thousand
// and eleven", "twenty twenty".
func spokenYearAt(s string, i int) (int, int, bool) {
	if e := digitsEnd(s, i); e-i == 4 && (e == len(s) || !isASCIIAlnum(s[e])) {
		return int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0'), e, true
	}
	w, j := wordAt(s, i)
	var century int
	switch w {
	case "nineteen":
		century = 1900
	case "twenty":
		century = 2000
	case "two":
		next, e := wordAt(s, skipSpaces(s, j))
		if next != "thousand" {
			return 0, 0, false
		}
		k := skipWord(s, skipSpaces(s, e), "and")
		if rest, end, ok := twoDigitsAt(s, k); ok {
			return 2000 + rest, end, true
		}
		return 2000, e, true
	default:
		return yearInWordsAt(s, i)
	}
	rest, end, ok := twoDigitsAt(s, skipSpaces(s, j))
	return century + rest, end, ok
}

// yearInWordsAt reads a year said as one number in the languages of
// numberLanguages ("mil novecientos ochenta y siete",
// "neunzehnhundertfünfundachtzig", "тысяча девятьсот восемьдесят
// пятого"), or its last two digits alone ("fünfundachtzig": the century
// before this year's).
func yearInWordsAt(s string, i int) (int, int, bool) {
	year, end, ok := numberValueAt(s, i)
	switch {
	case !ok:
		return 0, 0, false
	case year < 100:
		century := latestBirthYear / 100 * 100
		if century+year > latestBirthYear {
			century -= 100
		}
		return century + year, end, true
	}
	return year, end, true
}

// twoDigitsAt reads a year's last two digits in words at s[i]: "eighty
// five", "eighty-five", "oh five", "eleven", "ninety".
func twoDigitsAt(s string, i int) (int, int, bool) {
	w, j := wordAt(s, i)
	tens, unit := w, ""
	if k := strings.IndexByte(w, '-'); k > 0 {
		tens, unit = w[:k], w[k+1:]
	}
	if tens == "oh" {
		next, e := wordAt(s, skipSpaces(s, j))
		if u := unitDay(next); u > 0 && u < 10 && dayUnits[u] == next {
			return u, e, true
		}
		return 0, 0, false
	}
	if t, ok := yearTens[tens]; ok {
		if unit == "" {
			next, e := wordAt(s, skipSpaces(s, j))
			if u := unitDay(next); u > 0 && u < 10 && dayUnits[u] == next {
				return t + u, e, true
			}
			return t, j, true
		}
		if u := unitDay(unit); u > 0 && u < 10 && dayUnits[u] == unit {
			return t + u, j, true
		}
		return 0, 0, false
	}
	if u := unitDay(w); u >= 10 && dayUnits[u] == w {
		return u, j, true // "two thousand and eleven", "nineteen nineteen"
	}
	return 0, 0, false
}
