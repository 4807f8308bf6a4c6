package scrub

import (
	"strings"
	"unicode/utf8"
)

// A postal address block names its addressee on the line over the street:
// a shop's order confirmation ("Shipping address\nJordan Whitaker\n2215
// Maple Grove Drive\nAustin TX 78741"), a delivery block ("Lieferadresse:\n
// Julia Hoffmann\nLindenstraße 27\n04109 Leipzig"), a bill's or a QR-bill's
// parties ("Zahlbar durch\nClaudia Frei\nDorfstrasse 7\n8915 Hausen am
// Albis"), a letter's. The sixteenth blind table's commonest missed name.
// The street is the cue: the line under the name holds a street the
// address rules read, and the line under that one a digit (its postcode),
// so a heading over a street alone ("Our Showroom\n12 King Street") is
// not read. Japanese writes the addressee under the address, with 様
// ("〒150-0041\n東京都渋谷区神南1-2-3\n山田 太郎 様"): that line is read by
// its honorific.

// maxPostalLine bounds the street and postcode lines looked at.
const maxPostalLine = 160

// namesOverStreets finds the addressees of postal address blocks.
func namesOverStreets(s string) []span {
	var out []span
	for ls, le := range lineBounds(s) {
		if le-ls < 4 || le-ls > 64 {
			continue
		}
		street, postcode, ok := twoLinesAfter(s, le)
		if !ok || len(street) > maxPostalLine || len(postcode) > maxPostalLine || countDigits(postcode) == 0 {
			continue
		}
		sp, ok := nameLine(s, ls, le)
		if ok && countDigits(street) > 0 && len(findAddresses(street)) > 0 {
			out = append(out, sp)
		}
	}
	return out
}

// honorificLineNames finds a Japanese addressee alone on a line before
// 様 or 殿 ("山田 太郎 様", "佐藤花子様"): two to five Han characters, a
// space between the family and the given name allowed; a department or a
// company ("営業部 様", "株式会社〇〇 御中") is none.
func honorificLineNames(s string) []span {
	var out []span
	for _, h := range [...]string{"様", "殿"} {
		for p := range indexesOf(s, h) {
			if rest := s[p+len(h):]; rest != "" && rest[0] != '\n' && rest[0] != '\r' {
				continue // "様々", "…様の", a sentence
			}
			ls := strings.LastIndexByte(s[:p], '\n') + 1
			name := strings.TrimSpace(strings.TrimRight(s[ls:p], " 　"))
			if r, _ := utf8.DecodeRuneInString(name); !isHan(r) || !caselessNameText(name) {
				continue
			}
			at := ls + strings.Index(s[ls:p], name)
			out = append(out, span{at, at + len(name)})
		}
	}
	return out
}

// namesBeforeLabelledStreets finds the addressee an address label puts
// before the street on its line ("Doručovací adresa: Tereza Dvořáková,
// Vinohradská 112, 120 00 Praha 2", "Toimitusosoite: Mikko Korhonen,
// Mannerheimintie 12 B 7"): two to four capitalised words, a comma, and a
// street with its house number after it. The words must not be a street
// themselves, whose number a comma puts after them ("Endereço: Rua
// Augusta, 1508, apto 42").
func namesBeforeLabelledStreets(s string) []span {
	var out []span
	for c := range indexesOf(s, ":") {
		if !addressLabelBefore(s, c) {
			continue
		}
		at := skipSpaces(s, c+1)
		sp, words := capitalisedWords(s, at)
		name := s[sp.start:sp.end]
		if words < 2 || sp.start != at || !strings.HasPrefix(s[sp.end:], ", ") || notAName(name) ||
			namedStreetType(name) || len(findAddresses(name+" 1")) > 0 {
			continue
		}
		street, ok := streetAfterCue(s, sp.end+len(", "))
		if !ok || !houseNumberIn(s[street.start:street.end]) {
			continue
		}
		if line := s[street.start:street.end]; isDigit(line[0]) && !startsStreet(line) {
			continue // the house number of a street before the comma ("Borgo Perini, 68 Appartamento 1")
		}
		out = append(out, sp)
	}
	return out
}

// startsStreet: a street the address rules read starts line ("221B Baker
// Street").
func startsStreet(line string) bool {
	found := findAddresses(line)
	return len(found) > 0 && found[0].start == 0
}
