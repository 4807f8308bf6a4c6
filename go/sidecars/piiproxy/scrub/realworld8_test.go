package scrub

import "testing"

// docPaste8Cases is an eighth blind table: the text of documents users
// paste into a RAG chatbot, as copy-paste or PDF/OCR extraction gives it,
// in 49 locale groups (Romanian, Hungarian, Finnish, Danish, Norwegian,
// Slovak, Croatian, Serbian in Cyrillic and Latin, Bulgarian, Lithuanian,
// Latvian, Estonian, Catalan, Malay, Tagalog, Swahili of Kenya and
// Tanzania, Tamil, Telugu, Marathi, Hindi, English of Ethiopia, South
// Africa, Australia, New Zealand, Singapore and the US, Canadian French,
// Chilean and Peruvian Spanish, Chinese of Taiwan, Hong Kong and the
// mainland, German, French, Spanish, Japanese, Korean, Arabic of the UAE and
// Saudi Arabia, Russian, Brazilian Portuguese, Turkish, Indonesian,
// Vietnamese, Polish, Italian, Dutch): CV and résumé headers, referral and
// discharge letters, tenancy and employment contracts' parties clauses,
// insurance claims, invoices, shipping labels and waybills, customs
// declarations, school enrolment forms, court filings and police reports,
// OCR'd identity cards and driving licences with their local (often
// bilingual or trilingual) field labels, bank statement headers and RIBs,
// a visa application, pay slips and a W-2. The text is laid out as
// extraction leaves it: labels over their values on separate lines, values
// in columns after runs of spaces or tabs, ALL-CAPS names, "Surname, Given
// names" order, names with particles (van der, de La, da, bin, binti, S/O,
// Dela), local date formats (trailing dots, spaced digits, month
// abbreviations, ROC and Shōwa eras, Devanagari digits, the Ethiopian
// calendar) and local phone formats. Values carry valid checks, computed by
// a script (/tmp/pii8/ids.py when the table was written): Luhn for cards,
// the SA id and the Emirates ID, mod-97 for IBANs of each country's length,
// and each national id's own check (CNP, HETU, CPR mod 11, fødselsnummer,
// isikukood and asmens kodas, personas kods, EGN, OIB, JMBG, rodné číslo,
// TAJ and adóazonosító jel, DNI/NIE, codice fiscale, PESEL, CPF, RUT, TC
// Kimlik, South African ID, Aadhaar (Verhoeff), the Chinese resident id,
// the Taiwan id, HKID, NRIC/FIN, RRN, My Number, BSN, NIR, SIN, TFN,
// Medicare, IRD, NHI, Steuer-ID, SV-Nummer, СНИЛС, ИНН, ICAO 9303 for the
// Personalausweis number, the Japanese licence number's mod 11). The clean
// rows are near-misses from the same documents: invoice, order, policy,
// claim, waybill, tracking, container and booking numbers, company
// registration, tax and VAT numbers (some of them valid in a person's
// scheme: a company's OIB and RUT), IBANs with a wrong check, Luhn-failing
// and masked cards, a partly masked IBAN, an RF reference that passes mod
// 97, national ids with a wrong check, issue, expiry, invoice, admission and
// court dates, blank forms and templates, diagnoses, lab values and
// amounts.
//
// Decisions written into the wants (the earlier tables' decisions are
// followed where they speak: labels, cue words and titles stay, a postcode,
// a town, a district and a flat after a comma or a flat word stay, a
// Japanese, Chinese or Korean address runs from its first administrative
// unit down to the number and, in Chinese, its building, floor and flat):
//   - a field's value is masked and its label kept, whatever the layout:
//     a label over its value on the next line, a value after a run of
//     spaces or tabs, a bilingual label ("Nume/Nom/Last name");
//   - surname and given names in separate fields are separate placeholders
//     (as first_name and last_name keys are in realworld6_test.go); one
//     field holding both, in "Surname, Given names" order or family name
//     first, is one placeholder, the comma inside it; ALL-CAPS names are
//     names; particles and patronymic links (van der, de La, da, bin,
//     binti, S/O, i) are inside the name; titles and honorifics (Dr, Dr.
//     med., PD, LL, lek. med., Dott., Sig.ra, Mme, M, Mr, Ms, mevrouw, don,
//     D., Dña., Herr, W/ro, श्री., श्रीमती, السيد/, BS., Dkt., dr, 様)
//     stay; a name written in two scripts (Han and its romanisation, Hangul
//     and Hanja, Arabic and Latin, kana and kanji) is one placeholder per
//     form; a professional's name (the doctor who signs or refers, a
//     company's director who signs a contract) is masked like any person's;
//   - identity documents' own numbers (identity card, passport or travel
//     document, driving licence, FIN) are NATIONAL_ID, as passport numbers
//     are in national_id_test.go; so are a person's tax ids (Steuer-ID,
//     NPWP, TIN of an employee, ИНН) and health or patient numbers (NHI,
//     Medicare, RAMQ, BHYT, NHC, 住院号), as realworld7 decided for MRNs;
//     an employee, personnel, member, student or customer number stays, as
//     do policy, claim, case, FIR, court file and invoice numbers;
//   - only a date of birth is masked; issue, expiry, validity, admission,
//     discharge, loss, incident, invoice and due dates stay, even on an
//     identity card beside the birth date; a birth date written in an era
//     or another calendar is masked with its era (民國79年3月8日, 昭和58年
//     7月21日); "E.C." after an Ethiopian-calendar date and "(G.C.)" stay;
//     the trailing dot of a Serbian, Hungarian or Korean date
//     ("04.03.1992.", "1988. 02. 14.") stays outside the span, as
//     punctuation; the place of birth stays, as a town does;
//   - the street and house number are masked for anyone, a company's
//     letterhead, a hospital's or a sender's included: the scanner cannot
//     tell whose street it is, and companies' e-mail addresses and phone
//     numbers are masked too (realworld6_test.go); company names and their
//     registration, tax and VAT numbers stay, even where the number is valid
//     in a person's scheme (an OIB, a Chilean RUT) or sits beside the
//     person's own;
//   - a unit or block written before the number without a comma ("Unit
//     4/27 Queen Street", "Blk 12 Lot 7 Sampaguita St.", "NO 12 JALAN SS
//     2/24") and a Nordic stair letter and flat number right after it with
//     no word ("Hämeenkatu 14 B 22", "Tammelan puistokatu 8 A 5") belong to
//     the address, as Vienna's "45/3/12" and "5/12 Smith St" do; a flat
//     given with its own word (ap., m., app., apto, Daire:, Dpto.) or after
//     a comma stays outside; "ul." and "Bd." before the street are inside;
//   - MRZ lines and bank account numbers that are no IBAN are left out of
//     the table: no kind of the package fits them yet.
//
// Blind baseline (phase 1, on the detectors of 7c0ae78): 16 of 134
// positive rows passed and 8 of 87 clean rows were masked. By the kind of
// the row: secret 1/2, email 2/6, iban 2/14, national_id 5/53, credit_card
// 1/9, ssn 0/1, ip 0/3, date_of_birth 1/5, phone 2/6, name 0/19, address
// 2/16. By placeholder (each value a row wants masked): NAME 38/181 (one
// cut at the wrong place), NATIONAL_ID 64/90 (two read as phones, and ten
// false), ADDRESS 47/65 (six cut at the wrong place), DATE_OF_BIRTH 44/50,
// PHONE 43/49 (and five false), EMAIL 19/19, IBAN 18/18, CREDIT_CARD 10/10,
// IP 3/3, SECRET 1/2, SSN 1/1. Most failing rows failed on a name only.
//
// Final figures (phase 2, on the table as corrected below, of 135 positive
// and 86 clean rows): 127 of 135 positive rows pass and 0 of 86 clean rows are
// masked; the 8 rows left fail on purpose, each with its gap below (bare
// name lines on four cards, which need a model; two Aadhaar numbers with
// no label; a Japanese licence's number after 番号; a Spanish "Paciente:"
// whose reading an earlier table's want forbids). By placeholder: NAME
// 174/181, NATIONAL_ID 92/95, ADDRESS 64/65 (one cut at the wrong place),
// DATE_OF_BIRTH 50/50, PHONE 49/49, EMAIL 19/19, IBAN 18/18, CREDIT_CARD
// 10/10, IP 3/3, SECRET 2/2, SSN 1/1, and none false.
//
// The rules added for the misses (each the general rule of its kind):
//   - names in forms' fields (name_form.go, name_form_labels.go): a label
//     that names a person's name field (surname, given names, patronymic,
//     full name, and the roles a document names a person by: patient,
//     client, employee, tenant, landlord, consignee, recipient, cardholder,
//     account holder, claimant, insured, guest, pupil, parent or guardian,
//     doctor, complainant …, in the table's 49 locales and their common
//     equivalents), whole or as one part of a bilingual label
//     ("Nume/Nom/Last name"), or a name word with a role word ("Nama
//     Murid", "Name of foreign employee", "e Employee's first name"),
//     then a colon, a tab, a column's run of spaces, an ideographic space
//     or a line break, and a value that looks like a name in its script:
//     one to five capitalised or ALL-CAPS words with particles and
//     patronymic links ("van der", "binti", "S/O"), "Surname, Given names"
//     as one value, two to four Han characters, kana up to an honorific,
//     Hangul, or one to four words of a script without case; titles before
//     it stay (formTitles), a second form in brackets is its own value; a
//     role wants two words (one capitalised word after "Client:" is as
//     often a company), a company with its legal form, a label, a date or
//     a number is no value, and a line under a label must fill its column
//     and hold no label's word, so blank forms stay (TestFormNames);
//   - the holder of a national id right after the name ("Стоян Василев
//     Николов, ЕГН …"), a contract's party after "represented by", "в
//     лице", "представлявано от" and their kin or a Romanian role noun
//     with its article, past the office in lower case (name_holder.go);
//     "Herrn"/"Frau" alone on an address block's line; titles Dr, D.,
//     Dña., W/ro, Dkt., PD, LL, Dr. med., السيد/; after an Arabic courtesy
//     title, a third word with the article is the family name;
//   - identity documents' own numbers after their labels (a card's, a
//     driving licence's, a travel document's, in the cards' languages) and
//     new schemes with their checks (national_id_docs.go): the Taiwan id,
//     the Emirates ID (its dashed 784 shape alone), Medicare, NHI, IRD,
//     RAMQ, SV-Nummer, Tanzania's NIDA (ids of 20 characters now), BHYT;
//     NPWP and a TIN only with a person's name or birth date before them
//     (two earlier tables keep a company's); "T.C.", "серия и номер",
//     Telugu and Tamil Aadhaar, NHC and 住院号 as a person's number; a
//     company's id right after its legal form, or after an issuer's or a
//     company register's label, stays;
//   - policy, case, claim and company-register words are no phone cues
//     (póliza, pòlissa, पॉलिसी, ügyszám, cégjegyzék, ticaret sicil …);
//   - dates of birth: digits separated by single spaces in a card's widths
//     (4-2-2 or 2-2-4) after a cue, Finnish "s." after a comma, Swahili,
//     Telugu, Marathi and Tamil labels;
//   - phones: Danish and Norwegian eight-digit groupings after a phone
//     word, "Tél.", Telugu and Marathi mobile words, a Chinese waybill's
//     recipient line;
//   - a password's name with a qualifier after it ("Kata sandi
//     sementara:");
//   - addresses: Nordic street words apart from a two-word name ("Thorvald
//     Meyers gate", "gate" only after a genitive) with a stair letter and
//     a flat after the number, Croatian and Serbian Trg and Bulevar with
//     names in the genitive and "ul." before them and "br." for the
//     number, Russian "пр." after the name, Italian elisions (dell'),
//     German streets named by a preposition ("Im Neuenheimer Feld 410")
//     before a postcode, Tamil street words after the name, Unit, Lot and
//     a block before a lot, the Vietnamese card's place of residence, and
//     Chinese addresses with a road's section (一段), or without a
//     district's suffix when a floor or a flat follows (Hong Kong), and a
//     flat's letter ("12樓B室").
//
// One input was corrected after the run (the figures above are of the
// corrected table, and the row's outcome did not change): the Japanese
// driving licence number 620482917300 had no valid check digit (the 11th
// digit is (11 − Σ wᵢdᵢ mod 11) mod 10 with weights 5,4,3,2,7,6,5,4,3,2);
// it is 620482917380 now. No want was changed.
//
// Wants changed in phase 2, because they contradicted an earlier table's
// decision (the blind figures above are of the table as written):
//   - an employee, personnel or member number is a person's number, masked
//     as NATIONAL_ID: TestPersonNumbers (gaps2_test.go) decided so for
//     "employee number 00418277", "Member ID: 903318274", "Matricule
//     7741203" and "Kundennummer", and no rule can tell a pay slip's
//     "Employee No.: 004821" from them. So the en-ZA, en-AU, de-DE and
//     nl-NL pay slips now want the employee, member and personnel numbers
//     masked (the other ids' placeholders renumbered), and the en-US pay
//     stub, written as a clean row for its "Employee ID: 004821", is a
//     positive row of kind national_id (135 positive and 86 clean rows
//     now). Policy, claim, case, FIR, court file and invoice numbers stay,
//     as the table decided.
//
// The group is the locale.
var docPaste8Cases = []tableCase{
	// --- Romanian -----------------------------------------------------------
	pii("ro-RO", NationalID, "OCR'd identity card: trilingual labels over their values, the flat after the house number",
		"ROMÂNIA ROUMANIE ROMANIA\nCARTE DE IDENTITATE IDENTITY CARD\nCNP 2910314122077\nNume/Nom/Last name\nMUREȘAN\nPrenume/Prenom/First name\nELENA-ANDREEA\nCetățenie/Nationalité/Nationality\nRomână / ROU\nLoc naștere/Lieu de naissance/Place of birth\nJud.CJ Mun.Cluj-Napoca\nDomiciliu/Adresse/Address\nMun.Cluj-Napoca\nStr. Horea nr. 27 ap. 5\nValabilitate/Validité/Validity\n18.05.21-14.03.2031",
		"ROMÂNIA ROUMANIE ROMANIA\nCARTE DE IDENTITATE IDENTITY CARD\nCNP <NATIONAL_ID_1>\nNume/Nom/Last name\n<NAME_1>\nPrenume/Prenom/First name\n<NAME_2>\nCetățenie/Nationalité/Nationality\nRomână / ROU\nLoc naștere/Lieu de naissance/Place of birth\nJud.CJ Mun.Cluj-Napoca\nDomiciliu/Adresse/Address\nMun.Cluj-Napoca\n<ADDRESS_1> ap. 5\nValabilitate/Validité/Validity\n18.05.21-14.03.2031"),
	pii("ro-RO", Name, "discharge letter: an ALL-CAPS patient family name first, a CNP and the attending doctor",
		"SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ\nScrisoare medicală\nPacient: POPESCU ION, vârsta 45 ani\nCNP: 1790624045838\nInternat: 02.10.2024 – Externat: 09.10.2024\nDiagnostic: pneumonie comunitară\nMedic curant: Dr. Vlad Constantinescu",
		"SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ\nScrisoare medicală\nPacient: <NAME_1>, vârsta 45 ani\nCNP: <NATIONAL_ID_1>\nInternat: 02.10.2024 – Externat: 09.10.2024\nDiagnostic: pneumonie comunitară\nMedic curant: Dr. <NAME_2>"),
	pii("ro-RO", IBAN, "employment contract's parties clause: the employee's name, address, CNP and salary account",
		"CONTRACT INDIVIDUAL DE MUNCĂ nr. 148/12.01.2024\nîntre SC Transilvania Soft SRL, CUI RO18273645, în calitate de angajator, și\nsalariatul Andrei-Mihai Stoica, domiciliat în București, Str. Lipscani nr. 18, sector 3, CNP 1860711402630,\ncont salariu IBAN RO42 BTRL 0640 1205 4829 1736",
		"CONTRACT INDIVIDUAL DE MUNCĂ nr. 148/12.01.2024\nîntre SC Transilvania Soft SRL, CUI RO18273645, în calitate de angajator, și\nsalariatul <NAME_1>, domiciliat în București, <ADDRESS_1>, sector 3, CNP <NATIONAL_ID_1>,\ncont salariu IBAN <IBAN_1>"),
	pii("ro-RO", Phone, "invoice: the client block under the supplier's company data",
		"FACTURĂ seria CJ nr. 004821 din 15.11.2024\nFurnizor: Transilvania Soft SRL, CUI RO18273645, J12/3456/2015\nClient: Ioana Pop\nAdresa: Calea Dorobanților 71, ap. 12, 010553 București\nTel.: 0744 582 917\nE-mail: ioana.pop84@yahoo.com",
		"FACTURĂ seria CJ nr. 004821 din 15.11.2024\nFurnizor: Transilvania Soft SRL, CUI RO18273645, J12/3456/2015\nClient: <NAME_1>\nAdresa: <ADDRESS_1>, ap. 12, 010553 București\nTel.: <PHONE_1>\nE-mail: <EMAIL_1>"),
	clean("ro-RO", Phone, "invoice header with only the supplier's registry data, dates and a total",
		"Furnizor: Transilvania Soft SRL\nCUI: RO18273645\nNr. Reg. Com.: J12/3456/2015\nSediu: Cluj-Napoca, jud. Cluj\nFactura nr. 004821 / 15.11.2024\nScadență: 15.12.2024\nTotal de plată: 4.820,00 lei"),
	clean("ro-RO", IBAN, "a bank's rejection notice quoting an IBAN with a wrong check",
		"Plata a fost respinsă: contul RO43 BTRL 0640 1205 4829 1736 nu este valid (cifre de control greșite)."),

	// --- Hungarian ----------------------------------------------------------
	pii("hu-HU", NationalID, "OCR'd identity card: family name first in capitals, birth date, document number",
		"MAGYARORSZÁG / HUNGARY\nSZEMÉLYAZONOSÍTÓ IGAZOLVÁNY / IDENTITY CARD\nCsaládi és utónév / Surname and given name\nKOVÁCS ANNA MÁRIA\nSzületési idő / Date of birth\n1984.05.19\nNem / Sex   N / F\nOkmányazonosító / Document No.\n482917AE\nÉrvényesség vége / Date of expiry\n2031.05.19",
		"MAGYARORSZÁG / HUNGARY\nSZEMÉLYAZONOSÍTÓ IGAZOLVÁNY / IDENTITY CARD\nCsaládi és utónév / Surname and given name\n<NAME_1>\nSzületési idő / Date of birth\n<DATE_OF_BIRTH_1>\nNem / Sex   N / F\nOkmányazonosító / Document No.\n<NATIONAL_ID_1>\nÉrvényesség vége / Date of expiry\n2031.05.19"),
	pii("hu-HU", NationalID, "pay slip: tax id, TAJ and the salary account",
		"Bérjegyzék 2024. október\nMunkavállaló: Szabó Gergely\nAdóazonosító jel: 8412124812\nTAJ szám: 048 291 732\nBankszámla: HU30 1177 3016 1111 0180 0000 0000\nBruttó bér: 685 000 Ft   Nettó: 455 525 Ft",
		"Bérjegyzék 2024. október\nMunkavállaló: <NAME_1>\nAdóazonosító jel: <NATIONAL_ID_1>\nTAJ szám: <NATIONAL_ID_2>\nBankszámla: <IBAN_1>\nBruttó bér: 685 000 Ft   Nettó: 455 525 Ft"),
	pii("hu-HU", Address, "parcel label: a company sender's street and the recipient's",
		"FELADÓ: Libri-Bookline Zrt., 1134 Budapest, Váci út 22\nCÍMZETT: Tóth Bence\n6720 Szeged, Kárász utca 9, 2. emelet 4.\nTel: +36 20 481 7293\nCsomagszám: 20482917365",
		"FELADÓ: Libri-Bookline Zrt., 1134 Budapest, <ADDRESS_1>\nCÍMZETT: <NAME_1>\n6720 Szeged, <ADDRESS_2>, 2. emelet 4.\nTel: <PHONE_1>\nCsomagszám: 20482917365"),
	clean("hu-HU", Phone, "invoice dates, the seller's tax number and company register number",
		"Számla sorszáma: BP-2024/004821\nKelt: 2024.11.15.\nTeljesítés: 2024.11.15.\nFizetési határidő: 2024.11.30.\nEladó adószáma: 12345678-2-41\nCégjegyzékszám: 01-09-123456"),
	clean("hu-HU", NationalID, "a complaint case number in 3-3-3 groups without a TAJ label",
		"Ügyszám: 048 291 733 (reklamáció), rögzítve 2024.11.18."),

	// --- Finnish ------------------------------------------------------------
	pii("fi-FI", NationalID, "referral: patient family name first, henkilötunnus, the stair and flat after the number, the referring doctor",
		"LÄHETE\nPotilas: Virtanen, Aino Maria\nHenkilötunnus: 070384-1681\nOsoite: Hämeenkatu 14 B 22, 33100 Tampere\nPuh. 040 582 9174\nLähettävä lääkäri: LL Mikko Heikkinen\nTampereen yliopistollinen sairaala",
		"LÄHETE\nPotilas: <NAME_1>\nHenkilötunnus: <NATIONAL_ID_1>\nOsoite: <ADDRESS_1>, 33100 Tampere\nPuh. <PHONE_1>\nLähettävä lääkäri: LL <NAME_2>\nTampereen yliopistollinen sairaala"),
	pii("fi-FI", IBAN, "pay slip with an A-century henkilötunnus and the salary account",
		"PALKKALASKELMA 10/2024\nTyöntekijä: Korhonen Jari\nHetu: 120603A295V\nTilinumero: FI21 1234 5600 0007 85\nBruttopalkka 3 420,00 €\nEnnakonpidätys 21,5 %",
		"PALKKALASKELMA 10/2024\nTyöntekijä: <NAME_1>\nHetu: <NATIONAL_ID_1>\nTilinumero: <IBAN_1>\nBruttopalkka 3 420,00 €\nEnnakonpidätys 21,5 %"),
	pii("fi-FI", DateOfBirth, "tenancy agreement: the tenant born (s.) on a date, the rented flat",
		"VUOKRASOPIMUS\nVuokranantaja: Kiinteistö Oy Tammelan Helmi, Y-tunnus 2938471-6\nVuokralainen: Laura Nieminen, s. 15.8.1992\nVuokrattava huoneisto: Tammelan puistokatu 8 A 5, 33100 Tampere\nVuokra 890 €/kk",
		"VUOKRASOPIMUS\nVuokranantaja: Kiinteistö Oy Tammelan Helmi, Y-tunnus 2938471-6\nVuokralainen: <NAME_1>, s. <DATE_OF_BIRTH_1>\nVuokrattava huoneisto: <ADDRESS_1>, 33100 Tampere\nVuokra 890 €/kk"),
	clean("fi-FI", Phone, "invoice number, dates, business id and a reference number",
		"Lasku nro 2024-11482\nLaskun päivä 15.11.2024\nEräpäivä 29.11.2024\nY-tunnus 2938471-6\nViitenumero 11482 00037\nYhteensä 1 240,00 €"),

	// --- Danish -------------------------------------------------------------
	pii("da-DK", NationalID, "OCR'd health card: CPR, a bare name line, the floor after a comma, the clinic's phone",
		"SUNDHEDSKORT\nCPR-nr. 220582-1638\nMette Kristensen\nVesterbrogade 112, 3. tv.\n1620 København V\nLæge: Lægerne Vesterbro\nTlf. 33 21 48 59",
		"SUNDHEDSKORT\nCPR-nr. <NATIONAL_ID_1>\n<NAME_1>\n<ADDRESS_1>, 3. tv.\n1620 København V\nLæge: Lægerne Vesterbro\nTlf. <PHONE_1>"),
	pii("da-DK", IBAN, "pay slip: a three-word name, the CPR and the salary account",
		"LØNSEDDEL november 2024\nMedarbejder: Søren Bech Nielsen\nCPR: 030975-2287\nLønkonto: DK50 0040 0440 1162 43\nA-indkomst 38.450,00 kr.",
		"LØNSEDDEL november 2024\nMedarbejder: <NAME_1>\nCPR: <NATIONAL_ID_1>\nLønkonto: <IBAN_1>\nA-indkomst 38.450,00 kr."),
	pii("da-DK", Address, "tenancy contract: the tenant and the rented flat's address",
		"Udlejer: Ejendomsselskabet Nørrebro ApS, CVR 38475612\nLejer: Line Holm Andersen\nLejemålets adresse: Jægersborggade 41, 2. th., 2200 København N\nLejen udgør 9.850 kr. pr. måned",
		"Udlejer: Ejendomsselskabet Nørrebro ApS, CVR 38475612\nLejer: <NAME_1>\nLejemålets adresse: <ADDRESS_1>, 2. th., 2200 København N\nLejen udgør 9.850 kr. pr. måned"),
	clean("da-DK", Phone, "invoice with the CVR number, dates and a total",
		"Faktura nr. 2024-1147\nFakturadato: 15.11.2024\nCVR-nr. 38475612\nBetalingsfrist: 8 dage netto\nBeløb i alt: 12.480,00 kr."),
	clean("da-DK", IBAN, "a rejected IBAN with a wrong check",
		"Forkert IBAN afvist: DK50 0040 0440 1162 44"),

	// --- Norwegian ----------------------------------------------------------
	pii("nb-NO", NationalID, "referral letter: patient, fødselsnummer, address, mobile and the referring doctor",
		"HENVISNING\nPasient: Ingrid Solberg\nFødselsnummer: 05029325075\nAdresse: Thorvald Meyers gate 52, 0555 Oslo\nMobil: 922 48 173\nHenvisende lege: Dr. Erik Haugen, Grünerløkka legesenter",
		"HENVISNING\nPasient: <NAME_1>\nFødselsnummer: <NATIONAL_ID_1>\nAdresse: <ADDRESS_1>, 0555 Oslo\nMobil: <PHONE_1>\nHenvisende lege: Dr. <NAME_2>, Grünerløkka legesenter"),
	pii("nb-NO", IBAN, "pay slip: Fnr. and a Norwegian IBAN of 15 characters",
		"Lønnsslipp oktober 2024\nAnsatt: Lars Ove Hansen\nFnr.: 18078848061\nKonto: NO93 8601 1117 947\nBrutto lønn: 54 200,00",
		"Lønnsslipp oktober 2024\nAnsatt: <NAME_1>\nFnr.: <NATIONAL_ID_1>\nKonto: <IBAN_1>\nBrutto lønn: 54 200,00"),
	pii("nb-NO", Phone, "shipping label: the recipient's lines and a tracking number",
		"Bring – Pakke til hentested\nMottaker: Kari Bakken\nStorgata 14\n9008 Tromsø\nTlf: +47 412 83 957\nSporingsnummer: 370724760012345678",
		"Bring – Pakke til hentested\nMottaker: <NAME_1>\n<ADDRESS_1>\n9008 Tromsø\nTlf: <PHONE_1>\nSporingsnummer: 370724760012345678"),
	clean("nb-NO", Phone, "organisation number, invoice, due date and a KID",
		"Org.nr. 923 456 781 MVA\nFaktura 100482\nForfallsdato: 01.12.2024\nKID: 0004821937\nÅ betale: 4 820,00"),

	// --- Slovak -------------------------------------------------------------
	pii("sk-SK", NationalID, "OCR'd identity card: surname and given names in capitals, birth date, rodné číslo, document number",
		"SLOVENSKÁ REPUBLIKA\nOBČIANSKY PREUKAZ / IDENTITY CARD\nPriezvisko / Surname\nHORVÁTHOVÁ\nMeno / Given names\nZUZANA\nDátum narodenia / Date of birth\n12.07.1989\nRodné číslo / Personal No.\n895712/4825\nČíslo dokladu / Document No.\nEA482917\nDátum platnosti / Date of expiry\n03.02.2030",
		"SLOVENSKÁ REPUBLIKA\nOBČIANSKY PREUKAZ / IDENTITY CARD\nPriezvisko / Surname\n<NAME_1>\nMeno / Given names\n<NAME_2>\nDátum narodenia / Date of birth\n<DATE_OF_BIRTH_1>\nRodné číslo / Personal No.\n<NATIONAL_ID_1>\nČíslo dokladu / Document No.\n<NATIONAL_ID_2>\nDátum platnosti / Date of expiry\n03.02.2030"),
	pii("sk-SK", Address, "insurance claim: the policyholder's permanent address and phone",
		"Hlásenie poistnej udalosti č. PU-2024-048217\nPoistník: Martin Kováč\nTrvalý pobyt: Obchodná 27, 811 06 Bratislava\nTelefón: +421 905 482 917\nDátum škody: 22.10.2024",
		"Hlásenie poistnej udalosti č. PU-2024-048217\nPoistník: <NAME_1>\nTrvalý pobyt: <ADDRESS_1>, 811 06 Bratislava\nTelefón: <PHONE_1>\nDátum škody: 22.10.2024"),
	clean("sk-SK", Phone, "company ids, contract number and variable symbol",
		"IČO: 35 763 469\nDIČ: 2021527813\nIČ DPH: SK2021527813\nČíslo zmluvy: 4820017391\nVariabilný symbol: 4820017391"),
	clean("sk-SK", DateOfBirth, "the dates of a document without the holder's data",
		"Dátum vydania / Date of issue: 03.02.2020\nDátum platnosti / Date of expiry: 03.02.2030\nVydal / Authority: OR PZ Bratislava"),

	// --- Croatian -----------------------------------------------------------
	pii("hr-HR", NationalID, "employment contract: the employer's OIB stays, the worker's is masked",
		"UGOVOR O RADU\nsklopljen između:\nPoslodavac: Adriatic Digital d.o.o., OIB: 64829173058, sa sjedištem u Zagrebu\nRadnik: Ivana Babić, OIB: 37461520985, Vukovarska ulica 58, 21000 Split",
		"UGOVOR O RADU\nsklopljen između:\nPoslodavac: Adriatic Digital d.o.o., OIB: 64829173058, sa sjedištem u Zagrebu\nRadnik: <NAME_1>, OIB: <NATIONAL_ID_1>, <ADDRESS_1>, 21000 Split"),
	pii("hr-HR", IBAN, "payment slip: the payer's name and address, the payee's IBAN",
		"NALOG ZA PLAĆANJE\nPlatitelj: Marija Novak, Trg bana Jelačića 3, 10000 Zagreb\nIBAN primatelja: HR39 2360 0001 1024 8391 7\nPoziv na broj: HR01 4821-2024\nOpis plaćanja: najamnina studeni",
		"NALOG ZA PLAĆANJE\nPlatitelj: <NAME_1>, <ADDRESS_1>, 10000 Zagreb\nIBAN primatelja: <IBAN_1>\nPoziv na broj: HR01 4821-2024\nOpis plaćanja: najamnina studeni"),
	pii("hr-HR", Name, "police report excerpt: the reporting person, OIB and mobile",
		"ZAPISNIK O PRIJAVI KAZNENOG DJELA\nBroj: 511-19-07/4-2024\nPrijavitelj: Josip Kovačević, OIB 82937164500, mob. 091 482 9173\nDatum događaja: 03.11.2024.",
		"ZAPISNIK O PRIJAVI KAZNENOG DJELA\nBroj: 511-19-07/4-2024\nPrijavitelj: <NAME_1>, OIB <NATIONAL_ID_1>, mob. <PHONE_1>\nDatum događaja: 03.11.2024."),
	clean("hr-HR", NationalID, "an invoice with the issuing company's OIB",
		"Račun br. 482-1-1\nDatum izdavanja: 15.11.2024.\nIzdavatelj: Adriatic Digital d.o.o., OIB 64829173058\nUkupno: 1.240,00 EUR"),
	clean("hr-HR", IBAN, "an IBAN with two digits swapped, flagged as wrong",
		"Neispravan IBAN (zamijenjene znamenke): HR39 2360 0001 1024 8397 1"),

	// --- Serbian ------------------------------------------------------------
	pii("sr-RS", NationalID, "OCR'd Cyrillic identity card: surname, given name, birth date with the trailing dot, JMBG",
		"РЕПУБЛИКА СРБИЈА\nЛИЧНА КАРТА\nПрезиме / Surname\nПЕТРОВИЋ\nИме / Given name\nМИЛИЦА\nДатум рођења / Date of birth\n04.03.1992.\nЈМБГ / Personal No.\n0403992715127\nДатум важења / Date of expiry\n11.06.2033.",
		"РЕПУБЛИКА СРБИЈА\nЛИЧНА КАРТА\nПрезиме / Surname\n<NAME_1>\nИме / Given name\n<NAME_2>\nДатум рођења / Date of birth\n<DATE_OF_BIRTH_1>.\nЈМБГ / Personal No.\n<NATIONAL_ID_1>\nДатум важења / Date of expiry\n11.06.2033."),
	pii("sr-Latn-RS", Name, "court filing in Latin script: plaintiff with address and JMBG, the defendant",
		"OSNOVNI SUD U NOVOM SADU\nPosl. br. 12 P 482/2024\nTUŽILAC: Nikola Jovanović iz Novog Sada, ul. Bulevar oslobođenja br. 46, JMBG 2109988710236\nTUŽENI: Dragan Ilić iz Zrenjanina",
		"OSNOVNI SUD U NOVOM SADU\nPosl. br. 12 P 482/2024\nTUŽILAC: <NAME_1> iz Novog Sada, <ADDRESS_1>, JMBG <NATIONAL_ID_1>\nTUŽENI: <NAME_2> iz Zrenjanina"),
	pii("sr-Latn-RS", IBAN, "payment order: payer with a Bulevar address, the payee's IBAN",
		"Uplatilac: Jelena Marković, Bulevar kralja Aleksandra 73, Beograd\nSvrha uplate: zakupnina za novembar\nRačun primaoca: RS35 2600 0560 1001 6113 79",
		"Uplatilac: <NAME_1>, <ADDRESS_1>, Beograd\nSvrha uplate: zakupnina za novembar\nRačun primaoca: <IBAN_1>"),
	clean("sr-RS", Phone, "Cyrillic invoice with a tax number and a company number",
		"ПИБ 100123456, матични број 07654321, рачун бр. 2024-0482 од 15.11.2024, износ 124.800,00 RSD"),

	// --- Bulgarian ----------------------------------------------------------
	pii("bg-BG", NationalID, "OCR'd identity card with three name fields and an ЕГН",
		"РЕПУБЛИКА БЪЛГАРИЯ\nЛИЧНА КАРТА / IDENTITY CARD\nФамилия / Surname\nГЕОРГИЕВА\nИме / Name\nДЕСИСЛАВА\nПрезиме / Father's name\nИВАНОВА\nЕГН / Personal No\n9611023710\nДата на раждане / Date of birth\n02.11.1996\nВалидност / Date of expiry\n14.09.2032",
		"РЕПУБЛИКА БЪЛГАРИЯ\nЛИЧНА КАРТА / IDENTITY CARD\nФамилия / Surname\n<NAME_1>\nИме / Name\n<NAME_2>\nПрезиме / Father's name\n<NAME_3>\nЕГН / Personal No\n<NATIONAL_ID_1>\nДата на раждане / Date of birth\n<DATE_OF_BIRTH_1>\nВалидност / Date of expiry\n14.09.2032"),
	pii("bg-BG", Name, "employment contract: the company's manager and the employee with ЕГН and address",
		"ТРУДОВ ДОГОВОР № 48/15.01.2024\nДнес, 15.01.2024 г., в гр. София, между:\n„Балкан Софт“ ЕООД, ЕИК 204829173, представлявано от Петър Димитров – управител,\nи\nСтоян Василев Николов, ЕГН 8307154826, с постоянен адрес гр. Пловдив, ул. „Капитан Райчо“ 56",
		"ТРУДОВ ДОГОВОР № 48/15.01.2024\nДнес, 15.01.2024 г., в гр. София, между:\n„Балкан Софт“ ЕООД, ЕИК 204829173, представлявано от <NAME_1> – управител,\nи\n<NAME_2>, ЕГН <NATIONAL_ID_1>, с постоянен адрес гр. Пловдив, <ADDRESS_1>"),
	pii("bg-BG", IBAN, "bank statement header: holder and IBAN",
		"ИЗВЛЕЧЕНИЕ ПО СМЕТКА\nТитуляр: Мария Стоянова Петкова\nIBAN: BG80 BNBG 9661 1020 3456 78\nПериод: 01.10.2024 – 31.10.2024\nНачално салдо: 2 480,15 лв.",
		"ИЗВЛЕЧЕНИЕ ПО СМЕТКА\nТитуляр: <NAME_1>\nIBAN: <IBAN_1>\nПериод: 01.10.2024 – 31.10.2024\nНачално салдо: 2 480,15 лв."),
	clean("bg-BG", Phone, "invoice with the supplier's ЕИК and VAT number",
		"Фактура № 0000004821 / 15.11.2024 г.\nДоставчик: „Балкан Софт“ ЕООД\nЕИК: 204829173\nДДС №: BG204829173\nСума за плащане: 1 240,00 лв."),

	// --- Lithuanian ---------------------------------------------------------
	pii("lt-LT", NationalID, "OCR'd identity card with spaced dates",
		"LIETUVOS RESPUBLIKA\nASMENS TAPATYBĖS KORTELĖ\nPavardė / Surname\nKAZLAUSKAITĖ\nVardas / Given name\nRŪTA\nGimimo data / Date of birth\n1994 06 08\nAsmens kodas / Personal code\n49406081138\nGaliojimo data / Date of expiry\n2031 02 17",
		"LIETUVOS RESPUBLIKA\nASMENS TAPATYBĖS KORTELĖ\nPavardė / Surname\n<NAME_1>\nVardas / Given name\n<NAME_2>\nGimimo data / Date of birth\n<DATE_OF_BIRTH_1>\nAsmens kodas / Personal code\n<NATIONAL_ID_1>\nGaliojimo data / Date of expiry\n2031 02 17"),
	pii("lt-LT", Address, "parcel label: prospektas with the flat after a hyphen",
		"Gavėjas: Tomas Petrauskas\nAdresas: Savanorių pr. 176-12, LT-03154 Vilnius\nTel. +370 612 48 291\nSiuntos Nr. CE482917365LT",
		"Gavėjas: <NAME_1>\nAdresas: <ADDRESS_1>, LT-03154 Vilnius\nTel. <PHONE_1>\nSiuntos Nr. CE482917365LT"),
	pii("lt-LT", IBAN, "bank statement header",
		"SĄSKAITOS IŠRAŠAS\nKlientas: Jonas Žukauskas\nSąskaita: LT70 7300 0101 2654 8391\nLaikotarpis: 2024-10-01 – 2024-10-31",
		"SĄSKAITOS IŠRAŠAS\nKlientas: <NAME_1>\nSąskaita: <IBAN_1>\nLaikotarpis: 2024-10-01 – 2024-10-31"),
	clean("lt-LT", Phone, "VAT invoice with company and VAT codes",
		"PVM sąskaita faktūra Serija VLN Nr. 004821\nData: 2024-11-15\nĮmonės kodas 304829173\nPVM kodas LT100012345617\nMokėti iki 2024-12-15"),

	// --- Latvian ------------------------------------------------------------
	pii("lv-LV", NationalID, "employment contract: the employee's personas kods and iela address with a flat",
		"Darba līgums Nr. 48/2024\nDarba devējs: SIA \"Baltijas Loģistika\", reģ. Nr. 40103482917\nDarbinieks: Anna Kalniņa, personas kods 170689-11005, dzīvo Rīgā, Krišjāņa Barona iela 41-7",
		"Darba līgums Nr. 48/2024\nDarba devējs: SIA \"Baltijas Loģistika\", reģ. Nr. 40103482917\nDarbinieks: <NAME_1>, personas kods <NATIONAL_ID_1>, dzīvo Rīgā, <ADDRESS_1>"),
	pii("lv-LV", IBAN, "bank statement header with bilingual labels",
		"Konta izraksts / Account statement\nKlients / Customer: Mārtiņš Ozols\nKonts / Account: LV58 HABA 0551 0283 9174 6\nPeriods: 01.10.2024–31.10.2024",
		"Konta izraksts / Account statement\nKlients / Customer: <NAME_1>\nKonts / Account: <IBAN_1>\nPeriods: 01.10.2024–31.10.2024"),
	clean("lv-LV", Phone, "invoice with registration and VAT numbers",
		"Rēķins Nr. BL-2024/1148\nReģ. Nr. 40103482917\nPVN reģ. Nr. LV40103482917\nApmaksas termiņš: 29.11.2024\nKopā: 1 240,00 EUR"),

	// --- Estonian -----------------------------------------------------------
	pii("et-EE", NationalID, "OCR'd identity card: a hyphenated given name, isikukood, birth date, document number",
		"EESTI VABARIIK\nISIKUTUNNISTUS / IDENTITY CARD\nPerekonnanimi / Surname\nTAMM\nEesnimed / Given names\nMARI-LIIS\nIsikukood / Personal code\n49004120276\nSünniaeg / Date of birth\n12.04.1990\nDokumendi number / Document number\nAC0482917\nKehtiv kuni / Date of expiry\n08.06.2029",
		"EESTI VABARIIK\nISIKUTUNNISTUS / IDENTITY CARD\nPerekonnanimi / Surname\n<NAME_1>\nEesnimed / Given names\n<NAME_2>\nIsikukood / Personal code\n<NATIONAL_ID_1>\nSünniaeg / Date of birth\n<DATE_OF_BIRTH_1>\nDokumendi number / Document number\n<NATIONAL_ID_2>\nKehtiv kuni / Date of expiry\n08.06.2029"),
	pii("et-EE", Name, "referral letter: patient, isikukood, mnt address with a flat, the doctor as dr",
		"SAATEKIRI\nPatsient: Jaan Kask\nIsikukood: 38611230547\nAadress: Pärnu mnt 31-8, 10119 Tallinn\nTelefon: +372 5482 9173\nSaatev arst: dr Liina Mägi",
		"SAATEKIRI\nPatsient: <NAME_1>\nIsikukood: <NATIONAL_ID_1>\nAadress: <ADDRESS_1>, 10119 Tallinn\nTelefon: <PHONE_1>\nSaatev arst: dr <NAME_2>"),
	pii("et-EE", IBAN, "invoice paid from a person's account",
		"Maksja: Kadri Lepik\nMaksja konto: EE38 2200 2210 2014 5685\nSelgitus: arve 2024-1148",
		"Maksja: <NAME_1>\nMaksja konto: <IBAN_1>\nSelgitus: arve 2024-1148"),
	clean("et-EE", Phone, "invoice with registry code, VAT number and a reference number",
		"Arve nr 2024-1148\nKuupäev 15.11.2024\nRegistrikood 14829173\nKMKR nr EE102482917\nViitenumber 482917365"),

	// --- Catalan ------------------------------------------------------------
	pii("ca-ES", Name, "school enrolment form: pupil, birth date, guardian with DNI, Carrer with the floor after a comma",
		"Full d'inscripció escolar – curs 2024-2025\nAlumne/a: Pau Martí i Soler\nData de naixement: 03/02/2016\nPare/mare o tutor/a: Núria Soler Vidal, DNI 47190382V\nAdreça: Carrer de Verdi 58, 3r 2a, 08012 Barcelona\nTelèfon: 634 829 174",
		"Full d'inscripció escolar – curs 2024-2025\nAlumne/a: <NAME_1>\nData de naixement: <DATE_OF_BIRTH_1>\nPare/mare o tutor/a: <NAME_2>, DNI <NATIONAL_ID_1>\nAdreça: <ADDRESS_1>, 3r 2a, 08012 Barcelona\nTelèfon: <PHONE_1>"),
	pii("ca-ES", NationalID, "accident report: the policyholder's NIE, the policy number and date stay",
		"Comunicat d'accident – pòlissa núm. 0048-2917365\nPrenedor: Jordi Vidal Puig, NIE Y4827193J\nData del sinistre: 12/10/2024\nMatrícula: 4821 KLM",
		"Comunicat d'accident – pòlissa núm. 0048-2917365\nPrenedor: <NAME_1>, NIE <NATIONAL_ID_1>\nData del sinistre: 12/10/2024\nMatrícula: 4821 KLM"),
	clean("ca-ES", Phone, "invoice with a company NIF and VAT amounts",
		"Factura núm. FV-2024/1148\nData: 15/11/2024\nNIF: B65482917\nBase imposable: 1.240,00 €\nIVA 21 %: 260,40 €"),

	// --- Malay --------------------------------------------------------------
	pii("ms-MY", NationalID, "OCR'd MyKad: number, name with binti, an ALL-CAPS address over several lines",
		"KAD PENGENALAN MALAYSIA\nIDENTITY CARD\n900821-10-5836\nNUR AISYAH BINTI ABDULLAH\nNO 12 JALAN SS 2/24\nTAMAN BAHAGIA\n47300 PETALING JAYA\nSELANGOR\nWARGANEGARA\nPEREMPUAN",
		"KAD PENGENALAN MALAYSIA\nIDENTITY CARD\n<NATIONAL_ID_1>\n<NAME_1>\n<ADDRESS_1>\nTAMAN BAHAGIA\n47300 PETALING JAYA\nSELANGOR\nWARGANEGARA\nPEREMPUAN").leftAs("the name and the address are bare ALL-CAPS lines of the card under no label; the name needs a model (NER), and the street line's \"SS 2/24\" after its type is no house number the address rules read"),
	pii("ms-MY", Name, "school registration form: pupil with bin, birth date, the father's name, IC and phone",
		"Borang Pendaftaran Murid Tahun 1\nNama Murid: Muhammad Haziq bin Roslan\nTarikh Lahir: 14/02/2017\nNama Bapa/Penjaga: Roslan bin Ismail\nNo. K/P: 850312-14-5273\nNo. Telefon: 012-482 9173",
		"Borang Pendaftaran Murid Tahun 1\nNama Murid: <NAME_1>\nTarikh Lahir: <DATE_OF_BIRTH_1>\nNama Bapa/Penjaga: <NAME_2>\nNo. K/P: <NATIONAL_ID_1>\nNo. Telefon: <PHONE_1>"),
	pii("ms-MY", Address, "courier consignment note: the receiver's name, address and phone",
		"POS LAJU – Nota Konsainan EP482917365MY\nPenerima: Lim Wei Jie\nAlamat: No. 8, Jalan Bukit Bintang, 55100 Kuala Lumpur\nTel: +60 17-482 9173",
		"POS LAJU – Nota Konsainan EP482917365MY\nPenerima: <NAME_1>\nAlamat: <ADDRESS_1>, 55100 Kuala Lumpur\nTel: <PHONE_1>"),
	clean("ms-MY", Phone, "invoice with a company registration number and an SST number",
		"No. Invois: INV-2024-1148\nTarikh: 15/11/2024\nNo. Pendaftaran Syarikat: 202001012345 (1372941-K)\nNo. SST: W10-1808-32000123\nJumlah: RM 1,240.00"),

	// --- Tagalog (Philippines) ----------------------------------------------
	pii("fil-PH", Name, "barangay clearance: family name first with Dela, the street with a barangay, the birth date",
		"REPUBLIKA NG PILIPINAS\nBARANGAY CLEARANCE\nPangalan: DELA CRUZ, MARIA CLARA SANTOS\nTirahan: 45 Mabini St., Brgy. San Antonio, Makati City\nPetsa ng Kapanganakan: 07/15/1991\nCP No.: 0917 482 9173",
		"REPUBLIKA NG PILIPINAS\nBARANGAY CLEARANCE\nPangalan: <NAME_1>\nTirahan: <ADDRESS_1>, Brgy. San Antonio, Makati City\nPetsa ng Kapanganakan: <DATE_OF_BIRTH_1>\nCP No.: <PHONE_1>"),
	pii("fil-PH", Phone, "waybill: the consignee with a block-and-lot address",
		"LBC EXPRESS – Tracking No. 1482 9173 6502\nConsignee: Jose Rizal Mercado\nAddress: Blk 12 Lot 7 Sampaguita St., Brgy. Holy Spirit, Quezon City\nContact: +63 917 583 2041",
		"LBC EXPRESS – Tracking No. 1482 9173 6502\nConsignee: <NAME_1>\nAddress: <ADDRESS_1>, Brgy. Holy Spirit, Quezon City\nContact: <PHONE_1>"),
	clean("fil-PH", Phone, "official receipt with a company TIN",
		"Resibo Blg. 004821\nTIN: 123-456-789-000\nPetsa: 11/15/2024\nHalaga: ₱2,499.00"),

	// --- Swahili (Kenya, Tanzania) -----------------------------------------
	pii("sw-TZ", NationalID, "job application form: full name, NIDA number, birth date, phone",
		"FOMU YA MAOMBI YA AJIRA\nJina kamili: Neema Joseph Mwakyusa\nNamba ya NIDA: 19900412-14112-00001-27\nTarehe ya kuzaliwa: 12/04/1990\nSimu: +255 754 829 173",
		"FOMU YA MAOMBI YA AJIRA\nJina kamili: <NAME_1>\nNamba ya NIDA: <NATIONAL_ID_1>\nTarehe ya kuzaliwa: <DATE_OF_BIRTH_1>\nSimu: <PHONE_1>"),
	pii("sw-KE", Name, "referral letter: the patient, the ID number after Kitambulisho Na., the doctor",
		"BARUA YA RUFAA\nMgonjwa: Wanjiku Achieng Otieno\nKitambulisho Na.: 28471936\nUmri: miaka 34\nDaktari: Dkt. Peter Kamau\nSimu: 0722 482 917",
		"BARUA YA RUFAA\nMgonjwa: <NAME_1>\nKitambulisho Na.: <NATIONAL_ID_1>\nUmri: miaka 34\nDaktari: Dkt. <NAME_2>\nSimu: <PHONE_1>"),
	clean("sw-KE", Phone, "invoice with the company's KRA PIN",
		"Ankara Na. 2024/1148\nTarehe: 15/11/2024\nPIN ya kampuni: P051482917X\nJumla: KSh 12,480"),

	// --- Tamil --------------------------------------------------------------
	pii("ta-IN", NationalID, "OCR'd Aadhaar card: the number alone on its line under the gender",
		"இந்திய அரசு\nஆதார்\nபெயர்: முருகன் செல்வராஜ்\nபிறந்த தேதி/DOB: 14/06/1985\nஆண் / MALE\n5821 0473 9160\nஎனது ஆதார், எனது அடையாளம்",
		"இந்திய அரசு\nஆதார்\nபெயர்: <NAME_1>\nபிறந்த தேதி/DOB: <DATE_OF_BIRTH_1>\nஆண் / MALE\n<NATIONAL_ID_1>\nஎனது ஆதார், எனது அடையாளம்").leftAs("the Aadhaar number stands alone on its line with no label before it (the card prints none); a bare 12-digit number is masked only after a cue, since one in ten passes the Verhoeff check"),
	pii("ta-IN", Address, "school admission form: pupil, father, mobile and a number-comma-street address",
		"மாணவர் சேர்க்கை படிவம்\nமாணவர் பெயர்: கவியா ரமேஷ்\nதந்தை பெயர்: ரமேஷ் குமார்\nகைபேசி: 98427 15036\nமுகவரி: 12, காந்தி தெரு, மயிலாப்பூர், சென்னை 600004",
		"மாணவர் சேர்க்கை படிவம்\nமாணவர் பெயர்: <NAME_1>\nதந்தை பெயர்: <NAME_2>\nகைபேசி: <PHONE_1>\nமுகவரி: <ADDRESS_1>, மயிலாப்பூர், சென்னை 600004"),
	clean("ta-IN", Phone, "invoice with a company GSTIN and a total",
		"விலைப்பட்டியல் எண்: TN/2024/1148\nதேதி: 15/11/2024\nGSTIN: 33AABCT1234F1Z5\nமொத்தம்: ₹12,480"),

	// --- Telugu -------------------------------------------------------------
	pii("te-IN", NationalID, "bank KYC form: name, birth date, Aadhaar and mobile",
		"ఖాతా తెరిచే ఫారం – KYC\nపేరు: లక్ష్మీ ప్రసన్న రెడ్డి\nపుట్టిన తేదీ: 22/09/1993\nఆధార్ సంఖ్య: 6391 7248 0514\nమొబైల్: 99482 17305",
		"ఖాతా తెరిచే ఫారం – KYC\nపేరు: <NAME_1>\nపుట్టిన తేదీ: <DATE_OF_BIRTH_1>\nఆధార్ సంఖ్య: <NATIONAL_ID_1>\nమొబైల్: <PHONE_1>"),
	pii("te-IN", Email, "insurance claim form: the insured person's mobile and e-mail, the policy number stays",
		"బీమా క్లెయిమ్ ఫారం\nపాలసీ సంఖ్య: 48291736/2024\nబీమా చేసిన వ్యక్తి: శ్రీనివాస్ రావు\nమొబైల్: +91 94402 18375\nఈమెయిల్: srinivas.rao72@gmail.com",
		"బీమా క్లెయిమ్ ఫారం\nపాలసీ సంఖ్య: 48291736/2024\nబీమా చేసిన వ్యక్తి: <NAME_1>\nమొబైల్: <PHONE_1>\nఈమెయిల్: <EMAIL_1>"),
	clean("te-IN", Phone, "an order number, a price and a delivery date",
		"ఆర్డర్ సంఖ్య 405-1148291-7365, మొత్తం ₹2,499, డెలివరీ తేదీ 18/11/2024"),

	// --- Marathi ------------------------------------------------------------
	pii("mr-IN", NationalID, "discharge summary in Devanagari digits: birth date and Aadhaar, admission dates stay",
		"रुग्णालय डिस्चार्ज सारांश\nरुग्णाचे नाव: सुनीता विजय पाटील\nवय: ५२ वर्षे\nजन्मतारीख: ०३/०८/१९७२\nआधार क्रमांक: ४७३० २९१८ ५६४०\nदाखल दिनांक: ०२/११/२०२४   डिस्चार्ज दिनांक: ०९/११/२०२४",
		"रुग्णालय डिस्चार्ज सारांश\nरुग्णाचे नाव: <NAME_1>\nवय: ५२ वर्षे\nजन्मतारीख: <DATE_OF_BIRTH_1>\nआधार क्रमांक: <NATIONAL_ID_1>\nदाखल दिनांक: ०२/११/२०२४   डिस्चार्ज दिनांक: ०९/११/२०२४"),
	pii("mr-IN", Name, "rent agreement: landlord and tenant after their honorifics, the tenant's mobile",
		"भाडेकरार\nघरमालक: श्री. अनिल देशमुख\nभाडेकरू: श्रीमती प्राजक्ता जोशी\nमोबाईल: 98220 48173\nमासिक भाडे: ₹18,000",
		"भाडेकरार\nघरमालक: श्री. <NAME_1>\nभाडेकरू: श्रीमती <NAME_2>\nमोबाईल: <PHONE_1>\nमासिक भाडे: ₹18,000"),
	clean("mr-IN", Phone, "a receipt number, date and amount in Devanagari digits",
		"पावती क्र. २०२४/११४८, दिनांक १५/११/२०२४, रक्कम ₹१२,४८०"),

	// --- English (Ethiopia) -------------------------------------------------
	pii("en-ET", NationalID, "visa application: surname and first names in their own fields, birth date, travel document number, phone and e-mail",
		"SCHENGEN VISA APPLICATION – Embassy, Addis Ababa\nSurname(s): GEBRE\nFirst name(s): DAWIT ALEMAYEHU\nDate of birth (dd-mm-yyyy): 11-03-1988\nPlace of birth: Addis Ababa\nNumber of travel document: EP4829173\nDate of issue: 02-05-2022   Valid until: 01-05-2032\nApplicant's telephone: +251 911 482 917\nE-mail: dawit.gebre88@gmail.com",
		"SCHENGEN VISA APPLICATION – Embassy, Addis Ababa\nSurname(s): <NAME_1>\nFirst name(s): <NAME_2>\nDate of birth (dd-mm-yyyy): <DATE_OF_BIRTH_1>\nPlace of birth: Addis Ababa\nNumber of travel document: <NATIONAL_ID_1>\nDate of issue: 02-05-2022   Valid until: 01-05-2032\nApplicant's telephone: <PHONE_1>\nE-mail: <EMAIL_1>"),
	pii("en-ET", DateOfBirth, "employment letter: a birth date in the Ethiopian calendar and the employee's TIN",
		"TO WHOM IT MAY CONCERN\nThis is to certify that W/ro Hirut Bekele Woldemariam (Date of birth: 14/05/1983 E.C., TIN 0048291736) has been employed by our company since 2019.",
		"TO WHOM IT MAY CONCERN\nThis is to certify that W/ro <NAME_1> (Date of birth: <DATE_OF_BIRTH_1> E.C., TIN <NATIONAL_ID_1>) has been employed by our company since 2019."),
	clean("en-ET", Phone, "supplier invoice with the company's TIN and VAT registration",
		"Invoice No. ET-2024-1148\nSupplier TIN: 0012345678\nVAT Reg. No. 12345\nDate: 15/11/2024\nTotal: ETB 24,800.00"),

	// --- English (South Africa) ---------------------------------------------
	pii("en-ZA", NationalID, "OCR'd driving licence: surname with van der, names, ID number, licence number",
		"REPUBLIC OF SOUTH AFRICA\nDRIVING LICENCE\nSurname: VAN DER MERWE\nNames: JOHANNES PETRUS\nID No.: 8604125183088\nLicence No.: 4820001729XK\nValid: 12/03/2022 - 11/03/2027\nCode: B",
		"REPUBLIC OF SOUTH AFRICA\nDRIVING LICENCE\nSurname: <NAME_1>\nNames: <NAME_2>\nID No.: <NATIONAL_ID_1>\nLicence No.: <NATIONAL_ID_2>\nValid: 12/03/2022 - 11/03/2027\nCode: B"),
	pii("en-ZA", Address, "tax invoice: the client's street on its own line, suburb and city after it",
		"TAX INVOICE INV-11482\nClient: Thandiwe Nkosi\n14 Jan Smuts Avenue, Rosebank, Johannesburg 2196\nCell: 082 482 9173\nSupplier VAT No. 4820112345",
		"TAX INVOICE INV-11482\nClient: <NAME_1>\n<ADDRESS_1>, Rosebank, Johannesburg 2196\nCell: <PHONE_1>\nSupplier VAT No. 4820112345"),
	pii("en-ZA", NationalID, "payslip: employee columns separated by runs of spaces, the ID number",
		"PAYSLIP – November 2024\nEmployee: Nomvula Mthembu          Employee No.: 004821\nID Number: 9208270294085       Tax year: 2025\nBasic salary: R 28 450,00\nPAYE: R 4 212,60",
		"PAYSLIP – November 2024\nEmployee: <NAME_1>          Employee No.: <NATIONAL_ID_1>\nID Number: <NATIONAL_ID_2>       Tax year: 2025\nBasic salary: R 28 450,00\nPAYE: R 4 212,60"),
	clean("en-ZA", Phone, "company registration, VAT, invoice and date",
		"Company Reg. No. 2015/482917/07\nVAT No. 4820112345\nInvoice INV-11482\nDate: 2024/11/15\nTotal due: R 12 480,00"),

	// --- English (Australia) ------------------------------------------------
	pii("en-AU", NationalID, "GP referral: the doctor, the patient with DOB and address, Medicare number, phone",
		"GP REFERRAL\nDear Dr Sarah Nguyen,\nRe: Mr Liam O'Connor, DOB 23/08/1979\n12 Banksia Street, Brunswick VIC 3056\nMedicare No.: 2948 17366 1\nPh: 0412 583 920",
		"GP REFERRAL\nDear Dr <NAME_1>,\nRe: Mr <NAME_2>, DOB <DATE_OF_BIRTH_1>\n<ADDRESS_1>, Brunswick VIC 3056\nMedicare No.: <NATIONAL_ID_1>\nPh: <PHONE_1>"),
	pii("en-AU", NationalID, "payslip: TFN masked, the super member number stays",
		"Payslip – fortnight ending 15/11/2024\nEmployee: Chloe Anderson\nTFN: 384 291 753\nSuper fund: AustralianSuper, member no. 4829173\nGross: $3,842.50",
		"Payslip – fortnight ending 15/11/2024\nEmployee: <NAME_1>\nTFN: <NATIONAL_ID_1>\nSuper fund: AustralianSuper, member no. <NATIONAL_ID_2>\nGross: $3,842.50"),
	pii("en-AU", Address, "parcel label: a unit with a slash before the street, suburb in capitals on the next line",
		"AUSTRALIA POST – EXPRESS POST\nTO: Mia Thompson\nUnit 4/27 Queen Street\nNEWTOWN NSW 2042\nPh 02 9517 4829\nArticle ID: 33JD0482917301",
		"AUSTRALIA POST – EXPRESS POST\nTO: <NAME_1>\n<ADDRESS_1>\nNEWTOWN NSW 2042\nPh <PHONE_1>\nArticle ID: 33JD0482917301"),
	clean("en-AU", Phone, "tax invoice with an ABN, dates and an amount",
		"ABN 51 824 753 556\nTax Invoice No. 11482\nInvoice date: 15/11/2024\nDue date: 29/11/2024\nAmount due: $1,320.00 incl. GST"),

	// --- English (New Zealand) ----------------------------------------------
	pii("en-NZ", NationalID, "ACC claim form: NHI, birth date, address and IRD number; the claim number stays",
		"ACC45 INJURY CLAIM\nClaim number: 10048291736\nPatient: Hemi Walker\nNHI: ZAB4823\nDate of birth: 04/06/1985\nAddress: 27 Cuba Street, Te Aro, Wellington 6011\nIRD number: 049-182-732",
		"ACC45 INJURY CLAIM\nClaim number: 10048291736\nPatient: <NAME_1>\nNHI: <NATIONAL_ID_1>\nDate of birth: <DATE_OF_BIRTH_1>\nAddress: <ADDRESS_1>, Te Aro, Wellington 6011\nIRD number: <NATIONAL_ID_2>"),
	pii("en-NZ", Email, "tenancy agreement: the tenant's address for service, mobile and e-mail",
		"RESIDENTIAL TENANCY AGREEMENT\nLandlord: Harbourside Property Ltd\nTenant: Aroha Te Whata\nAddress for service: 58 Ponsonby Road, Ponsonby, Auckland 1011\nMobile: 021 482 9173\nEmail: aroha.tewhata@xtra.co.nz",
		"RESIDENTIAL TENANCY AGREEMENT\nLandlord: Harbourside Property Ltd\nTenant: <NAME_1>\nAddress for service: <ADDRESS_1>, Ponsonby, Auckland 1011\nMobile: <PHONE_1>\nEmail: <EMAIL_1>"),
	clean("en-NZ", Phone, "GST number, NZBN, invoice and a bond reference",
		"GST No. 123-456-789\nNZBN 9429041482917\nInvoice 11482 dated 15/11/2024\nBond lodged: $2,400 (bond ref. 4829173)"),

	// --- French (Canada) ----------------------------------------------------
	pii("fr-CA", NationalID, "hiring form: NAS, ISO birth date, a Quebec address with the flat after a comma",
		"FORMULAIRE D'EMBAUCHE\nNom de famille : TREMBLAY\nPrénom : Marie-Ève\nNAS : 274 839 166\nDate de naissance : 1991-07-04\nAdresse : 4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4\nCellulaire : 514 482-9173",
		"FORMULAIRE D'EMBAUCHE\nNom de famille : <NAME_1>\nPrénom : <NAME_2>\nNAS : <NATIONAL_ID_1>\nDate de naissance : <DATE_OF_BIRTH_1>\nAdresse : <ADDRESS_1>, app. 3, Montréal (Québec) H2J 2L4\nCellulaire : <PHONE_1>"),
	pii("fr-CA", NationalID, "OCR'd health insurance card: bare name lines, the RAMQ number, birth date; the expiry stays",
		"Carte d'assurance maladie – Québec\nGAGNON\nJEAN-FRANÇOIS\nNo d'assurance maladie : GAGJ 8503 1514\nNaissance : 1985-03-15\nExpiration : 2027-03",
		"Carte d'assurance maladie – Québec\n<NAME_1>\n<NAME_2>\nNo d'assurance maladie : <NATIONAL_ID_1>\nNaissance : <DATE_OF_BIRTH_1>\nExpiration : 2027-03").leftAs("the family and given names are bare lines under the card's title, with no label; telling them from the card's other lines takes a model (NER)"),
	clean("fr-CA", Phone, "NEQ, GST and QST numbers and an invoice",
		"NEQ 1171234567\nTPS 123456789 RT0001\nTVQ 1234567890 TQ0001\nFacture no 2024-1148 du 2024-11-15\nTotal : 1 437,19 $"),

	// --- Spanish (Chile) ----------------------------------------------------
	pii("es-CL", NationalID, "OCR'd identity card: both family names on one line, birth date with a month abbreviation, RUN and document number",
		"REPÚBLICA DE CHILE\nCÉDULA DE IDENTIDAD\nAPELLIDOS\nGONZÁLEZ MUÑOZ\nNOMBRES\nCAMILA ANDREA\nFECHA DE NACIMIENTO\n14 ABR 1987\nRUN 16.482.937-5\nNÚMERO DOCUMENTO\n104.829.173\nFECHA DE VENCIMIENTO\n14 ABR 2031",
		"REPÚBLICA DE CHILE\nCÉDULA DE IDENTIDAD\nAPELLIDOS\n<NAME_1>\nNOMBRES\n<NAME_2>\nFECHA DE NACIMIENTO\n<DATE_OF_BIRTH_1>\nRUN <NATIONAL_ID_1>\nNÚMERO DOCUMENTO\n<NATIONAL_ID_2>\nFECHA DE VENCIMIENTO\n14 ABR 2031"),
	pii("es-CL", Address, "lease: the company's RUT stays, the tenant's name, RUT and address are masked",
		"CONTRATO DE ARRIENDO\nARRENDADOR: Inmobiliaria Los Andes SpA, RUT 76.482.913-1\nARRENDATARIO: don Felipe Ignacio Soto Rojas, cédula nacional de identidad N° 12.794.385-0, domiciliado en Avenida Irarrázaval 2841, depto. 502, Ñuñoa, Santiago",
		"CONTRATO DE ARRIENDO\nARRENDADOR: Inmobiliaria Los Andes SpA, RUT 76.482.913-1\nARRENDATARIO: don <NAME_1>, cédula nacional de identidad N° <NATIONAL_ID_1>, domiciliado en <ADDRESS_1>, depto. 502, Ñuñoa, Santiago"),
	clean("es-CL", NationalID, "an electronic receipt with the issuing company's valid RUT",
		"Boleta electrónica N° 48291\nRUT emisor: 76.482.913-1\nFecha emisión: 15-11-2024\nTotal: $45.990"),

	// --- Spanish (Peru) -----------------------------------------------------
	pii("es-PE", NationalID, "OCR'd DNI: the number first, two family names and given names in their own fields",
		"REPÚBLICA DEL PERÚ\nDOCUMENTO NACIONAL DE IDENTIDAD\nDNI 47281936\nPrimer Apellido: QUISPE\nSegundo Apellido: HUAMÁN\nPre Nombres: LUIS ALBERTO\nFecha de Nacimiento: 21 08 1992\nUbigeo: 150132",
		"REPÚBLICA DEL PERÚ\nDOCUMENTO NACIONAL DE IDENTIDAD\nDNI <NATIONAL_ID_1>\nPrimer Apellido: <NAME_1>\nSegundo Apellido: <NAME_2>\nPre Nombres: <NAME_3>\nFecha de Nacimiento: <DATE_OF_BIRTH_1>\nUbigeo: 150132"),
	pii("es-PE", Address, "dispatch guide: the recipient, the arrival address with Dpto., and a phone",
		"GUÍA DE REMISIÓN ELECTRÓNICA T001-00048291\nDestinatario: Rosa Elena Mamani Condori\nPunto de llegada: Av. Arequipa 2450, Dpto. 301, Lince, Lima\nTeléfono: 987 482 917",
		"GUÍA DE REMISIÓN ELECTRÓNICA T001-00048291\nDestinatario: <NAME_1>\nPunto de llegada: <ADDRESS_1>, Dpto. 301, Lince, Lima\nTeléfono: <PHONE_1>"),
	clean("es-PE", Phone, "electronic invoice with a company RUC",
		"RUC 20482917365\nFactura electrónica F001-00011482\nFecha de emisión: 15/11/2024\nImporte total: S/ 1,240.00"),

	// --- Chinese (Taiwan) ---------------------------------------------------
	pii("zh-TW", NationalID, "OCR'd national ID card: a ROC-era birth date, the ID number; the issue date stays",
		"中華民國國民身分證\n姓名 林美玲\n出生 民國79年3月8日\n性別 女\n發證日期 民國107年7月1日（北市）換發\n統一編號 A228374613",
		"中華民國國民身分證\n姓名 <NAME_1>\n出生 <DATE_OF_BIRTH_1>\n性別 女\n發證日期 民國107年7月1日（北市）換發\n統一編號 <NATIONAL_ID_1>"),
	pii("zh-TW", Address, "delivery slip: recipient, mobile and an address with a road section and a floor",
		"收件人：陳建宏\n電話：0912-482-917\n地址：新北市板橋區文化路一段188號5樓\n託運單號：820482917365",
		"收件人：<NAME_1>\n電話：<PHONE_1>\n地址：<ADDRESS_1>\n託運單號：820482917365"),
	pii("zh-TW", CreditCard, "credit card statement header with the holder and card number",
		"信用卡帳單\n持卡人：黃志明\n卡號：4386 4829 1736 5021\n帳單日期：113/11/15\n本期應繳金額：NT$12,480",
		"信用卡帳單\n持卡人：<NAME_1>\n卡號：<CREDIT_CARD_1>\n帳單日期：113/11/15\n本期應繳金額：NT$12,480"),
	clean("zh-TW", NationalID, "a uniform invoice with a company's 統一編號",
		"統一編號 24829173（公司）\n發票號碼 AB-48291736\n開立日期 113年11月15日\n總計 NT$12,480"),

	// --- Chinese (Hong Kong) ------------------------------------------------
	pii("zh-HK", NationalID, "OCR'd HKID: the name in Han and in its romanised Surname, Given form, birth date, HKID",
		"香港永久性居民身份證\nHONG KONG PERMANENT IDENTITY CARD\n李嘉欣\nLEE, Ka Yan\n出生日期 Date of Birth\n15-09-1978\n女 F\n簽發日期 Date of Issue\n(01-95)\n08-07-19\nY482917(2)",
		"香港永久性居民身份證\nHONG KONG PERMANENT IDENTITY CARD\n<NAME_1>\n<NAME_2>\n出生日期 Date of Birth\n<DATE_OF_BIRTH_1>\n女 F\n簽發日期 Date of Issue\n(01-95)\n08-07-19\n<NATIONAL_ID_1>").leftAs("the names in Han and in romanisation are bare lines under the card's title, with no label; telling them from the card's other lines takes a model (NER)"),
	pii("zh-HK", Address, "tenancy: landlord, tenant in both scripts, a Kowloon address with floor and flat, phone",
		"租約\n業主：黃志強\n租客：何詠琪（HO, Wing Ki）\n物業地址：九龍旺角彌敦道688號12樓B室\n聯絡電話：9482 9173",
		"租約\n業主：<NAME_1>\n租客：<NAME_2>（<NAME_3>）\n物業地址：<ADDRESS_1>\n聯絡電話：<PHONE_1>"),
	clean("zh-HK", Phone, "business registration number and an invoice",
		"商業登記證號碼 48291736-000-11-24-5\n發票編號 INV-2024-1148\n日期 2024年11月15日\n總額 HK$12,480.00"),

	// --- English (Singapore) ------------------------------------------------
	pii("en-SG", NationalID, "employment contract: the company's UEN stays, the employee's NRIC and HDB address are masked",
		"EMPLOYMENT CONTRACT\nThis Agreement is made between Lion City Analytics Pte. Ltd. (UEN 201948291K) and\nMs Tan Hui Min (NRIC No. S8739164G), residing at Blk 412 Bedok North Avenue 2, #08-117, Singapore 460412",
		"EMPLOYMENT CONTRACT\nThis Agreement is made between Lion City Analytics Pte. Ltd. (UEN 201948291K) and\nMs <NAME_1> (NRIC No. <NATIONAL_ID_1>), residing at <ADDRESS_1>, #08-117, Singapore 460412"),
	pii("en-SG", NationalID, "work pass application: a name with S/O, FIN, passport number, birth date, phone",
		"WORK PASS APPLICATION\nName of foreign employee: RAJESH KUMAR S/O MURUGAN\nFIN: G5827394K\nPassport No.: Z4829173\nDate of birth: 03/11/1990\nContact: +65 9482 9173",
		"WORK PASS APPLICATION\nName of foreign employee: <NAME_1>\nFIN: <NATIONAL_ID_1>\nPassport No.: <NATIONAL_ID_2>\nDate of birth: <DATE_OF_BIRTH_1>\nContact: <PHONE_1>"),
	pii("en-SG", Email, "polytechnic enrolment form: student, NRIC, birth date and e-mail",
		"ENROLMENT FORM – AY2024/25\nStudent name: Lim Jia Hui Chloe\nNRIC: T0482917J\nDate of birth: 12/05/2004\nEmail: chloe.lim04@gmail.com",
		"ENROLMENT FORM – AY2024/25\nStudent name: <NAME_1>\nNRIC: <NATIONAL_ID_1>\nDate of birth: <DATE_OF_BIRTH_1>\nEmail: <EMAIL_1>"),
	clean("en-SG", Phone, "tax invoice with UEN and GST registration",
		"UEN 201948291K\nGST Reg. No. 201948291K\nTax invoice no. SG-11482\nInvoice date: 15 Nov 2024\nTotal: S$1,284.00"),

	// --- German -------------------------------------------------------------
	pii("de-DE", Name, "discharge letter: the hospital's letterhead street, the patient born (geb.) on a date, his address, the signing doctor",
		"Universitätsklinikum Heidelberg · Medizinische Klinik\nIm Neuenheimer Feld 410, 69120 Heidelberg\n\nEntlassungsbrief\nPatient: Herr Klaus-Dieter Schäfer, geb. 14.02.1958\nwohnhaft: Bergheimer Straße 77, 69115 Heidelberg\nAufnahme: 04.11.2024  Entlassung: 12.11.2024\n\nMit freundlichen Grüßen\nPD Dr. med. Katharina Vogel\nOberärztin",
		"Universitätsklinikum Heidelberg · Medizinische Klinik\n<ADDRESS_1>, 69120 Heidelberg\n\nEntlassungsbrief\nPatient: Herr <NAME_1>, geb. <DATE_OF_BIRTH_1>\nwohnhaft: <ADDRESS_2>, 69115 Heidelberg\nAufnahme: 04.11.2024  Entlassung: 12.11.2024\n\nMit freundlichen Grüßen\nPD Dr. med. <NAME_2>\nOberärztin"),
	pii("de-DE", NationalID, "pay slip: the window address block, Steuer-ID, SV-Nummer and IBAN; the personnel number stays",
		"Entgeltabrechnung Oktober 2024\nPersonalnummer: 004821\nHerrn\nJonas Becker\nLindenallee 12\n50968 Köln\nSteuer-ID: 57629483176\nSteuerklasse: 1\nSV-Nummer: 65 070390 B 486\nIBAN: DE89 3704 0044 0532 0130 00",
		"Entgeltabrechnung Oktober 2024\nPersonalnummer: <NATIONAL_ID_1>\nHerrn\n<NAME_1>\n<ADDRESS_1>\n50968 Köln\nSteuer-ID: <NATIONAL_ID_2>\nSteuerklasse: 1\nSV-Nummer: <NATIONAL_ID_3>\nIBAN: <IBAN_1>"),
	pii("de-DE", NationalID, "OCR'd identity card: trilingual labels, birth name after geb., the card number; place of birth and expiry stay",
		"BUNDESREPUBLIK DEUTSCHLAND\nPERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ\nLF4829T734\nName / Surname / Nom\nWEBER\ngeb. / née\nSCHMIDT\nVornamen / Given names / Prénoms\nLENA MARIE\nGeburtstag / Date of birth / Date de naissance\n03.09.1986\nGeburtsort / Place of birth / Lieu de naissance\nHAMBURG\nGültig bis / Date of expiry / Date d'expiration\n02.08.2031",
		"BUNDESREPUBLIK DEUTSCHLAND\nPERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ\n<NATIONAL_ID_1>\nName / Surname / Nom\n<NAME_1>\ngeb. / née\n<NAME_2>\nVornamen / Given names / Prénoms\n<NAME_3>\nGeburtstag / Date of birth / Date de naissance\n<DATE_OF_BIRTH_1>\nGeburtsort / Place of birth / Lieu de naissance\nHAMBURG\nGültig bis / Date of expiry / Date d'expiration\n02.08.2031"),
	pii("de-DE", IP, "police complaint: the suspect's IP address, the complainant's name and e-mail",
		"Strafanzeige wegen Computerbetrugs, Az. 482 Js 1148/24\nAnzeigeerstatterin: Sabine Krüger, E-Mail: s.krueger@posteo.de\nDer Täter meldete sich am 03.11.2024 um 22:14 Uhr von der IP-Adresse 91.64.212.17 in ihrem Kundenkonto an.",
		"Strafanzeige wegen Computerbetrugs, Az. 482 Js 1148/24\nAnzeigeerstatterin: <NAME_1>, E-Mail: <EMAIL_1>\nDer Täter meldete sich am 03.11.2024 um 22:14 Uhr von der IP-Adresse <IP_1> in ihrem Kundenkonto an."),
	clean("de-DE", Phone, "invoice with the company's VAT id and register number and its dates",
		"Rechnung Nr. RE-2024-11482\nRechnungsdatum: 15.11.2024\nLeistungszeitraum: 01.10.–31.10.2024\nUSt-IdNr.: DE482917365\nHandelsregister: HRB 148291, Amtsgericht Köln\nZahlbar bis: 29.11.2024"),
	clean("de-DE", DateOfBirth, "insurance claim numbers and the date of the loss",
		"Versicherungsschein-Nr. 48-2917365-01\nSchadennummer: S-2024-0048217\nSchadentag: 22.10.2024\nSelbstbeteiligung: 300,00 €"),
	clean("de-DE", Name, "a blank form: labels with empty fields",
		"Name, Vorname: ______________________\nGeburtsdatum: __.__.____\nAnschrift: ______________________\nTelefon: ______________"),
	clean("de-DE", Phone, "customs declaration CN23: tariff numbers, weights, values, origin",
		"CN 23 – Zollinhaltserklärung\nInhalt: 2 T-Shirts, Baumwolle\nZolltarifnummer: 6109.10.00\nNettogewicht: 0,45 kg\nWert: 24,90 EUR\nUrsprungsland: PT\nSendungsnummer: CD482917365DE"),

	// --- French -------------------------------------------------------------
	pii("fr-FR", NationalID, "home insurance claim: the insured family name first, NIR, address of the risk; contract number and date stay",
		"Déclaration de sinistre habitation\nAssurée : Mme Durand Sophie\nN° de sécurité sociale : 2 87 06 75 114 208 71\nAdresse du risque : 18 avenue Jean Jaurès, 69007 Lyon\nN° de contrat : 4829173650\nDate du sinistre : 03/10/2024",
		"Déclaration de sinistre habitation\nAssurée : Mme <NAME_1>\nN° de sécurité sociale : <NATIONAL_ID_1>\nAdresse du risque : <ADDRESS_1>, 69007 Lyon\nN° de contrat : 4829173650\nDate du sinistre : 03/10/2024"),
	pii("fr-FR", Name, "specialist's letter: the doctor's letterhead, a patient with a particle name born (née le) on a date",
		"Dr Élise Marchand\nCardiologue – 12 rue de la République, 13001 Marseille\nTél. 04 91 48 29 17\n\nMarseille, le 15 novembre 2024\n\nCher confrère,\nJe vous adresse Mme Françoise de La Tour, née le 22/05/1949, pour un bilan d'insuffisance cardiaque.",
		"Dr <NAME_1>\nCardiologue – <ADDRESS_1>, 13001 Marseille\nTél. <PHONE_1>\n\nMarseille, le 15 novembre 2024\n\nCher confrère,\nJe vous adresse Mme <NAME_2>, née le <DATE_OF_BIRTH_1>, pour un bilan d'insuffisance cardiaque."),
	pii("fr-FR", IBAN, "RIB: an ALL-CAPS holder after M, the IBAN; the BIC and the branch stay",
		"RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : M KARIM BENALI\nIBAN : FR14 2004 1010 0505 0001 3M02 606\nBIC : PSSTFRPPMAR\nDomiciliation : La Banque Postale – Centre financier de Marseille",
		"RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : M <NAME_1>\nIBAN : <IBAN_1>\nBIC : PSSTFRPPMAR\nDomiciliation : La Banque Postale – Centre financier de Marseille"),
	clean("fr-FR", Phone, "invoice with SIRET, VAT number, dates and amount",
		"SIRET 732 829 320 00074\nN° TVA intracommunautaire : FR40 732829320\nFacture n° F2024-11482 du 15/11/2024\nÉchéance : 15/12/2024\nNet à payer : 1 488,00 €"),
	clean("fr-FR", CreditCard, "a payment reference of 16 digits that fails Luhn",
		"Référence de paiement : 4140 4829 1736 5029 – à rappeler dans toute correspondance"),

	// --- Spanish (Spain) ----------------------------------------------------
	pii("es-ES", NationalID, "lease: the parties clause with D. and Dña., DNI, NIE and the domicile with the floor after a comma",
		"CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nREUNIDOS\nDe una parte, D. Alberto Sánchez Ortega, mayor de edad, con DNI 53918274H, y domicilio en Calle de Serrano 41, 3º B, 28001 Madrid.\nDe otra parte, Dña. Ana Pereira da Silva, con NIE X2918374L.",
		"CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nREUNIDOS\nDe una parte, D. <NAME_1>, mayor de edad, con DNI <NATIONAL_ID_1>, y domicilio en <ADDRESS_1>, 3º B, 28001 Madrid.\nDe otra parte, Dña. <NAME_2>, con NIE <NATIONAL_ID_2>."),
	pii("es-ES", Name, "discharge report: family names first in capitals, the clinical record number, the birth date",
		"INFORME DE ALTA HOSPITALARIA\nPaciente: GARCÍA LÓPEZ, MARÍA DEL CARMEN\nNHC: 00482917\nFecha de nacimiento: 17/06/1955\nFecha de ingreso: 02/11/2024   Fecha de alta: 08/11/2024",
		"INFORME DE ALTA HOSPITALARIA\nPaciente: <NAME_1>\nNHC: <NATIONAL_ID_1>\nFecha de nacimiento: <DATE_OF_BIRTH_1>\nFecha de ingreso: 02/11/2024   Fecha de alta: 08/11/2024"),
	clean("es-ES", Phone, "invoice, company CIF, policy number and a claim reference",
		"Factura n.º FV-2024/11482\nFecha: 15/11/2024\nCIF: B86317245\nPóliza n.º 048-2917365\nReferencia del siniestro: 2024-SIN-004821"),

	// --- Japanese -----------------------------------------------------------
	pii("ja-JP", Name, "résumé: the name in kana and in kanji with an ideographic space, birth date with 生, address after the postcode, phone, e-mail",
		"履歴書\n2024年11月15日現在\nふりがな　やまもと　さくら\n氏名　　　山本　さくら\n生年月日　1995年4月12日生（満29歳）\n現住所　〒150-0043\n東京都渋谷区道玄坂1-12-5\n電話　090-4829-1736\nE-mail　sakura.yamamoto@docomo.ne.jp",
		"履歴書\n2024年11月15日現在\nふりがな　<NAME_1>\n氏名　　　<NAME_2>\n生年月日　<DATE_OF_BIRTH_1>生（満29歳）\n現住所　〒150-0043\n<ADDRESS_1>\n電話　<PHONE_1>\nE-mail　<EMAIL_1>"),
	pii("ja-JP", NationalID, "OCR'd driving licence: a Shōwa-era birth date on the name line, the licence number; issue and validity dates stay",
		"運転免許証\n氏名　佐藤　健一　　昭和58年 7月21日生\n住所　大阪府大阪市北区梅田2丁目4-9\n交付　令和4年08月10日\n令和9年08月21日まで有効\n番号　第 620482917380 号",
		"運転免許証\n氏名　<NAME_1>　　<DATE_OF_BIRTH_1>生\n住所　<ADDRESS_1>\n交付　令和4年08月10日\n令和9年08月21日まで有効\n番号　第 <NATIONAL_ID_1> 号").leftAs("the licence's number follows 番号 (\"number\"), which labels any number in Japanese, and the word for the licence heads the card five lines above; its check digit alone (one number in ten passes it) is too weak a sign"),
	pii("ja-JP", NationalID, "withholding tax slip: the recipient's address, name and My Number",
		"給与所得の源泉徴収票\n支払を受ける者　住所　神奈川県横浜市中区山下町28-3\n氏名　高橋　誠\n個人番号　3047 1958 2647\n支払金額　4,820,000円",
		"給与所得の源泉徴収票\n支払を受ける者　住所　<ADDRESS_1>\n氏名　<NAME_1>\n個人番号　<NATIONAL_ID_1>\n支払金額　4,820,000円"),
	clean("ja-JP", Phone, "invoice with a qualified-invoice registration number and dates",
		"請求書番号：INV-2024-11482\n発行日：2024年11月15日\nお支払期限：2024年12月15日\n登録番号：T8010401048291\nご請求金額：¥128,480（税込）"),
	clean("ja-JP", NationalID, "a 12-digit tracking number in 4-4-4 groups that fails the My Number check",
		"お問い合わせ番号：4829-1736-5021\n配達予定日：11月18日\n個数：2"),

	// --- Chinese (Mainland) -------------------------------------------------
	pii("zh-CN", NationalID, "résumé: name, birth date, resident id, mobile, e-mail and an address down to the number",
		"个人简历\n姓名：刘洋\n性别：女\n出生日期：1990年3月8日\n身份证号：440304199003081622\n手机：138 2948 1736\n邮箱：liuyang0308@163.com\n现居住地：广东省深圳市福田区深南大道6008号",
		"个人简历\n姓名：<NAME_1>\n性别：女\n出生日期：<DATE_OF_BIRTH_1>\n身份证号：<NATIONAL_ID_1>\n手机：<PHONE_1>\n邮箱：<EMAIL_1>\n现居住地：<ADDRESS_1>"),
	pii("zh-CN", Name, "discharge summary: patient and attending doctor, the inpatient number; dates stay",
		"出院小结\n患者姓名：张建国　　性别：男　　年龄：39岁\n住院号：2024048291\n入院日期：2024-11-02　出院日期：2024-11-09\n主治医师：李晓峰",
		"出院小结\n患者姓名：<NAME_1>　　性别：男　　年龄：39岁\n住院号：<NATIONAL_ID_1>\n入院日期：2024-11-02　出院日期：2024-11-09\n主治医师：<NAME_2>"),
	pii("zh-CN", Address, "courier waybill: the recipient's name and mobile on one line, an address down to the flat",
		"顺丰速运 运单号：SF1482917365021\n寄件人：小米旗舰店\n收件人：王志刚 15921874630\n收件地址：四川省成都市武侯区人民南路四段12号6栋2单元301室",
		"顺丰速运 运单号：SF1482917365021\n寄件人：小米旗舰店\n收件人：<NAME_1> <PHONE_1>\n收件地址：<ADDRESS_1>"),
	clean("zh-CN", Phone, "e-invoice with a seller's credit code, date and total",
		"发票号码：24482917365021\n开票日期：2024年11月15日\n销售方纳税人识别号：91110108MA01ABCD2X\n价税合计：¥12,480.00"),

	// --- Korean -------------------------------------------------------------
	pii("ko-KR", NationalID, "résumé: Hangul name with Hanja in brackets, a dotted birth date, RRN, address with a unit after a comma",
		"이 력 서\n성명: 이서연 (李瑞妍)\n생년월일: 1988. 02. 14.\n주민등록번호: 880214-2183745\n주소: 서울특별시 마포구 월드컵북로 396, 1203호\n휴대전화: 010-4829-1736\n이메일: seoyeon.lee@naver.com",
		"이 력 서\n성명: <NAME_1> (<NAME_2>)\n생년월일: <DATE_OF_BIRTH_1>.\n주민등록번호: <NATIONAL_ID_1>\n주소: <ADDRESS_1>, 1203호\n휴대전화: <PHONE_1>\n이메일: <EMAIL_1>"),
	pii("ko-KR", NationalID, "pay statement: employee number stays, the name and RRN are masked",
		"급여명세서 (2024년 10월)\n사원번호: 20190482\n성명: 박준호\n주민등록번호: 790925-1482132\n지급총액: 4,820,000원",
		"급여명세서 (2024년 10월)\n사원번호: 20190482\n성명: <NAME_1>\n주민등록번호: <NATIONAL_ID_1>\n지급총액: 4,820,000원"),
	clean("ko-KR", Phone, "business registration number and a tax invoice number",
		"사업자등록번호: 214-86-48291\n세금계산서 번호: 20241115-41000048-29173652\n작성일자: 2024-11-15\n합계금액: 1,284,000원"),

	// --- Arabic (UAE, Saudi Arabia) -----------------------------------------
	pii("ar-AE", NationalID, "OCR'd Emirates ID: the number, the name in Arabic and in English, birth date; expiry stays",
		"دولة الإمارات العربية المتحدة\nبطاقة هوية\nUnited Arab Emirates – Identity Card\nرقم الهوية / ID Number\n784-1987-4829173-3\nالاسم: محمد عبدالله الهاشمي\nName: Mohammed Abdulla Alhashmi\nتاريخ الميلاد / Date of Birth\n14/05/1987\nتاريخ الانتهاء / Expiry Date\n21/09/2027",
		"دولة الإمارات العربية المتحدة\nبطاقة هوية\nUnited Arab Emirates – Identity Card\nرقم الهوية / ID Number\n<NATIONAL_ID_1>\nالاسم: <NAME_1>\nName: <NAME_2>\nتاريخ الميلاد / Date of Birth\n<DATE_OF_BIRTH_1>\nتاريخ الانتهاء / Expiry Date\n21/09/2027"),
	pii("ar-AE", IBAN, "salary certificate: the employee after السيد/ and the salary account",
		"شهادة راتب\nنشهد بأن السيد/ أحمد خليل الزعبي يعمل لدى شركتنا منذ 2019، ويتم تحويل راتبه إلى الحساب رقم AE07 0331 2345 6789 0123 456",
		"شهادة راتب\nنشهد بأن السيد/ <NAME_1> يعمل لدى شركتنا منذ 2019، ويتم تحويل راتبه إلى الحساب رقم <IBAN_1>"),
	pii("ar-SA", NationalID, "unified lease contract: the tenant with bin, national id, mobile and national address; the landlord company stays",
		"عقد إيجار موحد\nالمؤجر: شركة دار الأركان للتطوير العقاري\nالمستأجر: فيصل بن عبدالعزيز القحطاني\nرقم الهوية الوطنية: 1048291734\nالجوال: 0504829173\nالعنوان الوطني: 7521 شارع الأمير سلطان، حي الروضة، جدة 23431",
		"عقد إيجار موحد\nالمؤجر: شركة دار الأركان للتطوير العقاري\nالمستأجر: <NAME_1>\nرقم الهوية الوطنية: <NATIONAL_ID_1>\nالجوال: <PHONE_1>\nالعنوان الوطني: <ADDRESS_1>، حي الروضة، جدة 23431"),
	clean("ar-SA", Phone, "tax invoice with the supplier's VAT number, date and total",
		"فاتورة ضريبية رقم INV-2024-11482\nالرقم الضريبي للمورد: 300482917300003\nتاريخ الإصدار: 15/11/2024\nالإجمالي: 12,480.00 ريال"),

	// --- Russian ------------------------------------------------------------
	pii("ru-RU", NationalID, "OCR'd passport page: series and number, surname, name and patronymic in capitals, birth date; issue data stay",
		"ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ\nСерия и номер: 45 18 482917\nФамилия КУЗНЕЦОВА\nИмя АННА\nОтчество СЕРГЕЕВНА\nПол ЖЕН.   Дата рождения 12.06.1991\nМесто рождения ГОР. МОСКВА\nДата выдачи 25.06.2021   Код подразделения 770-093",
		"ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ\nСерия и номер: <NATIONAL_ID_1>\nФамилия <NAME_1>\nИмя <NAME_2>\nОтчество <NAME_3>\nПол ЖЕН.   Дата рождения <DATE_OF_BIRTH_1>\nМесто рождения ГОР. МОСКВА\nДата выдачи 25.06.2021   Код подразделения 770-093"),
	pii("ru-RU", Name, "employment contract: the director in the genitive, the employee's passport, СНИЛС, ИНН and address; the company's ИНН stays",
		"ТРУДОВОЙ ДОГОВОР № 48-К\nг. Санкт-Петербург                    15 ноября 2024 г.\nООО «Северный Ветер», ИНН 7804482917, в лице генерального директора Морозова Игоря Викторовича, и\nВолков Дмитрий Андреевич, паспорт 40 15 739204, СНИЛС 172-948-365 09, ИНН 771928473630, проживающий по адресу: г. Санкт-Петербург, Невский пр., д. 88, кв. 14",
		"ТРУДОВОЙ ДОГОВОР № 48-К\nг. Санкт-Петербург                    15 ноября 2024 г.\nООО «Северный Ветер», ИНН 7804482917, в лице генерального директора <NAME_1>, и\n<NAME_2>, паспорт <NATIONAL_ID_1>, СНИЛС <NATIONAL_ID_2>, ИНН <NATIONAL_ID_3>, проживающий по адресу: г. Санкт-Петербург, <ADDRESS_1>, кв. 14"),
	pii("ru-RU", CreditCard, "card statement header: the holder in capitals and a Mir card",
		"Выписка по счёту карты\nВладелец: ПЕТРОВА ОЛЬГА НИКОЛАЕВНА\nКарта МИР 2200 4829 1736 5029\nПериод: 01.10.2024 – 31.10.2024",
		"Выписка по счёту карты\nВладелец: <NAME_1>\nКарта МИР <CREDIT_CARD_1>\nПериод: 01.10.2024 – 31.10.2024"),
	clean("ru-RU", NationalID, "an invoice with the company's ИНН, КПП and ОГРН",
		"ИНН 7804482917 / КПП 780401001\nОГРН 1147847482917\nСчёт на оплату № 1148 от 15.11.2024\nИтого к оплате: 124 800,00 ₽"),

	// --- Portuguese (Brazil) ------------------------------------------------
	pii("pt-BR", Name, "school enrolment: pupil, birth date, guardian, CPF, Rua with a comma before the number, mobile",
		"FICHA DE MATRÍCULA – 2025\nNome do aluno: Pedro Henrique Alves\nData de nascimento: 09/05/2015\nResponsável: Juliana Alves de Oliveira\nCPF do responsável: 482.917.365-37\nEndereço: Rua Augusta, 1508, apto 42 – Consolação, São Paulo – SP, 01304-001\nCelular: (11) 98482-9173",
		"FICHA DE MATRÍCULA – 2025\nNome do aluno: <NAME_1>\nData de nascimento: <DATE_OF_BIRTH_1>\nResponsável: <NAME_2>\nCPF do responsável: <NATIONAL_ID_1>\nEndereço: <ADDRESS_1>, apto 42 – Consolação, São Paulo – SP, 01304-001\nCelular: <PHONE_1>"),
	pii("pt-BR", NationalID, "service invoice: the provider's CNPJ stays, the client's name, CPF and e-mail are masked",
		"NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e nº 00011482\nPrestador: Studio Azul Design Ltda – CNPJ 11.222.333/0001-81\nTomador: Carlos Eduardo Ribeiro – CPF 316.470.829-78\nE-mail: cadu.ribeiro@uol.com.br\nValor do serviço: R$ 2.450,00",
		"NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e nº 00011482\nPrestador: Studio Azul Design Ltda – CNPJ 11.222.333/0001-81\nTomador: <NAME_1> – CPF <NATIONAL_ID_1>\nE-mail: <EMAIL_1>\nValor do serviço: R$ 2.450,00"),
	pii("pt-BR", CreditCard, "purchase receipt: holder in capitals and an Elo card",
		"Comprovante de compra\nTitular: FERNANDA LIMA COSTA\nCartão Elo 6362 4829 1736 5024\nParcelas: 3x de R$ 416,33",
		"Comprovante de compra\nTitular: <NAME_1>\nCartão Elo <CREDIT_CARD_1>\nParcelas: 3x de R$ 416,33"),
	clean("pt-BR", Phone, "tracking code, order number, posting date and a CEP",
		"Código de rastreio: QB482917365BR\nPedido nº 1148291736\nData de postagem: 15/11/2024\nCEP de destino: 01304-001"),

	// --- Turkish ------------------------------------------------------------
	pii("tr-TR", NationalID, "OCR'd identity card: TC number, surname, given name, birth date, document number; validity stays",
		"TÜRKİYE CUMHURİYETİ KİMLİK KARTI\nT.C. Kimlik No / TR Identity No\n28746193572\nSoyadı / Surname\nYILDIRIM\nAdı / Given Name(s)\nZEYNEP\nDoğum Tarihi / Date of Birth\n03.09.1994\nSeri No / Document No\nA48J29173\nSon Geçerlilik / Valid Until\n03.09.2034",
		"TÜRKİYE CUMHURİYETİ KİMLİK KARTI\nT.C. Kimlik No / TR Identity No\n<NATIONAL_ID_1>\nSoyadı / Surname\n<NAME_1>\nAdı / Given Name(s)\n<NAME_2>\nDoğum Tarihi / Date of Birth\n<DATE_OF_BIRTH_1>\nSeri No / Document No\n<NATIONAL_ID_2>\nSon Geçerlilik / Valid Until\n03.09.2034"),
	pii("tr-TR", Address, "lease: the landlord with a TC number, the tenant, Caddesi No: with Daire after it, the IBAN",
		"KİRA SÖZLEŞMESİ\nKiraya veren: Mehmet Öztürk (T.C. 46192837550)\nKiracı: Elif Şahin\nKiralanan yerin adresi: Bağdat Caddesi No: 214 Daire: 7, Kadıköy/İstanbul\nIBAN: TR33 0006 1005 1978 6457 8413 26",
		"KİRA SÖZLEŞMESİ\nKiraya veren: <NAME_1> (T.C. <NATIONAL_ID_1>)\nKiracı: <NAME_2>\nKiralanan yerin adresi: <ADDRESS_1> Daire: 7, Kadıköy/İstanbul\nIBAN: <IBAN_1>"),
	pii("tr-TR", CreditCard, "card statement: holder and a Troy card",
		"Kredi Kartı Hesap Özeti\nKart sahibi: Burak Aydın\nKart no: 9792 4829 1736 5028\nSon ödeme tarihi: 28.11.2024",
		"Kredi Kartı Hesap Özeti\nKart sahibi: <NAME_1>\nKart no: <CREDIT_CARD_1>\nSon ödeme tarihi: 28.11.2024"),
	clean("tr-TR", NationalID, "e-invoice with the seller's tax number and Mersis number",
		"Fatura No: GIB2024000011482\nFatura Tarihi: 15.11.2024\nVergi Dairesi: Kadıköy  VKN: 4829173650\nMersis No: 0482917365000015\nToplam: 12.480,00 TL"),

	// --- Hindi --------------------------------------------------------------
	pii("hi-IN", NationalID, "OCR'd Aadhaar card in Hindi: name, DOB, gender, the number alone on its line",
		"भारत सरकार\nGovernment of India\nनाम: अंजलि वर्मा\nजन्म तिथि/DOB: 17/08/1996\nमहिला / FEMALE\n8274 9163 0254\nमेरा आधार, मेरी पहचान",
		"भारत सरकार\nGovernment of India\nनाम: <NAME_1>\nजन्म तिथि/DOB: <DATE_OF_BIRTH_1>\nमहिला / FEMALE\n<NATIONAL_ID_1>\nमेरा आधार, मेरी पहचान").leftAs("the Aadhaar number stands alone on its line with no label before it (आधार comes after it, in the card's slogan); a bare 12-digit number is masked only after a cue, since one in ten passes the Verhoeff check"),
	pii("hi-IN", Name, "FIR excerpt: the informant, son of (पुत्र) his father, mobile; FIR number and incident date stay",
		"प्रथम सूचना रिपोर्ट (FIR)\nथाना: कोतवाली, लखनऊ   एफआईआर सं.: 0482/2024\nसूचनाकर्ता: राजेश कुमार सिंह पुत्र श्री रामेश्वर सिंह\nमोबाइल: 94150 48291\nघटना की तिथि: 12/11/2024",
		"प्रथम सूचना रिपोर्ट (FIR)\nथाना: कोतवाली, लखनऊ   एफआईआर सं.: 0482/2024\nसूचनाकर्ता: <NAME_1> पुत्र श्री <NAME_2>\nमोबाइल: <PHONE_1>\nघटना की तिथि: 12/11/2024"),
	clean("hi-IN", Phone, "insurance policy, claim number, premium and renewal date",
		"बीमा पॉलिसी संख्या: 0482917365\nदावा संख्या: CL/2024/11482\nप्रीमियम: ₹12,480\nनवीनीकरण तिथि: 15/11/2025"),

	// --- Indonesian ---------------------------------------------------------
	pii("id-ID", NationalID, "OCR'd KTP: NIK, name, place and date of birth, a Jl. address; RT/RW and district stay",
		"PROVINSI DKI JAKARTA\nKOTA JAKARTA SELATAN\nNIK : 3174045708930003\nNama : SITI RAHAYU\nTempat/Tgl Lahir : JAKARTA, 17-08-1993\nJenis Kelamin : PEREMPUAN   Gol. Darah : O\nAlamat : JL. KEMANG RAYA NO. 45\nRT/RW : 004/007\nKel/Desa : BANGKA\nKecamatan : MAMPANG PRAPATAN\nBerlaku Hingga : SEUMUR HIDUP",
		"PROVINSI DKI JAKARTA\nKOTA JAKARTA SELATAN\nNIK : <NATIONAL_ID_1>\nNama : <NAME_1>\nTempat/Tgl Lahir : JAKARTA, <DATE_OF_BIRTH_1>\nJenis Kelamin : PEREMPUAN   Gol. Darah : O\nAlamat : <ADDRESS_1>\nRT/RW : 004/007\nKel/Desa : BANGKA\nKecamatan : MAMPANG PRAPATAN\nBerlaku Hingga : SEUMUR HIDUP"),
	pii("id-ID", NationalID, "pay slip: a person's NPWP",
		"SLIP GAJI – Oktober 2024\nNama Karyawan: Budi Hartono\nNPWP: 09.482.917.3-013.000\nGaji Pokok: Rp 8.500.000",
		"SLIP GAJI – Oktober 2024\nNama Karyawan: <NAME_1>\nNPWP: <NATIONAL_ID_1>\nGaji Pokok: Rp 8.500.000"),
	clean("id-ID", Phone, "tax invoice, company NPWP and a JNE receipt number",
		"No. Faktur: 010.004-24.48291736\nTanggal: 15-11-2024\nNPWP Perusahaan: 01.234.567.8-901.000\nNo. Resi JNE: 0482917365021\nTotal: Rp 1.248.000"),

	// --- Vietnamese ---------------------------------------------------------
	pii("vi-VN", NationalID, "OCR'd CCCD: number, name in capitals on the next line, birth date, place of residence; origin and validity stay",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĂN CƯỚC CÔNG DÂN\nSố / No.: 001087012483\nHọ và tên / Full name:\nNGUYỄN VĂN HÙNG\nNgày sinh / Date of birth: 23/04/1987\nGiới tính / Sex: Nam   Quốc tịch / Nationality: Việt Nam\nQuê quán / Place of origin: Nam Trực, Nam Định\nNơi thường trú / Place of residence: 45 Lý Thường Kiệt, Hàng Bài, Hoàn Kiếm, Hà Nội\nCó giá trị đến: 23/04/2027",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĂN CƯỚC CÔNG DÂN\nSố / No.: <NATIONAL_ID_1>\nHọ và tên / Full name:\n<NAME_1>\nNgày sinh / Date of birth: <DATE_OF_BIRTH_1>\nGiới tính / Sex: Nam   Quốc tịch / Nationality: Việt Nam\nQuê quán / Place of origin: Nam Trực, Nam Định\nNơi thường trú / Place of residence: <ADDRESS_1>, Hàng Bài, Hoàn Kiếm, Hà Nội\nCó giá trị đến: 23/04/2027"),
	pii("vi-VN", Name, "hospital discharge paper: patient, health insurance number, the treating doctor; dates stay",
		"GIẤY RA VIỆN\nHọ tên người bệnh: Trần Thị Mai   Tuổi: 36   Nữ\nMã số BHYT: DN4010124829173\nNgày vào viện: 02/11/2024\nNgày ra viện: 08/11/2024\nBác sĩ điều trị: BS. Lê Minh Tuấn",
		"GIẤY RA VIỆN\nHọ tên người bệnh: <NAME_1>   Tuổi: 36   Nữ\nMã số BHYT: <NATIONAL_ID_1>\nNgày vào viện: 02/11/2024\nNgày ra viện: 08/11/2024\nBác sĩ điều trị: BS. <NAME_2>"),
	clean("vi-VN", Phone, "company tax code, invoice number, date and a waybill",
		"Mã số thuế: 0312482917\nSố hóa đơn: 00011482\nNgày lập: 15/11/2024\nMã vận đơn GHN: GHN4829173650\nTổng tiền: 1.248.000đ"),

	// --- Polish -------------------------------------------------------------
	pii("pl-PL", NationalID, "hospital referral: patient, PESEL, ul. with the flat (m.) after the number, phone, the referring doctor",
		"SKIEROWANIE DO SZPITALA\nPacjent: Katarzyna Wiśniewska\nPESEL: 92071508424\nAdres: ul. Piotrkowska 104 m. 12, 90-006 Łódź\nTel. 601 482 917\nLekarz kierujący: lek. med. Paweł Zieliński",
		"SKIEROWANIE DO SZPITALA\nPacjent: <NAME_1>\nPESEL: <NATIONAL_ID_1>\nAdres: <ADDRESS_1> m. 12, 90-006 Łódź\nTel. <PHONE_1>\nLekarz kierujący: lek. med. <NAME_2>"),
	pii("pl-PL", IP, "police report: the victim with PESEL, the IP address the fraudster used",
		"NOTATKA URZĘDOWA\nPokrzywdzony: Tomasz Lewandowski, PESEL 78112305717\nW dniu 04.11.2024 nieznany sprawca zalogował się do bankowości elektronicznej pokrzywdzonego z adresu IP 83.21.147.92.",
		"NOTATKA URZĘDOWA\nPokrzywdzony: <NAME_1>, PESEL <NATIONAL_ID_1>\nW dniu 04.11.2024 nieznany sprawca zalogował się do bankowości elektronicznej pokrzywdzonego z adresu IP <IP_1>."),
	pii("pl-PL", IBAN, "bank statement header: the holder, the account and a card number",
		"WYCIĄG Z RACHUNKU nr 11/2024\nPosiadacz: Agnieszka Wójcik\nNumer rachunku: PL61 1090 1014 0000 0712 1981 2874\nKarta: 5375 4829 1736 5021\nSaldo początkowe: 4 820,15 PLN",
		"WYCIĄG Z RACHUNKU nr 11/2024\nPosiadacz: <NAME_1>\nNumer rachunku: <IBAN_1>\nKarta: <CREDIT_CARD_1>\nSaldo początkowe: 4 820,15 PLN"),
	clean("pl-PL", Phone, "VAT invoice with the seller's NIP and REGON, dates and amount",
		"Faktura VAT nr FV/2024/11/482\nData wystawienia: 15.11.2024\nNIP sprzedawcy: 527-248-29-17\nREGON: 148291736\nTermin płatności: 29.11.2024\nDo zapłaty: 1 476,00 zł"),

	// --- Italian ------------------------------------------------------------
	pii("it-IT", DateOfBirth, "discharge letter: the patient born (nata a … il) on a date, codice fiscale, Via address; discharge date and doctor",
		"LETTERA DI DIMISSIONE\nPaziente: Sig.ra Giulia Ferrara\nNata a Bologna il 22/09/1988\nC.F.: FRRGLI88P62A944B\nResidente in Via dell'Indipendenza 38, 40121 Bologna\nDimessa il 09/11/2024\nIl medico: Dott. Marco Gentile",
		"LETTERA DI DIMISSIONE\nPaziente: Sig.ra <NAME_1>\nNata a Bologna il <DATE_OF_BIRTH_1>\nC.F.: <NATIONAL_ID_1>\nResidente in <ADDRESS_1>, 40121 Bologna\nDimessa il 09/11/2024\nIl medico: Dott. <NAME_2>"),
	pii("it-IT", IBAN, "lease: the landlord born in Naples, codice fiscale, the IBAN for the rent",
		"CONTRATTO DI LOCAZIONE\nIl locatore Sig. Antonio Esposito, nato a Napoli il 05/01/1975, C.F. SPSNTN75A05F839H\nIBAN per il canone: IT60 X054 2811 1010 0000 0123 456",
		"CONTRATTO DI LOCAZIONE\nIl locatore Sig. <NAME_1>, nato a Napoli il <DATE_OF_BIRTH_1>, C.F. <NATIONAL_ID_1>\nIBAN per il canone: <IBAN_1>"),
	clean("it-IT", Phone, "invoice with partita IVA, SDI code, due date and total",
		"Fattura n. 2024/11482 del 15/11/2024\nP.IVA 04829173650\nCodice destinatario: M5UXCR1\nScadenza: 15/12/2024\nTotale documento: € 1.464,00"),

	// --- Dutch --------------------------------------------------------------
	pii("nl-NL", NationalID, "pay slip: a name with van der, the BSN and IBAN; the personnel number stays",
		"LOONSTROOK november 2024\nWerknemer: Jan-Willem van der Berg\nBSN: 237461821\nPersoneelsnummer: 004821\nIBAN: NL91 ABNA 0417 1643 00\nBruto loon: € 4.250,00",
		"LOONSTROOK november 2024\nWerknemer: <NAME_1>\nBSN: <NATIONAL_ID_1>\nPersoneelsnummer: <NATIONAL_ID_2>\nIBAN: <IBAN_1>\nBruto loon: € 4.250,00"),
	pii("nl-NL", DateOfBirth, "lease: the tenant after mevrouw, born (geboren op) on a date in a town, the rented address",
		"HUUROVEREENKOMST WOONRUIMTE\nHuurder: mevrouw Sanne de Jong, geboren op 12-04-1990 te Utrecht\nAdres gehuurde: Oudegracht 231, 3511 NK Utrecht\nHuurprijs: € 1.450,00 per maand",
		"HUUROVEREENKOMST WOONRUIMTE\nHuurder: mevrouw <NAME_1>, geboren op <DATE_OF_BIRTH_1> te Utrecht\nAdres gehuurde: <ADDRESS_1>, 3511 NK Utrecht\nHuurprijs: € 1.450,00 per maand"),
	pii("nl-NL", Secret, "onboarding letter: the new employee's e-mail and initial password",
		"Welkom bij Vellum B.V.!\nJe account: s.dejong@vellum.nl\nTijdelijk wachtwoord: Zomer2024!Utr\nWijzig dit wachtwoord bij je eerste aanmelding.",
		"Welkom bij Vellum B.V.!\nJe account: <EMAIL_1>\nTijdelijk wachtwoord: <SECRET_1>\nWijzig dit wachtwoord bij je eerste aanmelding."),
	clean("nl-NL", Phone, "invoice with KvK, VAT id and dates",
		"KvK-nummer: 48291736\nBtw-id: NL004829173B01\nFactuurnummer: 2024-11482\nFactuurdatum: 15-11-2024\nVervaldatum: 15-12-2024"),

	// --- English (United States) --------------------------------------------
	pii("en-US", SSN, "W-2 boxes: the SSN, first name with an initial and last name in columns, the address with a direction and an apartment",
		"a Employee's social security number\n529-48-1736\ne Employee's first name and initial      Last name\nMARIA L                                  GONZALEZ\nf Employee's address and ZIP code\n2418 W Belmont Ave Apt 3, Chicago IL 60618",
		"a Employee's social security number\n<SSN_1>\ne Employee's first name and initial      Last name\n<NAME_1>                                  <NAME_2>\nf Employee's address and ZIP code\n<ADDRESS_1> Apt 3, Chicago IL 60618"),
	pii("en-US", NationalID, "pay stub with a masked SSN, pay period and pay date; the employee ID is a person's number",
		"EARNINGS STATEMENT\nEmployee ID: 004821\nSSN: XXX-XX-1736\nPay period: 11/01/2024 - 11/15/2024\nPay date: 11/22/2024\nNet pay: $2,418.37",
		"EARNINGS STATEMENT\nEmployee ID: <NATIONAL_ID_1>\nSSN: XXX-XX-1736\nPay period: 11/01/2024 - 11/15/2024\nPay date: 11/22/2024\nNet pay: $2,418.37"),

	// --- more documents with personal data -------------------------------------
	pii("ro-RO", Email, "Europass CV header: labels and values in columns of spaces, a Bd. address with a block after a comma",
		"CURRICULUM VITAE\nInformații personale\nNume / Prenume      Dumitrescu Radu\nAdresă              Bd. Unirii nr. 15, bl. 7A, 030823 București\nTelefon            +40 721 482 917\nE-mail             radu.dumitrescu@gmail.com\nData nașterii      23/04/1990",
		"CURRICULUM VITAE\nInformații personale\nNume / Prenume      <NAME_1>\nAdresă              <ADDRESS_1>, bl. 7A, 030823 București\nTelefon            <PHONE_1>\nE-mail             <EMAIL_1>\nData nașterii      <DATE_OF_BIRTH_1>"),
	pii("hu-HU", Email, "CV header with tab-separated values and a dotted birth date",
		"ÖNÉLETRAJZ\nNév:\t\tFarkas Dóra\nSzületési dátum:\t1993. 07. 08.\nTelefon:\t+36 70 482 9173\nE-mail:\t\tfarkas.dora@freemail.hu",
		"ÖNÉLETRAJZ\nNév:\t\t<NAME_1>\nSzületési dátum:\t<DATE_OF_BIRTH_1>.\nTelefon:\t<PHONE_1>\nE-mail:\t\t<EMAIL_1>"),
	pii("fi-FI", CreditCard, "travel insurance claim: the claimant, the payment card and e-mail",
		"Matkavakuutuksen korvaushakemus\nHakija: Elina Mäkinen\nMaksukortti: 4921 4829 1736 5023\nSähköposti: elina.makinen@gmail.com\nVahinkopäivä 02.09.2024",
		"Matkavakuutuksen korvaushakemus\nHakija: <NAME_1>\nMaksukortti: <CREDIT_CARD_1>\nSähköposti: <EMAIL_1>\nVahinkopäivä 02.09.2024"),
	pii("da-DK", DateOfBirth, "CV header: born (Født) on a date with a Danish month, address with the floor, mobile and e-mail",
		"CURRICULUM VITAE\nNavn: Frederik Holm Jensen\nFødt: 14. marts 1991\nAdresse: Østerbrogade 88, 1. th., 2100 København Ø\nMobil: +45 28 48 29 17\nE-mail: frederik.hj@gmail.com",
		"CURRICULUM VITAE\nNavn: <NAME_1>\nFødt: <DATE_OF_BIRTH_1>\nAdresse: <ADDRESS_1>, 1. th., 2100 København Ø\nMobil: <PHONE_1>\nE-mail: <EMAIL_1>"),
	pii("en-AU", CreditCard, "travel insurance claim: an Amex card in 4-6-5 groups; the policy number stays",
		"Travel insurance claim – Policy TRV-4829173\nClaimant: Olivia Martin\nRefund to card: Amex 3782 482917 36501\nDate of loss: 02/09/2024",
		"Travel insurance claim – Policy TRV-4829173\nClaimant: <NAME_1>\nRefund to card: Amex <CREDIT_CARD_1>\nDate of loss: 02/09/2024"),
	pii("ja-JP", CreditCard, "card statement: the member's name in katakana with 様 and a JCB card",
		"カードご利用代金明細書\nカード会員名：ナカムラ　タロウ　様\nカード番号：3540 4829 1736 5026\nお支払日：2024年12月10日",
		"カードご利用代金明細書\nカード会員名：<NAME_1>　様\nカード番号：<CREDIT_CARD_1>\nお支払日：2024年12月10日"),
	pii("zh-CN", CreditCard, "bank card slip: a 19-digit UnionPay number and the account holder",
		"银行卡号：6228 4829 1736 5028 375\n户名：陈静\n开户行：招商银行深圳分行",
		"银行卡号：<CREDIT_CARD_1>\n户名：<NAME_1>\n开户行：招商银行深圳分行"),
	pii("ko-KR", Address, "parcel label: recipient, mobile, a road address with the building and unit after a comma",
		"받는 분: 최지우\n연락처: 010-7482-9173\n주소: 부산광역시 해운대구 센텀중앙로 79, 101동 1502호\n운송장번호: 6482-9173-6502",
		"받는 분: <NAME_1>\n연락처: <PHONE_1>\n주소: <ADDRESS_1>, 101동 1502호\n운송장번호: 6482-9173-6502"),
	pii("ar-AE", Phone, "CV header in Arabic: name, mobile, e-mail and birth date",
		"السيرة الذاتية\nالاسم: سارة يوسف المنصوري\nالهاتف المتحرك: +971 50 482 9173\nالبريد الإلكتروني: sara.almansoori@outlook.com\nتاريخ الميلاد: 1994/02/17",
		"السيرة الذاتية\nالاسم: <NAME_1>\nالهاتف المتحرك: <PHONE_1>\nالبريد الإلكتروني: <EMAIL_1>\nتاريخ الميلاد: <DATE_OF_BIRTH_1>"),
	pii("ms-MY", IP, "police report: the complainant with bin and IC number, the suspect's IP address",
		"LAPORAN POLIS No. DANG WANGI/004821/24\nPengadu: Ahmad Faizal bin Hassan, No. K/P 880314-14-6215\nSuspek telah log masuk ke akaun pengadu dari alamat IP 175.139.48.21 pada 03/11/2024.",
		"LAPORAN POLIS No. DANG WANGI/004821/24\nPengadu: <NAME_1>, No. K/P <NATIONAL_ID_1>\nSuspek telah log masuk ke akaun pengadu dari alamat IP <IP_1> pada 03/11/2024."),
	pii("es-ES", Email, "CV header: personal data block with an Avenida address",
		"CURRÍCULUM VITAE\nDatos personales\nNombre: Javier Ruiz Moreno\nFecha de nacimiento: 03/11/1989\nTeléfono: +34 612 482 917\nCorreo: javier.ruiz.moreno@gmail.com\nDirección: Avenida de la Constitución 27, 41001 Sevilla",
		"CURRÍCULUM VITAE\nDatos personales\nNombre: <NAME_1>\nFecha de nacimiento: <DATE_OF_BIRTH_1>\nTeléfono: <PHONE_1>\nCorreo: <EMAIL_1>\nDirección: <ADDRESS_1>, 41001 Sevilla"),
	pii("it-IT", Phone, "shipping label: recipient, Via on its own line, CAP and town after it, mobile",
		"BRT – Spedizione 068048291736501\nDestinatario: Francesca Romano\nVia Giuseppe Verdi 14\n10124 Torino TO\nCell. 347 482 9173",
		"BRT – Spedizione 068048291736501\nDestinatario: <NAME_1>\n<ADDRESS_1>\n10124 Torino TO\nCell. <PHONE_1>"),
	pii("vi-VN", Phone, "CV header: name, birth date, phone and e-mail",
		"SƠ YẾU LÝ LỊCH\nHọ và tên: Phạm Thu Hà\nNgày sinh: 12/09/1996\nĐiện thoại: 0912 482 917\nEmail: thuha.pham96@gmail.com",
		"SƠ YẾU LÝ LỊCH\nHọ và tên: <NAME_1>\nNgày sinh: <DATE_OF_BIRTH_1>\nĐiện thoại: <PHONE_1>\nEmail: <EMAIL_1>"),
	pii("id-ID", Secret, "onboarding letter: the new employee's account and temporary password",
		"Selamat bergabung di PT Vellum Indonesia!\nAkun Anda: rina.wulandari@vellum.co.id\nKata sandi sementara: Jkt#2024Rina\nHarap ganti kata sandi saat login pertama.",
		"Selamat bergabung di PT Vellum Indonesia!\nAkun Anda: <EMAIL_1>\nKata sandi sementara: <SECRET_1>\nHarap ganti kata sandi saat login pertama."),
	pii("en-US", CreditCard, "hotel folio: the guest and the card on file; the folio number and dates stay",
		"GUEST FOLIO #482917\nGuest: Michael Brown\nArrival: 11/12/2024   Departure: 11/15/2024\nPayment: VISA 4716 4829 1736 5022 exp 08/27\nBalance: $0.00",
		"GUEST FOLIO #482917\nGuest: <NAME_1>\nArrival: 11/12/2024   Departure: 11/15/2024\nPayment: VISA <CREDIT_CARD_1> exp 08/27\nBalance: $0.00"),
	pii("fr-CA", Address, "waybill: the consignee's civic address with a comma after the number, the province and postal code after it",
		"Purolator – Connaissement 482917365021\nDestinataire : Sophie Bouchard\n1280, boulevard René-Lévesque Ouest, Québec (Québec) G1S 1W2\nTél. : 418 482-9173",
		"Purolator – Connaissement 482917365021\nDestinataire : <NAME_1>\n<ADDRESS_1>, Québec (Québec) G1S 1W2\nTél. : <PHONE_1>"),

	// --- more near-misses from the same documents ------------------------------
	clean("ro-RO", Name, "a form template with bracketed field names",
		"Subsemnatul/a [NUME PRENUME], CNP [CNP], domiciliat/ă în [ADRESA], declar pe propria răspundere…"),
	clean("fi-FI", NationalID, "a rejected henkilötunnus with a wrong check character",
		"Henkilötunnus 070384-1682 hylättiin: tarkiste ei täsmää."),
	clean("pl-PL", NationalID, "a PESEL-shaped number with a wrong check in a validator's message",
		"Błąd walidacji: numer 92071508425 ma nieprawidłową sumę kontrolną."),
	clean("de-DE", Phone, "a DHL waybill and an EAN-13 product code",
		"Luftfrachtbrief (DHL Express) 4829173650, Artikel EAN 4006381333931, 3 Packstücke, 12,4 kg"),
	clean("de-DE", IBAN, "an RF creditor reference that passes mod-97",
		"Verwendungszweck: RF18 5390 0754 7034"),
	clean("de-DE", IBAN, "a partly masked IBAN on a statement",
		"Konto: DE89 **** **** **** **30 00, Kontoauszug 11/2024, Blatt 1 von 2"),
	clean("de-DE", Name, "a diagnosis block with ICD codes, drugs and lab values",
		"Diagnosen: J18.9, I10, E11.9\nMedikation: Metoprolol 47,5 mg 1-0-1, Ramipril 5 mg 1-0-0\nLabor: CRP 48,2 mg/l, Leukozyten 12,4/nl"),
	clean("de-DE", Address, "ward, room and bed numbers",
		"Station 4B, Zimmer 12, Bett 2 – Verlegung am 06.11.2024"),
	clean("de-DE", Phone, "a court docket with its file number and amount in dispute",
		"Az. 12 O 482/24 – Urteil vom 15.11.2024 – Streitwert 4.820,00 €"),
	clean("fr-FR", Name, "a blank form with dotted leaders",
		"Nom : ………………………… Prénom : …………………………\nNé(e) le : ……/……/………… à ……………………"),
	clean("fr-FR", CreditCard, "a masked card on a receipt",
		"Carte bancaire **** **** **** 5026 – Montant 48,90 € – Ticket n° 004821"),
	clean("es-ES", Phone, "an invoice line with an article number, quantity and price",
		"Pos. 1  Ref. 4820-117  Cant. 12  Precio unit. 24,90 €  Importe 298,80 €"),
	clean("en-ET", Phone, "a visa fee receipt with the application reference",
		"Visa fee: EUR 90.00\nApplication centre: VFS Global, Addis Ababa\nReference: ETH-ADD-2024-048291\nAppointment: 18/11/2024 10:30"),
	clean("en-SG", Phone, "a booking reference, flight and seat on an itinerary",
		"Booking ref: K7XQ2M\nFlight SQ 322, 18 Nov 2024, dep 23:55\nSeat 48K, baggage 30 kg"),
	clean("en-US", Phone, "a UPS tracking number, weight and ship date",
		"UPS 1Z 999 AA1 01 2345 6784, Weight 2.4 lb, Ship date 11/15/2024"),
	clean("en-AU", Phone, "a customs declaration with HS code, origin and value",
		"CUSTOMS DECLARATION CN22\nGift: No  Commercial sample: No\nDescription: wool scarf  HS tariff no.: 6117.10.00\nWeight: 0.320 kg  Value: AUD 79.00\nCountry of origin: NZ"),
	clean("en-ZA", Phone, "a container number and a bill of lading",
		"Container MSCU4829173, B/L MEDUZA482917, vessel MSC ANNA, ETA Durban 02/12/2024"),
	clean("nl-NL", CreditCard, "a Luhn-failing 16-digit order reference",
		"Bestelreferentie 4140482917365029 – levering binnen 2 werkdagen"),
	clean("ja-JP", Name, "a blank résumé heading with only labels",
		"履歴書\n年　月　日現在\nふりがな\n氏名\n生年月日　　年　月　日生（満　歳）"),
	clean("zh-CN", Address, "a company name and city without a street number",
		"供应商：深圳华强电子有限公司（广东省深圳市）"),
	clean("ko-KR", DateOfBirth, "the issue date of a document",
		"발급일자: 2024. 11. 15.\n유효기간: 2029. 11. 14."),
	clean("ru-RU", DateOfBirth, "a court decision's date and case number",
		"Дело № 2-4821/2024, решение от 15.11.2024, вступило в силу 17.12.2024"),
	clean("pt-BR", Phone, "a boleto's digitable line",
		"Linha digitável: 34191.79001 01043.510047 91020.150008 1 98290000124800"),
	clean("tr-TR", Address, "a company's district and city without a street",
		"Satıcı: Vellum Yazılım A.Ş. – Kadıköy/İstanbul – Tic. Sicil No: 482917"),
	clean("ar-AE", Phone, "a trade licence number and a TRN",
		"رقم الرخصة التجارية: 1148291\nرقم التسجيل الضريبي TRN: 100482917300003\nتاريخ الانتهاء: 14/03/2026"),
	clean("vi-VN", DateOfBirth, "a contract's signing and expiry dates",
		"Hợp đồng số 48/2024/HĐLĐ ký ngày 15/11/2024, có hiệu lực đến 14/11/2026"),
	clean("it-IT", Phone, "a pharmacy receipt with the product code and amounts",
		"Scontrino n. 0482 – AIC 034829173 – Tachipirina 1000 mg – € 5,90"),
	clean("sr-Latn-RS", Phone, "a registration number and a court case number",
		"Matični broj: 21482917, predmet P 482/2024, ročište zakazano za 12.12.2024."),
	clean("et-EE", IBAN, "an Estonian IBAN with a wrong check in a bank's message",
		"Makse tagasi lükatud: konto EE39 2200 2210 2014 5685 on vigane."),
	clean("id-ID", Phone, "a vehicle registration and engine number on a service invoice",
		"No. Rangka MH1JM8129KK482917, No. Mesin JM81E1482917, servis berkala 15-11-2024"),
	clean("hi-IN", Phone, "a train ticket PNR, train number and berth",
		"PNR: 4829173650, ट्रेन 12951, कोच B4, बर्थ 32, यात्रा तिथि 18/11/2024"),
}

func TestDocPastes8(t *testing.T) { checkTable(t, docPaste8Cases, "locale") }
