package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namesInProse finds a person's full name in running prose, where nothing
// announces it: "please email John Smith about it", "Schreib an Klaus
// Obermeier", "my manager Tomasz Wiśniewski asked". A capitalised word
// alone is as often a product, a place or a heading, so the rule wants
// both halves of a name from the lists of gazetteer.go: a known given name
// (perhaps two, or one and an initial: "Anna K. Nowak", "Anna Maria
// Rossi"), then particles ("de la", "van der") and a known family name,
// perhaps a second one ("García Márquez"). The lists leave out given names
// that are common words ("Will", "May", "Grant Access") and family names
// that are ("Station"), so "Max Connections" and "Victoria Station" stay.
//
// A name that is part of a place's or an institution's ("Marie Curie
// Hospital", "St. John Smith Street", "San Francisco") and a name glued to
// code ("user.John", "John_Smith(") stay too (see proseNameAt), as do the
// names of the dead and of things that notableNames lists ("Grace Hopper
// Superchip", "Ada Lovelace" the GPU architecture, "John Deere" the
// tractor). A name inside a run of capitalised words is a title's or a
// product's ("GH200 Grace Hopper Superchip", "Choa Chu Kang"), unless a
// title or the sentence's start is before it: "Ask Kenji Watanabe", "an
// Herrn Klaus Obermeier". German capitalises nouns, so a name before one
// ("Klaus Obermeier Bescheid geben") is missed; that is the price.
func namesInProse(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		for i < len(s) && !nameLeads[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if r, n := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
			i += n
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) || strings.ContainsRune(codeJoints, r) {
				i++ // inside a word ("McDonald"), or an identifier's part
				continue
			}
		}
		if sp, ok := abbreviatedGivenName(s, i); ok {
			out = append(out, sp)
			i = sp.end
			continue
		}
		if sp, person := proseNameAt(s, i); sp.end > 0 {
			if person && !inStreet(s, sp) {
				out = append(out, sp)
			}
			i = sp.end
			continue
		}
		i = max(wordEnd(s, i), i+1)
	}
	return out
}

// givenAbbreviations stand for a first given name and are written before
// names only: the Filipino "Ma." (María), the Bangladeshi "Md." and the
// Malaysian "Mohd."/"Muhd." (Mohammad). After one, two capitalised words
// make a name, known to the lists or not ("Ma. Theresa Villanueva", "Md.
// Rafiqul Islam", "Mohd Faizal bin Ahmad").
var givenAbbreviations = []string{"Ma. ", "Md. ", "Md ", "Mohd. ", "Mohd ", "Muhd. ", "Muhd "}

// abbreviatedGivenName is the name that a given-name abbreviation at i
// opens, the abbreviation included.
func abbreviatedGivenName(s string, i int) (span, bool) {
	if s[i] != 'M' {
		return span{}, false
	}
	for _, abbreviation := range givenAbbreviations {
		if !strings.HasPrefix(s[i:], abbreviation) {
			continue
		}
		sp, words := capitalisedWords(s, i+len(abbreviation))
		if words < 2 || institutionAfter(s, sp.end) || companyAfter(s, sp.end) || notAName(s[sp.start:sp.end]) {
			return span{}, false
		}
		for word := range strings.FieldsSeq(s[sp.start:sp.end]) {
			if thingAfter(word) {
				return span{}, false // "Md. Supreme Court": Maryland's
			}
		}
		return span{i, sp.end}, true
	}
	return span{}, false
}

// inStreet: the name sp is part of a street's ("14 Rosemary Lane",
// "Avenida Tomás Matos, S/N"), which the address detector finds on the
// name's line, the line before (a label) and the line after (a postcode).
// A street has a number near it, so a name without one is settled at once;
// and it is short, so the lines are read at most streetReach bytes either
// side of the name: a text of names on one long line costs each name the
// same.
func inStreet(s string, sp span) bool {
	if countDigits(s[max(0, sp.start-16):min(len(s), sp.end+48)]) == 0 {
		return false
	}
	from := max(0, sp.start-streetReach)
	ls := from + strings.LastIndexByte(s[from:sp.start], '\n') + 1
	if ls > from { // the line before too: a label over a street ("Ship to:\n7 Anthony Gates")
		ls = from + strings.LastIndexByte(s[from:ls-1], '\n') + 1
	}
	to := min(len(s), sp.end+streetReach)
	le := to
	if k := strings.IndexByte(s[sp.end:to], '\n'); k >= 0 {
		if k2 := strings.IndexByte(s[sp.end+k+1:to], '\n'); k2 >= 0 {
			le = sp.end + k + 1 + k2
		}
	}
	return insideSpans(disjoint(findAddresses(s[ls:le])), sp.start-ls, sp.end-ls)
}

// streetReach bounds the text inStreet reads around a name.
const streetReach = 160

// nameLeads are the bytes a capital the lists can hold starts with: an
// ASCII capital, or the lead byte of a letter of the Latin, Greek and
// Cyrillic blocks, U+0080 to U+052F (0xC2 to 0xD4); the lists hold no
// other script, so most of a CJK text is passed over byte by byte.
var nameLeads = func() (leads [256]bool) {
	for b := 'A'; b <= 'Z'; b++ {
		leads[b] = true
	}
	for b := 0xC2; b <= 0xD4; b++ {
		leads[b] = true
	}
	return leads
}()

// codeJoints join an identifier's parts, a path's or an address's: a
// capitalised word after one is code ("user.John", "@Anna", "$Smith").
const codeJoints = "._/\\@#$%&=:<>[{"

// proseNameAt reads the name that starts at i: a known given name, then
// more given names or initials, particles and one or two family names; or,
// in the order Hungarian and East Asian names take, a known family name
// and a known given name ("Kovács Bence", "Takahashi Yuki"). It returns the
// words read as a name (none: a zero span) and whether they stand as a
// person's; the caller goes on after them either way, so "Martin Luther
// King Jr. Day" is not read again from "Luther".
func proseNameAt(s string, i int) (sp span, person bool) {
	e := wordEnd(s, i)
	first := s[i:e]
	if !secondNameWord(s, e) || !nameCased(first) || placeWords[strings.ToLower(first)] {
		return span{}, false // most capitalised words: settled before the lists are searched
	}
	end, read := 0, e
	if nominative := knownGiven(first); nominative || givenCaseForm(first) { // "Agnieszki", "Ивану": a case of a given name
		end, read = givenFirstEnd(s, e, nominative)
	}
	if end == 0 && read == e && knownFamily(first) && !streetWord(first) {
		end = familyFirstEnd(s, e)
	}
	if end == 0 && read == e {
		end = eastAsianEnd(s, i, e) // "Zhang Xiaoming", "Haruka Yamamoto", "Nguyen Van An"
	}
	if end == 0 { // given names without a family name after them are read once, not from each
		return span{i, read}, false
	}
	person = !placeBefore(s, i) && !capitalisedBefore(s, i) && !exampleBefore(s, i) && !numberBefore(s, i) &&
		!institutionAfter(s, end) && !companyAfter(s, end) && !codeAfter(s, end) && !capitalisedAfter(s, end) &&
		!modelAfter(s, end) && !notableNames[strings.ToLower(s[i:end])]
	return span{i, end}, person
}

// secondNameWord: the word after e can go on a name, as every name the
// rule reads has a second word: a capital's, or a particle's ("Pieter van
// Wyk").
func secondNameWord(s string, e int) bool {
	word, w := wordAfterSpace(s, e)
	if word == "" || startsUpper(word) {
		return word != ""
	}
	if !nameParticles[word] && !proseParticles[word] {
		return false
	}
	if w+2 >= len(s) || s[w] != ' ' {
		return false
	}
	capital, width := utf8.DecodeRuneInString(s[w+1:])
	return unicode.IsUpper(capital) && isWordRune(firstRune(s[w+1+width:])) || // "van Wyk", "van Østergaard"; not "do I"
		proseParticles[s[w+1:wordEnd(s, w+1)]] // "van der Berg"
}

// givenFirstEnd is the end of the family names after a given name that
// ends at e, or 0 if none follows; and the end of the words it read. After
// a Dutch or German particle any capitalised word is the family name
// ("Daan van Leeuwen", "Pieter van Wyk"): a given name, such a particle and
// a capital make a name whether the lists know the family or not. Not after
// a Romance one: "Dia da Liberdade", "Santiago de Compostela". A family
// name that is also a word ("Bakker", "Branca") follows only a given name
// as the lists hold it, not one read as a case ending's: "Casa Branca" is a
// place.
func givenFirstEnd(s string, e int, nominative bool) (end, read int) {
	families, particles, germanic := 0, false, false
	read = e
	for j, parts := e, 1; parts < 6 && j+1 < len(s) && s[j] == ' '; parts++ {
		j++
		w := wordEnd(s, j)
		word := s[j:w]
		base := stem(word) // "Allman's" -> "Allman", "Demir'e" -> "Demir"
		switch {
		case w == j:
		case families == 0 && word != "y" && word != "i" && (nameParticles[word] || proseParticles[strings.ToLower(word)] || surnameOpeners[word]):
			particles, germanic = true, germanic || germanicParticles[word] || surnameOpeners[word] // "von der Leyen", "Al Hashimi"
			j = w
			continue
		case families == 0 && nameCased(word) && knownGiven(word) && !knownFamily(word) && !familyWord(word):
			// a second given name ("Anna Maria Rossi"), also after a particle:
			// "Maria de Fátima Correia", "María del Carmen Ruiz"
			j, read, particles, germanic = w, w, false, false
			continue
		case nameCased(base) && (knownFamilyForm(base) || familyShapedForm(base) || articleFamily(base) ||
			nominative && familyWord(base) || germanic && families == 0) &&
			!streetWord(word):
			families++
			end, j = j+len(base), w
			if families < 2 && base == word {
				continue // a second family name may follow, but not a suffix's word ("Allman's")
			}
		case families == 0 && !particles && initialWord(word):
			j, read = w, w
			continue
		}
		break
	}
	return end, max(read, end)
}

// proseParticles join a given name to a family name beside nameParticles,
// and may be capitalised between them ("Francesca De Santis", "Gianluca
// Lo Russo", "Maria Cristina dela Cruz", "Yannick Le Goff").
var proseParticles = map[string]bool{"de": true, "di": true, "da": true, "del": true, "della": true, "dello": true,
	"dela": true, "lo": true, "le": true, "la": true, "van": true, "von": true, "der": true, "den": true, "dos": true,
	"das": true, "do": true, "du": true, "des": true, "degli": true, "ter": true, "ten": true}

// germanicParticles are the particles only names have between their words.
var germanicParticles = map[string]bool{"van": true, "von": true, "ten": true, "ter": true, "vom": true, "zu": true}

// surnameOpeners open a family name as the Dutch and German particles do:
// the Arabic article and the Irish "Ó", "Ní", "Nic", "Uí", "Mhic" ("Fatima
// Al Hashimi", "Seán Ó Murchú"): after a given name and one of them any
// capitalised word is the family name.
var surnameOpeners = map[string]bool{"Al": true, "al": true, "El": true, "Ó": true, "Ní": true, "Nic": true,
	"Uí": true, "Mhic": true}

// articleFamily: a family name joined to the Arabic article ("Al-Qahtani",
// "El-Sayed", "al-Rashid"), which the lists need not hold.
func articleFamily(word string) bool {
	if len(word) < 5 || word[2] != '-' || !latinArticle(word[:2]) {
		return false
	}
	return startsUpper(word[3:])
}

// stem is word without a suffix after an apostrophe: the English
// possessive, or a Turkish case ending ("Allman's", "Demir'e", "Yılmaz'ın");
// not "O'Connor", "D'Angelo", whose apostrophe follows one letter.
func stem(word string) string {
	k := strings.LastIndexAny(word, "'’")
	if k < 2 {
		return word
	}
	_, n := utf8.DecodeRuneInString(word[k:])
	suffix := word[k+n:]
	if suffix == "" || utf8.RuneCountInString(suffix) > 3 || strings.IndexFunc(suffix, unicode.IsUpper) >= 0 {
		return word
	}
	return word[:k]
}

// familyFirstEnd is the end of the given name after a family name that
// ends at e, or 0.
func familyFirstEnd(s string, e int) int {
	word, _ := wordAfterSpace(s, e)
	base := stem(word) // "Kovács Bence's": the possessive stays outside
	if base != "" && nameCased(base) && knownGivenForm(base) && !knownFamily(base) && !streetWord(base) {
		return e + 1 + len(base)
	}
	return 0
}

// wordAfterSpace is the word (wordEnd's) after the one space at e, and its
// end; "" and e when no space is there.
func wordAfterSpace(s string, e int) (string, int) {
	if e+1 >= len(s) || s[e] != ' ' {
		return "", e
	}
	w := wordEnd(s, e+1)
	return s[e+1 : w], w
}

// familyShaped: a capitalised word with an ending that family names have
// and few other words do ("Kowalczyk", "Petrović", "Ionescu",
// "Papadopoulos", "Benítez"): after a known given name it is the family
// name even when the lists do not know it.
func familyShaped(word string) bool {
	if utf8.RuneCountInString(word) < 5 {
		return false
	}
	lower := strings.ToLower(word)
	for _, suffix := range familySuffixes {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

var familySuffixes = []string{"sson", "ssen", "czyk", "wicz", "ski", "ska", "sky", "ský", "ská", "ović", "ević",
	"ovich", "evich", "enko", "chuk", "escu", "eanu", "poulos", "idis", "akis", "oğlu", "oglu", "shvili", "dze",
	"ez", "mann", "berg", "stein", "quist", "ström", "gren", "yan", "ов", "ова", "ев", "ева", "енко", "ук", "юк",
	"ський", "ська", "ский", "ская", "цкий", "ич", "ίδης", "άκης", "όπουλος", "ίδου", "πούλου", "άκη",
	// Lithuanian and Latvian endings, in the nominative and the dative: "Kazlauskas", "Kazlauskui",
	// "Petraitis", "Jonaitienė", "Bērziņš", "Bērziņam"
	"auskas", "auskui", "aitis", "aičiui", "ienė", "ienei", "aitė", "aitei", "iņš", "iņam",
	// Portuguese and Danish endings: "Ribeiro", "Oliveira", "Magalhães", "Carvalho", "Østergaard", "Jensen"
	"eiro", "eira", "ães", "alho", "elho", "gaard", "sen",
	// patronymics, which stand where a family name may: "Ивану Петровичу", "Ольга Сергеевна"
	"ича", "ичу", "ичем", "овна", "евна", "ична", "овны", "евны", "овне", "евне", "овну", "евну", "овной", "евной"}

// exampleBefore: the name is a specimen ("for example, John Q. Doe", "z. B.
// Max Mustermann").
func exampleBefore(s string, i int) bool {
	before := strings.ToLower(strings.TrimRight(s[max(0, i-24):i], " ,:(\"“„«"))
	for _, cue := range exampleCues {
		if strings.HasSuffix(before, cue) {
			return true
		}
	}
	return false
}

var exampleCues = []string{"example", "e.g.", "e.g", "z. b.", "z.b.", "exemple", "ejemplo", "esempio", "exemplo",
	"beispiel", "beispielsweise", "etwa", "bspw.", "np.", "např.", "such as"}

// initialWord: "K." of "Anna K. Nowak".
func initialWord(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && word[n:] == "."
}

// nameCased: a name's capitals, part by part between hyphens: each part
// capitalised ("Jean-Pierre", "Müller-Lüdenscheid"), perhaps after "O'",
// "D'", "Mc", "Mac", "De", "La" or "Da" ("O'Connor", "McKenzie",
// "DeShawn"), or an Arabic article
// before the rest ("Al-Rashid", "el-Sayed").
func nameCased(word string) bool {
	if strings.HasSuffix(word, ".") {
		return false
	}
	for rest, more := word, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, "-")
		if more && latinArticle(part) {
			continue
		}
		if !capitalised(part) && !capitalised(withoutNamePrefix(part)) {
			return false
		}
	}
	return true
}

// latinArticle: part is the Arabic article, in Latin letters, of "Al-Rashid" or "el-Sayed".
func latinArticle(part string) bool {
	return strings.EqualFold(part, "al") || strings.EqualFold(part, "el")
}

// withoutNamePrefix is part without a prefix that has a capital of its own
// after it ("O'Connor" -> "Connor", "McKenzie" -> "Kenzie", "DeShawn" ->
// "Shawn", "LaToya" -> "Toya"), or "".
func withoutNamePrefix(part string) string {
	for _, prefix := range []string{"O'", "O’", "D'", "D’", "Mc", "Mac", "De", "La", "Da"} {
		if rest, ok := strings.CutPrefix(part, prefix); ok && startsUpper(rest) {
			return rest
		}
	}
	return ""
}

// placeBefore: the word before i makes the name a place's, a saint's, a
// company's or an institution's, as Romance and other languages write the
// thing first ("St. John", "San Carlos", "Lake Louise", "rue Émile Zola",
// "lycée Victor Hugo", "salle Jules Verne", "alcaldía Benito Juárez").
func placeBefore(s string, i int) bool {
	end := i - 1
	if end < 1 || s[end] != ' ' {
		return false
	}
	if s[end-1] == '.' {
		end--
	}
	word := s[letterRunStart(s, end):end]
	return placeWords[strings.ToLower(word)] || legalForms[word] // "PT Waskita Karya": a company's
}

// placeWords name a place, a saint or an institution before a person's name.
var placeWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`st ste saint sainte san santa santo são sankt mount mt lake fort port cape lac mont isla villa north
		south east west new old upper lower great little nord süd sud ost ouest rue avenue av boulevard bd
		place allée quai quartier lycée collège école salle hôpital gare aéroport stade musée parc pont pt
		cv pd perum ville xã phường quận huyện tỉnh đường phố trường tên drumul strada str calea bulevardul
		aleea șoseaua calle avenida plaza paseo colegio escuela instituto hospital estación aeropuerto
		alcaldía colonia delegación municipio museo parque puente estadio rua praça escola liceo via piazza
		viale corso scuola ospedale stazione aeroporto ulica ul aleja plac szkoła αεροδρόμιο οδός οδό
		monte lago ponte porta torre isola casa capo cerro sierra río golfo baia praia ilha vila
		πλατεία σταθμός νοσοκομείο улица улице проспект площадь школа станция аэропорт вулиця площа`) {
		m[w] = true
	}
	return m
}()

// institutionAfter: the word after the name makes it an institution's, a
// place's, a prize's or a company's ("Marie Curie Hospital", "Johns Hopkins
// University", "Charles de Gaulle airport", "Johnson & Johnson").
func institutionAfter(s string, end int) bool {
	if end >= len(s) || s[end] != ' ' {
		return false // glued to what follows: codeAfter's
	}
	rest := strings.TrimLeft(s[end:], " ")
	return strings.HasPrefix(rest, "&") || thingAfter(stem(rest[:wordEnd(rest, 0)])) // "Pearson airport's"
}

// institutionWords follow a person's name in the names of things named
// after people: true, in either case ("Charles de Gaulle airport"); false,
// only capitalised, as they are also verbs or common words in lower case
// ("Marie Curie Hall", but "have John Smith close the ticket").
var institutionWords = map[string]bool{
	"hospital": true, "clinic": true, "klinik": true, "klinikum": true, "university": true, "universität": true,
	"université": true, "universidad": true, "università": true, "universidade": true, "college": true,
	"institute": true, "institut": true, "instituto": true, "istituto": true, "school": true, "schule": true,
	"gymnasium": true, "école": true, "escuela": true, "academy": true, "akademie": true, "foundation": true,
	"stiftung": true, "fondation": true, "fundación": true, "fundação": true, "fondazione": true, "center": true,
	"centre": true, "zentrum": true, "museum": true, "musée": true, "museo": true, "library": true,
	"theatre": true, "theater": true, "stadium": true, "stadion": true, "arena": true, "bridge": true,
	"tower": true, "building": true, "memorial": true, "prize": true, "award": true, "medal": true, "preis": true,
	"prix": true, "premio": true, "airport": true, "aeroporto": true, "aéroport": true, "aeropuerto": true,
	"flughafen": true, "station": true, "bahnhof": true, "gare": true, "estación": true, "street": true,
	"road": true, "avenue": true, "boulevard": true, "blvd": true, "square": true, "straße": true,
	"strasse": true, "platz": true, "allee": true, "church": true, "kirche": true, "cathedral": true,
	"chapel": true, "hotel": true, "inc": true, "ltd": true, "llc": true, "gmbh": true, "company": true,
	"corporation": true, "syndrome": true, "disease": true, "theorem": true, "equation": true,
	"algorithm": true, "distribution": true, "crescent": true, "terrace": true, "gardens": true, "mews": true,
	"marg": true, "nagar": true,
	"hall": false, "park": false, "st": false, "rd": false, "ave": false, "lane": false, "drive": false,
	"str": false, "weg": false, "ring": false, "high": false, "elementary": false, "middle": false,
	"corp": false, "group": false, "sons": false, "effect": false, "method": false, "law": false,
	"principle": false, "test": false, "scale": false, "index": false, "way": false, "lake": false,
	"keys": false, "close": false, "court": false, "courts": false, "grove": false, "place": false,
	"isle": false, "vale": false, "rise": false, "parade": false, "heights": false, "squares": false,
	"ville": false,
}

// thingAfter: word, after a name, makes it a thing's (institutionWords).
func thingAfter(word string) bool {
	anyCase, ok := institutionWords[strings.ToLower(word)]
	return ok && (anyCase || startsUpper(word))
}

// streetWord: a name's last word that is a street's type or a place's
// ("Queen Victoria Street", "Taylor Way", "Sheth Marg"), which no one's
// family name is often enough to read it as one; "Hall", "Park" and
// "Lane" are.
func streetWord(word string) bool {
	switch strings.ToLower(word) {
	case "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "way", "court", "courts",
		"close", "crescent", "terrace", "place", "grove", "gardens", "square", "squares", "station", "keys",
		"isle", "marg", "nagar", "ville", "mews", "vale", "rise", "parade", "heights", "straße", "strasse",
		"str", "platz", "allee", "weg", "airport", "hospital", "university", "college", "school":
		return true
	}
	return false
}

// capitalisedBefore: the word before i is capitalised and neither starts
// its sentence nor is a courtesy title ("GH200 Grace", "Choa Chu", but
// not "Ask Kenji", "Herrn Klaus", "CEO Satya").
func capitalisedBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	end := i - 1
	start := letterRunStart(s, end)
	word := s[start:end]
	if start > 0 && s[start-1] == '-' { // a capitalised compound's last part ("Jean-Luc Picard" read from "Picard"); not "e-mailt Nagy"
		return capitalised(word)
	}
	if word == "" || !capitalised(word) || sentenceStart(s, start) || titleAt(s, start, true) > 0 {
		return false
	}
	return !proseTitles[strings.ToLower(word)]
}

// proseTitles are the courtesy titles and ranks of a name in prose whose
// form courtesyTitles does not hold: declined ("Herrn"), or without a
// full stop ("Prof", "Dr").
var proseTitles = map[string]bool{"herrn": true, "prof": true, "dr": true, "professor": true, "professorin": true,
	"doktor": true, "captain": true, "kapitän": true, "sister": true, "father": true, "pastor": true,
	"senator": true, "judge": true, "richter": true, "richterin": true, "officer": true, "detective": true,
	"inspector": true, "sergeant": true, "nurse": true, "coach": true, "uncle": true, "aunt": true, "auntie": true,
	"onkel": true, "tante": true, "oma": true, "opa": true, "tío": true, "tía": true, "tio": true, "tia": true,
	"don": true, "doña": true, "dona": true, "monsieur": true, "madame": true, "mademoiselle": true, "signor": true,
	"signora": true, "pani": true, "pan": true, "panem": true, "panią": true, "paní": true, "pana": true,
	"kollegin": true, "kollege": true, "kunde": true, "kundin": true, "patient": true, "patientin": true}

// capitalisedAfter: a word with a capital follows the name on its sentence
// ("Grace Hopper Superchip", "Lee Kuan Yew", "Rose Gold iPhone"); a suffix
// ("Jr.") or an acronym ("John Smith CEO") is no such word.
func capitalisedAfter(s string, end int) bool {
	next, _ := wordAfterSpace(s, end)
	word := strings.TrimSuffix(next, ".")
	return utf8.RuneCountInString(word) > 1 && strings.IndexFunc(word, unicode.IsUpper) >= 0 && !allUpper(word) &&
		!nameSuffixes[word]
}

// modelAfter: a model's number or a Roman numeral follows ("Škoda Octavia
// III", "John Deere 5075E"): the words are a product's.
func modelAfter(s string, end int) bool {
	word, w := wordAfterSpace(s, end)
	if w > end && isDigit(s[end+1]) {
		return true
	}
	return word != "" && strings.Trim(word, "IVX") == "" && (w == len(s) || !isWordRune(firstRune(s[w:])))
}

// nameSuffixes follow a family name as part of the name.
var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "Jun": true, "Sen": true}

// numberBefore: a house number or a postcode stands right before the name
// (digits, perhaps with a letter), as before a street named after a person
// ("7 Anthony Gates", "982 Valerie Grove") that no street type the address
// detector knows ends, or before a town named so ("75625464 Rocha de
// Araújo"); a time or a span of years ("10.15 Mikko Virtanen", "© 1998-2004
// Miquel van Smoorenburg") is no such number.
func numberBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	start := strings.LastIndexAny(s[:i-1], " \n\t") + 1
	token := strings.TrimRight(s[start:i-1], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	return token != "" && len(s[start:i-1])-len(token) <= 1 && len(token) <= 10 && countDigits(token) == len(token)
}

// companyAfter: a legal form follows the name, perhaps after a particle,
// or the family firm's "and sons": a company named after its owner ("Juan
// Espinoza Rivera E.I.R.L.", "Ernst Dussen van KG", "Torres Marques e
// Filhos").
func companyAfter(s string, end int) bool {
	if legalFormAfter(s, end) || strings.HasPrefix(s[end:], " -") && legalFormAfter(s, end+2) {
		return true
	}
	next, w := wordAfterSpace(s, end)
	if next == "" {
		return false
	}
	if proseParticles[next] && legalFormAfter(s, w) {
		return true
	}
	if w+1 < len(s) && andWords[strings.ToLower(next)] {
		return sonsWords[strings.ToLower(s[w+1:wordEnd(s, w+1)])]
	}
	return false
}

var (
	andWords  = map[string]bool{"et": true, "e": true, "y": true, "und": true, "and": true, "en": true, "i": true}
	sonsWords = map[string]bool{"fils": true, "filhos": true, "hijos": true, "figli": true, "söhne": true,
		"sons": true, "zonen": true, "synové": true, "synowie": true}
)

// codeAfter: the name runs on into code ("John_Smith", "Smith(",
// "Smith.java", "Smith="), or its last word goes on after a hyphen at the
// line's end.
func codeAfter(s string, end int) bool {
	if end >= len(s) {
		return false
	}
	switch s[end] {
	case '_', '(', '=', '/', '\\', '@', '[', '{', '<':
		return true
	case '.':
		return end+1 < len(s) && isASCIILetter(s[end+1])
	case '-':
		return true // "Kafka Stan-\ndard": a word broken at the line's end
	}
	return strings.HasPrefix(s[end:], "‐") || strings.HasPrefix(s[end:], "\u00ad") // the hyphen and the soft hyphen of typeset text
}
