package scrub

import (
	"strings"
	"unicode"
)

// nationalIDOpen starts a masked national id's placeholder, "<NATIONAL_ID_".
var nationalIDOpen = "<" + placeholderNames[NationalID] + "_"

// holderLabelReach is how far before a masked national id the comma that
// ends its holder's name may stand: the id's label ("ЕГН", "con NIE",
// "паспорт серии") fits in it, a clause does not.
const holderLabelReach = 40

// namesBeforeIDs finds the holder of a national id that a contract's
// parties clause or a report writes right after the name: two to four
// capitalised words, a comma, the id's label and the id ("Стоян Василев
// Николов, ЕГН 8507124839", "Волков Дмитрий Андреевич, паспорт 4018
// 482917", "Dña. Ana Pereira da Silva, con NIE X2918374L"). The national
// ids are masked before the names (see detectors), so their placeholders
// mark the place; a company ("Adriatic Digital d.o.o., OIB …") ends in its
// legal form, which is no name word.
func namesBeforeIDs(s string) []span {
	var out []span
	for p := range indexesOf(s, nationalIDOpen) {
		lo := lineWindowStart(s, p, holderLabelReach)
		c := strings.LastIndex(s[lo:p], ", ")
		if c < 0 {
			continue
		}
		c += lo
		if label := s[c+2 : p]; countDigits(label) > 0 || strings.Count(label, " ") > 3 {
			continue
		}
		if sp, ok := nameEndingAt(s, c); ok && !legalFormIn(s[sp.start:sp.end]) {
			out = append(out, sp)
		}
	}
	return out
}

// partyCues introduce a contract's party by name: the person who
// represents a company ("represented by", "в лице", "представлявано от",
// "reprezentată de", "vertreten durch") and, in Romanian, a role noun with
// its definite article, which a contract writes before the name in
// apposition ("salariatul Andrei-Mihai Stoica", "the employee …"). They
// are name cues (nameCue.party), found in findNames's one pass.
var partyCues = []string{
	"represented by ", "в лице ", "представлявано от ", "представлявана от ", "представляван от ",
	"reprezentată de ", "reprezentat de ", "reprezentata de ", "vertreten durch ", "représentée par ", "représenté par ",
	"representada por ", "representado por ", "rappresentata da ", "rappresentato da ", "vertegenwoordigd door ",
	"reprezentowana przez ", "reprezentowany przez ", "zastoupená ", "zastúpená ",
	"salariatul ", "salariata ", "angajatul ", "angajata ", "chiriașul ", "chiriaşul ", "locatarul ", "proprietarul ",
}

// maxPartyRoleWords is how many words in lower case (the representative's
// office, "генерального директора", "its managing director") may stand
// between a party cue and the name.
const maxPartyRoleWords = 3

// partyName reads the name after a party cue ending at i: two to four
// capitalised words, past the office in lower case, when they are no
// company (no legal form follows) and end the clause (a comma, a dash, a
// bracket or the line's end).
func partyName(s string, i int) (span, bool) {
	for n := 0; n < maxPartyRoleWords && i < len(s) && unicode.IsLower(firstRune(s[i:])); n++ {
		e := wordEnd(s, i)
		if e == i || e >= len(s) || s[e] != ' ' {
			break
		}
		i = e + 1
	}
	sp, words := capitalisedWords(s, skipTitles(s, i))
	if words < 2 || notAName(s[sp.start:sp.end]) || legalFormAfter(s, sp.end) {
		return span{}, false
	}
	rest := strings.TrimLeft(s[sp.end:], " ")
	return sp, rest == "" || strings.ContainsRune(",–-(\n;", firstRune(rest))
}

// namesAfterAccounts finds an account's holder in parentheses after the
// account, masked already: "til konto <IBAN_1> (Henrik Berg)".
func namesAfterAccounts(s string) []span {
	var out []span
	for p := range indexesOf(s, "<IBAN_") {
		_, _, size, m := matchPlaceholder(s, p, false)
		if m != fullPlaceholder || !strings.HasPrefix(s[p+size:], " (") {
			continue
		}
		at := p + size + len(" (")
		if sp, words := capitalisedWords(s, at); words >= 2 && strings.HasPrefix(s[sp.end:], ")") && !notAName(s[sp.start:sp.end]) {
			out = append(out, sp)
		}
	}
	return out
}
