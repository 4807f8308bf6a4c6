package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findAddresses finds street addresses: a house number together with a
// street type, in the orders the languages write them:
//
//	221B Baker Street, 1600 Pennsylvania Ave       number, name, type (English)
//	12 rue de la Paix, 5 bis avenue Victor Hugo    number, type, name (French)
//	Hauptstraße 5, Berliner Straße 12a, Kerkstraat 3   name+type, number (German, Dutch)
//	Calle Mayor 3, Via Roma, 10, Rua Augusta nº 45      type, name, number (Spanish, Italian, Portuguese)
//
// The span is the street and house number; a postcode and town after them
// are left, as they name thousands of people. Every match needs both the
// number and a street-type word, which keeps "3 Main features" and "Section
// 4" alone; a street named without a house number is not masked. Chinese,
// Japanese and Korean addresses have rules of their own (address_cjk.go).
func findAddresses(s string) []span {
	if countDigits(s) == 0 {
		return nil
	}
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		j := digitsEnd(s, i)
		if j-i > 5 || !numberStartOK(s, i) || cjkAround(s, i, j) {
			continue // the rules below read space-separated words
		}
		end := houseNumberEnd(s, j)
		if end < 0 {
			// a flat after a hyphen, "Brīvības iela 55-12", "ул. Ленина
			// 10-5": only with the street type before the number, as a
			// range or a date writes the same digits
			if j < len(s) && s[j] == '-' && j-i <= 4 {
				if flat := hyphenFlatEnd(s, j); flat > 0 {
					if start, ok := streetBefore(s, i); ok {
						out = append(out, span{start, flat})
					}
				}
			}
			continue
		}
		if sp, ok := streetAfter(s, i, end); ok {
			out = append(out, sp)
		} else if sp, ok := gridAddress(s, i, end); ok {
			out = append(out, sp)
		} else if start, ok := streetBefore(s, i); ok && j-i <= 4 {
			out = append(out, span{start, stairFlatEnd(s, end)})
		} else if start, ok := prepositionStreet(s, i, end); ok {
			out = append(out, span{start, end})
		} else if sp, ok := slashAddress(s, i, j, end); ok {
			out = append(out, sp)
		} else if sp, ok := vietAddress(s, i, end); ok {
			out = append(out, sp)
		}
	}
	out = append(out, vietLabelledAddresses(s)...)
	out = append(out, findCJKAddresses(s)...)
	// a street field's value is the street: it wins over a street found
	// inside it ("adres": "Kıbrıs Şehitleri Caddesi No:54") or running out
	// of it ("<AdrLine>24 rue de la République</AdrLine><AdrLine>13001 …")
	keyed := keyedStreets(s)
	if strings.IndexByte(s, '\n') >= 0 {
		keyed = append(keyed, columnCells(s, streetHeader, streetCell)...)
	}
	if len(keyed) > 0 {
		out = append(unclaimed(out, keyed), keyed...)
	}
	return disjoint(append(out, unclaimed(findLabelledStreets(s), out)...))
}

// gluedStreetStart is where a street whose name and type are one word
// (words[n]) starts: at that word, or at the capitalised particles of a
// person's name before it ("Van Baerlestraat", "De Clercqstraat", "Van der
// Helststraat", "Von-der-Tann-Straße" is one word already).
func gluedStreetStart(words []word, n int) int {
	k := n
	switch {
	case k >= 2 && streetNameParticles[words[k-2].text] && streetNameParticles[capitaliseFirst(words[k-1].text)] &&
		!startsUpper(words[k-1].text):
		k -= 2 // "Van der Helststraat"; "in der Lindenstrasse" has no capital before "der"
	case k >= 1 && streetNameParticles[words[k-1].text]:
		k--
	}
	return words[k].start
}

// streetNameParticles are the particles of the Dutch and Flemish names
// that streets bear, capitalised at a street's start.
var streetNameParticles = map[string]bool{"Van": true, "De": true, "Den": true, "Der": true, "Ter": true, "Ten": true}

// streetPrepositions start the German streets named by a place, with no
// street word: "Im Neuenheimer Feld 410", "Am Markt 3", "An der Alster 12",
// "Unter den Linden 77".
var streetPrepositions = map[string]bool{"Im": true, "Am": true, "An": true, "Auf": true, "In": true, "Zum": true,
	"Zur": true, "Unter": true, "Hinter": true, "Vor": true, "Bei": true, "Beim": true}

// prepositionStreet reads a street of streetPrepositions before the house
// number at [i, end): the preposition starts the line (or follows a
// colon), an article may follow it, then one to three capitalised words;
// and a postcode follows the number after a comma, as in a letterhead, so
// that "Am Montag 3 Termine" stays.
func prepositionStreet(s string, i, end int) (int, bool) {
	if !strings.HasPrefix(s[end:], ", ") || postcodeLen(s, end+2) < 4 {
		return 0, false
	}
	words := wordsBefore(s, i, 5)
	for k := len(words) - 2; k >= 0; k-- {
		w := words[k].text
		if streetPrepositions[w] && k < len(words)-1 {
			p := words[k].start
			for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
				p--
			}
			return words[k].start, p == 0 || s[p-1] == '\n' || s[p-1] == '\r' || s[p-1] == ':'
		}
		if !startsUpper(w) && w != "der" && w != "den" && w != "dem" {
			return 0, false
		}
	}
	return 0, false
}

// postcodeLen is how many digits stand at s[i] as a word of their own.
func postcodeLen(s string, i int) int {
	j := digitsEnd(s, i)
	if j < len(s) && s[j] != ' ' {
		return 0
	}
	return j - i
}

// stairFlatEnd extends a house number that ends at end over a Nordic
// stair letter and flat number written after it with no word ("Hämeenkatu
// 14 B 22", "Tammelan puistokatu 8 A 5"): one capital, one to three
// digits, then a comma or the line's end.
func stairFlatEnd(s string, end int) int {
	if end+4 > len(s) || s[end] != ' ' || !isUpper(s[end+1]) || s[end+2] != ' ' || !isDigit(s[end+3]) {
		return end
	}
	k := digitsEnd(s, end+3)
	if k-end-3 > 3 || k < len(s) && s[k] != ',' && s[k] != '\n' && s[k] != '\r' {
		return end
	}
	return k
}

// cjkAround reports whether the digits s[i:j] are glued to a CJK letter
// ("2026年", "版本2"), which numberStartOK and numberEndOK accept as a
// boundary for the other detectors.
func cjkAround(s string, i, j int) bool {
	if i > 0 && s[i-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isCJK(r) {
			return true
		}
	}
	if j < len(s) && s[j] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isCJK(r) {
			return true
		}
	}
	return false
}

// houseNumberEnd is the end of a house number whose digits end at j: a
// flat or street number may follow after a slash, as Polish, Czech and
// Russian addresses write it ("ul. Długa 5/7", "Palackého 1234/5a"), then
// a letter ("221B", "12a"), then no other word character; -1 when the
// digits continue a word, a decimal, a version or a date ("12/03/2024").
func houseNumberEnd(s string, j int) int {
	// one slash group, or two as Vienna writes stair and door ("Mariahilfer
	// Straße 45/3/12"); a date's year has four digits and stops it
	for n := 0; n < 2 && j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]); n++ {
		k := digitsEnd(s, j+1)
		if k-j > 4 {
			break
		}
		j = k
	}
	if j < len(s) && isASCIILetter(s[j]) && (j+1 == len(s) || !(isWordByte(s[j+1]) || s[j+1] >= utf8.RuneSelf)) {
		j++
	}
	if !numberEndOK(s, j) || (j < len(s) && (s[j] == '.' || s[j] == '-' || s[j] == '/') && j+1 < len(s) && isDigit(s[j+1])) {
		return -1
	}
	return j
}

// lithuanianGenitive: a Lithuanian street's name before "g." (gatvė) or
// "pr." (prospektas) is a genitive: "Gedimino", "Vilniaus", "Laisvės",
// "Savanorių", "Konstitucijos".
func lithuanianGenitive(w string) bool {
	for _, end := range [...]string{"o", "os", "ės", "ų", "aus", "ius", "io"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// hyphenFlatEnd is the end of a flat number of one to three digits joined
// by a hyphen to the house number whose digits end at j ("55-12"), or -1.
func hyphenFlatEnd(s string, j int) int {
	if j+1 >= len(s) || s[j] != '-' || !isDigit(s[j+1]) {
		return -1
	}
	k := digitsEnd(s, j+1)
	if k-j-1 > 3 || !numberEndOK(s, k) || k < len(s) && (s[k] == '.' || s[k] == '-' || s[k] == '/') && k+1 < len(s) && isDigit(s[k+1]) {
		return -1
	}
	return k
}

// Street types, by where they stand. Case matters for the English ones
// ("Way" and "Place" are street types, "way" and "place" are prose).
var (
	streetTypesAfterName = map[string]bool{ // 221B Baker Street
		"Street": true, "St": true, "St.": true, "Avenue": true, "Ave": true, "Ave.": true, "Road": true, "Rd": true, "Rd.": true,
		"Boulevard": true, "Blvd": true, "Blvd.": true, "Lane": true, "Ln": true, "Ln.": true, "Drive": true, "Dr.": true,
		"Way": true, "Court": true, "Ct": true, "Ct.": true, "Place": true, "Pl.": true, "Square": true, "Sq.": true,
		"Terrace": true, "Parkway": true, "Pkwy": true, "Highway": true, "Hwy": true, "Crescent": true, "Close": true,
		"Circle": true, "Trail": true, "Row": true, "Gardens": true, "Mews": true,
	}
	streetTypesBeforeName = map[string]bool{ // 12 rue de la Paix / Calle Mayor 3
		"rue": true, "avenue": true, "av.": true, "boulevard": true, "bd": true, "bd.": true, "chemin": true, "place": true,
		"allée": true, "impasse": true, "quai": true, "route": true, "cours": true, "calle": true, "c/": true, "avenida": true,
		"avda.": true, "plaza": true, "paseo": true, "camino": true, "carrera": true, "via": true, "viale": true, "piazza": true,
		"corso": true, "largo": true, "vicolo": true, "rua": true, "travessa": true, "praça": true, "alameda": true,
		"ulica": true, "ul.": true, "al.": true, "aleja": true, "pl.": true, "улица": true, "ул.": true, "проспект": true, "пр.": true,
		"пр-т": true, "jl.": true, "jln.": true, "jalan": true, // Indonesian and Malay: Jl. Sudirman No. 45
		// Ukrainian (вул. Хрещатик, 22) and Greek (Οδός Ερμού 25, Λεωφ. Κηφισίας 10)
		"вул.": true, "вулиця": true, "просп.": true, "пров.": true, "провулок": true, "бульв.": true, "бульвар": true,
		"οδός": true, "οδ.": true, "λεωφόρος": true, "λεωφ.": true,
		// the street word as a sentence inflects it: Polish "mieszkam przy
		// ulicy Długiej 5", Russian "живу на улице Ленина, д. 5", Ukrainian
		// "на вулиці Хрещатик, 22"
		"ulicy": true, "ulicę": true, "ulicą": true, "alei": true, "улице": true, "улицу": true, "вулиці": true, "вулицю": true,
		// Vietnamese: 25 đường Trần Hưng Đạo, Số 8 phố Hàng Bài
		"đường": true, "đ.": true, "phố": true,
		// the fifth blind table's: Romanian (Str. Mihai Eminescu nr. 12),
		// Bulgarian, Catalan, Galician, Peruvian (Jr. de la Unión 456)
		"str.": true, "strada": true, "bulevardul": true, "calea": true, "șos.": true, "şos.": true, "șoseaua": true,
		"soseaua": true, "intrarea": true,
		"aleea": true, "splaiul": true, "бул.": true, "булевард": true, "площад": true, "carrer": true, "avinguda": true,
		"passeig": true, "plaça": true, "rambla": true, "travessera": true, "rúa": true, "praza": true, "jr.": true,
		"jirón": true, "psje.": true, "pasaje": true,
		// the eighth blind table's: Croatian and Serbian squares and
		// boulevards ("Trg bana Jelačića 3", "Bulevar kralja Aleksandra 73")
		"trg": true, "bulevar": true, "bul.": true,
	}
	// caselessStreetTypes are street types of scripts without letter case,
	// whose street names are no capitalised words: Hebrew "רחוב הרצל 12",
	// Arabic "15 شارع التحرير".
	caselessStreetTypes = map[string]bool{
		"רחוב": true, "רח'": true, "שדרות": true, "שד'": true, "סמטת": true,
		"شارع": true, "ش.": true, "ميدان": true, "جادة": true,
	}
	// caselessStreetTypesAfterName follow the street's name in scripts
	// without letter case: Tamil street, road, lane and avenue.
	caselessStreetTypesAfterName = map[string]bool{"தெரு": true, "சாலை": true, "வீதி": true, "சந்து": true, "நெடுஞ்சாலை": true}
	// Street types written as a word of their own between the name and the
	// number: Berliner Straße 12, Turkish Bağdat Caddesi No: 215, Gül Sokak 5.
	streetTypesBeforeNumber = map[string]bool{
		"straße": true, "strasse": true, "caddesi": true, "cad.": true, "cd.": true, "sokak": true, "sokağı": true,
		"sok.": true, "sk.": true, "bulvarı": true, "blv.": true,
		// the fifth blind table's: German "Berliner Str. 12", Hungarian
		// (Andrássy út 60), Slovenian and Croatian (Slovenska cesta 54),
		// Latvian, Lithuanian, Estonian, Basque, Azerbaijani
		"str.": true, "út": true, "utca": true, "körút": true, "tér": true, "sétány": true, "fasor": true, "rakpart": true,
		"cesta": true, "ulica": true, "trg": true, "iela": true, "gatvė": true, "prospektas": true, "alėja": true,
		"tänav": true, "maantee": true, "puiestee": true, "kalea": true, "etorbidea": true, "küçəsi": true,
		"prospekti": true, "döngəsi": true,
		// the eighth blind table's: Finnish, Norwegian, Danish and Swedish
		// street words written apart from a name of two words ("Tammelan
		// puistokatu 8", "Thorvald Meyers gate 52"), and Russian "пр." after
		// the name ("Невский пр., д. 88")
		"katu": true, "puistokatu": true, "tie": true, "kuja": true, "gate": true, "gata": true, "vei": true, "veien": true,
		"vej": true, "gade": true, "gatan": true, "vägen": true, "пр.": true, "проспект": true, "пер.": true, "переулок": true,
		"ш.": true, "шоссе": true, "наб.": true,
	}
	// streetAbbrevsBeforeNumber are the abbreviations of those, written in
	// lower case only ("Nagy krt. 12", "Narva mnt 7", "Gedimino pr. 9",
	// "Vilniaus g. 22"): in capitals they are other things ("Appendix G. 3").
	// The Hungarian "u." is left out: German writes "und" so ("Meier u. 3
	// Kollegen"); so are the Lithuanian ones after a word that is no
	// genitive ("Levering pr. 3 dage", Danish "per"), see lithuanianGenitive.
	streetAbbrevsBeforeNumber = map[string]bool{
		"krt.": true, "g.": true, "pr.": true, "mnt": true, "mnt.": true, "tn": true, "tn.": true, "pst": true, "pst.": true,
	}
	// streetNameStops are the articles and determiners that a sentence
	// starts with, capitalised as a street's name would be: "Az út 3 napig
	// tartott" ("the trip took three days"), "Die Straße 12 war gesperrt".
	streetNameStops = map[string]bool{
		"a": true, "az": true, "egy": true, "ez": true, "the": true, "die": true, "der": true, "das": true, "la": true,
		"el": true, "le": true, "il": true, "mi": true, "my": true, "your": true, "our": true, "this": true, "ta": true,
	}
	// German and Dutch glue the type to the name: Hauptstraße, Kerkstraat.
	// ("ring" is left out: "Substring 3", "Keyring 2")
	streetSuffixes = []string{"straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "damm", "ufer", "chaussee",
		"straat", "laan", "plein", "gracht", "kade", "steeg", "dreef",
		// Swedish, Danish, Norwegian, Finnish: Drottninggatan, Storgata, Strandvejen, Mannerheimintie (not "tie": Kategorie)
		"gatan", "gata", "vägen", "gränd", "torget", "gade", "vej", "vejen", "veien", "katu",
		// Icelandic: Laugavegur, Skólavörðustígur, Hringbraut, Hafnarstræti
		"vegur", "stígur", "braut", "stræti"}
	streetParticles = map[string]bool{
		"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l'": true, "d'": true, "del": true, "las": true,
		"los": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "della": true, "dei": true, "degli": true,
		"von": true, "am": true, "an": true, "der": true, "y": true, "e": true,
		// Croatian and Serbian name streets after people by title, in the
		// genitive: "Ulica grada Vukovara", "Trg bana Jelačića"
		"kralja": true, "kraljice": true, "bana": true, "grada": true, "kneza": true, "kneginje": true, "cara": true,
		"svetog": true, "svete": true, "braće": true, "maršala": true, "generala": true,
	}
)

// streetAfter reads "221B Baker Street" or "12 rue de la Paix" from the
// number at [i, end).
func streetAfter(s string, i, end int) (span, bool) {
	words := wordsFrom(s, end, 7)
	start := unitBefore(s, i)
	comma := len(words) == 1 && words[0].text == "," && words[0].start == end
	if comma {
		// a comma right after the number, as Quebec, Morocco, Sri Lanka
		// and Malaysia write it: "1234, rue Sainte-Catherine", "No. 45,
		// Galle Road", "No. 12, Jalan Ampang"
		words = wordsFrom(s, end+1, 7)
	}
	k := 0
	for k < len(words) && (words[k].text == "bis" || words[k].text == "ter" || words[k].text == ",") {
		k++
	}
	if k >= len(words) {
		return span{}, false
	}
	// French: the type comes first, then particles and a capitalised name;
	// after a type of a script without case, one to three words of it.
	if t := words[k].text; streetTypesBeforeName[strings.ToLower(t)] || caselessStreetTypes[t] {
		caseless := caselessStreetTypes[t]
		last := -1
		for n := k + 1; n < len(words) && (!caseless || n <= k+3); n++ {
			w := words[n].text
			if caseless {
				if !caselessAt(w, 0) {
					break
				}
				last = n
				continue
			}
			if streetParticles[strings.ToLower(w)] || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
				continue
			}
			if !startsUpper(trimQuotes(withoutElision(w))) {
				break
			}
			last = n
		}
		if last < 0 {
			return span{}, false
		}
		return span{start, words[last].end}, true
	}
	// Tamil: the street's name, then its word ("12, காந்தி தெரு", "45 அண்ணா சாலை").
	if n := k + 1; n < len(words) && caselessAt(words[k].text, 0) && caselessStreetTypesAfterName[words[n].text] {
		return span{start, words[n].end}, true
	}
	// English: one to four capitalised words, then the type, and the
	// number that Singapore's streets carry after it ("Ang Mo Kio Avenue 3,").
	// After a comma only with "No." before the number: "2003, North
	// Carolina State Highway Patrol" is a year, "(#5168, Tassia St.
	// Germain)" a bug number.
	if comma && start == i {
		return span{}, false
	}
	for n := k; n < len(words) && n < k+5; n++ {
		w := words[n].text
		if n > k && streetTypesAfterName[w] {
			if n+1 < len(words) && streetTypesAfterName[words[n+1].text] {
				n++ // "Kensington Gardens Square", "Tottenham Court Road": the last type is the street's
			}
			e := words[n].end
			if n+1 < len(words) && (n+2 == len(words) || words[n+2].text == ",") {
				if num := words[n+1].text; len(num) <= 3 && digitsEnd(num, 0) == len(num) || len(num) > 1 && streetDirections[num] {
					e = words[n+1].end // "Ang Mo Kio Avenue 3,"; "Queen Street West," as Toronto and Montreal write it
				}
			}
			return span{start, e}, true
		}
		if !startsUpper(w) && !(ordinalWord(w) && n > k && streetDirections[words[n-1].text]) {
			break // a numbered street only after its quarter: "401 West 42nd Street", not "Chapter 3 2nd Street"
		}
	}
	return span{}, false
}

// streetDirections are the quarters a North American street's name
// starts or ends with ("401 West 42nd Street", "100 Queen Street West",
// "1234 rue Sherbrooke Ouest"); the abbreviated ones after the type
// ("Pennsylvania Ave NW") stay outside the address, as the locale table
// writes them.
var streetDirections = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Ouest": true,
	"Est": true, "Nord": true, "Sud": true, "N": true, "S": true, "E": true, "W": true}

// ordinalWord is an English ordinal in digits, a numbered street's name
// ("401 West 42nd Street", "12 E 5th Ave").
func ordinalWord(w string) bool {
	d := digitsEnd(w, 0)
	if d == 0 || d > 3 || len(w) != d+2 {
		return false
	}
	switch strings.ToLower(w[d:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// unitBefore widens an address that starts at the house number at i over
// the word for "number" or "block" before it, when the address opens with
// them: "No. 12, Jalan Ampang", "Blk 123 Ang Mo Kio Avenue 3".
func unitBefore(s string, i int) int {
	if i < 3 || s[i-1] != ' ' {
		return i
	}
	for _, w := range [...]string{"No. ", "No ", "Nº ", "N° ", "Blk ", "Block ", "Blk. ", "Unit ", "Lot ", "Flat ", "NO "} {
		if k := i - len(w); k >= 0 && s[k:i] == w && (k == 0 || !isWordByte(s[k-1])) {
			// and a block's number before a lot's: "Blk 12 Lot 7 Sampaguita St."
			if d := k - 1; d > 0 && s[d] == ' ' && isDigit(s[d-1]) {
				if ds := digitsStart(s, d); unitBefore(s, ds) < ds {
					return unitBefore(s, ds)
				}
			}
			return k
		}
	}
	return i
}

// digitsStart is where the run of ASCII digits that ends at end starts.
func digitsStart(s string, end int) int {
	for end > 0 && isDigit(s[end-1]) {
		end--
	}
	return end
}

// trimQuotes drops the quotation marks around a street's name, as
// Bulgarian and Russian write it ("ул. „Витоша“ 15", "ул. «Ленина» 5").
func trimQuotes(w string) string { return strings.Trim(w, "„“”\"«»‚‘'") }

// streetBefore reads "Hauptstraße 5", "Berliner Straße 12" or "Calle Mayor
// 3" before the number at i, and returns where the street starts.
func streetBefore(s string, i int) (int, bool) {
	words := wordsBefore(s, i, 7)
	n := len(words) - 1
	// "nº 45", "Nr. 5", "n. 10" and a comma may stand between name and number.
	for n >= 0 && (words[n].text == "," || isNumberSign(words[n].text)) {
		n--
	}
	if n < 0 {
		return 0, false
	}
	if w := words[n].text; streetTypesBeforeNumber[strings.ToLower(w)] || streetAbbrevsBeforeNumber[w] {
		if n > 0 {
			prev := words[n-1].text
			if w == "gate" && !strings.HasSuffix(prev, "s") {
				return 0, false // Norwegian names a gate after a genitive ("Karl Johans gate"); "Boarding gate 52" is English
			}
			if startsUpper(prev) && !streetNameStops[strings.ToLower(prev)] && (!(w == "g." || w == "pr.") || lithuanianGenitive(prev)) {
				return namedBefore(words, n-1, w), true // Berliner Straße 12, Andrássy út 60
			}
		}
		return 0, false
	}
	if w := words[n].text; startsUpper(w) || streetTypesBeforeName[strings.ToLower(w)] {
		lower := strings.ToLower(w)
		for _, suffix := range streetSuffixes {
			if strings.HasSuffix(lower, suffix) && len(lower) > len(suffix)+2 {
				return gluedStreetStart(words, n), true // Hauptstraße 5, Van Baerlestraat 48
			}
		}
	}
	// Calle Mayor 3: back over capitalised words and particles to the type;
	// רחוב הרצל 12: over the words of a script without case to its type.
	caseless, genitives := false, 0
	for k := n; k >= 0 && k >= n-5; k-- {
		w := words[k].text
		if k < n && caseless && caselessStreetTypes[w] {
			return words[k].start, true
		}
		if streetTypesBeforeName[strings.ToLower(w)] && (k < n) && !caseless && (startsUpper(w) || lowerCaseTypeOK(words, k)) {
			if w == "Jr." && k > 0 && startsUpper(words[k-1].text) {
				return 0, false // "Martin Luther King Jr. Day 2024": a name's suffix, not a Peruvian jirón
			}
			if genitives > 0 && !genitiveNameTypes[strings.ToLower(w)] {
				return 0, false
			}
			if k > 0 && lowerCaseTypes[words[k-1].text] {
				return words[k-1].start, true // "ul. Bulevar oslobođenja": the street's own type is its name's first word
			}
			return words[k].start, true
		}
		if caselessAt(w, 0) && !caselessStreetTypes[w] && (caseless || k == n) {
			caseless = true
			continue
		}
		if !startsUpper(trimQuotes(withoutElision(w))) && !streetParticles[strings.ToLower(w)] {
			// a noun in the genitive names a South Slavic street ("Bulevar
			// oslobođenja", "Trg republike"): one or two, and a type of theirs
			if genitives++; genitives > 2 || !unicode.IsLower(firstRune(w)) {
				return 0, false
			}
		}
	}
	return 0, false
}

// twoWordNameTypes are the street words written in lower case after a
// name that is often two words, a person's given and family name:
// "Thorvald Meyers gate", "Krišjāņa Barona iela", "Tammelan puistokatu".
var twoWordNameTypes = map[string]bool{"gate": true, "gata": true, "vei": true, "veien": true, "vej": true, "gade": true,
	"katu": true, "puistokatu": true, "tie": true, "iela": true, "gatvė": true, "tänav": true, "ulica": true, "cesta": true}

// namedBefore is where the name before the street word w starts, the
// capitalised word at k and, for the street words of twoWordNameTypes,
// one more capitalised word before it on the line that ends in no
// punctuation ("Adresse: Thorvald Meyers gate 52" starts at "Thorvald").
func namedBefore(words []word, k int, w string) int {
	if k > 0 && twoWordNameTypes[w] {
		if p := words[k-1].text; startsUpper(p) && !streetNameStops[strings.ToLower(p)] && !strings.ContainsAny(p, ",.:;") {
			return words[k-1].start
		}
	}
	return words[k].start
}

// gridStreetTypes name a street by its number on a city's grid, as
// Colombian addresses do: "Carrera 7 # 71-21", "Calle 93 No. 11-26".
var gridStreetTypes = map[string]bool{
	"calle": true, "carrera": true, "cra.": true, "cra": true, "kr.": true, "cr.": true, "cl.": true, "cll.": true,
	"diagonal": true, "dg.": true, "transversal": true, "tv.": true, "avenida": true, "av.": true,
}

// gridAddress reads a grid address from the street number at [i, end):
// the street type before it, then "#" or "No.", the cross street's number
// and the house's distance from it ("71-21"). The "#" and the hyphenated
// pair keep "Calle 3" and "Avenida 5 de Mayo" alone.
func gridAddress(s string, i, end int) (span, bool) {
	words := wordsBefore(s, i, 1)
	if len(words) != 1 || !gridStreetTypes[strings.ToLower(words[0].text)] {
		return span{}, false
	}
	k := skipSpaces(s, end)
	switch {
	case strings.HasPrefix(s[k:], "#"):
		k++
	case hasPrefixFold(s[k:], "no."):
		k += len("no.")
	default:
		return span{}, false
	}
	k = skipSpaces(s, k)
	cross := digitsEnd(s, k)
	if cross == k || cross-k > 3 {
		return span{}, false
	}
	if cross < len(s) && isASCIILetter(s[cross]) {
		cross++ // "# 71A-21"
	}
	if cross+1 >= len(s) || s[cross] != '-' || !isDigit(s[cross+1]) {
		return span{}, false
	}
	house := digitsEnd(s, cross+1)
	if house-cross-1 > 3 || !numberEndOK(s, house) {
		return span{}, false
	}
	return span{words[0].start, house}, true
}

// genitiveNameTypes are the street types whose name may be a noun in the
// genitive, in lower case: Croatian, Serbian and Slovenian.
var genitiveNameTypes = map[string]bool{"bulevar": true, "bul.": true, "trg": true, "ulica": true, "ul.": true}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// lowerCaseTypes are street types that prose writes in lower case ("vivo
// en la calle Mayor 3", "ul. Marszałkowska 10", "ул. Тверская, д. 7") and
// that are no English words. "via" is one only after the Italian "in"
// ("abito in via Garibaldi 7"; "send it via Email 3 times" is English).
var lowerCaseTypes = map[string]bool{
	"calle": true, "c/": true, "avenida": true, "avda.": true, "paseo": true, "camino": true, "carrera": true,
	"viale": true, "piazza": true, "corso": true, "vicolo": true, "rua": true, "travessa": true, "praça": true,
	"alameda": true, "ul.": true, "ulica": true, "al.": true, "aleja": true, "pl.": true, "улица": true, "ул.": true,
	"проспект": true, "пр.": true, "пр-т": true, "вул.": true, "вулиця": true, "просп.": true, "пров.": true,
	"провулок": true, "бульв.": true, "οδός": true, "οδ.": true, "λεωφ.": true,
	"str.": true, "șos.": true, "şos.": true, "бул.": true, "carrer": true, "avinguda": true, "passeig": true, "plaça": true,
	"rúa": true, "praza": true, "bul.": true,
	"ulicy": true, "ulicę": true, "ulicą": true, "alei": true, "улице": true, "улицу": true, "вулиці": true, "вулицю": true,
}

func lowerCaseTypeOK(words []word, k int) bool {
	w := words[k].text
	if w == "via" {
		return k > 0 && strings.EqualFold(words[k-1].text, "in")
	}
	return lowerCaseTypes[w]
}

// withoutElision drops a French or Italian elided article: "d'Alésia" ->
// "Alésia", "dell'Indipendenza" -> "Indipendenza".
func withoutElision(w string) string {
	for _, article := range []string{"dell'", "dall'", "nell'", "sull'", "all'", "d'", "l'", "dell’", "d’", "l’"} {
		if rest, ok := strings.CutPrefix(w, article); ok {
			return rest
		}
	}
	return w
}

// isNumberSign: w is a sign for "number" written before a house number.
// wordsBefore asks it of every word with punctuation, which in CJK text
// may be a whole sentence: longer words than the longest sign ("número")
// are not lower-cased.
func isNumberSign(w string) bool {
	if len(w) > len("número") {
		return false
	}
	switch strings.ToLower(w) {
	case "nº", "n°", "no.", "n.", "nr.", "nr", "número", "numero", "num.", "№", "д.", "дом", "nr.:", "no:", "no.:", "br.":
		return true
	}
	return false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// word is one space-separated word of a line, with a trailing comma split
// off as a word of its own.
type word struct {
	text       string
	start, end int
}

// wordsFrom returns up to max words after position i, on the same line and
// in the same column: three spaces or more set off a table's columns
// ("275   189   BD     Ẅ     LATIN CAPITAL LETTER W WITH DIAERESIS" in
// iso_8859-1(7), where "189 BD Ẅ" would read as a boulevard), while a
// justified line of a manual stretches its gaps to two.
func wordsFrom(s string, i, max int) []word {
	var out []word
	for len(out) < max {
		gap := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) || s[i] == '\n' || s[i] == '\r' || i-gap >= 3 && !strings.Contains(s[gap:i], "\t") {
			break
		}
		j := i
		for j < len(s) && j-i <= maxAddressWord && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		if j-i > maxAddressWord {
			break // no word of an address (see maxAddressWord)
		}
		text := s[i:j]
		if k := cellBreak(text); k > 0 {
			// a cell's end inside the word: "742 Maple Avenue,Springfield"
			// in a CSV row, "12 rue de la République;Lyon" in a vCard's ADR
			out = append(out, word{text[:k], i, i + k}, word{",", i + k, j})
			break
		}
		if trimmed := strings.TrimRight(text, ",;:)،\"”»"); trimmed != text { // a closing quote ends a JSON value's street
			if trimmed != "" {
				out = append(out, word{trimmed, i, i + len(trimmed)})
			}
			out = append(out, word{",", i + len(trimmed), j})
			break // the street ends at a comma
		}
		out = append(out, word{text, i, j})
		i = j
	}
	return out
}

// cellBreak is where a comma or a semicolon right after a letter ends the
// first cell of a word that runs on into the next, or -1 (a decimal
// comma, "1,5", sits between digits).
func cellBreak(w string) int {
	found := -1
	for _, sep := range [...]byte{',', ';'} {
		for k := 0; ; {
			p := strings.IndexByte(w[k:], sep)
			if p < 0 || found >= 0 && k+p > found {
				break
			}
			k += p + 1
			if k-1 == 0 || k >= len(w) || w[k] == ' ' {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(w[:k-1]); unicode.IsLetter(r) {
				found = k - 1
				break
			}
		}
	}
	return found
}

// lastCellBreak is where the last cell of a word begins after a comma or a
// semicolon that ends a cell of letters or starts one ("Carter,Hauptstraße",
// ";;Hauptstraße"), a value after its key's "=" or its opening quote
// ("strasse=Hauptstraße", a JSON string's "\"Hauptstraße"), or a field or
// a component of an HL7 segment ("|||Goethestraße 17^^Frankfurt"), or -1.
func lastCellBreak(w string) int {
	k := strings.LastIndexAny(w[:max(0, len(w)-1)], ",;=\"|^")
	if k < 0 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(w[k+1:]); unicode.IsLetter(r) {
		return k
	}
	return -1
}

// maxAddressWord is the longest run without a space, in bytes, that
// wordsFrom and wordsBefore read as a word: a run of Chinese or Japanese
// (an address without spaces, "東京都千代田区丸の内1-2-3") stays well
// under it. A longer run (minified JSON, a base64 blob, a table joined by
// "|") ends the words there, so that the address detectors' look at the
// words around each number costs at most this much, not the length of the
// run: a 64 KiB body of "PID|1||" took 4.5 s before.
const maxAddressWord = 256

// wordsBefore returns up to max words before position i, on the same line,
// in text order; a word ending in a comma yields the word and a ",".
func wordsBefore(s string, i, max int) []word {
	var rev []word
	for len(rev) < max {
		for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
			i--
		}
		if i == 0 || s[i-1] == '\n' || s[i-1] == '\r' {
			break
		}
		j := i
		for j > 0 && i-j <= maxAddressWord && s[j-1] != ' ' && s[j-1] != '\t' && s[j-1] != '\n' && s[j-1] != '\r' {
			j--
		}
		if i-j > maxAddressWord {
			break // no word of an address (see maxAddressWord)
		}
		text := s[j:i]
		if k := lastCellBreak(text); k >= 0 {
			// "Emily Carter,Hauptstraße 5": the word starts the cell
			if text[k+1:] != "" {
				rev = append(rev, word{text[k+1:], j + k + 1, i})
			}
			break
		}
		if trimmed := strings.TrimRight(text, ","); trimmed != text {
			rev = append(rev, word{",", j + len(trimmed), i})
			text = trimmed
		}
		if text != "" {
			if strings.ContainsAny(text, ".;:!?") && !strings.HasSuffix(text, ".") && !isNumberSign(text) {
				break // a sentence boundary inside the word
			}
			rev = append(rev, word{text, j, j + len(text)})
		}
		i = j
	}
	out := make([]word, len(rev))
	for k, w := range rev {
		out[len(rev)-1-k] = w
	}
	return out
}
