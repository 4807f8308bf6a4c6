package scrub

import (
	"strings"
)

// Records name a street in a field of its own: a JSON order's "street":
// "1180 Fruitvale Avenue" or "line1": "Storgata 9", YAML's "address1:",
// a form body's "address_street=1290+Oak+Street", an export's <street>.
// The key says what the value is, so the value needs only a street line's
// shape (streetAfterCue's: a capitalised word, a space, and a house number
// or a street type before the name), not a street word the rules of
// address.go know for its locale; as after an address label, the value is
// masked up to its first comma once a word and a number have been read.

// streetKeyBases are the key names, lower case without "_" or "-", of a
// street field ("street_address", "addressLine1", "address-1"), after any
// streetKeyRoles before them ("shipping_address1", "home_street").
var streetKeyBases = map[string]bool{
	"street": true, "street1": true, "streetaddress": true, "streetline1": true, "streetandnumber": true,
	"address": true, "address1": true, "addressline": true, "addressline1": true, "addressstreet": true,
	"addr": true, "addr1": true, "addrline1": true, "line1": true,
	"strasse": true, "straße": true, "strasseundhausnummer": true, "rue": true, "calle": true, "ulica": true,
	"adresse": true, "adres": true, "indirizzo": true, "direccion": true, "dirección": true, "endereco": true,
	"endereço": true, "logradouro": true, "gatuadress": true, "gateadresse": true, "katuosoite": true,
	"osoite": true, "ulice": true, "adresa": true, "adresi": true, "straat": true, "dieuthinsi": true,
}

// streetKeyRoles qualify a street key by whose or which address it is.
var streetKeyRoles = []string{"shipping", "billing", "home", "delivery", "mailing", "postal", "current",
	"residential", "permanent", "customer", "patient", "contact", "ship", "bill"}

// streetKey reports whether key, the last component of a dotted path,
// names a street field.
func streetKey(key string) bool {
	if key == "" || len(key) > 40 {
		return false
	}
	if dot := strings.LastIndexByte(key, '.'); dot >= 0 {
		key = key[dot+1:] // "customer.address.line1"
	}
	var buf [40]byte
	b := lowerInto(buf[:0], key)
	n := 0
	for _, c := range b {
		if c != '_' && c != '-' {
			b[n] = c
			n++
		}
	}
	k := string(b[:n])
	if streetKeyBases[k] {
		return true
	}
	for _, role := range streetKeyRoles {
		if rest, ok := strings.CutPrefix(k, role); ok && streetKeyBases[rest] {
			return true
		}
	}
	return false
}

// keyedStreets finds the streets in the street fields of s's records
// (key-value pairs, XML elements, FHIR's address lines).
func keyedStreets(s string) []span {
	var out []span
	for i := range keySeparators(s) {
		if len(out) > 0 && i < out[len(out)-1].end {
			continue // inside the street just read
		}
		if sp, ok := keyedStreetAt(s, i); ok {
			out = append(out, sp)
		}
	}
	if strings.Contains(s, "</") {
		out = append(out, xmlStreets(s)...)
	}
	if strings.Contains(s, `"line"`) {
		out = append(out, fhirAddressLines(s)...)
	}
	return out
}

// fhirAddressLines finds the streets in the "line" arrays of FHIR's
// Address objects ({"line": ["12 Mill Lane", "Flat 2"], "city": "Bath",
// "postalCode": "BA2 6HT"}): a "line" key alone names too much else, so
// the object must also hold a "city" or a "postalCode".
func fhirAddressLines(s string) []span {
	var out []span
	for at := range indexesOf(s, `"line"`) {
		i := valueAfterColon(s, at+len(`"line"`), len(s))
		if i < 0 || s[i] != '[' {
			continue
		}
		lo, hi, ok := braceScope(s, at)
		if !ok || !strings.Contains(s[lo:hi], `"city"`) && !strings.Contains(s[lo:hi], `"postalCode"`) {
			continue
		}
		for _, line := range arrayStrings(s, i+1, hi) {
			if sp, ok := streetAfterCue(s[:line.end], line.start); ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// hasStreetField reports whether s holds a street in a street field: a
// record with one is a person's (namesInRecords), as one with a phone
// number or an e-mail address is.
func hasStreetField(s string) bool {
	for i := range keySeparators(s) {
		if _, ok := keyedStreetAt(s, i); ok {
			return true
		}
	}
	return strings.Contains(s, "</") && len(xmlStreets(s)) > 0
}

// keyedStreetAt reads the street assigned to a street key at the
// separator s[i]. A form body's value ("1290+Oak+Street") is read with its
// pluses as the spaces they encode.
func keyedStreetAt(s string, i int) (span, bool) {
	ks, ke := keyBeforeSep(s, i)
	if ke-ks < 3 || !streetKey(s[ks:ke]) || s[i] == ':' && !quotedOrYAMLKey(s, ks, ke) {
		return span{}, false
	}
	vs, ve, _, ok := valueAfterSep(s, i+1)
	if !ok {
		return span{}, false
	}
	v := s[vs:ve]
	if s[i] == '=' && strings.IndexByte(v, ' ') < 0 && strings.IndexByte(v, '+') > 0 {
		v = strings.ReplaceAll(v, "+", " ") // same length: offsets hold
	}
	sp, ok := streetAfterCue(v, 0)
	return span{vs + sp.start, vs + sp.end}, ok
}

// quotedOrYAMLKey: the key s[ks:ke] before a colon is a record's, not a
// prose label's: quoted (JSON), or in lower case at its line's start, after
// indentation or a list's "- " (YAML), or after an object's "{" or ","
// (JavaScript: "{ rue: '215 rue Saint-Jean', … }"). A capitalised label
// ("Address:", "Listen Address:") is left to the address labels of
// address_labelled.go, which know which labels announce a street.
func quotedOrYAMLKey(s string, ks, ke int) bool {
	if ke < len(s) && (s[ke] == '"' || s[ke] == '\'') {
		return true
	}
	if strings.ToLower(s[ks:ke]) != s[ks:ke] {
		return false
	}
	j := ks
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && s[j-1] == '-' {
		j--
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
	}
	return j == 0 || s[j-1] == '\n' || s[j-1] == '{' || s[j-1] == ','
}

// streetHeader: a table's header cell names a street column ("street",
// "Street Address", "address_line_1").
func streetHeader(cell string) bool {
	return streetKey(strings.ReplaceAll(cell, " ", ""))
}

// streetCell is the street in the table cell s[start:end].
func streetCell(s, _ string, start, end int) (span, bool) {
	return streetAfterCue(s[:end], start)
}

// xmlStreetTags are the elements that hold a street line, in lower case
// and without a namespace's prefix: exports' own names, ISO 20022's
// <AdrLine> and UBL's <cbc:StreetName>.
var xmlStreetTags = map[string]bool{"street": true, "street1": true, "streetaddress": true, "addressline1": true,
	"addressline": true, "address1": true, "adrline": true, "strasse": true, "streetname": true, "calle": true,
	"indirizzo": true, "rue": true}

// xmlStreets finds the streets in street elements: "<street>Storgata
// 9</street>".
func xmlStreets(s string) []span {
	var out []span
	for i := range indexesOf(s, "<") {
		if sp, ok := xmlStreetAt(s, i); ok {
			out = append(out, sp)
		}
	}
	return out
}

// xmlStreetAt reads the street in a street element that opens at s[i].
func xmlStreetAt(s string, i int) (span, bool) {
	k := i + 1
	for k < len(s) && k-i <= 24 && (isASCIILetter(s[k]) || isDigit(s[k]) || s[k] == '_' || s[k] == ':') {
		k++
	}
	if k >= len(s) || s[k] != '>' || k == i+1 {
		return span{}, false
	}
	tag := s[i+1 : k]
	name := strings.ToLower(tag[strings.IndexByte(tag, ':')+1:])
	if !xmlStreetTags[name] || name == "adrline" && strings.HasSuffix(strings.TrimRight(s[:i], " \t\r\n"), "</AdrLine>") {
		return span{}, false // an <AdrLine> after the first holds the postcode and town
	}
	vs := k + 1
	e := strings.Index(s[vs:min(len(s), vs+maxStreetLine)], "</"+s[i+1:k]+">")
	if e <= 0 {
		return span{}, false
	}
	return streetAfterCue(s[:vs+e], vs)
}
