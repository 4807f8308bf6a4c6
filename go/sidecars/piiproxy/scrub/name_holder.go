package scrub

import "strings"

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
