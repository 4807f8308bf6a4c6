package scrub

import "testing"

// TestPostalBlocks pins namesOverStreets, honorificLineNames and
// streetsUnderNames: the addressee on the line over a street the address
// rules read, with a postcode under it; the Japanese addressee before 様
// on its own line; a street between a masked addressee and a postcode. A
// heading over a street without a postcode line, a desk, a company with
// its legal form, and a department before 様 stay.
func TestPostalBlocks(t *testing.T) {
	checkTexts(t, []textCase{
		{"Shipping address\nJordan Whitaker\n2215 Maple Grove Drive\nAustin TX 78741",
			"Shipping address\n<NAME_1>\n<ADDRESS_1>\nAustin TX 78741"},
		{"Zahlbar durch\nClaudia Frei\nDorfstrasse 7\n8915 Hausen am Albis",
			"Zahlbar durch\n<NAME_1>\n<ADDRESS_1>\n8915 Hausen am Albis"},
		{"〒150-0041\n東京都渋谷区神南1-2-3\n山田 太郎 様\n電話番号：090-4829-1736",
			"〒150-0041\n<ADDRESS_1>\n<NAME_1> 様\n電話番号：<PHONE_1>"},
		{"Our Showroom\n12 King Street", "Our Showroom\n<ADDRESS_1>"},
		{"Customer Service\n12 King Street\nLondon SE1 9PX", "Customer Service\n<ADDRESS_1>\nLondon SE1 9PX"},
		{"Nordic Parts AB\nDrottninggatan 5\n111 51 Stockholm", "Nordic Parts AB\n<ADDRESS_1>\n111 51 Stockholm"},
		{"〒100-0005\n東京都千代田区丸の内1-1-1\n営業部 様", "〒100-0005\n<ADDRESS_1>\n営業部 様"},
		// streetsUnderNames: a street no form rule reads, between the
		// addressee and the postcode
		{"Herrn\nStefan Wagner\nAm Rosenhang 3\n90491 Nürnberg", "Herrn\n<NAME_1>\n<ADDRESS_1>\n90491 Nürnberg"},
		{"Herrn\nStefan Wagner\nAm Rosenhang 3", "Herrn\n<NAME_1>\nAm Rosenhang 3"},
		{"様々な商品をご用意しております。", "様々な商品をご用意しております。"},
	})
}

// TestCommerceRoleLabels pins the role labels of orders, deliveries,
// bookings, invoices and claims (two capitalised words after them, as for
// every role), and that "Driver:" and "Courier" alone, which label
// software and a font, are none.
func TestCommerceRoleLabels(t *testing.T) {
	checkTexts(t, []textCase{
		{"Renter: Samantha Ortiz", "Renter: <NAME_1>"},
		{"Additional driver: Miguel Ortiz", "Additional driver: <NAME_1>"},
		{"Voyageur : Julien Moreau", "Voyageur : <NAME_1>"},
		{"Cessionario: Giulia Ferraro", "Cessionario: <NAME_1>"},
		{"Παραλήπτης: Ελένη Νικολάου", "Παραλήπτης: <NAME_1>"},
		{"Одержувач: Коваленко Олена", "Одержувач: <NAME_1>"},
		{"乘车人：李娜", "乘车人：<NAME_1>"},
		{"اسم العميل: أحمد حسن", "اسم العميل: <NAME_1>"},
		{"Driver: Intel Graphics\nCourier: Adobe Type", "Driver: Intel Graphics\nCourier: Adobe Type"},
		{"Receptor: Telefónica", "Receptor: Telefónica"},
	})
}

// TestIATANames pins findIATANames: a passenger written the IATA way, with
// its title (which stays) or at a boarding pass bar code's start; capitals
// on both sides of a slash without either stay.
func TestIATANames(t *testing.T) {
	checkTexts(t, []textCase{
		{"Passenger: OKAFOR/CHINEDU MR        eTicket: 0162387419056", "Passenger: <NAME_1> MR        eTicket: 0162387419056"},
		{"Pasajero 1: GARCIA LOPEZ/ANA MRS", "Pasajero 1: <NAME_1> MRS"},
		{"搭乗者：SUZUKI/HANAKO MS", "搭乗者：<NAME_1> MS"},
		{"M1WHITAKER/JORDAN     EK7XQ2M EWRSFOUA 1735 073K023C0042 100", "M1<NAME_1>     EK7XQ2M EWRSFOUA 1735 073K023C0042 100"},
		{"TCP/IP, CI/CD, GST/HST Reg. 86738, CURITIBA/PR, AC/DC", "TCP/IP, CI/CD, GST/HST Reg. 86738, CURITIBA/PR, AC/DC"},
		{"SMITH/Johnson MR", "SMITH/Johnson MR"},
	})
}

// TestCouriersHoldersAndExports pins the couriers' and drivers' role words
// before a name with its phone on the line, an account holder named in a
// sentence, an agent "you're chatting with", a shop export's columns
// qualified by their party ("Billing First Name"), and a contract's title
// over a block of personal data, which is no name.
func TestCouriersHoldersAndExports(t *testing.T) {
	checkTexts(t, []textCase{
		{"Your parcel is out for delivery. Driver: Sipho Mahlangu +27 71 482 9036", "Your parcel is out for delivery. Driver: <NAME_1> <PHONE_1>"},
		{"Coletul ajunge azi. Curier: Ionuț Marin, tel. 0722 482 917.", "Coletul ajunge azi. Curier: <NAME_1>, tel. <PHONE_1>."},
		{"Driver: Intel Graphics 31.0.101.5186", "Driver: Intel Graphics 31.0.101.5186"},
		{"prosím o vrácení peněz na účet, majitel účtu Jakub Procházka. Děkuji", "prosím o vrácení peněz na účet, majitel účtu <NAME_1>. Děkuji"},
		{"graag terugbetaling op naam van Lotte Janssens.", "graag terugbetaling op naam van <NAME_1>."},
		{"Hi, you're chatting with Keisha Morgan. How can I help today?", "Hi, you're chatting with <NAME_1>. How can I help today?"},
		{"\"Order\",\"Billing First Name\",\"Billing Last Name\",\"Billing Email\"\n\"10482\",\"Lukas\",\"Brandt\",\"lukas.brandt@gmx.de\"",
			"\"Order\",\"Billing First Name\",\"Billing Last Name\",\"Billing Email\"\n\"10482\",\"<NAME_1>\",\"<NAME_2>\",\"<EMAIL_1>\""},
		{"Kontrak Celcom\nNama: Nur Aisyah binti Ahmad\nNo. telefon: 012-482 9173",
			"Kontrak Celcom\nNama: <NAME_1>\nNo. telefon: <PHONE_1>"},
		// a name object's parts, whose person's data are the parent's fields
		{`{"dateOfBirth":"1986-02-27","name":{"firstName":"SOFIA","lastName":"MARTINEZ"}}`,
			`{"dateOfBirth":"<DATE_OF_BIRTH_1>","name":{"firstName":"<NAME_1>","lastName":"<NAME_2>"}}`},
		{`{"id":"1","name":{"firstName":"Default","lastName":"Profile"}}`, `{"id":"1","name":{"firstName":"Default","lastName":"Profile"}}`},
	})
}

// TestFirstNamesAfterGreetings pins a first name alone after a greeting
// and "I am" that ends its clause ("Hi, I'm Dave, your DPD driver"), but
// not a bot's, nor a title's abbreviation after a salutation; a driver's
// role word with another personal datum on the line; "Sayın Müşterimiz"
// (dear customer); a phone after Portuguese "contacte"; a company's TIN.
func TestFirstNamesAfterGreetings(t *testing.T) {
	checkTexts(t, []textCase{
		{"DPD: Hi, I'm Dave, your DPD driver.", "DPD: Hi, I'm <NAME_1>, your DPD driver."},
		{"PostNL: Hoi! Ik ben Kevin, je bezorger van vandaag.", "PostNL: Hoi! Ik ben <NAME_1>, je bezorger van vandaag."},
		{"Vendedor: Hola, soy Sergio. Sí, la tengo.", "Vendedor: Hola, soy <NAME_1>. Sí, la tengo."},
		{"Agent : Bonjour, ici Mathieu, comment puis-je vous aider?", "Agent : Bonjour, ici <NAME_1>, comment puis-je vous aider?"},
		{"Hi, I'm Ava, Northwind's virtual assistant.", "Hi, I'm Ava, Northwind's virtual assistant."},
		{"Gentile Dott.ssa Ferri,", "Gentile Dott.ssa <NAME_1>,"},
		{"Driver: Liam O'Connor   DOB 22/07/1990", "Driver: <NAME_1>   DOB <DATE_OF_BIRTH_1>"},
		{"Sayın Müşterimiz,\nsiparişiniz kargoya verilmiştir.", "Sayın Müşterimiz,\nsiparişiniz kargoya verilmiştir."},
		{"Em caso de dúvida contacte o estafeta pelo 912 483 617.", "Em caso de dúvida contacte o estafeta pelo <PHONE_1>."},
		{"Seller: Pinoy Gadgets Inc., TIN 008-482-917-000 VAT 12%", "Seller: Pinoy Gadgets Inc., TIN 008-482-917-000 VAT 12%"},
	})
}

// TestAddresseesAndHolders pins namesBeforeLabelledStreets (the addressee
// an address label puts before the street; a street whose number a comma
// follows is none), namesAfterAccounts (the holder in parentheses after an
// account; a bank is none) and a signer's team after the name under a
// closing.
func TestAddresseesAndHolders(t *testing.T) {
	checkTexts(t, []textCase{
		{"Doručovací adresa: Tereza Dvořáková, Vinohradská 112, 120 00 Praha 2",
			"Doručovací adresa: <NAME_1>, <ADDRESS_1>, 120 00 Praha 2"},
		{"Toimitusosoite: Mikko Korhonen, Mannerheimintie 12 B 7, 00100 Helsinki",
			"Toimitusosoite: <NAME_1>, <ADDRESS_1>, 00100 Helsinki"},
		{"Endereço: Rua Augusta, 1508, apto 42, São Paulo", "Endereço: <ADDRESS_1>, apto 42, São Paulo"},
		{"Address: Borgo Perini, 68 Appartamento 1\n88049, Soveria Mannelli (CZ)", "Address: <ADDRESS_1>\n88049, Soveria Mannelli (CZ)"},
		{"tilbake til konto NO39 8601 1172 948 (Henrik Berg). Takk!", "tilbake til konto <IBAN_1> (<NAME_1>). Takk!"},
		{"Contul meu: RO95 BTRL 0130 1205 9876 5400 (Banca Transilvania).", "Contul meu: <IBAN_1> (Banca Transilvania)."},
		{"Viele Grüße\nLena vom Zalando-Kundenservice", "Viele Grüße\n<NAME_1> vom Zalando-Kundenservice"},
		// the French "M." before a given and a family name is a title, before one an initial
		{"Client : M. Antoine Rousseau, 27 rue Judaïque, 33000 Bordeaux", "Client : M. <NAME_1>, <ADDRESS_1>, 33000 Bordeaux"},
		{"terugstorten op NL72 INGB 0748 2917 41 t.n.v. M. Jansen? Bedankt!", "terugstorten op <IBAN_1> t.n.v. <NAME_1>? Bedankt!"},
	})
}

// TestAccountsAndLoyaltyNumbers pins the labels of a person's account at a
// utility or a telecom, an insurer's insured number, a parcel locker's
// customer number and loyalty and frequent-flyer cards; and that a
// courier's role word takes no word before a phone further on the line.
func TestAccountsAndLoyaltyNumbers(t *testing.T) {
	checkTexts(t, []textCase{
		{"Account number: 8503 2174 9016", "Account number: <NATIONAL_ID_1>"},
		{"Empfänger: Mehmet Yılmaz, Postnummer 82917365", "Empfänger: <NAME_1>, Postnummer <NATIONAL_ID_1>"},
		{"BahnCard 50, 2. Klasse, BahnCard-Nr. 7081 4110 4829 1736", "BahnCard 50, 2. Klasse, BahnCard-Nr. <NATIONAL_ID_1>"},
		{"Versichertennummer: 80756 4829173", "Versichertennummer: <NATIONAL_ID_1>"},
		{"Aeroplan number: 318 507 264", "Aeroplan number: <NATIONAL_ID_1>"},
		{"FAN Courier: Coletul AWB 2482917365012 ajunge azi. Curier: Ionuț Marin, tel. 0722 482 917.",
			"FAN Courier: Coletul AWB 2482917365012 ajunge azi. Curier: <NAME_1>, tel. <PHONE_1>."},
	})
}

// TestShopSecrets pins a WooCommerce consumer key and secret in curl's -u
// (numbered in the order they stand), a card's code as a JSON or a log's
// key and value, and a Twilio record's id, which is no secret (an
// account's sid, with its token, stays one).
func TestShopSecrets(t *testing.T) {
	checkTexts(t, []textCase{
		{"curl https://shop.example.de/wp-json/wc/v3/orders \\\n  -u ck_9f2b7c41e8a05d63b1f4a7c2e9d08b35f61a4c27:cs_3e8d1a7f0b5c92e64d1f8a3b7c05e29d6f14b8a2",
			"curl https://shop.example.de/wp-json/wc/v3/orders \\\n  -u <SECRET_1>:<SECRET_2>"},
		{`body={"exp":"08/27","cvv":"412","amount":4990}`, `body={"exp":"08/27","cvv":"<SECRET_1>","amount":4990}`},
		{`{"sid":"SM8f2a9c1e48b74d209e6a1c8b4f7d2e05","status":"queued"}`, `{"sid":"SM8f2a9c1e48b74d209e6a1c8b4f7d2e05","status":"queued"}`},
		{`{"sid":"AC8f2a9c1e48b74d209e6a1c8b4f7d2e05"}`, `{"sid":"<SECRET_1>"}`},
		{"ck_database_connection_pool_size_limit_2", "ck_database_connection_pool_size_limit_2"},
	})
}

// TestPeopleInSubjects pins namesInSubjects: the person at the end of a
// mail's subject after a dash, when the mail holds a file's data about a
// person; a project's name there, in a mail without such data, stays.
func TestPeopleInSubjects(t *testing.T) {
	checkTexts(t, []textCase{
		{"Subject: New hire paperwork – Tyler Brooks\n\nHi HR,\nSSN: 412-68-3190", "Subject: New hire paperwork – <NAME_1>\n\nHi HR,\nSSN: <SSN_1>"},
		{"主题: 入职材料 – 陈晓明\n\n身份证号：310104199306081531", "主题: 入职材料 – <NAME_1>\n\n身份证号：<NATIONAL_ID_1>"},
		{"Subject: Weekly update – Project Phoenix\n\nPing me at jo@example.com", "Subject: Weekly update – Project Phoenix\n\nPing me at <EMAIL_1>"},
	})
}
