package scrub

import "strings"

// The identity documents' own numbers and the health and tax numbers of
// the eighth blind table's countries (realworld8_test.go): the number of an
// identity card, a driving licence or a travel document after the label
// that names it, and the schemes below, each with its own check where it
// has one.
var docIDSchemes = []idScheme{
	{fit: fitTaiwanID, lengths: lengths(10), cues: cueSet{stems: []string{"身分證", "身份證", "統一編號", "统一编号", "國民身分", "taiwan id"}}},
	{fit: fitEmiratesID, lengths: lengths(15), cues: cueSet{stems: []string{"emirates id", "الهوية الإماراتية", "رقم الهوية"}}},
	{fit: fitMedicare, lengths: lengths(10, 11), cues: cueSet{stems: []string{"medicare"}}},
	{fit: fitNHI, lengths: lengths(7), cues: cueSet{words: []string{"nhi", "nhi no", "nhi number"}, stems: []string{"national health index"}}},
	{fit: fitIRD, lengths: lengths(8, 9), cues: cueSet{words: []string{"ird", "ird no", "ird number"}, stems: []string{"inland revenue"}}},
	{fit: fitRAMQ, lengths: lengths(12), ownCuesOnly: true, cues: cueSet{words: []string{"ramq", "nam"}, stems: []string{"assurance maladie", "assurance-maladie"}}},
	{fit: fitSVNummer, lengths: lengths(12), cues: cueSet{stems: []string{"sv-nummer", "sv-nr", "sv nummer", "sozialversicherungsnummer",
		"rentenversicherungsnummer", "rv-nummer", "rvnr", "versicherungsnummer"}}},
	{fit: fitNPWP, lengths: lengths(15), ownCuesOnly: true, ofPerson: true, cues: cueSet{words: []string{"npwp"}, stems: []string{"nomor pokok wajib pajak"}}},
	{fit: fitBHYT, lengths: lengths(15), ownCuesOnly: true, cues: cueSet{words: []string{"bhyt"}, stems: []string{"bảo hiểm y tế", "bao hiem y te"}}},
	{fit: fitNIDA, lengths: lengths(20), ownCuesOnly: true, cues: cueSet{words: []string{"nida"}, stems: []string{"kitambulisho cha taifa", "namba ya utambulisho"}}},
	{fit: fitTIN, lengths: lengths(9, 10, 11, 12), ownCuesOnly: true, ofPerson: true, cues: cueSet{words: []string{"tin", "tin no", "tin no."}, stems: []string{"taxpayer identification", "tax identification number"}}},
	{fit: fitDocumentNumber, lengths: lengths(6, 7, 8, 9, 10, 11, 12), ownCuesOnly: true, cues: documentNumberCues},
	// the thirteenth blind table's forms (realworld13_test.go)
	{fit: fitPolishIDCard, lengths: lengths(9), cues: cueSet{stems: []string{"dowód osobisty", "dowodu osobistego", "dowód",
		"dowodu", "seria i numer dowodu", "nr dowodu"}}},
	{fit: fitRG, lengths: lengths(9), ownCuesOnly: true, cues: cueSet{words: []string{"rg", "r.g."}, stems: []string{
		"registro geral", "carteira de identidade", "cédula de identidade", "cedula de identidade"}}},
	{fit: fitAFM, lengths: lengths(9), ownCuesOnly: true, ofPerson: true, cues: cueSet{words: []string{"αφμ", "α.φ.μ.", "α.φ.μ", "afm"}}},
	{fit: fitLicenceNumber, lengths: lengths(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18), ownCuesOnly: true, cues: drivingLicenceCues},
	{fit: fitCuedDigits, lengths: lengths(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), ownCuesOnly: true, cues: benefitNumberCues},
}

// fitPolishIDCard: Poland's identity card (dowód osobisty), three letters
// and six digits, the first digit a check over the others with weights
// 7 3 1 9 7 3 1 7 3 (letters as 10..35), compact or with a space ("ABA
// 348291").
func fitPolishIDCard(t *idToken) idFit {
	k := t.groupsOf(9)
	c := t.chars[:9]
	if k == 0 || !(k == 1 || t.layout(k, 3, 6)) || t.lowerIn(k) || !allLetters(c[:3]) || !allDigits(c[3:]) {
		return idFit{}
	}
	sum := 0
	for i, w := range [9]int{7, 3, 1, 9, 7, 3, 1, 7, 3} {
		v := int(c[i] - '0')
		if i < 3 {
			v = int(c[i]-'A') + 10
		}
		sum += v * w
	}
	if sum%10 != 0 {
		return idFit{}
	}
	return cued(k)
}

// fitRG: the Brazilian identity card's number (Registro Geral) as São
// Paulo and most states issue it, eight digits and a check (the digits
// weighted 2 to 9, mod 11; 10 written "X"), dotted ("48.291.736-9") or
// compact.
func fitRG(t *idToken) idFit {
	k := t.groupsOf(9)
	c := t.chars[:9]
	if k == 0 || !(k == 1 || t.layout(k, 2, 3, 3, 1) && t.sepsAre(k, "..-") || t.layout(k, 8, 1) && t.sepsAre(k, "-")) ||
		!allDigits(c[:8]) {
		return idFit{}
	}
	want := byte('X') // a check of 10
	if check := weightedSum(c, 2, 3, 4, 5, 6, 7, 8, 9) % 11; check < 10 {
		want = byte('0' + check)
	}
	if c[8] != want {
		return idFit{}
	}
	return cued(k)
}

// fitAFM: Greece's tax number (ΑΦΜ), nine digits, the last a check: the
// others weighted by powers of two, mod 11, mod 10. Companies have one
// too, so the scheme is ofPerson.
func fitAFM(t *idToken) idFit {
	k, d := t.digitGroups(9)
	if k != 1 || (weightedSum(d, 256, 128, 64, 32, 16, 8, 4, 2)%11)%10 != int(d[8]-'0') {
		return idFit{}
	}
	return cued(k)
}

// drivingLicenceCues name a driving licence, whose number no check marks
// and whose shape varies by country and state ("48291736", "130875104827",
// "J482-9173-6502", "MORGA807113TM9IJ"): a number right after these words
// is the holder's.
var drivingLicenceCues = cueSet{stems: []string{
	"driving licence", "driving license", "driver's licence", "driver's license", "drivers licence", "drivers license",
	"driver licence", "driver license", "führerschein", "permis de conduire", "licencia de conducir", "licencia de conducción",
	"carné de conducir", "carnet de conducir", "carteira de habilitação", "carteira nacional de habilitação",
	"patente di guida", "patente n", "prawo jazdy", "prawa jazdy", "rijbewijs", "körkort", "førerkort", "kørekort",
	"ajokortti", "řidičský průkaz", "řidičského průkazu", "vodičský preukaz", "ehliyet", "sürücü belgesi",
	"водительское удостоверение", "водительского удостоверения", "водійське посвідчення", "δίπλωμα οδήγησης",
	"運転免許", "驾驶证", "駕駛執照", "운전면허", "giấy phép lái xe", "bằng lái", "surat izin mengemudi",
	"رخصة القيادة", "רישיון נהיגה",
}}

// fitLicenceNumber: a driving licence's number, 6 to 18 capitals and
// digits with at least five digits, in groups joined by hyphens or spaces;
// the last group holds a digit, so a state or a class after it ("48291736
// NSW", "… B") stays.
func fitLicenceNumber(t *idToken) idFit {
	best, digits := 0, 0
	for k := 1; k <= t.ng && !t.lower[k-1]; k++ {
		if k > 1 && t.seps[k-2] != '-' && t.seps[k-2] != ' ' {
			break
		}
		start := 0
		if k > 1 {
			start = t.ends[k-2]
		}
		group := t.chars[start:t.ends[k-1]]
		lastHasDigit := false
		for _, c := range group {
			if isDigit(c) {
				digits++
				lastHasDigit = true
			}
		}
		if n := t.ends[k-1]; n >= 6 && n <= 18 && digits >= 5 && lastHasDigit {
			best = k
		}
	}
	if best == 0 || dateGroups(t, best) && t.digits == t.ends[best-1] {
		return idFit{}
	}
	return cued(best)
}

// benefitNumberCues name the number a state's social security, health
// insurance, pension or tax office, or a person's insurer, bank or utility,
// gives a person, in the countries of the blind tables: a run of digits
// after them is that person's, whatever its check (most have none this
// package knows, or one that the grouping hides). Company numbers are not
// here: a "TIN" or an "ΑΦΜ" numbers firms as often.
var benefitNumberCues = cueSet{
	words:    []string{"sss no", "sss no.", "sss number", "sss #", "svnr", "sv-nr.", "niss", "uan"},
	acronyms: []string{"sss", "bvn", "nss", "cns", "pcn"},
	stems: []string{
		"philhealth", "philsys", "bank verification number", "kra pin", "número de seguridad social",
		"numero de seguridad social", "número de afiliación", "n.º afiliación", "nº afiliación", "n° afiliación",
		"afiliación seguridad social", "cartão sus", "cartao sus", "cartao_sus", "cartão_sus",
		"cartão nacional de saúde", "número de segurança social", "numero de seguranca social", "segurança social",
		"health card", "carte santé", "nhs number", "nhs no", "chi number", "基礎年金番号", "年金番号", "被保険者番号",
		"保険者番号", "n° d'adhérent", "numéro d'adhérent", "n° adhérent", "numéro étranger", "n° étranger",
		"n° d'étranger", "référence client", "réf. client", "numéro client", "numéro de client", "n° client",
		"رقم الملف الطبي", "medical record number", "sozialversicherungsnummer", "versicherungsnummer",
		"nomor kartu bpjs", "kartu bpjs", "no. bpjs", "pension number", "universal account number",
		// the sixteenth blind table's: a utility's or a telecom's customer
		// account, an insurer's insured number, a parcel locker's customer
		// number, loyalty and frequent-flyer cards
		"account number", "account no", "acct no", "versichertennummer", "versicherten-nr", "postnummer",
		"bahncard-nr", "bahncard nr", "aeroplan number", "frequent flyer number", "frequent flyer no",
		"carte avantage", "cartafreccia", "お得意様番号",
		// the seventeenth blind table's: a hospital's, a benefit office's, a
		// school's, a register's and an insurer's number of a person
		"hospital number", "hospital no", "centrelink crn", "abha no", "abha number", "zmr-zahl", "n° fiscal",
		"numéro fiscal", "numéro allocataire", "n° allocataire", "n° d'assuré", "numéro d'assuré", "nº ss", "n° ss",
		"n.º ss", "n° de afiliado", "nº de afiliado", "número de afiliado", "tessera sanitaria", "número do benefício",
		"n.º de utente", "número de utente", "nº de utente", "полис омс", "лицевой счёт", "лицевой счет",
		"被保険者記号", "医保卡号", "bg-nummer",
	},
}

// fitCuedDigits: six to twenty digits, in one group or in groups joined by
// hyphens, spaces or slashes ("4823 120386", "28/10482917/67",
// "34-8291736-5", "898 0048 2917 3604"), not in a date's groups (a
// version's full stops, "10.0.19041.1288", are none of them either); or
// Kenya's KRA PIN, a letter, nine digits and a letter, an individual's
// starting with "A" ("A014829173K"; a company's starts with "P").
func fitCuedDigits(t *idToken) idFit {
	if t.ng > 0 && t.ends[0] == 11 && t.chars[0] == 'A' && !t.lower[0] && isASCIILetter(t.chars[10]) &&
		allDigits(t.chars[1:10]) {
		return cued(1)
	}
	best := 0
	for k := 1; k <= t.ng; k++ {
		n := t.ends[k-1]
		if n > 20 || !allDigits(t.chars[:n]) || k > 1 && strings.IndexByte("- /", t.seps[k-2]) < 0 {
			break
		}
		if n >= 6 {
			best = k
		}
	}
	if best == 0 || dateGroups(t, best) {
		return idFit{}
	}
	return cued(best)
}

// dateGroups: the first k groups are a date's, year first or last
// ("2024-01-15", "15/01/2024").
func dateGroups(t *idToken, k int) bool {
	return t.layout(k, 4, 2, 2) || t.layout(k, 2, 2, 4)
}

// documentNumberCues are the labels of an identity document's own number
// (an identity card's, a driving licence's, a travel document's), in the
// languages of the cards the table holds and their neighbours. An invoice's
// or a contract's "document number" is a bare "Document No." too, so the
// generic English label counts only as cards print it, beside another
// language's label or over its value (see fitDocumentNumber's shapes).
var documentNumberCues = cueSet{stems: []string{
	"document no", "document number", "doc. no", "número documento", "número de documento", "numero de documento",
	"n° de documento", "nº de documento", "okmányazonosító", "okmány azonosító", "číslo dokladu", "číslo dokumentu",
	"číslo občianskeho", "číslo občanského", "dokumendi number", "dokumendi nr", "dokumento numeris", "dokumenta numurs",
	"seri no", "belge no", "licence no", "license no", "licence number", "license number", "driving licence no",
	"driver's license no", "driver license no", "travel document", "numer dokumentu", "broj dokumenta",
	"broj osobne", "broj lične", "номер документа", "номер на документа", "numéro du document", "numéro de document",
	"dokumentnummer", "kartennummer", "numero documento", "número do documento", "免許証番号", "免許番号",
	// an identity card's own label (the thirteenth blind table): "carta
	// d'identità n. CA48291KM"
	"carta d'identità", "carta di identità", "carta d'identita", "carte d'identité", "carte nationale d'identité",
	"identiteitskaart", "id-kaart", "identity card", "id card", "občanský průkaz", "občanského průkazu",
}}

// fitDocumentNumber: an identity document's number after its label, which
// no common check marks: one group of 7 to 12 capitals and digits, at
// least five digits and a letter ("482917AE", "EA482917", "A48J29173",
// "4820001729XK"), or digits in dotted groups of three ("104.829.173").
// A bare run of digits is left to the schemes with a check, and to a
// passport's: the fit runs on every number of six to twelve characters,
// and a letter or the dots settle most of them before the cue is sought.
func fitDocumentNumber(t *idToken) idFit {
	if t.ng == 0 || t.lower[0] {
		return idFit{}
	}
	if n := t.ends[0]; n >= 7 && n <= 12 && t.digits < n { // a letter in it: the letters and digits are all the token holds
		digits := 0
		for _, b := range t.chars[:n] {
			if isDigit(b) {
				digits++
			}
		}
		if digits >= 5 {
			return cued(1)
		}
		return idFit{}
	}
	// dotted groups of three digits, two to four of them
	k := 0
	for k < t.ng && k < 4 && t.ends[k] == 3*(k+1) && t.digits >= 3*(k+1) && (k == 0 || t.seps[k-1] == '.') {
		k++
	}
	if k >= 2 {
		return cued(k)
	}
	return idFit{}
}

// spacedOr: the first k groups are joined by sep alone.
func (t *idToken) spacedOr(k int, sep byte) bool {
	for g := 0; g < k-1; g++ {
		if t.seps[g] != sep {
			return false
		}
	}
	return true
}

// taiwanLetters are the values of a Taiwan id's first letter, A=10 …
var taiwanLetters = [26]int{10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33}

// fitTaiwanID: Taiwan's national id, a letter, 1 or 2 (the sex) and eight
// digits, the last a check over the letter's value and the digits.
func fitTaiwanID(t *idToken) idFit {
	c := t.chars[:10]
	if t.groupsOf(10) != 1 || t.lowerIn(1) || !isASCIILetter(c[0]) || !allDigits(c[1:]) || c[1] != '1' && c[1] != '2' {
		return idFit{}
	}
	v := taiwanLetters[c[0]-'A']
	sum := v/10 + v%10*9
	for i := 1; i <= 8; i++ {
		sum += int(c[i]-'0') * (9 - i)
	}
	if (sum+int(c[9]-'0'))%10 != 0 {
		return idFit{}
	}
	return cued(1)
}

// fitEmiratesID: the UAE's id, 784, the year of birth, seven digits and a
// Luhn check, printed 784-YYYY-NNNNNNN-C: that shape stands alone (784 is
// the country's code, and the check makes a chance match rare); compact, a
// cue must name it.
func fitEmiratesID(t *idToken) idFit {
	k, d := t.digitGroups(15)
	if k == 0 || string(d[:3]) != "784" || !luhn(d) {
		return idFit{}
	}
	if y := digitsValue(d[3:7]); y < 1900 || y > 2099 {
		return idFit{}
	}
	switch {
	case t.layout(k, 3, 4, 7, 1) && t.sepsAre(k, "---"):
		return standalone(k)
	case k == 1:
		return cued(k)
	}
	return idFit{}
}

// fitMedicare: Australia's Medicare card number, ten digits (the first 2
// to 6, the ninth a check over the first eight with weights 1, 3, 7, 9)
// and the card's issue number, printed 4-5-1, with the person's reference
// number after it sometimes ("2948 17366 1 2").
func fitMedicare(t *idToken) idFit {
	k, d := t.digitGroups(10)
	if k == 0 || d[0] < '2' || d[0] > '6' || !(k == 1 || t.layout(k, 4, 5, 1)) {
		return idFit{}
	}
	sum := 0
	for i, w := range []int{1, 3, 7, 9, 1, 3, 7, 9} {
		sum += int(d[i]-'0') * w
	}
	if sum%10 != int(d[8]-'0') {
		return idFit{}
	}
	return cued(k)
}

// nhiLetters are the letters of a New Zealand NHI (no I, no O), valued 1 to 24.
const nhiLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ"

// fitNHI: New Zealand's National Health Index number, three letters and
// four digits, the last a mod-11 check (the format issued until 2022).
func fitNHI(t *idToken) idFit {
	c := t.chars[:7]
	if t.groupsOf(7) != 1 || t.lowerIn(1) || !allLetters(c[:3]) || !allDigits(c[3:]) {
		return idFit{}
	}
	sum := 0
	for i := 0; i < 3; i++ {
		v := indexByte(nhiLetters, c[i]) + 1
		if v == 0 {
			return idFit{}
		}
		sum += v * (7 - i)
	}
	for i := 3; i < 6; i++ {
		sum += int(c[i]-'0') * (7 - i)
	}
	check := 11 - sum%11
	if check == 11 || check%10 != int(c[6]-'0') {
		return idFit{}
	}
	return cued(1)
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// fitIRD: New Zealand's IRD number, eight or nine digits (printed
// 049-182-732), whose last is a mod-11 check with two sets of weights.
func fitIRD(t *idToken) idFit {
	for n := 9; n >= 8; n-- {
		k, d := t.digitGroups(n)
		if k == 0 || !(k == 1 || t.layout(k, n-6, 3, 3) && t.sepsAre(k, "--")) {
			continue
		}
		var p [9]byte
		copy(p[9-n:], d)
		for i := 0; i < 9-n; i++ {
			p[i] = '0'
		}
		if irdCheck(p[:8], []int{3, 2, 7, 6, 5, 4, 3, 2}, []int{7, 4, 3, 2, 5, 2, 7, 6}) == int(p[8]-'0') {
			return cued(k)
		}
	}
	return idFit{}
}

// irdCheck is the IRD number's check digit, or -1 when it has none.
func irdCheck(d []byte, weights ...[]int) int {
	for _, w := range weights {
		sum := 0
		for i, x := range w {
			sum += int(d[i]-'0') * x
		}
		check := 0
		if r := sum % 11; r != 0 {
			check = 11 - r
		}
		if check != 10 {
			return check
		}
	}
	return -1
}

// fitRAMQ: Quebec's health insurance number, three letters of the family
// name and one of the given name, the birth date (yy, mm with 50 added for
// a woman, dd) and two digits, printed "GAGJ 8503 1514". No public check.
func fitRAMQ(t *idToken) idFit {
	k := t.groupsOf(12)
	c := t.chars[:12]
	if k == 0 || t.lowerIn(k) || !(k == 1 || t.layout(k, 4, 4, 4)) || !allLetters(c[:4]) || !allDigits(c[4:]) {
		return idFit{}
	}
	m := digitsValue(c[6:8]) % 50
	if !validDate(2000+digitsValue(c[4:6]), m, digitsValue(c[8:10])) {
		return idFit{}
	}
	return cued(k)
}

// fitSVNummer: Germany's pension insurance number, the area (2 digits),
// the birth date (ddmmyy), the birth name's initial, a serial (2 digits)
// and a check over all of them with the letter as its place in the
// alphabet, printed "65 070390 B 486".
func fitSVNummer(t *idToken) idFit {
	k := t.groupsOf(12)
	c := t.chars[:12]
	if k == 0 || t.lowerIn(k) || !(k == 1 || t.layout(k, 2, 6, 1, 3)) || !allDigits(c[:8]) || !isASCIILetter(c[8]) || !allDigits(c[9:]) {
		return idFit{}
	}
	if !validDDMMYY(c[2:8]) {
		return idFit{}
	}
	letter := int(c[8]-'A') + 1
	d := append(append([]byte{}, c[:8]...), byte('0'+letter/10), byte('0'+letter%10), c[9], c[10])
	sum := 0
	for i, w := range []int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1} {
		p := int(d[i]-'0') * w
		sum += p/10 + p%10
	}
	if sum%10 != int(c[11]-'0') {
		return idFit{}
	}
	return cued(k)
}

// fitNPWP: Indonesia's tax number, fifteen digits printed
// "09.482.917.3-013.000"; a person's is as personal as the NIK. Only that
// shape, after its own name.
func fitNPWP(t *idToken) idFit {
	if k, _ := t.digitGroups(15); k > 0 && t.layout(k, 2, 3, 3, 1, 3, 3) && t.sepsAre(k, "...-.") {
		return cued(k)
	}
	return idFit{}
}

// fitBHYT: Viet Nam's health insurance card number, two letters (the
// beneficiary's group) and thirteen digits.
func fitBHYT(t *idToken) idFit {
	c := t.chars[:15]
	if t.groupsOf(15) != 1 || t.lowerIn(1) || !allLetters(c[:2]) || !allDigits(c[2:]) {
		return idFit{}
	}
	return cued(1)
}

// fitNIDA: Tanzania's national id, twenty digits printed 8-5-5-2, the
// first eight the birth date (yyyymmdd).
func fitNIDA(t *idToken) idFit {
	k, d := t.digitGroups(20)
	if k == 0 || !(k == 1 || t.layout(k, 8, 5, 5, 2)) || !validDate(digitsValue(d[:4]), digitsValue(d[4:6]), digitsValue(d[6:8])) {
		return idFit{}
	}
	return cued(k)
}

// fitTIN: a taxpayer identification number of 9 to 12 digits after "TIN"
// (Ethiopia's, the Philippines', Nigeria's), which no common check marks.
func fitTIN(t *idToken) idFit {
	for n := 12; n >= 9; n-- {
		if k, _ := t.digitGroups(n); k > 0 && (k == 1 || t.spacedOr(k, '-')) {
			return cued(k)
		}
	}
	return idFit{}
}

// ofPersonReach is how far before a tax number a person's name or birth
// date may stand to make the number theirs: the field above it in a pay
// slip, or the clause around it in a letter.
const ofPersonReach = 96

// personBefore: the placeholder of a person's name or birth date stands in
// the ofPersonReach bytes before i. The names and birth dates are masked
// after the national ids (see detectors), and the ids are sought again in
// the text they leave (TextIn), so a tax number is taken on that pass.
func personBefore(s string, i int) bool {
	lo := max(0, i-ofPersonReach)
	for p := range indexesOf(s[lo:i], "<") {
		if k, _, _, m := matchPlaceholder(s, lo+p, false); m == fullPlaceholder && (k == Name || k == DateOfBirth) {
			return true
		}
	}
	return false
}

// issuerWords in an id's label make the id a company's: the issuer of a
// receipt, a seller, a supplier ("RUT emisor: 76.482.913-1"), or a
// company register's number ("Tic. Sicil No: 482917", Turkey's trade
// register).
var issuerWords = []string{"emisor", "emitente", "issuer", "empresa", "company", "proveedor", "supplier", "vendor", "seller",
	"vendedor", "ticaret sicil", "tic. sicil", "cégjegyzék", "handelsregister", "reg. com"}

// companyHeld reports whether the id at i is a company's, as an invoice or
// a contract's parties clause writes it: right after the company's name
// and its legal form, a comma and the id's label between ("Adriatic
// Digital d.o.o., OIB 64829173058", "Inmobiliaria Los Andes SpA, RUT …"),
// or after a label that names the issuer. Some schemes number people and
// companies alike (an OIB, a RUT), so the check cannot tell them apart.
func companyHeld(s string, i int) bool {
	lo := lineWindowStart(s, i, holderLabelReach)
	if lineWindowHas(s, i, holderLabelReach, issuerWords) {
		return true
	}
	c := strings.LastIndex(s[lo:i], ", ")
	if c < 0 {
		return false
	}
	before := strings.TrimRight(s[:lo+c], ".")
	w := before[strings.LastIndexAny(before, " \t\n")+1:]
	return legalForms[strings.ToUpper(w)] || legalForms[strings.ToUpper(w)+"."]
}
