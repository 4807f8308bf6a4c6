package scrub

import "testing"

// TestKeyedStreets pins a street read by its record's key: JSON, YAML,
// logfmt, a form body with pluses for spaces, an export's XML element and
// FHIR's "line" array; a record with a street is a person's, so the name
// beside it is masked. Not: a capitalised prose label ("Listen Address:"),
// a value without a street's shape, a "line" with no city or postcode.
func TestKeyedStreets(t *testing.T) {
	checkTexts(t, []textCase{
		{`{"order_id": 5521, "shipping": {"name": "Amelia Thornton", "line1": "4 Rosewood Close", "line2": "Flat 2", "city": "Bath"}}`,
			`{"order_id": 5521, "shipping": {"name": "<NAME_1>", "line1": "<ADDRESS_1>", "line2": "Flat 2", "city": "Bath"}}`},
		{`user = {"firstName": "Priya", "lastName": "Raghunathan", "street": "12 Mill Lane", "postcode": "CB1 2AB"}`,
			`user = {"firstName": "<NAME_1>", "lastName": "<NAME_2>", "street": "<ADDRESS_1>", "postcode": "CB1 2AB"}`},
		{`{"streetAddress": "Storgata 9, 0155 Oslo"}`, `{"streetAddress": "<ADDRESS_1>, 0155 Oslo"}`},
		{"customer:\n  name: Oleksandr Kovalenko\n  address1: Khreshchatyk 22\n  city: Kyiv",
			"customer:\n  name: <NAME_1>\n  address1: <ADDRESS_1>\n  city: Kyiv"},
		{"level=info msg=\"order shipped\" ship_street=\"Meir 48\" city=Antwerpen",
			"level=info msg=\"order shipped\" ship_street=\"<ADDRESS_1>\" city=Antwerpen"},
		{"customer_name=Fatima+Al-Sayed&street=Rue+de+Lyon+22&zip=75012",
			"customer_name=<NAME_1>&street=<ADDRESS_1>&zip=75012"},
		{"<contact><firstname>Björn</firstname><lastname>Halvorsen</lastname><street>Storgata 9</street></contact>",
			"<contact><firstname><NAME_1></firstname><lastname><NAME_2></lastname><street><ADDRESS_1></street></contact>"},
		{`{"address":[{"line":["Keizersgracht 412","3e verdieping"],"city":"Amsterdam","postalCode":"1016 GC"}]}`,
			`{"address":[{"line":["<ADDRESS_1>","3e verdieping"],"city":"Amsterdam","postalCode":"1016 GC"}]}`},
		{"Listen Address: Gateway 1 on the LAN", "Listen Address: Gateway 1 on the LAN"},
		{`{"street": "main", "address": "0x7ffe4000", "addr": "port 8080"}`, `{"street": "main", "address": "0x7ffe4000", "addr": "port 8080"}`},
		{`{"line": ["Step 2 of the build"], "status": "ok"}`, `{"line": ["Step 2 of the build"], "status": "ok"}`},
		{`{"name": "Build Pipeline", "address": "localhost:8080", "street": "n/a"}`, `{"name": "Build Pipeline", "address": "localhost:8080", "street": "n/a"}`},
	})
}

// TestFHIRNames pins the parts of a FHIR HumanName, which need no other
// datum beside them: family (with its particles), each given name, the
// text. Not: a "family" whose "given" is no array (a font's settings).
func TestFHIRNames(t *testing.T) {
	checkTexts(t, []textCase{
		{`{"resourceType": "Patient", "name": [{"use": "official", "family": "Lindqvist", "given": ["Maja", "Elin"]}], "gender": "female"}`,
			`{"resourceType": "Patient", "name": [{"use": "official", "family": "<NAME_1>", "given": ["<NAME_2>", "<NAME_3>"]}], "gender": "female"}`},
		{`{"name":[{"family":"van der Berg","given":["Sanne"],"text":"Sanne van der Berg"}]}`,
			`{"name":[{"family":"<NAME_1>","given":["<NAME_2>"],"text":"<NAME_3>"}]}`},
		{`{"fontFamily": {"family": "Roboto", "given": "default"}}`, `{"fontFamily": {"family": "Roboto", "given": "default"}}`},
		{`Given the family "Smith" and "given": ["John"]`, `Given the family "Smith" and "given": ["John"]`},
	})
}

// TestHL7Providers pins the doctors of a visit (PV1) and of an order
// (OBR, ORC), whose id (an NPI) stays, each repetition of the field on its
// own; each id of PID-3's repetitions; the next of kin's business phone
// (NK1-6), the insured (IN1-16) and the guarantor with street and phone
// (GT1-3, -5, -6).
func TestHL7Providers(t *testing.T) {
	checkTexts(t, []textCase{
		{"PV1|1|I|W^389^1^UABH^^^^3||||12345^Morrow^Ellen^J^^DR|||||||||||",
			"PV1|1|I|W^389^1^UABH^^^^3||||12345^<NAME_1>|||||||||||"},
		{"PV1|1|O|||||1093817465^PATEL^ANITA~2048193746^OKAFOR^CHIDI^^^DR|||||||||||",
			"PV1|1|O|||||1093817465^<NAME_1>~2048193746^<NAME_2>|||||||||||"},
		{"OBR|1|ORD48213|LAB904821|24323-8^Comprehensive metabolic panel^LN|||20250311074200|||||||||1588667638^WELBY^MARCUS",
			"OBR|1|ORD48213|LAB904821|24323-8^Comprehensive metabolic panel^LN|||20250311074200|||||||||1588667638^<NAME_1>"},
		{"NK1|1|HOLLOWAY^RICHARD|SPO|||^WPN^PH^^1^217^5550142", "NK1|1|<NAME_1>|SPO|||<PHONE_1>"},
		{"GT1|1||NAKAMURA^KENJI||2-3-1 SHIBUYA^^TOKYO|03-5555-0142", "GT1|1||<NAME_1>||<ADDRESS_1>^^TOKYO|<PHONE_1>"},
		{"PID|1||4711^^^RNSH^MR~55527510251^^^AUSHIC^MC||DOE^JANE", "PID|1||<NATIONAL_ID_1>^^^RNSH^MR~<NATIONAL_ID_2>^^^AUSHIC^MC||<NAME_1>"},
		{"ORC|NW|RX2025-0412||||||||||1928374650^GARCIA^LUIS", "ORC|NW|RX2025-0412||||||||||1928374650^<NAME_1>"},
		{"OBR|1|ORD48213|LAB904821|24323-8^Comprehensive metabolic panel^LN|||20250311074200",
			"OBR|1|ORD48213|LAB904821|24323-8^Comprehensive metabolic panel^LN|||20250311074200"},
	})
}

// TestRecordKeysOfNamesAndIDs pins a name key that holds one part of a
// name beside another part's key ("name" beside "vorname", Turkish "ad"
// beside "soyad"), name keys of more languages, a national id after its
// scheme's name written as a key ("steuer_id", "ird_number", a quoted
// "sin"), a street value in quotes after an address label, a street field
// that wins over a shorter street inside it, and a glued street read from
// an HL7 field's start. Not: "ad" alone, a one-word "name" with no other
// part's key, a person number's key in code ("customer_id").
func TestRecordKeysOfNamesAndIDs(t *testing.T) {
	checkTexts(t, []textCase{
		{`{"name": "Meier", "vorname": "Anna", "mobile": "+41 79 482 91 73"}`,
			`{"name": "<NAME_1>", "vorname": "<NAME_2>", "mobile": "<PHONE_1>"}`},
		{`{"ad": "Elif", "soyad": "Yıldız", "telefon": "+90 532 482 91 73"}`,
			`{"ad": "<NAME_1>", "soyad": "<NAME_2>", "telefon": "<PHONE_1>"}`},
		{`{"etunimi": "Juha", "sukunimi": "Virtanen", "puhelin": "+358 40 183 9274"}`,
			`{"etunimi": "<NAME_1>", "sukunimi": "<NAME_2>", "puhelin": "<PHONE_1>"}`},
		{`{"ad": "Summer Sale", "email": "promo@shop.example"}`, `{"ad": "Summer Sale", "email": "<EMAIL_1>"}`},
		{`{"name": "Checkout", "owner_email": "ops@shop.example"}`, `{"name": "Checkout", "owner_email": "<EMAIL_1>"}`},
		{`{"steuer_id": "52986308811"}`, `{"steuer_id": "<NATIONAL_ID_1>"}`},
		{`{"sin": "046 454 286"}`, `{"sin": "<NATIONAL_ID_1>"}`},
		{"refund failed customer_id=48213377 amount=12.00", "refund failed customer_id=48213377 amount=12.00"},
		{"indirizzo: 'Via Appia Nuova 412',", "indirizzo: '<ADDRESS_1>',"},
		{`{"adres": "Kıbrıs Şehitleri Caddesi No:54", "sehir": "İzmir"}`, `{"adres": "<ADDRESS_1>", "sehir": "İzmir"}`},
		{"PID|1||8829173^^^KLINIKUM^PI||Weber^Sabine||19750612|F|||Goethestraße 17^^Frankfurt am Main^^60313^DE",
			"PID|1||<NATIONAL_ID_1>^^^KLINIKUM^PI||<NAME_1>||<DATE_OF_BIRTH_1>|F|||<ADDRESS_1>^^Frankfurt am Main^^60313^DE"},
	})
}

// TestFHIRTextsAndDirectories pins a FHIR name object's text alone, the
// display of a reference to a person (not to an organisation), FHIR's XML
// name parts; iCalendar's ORGANIZER and ATTENDEE common names (quoted
// "Family, Given" too, not an e-mail as CN); LDIF's name attributes and
// DNs of a person's entry (not a group's entry).
func TestFHIRTextsAndDirectories(t *testing.T) {
	checkTexts(t, []textCase{
		{`{"name": [{"use": "official", "text": "Rafael Almeida Costa"}], "text": "Hello World"}`,
			`{"name": [{"use": "official", "text": "<NAME_1>"}], "text": "Hello World"}`},
		{`{"beneficiary": {"reference": "Patient/pat-90412", "display": "Tanya Brooks"}, "payor": [{"reference": "Organization/1", "display": "Blue Shield"}]}`,
			`{"beneficiary": {"reference": "Patient/pat-90412", "display": "<NAME_1>"}, "payor": [{"reference": "Organization/1", "display": "Blue Shield"}]}`},
		{`<Patient><name><use value="official"/><family value="Schäfer"/><given value="Jonas"/></name></Patient>`,
			`<Patient><name><use value="official"/><family value="<NAME_1>"/><given value="<NAME_2>"/></name></Patient>`},
		{`{"type": "text", "name": {"x": 1}}`, `{"type": "text", "name": {"x": 1}}`},
		{`[{"name":[{"text":"Renata Alves"}]}, {"name":[{"family":"Okafor","given":["Grace"]}]}]`,
			`[{"name":[{"text":"<NAME_1>"}]}, {"name":[{"family":"<NAME_2>","given":["<NAME_3>"]}]}]`},
		{"BEGIN:VEVENT\nORGANIZER;CN=\"Lindgren, Maja\":mailto:maja.lindgren@klinik.example\nATTENDEE;CN=Karl Nyström;ROLE=REQ-PARTICIPANT:mailto:karl@example.se\nATTENDEE;CN=room-2@example.se:mailto:room-2@example.se\nEND:VEVENT",
			"BEGIN:VEVENT\nORGANIZER;CN=\"<NAME_1>\":mailto:<EMAIL_1>\nATTENDEE;CN=<NAME_2>;ROLE=REQ-PARTICIPANT:mailto:<EMAIL_2>\nATTENDEE;CN=<EMAIL_3>:mailto:<EMAIL_3>\nEND:VEVENT"},
		{"dn: cn=Martina Krause,ou=Mitarbeiter,dc=example,dc=de\nobjectClass: inetOrgPerson\ncn: Martina Krause\nsn: Krause\ngivenName: Martina\nmanager: cn=Jonas Berg,ou=Mitarbeiter,dc=example,dc=de",
			"dn: cn=<NAME_1>,ou=Mitarbeiter,dc=example,dc=de\nobjectClass: inetOrgPerson\ncn: <NAME_1>\nsn: <NAME_2>\ngivenName: <NAME_3>\nmanager: cn=<NAME_4>,ou=Mitarbeiter,dc=example,dc=de"},
		{"dn: cn=Domain Admins,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Domain Admins",
			"dn: cn=Domain Admins,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Domain Admins"},
		{"dn: cn=Sales Team,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Sales Team\n\ndn: uid=mrossi,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\ncn: Marco Rossi",
			"dn: cn=Sales Team,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Sales Team\n\ndn: uid=mrossi,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\ncn: <NAME_1>"},
	})
}

// TestRecordShapesOfCode pins the record shapes of code and exchange
// formats: a JavaScript object's unquoted street key after "{", Ruby's
// "=>", XML name and street elements in more languages and with a
// namespace's prefix (UBL's <cbc:StreetName>), an ISO 20022 <AdrLine>
// whose street must not run into the next element, a payment's consumer
// and a seeded admin. Not: an admin's login name.
func TestRecordShapesOfCode(t *testing.T) {
	checkTexts(t, []textCase{
		{"adresse: { rue: '215 rue Saint-Jean', ville: 'Québec' }, courriel: 'g@example.ca'",
			"adresse: { rue: '<ADDRESS_1>', ville: 'Québec' }, courriel: '<EMAIL_1>'"},
		{`{"patient"=>{"first_name"=>"Rosa", "last_name"=>"Delgado", "phone"=>"+1 415 555 0147"}}`,
			`{"patient"=>{"first_name"=>"<NAME_1>", "last_name"=>"<NAME_2>", "phone"=>"<PHONE_1>"}}`},
		{"<cliente>\n  <nombre>Alejandro</nombre>\n  <apellidos>Martín Serrano</apellidos>\n  <email>a.martin@example.es</email>\n</cliente>",
			"<cliente>\n  <nombre><NAME_1></nombre>\n  <apellidos><NAME_2></apellidos>\n  <email><EMAIL_1></email>\n</cliente>"},
		{"<cac:PostalAddress><cbc:StreetName>Vondelstraat 118</cbc:StreetName><cbc:CityName>Amsterdam</cbc:CityName></cac:PostalAddress>",
			"<cac:PostalAddress><cbc:StreetName><ADDRESS_1></cbc:StreetName><cbc:CityName>Amsterdam</cbc:CityName></cac:PostalAddress>"},
		{"<PstlAdr><Ctry>FR</Ctry><AdrLine>24 rue de la République</AdrLine><AdrLine>13001 Marseille</AdrLine></PstlAdr>",
			"<PstlAdr><Ctry>FR</Ctry><AdrLine><ADDRESS_1></AdrLine><AdrLine>13001 Marseille</AdrLine></PstlAdr>"},
		{`{"consumerName": "T. de Vries", "consumerAccount": "NL91ABNA0417164300"}`,
			`{"consumerName": "<NAME_1>", "consumerAccount": "<IBAN_1>"}`},
		{"environment:\n  ADMIN_NAME: Kevin O'Donnell\n  ADMIN_EMAIL: kevin@example.com",
			"environment:\n  ADMIN_NAME: <NAME_1>\n  ADMIN_EMAIL: <EMAIL_1>"},
		{"environment:\n  ADMIN_NAME: root\n  ADMIN_EMAIL: ops@example.com", "environment:\n  ADMIN_NAME: root\n  ADMIN_EMAIL: <EMAIL_1>"},
	})
}

// TestX12Segments pins a person's NM1 names and member id or SSN, REF's
// subscriber number, N3's street, DMG's birth date and PER's phone; not an
// organisation's NM1 (entity type 2), nor segments of other names.
func TestX12Segments(t *testing.T) {
	checkTexts(t, []textCase{
		{"NM1*IL*1*GARCIA*MARIA*L***MI*XOH739164028~\nN3*1186 ALDER CREEK DR~\nN4*SACRAMENTO*CA*95821~\nDMG*D8*19790722*F~",
			"NM1*IL*1*<NAME_1>*<NAME_2>*L***MI*<NATIONAL_ID_1>~\nN3*<ADDRESS_1>~\nN4*SACRAMENTO*CA*95821~\nDMG*D8*<DATE_OF_BIRTH_1>*F~"},
		{"REF*0F*490274062~\nNM1*IL*1*PETERSON*MARK*D***34*490274062~\nPER*IP**HP*5035550148~",
			"REF*0F*<SSN_1>~\nNM1*IL*1*<NAME_1>*<NAME_2>*D***34*<SSN_1>~\nPER*IP**HP*<PHONE_1>~"},
		{"NM1*85*2*RIVERSIDE FAMILY CLINIC*****XX*1588667638~\nCLM*A37YH556*500***11:B:1*Y*A*Y*I~",
			"NM1*85*2*RIVERSIDE FAMILY CLINIC*****XX*1588667638~\nCLM*A37YH556*500***11:B:1*Y*A*Y*I~"},
	})
}

// TestTablesOfClients pins a table whose header has a rule under it as
// psql and mysql print one, an id column headed by a key
// ("nhs_number"), and a street column read by its header ("street",
// "Street Address"). Not: a street column's cell without a street's shape.
func TestTablesOfClients(t *testing.T) {
	checkTexts(t, []textCase{
		{"  id   |  full_name   | nhs_number |    dob\n-------+--------------+------------+------------\n 40812 | Grace Okafor | 7840011918 | 1983-06-25",
			"  id   |  full_name   | nhs_number |    dob\n-------+--------------+------------+------------\n 40812 | <NAME_1> | <NATIONAL_ID_1> | <DATE_OF_BIRTH_1>"},
		{"+--------+---------+-----------------+\n| nome   | cognome | indirizzo       |\n+--------+---------+-----------------+\n| Chiara | Ferrari | Via Po 18       |\n+--------+---------+-----------------+",
			"+--------+---------+-----------------+\n| nome   | cognome | indirizzo       |\n+--------+---------+-----------------+\n| <NAME_1> | <NAME_2> | <ADDRESS_1>       |\n+--------+---------+-----------------+"},
		{"first_name,last_name,email,Street Address,city\nDana,Whitfield,dana@example.com,4100 Speedway,Austin\nLee,Park,lee@example.com,n/a,Austin",
			"first_name,last_name,email,Street Address,city\n<NAME_1>,<NAME_2>,<EMAIL_1>,<ADDRESS_1>,Austin\n<NAME_3>,<NAME_4>,<EMAIL_2>,n/a,Austin"},
	})
}
