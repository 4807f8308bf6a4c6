package scrub

import "testing"

// TestDoctorsAndOffices pins the seventeenth blind table's rules: doctors
// after their titles (Czech "MUDr." in its own case, Italian "dott." in
// lower case, "д-р", "د.", "ד"ר") and their offices' labels, the role
// labels of health, housing and public services, a signer on a Nordic
// closing's line, and a person's numbers at a hospital, a benefit office
// or an insurer; "Dear Patient", "Sayın Vatandaşımız" and a Swedish "sig."
// ending a sentence stay.
func TestDoctorsAndOffices(t *testing.T) {
	checkTexts(t, []textCase{
		{"Il medico: dott. Alessandro Ferri", "Il medico: dott. <NAME_1>"},
		{"kontrola u praktického lékaře.\nMUDr. Jana Procházková", "kontrola u praktického lékaře.\nMUDr. <NAME_1>"},
		{"Lekarz wypisujący: lek. med. Tomasz Wiśniewski", "Lekarz wypisujący: lek. med. <NAME_1>"},
		{"Лекуващ лекар: д-р Мария Димитрова", "Лекуващ лекар: д-р <NAME_1>"},
		{"الطبيب المعالج: د. منى حسن", "الطبيب المعالج: د. <NAME_1>"},
		{"Prescriber: Priya Raman", "Prescriber: <NAME_1>"},
		{"Locatario: Sofía Benítez", "Locatario: <NAME_1>"},
		{"til NO80 1503 3819 274.\nMvh Nora Bakken", "til <IBAN_1>.\nMvh <NAME_1>"},
		{"Fecha de nacimiento: 14/02/1961   Nº SS: 28/10582739/76", "Fecha de nacimiento: <DATE_OF_BIRTH_1>   Nº SS: <NATIONAL_ID_1>"},
		{"Dear Patient,\nYour results are ready.", "Dear Patient,\nYour results are ready."},
		{"Sayın Vatandaşımız,\nsu kesintisi yapılacaktır.", "Sayın Vatandaşımız,\nsu kesintisi yapılacaktır."},
		{"configure ogillar att systemet beter sig. Det är också möjligt", "configure ogillar att systemet beter sig. Det är också möjligt"},
		// the person a letter is about after "Re:" or "Betreft:", in a
		// letter with a file's data; titles in a chain and a dentist's
		{"Dear Dr Fitzgerald,\nRe: Seán Brennan, DOB 12/03/1961\nThank you for seeing him.",
			"Dear Dr <NAME_1>,\nRe: <NAME_2>, DOB <DATE_OF_BIRTH_1>\nThank you for seeing him."},
		{"Betreft: dhr. Bram Jansen\nGeboortedatum: 03-04-1972", "Betreft: dhr. <NAME_1>\nGeboortedatum: <DATE_OF_BIRTH_1>"},
		{"Re: Quarterly Review\nPlease see the attached slides.", "Re: Quarterly Review\nPlease see the attached slides."},
		{"Sehr geehrte Frau Kollegin Dr. med. Schmidt,", "Sehr geehrte Frau Kollegin Dr. med. <NAME_1>,"},
		{"Zahnarztpraxis Dr. med. dent. Carolin Weiß", "Zahnarztpraxis Dr. med. dent. <NAME_1>"},
		{"Uthyrare: Karin Sjöberg, karin.sjoberg@example.se", "Uthyrare: <NAME_1>, <EMAIL_1>"},
		{"Atorvastatin 20 mg, NDC 0093-7267-01, lot 4821A", "Atorvastatin 20 mg, NDC 0093-7267-01, lot 4821A"},
		// a pupil named in a school's letter, two capitalised words
		{"si comunica che l'alunno Matteo Russo, classe 2ª B", "si comunica che l'alunno <NAME_1>, classe 2ª B"},
		{"uprzejmie informuję, że uczeń Mateusz Kamiński otrzymał", "uprzejmie informuję, że uczeń <NAME_1> otrzymał"},
		{"the student Council meets on Friday", "the student Council meets on Friday"},
	})
}
