package scrub

import "strings"

// FHIR, the standard of the health-record APIs whose resources people
// paste into a prompt (a Patient, a Practitioner, a RelatedPerson), writes
// a person's name as a HumanName object: {"use": "official", "family":
// "Okonkwo", "given": ["Adaeze", "Ngozi"], "text": "Adaeze Okonkwo"}.
// Alone, "family" and "given" name other things (a font's family, a test
// step's "given"); together in one object they are a person's name parts,
// and no other datum in the record is needed to say so.

// fhirNames finds the parts of the HumanName objects in s: the family
// name, each given name and the full text; a name object's text alone
// ({"name": {"text": "Renata Alves"}}); the display of a reference to a
// person ({"reference": "Patient/pat-90412", "display": "Tanya Brooks"});
// and the same parts in FHIR's XML (<family value="Schäfer"/>).
func fhirNames(s string) []span {
	out := fhirJSONNames(s)
	if strings.Contains(s, "<family value=") {
		out = append(out, fhirXMLNames(s)...)
	}
	return out
}

// fhirJSONNames is fhirNames for FHIR's JSON.
func fhirJSONNames(s string) []span {
	var out []span
	done := -1 // the end of the last object read: its other keys are in it
	for at := range indexesOf(s, `"family"`) {
		if at < done {
			continue
		}
		lo, hi, ok := braceScope(s, at)
		if given := valueAfterKey(s, lo, hi, `"given"`); !ok || given < 0 || s[given] != '[' {
			continue // "given" is always an array in FHIR: {"family": "Roboto", "given": "default"} is none
		}
		out = append(out, humanNameParts(s, lo, hi)...)
		done = hi
	}
	for at := range indexesOf(s, `"text"`) {
		// a name object's text alone: one with a "family" is a HumanName, read above
		if lo, hi, ok := braceScope(s, at); ok && valueAfterKey(s, lo, hi, `"family"`) < 0 && nameObjectAt(s, lo) {
			if vs, ve, ok := quotedAt(s, valueAfterKey(s, lo, hi, `"text"`), hi); ok && nameText(s[vs:ve], 2, true) {
				out = append(out, span{vs, ve})
			}
		}
	}
	for at := range indexesOf(s, `"display"`) {
		lo, hi, ok := braceScope(s, at)
		if !ok {
			continue
		}
		ref := valueAfterKey(s, lo, hi, `"reference"`)
		if ref < 0 || !personReference(s[ref:hi]) {
			continue
		}
		if vs, ve, ok := quotedAt(s, valueAfterKey(s, lo, hi, `"display"`), hi); ok && nameText(s[vs:ve], 2, true) {
			out = append(out, span{vs, ve})
		}
	}
	return out
}

// nameObjectAt: the object that opens at s[lo] is the value of a "name"
// key, alone or in an array ("name": [{…}]).
func nameObjectAt(s string, lo int) bool {
	p := lo
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\n' || s[p-1] == '[') {
		p--
	}
	if p > 0 && s[p-1] == ':' {
		p--
		for p > 0 && s[p-1] == ' ' {
			p--
		}
	}
	return strings.HasSuffix(s[:p], `"name"`)
}

// personReference: a FHIR reference's quoted value that starts with a
// resource type of a person.
func personReference(v string) bool {
	for _, t := range [...]string{`"Patient/`, `"Practitioner/`, `"RelatedPerson/`, `"Person/`} {
		if strings.HasPrefix(v, t) {
			return true
		}
	}
	return false
}

// fhirXMLNames finds the parts of the <name> elements of FHIR's XML that
// hold a <family>: each value of its <family>, <given> and <text>.
func fhirXMLNames(s string) []span {
	var out []span
	for at := range indexesOf(s, "<family value=") {
		lo := strings.LastIndex(s[max(0, at-recordReach):at], "<name>")
		hi := strings.Index(s[at:min(len(s), at+recordReach)], "</name>")
		if lo < 0 || hi < 0 {
			continue
		}
		lo += max(0, at-recordReach)
		hi += at
		for _, tag := range [...]string{"<family value=\"", "<given value=\"", "<text value=\""} {
			for p := range indexesOf(s[lo:hi], tag) {
				vs := lo + p + len(tag)
				if e := strings.IndexByte(s[vs:hi], '"'); e > 0 && nameText(withoutParticles(s[vs:vs+e]), 1, true) {
					out = append(out, span{vs, vs + e})
				}
			}
		}
	}
	return out
}

// humanNameParts reads the name parts of the object s[lo:hi]: the values
// of "family" (its particles in lower case too: "van der Berg") and
// "text" and the strings of the "given" array, where each has a name's
// shape.
func humanNameParts(s string, lo, hi int) []span {
	var out []span
	for _, key := range [...]string{`"family"`, `"given"`, `"text"`} {
		i := valueAfterKey(s, lo, hi, key)
		if i < 0 {
			continue
		}
		if key == `"given"` {
			for _, g := range arrayStrings(s, i+1, hi) {
				if nameText(s[g.start:g.end], 1, true) {
					out = append(out, g)
				}
			}
		} else if vs, ve, ok := quotedAt(s, i, hi); ok && nameText(withoutParticles(s[vs:ve]), 1, true) {
			out = append(out, span{vs, ve})
		}
	}
	return out
}

// valueAfterKey is where the value of key starts in the object s[lo:hi],
// or -1 when the key is not there.
func valueAfterKey(s string, lo, hi int, key string) int {
	k := strings.Index(s[lo:hi], key)
	if k < 0 {
		return -1
	}
	return valueAfterColon(s, lo+k+len(key), hi)
}

// valueAfterColon is where a JSON value starts after the key that ends at
// s[i] (its ":" and the spaces around it), or -1 when no ":" follows or
// the value would start at hi or later.
func valueAfterColon(s string, i, hi int) int {
	i = skipSpaces(s, i)
	if i >= hi || s[i] != ':' {
		return -1
	}
	if i = skipSpaces(s, i+1); i < hi {
		return i
	}
	return -1
}

// arrayStrings returns the strings of a JSON array whose "[" is just
// before s[i], up to its "]" (or hi).
func arrayStrings(s string, i, hi int) []span {
	var out []span
	for i = skipSpaces(s, i); ; i = skipSpaces(s, i+1) {
		vs, ve, ok := quotedAt(s, i, hi)
		if !ok {
			return out
		}
		out = append(out, span{vs, ve})
		if i = skipSpaces(s, ve+1); i >= hi || s[i] != ',' {
			return out
		}
	}
}

// quotedAt reads a JSON string without escapes that opens at s[i] and
// closes before hi (none when i is -1, valueAfterKey's "no such key").
func quotedAt(s string, i, hi int) (int, int, bool) {
	if i < 0 || i >= hi || s[i] != '"' {
		return 0, 0, false
	}
	k := strings.IndexByte(s[i+1:hi], '"')
	if k <= 0 || strings.IndexByte(s[i+1:i+1+k], '\\') >= 0 {
		return 0, 0, false
	}
	return i + 1, i + 1 + k, true
}
