package scrub

import "testing"

// TestFormNames pins the form-field name rule (name_form.go) where the
// eighth table does not: blank forms and templates, companies and things
// after a person's label, labels inside longer ones, and the layouts.
func TestFormNames(t *testing.T) {
	checkTexts(t, []textCase{
		// blank forms: a label under a label, with or without colons
		{"Surname:\nGiven names:\nDate of birth:", "Surname:\nGiven names:\nDate of birth:"},
		{"SURNAME\nGIVEN NAMES\nDATE OF BIRTH\nSEX", "SURNAME\nGIVEN NAMES\nDATE OF BIRTH\nSEX"},
		{"Nume/Nom/Last name\nPrenume/Prenom/First name\nCetățenie/Nationalité/Nationality",
			"Nume/Nom/Last name\nPrenume/Prenom/First name\nCetățenie/Nationalité/Nationality"},
		{"Patient:\t\nDoctor:\t\nDate:\t", "Patient:\t\nDoctor:\t\nDate:\t"},
		// companies, roles and things after a person's label
		{"Client: ACME GmbH", "Client: ACME GmbH"},
		{"Tenant: Harbourside Property Ltd", "Tenant: Harbourside Property Ltd"},
		{"Client: Microsoft", "Client: Microsoft"},
		{"Employee: n/a", "Employee: n/a"},
		{"Recipient: Sales Team", "Recipient: Sales Team"},
		// a label inside a longer one is another field's
		{"Patient history: Chronic Kidney Disease", "Patient history: Chronic Kidney Disease"},
		{"Product name: Vellum Gateway", "Product name: Vellum Gateway"},
		// the layouts
		{"Surname: VAN DER MERWE", "Surname: <NAME_1>"},
		{"Tenant:   Aroha Te Whata   Phone: n/a", "Tenant:   <NAME_1>   Phone: n/a"},
		{"Last name\nGONZALEZ\nFirst name\nMARIA", "Last name\n<NAME_1>\nFirst name\n<NAME_2>"},
		{"Patient: Virtanen, Aino Maria", "Patient: <NAME_1>"},
		{"Claimant: Mr Liam O'Connor (policy holder)", "Claimant: Mr <NAME_1> (policy holder)"},
		{"租客：何詠琪（HO, Wing Ki）", "租客：<NAME_1>（<NAME_2>）"},
		{"Фамилия КУЗНЕЦОВА", "Фамилия <NAME_1>"},
		// a single space after a label is a field only before capitals
		{"Name Smith was here", "Name Smith was here"},
	})
}

// TestNamesBeforeIDs: a name followed by its national id's label and the
// id is the id's holder; a company, which ends in its legal form, is not.
func TestNamesBeforeIDs(t *testing.T) {
	checkTexts(t, []textCase{
		{"Волков Дмитрий Андреевич, паспорт 4018 482917", "<NAME_1>, паспорт <NATIONAL_ID_1>"},
	})
	// a company's id may be masked (a valid OIB is a person's as often), its name not
	if _, counts := Text("Nositelj: Adriatic Digital d.o.o., OIB 69435151530"); counts[Name] != 0 {
		t.Errorf("a company before its OIB was masked as a name")
	}
}
