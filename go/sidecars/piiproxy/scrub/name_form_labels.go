package scrub

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// formLabels are the labels of a form's fields that hold a person's name,
// in lower case, with the fewest words their value needs: a name part
// (one word), a person's role (two: "Client: Acme" is a company as often
// as not), or a bare "name" (two, or one in capitals). They are matched
// against a whole field (see namesInForms), so "Product name" and
// "Patient history" are no labels of theirs.
var formLabels = func() map[string]int {
	m := map[string]int{}
	add := func(n int, labels ...string) {
		for _, l := range labels {
			m[l] = n
		}
	}
	add(namePart,
		// English, and the forms of identity documents and visa applications
		"surname", "surnames", "surname(s)", "last name", "family name", "first name", "first names", "first name(s)",
		"given name", "given names", "given name(s)", "forename", "forenames", "middle name", "maiden name", "birth name",
		"names", "first name and initial", "surname and given name", "surname and given names", "patronymic",
		// Romanian, Hungarian, Finnish, Danish, Norwegian, Swedish
		"nume", "prenume", "numele", "prenumele", "nume de familie", "családi név", "utónév", "utónevek",
		"családi és utónév", "születési név", "sukunimi", "etunimi", "etunimet", "efternavn", "fornavn", "fornavne",
		"etternavn", "efternamn", "förnamn", "tilltalsnamn",
		// Slovak, Czech, Croatian, Serbian, Bulgarian, Russian, Ukrainian
		"priezvisko", "rodné priezvisko", "příjmení", "rodné příjmení", "prezime", "презиме", "фамилия", "отчество",
		"бащино име", "прізвище", "по батькові", "имя", "ім'я",
		// Baltic, Catalan, Spanish, French, German, Portuguese, Italian, Dutch, Polish
		"pavardė", "vardas", "vardai", "uzvārds", "perekonnanimi", "eesnimi", "eesnimed", "cognoms", "cognom",
		"apellidos", "apellido", "primer apellido", "segundo apellido", "nombres", "pre nombres", "prenombres",
		"nom de famille", "nom d'usage", "nom de naissance", "prénom", "prénoms", "nachname", "familienname", "vorname",
		"vornamen", "geburtsname", "geb.", "née", "sobrenome", "apelido", "apelidos", "cognome", "achternaam",
		"voornaam", "voornamen", "geslachtsnaam", "nazwisko", "imię", "imiona", "nazwisko rodowe",
		// Turkish, Tagalog, Swahili, Vietnamese
		"soyadı", "soyad", "adı", "apelyido", "unang pangalan", "jina la ukoo", "họ", "tên", "họ và tên", "họ tên",
		"họ, chữ đệm và tên",
		// Chinese, Japanese, Korean
		"姓名", "姓", "名", "氏名", "ふりがな", "フリガナ", "성명", "이름", "성", "한자")
	add(genericName,
		"name", "full name", "name and surname", "nom", "nom complet", "nombre", "nombre completo", "nome", "nome completo",
		"naam", "navn", "namn", "nimi", "név", "jméno", "meno", "ime", "име", "ime i prezime", "име и презиме",
		"nama", "nama lengkap", "pangalan", "buong pangalan", "jina", "jina kamili", "ad soyad", "adı soyadı", "ad", "фио",
		"नाम", "नाव", "पूरा नाम", "పేరు", "பெயர்", "الاسم", "الاسم الكامل")
	add(personRole,
		// who a medical, insurance, employment or tenancy document is about
		"patient", "client", "customer", "employee", "tenant", "tenants", "landlord", "lessee", "lessor", "consignee",
		"recipient", "addressee", "to", "guest", "pupil", "student", "parent", "guardian", "parent/guardian", "claimant",
		"applicant", "insured", "insured person", "policyholder", "policy holder", "cardholder", "card holder",
		"account holder", "account name", "holder", "doctor", "referring doctor", "referring physician", "physician",
		"attending physician", "complainant", "informant", "victim", "witness", "worker", "member", "passenger",
		"owner", "buyer", "debtor", "plaintiff", "defendant", "spouse", "bill to", "ship to", "deliver to",
		"pacient", "pacientul", "clientul", "salariat", "salariatul", "angajat", "chiriaș", "chiriaşul", "proprietar",
		"destinatar", "asigurat", "elev", "medic curant", "munkavállaló", "beteg", "páciens", "ügyfél", "címzett",
		"bérlő", "bérbeadó", "biztosított", "kártyabirtokos", "számlatulajdonos", "tanuló", "potilas", "työntekijä",
		"vuokralainen", "vuokranantaja", "asiakas", "vastaanottaja", "hakija", "vakuutettu", "lähettävä lääkäri",
		"oppilas", "huoltaja", "medarbejder", "lejer", "udlejer", "modtager", "patient/borger", "pasient", "ansatt",
		"arbeidstaker", "leietaker", "utleier", "mottaker", "henvisende lege", "anställd", "hyresgäst",
		"poistník", "poistený", "pacient/ka", "zamestnanec", "nájomca", "prenajímateľ", "príjemca", "pacijent",
		"radnik", "zaposlenik", "platitelj", "primatelj", "prijavitelj", "podnositelj", "najmoprimac", "najmodavac",
		"tužilac", "tuženi", "tužitelj", "tuženik", "uplatilac", "primalac", "zakupac", "пацијент", "радник",
		"титуляр", "пациент", "служител", "наемател", "наемодател", "получател", "владелец", "пациент(ка)",
		"работник", "арендатор", "арендодатель", "заявитель", "потерпевший", "плательщик",
		"pacientas", "gavėjas", "klientas", "darbuotojas", "nuomininkas", "mokėtojas", "darbinieks", "pacients",
		"īrnieks", "saņēmējs", "klients", "patsient", "maksja", "saaja", "töötaja", "üürnik", "saatev arst",
		"alumne", "alumna", "alumne/a", "pare", "mare", "tutor", "tutora", "prenedor", "assegurat", "llogater",
		"pacient/a", "nama murid", "nama pelajar", "nama bapa", "nama ibu", "nama penjaga", "penjaga", "pengadu",
		"nama pesakit", "nama pekerja", "nama karyawan", "nama pasien", "penyewa", "pemilik", "penerima", "tertanggung",
		"pasyente", "kliyente", "tumatanggap", "mgonjwa", "daktari", "mwombaji", "mpangaji", "mteja", "mpokeaji",
		"బీమా చేసిన వ్యక్తి", "రోగి", "దరఖాస్తుదారు", "रुग्णाचे नाव", "रुग्ण", "घरमालक", "भाडेकरू", "सूचनाकर्ता",
		"मरीज", "मरीज का नाम", "रोगी", "किरायेदार", "मकान मालिक", "शिकायतकर्ता", "आवेदक",
		"patient name", "client name", "customer name", "employee name", "student name", "name of employee",
		"name of foreign employee", "name of patient", "name of applicant", "name of insured", "cardholder name",
		"nom du patient", "destinataire", "titulaire du compte", "titulaire de la carte", "locataire", "bailleur",
		"assuré(e)", "salarié", "salarié(e)", "élève", "destinatario", "destinataria", "arrendatario",
		"arrendador", "arrendataria", "inquilino", "tomador", "asegurado/a", "titular de la cuenta", "titular de la tarjeta",
		"持卡人", "業主", "租客", "户名", "戶名", "主治医师", "主治醫師", "患者", "患者氏名", "病人", "患者姓名",
		"カード会員名", "会員名", "お名前", "ご依頼主", "お届け先",
		"anzeigeerstatter", "anzeigeerstatterin", "patientin", "mieter", "mieterin", "vermieter", "vermieterin",
		"arbeitnehmer", "arbeitnehmerin", "versicherungsnehmer", "versicherte person", "karteninhaber",
		"المستأجر", "المؤجر", "المريض", "اسم المريض", "صاحب البطاقة", "العميل",
		"nome do aluno", "nome da aluna", "aluno", "aluna", "responsável", "inquilino", "locatário",
		"locador", "segurado", "titular da conta", "kiraya veren", "kiracı", "kart sahibi", "hasta", "hasta adı",
		"çalışan", "personel", "müşteri", "sigortalı", "şikayetçi", "alıcı adı",
		"họ tên người bệnh", "tên người bệnh", "người bệnh", "bệnh nhân", "bác sĩ điều trị", "bác sĩ", "người thuê",
		"bên thuê", "chủ thẻ", "khách hàng", "người lao động",
		"pacjent", "pacjentka", "lekarz kierujący", "lekarz", "pokrzywdzony", "pokrzywdzona", "posiadacz",
		"posiadacz rachunku", "najemca", "wynajmujący", "pracownik", "zgłaszający", "ubezpieczony",
		"werknemer", "huurder", "verhuurder", "patiënt", "cliënt", "verzekerde", "rekeninghouder",
		"paziente", "destinatario/a", "conduttore", "locatore", "lavoratore", "dipendente", "titolare",
		// a contact or a payee, whose name a form or a CRM export may write
		// "Surname, Given" (bench/pii: "Contact person: Grinius, Monika")
		"contact person", "contact name", "beneficiary", "payee", "kontaktperson", "ansprechpartner",
		"ansprechpartnerin", "persona de contacto", "personne de contact", "persona di contatto", "contactpersoon",
		"osoba kontaktowa", "kontaktní osoba", "kontaktinė asmuo", "kontaktpersona",
		// who did the work in a service, maintenance or repair report (the
		// tenth blind table): "Techniker: Jonas Reinhardt, Handy …". Not
		// "installer" or "engineer" alone, which software's text also
		// labels ("Installer: Inno Setup")
		"technician", "service technician", "field technician", "service engineer", "field engineer", "techniker",
		"servicetechniker", "monteur", "monteurin", "technicien", "technicienne", "técnico", "técnica",
		"técnico responsável", "tecnico", "tecnica", "serwisant", "technik", "technička", "tekniker", "teknisyen",
		"инженер", "техник", "мастер", "майстер", "технік", "інженер", "担当者", "作業者", "维修工程师", "维修人员",
		"技术员", "담당 기사", "담당자", "الفني", "المهندس", "טכנאי", "तकनीशियन", "kỹ thuật viên", "teknisi",
		"kundin", "kunde",
		// the thirteenth blind table's forms: next of kin and emergency
		// contacts, parents and guardians, the policyholder, the insured and
		// the injured party, applicants and candidates, the keeper of a
		// vehicle, a parcel's sender, a tenancy's parties
		"next of kin", "emergency contact", "candidate", "candidate name", "tenant name", "child", "child's name",
		"name of the child", "carer", "parent/carer", "sender", "notfallkontakt", "halter", "halterin", "halter/in",
		"erziehungsberechtigte", "erziehungsberechtigter", "erziehungsberechtigte/r", "antragsteller",
		"antragstellerin", "absender", "absenderin", "kontoinhaber", "kontoinhaberin", "versicherter", "ehepartner",
		"responsable légal", "assuré", "assurée", "souscripteur", "souscriptrice", "tuteur", "tutrice", "conjoint",
		"conjointe", "personne à prévenir", "demandeur", "demandeuse", "expéditeur", "verzekeringnemer", "aanvrager",
		"noodcontact", "voogd", "alumno", "alumno/a", "solicitante", "contacto de emergencia", "cónyuge", "remitente",
		"beneficiario", "beneficiaria", "contraente", "assistito", "assistita", "alunno", "alunna", "alunno/a",
		"genitore", "richiedente", "intestatario", "intestataria", "mittente", "coniuge", "beneficiário",
		"beneficiária", "requerente", "cônjuge", "contato de emergência", "remetente", "nome impresso no cartão",
		"poszkodowany", "poszkodowana", "osoba upoważniona", "osoba upoważniona do informacji", "wnioskodawca",
		"opiekun prawny", "małżonek", "małżonka", "närmast anhörig", "närmaste anhörig", "anhörig", "sökande",
		"försäkringstagare", "forsikringstaker", "forsikringstager", "pårørende", "nærmeste pårørende", "lähiomainen",
		"omainen", "vakuutuksenottaja", "nájemce", "pronajímatel", "žadatel", "žadatelka", "pojištěný", "pojistník",
		"zákonný zástupce", "veli", "başvuran", "пацієнт", "лікар", "врач", "заявник", "орендар", "страхувальник",
		"страхователь", "застрахованный", "піб", "піб заявника", "фио заявителя", "ασθενής", "αιτών", "αιτούσα",
		"ασφαλισμένος", "ασφαλισμένη", "μισθωτής", "緊急連絡先", "承租方", "出租方", "申请人", "申请人姓名", "被保険者",
		"被保険者氏名", "申込者氏名", "カード名義", "피보험자", "신청인", "보호자", "환자", "환자명", "chủ tài khoản",
		"tên chủ tài khoản", "họ tên bệnh nhân", "nama peserta", "nama ibu kandung", "השוכר", "המשכיר",
		// the sixteenth blind table's orders, deliveries, bookings, invoices
		// and claims: renters and drivers, travellers and passengers, buyers
		// and an invoice's recipient, couriers, the other party of an
		// accident, a claim's adjuster. Not "driver" alone, which labels
		// software ("Driver: Intel Graphics"), nor "courier", a font
		"renter", "main driver", "additional driver", "named driver", "lead driver", "driver name", "traveler",
		"traveller", "lead traveller", "lead passenger", "passenger name", "guest name", "adjuster", "claims adjuster",
		"courier name", "delivery driver", "your driver", "unfallgegner", "unfallgegnerin", "empfänger", "empfängerin",
		"fahrer", "fahrerin", "reisender", "reisende", "zusteller", "zustellerin", "käufer", "käuferin",
		"voyageur", "voyageuse", "patiente", "passager", "passagère", "conducteur", "conductrice", "acheteur",
		"acheteuse", "livreur", "livreuse", "viajero", "viajera", "pasajero", "pasajera", "comprador", "compradora",
		"receptor", "receptora", "adquiriente", "adquirente", "conductor", "conductora", "repartidor", "repartidora",
		"cessionario", "committente", "passeggero", "passeggera", "conducente", "viaggiatore", "viaggiatrice",
		"acquirente", "corriere", "destinatário", "destinatária", "passageiro", "passageira", "condutor", "condutora",
		"entregador", "entregadora", "reiziger", "koper", "bestuurder", "bezorger", "ontvanger", "odbiorca", "nabywca",
		"kupujący", "pasażer", "pasażerka", "kierowca", "kurier", "płatnik", "příjemce", "kupující", "cestující",
		"řidič", "kurýr", "platitel", "platiteľ", "odběratel", "odberateľ", "mottagare", "köpare", "resenär", "förare",
		"kjøper", "sjåfør", "matkustaja", "kuljettaja", "ostaja", "παραλήπτης", "παραλήπτρια", "επιβάτης",
		"αγοραστής", "οδηγός", "curier", "cumpărător", "pasager", "șofer", "vevő", "utas", "sofőr", "futár",
		"befizető", "alıcı", "yolcu", "sürücü", "kurye", "получатель", "одержувач", "отримувач", "пассажир",
		"пасажир", "покупатель", "покупець", "водитель", "водій", "курьер", "кур'єр", "держатель карты",
		"фио держателя карты", "власник картки", "乘车人", "乘客", "旅客", "收件人", "收货人", "購入者", "申請人",
		"ドライバー", "担当ドライバー", "配達員", "宿泊者", "宿泊者氏名", "搭乗者", "승객", "구매자", "수령인",
		"받는 분", "배송기사", "اسم العميل", "صاحب الحساب", "اسم صاحب الحساب", "المستلم", "اسم المستلم", "المسافر",
		"اسم المسافر", "السائق", "المندوب", "שם הלקוח", "הלקוח", "שם הנוסע", "הנוסע", "הנמען", "בעל החשבון",
		"שם בעל החשבון", "बीमित व्यक्ति", "ग्राहक", "ग्राहक का नाम", "यात्री", "यात्री का नाम",
		// the seventeenth blind table's health, housing and public services:
		// prescribers (not "Provider", which labels software as often), a
		// member of a scheme, a landlord and a
		// guarantor, a claimant, an accused and a vehicle's keeper, doctors
		// by their office
		"prescriber", "enrollee", "main member", "respondent", "guarantor", "attendant",
		"pangalan ng miyembro", "betroffener", "betroffene", "gerechtigde", "afiliada", "afiliado", "locatario",
		"locataria", "locador", "locadora", "postulante", "denunciante", "proprietario del veicolo",
		"provozovatel vozidla", "executado", "executada", "paciente", "pacienta", "пациентка", "орендодавець",
		"орендарка", "лечащий врач", "лекуващ лекар", "лікуючий лікар", "ιατρός", "θεράπων ιατρός", "remitterande",
		"lekarz wypisujący", "lekarz prowadzący", "odosielajúci lekár", "ošetřující lékař", "médecin prescripteur",
		"médecin traitant", "il medico", "il medico radiologo", "médico", "médica", "médico assistente", "liječnik",
		"лекар", "의뢰 의사", "의뢰의사", "주치의", "الطبيب المعالج", "רופא משחרר", "רופא מטפל", "שם המטופלת",
		"שם המטופל", "نام بیمار", "貸主", "借主", "ご利用者", "賃貸人", "賃借人", "uthyrare", "hyresvärd", "locateur",
		"locatrice")
	// a parent's given name, as Polish, Turkish and Brazilian forms ask for
	// it (one word), and a mother's maiden name
	add(namePart, "imię ojca", "imię matki", "anne adı", "baba adı", "nome da mãe", "nome do pai", "nom du père",
		"nom de la mère", "nombre del padre", "nombre de la madre", "mother's maiden name", "roepnaam", "other names",
		"other name", "first given name", "first (given)", "last (family)", "nombre(s)", "apellido(s)",
		"apellido paterno", "apellido materno", "apellidos y nombre", "apellido y nombre", "apellidos y nombres",
		"cognome e nome", "cognome, nome", "nom et prénom", "nom, prénom", "name, vorname", "nachname, vorname",
		"familienname, vorname", "apellidos, nombre", "nom et prénoms", "surname, first name", "surname, given name",
		"last name, first name", "achternaam, voornaam", "nazwisko i imię", "příjmení, jméno", "επώνυμο", "όνομα", "πατρώνυμο", "μητρώνυμο", "שם משפחה",
		"שם פרטי")
	return m
}()

// formNameWords and formRoleWords make a label of two or more words the
// label of a person's name ("Nama Murid", "Name of the patient",
// "Employee name"), with formFillers between them.
var (
	formNameWords = map[string]bool{"name": true, "names": true, "nama": true, "nome": true, "nom": true, "nombre": true,
		"naam": true, "navn": true, "namn": true, "nimi": true, "név": true, "neve": true, "jméno": true, "meno": true,
		"ime": true, "име": true, "имя": true, "pangalan": true, "jina": true, "nav": true}
	formRoleWords = map[string]bool{"patient": true, "client": true, "customer": true, "employee": true, "tenant": true,
		"pupil": true, "student": true, "applicant": true, "insured": true, "cardholder": true, "guardian": true,
		"parent": true, "father": true, "mother": true, "spouse": true, "recipient": true, "consignee": true,
		"murid": true, "pelajar": true, "bapa": true, "ibu": true, "penjaga": true, "pesakit": true, "pekerja": true,
		"karyawan": true, "pasien": true, "aluno": true, "aluna": true, "paciente": true, "patiente": true,
		"mgonjwa": true, "mteja": true, "pasyente": true}
	formFillers = map[string]bool{"of": true, "the": true, "do": true, "da": true, "de": true, "del": true, "du": true,
		"la": true, "ya": true, "wa": true, "ng": true, "foreign": true, "full": true, "legal": true, "'s": true}
)

// formLabel reports whether label (a field's text before its separator) is
// the label of a person's name field, and the fewest words its value needs.
// A bilingual label matches by any of its parts ("Nume/Nom/Last name",
// "Name / Surname / Nom"), taking the part that asks least.
func formLabel(label string) (int, bool) {
	label = strings.TrimSpace(label)
	if n := len(label); n > 2 && isDigit(label[n-1]) && label[n-2] == ' ' {
		label = label[:n-2] // one of several: "Applicant 1", "Responsable légal 2"
	}
	if label == "" || len(label) > maxFormLabel || !formLabelFirst[label[0]] && label[0] < 0x80 || !labelShaped(label) {
		return 0, false
	}
	var buf [2 * maxFormLabel]byte
	l := lowerInto(buf[:0], label)
	if len(l) > 2 && l[1] == ' ' && 'a' <= l[0] && l[0] <= 'z' {
		l = l[2:] // a box's letter before its label, as US tax forms print it ("e Employee's first name")
	}
	if n, ok := formLabels[string(l)]; ok { // no copy: a map index by string(bytes) allocates nothing
		return n, true
	}
	if q := withoutQualifier(l); len(q) < len(l) {
		if n, ok := formLabels[string(q)]; ok {
			return n, true
		}
	}
	return formLabelParts(l)
}

// withoutQualifier drops the parenthesised words a form puts after a
// label to say how to fill it in: "Surname (as in passport)", "Name (in
// full)", "Nom (en majuscules)", "氏名（漢字）", "氏名（カナ）".
func withoutQualifier(l []byte) []byte {
	var open int
	switch {
	case bytes.HasSuffix(l, []byte(")")):
		open = bytes.LastIndexByte(l, '(')
	case bytes.HasSuffix(l, []byte("）")):
		open = bytes.LastIndex(l, []byte("（"))
	default:
		return l
	}
	if open <= 0 {
		return l
	}
	return bytes.TrimRight(l[:open], " ")
}

// maxLabelSpaces is the most spaces a label of a name's field holds, a
// trilingual one with spaced slashes ("Vornamen / Given names / Prénoms").
const maxLabelSpaces = 8

// labelShaped is the cheap test that spares a line of prose the lowering
// and the lookups: a label has few words, no digit and none of the
// punctuation of sentences, addresses and code.
func labelShaped(label string) bool {
	spaces := 0
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c == ' ':
			if spaces++; spaces > maxLabelSpaces {
				return false
			}
		case isDigit(c) || c == '?' || c == '!' || c == '@' || c == '=' || c == '<' || c == '>' || c == '"' ||
			c == '{' || c == '}' || c == '[' || c == ']' || c == '#' || c == ';' || c == '|' || c == '_':
			return false
		}
	}
	return true
}

// lowerInto appends label in lower case to buf, with "’" as "'", without
// the allocations of strings.ToLower and a conversion: formLabel runs on
// the first field of every short line. A label whose lower case outgrows
// buf (none does: a label has at most maxFormLabel bytes, and lower case
// adds a byte to few letters) is cut there.
func lowerInto(buf []byte, label string) []byte {
	for _, r := range label {
		if r == '’' {
			r = '\''
		} else if r >= utf8.RuneSelf || 'A' <= r && r <= 'Z' {
			r = unicode.ToLower(r)
		}
		if len(buf)+utf8.RuneLen(r) > cap(buf) {
			break
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// contactWords open the label of a department's or a task's contact
// person, whose value is a name when it reads as one ("Contact
// comptabilité : Nadia Haddad"; "Contact email" holds an address, no name).
var contactWords = map[string]bool{"contact": true, "kontakt": true, "contacto": true, "contato": true, "contatto": true,
	"ansprechpartner": true, "ansprechpartnerin": true, "interlocuteur": true, "referente": true, "contactpersoon": true}

// formLabelParts is formLabel for the parts of a bilingual label, for a
// possessive role ("patient's surname") and for a name word with a role
// word. It reads the lower-cased label as bytes, as formLabel made it: a
// string of it would be an allocation for every field that is no label.
func formLabelParts(l []byte) (int, bool) {
	if k := bytes.Index(l, []byte("'s ")); k > 0 && formRoleWords[string(l[:k])] {
		if n, ok := formLabels[string(l[k+3:])]; ok {
			return n, true // "patient's surname", "employee's first name and initial"
		}
	}
	if k := bytes.IndexByte(l, ' '); k > 0 && formRoleWords[string(l[:k])] {
		if n, ok := formLabels[string(l[k+1:])]; ok && n == namePart {
			return n, true // "student given name", "patient surname"
		}
	}
	if k := bytes.IndexByte(l, ' '); k > 0 && contactWords[string(l[:k])] && bytes.Count(l, []byte(" ")) <= 2 {
		return personRole, true // a department's contact: "Contact comptabilité", "Ansprechpartner Vertrieb"
	}
	best, found := 0, false
	for rest := l; bytes.IndexByte(l, '/') > 0 && len(rest) > 0; {
		part := rest
		if k := bytes.IndexByte(rest, '/'); k >= 0 {
			part, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		if n, ok := formLabels[string(bytes.TrimSpace(part))]; ok && (!found || n < best) {
			best, found = n, true
		}
	}
	if found {
		return best, true
	}
	return personRole, nameWithRole(l)
}

// nameWithRole: the label is a name word and a role word, with fillers
// ("name of foreign employee", "nama murid", "customer's name").
func nameWithRole(l []byte) bool {
	named, role := false, false
	for len(l) > 0 {
		l = bytes.TrimLeft(l, " ")
		k := bytes.IndexByte(l, ' ')
		if k < 0 {
			k = len(l)
		}
		w := l[:k]
		l = l[k:]
		if len(w) == 0 {
			continue
		}
		if p, ok := bytes.CutSuffix(w, []byte("'s")); ok {
			w = p
		}
		switch {
		case formNameWords[string(w)]:
			named = true
		case formRoleWords[string(w)]:
			role = true
		case !formFillers[string(w)]:
			return false
		}
	}
	return named && role
}

// formLabelFirst holds the first bytes, in both cases, of the labels in
// ASCII letters, so that formLabel settles most prose lines with a lookup.
var formLabelFirst = func() (first [256]bool) {
	for l := range formLabels {
		if l[0] < 0x80 {
			first[l[0]], first[strings.ToUpper(l[:1])[0]] = true, true
		}
	}
	for _, set := range []map[string]bool{formNameWords, formRoleWords} {
		for l := range set {
			if l[0] < 0x80 {
				first[l[0]], first[strings.ToUpper(l[:1])[0]] = true, true
			}
		}
	}
	return first
}()

// formLabelText: t, a line under a label, is a label itself (a blank
// form's next field), or holds a label's word.
func formLabelText(t string) bool {
	if _, ok := formLabel(t); ok {
		return true
	}
	return hasFormFieldWord(t)
}

// formFieldWords are the words of the labels of a form's other fields
// (dates, places, numbers, sex, nationality, signature), in the table's
// languages: a value that holds one is a label, not a name ("DATE OF
// BIRTH" under a blank "SURNAME").
var formFieldWords = map[string]bool{
	"date": true, "birth": true, "place": true, "sex": true, "gender": true, "nationality": true, "address": true,
	"number": true, "no": true, "no.": true, "signature": true, "issue": true, "expiry": true, "valid": true,
	"until": true, "height": true, "code": true, "card": true, "document": true, "authority": true, "type": true,
	"fecha": true, "nacimiento": true, "vencimiento": true, "documento": true, "número": true, "sexo": true,
	"nacionalidad": true, "lugar": true, "domicilio": true, "naissance": true, "lieu": true, "sexe": true,
	"nationalité": true, "adresse": true, "datum": true, "geburtstag": true, "geburtsort": true, "gültig": true,
	"staatsangehörigkeit": true, "anschrift": true, "data": true, "nașterii": true, "naștere": true, "cetățenie": true,
	"domiciliu": true, "születési": true, "idő": true, "hely": true, "állampolgárság": true, "érvényesség": true,
	"lakcím": true, "dátum": true, "narodenia": true, "miesto": true, "občianstvo": true, "platnosť": true,
	"rođenja": true, "mjesto": true, "državljanstvo": true, "adresa": true, "дата": true, "рождения": true,
	"място": true, "раждане": true, "пол": true, "гражданство": true, "адрес": true, "рођења": true,
	"gimimo": true, "vieta": true, "pilietybė": true, "dzimšanas": true, "sünniaeg": true, "sünnikoht": true,
	"kodakondsus": true, "doğum": true, "tarihi": true, "yeri": true, "cinsiyeti": true, "uyruğu": true,
	"ngày": true, "sinh": true, "giới": true, "tính": true, "quốc": true, "tịch": true, "nơi": true, "tarikh": true,
	"lahir": true, "jantina": true, "alamat": true, "tarehe": true, "kuzaliwa": true, "jinsia": true, "anwani": true,
	"petsa": true, "kapanganakan": true, "tirahan": true, "telefon": true, "phone": true, "email": true, "e-mail": true,
}

// hasFormFieldWord: one of t's words, in lower case, is in formFieldWords.
func hasFormFieldWord(t string) bool {
	for w := range strings.FieldsSeq(t) {
		if formFieldWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
