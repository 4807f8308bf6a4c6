package scrub

import "strings"

// idSchemes are the national identity numbers findNationalIDs knows, each
// with its layouts and checks (fit) and the words that name it. A fit is
// standalone only for shapes that are rare outside their scheme; the rest
// need a cue (see findNationalIDs). The fit functions are named after the
// scheme; the first scheme that takes a token wins.
var idSchemes = []idScheme{
	{fit: fitCPF, lengths: lengths(11), cues: cueSet{words: []string{"cpf", "c.p.f"}, stems: []string{"cadastro de pessoa"}}},
	{fit: fitPESEL, lengths: lengths(11), cues: cueSet{stems: []string{"pesel"}}},
	{fit: fitNINO, lengths: lengths(9), cues: cueSet{words: []string{"nino", "nin", "ni no", "ni number", "ni"}, stems: []string{"national insurance", "nat ins"}}},
	{fit: fitPersonnummer, lengths: lengths(10, 12), cues: cueSet{words: []string{"pnr", "personnr", "pers.nr"}, stems: []string{"personnum", "samordningsnum"}}},
	{fit: fitFodselsnummer, lengths: lengths(11), cues: cueSet{words: []string{"fnr", "f.nr"}, stems: []string{"fødselsn", "fodselsn", "personnum"}}},
	{fit: fitCPR, lengths: lengths(10), ownCuesOnly: true, cues: cueSet{words: []string{"cpr"}, stems: []string{"cpr-n", "cpr n", "personnum"}}},
	{fit: fitHETU, lengths: lengths(10, 11), cues: cueSet{words: []string{"hetu"}, stems: []string{"henkilötunnus", "personbeteckning"}}},
	{fit: fitDNI, lengths: lengths(9), cues: spanishIDCues},
	{fit: fitNIE, lengths: lengths(9), cues: spanishIDCues},
	{fit: fitCodiceFiscale, lengths: lengths(16), cues: cueSet{words: []string{"cf", "c.f"}, stems: []string{"codice fiscale", "cod. fisc", "cod.fisc"}}},
	{fit: fitBSN, lengths: lengths(9), cues: cueSet{words: []string{"bsn"}, stems: []string{"burgerservicen", "sofinummer", "sofi-nummer", "sofi nummer"}}},
	{fit: fitSteuerID, lengths: lengths(11), cues: cueSet{words: []string{"tin"}, stems: []string{"steuer-id", "steuerid", "steuer id", "steueridentifikationsn", "steuer-identifikationsn", "steuerliche identifikationsn", "identifikationsnummer", "idnr", "id-nr", "tax id"}}},
	{fit: fitNIR, lengths: lengths(15), cues: cueSet{words: []string{"nir", "insee", "n° ss", "no ss", "n°ss", "sécu", "secu"}, stems: []string{"sécurité sociale", "securite sociale", "carte vitale"}}},
	{fit: fitBelgian, lengths: lengths(11), cues: cueSet{words: []string{"insz", "niss", "rrn"}, stems: []string{"rijksregister", "registre national", "numéro national", "national register", "national number", "identificatienummer"}}},
	{fit: fitNIF, lengths: lengths(9), cues: cueSet{words: []string{"nif"}, stems: []string{"contribuinte", "número fiscal", "numero fiscal", "número de identificação fiscal"}}},
	{fit: fitCartaoCidadao, lengths: lengths(12), cues: cueSet{words: []string{"cc"}, stems: []string{"cartão de cidadão", "cartao de cidadao", "cartão do cidadão"}}},
	{fit: fitCNP, lengths: lengths(13), cues: cueSet{words: []string{"cnp"}, stems: []string{"cod numeric personal", "codul numeric personal"}}},
	{fit: fitTCKimlik, lengths: lengths(11), cues: cueSet{words: []string{"tckn", "tcno", "t.c."}, stems: []string{"tc kimlik", "t.c. kimlik", "t.c kimlik", "t.c. no", "tc no", "kimlik"}}},
	{fit: fitChineseID, lengths: lengths(18), cues: cueSet{stems: []string{"身份证", "身份證", "身分證", "证件号", "證件號", "公民身份"}}},
	{fit: fitAadhaar, lengths: lengths(12), cues: cueSet{words: []string{"uid"}, stems: []string{"aadhaar", "aadhar", "आधार", "uidai", "ఆధార్", "ஆதார்"}}},
	{fit: fitPAN, lengths: lengths(10), ownCuesOnly: true, cues: cueSet{words: []string{"pan"}, stems: []string{"permanent account number", "पैन"}}},
	{fit: fitMyNumber, lengths: lengths(12), cues: cueSet{stems: []string{"マイナンバー", "個人番号", "my number", "mynumber"}}},
	{fit: fitRRN, lengths: lengths(13), cues: cueSet{words: []string{"rrn"}, stems: []string{"주민등록번호", "주민번호", "resident registration"}}},
	{fit: fitSouthAfricanID, lengths: lengths(13), cues: cueSet{words: []string{"id", "sa id", "rsa id"}, stems: []string{"id-nommer", "id nommer", "identiteitsnommer"}}},
	{fit: fitSIN, lengths: lengths(9), cues: cueSet{acronyms: []string{"sin", "nas"}, words: []string{"s.i.n", "n.a.s"}, stems: []string{"social insurance", "assurance sociale", "numéro d'assurance sociale"}}},
	{fit: fitTeudatZehut, lengths: lengths(9), cues: cueSet{stems: []string{"teudat zehut", "ת.ז", "ת\"ז", "ת. ז", "תעודת זהות", "תעודת הזהות", "מספר זהות"}}},
	{fit: fitCURP, lengths: lengths(18), cues: cueSet{words: []string{"curp"}}},
	{fit: fitRUT, lengths: lengths(8, 9), cues: cueSet{words: []string{"rut", "r.u.t", "r.u.n"}, acronyms: []string{"run"}, stems: []string{"rol único", "rol unico"}}},
	{fit: fitArgentineDNI, lengths: lengths(7, 8), ownCuesOnly: true, cues: spanishIDCues},
	{fit: fitCUIL, lengths: lengths(11), cues: cueSet{words: []string{"cuil", "cuit", "c.u.i.l", "c.u.i.t"}}},
	{fit: fitAHV, lengths: lengths(13), cues: cueSet{words: []string{"ahv", "avs", "ahvn13", "avsn13"}, stems: []string{
		"ahv-n", "ahv n", "avs-n", "numéro avs", "numero avs", "n° avs", "no avs", "sozialversicherungsn", "sozialversicherungs-n",
		"social security", "assurance-vieillesse", "assurance vieillesse", "assicurazione vecchiaia"}}},
	{fit: fitPersonalausweis, lengths: lengths(9, 10), cues: cueSet{words: []string{"ausweis", "perso"}, stems: []string{
		"personalausweis", "ausweisnummer", "ausweis-nummer", "ausweis-nr", "ausweis nr", "ausweisnr", "perso-nr", "personalausweis-nr"}}},
	{fit: fitRFC, lengths: lengths(13), cues: cueSet{words: []string{"rfc", "r.f.c"}, stems: []string{"registro federal de contribuyente", "registro federal del contribuyente"}}},
	{fit: fitCedulaCO, lengths: lengths(6, 7, 8, 9, 10), ownCuesOnly: true, cues: cueSet{acronyms: []string{"cc", "c.c"},
		stems: []string{"cédula", "cedula", "documento de identidad", "tarjeta de identidad"}}},
	// the fifth blind table's schemes (realworld5_test.go)
	{fit: fitEGN, lengths: lengths(10), cues: cueSet{words: []string{"егн", "egn"}, stems: []string{"единен граждански номер"}}},
	{fit: fitOIB, lengths: lengths(11), cues: cueSet{words: []string{"oib"}, stems: []string{"osobni identifikacijski broj"}}},
	{fit: fitJMBG, lengths: lengths(13), cues: cueSet{words: []string{"jmbg", "јмбг", "emšo", "emso", "embg", "ембг"},
		stems: []string{"matični broj", "матични број", "матичен број", "matična številka", "jedinstveni matični", "единствен матичен"}}},
	{fit: fitBalticCode, lengths: lengths(11), cues: cueSet{words: []string{"a.k."}, stems: []string{"asmens kod", "isikukood", "personal code"}}},
	{fit: fitLatvianCode, lengths: lengths(11), cues: cueSet{stems: []string{"personas kod", "pers. kod", "personal code"}}},
	{fit: fitKennitala, lengths: lengths(10), cues: cueSet{words: []string{"kt", "kt."}, stems: []string{"kennitala", "kennitölu", "kennitalan"}}},
	{fit: fitIIN, lengths: lengths(12), cues: cueSet{words: []string{"иин", "жсн", "iin"}, stems: []string{"индивидуальный идентификационный", "жеке сәйкестендіру"}}},
	{fit: fitRodneCislo, lengths: lengths(10), cues: cueSet{words: []string{"rč", "r.č.", "r. č."}, stems: []string{"rodné číslo", "rodne cislo", "rodného čísla", "rodné č."}}},
	{fit: fitTAJ, lengths: lengths(9), cues: cueSet{words: []string{"taj"}, stems: []string{"taj szám", "tajszám", "taj-szám", "társadalombiztosítási azonosító"}}},
	{fit: fitAdoazonosito, lengths: lengths(10), cues: cueSet{stems: []string{"adóazonosító", "adoazonosito"}}},
	{fit: fitPPS, lengths: lengths(8, 9), cues: cueSet{words: []string{"pps", "ppsn", "pps no"}, stems: []string{"personal public service", "pps number"}}},
	{fit: fitNRIC, lengths: lengths(9), cues: cueSet{words: []string{"nric", "nric/fin", "i/c"}, acronyms: []string{"fin", "ic"}}},
	{fit: fitHKID, lengths: lengths(7, 8, 9), cues: cueSet{words: []string{"hkid"}, stems: []string{"hong kong identity", "hkid card", "香港身份證", "身份證號碼"}}},
	{fit: fitMyKad, lengths: lengths(12), cues: cueSet{words: []string{"mykad", "nric", "i/c", "kp", "no. kp"}, acronyms: []string{"ic"},
		stems: []string{"ic no", "ic number", "kad pengenalan", "no. k/p", "no k/p"}}},
	{fit: fitTFN, lengths: lengths(9), cues: cueSet{words: []string{"tfn"}, stems: []string{"tax file number", "tax file no"}}},
	{fit: fitCNIC, lengths: lengths(13), cues: cueSet{words: []string{"cnic", "nicop"}, acronyms: []string{"nic"},
		stems: []string{"computerized national identity", "computerised national identity", "شناختی کارڈ", "قومی شناختی"}}},
	{fit: fitSriLankanNIC, lengths: lengths(10, 12), cues: cueSet{words: []string{"n.i.c"}, acronyms: []string{"nic"},
		stems: []string{"national identity card", "ජාතික හැඳුනුම්පත", "தேசிய அடையாள அட்டை"}}},
	{fit: fitEgyptianID, lengths: lengths(14), cues: cueSet{stems: []string{"الرقم القومي", "الرقم القومى", "رقم قومي", "رقم قومى", "بطاقة الرقم القومي"}}},
	{fit: fitGeorgianID, lengths: lengths(11), ownCuesOnly: true, cues: cueSet{words: []string{"პ/ნ"}, stems: []string{"პირადი ნომერი", "პირადი №", "პირ. ნომერი"}}},
	// the sixth blind table's (realworld6_test.go): Russia's СНИЛС and a
	// person's ИНН, Ukraine's РНОКПП, the Saudi national id and iqama,
	// Greece's ΑΜΚΑ, Indonesia's NIK, Viet Nam's CCCD, Thailand's citizen id
	{fit: fitSNILS, lengths: lengths(11), cues: cueSet{words: []string{"снилс", "snils"}, stems: []string{"страховой номер", "страхового номера"}}},
	{fit: fitINN, lengths: lengths(12), cues: cueSet{words: []string{"инн", "inn"}, stems: []string{"идентификационный номер налогоплательщика"}}},
	{fit: fitRNOKPP, lengths: lengths(10), cues: cueSet{words: []string{"рнокпп", "іпн", "ідентифікаційний код"}, stems: []string{"реєстраційний номер облікової картки", "ідентифікаційний номер"}}},
	{fit: fitSaudiID, lengths: lengths(10), cues: cueSet{words: []string{"iqama"}, stems: []string{"الهوية الوطنية", "هوية وطنية", "رقم الهوية", "رقم الإقامة", "رقم الاقامة", "saudi id"}}},
	{fit: fitAMKA, lengths: lengths(11), cues: cueSet{words: []string{"αμκα", "amka", "α.μ.κ.α."}}},
	{fit: fitNIK, lengths: lengths(16), ownCuesOnly: true, cues: cueSet{acronyms: []string{"nik"}, words: []string{"ktp", "e-ktp", "no. ktp"}, stems: []string{"nomor induk kependudukan"}}},
	{fit: fitCCCD, lengths: lengths(12), ownCuesOnly: true, cues: cueSet{words: []string{"cccd", "cmnd"}, stems: []string{"căn cước", "can cuoc", "số định danh", "so dinh danh", "chứng minh nhân dân"}}},
	{fit: fitThaiID, lengths: lengths(13), cues: cueSet{stems: []string{"เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "thai id", "thai national id"}}},
	// the seventh blind table's (realworld7_test.go): Iran's national code,
	// Bangladesh's NID, Nigeria's NIN, Kenya's national ID number
	{fit: fitIranCode, lengths: lengths(10), cues: cueSet{words: []string{"کد ملی", "کدملی", "کد ملّی", "شماره ملی", "code melli"},
		stems: []string{"کد ملی", "کدملی", "شماره ملی", "iranian national code", "national code"}}},
	{fit: fitBangladeshNID, lengths: lengths(10, 13, 17), ownCuesOnly: true, cues: cueSet{acronyms: []string{"nid"},
		stems: []string{"জাতীয় পরিচয়", "এনআইডি", "national id card no", "nid no", "nid number"}}},
	{fit: fitNigerianNIN, lengths: lengths(11), ownCuesOnly: true, cues: cueSet{acronyms: []string{"nin"},
		stems: []string{"national identification number", "nimc"}}},
	{fit: fitKenyanID, lengths: lengths(7, 8), ownCuesOnly: true, cues: cueSet{
		stems: []string{"my id no", "my id number", "my national id", "national id no", "national id number", "id card no", "kitambulisho", "huduma", "id namba"}}},
	{fit: fitPassport, lengths: lengths(7, 8, 9, 10), ownCuesOnly: true, cues: passportCues},
	{fit: fitPersonNumber, lengths: lengths(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), ownCuesOnly: true, notInColumns: true, cues: personNumberCues},
	{fit: fitNationalNumber, lengths: lengths(6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), ownCuesOnly: true, cues: nationalNumberCues},
}

// nationalNumberCues say that the number after them is a person's national
// number, whatever its country ("My national ID is 1054671240", "SSN:
// 109970707737095807", "identity number: 941 594 2406"): a number no scheme
// above knows is masked after them too. A bare "ID number" is left out: a
// ticket, an order or a transaction has one.
var nationalNumberCues = cueSet{acronyms: []string{"ssn"}, stems: []string{
	"national id", "national identity", "national identification", "identity number", "identity card number",
	"citizen id", "citizenship number", "social security number", "social security no", "personal identity number",
	"personal identification number", "número de identidad", "numéro d'identité", "numéro d’identité",
}}

// fitNationalNumber: six to twenty digits, in one group or in groups joined
// by hyphens or single spaces ("3529-2719454-6", "941 594 2406"), after a
// cue of nationalNumberCues; never nine, a US SSN's length, which findSSNs
// reads after an SSN's cue.
func fitNationalNumber(t *idToken) idFit {
	best := 0
	for k := 1; k <= t.ng; k++ {
		n := t.ends[k-1]
		if n > 20 || !allDigits(t.chars[:n]) || k > 1 && t.seps[k-2] != '-' && t.seps[k-2] != ' ' {
			break
		}
		if n >= 6 && n != 9 {
			best = k
		}
	}
	if best == 0 {
		return idFit{}
	}
	return cued(best)
}

// The cue sets are indexed by their first bytes once (see indexed).
func init() {
	// The eighth table's schemes go before the passport and a person's
	// number at an organisation, which take any digits after their words
	// and so are tried last.
	last := len(idSchemes) - 2
	idSchemes = append(idSchemes[:last:last], append(docIDSchemes, idSchemes[last:]...)...)
	for i := range idSchemes {
		idSchemes[i].cues = indexed(idSchemes[i].cues)
	}
	genericIDCues = indexed(genericIDCues)
	for i := range idRivalCues {
		idRivalCues[i] = indexed(idRivalCues[i])
	}
	ssnCues = indexed(ssnCues)
	all := genericIDCues
	for _, sc := range idSchemes {
		all.stems = append(all.stems, sc.cues.stems...)
		all.words = append(all.words, sc.cues.words...)
		all.acronyms = append(all.acronyms, sc.cues.acronyms...)
	}
	allIDCues = newCuePrefixes(all)
}

// personNumberCues name the number an organisation gives a person: a
// customer, member, patient, employee or student number, in the languages
// of the schemes above, as people write them. The word for the person
// and the word for the number go together: "customer" alone is as often
// an order's owner ("customer order 48213377"), and "client ID" an OAuth
// application's. Key names in code ("customer_id = 100234" in SQL,
// "customerId" in JSON) are left out: their values are fixtures and
// examples as often as someone's number.
var personNumberCues = cueSet{
	notKeys: true,
	words: append(roleCues([]string{"customer", "member", "patient", "employee", "staff", "student", "subscriber", "insured"},
		[]string{" no", " nr", " #", " no.", " nr."}), "mrn", "m.r.n", "matricule", "matricola", "matrícula", "matricula", "legajo"),
	stems: append(roleCues([]string{"customer", "member", "membership", "patient", "employee", "staff", "student", "subscriber", "insured"},
		[]string{" id", " number"}),
		"medical record number", "medical record no",
		// German, Dutch, Nordic
		"kundennummer", "kunden-nr", "kundennr", "kunden-id", "mitgliedsnummer", "mitglieds-nr", "mitgliedsnr", "patientennummer",
		"patienten-id", "personalnummer", "personal-nr", "mitarbeiternummer", "mitarbeiter-nr", "versichertennummer",
		"versicherten-nr", "krankenversichertennummer", "matrikelnummer", "klantnummer", "klant-id", "lidnummer",
		"lidmaatschapsnummer", "patiëntnummer", "personeelsnummer", "studentnummer", "kundnummer", "kundenummer", "medlemsnummer",
		"asiakasnumero", "jäsennumero",
		// French, Spanish, Portuguese, Italian
		"numéro client", "numéro de client", "n° client", "n° de client", "no client", "identifiant client", "numéro d'adhérent",
		"numéro adhérent", "n° adhérent", "numéro de patient", "numéro patient", "numéro d'employé", "numéro étudiant",
		"numéro d'étudiant", "número de cliente", "numero de cliente", "nº de cliente", "n° de cliente", "no. de cliente",
		"número de socio", "numero de socio", "nº de socio", "número de afiliado", "numero de afiliado", "número de paciente",
		"número de empleado", "numero de empleado", "número do cliente", "número de sócio", "número do associado",
		"número do paciente", "número do funcionário", "prontuário", "codice cliente", "numero cliente", "numero di cliente",
		"numero socio", "numero paziente", "numero dipendente",
		// Polish, Turkish, Russian
		"numer klienta", "nr klienta", "numer pacjenta", "numer pracownika", "nr pracownika", "müşteri numarası", "müşteri no",
		"hasta no", "sicil no", "üye no", "öğrenci no", "номер клиента", "табельный номер", "номер пациента",
		// Japanese, Chinese, Korean, Arabic
		"顧客番号", "お客様番号", "会員番号", "社員番号", "患者番号", "学籍番号", "客户编号", "客户号", "会员号", "会员编号",
		"员工编号", "工号", "病历号", "学号", "患者编号", "고객번호", "회원번호", "사번", "환자번호", "학번",
		"رقم العميل", "رقم العضوية", "رقم الموظف", "رقم المريض",
		// a hospital's record of its patient (the eighth blind table): the
		// Spanish clinical history number, the Chinese inpatient number
		"nhc", "n.h.c", "historia clínica", "historia clinica", "住院号", "住院號", "病案号", "病歷號",
	),
}

// roleCues joins every role word to every number word.
func roleCues(roles, numbers []string) []string {
	var out []string
	for _, r := range roles {
		for _, n := range numbers {
			out = append(out, r+n)
		}
	}
	return out
}

// fitPersonNumber: the number an organisation gives a person, after a
// word that names it (personNumberCues): 6 to 16 digits, with up to three
// capitals before them ("MR48213377", a health insurer's "A123456789").
// Shorter ones ("member ID 4412") are as often a row or a seat. No check:
// the scheme is tried last, after every scheme that has one.
func fitPersonNumber(t *idToken) idFit {
	c := t.chars[:t.ends[0]]
	p := 0
	for p < len(c) && p < 3 && isASCIILetter(c[p]) {
		p++
	}
	if len(c)-p < 6 || !allDigits(c[p:]) || t.lower[0] {
		return idFit{}
	}
	return cued(1)
}

// passportCues name a passport in the languages of the schemes above and
// more; "pass" alone is left out, as it starts "password".
var passportCues = cueSet{stems: []string{
	"passport", "reisepass", "passnummer", "pass-nr", "passeport", "pasaporte", "passaporto", "passaporte",
	"paspoort", "paszport", "cestovní pas", "cestovného pasu", "pasaport", "паспорт", "закордонн", "διαβατήρ",
	"护照", "護照", "旅券", "パスポート", "여권", "hộ chiếu", "ho chieu", "paspor", "หนังสือเดินทาง",
	"جواز السفر", "جواز سفر", "דרכון", "گذرنامه", "پاسپورت", "पासपोर्ट",
	// a Russian passport page's "series and number" ("Серия и номер: 45 18 482917")
	"серия и номер", "серия и №",
}}

// spanishIDCues name a Spanish or Argentine DNI, and a Spanish NIE.
// "nie" is also Polish for "not" ("nie może być większy niż 10.240.000
// bloków", mke2fs(8)): an acronym, a cue in capitals or as a label.
var spanishIDCues = cueSet{words: []string{"dni", "d.n.i", "nif"}, acronyms: []string{"nie"}, stems: []string{"documento"}}

// genericIDCues name an identity number in general, for every scheme with a
// checksum: "ID number", "national ID", "cédula", "numéro d'identité".
var genericIDCues = cueSet{
	words: []string{"id no", "id nr", "id-no", "id-nr", "id #"},
	stems: []string{
		"national id", "national identity", "national identification", "id number", "id card", "identity number",
		"identity card", "identity no", "identification number", "personal id", "personal number", "citizen id",
		"número de identidad", "numero de identidad", "número de identificación", "cédula", "cedula", "numéro d'identité",
		"numéro d’identité", "carta d'identità", "numero di identità", "ausweisnummer", "id-nummer", "identiteitsnummer",
		"numer identyfikacyjny", "رقم الهوية", "الرقم الوطني",
	},
}

// idRivalCues are words that make the number after them something else,
// nearer to it than any id cue: a phone word, or an order, invoice or
// account word. The bare "ID" of idCues is left out: "national ID" ends in it.
var idRivalCues = func() [2]cueSet {
	var ids []string
	for _, c := range idCues {
		if !strings.HasPrefix(c, "id") {
			ids = append(ids, c)
		}
	}
	return [2]cueSet{{stems: phoneCues}, {stems: ids}}
}()

// lengths is the set of id lengths (letters and digits, separators
// dropped) that a scheme's fit reads: a token that cannot be cut to one of
// them is not offered to it, which spares most schemes most tokens.
func lengths(ns ...int) uint32 {
	var set uint32
	for _, n := range ns {
		set |= 1 << n
	}
	return set
}

func standalone(k int) idFit { return idFit{groups: k, standalone: true} }
func cued(k int) idFit       { return idFit{groups: k} }
func ownCued(k int) idFit    { return idFit{groups: k, ownCue: true} }

// digitGroups returns how many leading groups hold exactly n characters, all
// digits, and those digits; 0 if none do.
func (t *idToken) digitGroups(n int) (int, []byte) {
	if t.digits < n {
		return 0, nil
	}
	k := t.groupsOf(n)
	if k == 0 {
		return 0, nil
	}
	return k, t.chars[:n]
}

// validYYMMDD and validDDMMYY: a date with a two-digit year, in any century
// (2000 + yy is a leap year whenever 1900 + yy or 2100 + yy is).
func validYYMMDD(d []byte) bool {
	return validDate(2000+digitsValue(d[:2]), digitsValue(d[2:4]), digitsValue(d[4:6]))
}

func validDDMMYY(d []byte) bool {
	return validDate(2000+digitsValue(d[4:6]), digitsValue(d[2:4]), digitsValue(d[:2]))
}

// fitCPF: 11 digits; "123.456.789-09" stands alone, compact or spaced needs "CPF".
func fitCPF(t *idToken) idFit {
	k, d := t.digitGroups(11)
	switch {
	case k == 0 || !cpfValid(d):
	case t.layout(k, 3, 3, 3, 2) && t.sepsAre(k, "..-"):
		return standalone(k)
	case k == 1 || t.layout(k, 3, 3, 3, 2):
		return cued(k)
	}
	return idFit{}
}

// fitPESEL: 11 digits with a birth date.
func fitPESEL(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && peselValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitNINO: two letters, six digits, A-D: "QQ 12 34 56 C", "AB123456C". Its
// prefix letters follow HMRC's rules, or a cue names it (HMRC's own
// examples use the never-issued "QQ").
func fitNINO(t *idToken) idFit {
	k := t.groupsOf(9)
	c := t.chars[:9]
	if k == 0 || !isASCIILetter(c[0]) || !isASCIILetter(c[1]) || !allDigits(c[2:8]) || c[8] < 'A' || c[8] > 'D' ||
		!(k == 1 || t.layout(k, 2, 2, 2, 2, 1) || t.layout(k, 2, 6, 1)) || !t.spacedSeps(k) {
		return idFit{}
	}
	if strings.IndexByte("DFIQUV", c[0]) < 0 && strings.IndexByte("DFIOQUV", c[1]) < 0 &&
		!strings.Contains(" BG GB KN NK NT TN ZZ ", " "+string(c[:2])+" ") {
		return standalone(k)
	}
	return cued(k)
}

// fitPersonnummer: Sweden, YYMMDD-NNNC or YYYYMMDD-NNNC ("+" for people
// over 100), Luhn over the ten-digit form; a coordination number adds 60
// to the day.
func fitPersonnummer(t *idToken) idFit {
	if k, d := t.digitGroups(10); k > 0 && (k == 1 || t.layout(k, 6, 4) && (t.seps[0] == '-' || t.seps[0] == '+')) {
		if luhn(d) && validDate(2000+digitsValue(d[:2]), digitsValue(d[2:4]), digitsValue(d[4:6])%60) {
			return cued(k)
		}
	}
	if k, d := t.digitGroups(12); k > 0 && (k == 1 || t.layout(k, 8, 4) && t.seps[0] == '-') {
		if luhn(d[2:]) && validDate(digitsValue(d[:4]), digitsValue(d[4:6]), digitsValue(d[6:8])%60) {
			return cued(k)
		}
	}
	return idFit{}
}

// fitFodselsnummer: Norway, DDMMYY and five digits, two mod-11 checks.
func fitFodselsnummer(t *idToken) idFit {
	if k, d := t.digitGroups(11); k > 0 && (k == 1 || t.layout(k, 6, 5)) && fodselsnummerValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitCPR: Denmark, DDMMYY-NNNN; no checksum since 2007, so only its own
// name announces it.
func fitCPR(t *idToken) idFit {
	if k, d := t.digitGroups(10); k > 0 && (k == 1 || t.layout(k, 6, 4) && t.seps[0] == '-') && validDDMMYY(d) {
		return cued(k)
	}
	return idFit{}
}

// fitHETU: Finland, DDMMYY, a century sign ("+" 1800s, "-" or U-Y 1900s,
// A-F 2000s), three digits and a check character: "131052-308T". It
// stands alone when the sign or the check is a letter; "DDMMYY-NNNN" in
// digits only is as often a dated serial, one in 31 of which passes.
func fitHETU(t *idToken) idFit {
	var digits [9]byte
	var check, sign byte
	var k int
	if k = t.groupsOf(11); k == 1 && strings.IndexByte("ABCDEFUVWXY", t.chars[6]) >= 0 {
		copy(digits[:6], t.chars[:6])
		copy(digits[6:], t.chars[7:10])
		check, sign = t.chars[10], t.chars[6]
	} else if k = t.groupsOf(10); k > 0 && t.layout(k, 6, 4) && (t.seps[0] == '-' || t.seps[0] == '+') {
		copy(digits[:], t.chars[:9])
		check, sign = t.chars[9], t.seps[0]
	} else if k == 1 || t.layout(k, 6, 4) && t.seps[0] == ' ' {
		copy(digits[:], t.chars[:9]) // no century sign: "131052308T", as forms that drop it store it
		check = t.chars[9]
	} else {
		return idFit{}
	}
	if !allDigits(digits[:]) || !validDDMMYY(digits[:6]) || hetuCheck(digits[:]) != check {
		return idFit{}
	}
	return idFit{groups: k, standalone: sign != 0 && (!isDigit(check) || isASCIILetter(sign))}
}

// fitDNI: Spain, eight digits and the letter of their remainder mod 23.
func fitDNI(t *idToken) idFit {
	k := t.groupsOf(9)
	if k == 0 || !(k == 1 || t.layout(k, 8, 1)) || !allDigits(t.chars[:8]) || t.chars[8] != dniLetter(digitsValue(t.chars[:8])) {
		return idFit{}
	}
	return standalone(k)
}

// fitNIE: Spain's foreigner number, X, Y or Z (0, 1, 2), seven digits and
// the DNI letter.
func fitNIE(t *idToken) idFit {
	k := t.groupsOf(9)
	c := t.chars[:9]
	if k == 0 || !(k == 1 || t.layout(k, 1, 7, 1)) || c[0] < 'X' || c[0] > 'Z' || !allDigits(c[1:8]) ||
		c[8] != dniLetter(int(c[0]-'X')*10_000_000+digitsValue(c[1:8])) {
		return idFit{}
	}
	return standalone(k)
}

// fitCodiceFiscale: Italy, 16 characters: six letters of the name, the
// birth year, a month letter, the day (plus 40 for women), the place code
// and a check letter. Digits of a duplicate may be swapped for the letters
// L-V ("omocodia").
func fitCodiceFiscale(t *idToken) idFit {
	k := t.groupsOf(16)
	c := t.chars[:16]
	if k != 1 || !allLetters(c[:6]) || strings.IndexByte("ABCDEHLMPRST", c[8]) < 0 || !isASCIILetter(c[11]) || !isASCIILetter(c[15]) {
		return idFit{}
	}
	var day [2]byte
	for n, p := range [...]int{6, 7, 9, 10, 12, 13, 14} {
		d, ok := omocodiaDigit(c[p])
		if !ok {
			return idFit{}
		}
		if p == 9 || p == 10 {
			day[n-2] = d
		}
	}
	if dd := digitsValue(day[:]) % 40; dd < 1 || dd > 31 || codiceFiscaleCheck(c) != c[15] {
		return idFit{}
	}
	return standalone(k)
}

// omocodiaDigit reads a digit of a codice fiscale, or the letter that
// stands for it in a duplicate.
func omocodiaDigit(c byte) (byte, bool) {
	if isDigit(c) {
		return c, true
	}
	if n := strings.IndexByte("LMNPQRSTUV", c); n >= 0 {
		return byte('0' + n), true
	}
	return 0, false
}

func allLetters(b []byte) bool {
	for _, c := range b {
		if !isASCIILetter(c) {
			return false
		}
	}
	return true
}

// fitBSN: the Netherlands, nine digits passing the 11-test.
func fitBSN(t *idToken) idFit {
	if k, d := t.digitGroups(9); k > 0 && (k == 1 || t.layout(k, 4, 2, 3) || t.layout(k, 3, 3, 3)) && bsnValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitSteuerID: Germany's tax id, 11 digits: "65 929 970 489".
func fitSteuerID(t *idToken) idFit {
	if k, d := t.digitGroups(11); k > 0 && (k == 1 || t.layout(k, 2, 3, 3, 3)) && steuerIDValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitNIR: France, sex, year, month, department (2A and 2B in Corsica),
// commune, order and a two-digit key; grouped as on the carte Vitale
// ("1 85 05 78 006 084 36") it stands alone.
func fitNIR(t *idToken) idFit {
	k := t.groupsOf(15)
	c := t.chars[:15]
	if k == 0 || strings.IndexByte("123478", c[0]) < 0 || !allDigits(c[:5]) || !nirValid(c) {
		return idFit{}
	}
	if m := digitsValue(c[3:5]); !(m >= 1 && m <= 12 || m >= 20 && m <= 42) {
		return idFit{}
	}
	switch {
	case t.layout(k, 1, 2, 2, 2, 3, 3, 2) && t.spacedSeps(k):
		return standalone(k)
	case k == 1 || t.layout(k, 13, 2):
		return cued(k)
	}
	return idFit{}
}

// fitBelgian: Belgium, YY.MM.DD-NNN.CC, the key 97 minus the rest mod 97;
// the month may carry +20 or +40 (bis numbers), and month or day may be 0
// for an unknown birth date.
func fitBelgian(t *idToken) idFit {
	k, d := t.digitGroups(11)
	if k == 0 || digitsValue(d[2:4])%20 > 12 || digitsValue(d[4:6]) > 31 || !belgianValid(d) {
		return idFit{}
	}
	switch {
	case t.layout(k, 2, 2, 2, 3, 2) && t.sepsAre(k, "..-."):
		return standalone(k)
	case k == 1 || t.layout(k, 6, 3, 2):
		return cued(k)
	}
	return idFit{}
}

// fitNIF: Portugal's tax number of a person (1, 2 or 3 first; companies
// have others).
func fitNIF(t *idToken) idFit {
	if k, d := t.digitGroups(9); k > 0 && (k == 1 || t.layout(k, 3, 3, 3)) && d[0] >= '1' && d[0] <= '3' && nifValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitCartaoCidadao: Portugal's citizen card, "12345678 9 ZW7".
func fitCartaoCidadao(t *idToken) idFit {
	k := t.groupsOf(12)
	c := t.chars[:12]
	if k == 0 || !(k == 1 || t.layout(k, 8, 1, 3) || t.layout(k, 9, 3)) || !allDigits(c[:9]) || !allLetters(c[9:11]) ||
		!isDigit(c[11]) || !cartaoCidadaoValid(c) {
		return idFit{}
	}
	return cued(k)
}

// fitCNP: Romania, sex and century, YYMMDD, county, serial, check.
func fitCNP(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k != 1 || d[0] == '0' || !cnpValid(d) {
		return idFit{}
	}
	century := [10]int{0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900}[d[0]-'0']
	if !validDate(century+digitsValue(d[1:3]), digitsValue(d[3:5]), digitsValue(d[5:7])) {
		return idFit{}
	}
	return cued(k)
}

// fitTCKimlik: Turkey, 11 digits with two check digits.
func fitTCKimlik(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && tcKimlikValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitChineseID: China, region, birth date YYYYMMDD, serial and an ISO 7064
// check character (0-9 or X): standalone, or grouped "110105 19491231 002X".
func fitChineseID(t *idToken) idFit {
	k := t.groupsOf(18)
	c := t.chars[:18]
	if k == 0 || !(k == 1 || t.layout(k, 6, 8, 4) && t.spacedSeps(k)) || c[0] == '0' || !allDigits(c[:17]) {
		return idFit{}
	}
	y := digitsValue(c[6:10])
	if y < 1900 || y > 2099 || !validDate(y, digitsValue(c[10:12]), digitsValue(c[12:14])) || chineseIDCheck(c) != c[17] {
		return idFit{}
	}
	return standalone(k)
}

// fitAadhaar: India, 12 digits not starting with 0 or 1, Verhoeff check.
func fitAadhaar(t *idToken) idFit {
	if k, d := t.digitGroups(12); k > 0 && (k == 1 || t.layout(k, 4, 4, 4)) && d[0] >= '2' && verhoeffValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitPAN: India's tax number, AAAPA9999A, of a person: the fourth letter
// is P (C, F, H, … are companies, firms, families). No checksum.
func fitPAN(t *idToken) idFit {
	k := t.groupsOf(10)
	c := t.chars[:10]
	if k != 1 || !allLetters(c[:5]) || c[3] != 'P' || !allDigits(c[5:9]) || !isASCIILetter(c[9]) {
		return idFit{}
	}
	return cued(k)
}

// fitMyNumber: Japan, 12 digits with a mod-11 check digit.
func fitMyNumber(t *idToken) idFit {
	if k, d := t.digitGroups(12); k > 0 && (k == 1 || t.layout(k, 4, 4, 4)) && myNumberValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitRRN: Korea, YYMMDD-SNNNNNN, the first digit after the hyphen giving
// sex and century. It stands alone written with its hyphen, for a citizen
// (1-4) with a valid check digit or born since 2020 (numbers issued from
// October 2020 carry none); otherwise the date must hold and a cue name it.
func fitRRN(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k == 0 {
		return idFit{}
	}
	century := [10]int{1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800}[d[6]-'0']
	y := century + digitsValue(d[:2])
	if !validDate(y, digitsValue(d[2:4]), digitsValue(d[4:6])) {
		return idFit{}
	}
	switch {
	case t.layout(k, 6, 7) && t.seps[0] == '-':
		return idFit{groups: k, standalone: d[6] >= '1' && d[6] <= '4' && (rrnValid(d) || y >= 2020)}
	case k == 1:
		return cued(k)
	}
	return idFit{}
}

// fitSouthAfricanID: YYMMDD, four digits, citizenship (0-2), a digit and
// a Luhn check.
func fitSouthAfricanID(t *idToken) idFit {
	if k, d := t.digitGroups(13); k > 0 && (k == 1 || t.layout(k, 6, 4, 3)) && d[10] <= '2' && validYYMMDD(d) && luhn(d) {
		return cued(k)
	}
	return idFit{}
}

// fitSIN: Canada, nine digits with Luhn; 8 starts business numbers.
func fitSIN(t *idToken) idFit {
	if k, d := t.digitGroups(9); k > 0 && (k == 1 || t.layout(k, 3, 3, 3)) && d[0] != '8' && luhn(d) {
		return cued(k)
	}
	return idFit{}
}

// fitTeudatZehut: Israel, nine digits whose check is Luhn's.
func fitTeudatZehut(t *idToken) idFit {
	if k, d := t.digitGroups(9); k == 1 && luhn(d) {
		return cued(k)
	}
	return idFit{}
}

// fitCURP: Mexico, 18 characters: four letters of the name, YYMMDD, sex
// (H, M, X), state, three consonants, a character that is a digit for
// births before 2000, and a check digit.
func fitCURP(t *idToken) idFit {
	k := t.groupsOf(18)
	c := t.chars[:18]
	if k != 1 || !allLetters(c[:4]) || !allDigits(c[4:10]) || strings.IndexByte("HMX", c[10]) < 0 || !allLetters(c[11:16]) ||
		!isDigit(c[17]) || curpCheck(c) != c[17] {
		return idFit{}
	}
	century := 2000
	if isDigit(c[16]) {
		century = 1900
	}
	if !validDate(century+digitsValue(c[4:6]), digitsValue(c[6:8]), digitsValue(c[8:10])) {
		return idFit{}
	}
	return standalone(k)
}

// fitRUT: Chile, 7 or 8 digits and a mod-11 check (0-9 or K), "12.345.678-5".
func fitRUT(t *idToken) idFit {
	for n := 9; n >= 8; n-- {
		k := t.groupsOf(n)
		c := t.chars[:n]
		if k == 0 || !allDigits(c[:n-1]) || rutCheck(c[:n-1]) != c[n-1] {
			continue
		}
		if k == 1 || t.layout(k, n-7, 3, 3, 1) && t.sepsAre(k, "..-") || t.layout(k, n-1, 1) && t.seps[0] == '-' {
			return cued(k)
		}
	}
	return idFit{}
}

// fitArgentineDNI: 7 or 8 digits, "30.123.456"; no checksum, so only
// "DNI" or "documento" announces it.
func fitArgentineDNI(t *idToken) idFit {
	for n := 8; n >= 7; n-- {
		k, d := t.digitGroups(n)
		if k > 0 && d[0] != '0' && (k == 1 || t.layout(k, n-6, 3, 3) && t.sepsAre(k, "..")) {
			return cued(k)
		}
	}
	return idFit{}
}

// fitCUIL: Argentina's CUIL (and a person's CUIT), eleven digits printed
// "20-34829173-5": a prefix for a person (20, 23, 24, 27; a company's 30,
// 33, 34 is no one's), the DNI, and a mod-11 check digit.
func fitCUIL(t *idToken) idFit {
	k, d := t.digitGroups(11)
	if k == 0 || !(k == 1 || t.layout(k, 2, 8, 1) && t.sepsAre(k, "--")) {
		return idFit{}
	}
	switch string(d[:2]) {
	case "20", "23", "24", "27":
	default:
		return idFit{}
	}
	sum := 0
	for i, w := range [10]int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2} {
		sum += int(d[i]-'0') * w
	}
	check := (11 - sum%11) % 11
	if check == 10 || int(d[10]-'0') != check {
		return idFit{}
	}
	return cued(k)
}

// fitPassport: a passport number, which no checksum in its printed form
// marks (the machine-readable zone's check digits are not written next to
// it), so only after a passport word: one group of 7 to 9 letters and
// digits, two of them digits side by side (see hasDigitPair) and any
// letters upper case
// ("C01X00T47", "NW92BC4R1", "E12345678", "123456789"), or a Russian
// passport's series and number ("45 06 123456", "4506 123456").
func fitPassport(t *idToken) idFit {
	for n := 9; n >= 7; n-- {
		k := t.groupsOf(n)
		if k == 1 && !t.lowerIn(1) && hasDigitPair(string(t.chars[:n])) {
			return cued(k)
		}
	}
	if k, _ := t.digitGroups(10); k > 0 && (t.layout(k, 2, 2, 6) || t.layout(k, 4, 6)) {
		return cued(k)
	}
	return idFit{}
}

// fitAHV: Switzerland's AHV/AVS number (social insurance, and the id of
// the health insurance card), 756 and ten digits with an EAN-13 check
// digit. Written as issued, "756.1234.5678.97", it stands alone: 756 is
// no GS1 prefix (Swiss barcodes start 760-769), so the dotted shape with
// its check is this number; compact, one number in ten starting 756 passes,
// and a cue must name it.
func fitAHV(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k == 0 || string(d[:3]) != "756" || !ean13Valid(d) {
		return idFit{}
	}
	switch {
	case t.layout(k, 3, 4, 4, 2) && t.sepsAre(k, "..."):
		return standalone(k)
	case k == 1:
		return cued(k)
	}
	return idFit{}
}

// personalausweisChars are the characters of a German identity card's
// number since 2010 (digits and the consonants that cannot be misread);
// older cards have digits only.
const personalausweisChars = "0123456789CFGHJKLMNPRTVWXYZ"

// fitPersonalausweis: Germany's identity card number, nine characters of
// personalausweisChars and the ICAO check digit of the machine-readable
// zone ("T220001293"). The card prints the nine without the check digit
// ("L01X00T47"), as people then copy it: that form has no check, so only
// the card's own name announces it, and it must hold a letter (an all-digit
// nine is as often a case number after "Ausweis-Nr. fehlt").
func fitPersonalausweis(t *idToken) idFit {
	if k := t.groupsOf(10); k == 1 && isDigit(t.chars[9]) && allIn(t.chars[:9], personalausweisChars) && icaoCheck(t.chars[:9]) == t.chars[9] {
		return cued(k)
	}
	if k := t.groupsOf(9); k == 1 && !t.lowerIn(1) && allIn(t.chars[:9], personalausweisChars) && !allDigits(t.chars[:9]) && hasDigitPair(string(t.chars[:9])) {
		return ownCued(k)
	}
	return idFit{}
}

// allIn reports whether every byte of b is in set.
func allIn(b []byte, set string) bool {
	for _, c := range b {
		if strings.IndexByte(set, c) < 0 {
			return false
		}
	}
	return true
}

// fitRFC: Mexico's tax number of a person, four letters of the name, the
// birth date YYMMDD and a three-character homoclave whose last is a check
// character (mod 11): "GODE561231GR8", "GODE 561231 GR8". A company's has
// three letters (its founding date, no person's) and is left alone. About
// 1.5 % of the numbers in use fail the check (python-stdnum disables it by
// default for that reason): those are taken after "RFC" itself only.
func fitRFC(t *idToken) idFit {
	k := t.groupsOf(13)
	c := t.chars[:13]
	if k == 0 || !(k == 1 || t.layout(k, 4, 6, 3) && (t.sepsAre(k, "  ") || t.sepsAre(k, "--"))) ||
		!allLetters(c[:4]) || !allDigits(c[4:10]) || !validYYMMDD(c[4:10]) ||
		strings.IndexByte("123456789ABCDEFGHIJKLMNOPQRSTUV", c[10]) < 0 || !isDigit(c[11]) && !isASCIILetter(c[11]) || c[11] == '0' ||
		!isDigit(c[12]) && c[12] != 'A' {
		return idFit{}
	}
	if rfcCheck(c[:12]) != c[12] {
		return ownCued(k)
	}
	return cued(k)
}

// fitCedulaCO: Colombia's cédula de ciudadanía, six to ten digits with no
// check ("1.020.304.050", "79.845.123", "52123456"), so only its name
// announces it ("cédula", "C.C.", "CC No."). Ten-digit numbers, issued
// since 2003, start at 1.000.000.000.
func fitCedulaCO(t *idToken) idFit {
	for n := 10; n >= 6; n-- {
		k, d := t.digitGroups(n)
		if k == 0 || d[0] == '0' || n == 10 && d[0] != '1' {
			continue
		}
		if k == 1 || thousandsGroups(t, k, n) {
			return cued(k)
		}
	}
	return idFit{}
}

// thousandsGroups reports whether the first k groups, n digits, are
// written with a dot between thousands: "1.020.304.050", "845.123".
func thousandsGroups(t *idToken, k, n int) bool {
	if k != (n+2)/3 || t.ends[0] != n-3*(k-1) {
		return false
	}
	for g := 1; g < k; g++ {
		if t.ends[g]-t.ends[g-1] != 3 || t.seps[g-1] != '.' {
			return false
		}
	}
	return true
}

// fitEGN: Bulgaria, YYMMDD (the month plus 20 for the 1800s, plus 40 for
// the 2000s), a serial and a check digit.
func fitEGN(t *idToken) idFit {
	k, d := t.digitGroups(10)
	if k != 1 || !egnValid(d) {
		return idFit{}
	}
	y, m := 1900+digitsValue(d[:2]), digitsValue(d[2:4])
	switch {
	case m > 40:
		y, m = y+100, m-40
	case m > 20:
		y, m = y-100, m-20
	}
	if !validDate(y, m, digitsValue(d[4:6])) {
		return idFit{}
	}
	return cued(k)
}

// fitOIB: Croatia, 11 digits with an ISO 7064 MOD 11,10 check digit.
func fitOIB(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && !allSame(d) && iso7064Mod11_10(d[:10]) == int(d[10]-'0') {
		return cued(k)
	}
	return idFit{}
}

// fitJMBG: the former Yugoslavia's citizen number (Slovenia's EMŠO),
// DDMMYYY, a region, a serial and a check digit.
func fitJMBG(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k != 1 || !jmbgValid(d) {
		return idFit{}
	}
	y := digitsValue(d[4:7])
	if y < 800 {
		y += 2000
	} else {
		y += 1000
	}
	if !validDate(y, digitsValue(d[2:4]), digitsValue(d[:2])) {
		return idFit{}
	}
	return cued(k)
}

// fitBalticCode: Estonia's isikukood and Lithuania's asmens kodas, sex and
// century (1-6), YYMMDD, a serial and a check digit.
func fitBalticCode(t *idToken) idFit {
	k, d := t.digitGroups(11)
	if k != 1 || d[0] < '1' || d[0] > '6' || !balticCodeValid(d) {
		return idFit{}
	}
	century := 1800 + 100*((int(d[0]-'0')-1)/2)
	if !validDate(century+digitsValue(d[1:3]), digitsValue(d[3:5]), digitsValue(d[5:7])) {
		return idFit{}
	}
	return cued(k)
}

// fitLatvianCode: Latvia's personal code as issued until 2017, DDMMYY, a
// hyphen, the century (0-2), three digits and a check digit.
func fitLatvianCode(t *idToken) idFit {
	k, d := t.digitGroups(11)
	if k == 0 || !(k == 1 || t.layout(k, 6, 5) && t.seps[0] == '-') || d[6] > '2' || !latvianCodeValid(d) {
		return idFit{}
	}
	if !validDate(1800+100*int(d[6]-'0')+digitsValue(d[4:6]), digitsValue(d[2:4]), digitsValue(d[:2])) {
		return idFit{}
	}
	return cued(k)
}

// fitKennitala: Iceland, DDMMYY, two digits, a check digit and the century
// (9 for the 1900s, 0 for the 2000s, 8 for the 1800s); a company's day
// has 40 added and is left alone.
func fitKennitala(t *idToken) idFit {
	k, d := t.digitGroups(10)
	if k == 0 || !(k == 1 || t.layout(k, 6, 4) && t.seps[0] == '-') || !kennitalaValid(d) {
		return idFit{}
	}
	century := map[byte]int{'8': 1800, '9': 1900, '0': 2000}[d[9]]
	if century == 0 || !validDate(century+digitsValue(d[4:6]), digitsValue(d[2:4]), digitsValue(d[:2])) {
		return idFit{}
	}
	return cued(k)
}

// fitIIN: Kazakhstan, YYMMDD, sex and century (1-6), a serial and a check
// digit. A company's BIN has the same length and check but no birth date
// in front; its own word ("БИН") names it, no IIN cue.
func fitIIN(t *idToken) idFit {
	k, d := t.digitGroups(12)
	if k != 1 || d[6] < '1' || d[6] > '6' || !iinValid(d) {
		return idFit{}
	}
	century := 1800 + 100*((int(d[6]-'0')-1)/2)
	if !validDate(century+digitsValue(d[:2]), digitsValue(d[2:4]), digitsValue(d[4:6])) {
		return idFit{}
	}
	return cued(k)
}

// fitRodneCislo: the Czech and Slovak birth number, YYMMDD/NNNC, the month
// plus 50 for women (plus 20 more where a day's numbers ran out), the ten
// digits divisible by 11.
func fitRodneCislo(t *idToken) idFit {
	k, d := t.digitGroups(10)
	if k == 0 || !(k == 1 || t.layout(k, 6, 4) && t.seps[0] == '/') || !rodneCisloValid(d) {
		return idFit{}
	}
	y, m := 1900+digitsValue(d[:2]), digitsValue(d[2:4])%50
	if y < 1954 {
		y += 100 // ten-digit numbers were issued from 1954
	}
	if m > 20 {
		m -= 20
	}
	if !validDate(y, m, digitsValue(d[4:6])) {
		return idFit{}
	}
	return cued(k)
}

// fitTAJ: Hungary's social security number, nine digits written in threes.
func fitTAJ(t *idToken) idFit {
	if k, d := t.digitGroups(9); k > 0 && (k == 1 || t.layout(k, 3, 3, 3)) && !allSame(d) && tajValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitAdoazonosito: Hungary's tax id of a person, ten digits starting 8.
func fitAdoazonosito(t *idToken) idFit {
	if k, d := t.digitGroups(10); k == 1 && adoazonositoValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitPPS: Ireland's PPS number, seven digits, a check letter and, on
// numbers issued since 2013, a second letter ("1234567T", "1234567TW").
func fitPPS(t *idToken) idFit {
	if t.digits != 7 {
		return idFit{}
	}
	for n := 9; n >= 8; n-- {
		k := t.groupsOf(n)
		c := t.chars[:n]
		if k != 1 || !allDigits(c[:7]) || !isASCIILetter(c[7]) || t.lower[0] {
			continue
		}
		var second byte
		if n == 9 {
			if second = c[8]; strings.IndexByte("ABHW", second) < 0 {
				continue
			}
		}
		if ppsCheck(c[:7], second) == c[7] {
			return cued(k)
		}
	}
	return idFit{}
}

// fitNRIC: Singapore's NRIC and FIN, a series letter (S and T for
// citizens, F, G and M for foreigners), seven digits and a check letter:
// with its check the shape stands alone.
func fitNRIC(t *idToken) idFit {
	if t.digits != 0 {
		return idFit{}
	}
	k := t.groupsOf(9)
	c := t.chars[:9]
	if k != 1 || strings.IndexByte("STFGM", c[0]) < 0 || !allDigits(c[1:8]) || nricCheck(c[0], c[1:8]) != c[8] {
		return idFit{}
	}
	return standalone(k)
}

// fitHKID: Hong Kong's identity card, one or two letters, six digits and a
// check character, printed in parentheses ("A123456(3)"), which stands
// alone, or written after the digits ("A1234563"), which needs a cue.
func fitHKID(t *idToken) idFit {
	if t.digits != 0 || t.lower[0] {
		return idFit{}
	}
	k := 1
	c := t.chars[:t.ends[0]]
	letters := 0
	for letters < len(c) && letters < 2 && isASCIILetter(c[letters]) {
		letters++
	}
	if letters == 0 || len(c)-letters < 6 || !allDigits(c[letters:letters+6]) {
		return idFit{}
	}
	switch len(c) - letters {
	case 6:
		want := hkidCheck(c[:letters], c[letters:])
		return idFit{groups: k, standalone: true, parenCheck: func(check byte) bool { return check == want }}
	case 7:
		if hkidCheck(c[:letters], c[letters:letters+6]) == c[len(c)-1] {
			return cued(k)
		}
	}
	return idFit{}
}

// myKadPlaces are the place-of-birth codes of a MyKad number: the states,
// and the codes of countries of birth abroad.
func myKadPlace(p int) bool {
	return p >= 1 && p <= 16 || p >= 21 && p <= 59 || p >= 60 && p <= 68 || p == 71 || p == 72 || p >= 74 && p <= 79 ||
		p >= 82 && p <= 93 || p == 98 || p == 99
}

// fitMyKad: Malaysia's identity card number, YYMMDD-PB-NNNN: a birth date,
// a place-of-birth code and four digits, no check; written with its
// hyphens any id word announces it, compact only its own.
func fitMyKad(t *idToken) idFit {
	k, d := t.digitGroups(12)
	if k == 0 || !validYYMMDD(d) || !myKadPlace(digitsValue(d[6:8])) {
		return idFit{}
	}
	switch {
	case t.layout(k, 6, 2, 4) && t.sepsAre(k, "--"):
		return cued(k)
	case k == 1:
		return ownCued(k)
	}
	return idFit{}
}

// fitTFN: Australia's tax file number, nine digits, compact or in threes.
func fitTFN(t *idToken) idFit {
	if k, d := t.digitGroups(9); k > 0 && (k == 1 || t.layout(k, 3, 3, 3)) && !allSame(d) && tfnValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitCNIC: Pakistan's identity card number, 13 digits with no check,
// printed 5-7-1 with hyphens ("35202-1234567-1"), a shape any id word may
// announce; compact, only its own.
func fitCNIC(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k == 0 || d[0] == '0' {
		return idFit{}
	}
	switch {
	case t.layout(k, 5, 7, 1) && t.sepsAre(k, "--"):
		return cued(k)
	case k == 1:
		return ownCued(k)
	}
	return idFit{}
}

// fitSriLankanNIC: Sri Lanka's identity card, the old nine digits and V or
// X ("852751234V": the birth year, the day of the year plus 500 for women,
// a serial and a check digit whose rule is not published), or the twelve
// digits issued since 2016 with the year written whole.
func fitSriLankanNIC(t *idToken) idFit {
	if t.digits == 9 && (t.chars[9] == 'V' || t.chars[9] == 'X') && t.groupsOf(10) == 1 && lankanDay(t.chars[2:5]) {
		return cued(1)
	}
	if k, d := t.digitGroups(12); k == 1 && (string(d[:2]) == "19" || string(d[:2]) == "20") && lankanDay(d[4:7]) {
		return ownCued(k)
	}
	return idFit{}
}

// lankanDay is a Sri Lankan NIC's day of the year, plus 500 for women.
func lankanDay(d []byte) bool {
	n := digitsValue(d) % 500
	return n >= 1 && n <= 366
}

// fitEgyptianID: Egypt's national number, the century (2 for the 1900s, 3
// for the 2000s), YYMMDD, a governorate, a serial and a check digit whose
// rule is not published.
func fitEgyptianID(t *idToken) idFit {
	k, d := t.digitGroups(14)
	if k != 1 || (d[0] != '2' && d[0] != '3') {
		return idFit{}
	}
	gov := digitsValue(d[7:9])
	if !(gov >= 1 && gov <= 4 || gov >= 11 && gov <= 19 || gov >= 21 && gov <= 35 || gov == 88) {
		return idFit{}
	}
	if !validDate(1700+100*int(d[0]-'0')+digitsValue(d[1:3]), digitsValue(d[3:5]), digitsValue(d[5:7])) {
		return idFit{}
	}
	return cued(k)
}

// fitGeorgianID: Georgia's personal number, eleven digits with no check,
// so only its own name announces it.
func fitGeorgianID(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && !allSame(d) {
		return cued(k)
	}
	return idFit{}
}

// fitSNILS: Russia's insurance number, "112-233-445 95": nine digits and a
// two-digit check (their weighted sum, 9 down to 1, mod 101).
func fitSNILS(t *idToken) idFit {
	if k, d := t.digitGroups(11); k > 0 && (k == 1 || t.layout(k, 3, 3, 3, 2)) && snilsValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitINN: Russia's taxpayer number of a person, twelve digits with two
// check digits (a company's has ten, and is no person's).
func fitINN(t *idToken) idFit {
	if k, d := t.digitGroups(12); k == 1 && innValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitRNOKPP: Ukraine's taxpayer card number, ten digits, the first five
// the days from 1900 to the birth date, a mod-11 check digit.
func fitRNOKPP(t *idToken) idFit {
	if k, d := t.digitGroups(10); k == 1 && rnokppValid(d) {
		return cued(k)
	}
	return idFit{}
}

// fitSaudiID: Saudi Arabia's national id (1…) or iqama (2…), ten digits
// with a Luhn check.
func fitSaudiID(t *idToken) idFit {
	if k, d := t.digitGroups(10); k == 1 && (d[0] == '1' || d[0] == '2') && luhn(d) {
		return cued(k)
	}
	return idFit{}
}

// fitAMKA: Greece's social security number, the birth date DDMMYY, five
// digits, a Luhn check.
func fitAMKA(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && validDDMMYY(d[:6]) && luhn(d) {
		return cued(k)
	}
	return idFit{}
}

// fitNIK: Indonesia's population number, sixteen digits: province (11-94),
// regency and district, the birth date DDMMYY (the day plus 40 for women)
// and a serial. No check, so only its own name announces it.
func fitNIK(t *idToken) idFit {
	k, d := t.digitGroups(16)
	if k != 1 && !(t.layout(k, 4, 4, 4, 4) && t.spacedSeps(k)) { // "3171 0512 0385 0001", as a form prints it
		return idFit{}
	}
	day := digitsValue(d[6:8])
	if day > 40 {
		day -= 40
	}
	if p := digitsValue(d[:2]); p < 11 || p > 94 || !validDate(2000+digitsValue(d[10:12]), digitsValue(d[8:10]), day) || digitsValue(d[12:]) == 0 {
		return idFit{}
	}
	return cued(k)
}

// fitCCCD: Viet Nam's citizen id, twelve digits: the province of birth
// (001-096), a digit for the century and sex, the year's last two digits
// and six more. No check.
func fitCCCD(t *idToken) idFit {
	k, d := t.digitGroups(12)
	if (k == 1 || t.layout(k, 3, 3, 3, 3) && t.spacedSeps(k)) && digitsValue(d[:3]) >= 1 && digitsValue(d[:3]) <= 96 {
		return cued(k)
	}
	return idFit{}
}

// fitThaiID: Thailand's citizen id, thirteen digits, the first 1-8, a
// mod-11 check digit; printed "1-1037-00123-45-8", a shape that stands
// alone.
func fitThaiID(t *idToken) idFit {
	k, d := t.digitGroups(13)
	if k == 0 || d[0] < '1' || d[0] > '8' || !thaiIDValid(d) {
		return idFit{}
	}
	switch {
	case t.layout(k, 1, 4, 5, 2, 1) && t.sepsAre(k, "----"):
		return standalone(k)
	case k == 1 || t.layout(k, 1, 4, 5, 2, 1) && t.spacedSeps(k):
		return cued(k)
	}
	return idFit{}
}

// fitIranCode: Iran's national code (کد ملی), ten digits, the last a mod-11
// check of the others weighted 10 down to 2; the card prints it
// "012-345678-9".
func fitIranCode(t *idToken) idFit {
	k, d := t.digitGroups(10)
	if k == 0 || allSame(d) || !(k == 1 || t.layout(k, 3, 6, 1) && t.sepsAre(k, "--")) {
		return idFit{}
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (10 - i)
	}
	r, c := sum%11, int(d[9]-'0')
	if r < 2 && c == r || r >= 2 && c == 11-r {
		return cued(k)
	}
	return idFit{}
}

// fitBangladeshNID: Bangladesh's national id, ten digits on the smart
// card, thirteen or seventeen (with the birth year first) on the older
// one. No published check, so only its own name announces it.
func fitBangladeshNID(t *idToken) idFit {
	for _, n := range []int{10, 13, 17} {
		if k, d := t.digitGroups(n); k == 1 && d[0] != '0' && !allSame(d) {
			return ownCued(k)
		}
	}
	return idFit{}
}

// fitNigerianNIN: Nigeria's National Identification Number, eleven digits
// with no published check: only "NIN" or its name announces it.
func fitNigerianNIN(t *idToken) idFit {
	if k, d := t.digitGroups(11); k == 1 && !allSame(d) {
		return ownCued(k)
	}
	return idFit{}
}

// fitKenyanID: Kenya's national identity card number, seven or eight
// digits with no check, after a person's "my ID number" or the card's
// name ("kitambulisho", "Huduma").
func fitKenyanID(t *idToken) idFit {
	for _, n := range []int{8, 7} {
		if k, d := t.digitGroups(n); k == 1 && d[0] != '0' && !allSame(d) {
			return ownCued(k)
		}
	}
	return idFit{}
}
