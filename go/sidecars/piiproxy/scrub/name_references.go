package scrub

import (
	"strings"
	"unicode/utf8"
)

// A CV's references list people with their role and a phone or an e-mail,
// one to an item ("REFERENCES\nKaren Liu, Engineering Manager, Stripe —
// 415-555-0163", "Referees\n1. Prof. Babatunde Ogunleye\n   Department of
// …", "Referenser: Karin Berg, närmaste chef på Spotify, +46 …",
// "Références :\nM. Philippe Garnier, directeur d'agence, …"): after a
// references heading, each item of its block starts with a name (two to
// four capitalised words, a title before them allowed) that ends at a
// comma, a dash, a parenthesis or the line's end.

// referencesMarks are pieces of the references headings, for a first
// search of a text: "feren" (References, Referenzen, Referencias,
// Referenties, Referenser, Referanslar, …), "féren" (Références), "ferên"
// (Referências), "feree" (Referees). Each starts with "f", rare enough
// that the search is short (a Cyrillic mark's first byte is every
// Cyrillic letter's, and cost multilingual text 2 %).
var referencesMarks = []string{"feren", "FEREN", "féren", "FÉREN", "ferên", "FERÊN", "feree", "FEREE"}

// referencesHeadings are the headings of a CV's references, in lower case,
// before their colon if any.
var referencesHeadings = map[string]bool{
	"references": true, "referees": true, "reference": true, "referee": true, "character references": true,
	"professional references": true, "personal references": true, "references available": true, "referenzen": true,
	"références": true, "referencias": true, "referencias personales": true, "referencias laborales": true,
	"referencias profesionales": true, "referenze": true, "referências": true, "referenties": true,
	"referencje": true, "referenser": true, "referencer": true, "referanser": true, "referanslar": true,
}

// namesInReferences finds the names that head the items of references
// sections.
func namesInReferences(s string) []span {
	if !containsAnyOf(s, referencesMarks) {
		return nil
	}
	var out []span
	for start := 0; start < len(s); {
		line := lineAt(s, start)
		if rest, ok := referencesHeading(line); ok {
			at := start + len(line) - len(rest)
			if sp, ok := referenceName(s, at, start+len(line)); ok {
				out = append(out, sp) // "Referenser: Karin Berg, …"
			}
			items, end := referenceItems(s, start+len(line)+1)
			out = append(out, items...)
			start = end // past the section: a heading inside it reads no item twice
			continue
		}
		start += len(line) + 1
	}
	return out
}

// referencesHeading: line is a references heading (Markdown's marks, bold
// and a colon allowed), and what follows its colon.
func referencesHeading(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t#*_")
	head, rest, colon := strings.Cut(t, ":")
	if !colon {
		head, rest = t, ""
	}
	head = strings.ToLower(strings.TrimRight(head, " \t\r*_"))
	return rest, len(head) <= 32 && referencesHeadings[head]
}

// referenceItems finds the names heading the item lines of the block that
// starts at s[i], up to a blank line, and returns where the block ends.
func referenceItems(s string, i int) ([]span, int) {
	var out []span
	for i < len(s) {
		line := lineAt(s, i)
		if strings.TrimSpace(line) == "" {
			break
		}
		if sp, ok := referenceName(s, i, i+len(line)); ok {
			out = append(out, sp)
		}
		i += len(line) + 1
	}
	return out, i
}

// referenceName reads the name an item s[i:end] starts with, after its
// numbering or bullet and a title.
func referenceName(s string, i, end int) (span, bool) {
	i = itemStart(s, i, end)
	for _, t := range append(courtesyTitles, referenceTitles...) {
		if hasPrefixFold(s[i:end], t) {
			i += len(t)
			break
		}
	}
	sp, words := capitalisedWords(s[:end], i)
	if words < 2 || sp.start != i || notAName(s[sp.start:sp.end]) || legalFormIn(s[sp.start:sp.end]) {
		return span{}, false
	}
	if after := s[sp.end:end]; after != "" && !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, " –") &&
		!strings.HasPrefix(after, " —") && !strings.HasPrefix(after, " -") && !strings.HasPrefix(after, " (") {
		return span{}, false
	}
	return sp, true
}

// itemStart skips the spaces, bullet and numbering ("1. ", "2) ") an item
// of a list starts with at s[i].
func itemStart(s string, i, end int) int {
	for i < end {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '-' || s[i] == '*' {
			i++
		} else if r, n := utf8.DecodeRuneInString(s[i:end]); r == '•' || r == '–' || r == '·' {
			i += n
		} else {
			break
		}
	}
	k := i
	for k < end && isDigit(s[k]) {
		k++
	}
	if k > i && k < end && (s[k] == '.' || s[k] == ')') {
		return skipSpaces(s, k+1)
	}
	return i
}

// referenceTitles are titles before a referee's name besides
// courtesyTitles: Nigeria's and the Philippines' "Engr.", French "M." and
// Spanish "D." (initials elsewhere, titles at an item's start),
// Vietnamese "Ông" and "Bà".
var referenceTitles = []string{"engr. ", "m. ", "d. ", "ông ", "bà "}
