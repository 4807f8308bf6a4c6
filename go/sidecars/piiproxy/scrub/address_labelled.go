package scrub

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A street that a label or a sentence announces as an address needs no
// street word the rules of address.go know: "Address: Lemunkuja 89",
// "Ship to:\nHestemølle Allé 40\n8620 Nysted", "Adresse : chemin Julie
// Brahier 48", "I live at Junácka 94". bench/pii found most of Faker's
// addresses in 63 locales missed (38.5 %) although each came after such a
// cue: their street forms are too many to list. After the cue, the street
// line is masked from its start to the end of the line, or to the first
// comma once a word and a number have been read (the town and postcode
// after it stay, as every table decided). Technical text labels other
// things "address" ("Address: 0x7ffe4000", "Address: port 8080", an IP
// masked before this runs), so the street must hold a house number of at
// most five digits, a word of a cased script starting with a capital or a
// word of a script without case, a space, and none of code's punctuation.

// unclaimed are the spans of found that overlap none of claimed: a
// labelled street only where the other rules, which know where each
// locale's street ends, found none. The claimed spans are searched in
// order of their starts, so a text of many labels and many addresses costs
// a sort, not their product.
func unclaimed(found, claimed []span) []span {
	if len(found) == 0 {
		return nil
	}
	byStart := slices.Clone(claimed)
	slices.SortFunc(byStart, func(a, b span) int { return a.start - b.start })
	reach := make([]int, len(byStart)) // the furthest end among the spans up to each one
	for k, c := range byStart {
		reach[k] = c.end
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	var out []span
	for _, f := range found {
		// the claimed spans that start before f ends; one of them overlaps f when the furthest reaches past f's start
		n, _ := slices.BinarySearchFunc(byStart, f.end, func(c span, end int) int { return c.start - end })
		if n == 0 || reach[n-1] <= f.start {
			out = append(out, f)
		}
	}
	return out
}

// addressLabels are the labels of an address field, in lower case, matched
// as a whole label before a colon: "MAC address:" or "IP address:" are none.
var addressLabels = map[string]bool{
	"address": true, "home address": true, "postal address": true, "mailing address": true, "street address": true,
	"delivery address": true, "shipping address": true, "billing address": true, "ship to": true, "deliver to": true,
	"adresse": true, "anschrift": true, "wohnadresse": true, "postanschrift": true, "lieferadresse": true,
	"dirección": true, "direccion": true, "domicilio": true, "indirizzo": true, "endereço": true, "morada": true,
	"adres": true, "adresa": true, "adresas": true, "adrese": true, "aadress": true, "osoite": true, "cím": true,
	"lakcím": true, "adressi": true, "adresi": true, "ev adresi": true, "адрес": true, "адреса": true,
	"адрес доставки": true, "διεύθυνση": true, "כתובת": true, "العنوان": true, "عنوان": true, "آدرس": true,
	"पता": true, "ঠিকানা": true, "முகவரி": true, "địa chỉ": true, "alamat": true,
	// where a service call or an installation took place (the tenth blind
	// table: "Installatieadres: Keizersgracht 412-II, 1016 GC Amsterdam")
	"installation address": true, "site address": true, "service address": true, "installatieadres": true,
	"bezorgadres": true, "afleveradres": true, "factuuradres": true, "woonadres": true, "postadres": true,
	"installationsadresse": true, "einsatzort": true, "rechnungsadresse": true, "adresse d'installation": true,
	"adresse de livraison": true, "adresse de facturation": true, "dirección de instalación": true,
	"dirección de envío": true, "indirizzo di installazione": true, "indirizzo di consegna": true,
	"endereço de instalação": true, "endereço de entrega": true, "adres instalacji": true, "adres dostawy": true,
	// typed without diacritics or in Latin letters (the eleventh blind table)
	"dia chi": true, "dia chi giao hang": true, "dieuthinsi": true, "diefthinsi": true, "adres dostavki": true,
	// a form's field for the street and the house number together (the
	// thirteenth blind table), and a form's home and residence addresses
	"straße und hausnummer": true, "strasse und hausnummer": true, "straße, hausnummer": true, "straße/hausnummer": true,
	"straße / hausnummer": true, "street and number": true, "street and house number": true, "calle y número": true,
	"rue et numéro": true, "via e numero civico": true, "indirizzo di residenza": true, "rua e número": true,
	"ulica i numer domu": true, "ulica i nr domu": true, "straat en huisnummer": true, "adres zamieszkania": true,
	"adresse du domicile": true, "dirección de domicilio": true, "residential address": true, "permanent address": true,
	"current address": true, "address while in the u.s.": true, "u.s. address": true, "wohnanschrift": true,
	"meldeadresse": true, "địa chỉ thường trú": true, "địa chỉ tạm trú": true, "alamat rumah": true, "alamat domisili": true,
	// a shop's delivery and billing addresses (the sixteenth blind table),
	// which may name the addressee before the street ("Doručovací adresa:
	// Tereza Dvořáková, Vinohradská 112, …"; namesBeforeLabelledStreets)
	"doručovací adresa": true, "dodací adresa": true, "fakturační adresa": true, "toimitusosoite": true,
	"laskutusosoite": true, "szállítási cím": true, "számlázási cím": true, "leveringsadresse": true,
	"leveransadress": true, "teslimat adresi": true, "fatura adresi": true, "adresa de livrare": true,
	"adresa de facturare": true, "διεύθυνση αποστολής": true, "адреса доставки": true, "indirizzo di spedizione": true,
	"dirección de entrega": true, "dirección de facturación": true, "lieferanschrift": true, "versandadresse": true,
	"adres do faktury": true, "alamat pengiriman": true, "địa chỉ giao hàng": true, "عنوان التوصيل": true,
	"כתובת למשלוח": true,
}

// addressPhrases announce an address inside a sentence: "I live at", "we
// live at", "she lives at", "my address is", "our address is". They are
// found by a word they share ("live", "address"), one search each, and
// checked around it.
var addressPhrases = []struct{ word, after, before string }{
	{"live", " at ", "i"}, {"live", " at ", "we"}, {"live", "s at ", ""}, {"address", " is ", "my"}, {"address", " is ", "our"},
}

// maxAddressLabel is the longest label read back from a colon, in bytes.
const maxAddressLabel = 40

// findLabelledStreets finds the streets that an address label or phrase
// announces.
func findLabelledStreets(s string) []span {
	var out []span
	colons := [...]string{":", "："}
	n := 1
	if strings.IndexByte(s, 0xEF) >= 0 {
		n = 2 // the full-width colon, in CJK text only
	}
	for _, colon := range colons[:n] {
		for c := range indexesOf(s, colon) {
			if addressLabelBefore(s, c) {
				at := c + len(colon)
				if strings.HasSuffix(s[max(0, c-len("cím")):c], "cím") {
					at = afterTownFirst(s, skipSpaces(s, at)) // Hungarian "Lakcím:", "Cím:"
				}
				if sp, ok := streetAfterCue(s, at); ok {
					out = append(out, sp)
				}
			}
		}
	}
	if strings.Contains(s, "<NAME_") {
		out = append(out, streetsUnderNames(s)...)
	}
	for _, word := range [...]string{"live", "address"} {
		for at := range indexesOf(s, word) {
			for _, p := range addressPhrases {
				rest := s[at+len(word):]
				if p.word == word && strings.HasPrefix(rest, p.after) &&
					(p.before == "" || strings.EqualFold(asciiWordBefore(s, at, ' '), p.before)) {
					if sp, ok := streetAfterCue(s, at+len(word)+len(p.after)); ok {
						out = append(out, sp)
					}
				}
			}
		}
	}
	return out // findAddresses keeps the disjoint ones
}

// streetsUnderNames finds the street of a postal block under its
// addressee, masked already, and over its postcode and town ("Herrn\n
// <NAME_1>\nAm Rosenhang 3\n90491 Nürnberg"): the name's line is the
// street's label, and the postcode's line is read as the block's end, as
// a street's form alone does not always say it is one.
func streetsUnderNames(s string) []span {
	var out []span
	for ls, le := range lineBounds(s) {
		if !nameAloneOnLine(s[ls:le]) {
			continue
		}
		if _, postcode, ok := twoLinesAfter(s, le); !ok || !postcodeLine(postcode) {
			continue
		}
		if sp, ok := streetAfterCue(s, le+1); ok && houseNumberIn(s[sp.start:sp.end]) {
			out = append(out, sp)
		}
	}
	return out
}

// nameAloneOnLine: line holds a masked name and nothing else but a title
// before it ("<NAME_1>", "Herrn <NAME_1>", "Mr <NAME_1>").
func nameAloneOnLine(line string) bool {
	line = strings.TrimSpace(line)
	k := strings.Index(line, "<NAME_")
	if k < 0 || !strings.HasSuffix(line, ">") || strings.Count(line, "<") != 1 {
		return false
	}
	return k == 0 || k <= 16 && !strings.ContainsAny(line[:k], "0123456789:,")
}

// postcodeLine: line starts with a postcode, four to six digits (after a
// country's letter and a hyphen, "D-90491"), and a town's name.
func postcodeLine(line string) bool {
	line = strings.TrimLeft(line, " \t")
	if k := strings.IndexByte(line, '-'); k > 0 && k <= 2 && isASCIILetter(line[0]) && isASCIILetter(line[k-1]) {
		line = line[k+1:]
	}
	n := 0
	for n < len(line) && isDigit(line[n]) {
		n++
	}
	return n >= 4 && n <= 6 && n+1 < len(line) && line[n] == ' ' && streetWordStart(line, n+1, firstRune(line[n+1:]))
}

// addressLabelBefore: the text from the line's start (after indentation
// or a bullet) to the colon at s[c] is an address label.
func addressLabelBefore(s string, c int) bool {
	ls := max(0, c-maxAddressLabel)
	if nl := strings.LastIndexByte(s[ls:c], '\n'); nl >= 0 {
		ls += nl + 1
	} else if ls > 0 {
		return false // the label would start before the window: no label this long
	}
	label := strings.TrimSpace(strings.TrimLeft(s[ls:c], " \t-*•"))
	var buf [2 * maxAddressLabel]byte
	l := lowerInto(buf[:0], label) // on the stack: every "Label:" of a text asks
	return len(l) > 0 && addressLabels[string(l)]
}

// streetAfterCue reads the street line after a cue ending at i: on the
// same line, or on the next when the cue ends its line.
//
// A no-break space after the label needs no case of its own: a text with
// one is read through its folded copy (artefacts.go), where it is a space.
func streetAfterCue(s string, i int) (span, bool) {
	i = skipSpaces(s, i)
	if i < len(s) && s[i] == '\r' {
		i++
	}
	if i < len(s) && s[i] == '\n' {
		i = skipSpaces(s, i+1)
	}
	if k, _, size, m := matchPlaceholder(s, i, false); m == fullPlaceholder && k == Name && strings.HasPrefix(s[i+size:], ", ") {
		i += size + len(", ") // the addressee before the street, masked already
	}
	limit := len(s)
	if i < len(s) && (s[i] == '\'' || s[i] == '"') {
		// a quoted value ("indirizzo: 'Via Appia Nuova 412',"): the
		// street is inside the quotes
		if k := strings.IndexByte(s[i+1:min(len(s), i+1+maxStreetLine)], s[i]); k > 0 {
			limit = i + 1 + k
			i++
		}
	}
	end := i
	letters, digits, spaces := false, false, false
	for end < limit && end-i < maxStreetLine {
		c := s[end]
		if c == '\n' || c == '\r' {
			break
		}
		if (c == ',' || strings.HasPrefix(s[end:], "،")) && letters && digits {
			break // the town and the postcode after the street stay
		}
		if strings.IndexByte(streetNonChars, c) >= 0 {
			return span{}, false // code, a URL, a masked value: no street
		}
		r, n := utf8.DecodeRuneInString(s[end:])
		switch {
		case c == ' ':
			spaces = true
		case isDigit(c):
			digits = true
		case !letters && streetWordStart(s, end, r):
			letters = true
		}
		end += n
	}
	for end > i && (s[end-1] == ' ' || s[end-1] == '.' || s[end-1] == '\t') {
		end--
	}
	if !letters || !spaces || !houseNumberIn(s[i:end]) && !namedStreetType(s[i:end]) {
		return span{}, false
	}
	return span{i, end}, true
}

// namedStreetType: a street line without a house number still reads as a
// street when it starts with a street type and a name ("rue Pages",
// "Bulevardul Aanei", "Largo de Macedo, S/N", "chemin de Grojean"): a
// capitalised word, not in capitals ("Address: via DHCP" is none), after
// the type and any short lower-case particles.
func namedStreetType(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || !streetTypesBeforeName[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1:] {
		if len(w) <= 3 && strings.ToLower(w) == w {
			continue // "de", "da", "du", "la", "del"
		}
		return capitalised(strings.TrimRight(w, ",."))
	}
	return false
}

// maxStreetLine bounds the street line read after a cue.
const maxStreetLine = 96

// streetNonChars are bytes no street line holds: code's punctuation and the
// brackets of a placeholder.
const streetNonChars = "<>{}[]=@|\\`;"

// streetWordStart: the letter r at s[i] starts a word of a street's name:
// a capital, or a letter of a script without case (Arabic, Hebrew, the
// Indic scripts, Georgian, Thai, Han, Hangul), at a word's start.
func streetWordStart(s string, i int, r rune) bool {
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(p) {
			return false
		}
	}
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) || georgian(r)
}

// houseNumberIn: a run of one to five digits stands in line as a word of
// its own or glued to one letter or a slash ("48", "12a", "1а/2", "80/447",
// "No. 79"), not as a hex number ("0x7ffe4000") or a long id; or the line
// ends in ", S/N", the Spanish and Portuguese for a street without one.
func houseNumberIn(line string) bool {
	if strings.Contains(line, "0x") || strings.Contains(line, "://") {
		return false
	}
	if strings.HasSuffix(line, ", S/N") || strings.HasSuffix(line, ", s/n") {
		return true
	}
	for k := 0; k < len(line); k++ {
		if !isDigit(line[k]) || k > 0 && isDigit(line[k-1]) {
			continue
		}
		e := digitsEnd(line, k)
		if e-k <= 5 && (k == 0 || !isASCIILetter(line[k-1]) || k == 1 || line[k-2] == ' ') && !countedNumber(line, k) {
			return true
		}
		k = e
	}
	return false
}

// countedNumber: the word before the number at line[k] says what it
// numbers in a text ("Section 5", "see Chapter 12", "page 4", "port 8080"),
// which a house number's street never is.
func countedNumber(line string, k int) bool {
	w := strings.TrimRight(line[:k], " ")
	w = strings.ToLower(strings.TrimRight(w[strings.LastIndexByte(w, ' ')+1:], ".:#"))
	return versionWords[w] || countingWords[w]
}

// countingWords number the parts of a text or a machine, beside
// versionWords' sections, chapters, figures and tables.
var countingWords = map[string]bool{"page": true, "p": true, "pp": true, "line": true, "lines": true, "port": true,
	"offset": true, "byte": true, "bytes": true, "bit": true, "bits": true, "slot": true, "row": true, "column": true}

// afterTownFirst skips the postcode and the town that Hungarian addresses
// put before the street ("Lakcím: 1061 Budapest, Andrássy út 45."): four
// or five digits, one or two capitalised words that are no street type
// and a comma; or returns i. Only after a Hungarian label: elsewhere the
// same shape is a house number and a street ("5868 Cecil Umgwaqo, George").
func afterTownFirst(s string, i int) int {
	j := digitsEnd(s, i)
	if n := j - i; n < 4 || n > 5 || j >= len(s) || s[j] != ' ' {
		return i
	}
	for w := 0; w < 2; w++ {
		k := j + 1
		e := wordEnd(s, k)
		if e == k || !startsUpper(s[k:e]) || streetTypesAfterName[s[k:e]] {
			return i // "1428 Maple Avenue, Apt 3B": a street, not a town
		}
		if e < len(s) && s[e] == ',' {
			return skipSpaces(s, e+1)
		}
		j = e
	}
	return i
}
