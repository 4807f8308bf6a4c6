package scrub

import (
	"strings"
	"unicode/utf8"
)

// Addresses that carry no street-type word, where other context tells a
// house number from a version, a ratio or a count.
//
// Czech and Slovak houses have two numbers, the building's register number
// and the number on the street, written with a slash: "Vinohradská
// 1234/56". The slash also writes ratios, dates and case numbers ("Termín
// 12/05", "Číslo spisu 123/45"), so the street must be capitalised words
// and one of these must hold: a postcode follows ("…, 120 00 Praha 2"), the
// street is named with a preposition ("Na Příkopě 12/345", "U Nemocnice
// 499/2"), or the line says it is an address ("adresa:", "bydliště",
// "sídlo").
//
// Vietnamese addresses name the house number and the street, then the
// ward, district and city: "123 Nguyễn Huệ, Phường Bến Nghé, Quận 1". The
// administrative word after the comma is the context; the number must start
// the address ("Địa chỉ: 123 …", "ở 123 …", "số 45 …"), not count something
// ("Chi nhánh 3 Thủ Đức, TP. Hồ Chí Minh", "branch 3"). As elsewhere the
// span is the street and the house number; the units after it stay.

// slashStreetTypes are the Czech and Slovak street types written in lower
// case before the name ("náměstí Míru 820/9").
var slashStreetTypes = map[string]bool{
	"náměstí": true, "nám.": true, "nábřeží": true, "nábř.": true, "třída": true, "tř.": true, "sídliště": true,
	"námestie": true, "nábrežie": true, "trieda": true,
}

// slashStreetPrepositions begin street names ("Na Příkopě", "U Nemocnice",
// "Pod Lipami"): such a name before a house number is an address.
var slashStreetPrepositions = map[string]bool{
	"Na": true, "V": true, "Ve": true, "U": true, "K": true, "Ke": true, "Pod": true, "Nad": true, "Za": true,
	"Před": true, "Pred": true, "Při": true, "Pri": true,
}

// addressWords are the stems of the words that announce an address on the
// line before a street: Czech and Slovak "adresa", "bydliště", "bývam",
// "sídlo", and English "address".
var addressWords = []string{"adres", "address", "bydl", "býv", "sídl"}

// slashAddress reads "Vinohradská 1234/56" before and at the house number
// [i, end), whose digits end at j with a slash; or, without the slash,
// "Vinohradská 12, Praha 2" (see czechStreetAddress).
func slashAddress(s string, i, j, end int) (span, bool) {
	if !startsUpper(wordBefore(s, i)) {
		return span{}, false
	}
	if j >= end || s[j] != '/' {
		return czechStreetAddress(s, i, end)
	}
	words := wordsBefore(s, i, 4)
	n := len(words) - 1
	if n < 0 || !startsUpper(words[n].text) || slashStreetPrepositions[words[n].text] || strings.HasSuffix(words[n].text, ".") {
		return span{}, false
	}
	first := n
	for first > 0 && first > n-3 {
		w := words[first-1].text
		if !startsUpper(w) && !slashStreetTypes[w] {
			break
		}
		first--
	}
	start := words[first].start
	if slashStreetPrepositions[words[first].text] || postcodeAfter(s, end) || addressOnLine(s, start) {
		return span{start, end}, true
	}
	return span{}, false
}

// czechStreetAddress reads a Czech or Slovak street and a house number
// written without the register number's slash ("Vinohradská 12, Praha 2",
// "Adresa: Masarykova 20", "Na Svahu 475, Praha 4"). A capitalised word
// and a number say less than a slash number does ("Kapitola 12, Praha 2"),
// so the street must have the form of a street's name (its last word a
// czechStreetEnding, or a preposition or a street type first, as
// slashAddress reads them) and a town of czechTowns or a postcode must
// follow, or the line must say it is an address.
func czechStreetAddress(s string, i, end int) (span, bool) {
	words := wordsBefore(s, i, 4)
	n := len(words) - 1
	if n < 0 || !startsUpper(words[n].text) || slicesContains(czechTowns, words[n].text) || slashStreetPrepositions[words[n].text] {
		return span{}, false // "Karviná 3" is a town's district
	}
	first, typed := n, false
	for first > 0 && first > n-3 {
		w := words[first-1].text
		if !startsUpper(w) && !slashStreetTypes[w] {
			break
		}
		typed = typed || slashStreetTypes[strings.ToLower(w)]
		first--
		if slashStreetPrepositions[w] {
			break
		}
	}
	named := czechStreetEnding(words[n].text) || typed || slashStreetPrepositions[words[first].text]
	if !named {
		return span{}, false
	}
	start := words[first].start
	if czechTownAfter(s, end) || postcodeAfter(s, end) || addressOnLine(s, start) {
		return span{start, end}, true
	}
	return span{}, false
}

// czechStreetEndings are the endings of Czech and Slovak street names:
// adjectives ("Vinohradská", "Dlouhá", "Hlavná", "Karlovo"), possessives
// ("Masarykova", "Husova") and genitives of a person's name ("Palackého",
// "Nerudova"). Nouns that number a document's parts ("Kapitola",
// "Příloha", "Strana", "Verze") end otherwise.
var czechStreetEndings = []string{"á", "ého", "ova", "ovo", "ův", "ská", "cká", "ní", "ých", "ích"}

// czechStreetEnding reports whether w ends as a street name does.
func czechStreetEnding(w string) bool {
	for _, e := range czechStreetEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// czechTowns are the largest Czech and Slovak towns, which an address
// names after the house number when it has no postcode ("…, Praha 2");
// those that are also common words or first names (Most, Martin) are left
// out.
var czechTowns = []string{
	"Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "České Budějovice", "Hradec Králové", "Ústí nad Labem",
	"Pardubice", "Zlín", "Havířov", "Kladno", "Opava", "Frýdek-Místek", "Karviná", "Jihlava", "Teplice",
	"Děčín", "Karlovy Vary", "Chomutov", "Jablonec nad Nisou", "Mladá Boleslav", "Prostějov", "Přerov", "Třebíč",
	"Tábor", "Znojmo", "Kolín", "Příbram", "Cheb", "Písek", "Bratislava", "Košice", "Prešov", "Žilina", "Nitra",
	"Banská Bystrica", "Trnava", "Trenčín", "Poprad",
}

// czechTownAfter: a comma and a town of czechTowns follow i.
func czechTownAfter(s string, i int) bool {
	if i >= len(s) || s[i] != ',' {
		return false
	}
	i = skipSpaces(s, i+1)
	for _, t := range czechTowns {
		if strings.HasPrefix(s[i:], t) {
			if r, _ := utf8.DecodeRuneInString(s[i+len(t):]); !isLetterOrMark(r) {
				return true
			}
		}
	}
	return false
}

// postcodeAfter: a Czech or Slovak postcode ("120 00", "12000") and a
// capitalised town follow i, after a comma or on the next line.
func postcodeAfter(s string, i int) bool {
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipSpaces(s, i)
	if i < len(s) && s[i] == '\n' {
		i = skipSpaces(s, i+1)
	}
	switch k := digitsEnd(s, i); {
	case k-i == 5:
		i = k
	case k-i == 3 && k < len(s) && s[k] == ' ' && digitsEnd(s, k+1) == k+3:
		i = k + 3
	default:
		return false
	}
	return i+1 < len(s) && s[i] == ' ' && startsUpper(s[i+1:])
}

// addressOnLine: a word of addressWords stands on the line before i.
func addressOnLine(s string, i int) bool { return lineWindowHas(s, i, 80, addressWords) }

// vietAdminUnits are the words after a Vietnamese street, in full and
// abbreviated ("Phường 7", "P. Bến Nghé", "Q.1", "TP.HCM", "Thành phố Thủ
// Đức"); abbreviations end in a dot, the others must end a word.
var vietAdminUnits = []string{
	"Phường", "Quận", "Huyện", "Xã", "Thị trấn", "Thành phố", "Tỉnh", "TP",
	"phường", "quận", "huyện", "xã", "thị trấn", "thành phố", "tỉnh",
	"TT.", "TP.", "Tp.", "tp.",
}

// vietAdminLetters are the one-letter abbreviations of ward, district and
// rural district ("P. 7, Q. 3"). A page or a question is written so too
// ("1 Introduction, P. 3"), so another unit must follow them.
var vietAdminLetters = []string{"P.", "Q.", "H."}

// vietAddressLeads are the words a Vietnamese house number may follow:
// "số" (number), "tại" and "ở" (at), "đến" and "tới" (to), "về", "nhà"
// (house) and "chỉ" of "địa chỉ" (address) written without its colon.
var vietAddressLeads = map[string]bool{"số": true, "tại": true, "ở": true, "đến": true, "tới": true, "về": true, "nhà": true, "chỉ": true}

// vietAddress reads "123 Nguyễn Huệ" from the house number at [i, end): one
// to five capitalised words, then a comma and an administrative unit.
func vietAddress(s string, i, end int) (span, bool) {
	if end+1 >= len(s) || s[end] != ' ' || !startsUpper(s[end+1:]) {
		return span{}, false
	}
	comma := strings.IndexByte(s[end:min(len(s), end+64)], ',')
	if comma < 0 || !vietUnitsAt(s, skipSpaces(s, end+comma+1)) || !vietLeadOK(s, i) {
		return span{}, false
	}
	words := wordsFrom(s, end, 6)
	last := len(words) - 1
	if last < 1 || words[last].text != "," {
		return span{}, false
	}
	for _, w := range words[:last] {
		if !startsUpper(w.text) || vietAdminAt(w.text, 0) {
			return span{}, false
		}
	}
	return span{i, words[last-1].end}, true
}

// vietUnitsAt: administrative units start s[i:], a word of
// vietAdminUnits, or one of vietAdminLetters with another unit after the
// next comma ("P. 7, Q. 3").
func vietUnitsAt(s string, i int) bool {
	if vietAdminAt(s, i) {
		return true
	}
	if !vietLetterAt(s, i) {
		return false
	}
	next := strings.IndexByte(s[i:min(len(s), i+40)], ',')
	if next < 0 {
		return false
	}
	k := skipSpaces(s, i+next+1)
	return vietAdminAt(s, k) || vietLetterAt(s, k)
}

// vietLetterAt: one of vietAdminLetters starts s[i:].
func vietLetterAt(s string, i int) bool {
	for _, a := range vietAdminLetters {
		if strings.HasPrefix(s[i:], a) {
			return true
		}
	}
	return false
}

// vietAdminAt: a word of vietAdminUnits starts s[i:].
func vietAdminAt(s string, i int) bool {
	for _, u := range vietAdminUnits {
		if !strings.HasPrefix(s[i:], u) {
			continue
		}
		if k := i + len(u); strings.HasSuffix(u, ".") || k == len(s) || s[k] == ' ' || isDigit(s[k]) {
			return true
		}
	}
	return false
}

// vietLeadOK: the house number at i starts its line or a field ("Địa chỉ:
// 123 …"), or follows one of vietAddressLeads.
func vietLeadOK(s string, i int) bool {
	w := wordBefore(s, i)
	if w == "" {
		return true
	}
	if c := w[len(w)-1]; c == ':' || c == ',' || c == '(' {
		return true
	}
	return vietAddressLeads[strings.ToLower(w)]
}

// wordBefore is the space-separated word that one space separates from i,
// or "" at the start of a line; it is "/srv/" before "1234" in
// "/srv/1234", which a street never is. Of a run longer than
// maxAddressWord, only its last maxAddressWord bytes are read: no street's
// name is that long, and reading the whole run before every number of a
// text without spaces would cost its length each time.
func wordBefore(s string, i int) string {
	if i == 0 || s[i-1] == '\n' {
		return ""
	}
	end := i
	if s[i-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && end-start < maxAddressWord && s[start-1] != ' ' && s[start-1] != '\t' && s[start-1] != '\n' {
		start--
	}
	return s[start:end]
}

// vietAddressLabels are the labels of a Vietnamese form or message whose
// value is an address ("Địa chỉ: …", "Đ/c: …", "Địa chỉ nhận hàng: …").
var vietAddressLabels = []string{"Địa chỉ", "địa chỉ", "ĐỊA CHỈ", "Đ/c", "đ/c", "Đ/C", "Nơi thường trú", "Nơi cư trú", "Nơi ở hiện tại"}

// vietStreetWords are the words of a Vietnamese street line that are no
// capitalised name: alleys and lanes and their numbers ("Hẻm 66", "Ngõ
// 22", "Khu 69"), "đường"/"phố" (street) and "số" (number) in lower case.
var vietStreetWords = map[string]bool{
	"Hẻm": true, "hẻm": true, "Ngõ": true, "ngõ": true, "Ngách": true, "ngách": true, "Kiệt": true, "kiệt": true,
	"Khu": true, "khu": true, "Khóm": true, "khóm": true, "Tổ": true, "tổ": true, "Ấp": true, "ấp": true, "Thôn": true,
	"thôn": true, "Đường": true, "đường": true, "Phố": true, "phố": true, "số": true, "Số": true,
}

// vietLabelledAddresses finds the house number and street after a
// Vietnamese address label, where the label is the context and no comma
// or unit need follow: "Địa chỉ: 84/973 Hẻm 66 Đường số 48 phường An Phú
// …", "Địa chỉ: Số 64 Hùng Vương xã Tân An …". The span runs from the
// house number (with every slash of an alley's: "1/79/342") over
// vietStreetWords, numbers and capitalised words, to the first
// administrative unit, comma or line end; the units stay, as in
// vietAddress.
func vietLabelledAddresses(s string) []span {
	if strings.IndexByte(s, "Đ"[0]) < 0 && !strings.Contains(s, "Nơi ") {
		return nil // every label starts with "Đ" or "đ", whose UTF-8 starts with this byte, or is "Nơi …" (the place of residence on an identity card): most texts have none
	}
	var out []span
	for _, label := range vietAddressLabels {
		for from := 0; ; {
			k := strings.Index(s[from:], label)
			if k < 0 {
				break
			}
			k += from
			from = k + len(label)
			if sp, ok := vietAddressAfterLabel(s, from); ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// vietAddressAfterLabel reads the address after a label ending at i: a
// few words (a qualifier: "nhận hàng", "thường trú"), a colon, "Số" if
// any, then the house number and street (see vietLabelledAddresses).
func vietAddressAfterLabel(s string, i int) (span, bool) {
	colon := strings.IndexByte(s[i:min(len(s), i+32)], ':')
	if colon < 0 || strings.ContainsAny(s[i:i+colon], "\n\r") {
		return span{}, false
	}
	i = skipSpaces(s, i+colon+1)
	for _, w := range []string{"Số ", "số "} {
		if strings.HasPrefix(s[i:], w) {
			i += len(w)
		}
	}
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == '/' && j+1 < len(s) && isDigit(s[j+1]) && j > i) {
		j++
	}
	if j == i || j < len(s) && s[j] != ' ' {
		return span{}, false
	}
	end := j
	for _, w := range wordsFrom(s, j, 10) {
		if w.text == "," || vietAdminAt(w.text, 0) || vietAdminAt(strings.ToUpper(w.text[:1])+w.text[1:], 0) {
			break
		}
		if !vietStreetWords[w.text] && !startsUpper(w.text) && !allDigitsOrSlash(w.text) {
			break
		}
		end = w.end
	}
	return span{i, end}, end > j
}

// allDigitsOrSlash: a number, or an alley's numbers joined by slashes.
func allDigitsOrSlash(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) && w[k] != '/' {
			return false
		}
	}
	return w != "" && isDigit(w[0])
}
