package scrub

import "testing"

// TestCodes pins findCodes: three or four digits after a label of a
// card's security code, in a field or a sentence, and four to eight after
// a PIN field's colon or a verb, in digits or digit words; never without
// the label, never longer or shorter, never a fraction or a price, never a
// connector's pin.
func TestCodes(t *testing.T) {
	checkTexts(t, []textCase{
		{"CVV: 731", "CVV: <SECRET_1>"},
		{"Security code (CVV): 4821", "Security code (CVV): <SECRET_1>"},
		{"my CVV is 731.", "my CVV is <SECRET_1>."},
		{"CVC2 code 482, expiry 11/27", "CVC2 code <SECRET_1>, expiry 11/27"},
		{"セキュリティコード：517", "セキュリティコード：<SECRET_1>"},
		{"Código de seguridad: 482", "Código de seguridad: <SECRET_1>"},
		{"the code is 4821", "the code is 4821"},
		{"CVV: 12345", "CVV: 12345"},
		{"CVV 731/2", "CVV 731/2"},
		{"acid 731 ml", "acid 731 ml"},
		{"The CVV is printed on the back.", "The CVV is printed on the back."},
		{"PIN: 48291", "PIN: <SECRET_1>"},
		{"暗証番号：4821", "暗証番号：<SECRET_1>"},
		{"PIN 3 of the connector", "PIN 3 of the connector"},
		{"connect PIN 1234 to ground", "connect PIN 1234 to ground"},
		{"Pin: 12", "Pin: 12"},
		{"PIN: 123456789", "PIN: 123456789"},
		{"my PIN is 4421", "my PIN is <SECRET_1>"},
		{"my PIN is four four two one but", "my PIN is <SECRET_1> but"},
		{"die PIN ist vier neun zwei sieben, aber", "die PIN ist <SECRET_1>, aber"},
		{"CVV seven one nine", "CVV <SECRET_1>"},
		{"the PIN is one of the pins", "the PIN is one of the pins"},
		{"PIN: one two three four five six seven eight nine", "PIN: one two three four five six seven eight nine"},
	})
}

// TestFormNameShapes pins the thirteenth table's name shapes where the
// table does not: a family name in capitals first only after a label that
// names a person's role or a name's part (a bare "Name:" holds products as
// often), a particle first only in a family name's field, a relation in
// brackets after a name no second name.
func TestFormNameShapes(t *testing.T) {
	checkTexts(t, []textCase{
		{"Patient: LEROY Antoine", "Patient: <NAME_1>"},
		{"Name: API Gateway", "Name: API Gateway"},
		{"Name: IBM Germany", "Name: IBM Germany"},
		{"Achternaam: van Dijk", "Achternaam: <NAME_1>"},
		{"Product: van Dijk", "Product: van Dijk"},
		{"Next of kin: John Kamau (father)", "Next of kin: <NAME_1> (father)"},
		{"Applicant 2: Jack Thompson", "Applicant 2: <NAME_1>"},
		{"Name, Vorname: Brandl, Markus", "Name, Vorname: <NAME_1>"},
		{"Name: Jane Doe, Acme Corp", "Name: <NAME_1>, Acme Corp"},
	})
}

// TestBenefitAndLicenceNumbers pins the cued numbers of the thirteenth
// table's forms: a number after a driving licence's or a benefit's label is
// the person's; a company's KRA PIN, an EIN, a meter and a CSV's version
// field are no person's number, nor a phone, nor an address.
func TestBenefitAndLicenceNumbers(t *testing.T) {
	checkTexts(t, []textCase{
		{"Führerscheinnummer: 48291736", "Führerscheinnummer: <NATIONAL_ID_1>"},
		{"driver licence 48291736 (NSW)", "driver licence <NATIONAL_ID_1> (NSW)"},
		{"SSS No.: 34-8291736-5", "SSS No.: <NATIONAL_ID_1>"},
		{"KRA PIN: A014829173K", "KRA PIN: <NATIONAL_ID_1>"},
		{"KRA PIN: P051482917M", "KRA PIN: P051482917M"},
		{"Employer identification number: 48-2917365", "Employer identification number: 48-2917365"},
		{"Existing Meter No.: 04829173650", "Existing Meter No.: 04829173650"},
		{"version,2.4.1.0,,", "version,2.4.1.0,,"},
		{"licence 48291736", "licence 48291736"},
	})
}

// TestNRBs pins nrbAt: a Polish account number without its "PL", in
// the banks' grouping or compact, only with its check.
func TestNRBs(t *testing.T) {
	checkTexts(t, []textCase{
		{"Numer rachunku: 61 1090 1014 0000 0712 1981 2874", "Numer rachunku: <IBAN_1>"},
		{"konto 61109010140000071219812874", "konto <IBAN_1>"},
		{"NRB: 61 1090 1014 0000 0712 1981 2875", "NRB: 61 1090 1014 0000 0712 1981 2875"},
		{"61 1090 10140 000 0712 1981 2874", "61 1090 10140 000 0712 1981 2874"},
	})
}

// TestIdentityCards pins the identity cards of the thirteenth table: a
// Polish card's series and number and a Brazilian RG only with their
// checks, an Italian card's number after its label, a Greek tax number only
// of a person named before it (a company has one too).
func TestIdentityCards(t *testing.T) {
	checkTexts(t, []textCase{
		{"Seria i numer dowodu osobistego: ABA 348291", "Seria i numer dowodu osobistego: <NATIONAL_ID_1>"},
		{"Seria i numer dowodu osobistego: ABA 348292", "Seria i numer dowodu osobistego: ABA 348292"},
		{"ABA 348291", "ABA 348291"},
		{"RG: 48.291.736-9 SSP/SP", "RG: <NATIONAL_ID_1> SSP/SP"},
		{"RG: 48.291.736-8", "RG: 48.291.736-8"},
		{"Documento: carta d'identità n. CA48291KM", "Documento: carta d'identità n. <NATIONAL_ID_1>"},
		{"Επώνυμο: Παπαδοπούλου\nΑΦΜ: 148291731", "Επώνυμο: <NAME_1>\nΑΦΜ: <NATIONAL_ID_1>"},
		{"ΤΕΧΝΙΚΗ Α.Ε.\nΑΦΜ: 148291731", "ΤΕΧΝΙΚΗ Α.Ε.\nΑΦΜ: 148291731"},
	})
}

// TestStreetShapes pins the thirteenth table's street shapes: a numbered
// street after its quarter, a quarter spelled out after the type, a street
// after a key's "=" or a quote; a number before an ordinal without a
// quarter stays.
func TestStreetShapes(t *testing.T) {
	checkTexts(t, []textCase{
		{"We are at 401 West 42nd Street", "We are at <ADDRESS_1>"},
		{"12 E 5th Ave, New York", "<ADDRESS_1>, New York"},
		{"Address: 100 Queen Street West, Toronto", "Address: <ADDRESS_1>, Toronto"},
		{"1600 Pennsylvania Avenue NW, Washington", "<ADDRESS_1> NW, Washington"},
		{"Chapter 3 2nd Street", "Chapter 3 2nd Street"},
		{"take 2 1st Avenue buses", "take 2 1st Avenue buses"},
		{"strasse=Bahnhofstraße 12&plz=73430", "strasse=<ADDRESS_1>&plz=73430"},
		{`"strasse": "Bahnhofstraße 12"`, `"strasse": "<ADDRESS_1>"`},
	})
}
