package scrub

import "strings"

// Airlines, travel agents and boarding passes write a passenger the IATA
// way, family name first in capitals, a slash, the given names and a
// title: "OKAFOR/CHINEDU MR", "GARCIA LOPEZ/ANA MRS", "TREMBLAY/MARIE-EVE
// MS" in e-tickets, itineraries and APIS data, whatever the language
// around them ("Пассажир: PETROV/ALEKSEI MR", "搭乗者：SUZUKI/HANAKO MS").
// The title, one of passengerTitles, is the cue: capitals on both sides of
// a slash are as often "TCP/IP", "CI/CD" or "CURITIBA/PR". A boarding
// pass's bar code (BCBP) has no title but starts its line with the format
// code "M" and the number of legs, then the name padded with spaces:
// "M1WHITAKER/JORDAN     EK7XQ2M …". The title stays.

// passengerTitles end a passenger's name: adults, a child, an infant.
var passengerTitles = map[string]bool{"MR": true, "MRS": true, "MS": true, "MISS": true, "MSTR": true, "DR": true,
	"PROF": true, "CHD": true, "INF": true}

// maxIATAName bounds each side of the slash, in bytes (BCBP gives the
// whole name 20 characters; itineraries a few more).
const maxIATAName = 40

// findIATANames finds the passengers' names written the IATA way.
func findIATANames(s string) []span {
	var out []span
	for slash := range indexesOf(s, "/") {
		start := iataFamilyStart(s, slash)
		if start == slash {
			continue
		}
		end, title := iataGivenEnd(s, slash+1)
		if end == slash+1 {
			continue
		}
		if title || bcbpNameStart(s, start) {
			out = append(out, span{start, end})
		}
	}
	return out
}

// iataFamilyStart is where the family name before the slash at s[slash]
// starts: capitals, and hyphens and spaces between them ("GARCIA LOPEZ").
func iataFamilyStart(s string, slash int) int {
	i := slash
	for i > 0 && slash-i < maxIATAName {
		c := s[i-1]
		switch {
		case 'A' <= c && c <= 'Z':
			i--
		case (c == '-' || c == ' ') && i > 1 && i < slash && 'A' <= s[i-2] && s[i-2] <= 'Z':
			i--
		default:
			return iataWordsStart(s, i, slash)
		}
	}
	return iataWordsStart(s, i, slash)
}

// iataWordsStart drops the separators left at the start of s[i:slash],
// and returns slash when no family name of two letters or more is left.
// (A bar code's format code "M1" is never in it: its digit ends the
// capitals; bcbpNameStart reads it.)
func iataWordsStart(s string, i, slash int) int {
	for i < slash && (s[i] == ' ' || s[i] == '-') {
		i++
	}
	if slash-i < 2 {
		return slash
	}
	return i
}

// iataGivenEnd is where the given names after a slash end, before a title
// or anything that is no word of capitals, and whether a title follows.
func iataGivenEnd(s string, i int) (int, bool) {
	end := i
	for j := i; j < len(s) && j-i < maxIATAName; {
		k := j
		for k < len(s) && ('A' <= s[k] && s[k] <= 'Z' || s[k] == '-' && k > j) {
			k++
		}
		if k == j || k < len(s) && isWordRune(rune(s[k])) {
			break // no word, or one that goes on in lower case or digits
		}
		if passengerTitles[s[j:k]] && end > i {
			return end, true
		}
		end = k
		if k >= len(s) || s[k] != ' ' || k+1 >= len(s) || !('A' <= s[k+1] && s[k+1] <= 'Z') {
			break
		}
		j = k + 1
	}
	return end, false
}

// bcbpNameStart: the name at s[start] follows a boarding pass's format
// code at its line's start ("M1WHITAKER/JORDAN").
func bcbpNameStart(s string, start int) bool {
	if start < 2 || s[start-2] != 'M' || s[start-1] < '1' || s[start-1] > '4' {
		return false
	}
	return start == 2 || s[start-3] == '\n' || strings.HasSuffix(s[:start-2], " ")
}
