package scrub

import "strings"

// Names change their ending with their case in the Slavic languages, Greek,
// Finnish and Hungarian: "Napisz do Agnieszki Zielińskiej" (to Agnieszka
// Zielińska), "письмо Ивану Петровичу Сидорову" (to Ivan Petrovich
// Sidorov), "στον Νικόλαο Παπαδόπουλο", "Aino Korhoselle", "Nagy
// Gergelynek". The lists hold the nominative, so a word that ends as a
// case does is looked up again with the nominative's ending: the case
// endings below, each with the endings it may stand for. A word is a name
// only if one of those forms is in a list, and the prose rule still wants
// both halves of the name, so "Karty Graficzne" stays.

// inflection is a case ending and the nominative endings it replaces, as
// the lists write them (a Greek final sigma as σ; a feminine Polish family
// name is looked up in its masculine form too, which the lists hold more
// often).
type inflection struct {
	ending string
	bases  []string
}

// givenInflections: given names, feminine in -a (Polish, Czech, Russian,
// Ukrainian), masculine without an ending, Greek -ος/-ης, Hungarian
// dative, Latvian and Lithuanian dative (Jānim, Tomui), Russian -ий
// (Дмитрию), Ukrainian -і (Оксані), Czech -í (Lucií); the longest ending
// first.
var givenInflections = []inflection{
	{"dzie", []string{"da"}}, {"owi", []string{""}}, {"ovi", []string{""}}, {"ові", []string{""}},
	{"ию", []string{"ий"}}, {"ії", []string{"ія"}}, {"ui", []string{"as", "us", "is"}}, {"im", []string{"is"}},
	{"ií", []string{"ie"}},
	{"nek", []string{""}}, {"nak", []string{""}}, {"cie", []string{"ta"}}, {"rze", []string{"ra"}},
	{"dze", []string{"ga"}}, {"ki", []string{"ka"}}, {"gi", []string{"ga"}}, {"ii", []string{"ia"}},
	{"ią", []string{"ia"}}, {"ie", []string{"a", ""}}, {"ce", []string{"ka"}}, {"em", []string{""}},
	{"om", []string{""}}, {"ой", []string{"а"}}, {"ом", []string{""}}, {"ем", []string{"й"}},
	{"ою", []string{"а"}}, {"y", []string{"a"}}, {"ą", []string{"a"}}, {"ę", []string{"a"}},
	{"a", []string{""}}, {"u", []string{""}}, {"у", []string{"а", ""}}, {"е", []string{"а", ""}},
	{"и", []string{"а", "я"}}, {"і", []string{"а", "я"}}, {"ю", []string{"я"}}, {"а", []string{""}},
	{"я", []string{"й"}}, {"ο", []string{"οσ"}}, {"η", []string{"ησ"}}, {"α", []string{"ασ"}},
}

// familyInflections: family names: Polish -ski/-ska and the rest, Czech
// and Slovak -ová and -á (Novotnou, Horváthovej), Russian and Ukrainian
// -ов/-ев/-ин, -енко (dative -енку) and the genitive in -а (Шевчука),
// Croatian instrumental (Horvatom),
// Latvian and Lithuanian dative (Bērziņam, Kazlauskui), Estonian allative
// (Tammele), Finnish -nen, Greek -ος.
var familyInflections = []inflection{
	{"skiego", []string{"ski"}}, {"skiemu", []string{"ski"}}, {"ckiego", []string{"cki"}},
	{"ckiemu", []string{"cki"}}, {"skiej", []string{"ska", "ski"}}, {"ckiej", []string{"cka", "cki"}},
	{"selle", []string{"nen"}}, {"sella", []string{"nen"}}, {"selta", []string{"nen"}},
	{"skim", []string{"ski"}}, {"ckim", []string{"cki"}}, {"ovým", []string{"ová"}}, {"овым", []string{"ов"}},
	{"евым", []string{"ев"}}, {"иным", []string{"ин"}}, {"овой", []string{"ова"}}, {"евой", []string{"ева"}},
	{"иной", []string{"ина"}}, {"ską", []string{"ska", "ski"}}, {"cką", []string{"cka", "cki"}}, {"ové", []string{"ová"}},
	{"ovou", []string{"ová"}}, {"ovej", []string{"ová", ""}}, {"ou", []string{"á"}}, {"ui", []string{"as", "us", "is"}},
	{"am", []string{"š", "s"}}, {"ele", []string{""}}, {"sen", []string{"nen"}}, {"ову", []string{"ов"}}, {"ова", []string{"ов"}},
	{"еву", []string{"ев"}}, {"ева", []string{"ев"}}, {"ину", []string{"ин"}}, {"ина", []string{"ин"}},
	{"ові", []string{""}}, {"owi", []string{""}}, {"ovi", []string{""}}, {"iem", []string{""}},
	{"em", []string{""}}, {"om", []string{""}}, {"ом", []string{""}}, {"ου", []string{"οσ"}}, {"a", []string{""}},
	{"u", []string{""}}, {"у", []string{"", "о"}}, {"е", []string{""}}, {"а", []string{""}}, {"ο", []string{"οσ"}},
	{"η", []string{"ησ"}},
}

// knownGivenForm: word is a given name of the lists, or a case of one.
func knownGivenForm(word string) bool {
	return knownGiven(word) || givenCaseForm(word)
}

// givenCaseForm: word is a case of a given name of the lists ("Agnieszki").
func givenCaseForm(word string) bool { return inflectedIn(givenNames, word, givenInflections) }

// knownFamilyForm: word is a family name of the lists, or a case of one.
func knownFamilyForm(word string) bool {
	return knownFamily(word) || inflectedIn(familyNames, word, familyInflections)
}

// familyShapedForm: word ends as family names do, or is a case of such a
// name ("Шевчука", "Kowalczykiem"), which the lists need not hold.
func familyShapedForm(word string) bool {
	if familyShaped(word) {
		return true
	}
	stem, in, ok := caseEnding(word, familyInflections)
	if !ok {
		return false
	}
	for _, base := range in.bases {
		if familyShaped(stem + base) {
			return true
		}
	}
	return false
}

// inflectedIn: word, with a case ending of inflections in place of one of
// its nominative endings, is in list.
func inflectedIn(list, word string, inflections []inflection) bool {
	stem, in, ok := caseEnding(word, inflections)
	if !ok {
		return false
	}
	var buf [64]byte
	key := appendNameKey(buf[:0], stem)
	for _, base := range in.bases {
		if listHasKey(list, append(key, base...)) {
			return true
		}
	}
	return false
}

// caseEnding is the inflection whose case ending word ends in, and word
// without it: the first that fits, so the longest ending decides, and it
// must leave two bytes of stem. Short words and double names are left as
// they are ("Ana", "Jean-Luc"): ok is false.
func caseEnding(word string, inflections []inflection) (stem string, in inflection, ok bool) {
	if len(word) < 4 || strings.IndexByte(word, '-') >= 0 {
		return "", inflection{}, false
	}
	for _, in := range inflections {
		if stem, ok := strings.CutSuffix(word, in.ending); ok && len(stem) >= 2 {
			return stem, in, true
		}
	}
	return "", inflection{}, false
}
