package scrub

import "testing"

// TestNamesOverContacts pins namesOverContacts: the name heading a block
// of lines over an e-mail or a phone (a CV's header, under its heading
// too; a Markdown heading; a signature block); a desk, a company with its
// legal form, a form's title and a job title under the name stay, and a
// title before the name stays outside it.
func TestNamesOverContacts(t *testing.T) {
	checkTexts(t, []textCase{
		{"Maja Lindqvist\nData Analyst\nGöteborg · +46 70 123 45 67 · maja.lindqvist@gmail.com",
			"<NAME_1>\nData Analyst\nGöteborg · <PHONE_1> · <EMAIL_1>"},
		{"Lebenslauf\nFelix Hoffmann\nGeburtsdatum: 03.04.1991\nTelefon: +49 171 2345678",
			"Lebenslauf\n<NAME_1>\nGeburtsdatum: <DATE_OF_BIRTH_1>\nTelefon: <PHONE_1>"},
		{"## Priya Raghavan\npriya.r@outlook.com | +44 7700 900321", "## <NAME_1>\n<EMAIL_1> | <PHONE_1>"},
		{"Merci d'avance.\n\nLucas Moreau\n06 12 34 56 78", "Merci d'avance.\n\n<NAME_1>\n<PHONE_1>"},
		// no person heads these blocks
		{"Customer Support\nsupport@example.org\n+1 415 555 0100", "Customer Support\n<EMAIL_1>\n<PHONE_1>"},
		{"Nordic Parts AB\nBox 123\n+46 8 123 456 78", "Nordic Parts AB\nBox 123\n<PHONE_1>"},
		{"Personal Loan Application\nApplicant: Brian Otieno\nPhone: +254 712 482 917", "Personal Loan Application\nApplicant: <NAME_1>\nPhone: <PHONE_1>"},
		{"Dr Élise Marchand\nCardiologue\nTél. 04 91 48 29 17", "Dr <NAME_1>\nCardiologue\nTél. <PHONE_1>"},
		// under a CV's heading, past lines of personal data; without the
		// heading, the phone four lines under the name is too far
		{"CV\nJonas Berg\nGeburtsdatum: 12.05.1990\nIBAN: DE89 3704 0044 0532 0130 00\nAdresse: Hauptstraße 5, 10115 Berlin\nTelefon: +49 171 2345678",
			"CV\n<NAME_1>\nGeburtsdatum: <DATE_OF_BIRTH_1>\nIBAN: <IBAN_1>\nAdresse: <ADDRESS_1>, 10115 Berlin\nTelefon: <PHONE_1>"},
		{"Jonas Berg\nGeburtsdatum: 12.05.1990\nIBAN: DE89 3704 0044 0532 0130 00\nAdresse: Hauptstraße 5, 10115 Berlin\nTelefon: +49 171 2345678",
			"<NAME_1>\nGeburtsdatum: <DATE_OF_BIRTH_1>\nIBAN: <IBAN_1>\nAdresse: <ADDRESS_1>, 10115 Berlin\nTelefon: <PHONE_1>"},
		// the e-mail too far under the line
		{"Quarterly Review\nAgenda\nBudget\nHiring\nContact: ops@example.org", "Quarterly Review\nAgenda\nBudget\nHiring\nContact: <EMAIL_1>"},
	})
}

// TestNamesInReferences pins namesInReferences: the names heading the
// items of a references section, after a title, a bullet or a number, and
// on a heading's own line after its colon; a company and a role heading an
// item, and names outside such a section, stay.
func TestNamesInReferences(t *testing.T) {
	checkTexts(t, []textCase{
		{"REFERENCES\n• Laura Chen, Director of Engineering, Shopify\n2. Engr. Tunde Bakare (supervisor)",
			"REFERENCES\n• <NAME_1>, Director of Engineering, Shopify\n2. Engr. <NAME_2> (supervisor)"},
		{"Referenzen: Katrin Vogel – Teamleiterin, SAP SE", "Referenzen: <NAME_1> – Teamleiterin, SAP SE"},
		{"References\nAcme Widgets Ltd, former employer\nHead Chef – The Ivy", "References\nAcme Widgets Ltd, former employer\nHead Chef – The Ivy"},
		// outside a references section the rule stays quiet; the name is the prose rule's (name_prose.go)
		{"Thanks to Laura Chen, Director of Engineering, for the review.", "Thanks to <NAME_1>, Director of Engineering, for the review."},
	})
}

// TestApplicantColumns pins the applicants' columns and keys of
// applicant-tracking exports, beside a contact's column or key (as every
// table's and record's name needs); a job's column stays.
func TestApplicantColumns(t *testing.T) {
	checkTexts(t, []textCase{
		{"Applicant,Email,Job\nLena Fischer,lena.f@web.de,Data Engineer", "Applicant,Email,Job\n<NAME_1>,<EMAIL_1>,Data Engineer"},
		{`{"candidato": "Rafael Costa", "email": "rafa.costa@uol.com.br", "vaga": "Analista de Sistemas"}`,
			`{"candidato": "<NAME_1>", "email": "<EMAIL_1>", "vaga": "Analista de Sistemas"}`},
		{`{"candidate_name": "Omar Haddad", "phone": "+44 7700 900123", "job_title": "Backend Engineer"}`,
			`{"candidate_name": "<NAME_1>", "phone": "<PHONE_1>", "job_title": "Backend Engineer"}`},
	})
}

// TestSalutationsInTheVocative pins the greetings of letters and
// recruiters' messages that put a title before a name in the vocative; the
// same greetings before a group stay.
func TestSalutationsInTheVocative(t *testing.T) {
	checkTexts(t, []textCase{
		{"Vážená paní Horáková,\n\nděkuji za pozvání.", "Vážená paní <NAME_1>,\n\nděkuji za pozvání."},
		{"Geachte mevrouw De Boer,\n\nHierbij solliciteer ik.", "Geachte mevrouw <NAME_1>,\n\nHierbij solliciteer ik."},
		{"Oi Camila! Aqui é o Bruno Lima, da Gupy.", "Oi <NAME_1>! Aqui é o <NAME_2>, da Gupy."},
		{"Добрый день, коллеги!", "Добрый день, коллеги!"},
		{"Kære alle,\n\ntak for i dag.", "Kære alle,\n\ntak for i dag."},
	})
}

// TestPhoneCuesStartWords: a phone cue outside ASCII starts a word in a
// script with spaces ("работодателя" holds "тел" and is no cue), and may
// sit inside a word of Arabic, Hebrew and the scripts without spaces.
func TestPhoneCuesStartWords(t *testing.T) {
	checkTexts(t, []textCase{
		{"ИНН работодателя 7707482915.", "ИНН работодателя 7707482915."},
		{"мой тел. 916 123 45 67", "мой тел. <PHONE_1>"},
		{"وجوالي 0551234567", "وجوالي <PHONE_1>"},
	})
}

// TestLettersAndCertificates pins the fifteenth table's letter cues: a
// chain of titles before a name, French "je soussignée" and "M.", a
// Europass name field, a street in a JSON value; "Nossa Senhora" and an
// initial after a capitalised word stay.
func TestLettersAndCertificates(t *testing.T) {
	checkTexts(t, []textCase{
		{"Exma. Senhora Dra. Ana Pires,", "Exma. Senhora Dra. <NAME_1>,"},
		{"Je soussigné, Paul Girard, atteste que M. Hugo Petit a travaillé chez nous.", "Je soussigné, <NAME_1>, atteste que M. <NAME_2> a travaillé chez nous."},
		{"Prénom(s) / Nom(s): Léa Martin", "Prénom(s) / Nom(s): <NAME_1>"},
		{`{"location": {"address": "48 Baker Street", "city": "London"}}`, `{"location": {"address": "<ADDRESS_1>", "city": "London"}}`},
		{"Bairro Nossa Senhora Da Penha", "Bairro Nossa Senhora Da Penha"},
		{"see Figure M. Dupont and the table", "see Figure M. Dupont and the table"},
	})
}

// TestFifteenthTableShapes pins the fifteenth table's other shapes: a
// Hungarian date of birth with its month's name and the town before the
// street after a Hungarian label, a Dutch street named after a person, an
// Indian honorific outside the name; the same street shape after an
// English label and "in der" before a German street stay as they were.
func TestFifteenthTableShapes(t *testing.T) {
	checkTexts(t, []textCase{
		{"Születési idő: 1988. október 21.", "Születési idő: <DATE_OF_BIRTH_1>"},
		{"Lakcím: 6720 Szeged, Kárász utca 9.", "Lakcím: 6720 Szeged, <ADDRESS_1>."},
		{"Adres: Van der Helststraat 12, 1072 Amsterdam", "Adres: <ADDRESS_1>, 1072 Amsterdam"},
		{"Mother's Name: Smt. Kavita Sharma", "Mother's Name: Smt. <NAME_1>"},
		{"Address: 1428 Maple Avenue, Apt 3B, Springfield", "Address: <ADDRESS_1>, Apt 3B, Springfield"},
		{"Wir wohnen in der Lindenstraße 14.", "Wir wohnen in der <ADDRESS_1>."},
	})
}
