package scrub

import "testing"

// artefactPaste9Cases is a ninth blind table: the copy-paste and encoding
// artefacts a user's paste into a RAG chatbot carries after it went through
// Word, web pages, e-mail clients, PDFs, chat apps and input methods, in 51
// locales and a few locale-free pastes (French of France and Belgium,
// German of Germany and Switzerland, Dutch, Spanish, Italian, European and
// Brazilian Portuguese, Polish, Czech, Romanian, Bulgarian, Greek, Russian,
// Ukrainian, Turkish, Swedish, Norwegian, Danish, Finnish, Hungarian,
// Japanese, Chinese of the mainland and Taiwan, Korean, Arabic of Saudi
// Arabia, the UAE and Egypt, Persian, Hebrew, Hindi, Bengali, Tamil, Thai,
// Vietnamese, Indonesian, Malay, Filipino, Swahili, English of Nigeria,
// South Africa, the US, the UK, Canada, India and Singapore, Mexican,
// Argentine, Chilean and Colombian Spanish):
//   - invisible and spacing characters inside values: no-break space
//     (U+00A0) and narrow no-break space (U+202F) between the groups of
//     phones, IBANs, cards and ids, thin space (U+2009), zero-width space,
//     word joiner and soft hyphen inside e-mails, ids and numbers, a BOM
//     at the start of a file, LRM/RLM, LRE … PDF and LRI … PDI around
//     numbers in Arabic, Persian and Hebrew text, ZWNJ inside a Persian
//     name, Thai text's zero-width word breaks, ideographic spaces;
//   - look-alike characters: full-width digits, @ and dots from Japanese,
//     Chinese and Korean IMEs, the katakana long vowel mark (ー) typed for a
//     hyphen, non-breaking hyphens (U+2011), en dashes, figure dashes,
//     minus signs and U+2010 hyphens in phones, SSNs and ids, the small
//     commercial at (U+FE6B), Arabic-Indic, Persian, Devanagari, Bengali
//     and Thai digits, a Vietnamese name in decomposed (NFD) Unicode;
//   - markup: HTML entities (&#64;, &#x40;, &commat;, &nbsp;, &#160;),
//     mailto: links whose text is the address, Markdown links and
//     autolinks, Slack's <mailto:…|…> and <tel:…|…>, Outlook's
//     "address<mailto:address>", quoted-printable soft line breaks,
//     Word's smart quotes and French guillemets, a reply's "> " quoting
//     and a mail client's hard wrap inside an IBAN or a card, JSON's
//     \u0040 and \u002d, a form body's %2B and %20, HTML <code> and a
//     threat report's defanged IPv4 (185[.]220[.]101[.]47);
//   - every kind of the package: e-mails, phones in international and
//     national formats, cards (Luhn), IBANs (mod 97, each country's
//     length), US SSNs, IPv4 and IPv6, vendor keys and a password, names,
//     national ids with their checks, addresses and dates of birth.
//
// Checks were computed by a script (/tmp/pii9/checks.py, ids.py and
// vals.py when the table was written): Luhn for cards, the SA id, the
// Saudi id, the Teudat Zehut, the SIN, the AMKA and the Emirates ID,
// mod 97 for IBANs and the NIR and the Belgian national number, and each
// id's own check (DNI, codice fiscale, NIF, CPF, PESEL, rodné číslo, CNP,
// EGN, СНИЛС, ИНН, РНОКПП, TC Kimlik, personnummer, fødselsnummer, CPR,
// henkilötunnus, TAJ, Steuer-ID, AHV, My Number, the Chinese resident id,
// the Taiwan id, RRN, Iran's national code, the Thai citizen id, Aadhaar
// (Verhoeff), NRIC, CURP, CUIL, RUT). The clean rows are near-misses
// carrying the same artefacts: prices, amounts and measures with no-break
// and narrow no-break thousands separators (and the Swiss ’, the Arabic
// and Persian separators), dates and times with odd spaces, versions,
// prices and order numbers in full width, order, invoice, tracking and
// part numbers with soft hyphens or non-breaking hyphens, a 16-digit
// reference and an order number that fail Luhn, IBANs with a wrong check,
// a parcel number that fails My Number's check, a masked card, a base64
// attachment, hashes and digests, CSS colours, HTML entities of markup,
// Unicode-escaped and percent-encoded text, an RFC 2047 subject, Slack
// mentions, an npm package, statute and section numbers, an ISBN,
// coordinates.
//
// Decisions written into the wants (the earlier tables' decisions are
// followed where they speak: realworld5_test.go keeps the LRM before a
// Hebrew phone outside its placeholder, realworld6_test.go masks %40 and
// %2B with the value and keeps mailto: and tel: outside it, realworld7
// masks a disguised e-mail's whole written form, native digits as their
// ASCII form, and one number across a line break; labels, titles, a
// postcode and a town, and a flat after a comma stay):
//   - an invisible or spacing character inside a value (no-break, narrow
//     no-break, thin and ideographic spaces, zero-width space, word joiner,
//     soft hyphen, ZWNJ, a non-breaking hyphen, a dash or a minus sign for
//     the value's own hyphen) is inside the placeholder: the whole value is
//     masked, from its first character to its last, and no digit or letter
//     of it is left outside;
//   - the same characters around a value stay: a no-break space after a
//     label or before a colon, a zero-width space or joiner after the
//     value, a BOM at the start of the text, guillemets with their
//     no-break spaces, smart quotes, brackets and backticks;
//   - bidi marks and embeddings around a value (LRM, RLM, LRE … PDF,
//     LRI … PDI) stay outside its placeholder, as the LRM does in
//     realworld5_test.go;
//   - an HTML entity or an escape that writes a character of the value
//     (&#64;, &#x40;, &commat;, \u0040, \u002d, %2B, %20, &nbsp; or &#160;
//     between a phone's groups) is part of the value; markup around the
//     value (tags, mailto:, tel:, Markdown's and Slack's brackets and pipe,
//     an &nbsp; after the value) stays;
//   - a value split by a hard wrap, with the next line's "> " quoting, or
//     by a quoted-printable soft line break ("=\n") is one value; its
//     placeholder spans the break and the quoting inside it;
//   - a value written twice in one text is one placeholder, in the same
//     form (a mailto: link and its text, Slack's target and label) or in
//     full width and ASCII, as TestLocales decides for a phone; a
//     defanged IPv4 is an IPv4, masked whole, as a disguised e-mail is;
//   - a name in decomposed Unicode (NFD) is a name, and its label in NFD a
//     label.
//
// Blind baseline (phase 1, on the detectors of a4dbb36): 55 of 184
// positive rows passed and 1 of 87 clean rows was masked (a base64
// attachment's second line read as a secret). By the kind of the row:
// secret 7/9, email 14/24, iban 2/20, national_id 14/46, credit_card 2/9,
// ssn 0/3, ip 4/6, date_of_birth 1/7, phone 7/45, name 0/5, address 4/10.
// By placeholder (each placeholder a row wants, a value written twice
// counted twice): EMAIL 20/30, SECRET 7/9 (and one false), IP 4/6, ADDRESS
// 5/10, NATIONAL_ID 15/46 (one cut short: a DNI's letter after a
// non-breaking hyphen), DATE_OF_BIRTH 2/8, NAME 3/15 (three cut short),
// PHONE 9/55 (and one read inside an IBAN with a soft hyphen),
// CREDIT_CARD 2/9, IBAN 2/20, SSN 0/3. What passed: full-width values
// (Japanese, Chinese, Korean), values in Arabic-Indic, Persian and Thai
// digits, values between bidi marks with ASCII hyphens or spaces inside,
// markup around values (Markdown, Slack, mailto:, HTML <code>, smart
// quotes), secrets after a key name whatever they hold. The failing rows,
// by the artefact that defeats the detector:
//   - a no-break space (U+00A0) inside the value (58 rows: phones, IBANs,
//     cards, ids, SSN, addresses, dates of birth, names, a password in
//     guillemets, and "Nom\u00a0:" whose no-break space hides the label);
//   - a non-breaking hyphen (U+2011) inside the value (18);
//   - an en dash, minus sign, figure dash or U+2010 hyphen (8);
//   - a narrow no-break space (U+202F) (7) or a thin space (U+2009) (2);
//   - a zero-width space or word joiner inside the value (8);
//   - a soft hyphen inside the value (5);
//   - HTML entities inside the value (7);
//   - quoted-printable soft line breaks (3), hard wraps with or without
//     "> " quoting (3), a name behind "> " under a closing (1);
//   - JSON's \u0040 and a form body's %2B%20 (2);
//   - the katakana long vowel mark for a hyphen (1), a kanji and a kana
//     name with an ideographic space after （漢字）and（カナ）labels (1);
//   - a date of birth in Arabic-Indic digits between RLMs (1), a Persian
//     name with a ZWNJ (1), a name in NFD (1);
//   - a defanged IPv4 (1), the small commercial at (1).
//
// After general rules (twenty-second round): 182 of the 184 positive rows
// pass and 0 of the 87 clean rows are masked; with the review's 3 positive
// and 3 clean rows, 185/187 and 0/90. The two left are honest gaps (leftAs):
// a name in NFD, and an M-Pesa payee in capitals with no cue. The rules:
//   - the detectors read a text with any of these artefacts through the
//     folded copy that full-width forms already had (artefacts.go, width.go):
//     spaces of typography as a space, invisible format characters and bidi
//     marks as nothing, non-breaking hyphens and, beside digits, dashes,
//     minus signs and the katakana long vowel mark as "-", the small
//     commercial at as "@", HTML entities, JSON escapes and a form body's
//     %2B and %20 of a value's characters as those characters, a
//     quoted-printable soft line break as nothing (not base64's padding, not
//     an empty assignment), a reply's "> " quoting as nothing, a defanged
//     dot as a dot; each match maps back onto the original bytes, so an
//     artefact inside a value is masked with it and one after it stays;
//   - an IBAN wrapped once after a group of four; Iran's Sheba number;
//     Argentina's CUIL; Indonesia's NIK and Viet Nam's CCCD in spaced
//     groups; a typeset slash (" / ") inside an id;
//   - a phone number followed by a parenthesised remark ("(solo
//     WhatsApp)"); no phone read in an account number's groups;
//   - the holder of an account after "t.n.v.", "lautend auf", "intestato
//     a"; a form label's parenthesised qualifier ("氏名（漢字）", "Surname
//     (as in passport)"); "Nom"/"Name" beside a given name's field holds
//     the surname, one word;
//   - a password after typographic quotes; a wrapped base64 block outside
//     any armour (a MIME attachment's body) is no secret, while a key's
//     wrapped body under an armour line of any label still is.
//
// The group is the locale, or "any" for a locale-free paste.
var artefactPaste9Cases = []tableCase{
	// --- French --------------------------------------------------------------
	pii("fr-FR", Phone, "Outlook signature: mobile and landline grouped with narrow no-break spaces",
		"Cordialement,\nCamille Roussel\nTél.\u00a0: 06\u202f12\u202f48\u202f29\u202f17\nFixe\u00a0: 01\u202f42\u202f68\u202f53\u202f09",
		"Cordialement,\n<NAME_1>\nTél.\u00a0: <PHONE_1>\nFixe\u00a0: <PHONE_2>"),
	pii("fr-FR", IBAN, "RIB copied from a PDF: IBAN groups joined by no-break spaces",
		"IBAN\u00a0: FR76\u00a03000\u00a04000\u00a00312\u00a03456\u00a07890\u00a0143\nBIC\u00a0: BNPAFRPPXXX",
		"IBAN\u00a0: <IBAN_1>\nBIC\u00a0: BNPAFRPPXXX"),
	pii("fr-FR", Email, "HTML source: &#64; for the @ and &nbsp; between a phone's pairs",
		"<p>Pour toute question, écrivez à sophie.garnier&#64;orange.fr ou appelez le 01&nbsp;45&nbsp;22&nbsp;83&nbsp;17.</p>",
		"<p>Pour toute question, écrivez à <EMAIL_1> ou appelez le <PHONE_1>.</p>"),
	pii("fr-FR", NationalID, "social security number (NIR) grouped with no-break spaces",
		"N°\u00a0de sécurité sociale\u00a0: 2\u00a084\u00a005\u00a075\u00a0116\u00a0042\u00a017",
		"N°\u00a0de sécurité sociale\u00a0: <NATIONAL_ID_1>"),
	pii("fr-FR", DateOfBirth, "form pasted from Word: no-break spaces before colons and inside the birth date",
		"Nom\u00a0: Lefèvre\nPrénom\u00a0: Hélène\nNée le\u00a0: 14\u00a0mars\u00a01986 à Lyon",
		"Nom\u00a0: <NAME_1>\nPrénom\u00a0: <NAME_2>\nNée le\u00a0: <DATE_OF_BIRTH_1> à Lyon"),
	pii("fr-FR", Address, "address with a no-break space after the house number and in the postcode line",
		"Adresse\u00a0: 27\u00a0rue des Lilas, 69003\u00a0Lyon",
		"Adresse\u00a0: <ADDRESS_1>, 69003\u00a0Lyon"),
	pii("fr-FR", Name, "a compound given name with a non-breaking hyphen (U+2011) and a mobile with no-break spaces",
		"Bonjour, je m'appelle Jean\u2011Baptiste Moreau et mon numéro est le +33\u00a06\u00a071\u00a094\u00a028\u00a005.",
		"Bonjour, je m'appelle <NAME_1> et mon numéro est le <PHONE_1>."),
	pii("fr-FR", Secret, "a password between French guillemets with no-break spaces inside them",
		"Identifiant\u00a0: cmartin\nMot de passe\u00a0: «\u00a0Soleil#2024\u00a0»",
		"Identifiant\u00a0: cmartin\nMot de passe\u00a0: «\u00a0<SECRET_1>\u00a0»"),
	pii("fr-FR", Email, "quoted-printable body: a soft line break (=\\n) inside the address",
		"Merci de r=C3=A9pondre =C3=A0 nicolas.bertrand@lapo=\nste.net avant vendredi.",
		"Merci de r=C3=A9pondre =C3=A0 <EMAIL_1> avant vendredi."),
	pii("fr-FR", Phone, "a phone number written with &#160; entities between its pairs",
		"Standard&#160;: 04&#160;91&#160;48&#160;29&#160;17",
		"Standard&#160;: <PHONE_1>"),
	clean("fr-FR", Phone, "an amount with a narrow no-break space for thousands and a no-break space before €",
		"Montant TTC\u00a0: 1\u202f234,56\u00a0€ (dont TVA 20\u00a0%\u00a0: 205,76\u00a0€)"),
	clean("fr-FR", Phone, "a meeting time and room with no-break spaces",
		"Rendez-vous le 12\u00a0mars\u00a02025 à 14\u00a0h\u00a030, salle\u00a0B\u202f204, 3\u00a0participants"),
	clean("fr-FR", CreditCard, "SIRET and VAT number grouped with no-break spaces",
		"SIRET\u00a0: 732\u00a0829\u00a0320\u00a000074 – N°\u00a0TVA\u00a0: FR40\u00a0732\u00a0829\u00a0320"),
	clean("fr-FR", Name, "a footer's HTML entities around a company name",
		"&copy;&nbsp;2024 Dupont&nbsp;&amp;&nbsp;Fils SARL &ndash; Tous droits r&eacute;serv&eacute;s &middot; Mentions l&eacute;gales"),
	clean("fr-FR", Phone, "a population and an area with narrow no-break spaces",
		"Lyon compte 522\u202f250\u00a0habitants sur 47,87\u00a0km²"),

	// --- Belgian French ------------------------------------------------------
	pii("fr-BE", Phone, "GSM number with no-break spaces after a spaced colon",
		"GSM\u00a0: +32\u00a0470\u00a048\u00a029\u00a017",
		"GSM\u00a0: <PHONE_1>"),
	pii("fr-BE", NationalID, "national register number after a narrow no-break space",
		"Numéro de registre national\u202f: 85.07.30-033.28",
		"Numéro de registre national\u202f: <NATIONAL_ID_1>"),
	pii("fr-BE", IBAN, "a reply quoting the IBAN, which the mail client wrapped inside its groups",
		"> Veuillez verser la garantie locative sur le compte\n> BE68 5390 0754\n> 7034 au nom du bailleur.",
		"> Veuillez verser la garantie locative sur le compte\n> <IBAN_1> au nom du bailleur."),
	clean("fr-BE", Phone, "a structured communication between plus signs",
		"Communication structurée\u00a0: +++482/9173/65035+++ – montant 48,20\u00a0€"),

	// --- German --------------------------------------------------------------
	pii("de-DE", IBAN, "a transfer note from Word: a soft hyphen inside the unbroken IBAN",
		"Bitte überweisen Sie auf DE3537040044\u00ad0532013099 (Kontoinhaber: Jörg Weber).",
		"Bitte überweisen Sie auf <IBAN_1> (Kontoinhaber: <NAME_1>)."),
	pii("de-DE", Phone, "a Berlin number with a non-breaking hyphen (U+2011) as Word inserts it",
		"Tel.: +49\u00a030\u00a08291\u20117365\nFax: +49\u00a030\u00a08291\u20117366",
		"Tel.: <PHONE_1>\nFax: <PHONE_2>"),
	pii("de-DE", Email, "quoted-printable: a soft line break in the domain",
		"Bitte wenden Sie sich an kundenservice.mueller@beispiel-versan=\nd.de oder rufen Sie uns an.",
		"Bitte wenden Sie sich an <EMAIL_1> oder rufen Sie uns an."),
	pii("de-DE", NationalID, "Steuer-ID in groups with narrow no-break spaces",
		"Steuerliche Identifikationsnummer: 48\u202f291\u202f736\u202f586",
		"Steuerliche Identifikationsnummer: <NATIONAL_ID_1>"),
	pii("de-DE", DateOfBirth, "a birth date with no-break spaces after the day's dot",
		"Geburtsdatum:\u00a012.\u00a0März\u00a01984\nGeburtsort: Kassel",
		"Geburtsdatum:\u00a0<DATE_OF_BIRTH_1>\nGeburtsort: Kassel"),
	pii("de-DE", Address, "a quoted signature: name and street behind '> '",
		"> Mit freundlichen Grüßen\n> Sabine Krause\n> Lindenstraße 14, 10969 Berlin",
		"> Mit freundlichen Grüßen\n> <NAME_1>\n> <ADDRESS_1>, 10969 Berlin"),
	pii("de-DE", CreditCard, "a card number with no-break spaces from a web form's confirmation page",
		"Kartennummer: 5416\u00a02739\u00a00184\u00a05529, gültig bis 08/27",
		"Kartennummer: <CREDIT_CARD_1>, gültig bis 08/27"),
	pii("de-DE", Email, "Word hyphenated a long address with a soft hyphen in the domain",
		"Ansprechpartnerin: vertrieb.nord@muster\u00adhandel-gmbh.de",
		"Ansprechpartnerin: <EMAIL_1>"),
	pii("de-DE", Phone, "a form body with %2B and %20 for the plus and the spaces",
		"POST /kontakt\n\nanliegen=R%C3%BCckruf&telefon=%2B49%20151%2048291736&zeit=vormittags",
		"POST /kontakt\n\nanliegen=R%C3%BCckruf&telefon=<PHONE_1>&zeit=vormittags"),
	clean("de-DE", Phone, "a total with a no-break space before the euro sign",
		"Gesamtbetrag: 1.299,00\u00a0€ inkl. 19\u00a0% MwSt., Lieferung in 3\u00a0–\u00a05 Werktagen"),
	clean("de-DE", CreditCard, "an order number of 16 digits with soft hyphens that fails Luhn",
		"Bestellnummer: 4011\u00ad2233\u00ad4455\u00ad6677"),
	clean("de-DE", Address, "statute references with no-break spaces",
		"§\u00a012 Abs.\u00a03 Satz\u00a02 BGB i.\u00a0V.\u00a0m. Art.\u00a06 Abs.\u00a01 lit.\u00a0f DSGVO"),
	clean("de-DE", Phone, "a DHL tracking number with soft hyphens",
		"Sendungsnummer: 00340434\u00ad1612\u00ad3456\u00ad78 – Zustellung voraussichtlich morgen"),
	clean("de-DE", Email, "quoted-printable umlauts and a soft break in prose",
		"Sehr geehrte Damen und Herren,=0A=0Avielen Dank f=C3=BCr Ihre Bestellung. Die Lieferung er=\nfolgt in K=C3=BCrze."),

	// --- Swiss German --------------------------------------------------------
	pii("de-CH", NationalID, "AHV number from a web page: zero-width spaces after the dots (<wbr>)",
		"AHV-Nr.: 756.\u200b4829.\u200b1736.\u200b57",
		"AHV-Nr.: <NATIONAL_ID_1>"),
	pii("de-CH", Phone, "HTML signature: &nbsp; between the groups",
		"Natel:&nbsp;+41&nbsp;79&nbsp;482&nbsp;91&nbsp;73<br>Büro:&nbsp;044&nbsp;482&nbsp;91&nbsp;70",
		"Natel:&nbsp;<PHONE_1><br>Büro:&nbsp;<PHONE_2>"),
	pii("de-CH", IBAN, "IBAN grouped with thin spaces (U+2009)",
		"Konto: CH93\u20090076\u20092011\u20096238\u20095295\u20097, lautend auf Reto Brunner",
		"Konto: <IBAN_1>, lautend auf <NAME_1>"),
	clean("de-CH", Phone, "a Swiss amount with the typographic apostrophe (U+2019) for thousands",
		"Total CHF\u00a01’234.50 (inkl. MWST 8,1\u00a0%)"),
	clean("de-CH", NationalID, "a company's UID with a non-breaking hyphen",
		"UID: CHE\u2011123.456.789 MWST, Handelsregister CH\u2011020.3.912.345\u20116"),

	// --- Dutch ---------------------------------------------------------------
	pii("nl-NL", NationalID, "a BSN pasted from Teams with a zero-width space after it",
		"Mijn BSN:\u00a0482917362\u200b graag aanpassen in het dossier",
		"Mijn BSN:\u00a0<NATIONAL_ID_1>\u200b graag aanpassen in het dossier"),
	pii("nl-NL", Phone, "a mobile with a non-breaking hyphen and an e-mail",
		"Bel me op 06\u201148291736 of mail naar p.devries@ziggo.nl.",
		"Bel me op <PHONE_1> of mail naar <EMAIL_1>."),
	pii("nl-NL", IBAN, "an IBAN with no-break spaces in a payment request",
		"Betaalverzoek: €\u00a024,50 naar NL91\u00a0ABNA\u00a00417\u00a01643\u00a000 t.n.v. Pieter de Vries",
		"Betaalverzoek: €\u00a024,50 naar <IBAN_1> t.n.v. <NAME_1>"),
	pii("nl-NL", Email, "a Markdown autolink in a support ticket",
		"Stuur de factuur naar <boekhouding.jansen@kpnmail.nl>, niet naar mijn oude adres.",
		"Stuur de factuur naar <<EMAIL_1>>, niet naar mijn oude adres."),
	clean("nl-NL", Phone, "an invoice number with soft hyphens and an amount",
		"Factuurnummer: 2024\u00ad004821\u00ad01, bedrag €\u00a01.234,56, vervaldatum 15\u00a0december"),
	clean("nl-NL", IBAN, "a Dutch IBAN with a wrong check in a bank's message",
		"Het rekeningnummer NL92\u00a0ABNA\u00a00417\u00a01643\u00a000 is ongeldig (controlecijfer klopt niet)."),

	// --- Spanish -------------------------------------------------------------
	pii("es-ES", NationalID, "a DNI whose letter follows a non-breaking hyphen",
		"DNI: 48291736\u2011Q",
		"DNI: <NATIONAL_ID_1>"),
	pii("es-ES", IBAN, "HTML source: an IBAN with &nbsp; entities between its groups",
		"IBAN:&nbsp;ES91&nbsp;2100&nbsp;0418&nbsp;4502&nbsp;0005&nbsp;1332",
		"IBAN:&nbsp;<IBAN_1>"),
	pii("es-ES", Phone, "a mobile grouped with no-break spaces",
		"Móvil: +34\u00a0612\u00a048\u00a029\u00a017 (solo WhatsApp)",
		"Móvil: <PHONE_1> (solo WhatsApp)"),
	pii("es-ES", Email, "a Markdown link whose text and target are the address",
		"Escríbeme a [lucia.fernandez@gmail.com](mailto:lucia.fernandez@gmail.com) cuando puedas",
		"Escríbeme a [<EMAIL_1>](mailto:<EMAIL_1>) cuando puedas"),
	pii("es-ES", Address, "a street with a no-break space before the number and in the floor",
		"Dirección: Calle de Alcalá\u00a048, 2.º\u00a0B, 28014 Madrid",
		"Dirección: <ADDRESS_1>, 2.º\u00a0B, 28014 Madrid"),
	pii("es-ES", DateOfBirth, "a birth date with en dashes from Word's autocorrect",
		"Fecha de nacimiento: 03–02–1991",
		"Fecha de nacimiento: <DATE_OF_BIRTH_1>"),
	clean("es-ES", Phone, "a total with a no-break space before the euro sign",
		"Total: 1.234,56\u00a0€ (IVA incl.) – pedido n.º\u00a02024\u2011004821\u2011ES"),
	clean("es-ES", Address, "a law's article and section numbers with no-break spaces",
		"Según el art.\u00a017.\u00a02 de la Ley\u00a034/2002, apartado\u00a03.\u00a01.\u00a0b"),

	// --- Italian -------------------------------------------------------------
	pii("it-IT", NationalID, "a codice fiscale with a soft hyphen Word put in it",
		"C.F.:\u00a0BNCGLI90\u00adA41F205H",
		"C.F.:\u00a0<NATIONAL_ID_1>"),
	pii("it-IT", Email, "Outlook's plain-text conversion: the address and <mailto:…> glued together",
		"Per informazioni: marco.bianchi@libero.it<mailto:marco.bianchi@libero.it>",
		"Per informazioni: <EMAIL_1><mailto:<EMAIL_1>>"),
	pii("it-IT", Phone, "HTML signature with &nbsp; between the groups",
		"Cell.&nbsp;347&nbsp;482&nbsp;9173 &ndash; Ufficio&nbsp;06&nbsp;4821&nbsp;7395",
		"Cell.&nbsp;<PHONE_1> &ndash; Ufficio&nbsp;<PHONE_2>"),
	pii("it-IT", IBAN, "an IBAN the mail client wrapped after a group",
		"Coordinate bancarie per il bonifico:\nIBAN: IT60 X054 2811 1010\n0000 0123 456\nIntestato a: Giulia Bianchi",
		"Coordinate bancarie per il bonifico:\nIBAN: <IBAN_1>\nIntestato a: <NAME_1>"),
	pii("it-IT", Email, "a JSON string with the @ written \\u0040",
		"{\"cliente\":{\"email\":\"marta.rossi\\u0040libero.it\",\"newsletter\":true}}",
		"{\"cliente\":{\"email\":\"<EMAIL_1>\",\"newsletter\":true}}"),
	clean("it-IT", Phone, "a protocol number, a date and an amount with no-break spaces",
		"Prot. n.\u00a04821/2024 del 15\u00a0novembre\u00a02024 – importo €\u00a01.234,56"),
	clean("it-IT", Secret, "Unicode-escaped Italian text in a JSON log",
		"{\"msg\":\"Operazione completata \\u00e8 stata registrata \\u2013 citt\\u00e0: Bologna\"}"),

	// --- Portuguese ----------------------------------------------------------
	pii("pt-PT", NationalID, "a NIF grouped with no-break spaces",
		"NIF:\u00a0248\u00a0291\u00a0734 – consumidor final",
		"NIF:\u00a0<NATIONAL_ID_1> – consumidor final"),
	pii("pt-PT", Phone, "a mobile with no-break spaces",
		"Telemóvel: +351\u00a0912\u00a0482\u00a0917",
		"Telemóvel: <PHONE_1>"),
	pii("pt-PT", IBAN, "an IBAN with narrow no-break spaces",
		"IBAN PT50\u202f0002\u202f0123\u202f1234\u202f5678\u202f9015\u202f4",
		"IBAN <IBAN_1>"),
	clean("pt-PT", Phone, "a Multibanco payment reference with no-break spaces",
		"Entidade 21312 · Referência 482\u00a0917\u00a0365 · Valor 48,20\u00a0€"),

	// --- Brazilian Portuguese ------------------------------------------------
	pii("pt-BR", NationalID, "a CPF whose check follows a figure dash (U+2012)",
		"CPF: 482.917.365\u201237",
		"CPF: <NATIONAL_ID_1>"),
	pii("pt-BR", Phone, "a WhatsApp copy: the number wrapped in LRE … PDF",
		"Meu zap: \u202a+55 11 98482-9173\u202c",
		"Meu zap: \u202a<PHONE_1>\u202c"),
	pii("pt-BR", Email, "an address with zero-width spaces around its @ (anti-scraping markup)",
		"e-mail: ana.souza\u200b@\u200bgmail.com",
		"e-mail: <EMAIL_1>"),
	pii("pt-BR", CreditCard, "an Elo card with no-break spaces",
		"Cartão final: 6363\u00a06848\u00a02917\u00a03656",
		"Cartão final: <CREDIT_CARD_1>"),
	pii("pt-BR", Address, "an address with a no-break space after the comma before the number",
		"Endereço: Rua Augusta,\u00a01508, apto 42 – São Paulo/SP",
		"Endereço: <ADDRESS_1>, apto 42 – São Paulo/SP"),
	clean("pt-BR", Phone, "an amount with a no-break space after R$ and an instalment",
		"Valor: R$\u00a01.234,56 em 3x de R$\u00a0411,52 sem juros"),
	clean("pt-BR", Address, "a CEP with a non-breaking hyphen alone",
		"Frete grátis para o CEP\u00a001310\u2011100 e região"),

	// --- Polish --------------------------------------------------------------
	pii("pl-PL", NationalID, "a PESEL from a Word table cell: a tab before, a no-break space after",
		"PESEL:\t85071234567\u00a0\nData urodzenia:\t12.07.1985",
		"PESEL:\t<NATIONAL_ID_1>\u00a0\nData urodzenia:\t<DATE_OF_BIRTH_1>"),
	pii("pl-PL", Phone, "a phone with no-break spaces after tel.",
		"tel.\u00a0+48\u00a0601\u00a0482\u00a0739",
		"tel.\u00a0<PHONE_1>"),
	pii("pl-PL", IBAN, "an IBAN with narrow no-break spaces",
		"Numer rachunku: PL56\u202f1140\u202f2004\u202f0000\u202f3502\u202f7483\u202f1732",
		"Numer rachunku: <IBAN_1>"),
	pii("pl-PL", Email, "an address written with the HTML entity &commat;",
		"Kontakt: piotr.nowak&commat;wp.pl",
		"Kontakt: <EMAIL_1>"),
	pii("pl-PL", Address, "a street with ul. and a no-break space before the number",
		"Adres: ul.\u00a0Długa\u00a05/12, 80-831 Gdańsk",
		"Adres: <ADDRESS_1>, 80-831 Gdańsk"),
	clean("pl-PL", Phone, "an amount with a no-break space for thousands",
		"Kwota do zapłaty: 12\u00a0345,67\u00a0zł (faktura FV/2024/11/0482)"),
	clean("pl-PL", IBAN, "a Polish IBAN with a wrong check",
		"Błędny numer rachunku: PL57\u00a01140\u00a02004\u00a00000\u00a03502\u00a07483\u00a01732"),

	// --- Czech ---------------------------------------------------------------
	pii("cs-CZ", NationalID, "a rodné číslo with thin spaces around the slash",
		"Rodné číslo: 855712\u2009/\u20094829",
		"Rodné číslo: <NATIONAL_ID_1>"),
	pii("cs-CZ", Phone, "a phone with no-break spaces",
		"Mobil: +420\u00a0603\u00a0482\u00a0719",
		"Mobil: <PHONE_1>"),
	pii("cs-CZ", IBAN, "an IBAN with no-break spaces in an invoice footer",
		"Bankovní spojení: CZ65\u00a00800\u00a00000\u00a01920\u00a00014\u00a05399",
		"Bankovní spojení: <IBAN_1>"),
	clean("cs-CZ", Phone, "a price with a no-break space for thousands",
		"Cena: 12\u00a0345\u00a0Kč vč. DPH, dodání do 3\u00a0dnů"),

	// --- Romanian ------------------------------------------------------------
	pii("ro-RO", NationalID, "a CNP with a zero-width space from a web form",
		"CNP: 1960711\u200b402637",
		"CNP: <NATIONAL_ID_1>"),
	pii("ro-RO", IBAN, "an IBAN with no-break spaces",
		"Cont: RO42\u00a0BTRL\u00a00640\u00a01205\u00a04829\u00a01736",
		"Cont: <IBAN_1>"),
	clean("ro-RO", Phone, "a total in lei with a no-break space",
		"Total de plată: 4.820,00\u00a0lei, scadent la 15.12.2024"),

	// --- Bulgarian -----------------------------------------------------------
	pii("bg-BG", NationalID, "a text file saved with a BOM: EGN and phone on the first line",
		"\ufeffЕГН: 8507154823, тел. 0888\u00a0482\u00a0917",
		"\ufeffЕГН: <NATIONAL_ID_1>, тел. <PHONE_1>"),
	clean("bg-BG", Phone, "an amount in leva with a no-break space",
		"Сума за плащане: 2\u00a0480,15\u00a0лв. до 30.11.2024"),

	// --- Greek ---------------------------------------------------------------
	pii("el-GR", NationalID, "an AMKA after a no-break space",
		"ΑΜΚΑ:\u00a014058604829",
		"ΑΜΚΑ:\u00a0<NATIONAL_ID_1>"),
	pii("el-GR", Phone, "a mobile with no-break spaces",
		"Κιν.:\u00a0+30\u00a0694\u00a0829\u00a01736",
		"Κιν.:\u00a0<PHONE_1>"),
	clean("el-GR", Phone, "a total with a no-break space before the euro",
		"Σύνολο: 1.234,56\u00a0€ (ΦΠΑ 24\u00a0%)"),

	// --- Russian -------------------------------------------------------------
	pii("ru-RU", Phone, "a mobile with non-breaking hyphens and no-break spaces",
		"Тел.: +7\u00a0(916)\u00a0482\u201191\u201173",
		"Тел.: <PHONE_1>"),
	pii("ru-RU", NationalID, "a СНИЛС with non-breaking hyphens and a no-break space before the check",
		"СНИЛС: 148\u2011291\u2011736\u00a090",
		"СНИЛС: <NATIONAL_ID_1>"),
	pii("ru-RU", CreditCard, "a Mir card with no-break spaces",
		"Карта МИР 2200\u00a07048\u00a02917\u00a03658, срок 11/27",
		"Карта МИР <CREDIT_CARD_1>, срок 11/27"),
	pii("ru-RU", Email, "an address with word joiners (U+2060) around the @",
		"Почта: ivanova.olga\u2060@\u2060yandex.ru",
		"Почта: <EMAIL_1>"),
	pii("ru-RU", NationalID, "a person's ИНН after a no-break space",
		"ИНН:\u00a0770748291741",
		"ИНН:\u00a0<NATIONAL_ID_1>"),
	pii("ru-RU", DateOfBirth, "a birth date with no-break spaces and the year's г.",
		"Дата рождения: 14\u00a0марта 1986\u00a0г.",
		"Дата рождения: <DATE_OF_BIRTH_1>\u00a0г."),
	clean("ru-RU", Phone, "an amount in roubles with no-break spaces",
		"Сумма: 12\u00a0345,67\u00a0₽, заказ №\u00a04821\u2011173\u2011650"),
	clean("ru-RU", CreditCard, "a card masked with no-break spaces",
		"Списание по карте **** **** ****\u00a03658 на 1\u00a0250\u00a0₽"),

	// --- Ukrainian -----------------------------------------------------------
	pii("uk-UA", NationalID, "a РНОКПП after a no-break space",
		"РНОКПП:\u00a03482917367",
		"РНОКПП:\u00a0<NATIONAL_ID_1>"),
	pii("uk-UA", IBAN, "an IBAN with no-break spaces",
		"IBAN: UA21\u00a03223\u00a01300\u00a00002\u00a06007\u00a02335\u00a06600\u00a01",
		"IBAN: <IBAN_1>"),
	pii("uk-UA", Phone, "a phone with no-break spaces",
		"Телефон: +380\u00a067\u00a0482\u00a091\u00a073",
		"Телефон: <PHONE_1>"),
	clean("uk-UA", Phone, "an amount in hryvnias with a no-break space",
		"До сплати: 3\u00a0450,00\u00a0грн"),

	// --- Turkish -------------------------------------------------------------
	pii("tr-TR", NationalID, "a TC Kimlik number with a zero-width space inside",
		"T.C. Kimlik No: 48291\u200b736550",
		"T.C. Kimlik No: <NATIONAL_ID_1>"),
	pii("tr-TR", IBAN, "an IBAN with no-break spaces",
		"IBAN: TR33\u00a00006\u00a01005\u00a01978\u00a06457\u00a08413\u00a026",
		"IBAN: <IBAN_1>"),
	pii("tr-TR", Phone, "a mobile with no-break spaces",
		"Cep: 0532\u00a0482\u00a091\u00a073",
		"Cep: <PHONE_1>"),
	clean("tr-TR", Phone, "an order number with soft hyphens and an amount",
		"Sipariş No: 482\u00ad917\u00ad365\u00ad02 – Tutar: 1.234,56\u00a0TL"),

	// --- Swedish, Norwegian, Danish, Finnish ---------------------------------
	pii("sv-SE", NationalID, "a personnummer with a minus sign (U+2212)",
		"Personnummer: 850709\u22129805",
		"Personnummer: <NATIONAL_ID_1>"),
	pii("sv-SE", Phone, "a mobile with a non-breaking hyphen and no-break spaces",
		"Mobil: 070\u2011482\u00a091\u00a073",
		"Mobil: <PHONE_1>"),
	clean("sv-SE", Phone, "a price with a no-break space for thousands",
		"Pris: 1\u00a0234,50\u00a0kr inkl. moms"),
	clean("sv-SE", NationalID, "a company's organisation number with a non-breaking hyphen",
		"Org.nr 556036\u20110793, F-skattsedel finns"),
	pii("nb-NO", NationalID, "a fødselsnummer with a no-break space after the date",
		"Fødselsnummer: 150785\u00a048263",
		"Fødselsnummer: <NATIONAL_ID_1>"),
	pii("nb-NO", Phone, "a mobile with no-break spaces",
		"Mobil: +47\u00a0412\u00a083\u00a0957",
		"Mobil: <PHONE_1>"),
	pii("da-DK", NationalID, "a CPR number with a non-breaking hyphen",
		"CPR-nr.: 140791\u20112183",
		"CPR-nr.: <NATIONAL_ID_1>"),
	pii("da-DK", IBAN, "an IBAN with no-break spaces",
		"IBAN: DK50\u00a00040\u00a00440\u00a01162\u00a043",
		"IBAN: <IBAN_1>"),
	pii("fi-FI", NationalID, "a henkilötunnus whose hyphen Word turned into an en dash",
		"Henkilötunnus: 140386–4826",
		"Henkilötunnus: <NATIONAL_ID_1>"),
	pii("fi-FI", IBAN, "an IBAN with narrow no-break spaces",
		"Tilinumero: FI21\u202f1234\u202f5600\u202f0007\u202f85",
		"Tilinumero: <IBAN_1>"),
	clean("fi-FI", Phone, "a reference number with a no-break space",
		"Viitenumero 11482\u00a000037, eräpäivä 29.11.2024"),

	// --- Hungarian -----------------------------------------------------------
	pii("hu-HU", NationalID, "a TAJ number with no-break spaces",
		"TAJ szám: 048\u00a0291\u00a0732",
		"TAJ szám: <NATIONAL_ID_1>"),
	pii("hu-HU", Phone, "a mobile with no-break spaces",
		"Telefon: +36\u00a020\u00a0481\u00a07293",
		"Telefon: <PHONE_1>"),
	clean("hu-HU", Phone, "an amount with no-break spaces",
		"Összesen: 685\u00a0000\u00a0Ft, fizetési határidő 2024.\u00a011.\u00a030."),

	// --- Japanese ------------------------------------------------------------
	pii("ja-JP", Email, "an address typed in full width by the IME",
		"メール：ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ",
		"メール：<EMAIL_1>"),
	pii("ja-JP", Phone, "a mobile with the katakana long vowel mark (ー) for the hyphens",
		"携帯：０９０ー４８２９ー１７３６",
		"携帯：<PHONE_1>"),
	pii("ja-JP", NationalID, "My Number in full-width digits with ideographic spaces",
		"個人番号：４８２９\u3000１７３６\u3000５０２９",
		"個人番号：<NATIONAL_ID_1>"),
	pii("ja-JP", Address, "an address with full-width digits and full-width hyphens",
		"住所：〒150-0043\u3000東京都渋谷区道玄坂１－１２－５",
		"住所：〒150-0043\u3000<ADDRESS_1>"),
	pii("ja-JP", CreditCard, "a JCB card in full-width digits",
		"カード番号：３５３０\u3000１１０４\u3000８２９１\u3000７３６６",
		"カード番号：<CREDIT_CARD_1>"),
	pii("ja-JP", DateOfBirth, "a birth date in full-width digits",
		"生年月日：１９８５年３月１４日",
		"生年月日：<DATE_OF_BIRTH_1>"),
	pii("ja-JP", Name, "kanji and kana names with ideographic spaces in a form",
		"氏名（漢字）：高橋\u3000美咲\n氏名（カナ）：タカハシ\u3000ミサキ",
		"氏名（漢字）：<NAME_1>\n氏名（カナ）：<NAME_2>"),
	pii("ja-JP", IP, "an IPv4 address in full width",
		"接続元IP：２０３．１０４．８２．１７からのアクセスを遮断しました",
		"接続元IP：<IP_1>からのアクセスを遮断しました"),
	pii("ja-JP", Email, "the same address in full width and in ASCII is one placeholder",
		"登録メール：ｈａｎａｋｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ（hanako@docomo.ne.jp）",
		"登録メール：<EMAIL_1>（<EMAIL_1>）"),
	clean("ja-JP", IP, "a version and a build number in full width",
		"バージョン：３．２．１（ビルド１２０４）"),
	clean("ja-JP", Phone, "a price in full width",
		"価格：１，２８０円（税込）"),
	clean("ja-JP", NationalID, "a 12-digit parcel inquiry number in full width that fails My Number's check",
		"お問い合わせ番号：４８２９－１７３６－５０２０"),
	clean("ja-JP", IP, "chapter and section numbers in full width with an ideographic space",
		"第３章\u3000第２節\u3000１．２．３"),
	clean("ja-JP", DateOfBirth, "a delivery date and time in full width",
		"２０２４年１１月２８日（木）１４：３０～１６：００にお届け"),

	// --- Chinese -------------------------------------------------------------
	pii("zh-CN", Phone, "a mobile in full width with ideographic spaces",
		"手机：１３９\u3000４８２９\u3000１７３６",
		"手机：<PHONE_1>"),
	pii("zh-CN", NationalID, "a resident id in full width with a full-width X",
		"身份证号：４４０３０５１９８８０３１４２５１Ｘ",
		"身份证号：<NATIONAL_ID_1>"),
	pii("zh-CN", Email, "an address with a full-width @ only",
		"邮箱：wangfang1988＠163.com，请查收",
		"邮箱：<EMAIL_1>，请查收"),
	pii("zh-CN", Address, "an address with a full-width house number",
		"地址：广东省深圳市南山区科技园南路１８号",
		"地址：<ADDRESS_1>"),
	pii("zh-CN", CreditCard, "a 19-digit UnionPay card with no-break spaces",
		"银行卡号：6214\u00a08301\u00a02948\u00a05716\u00a0249",
		"银行卡号：<CREDIT_CARD_1>"),
	pii("zh-CN", Email, "an address with a full-width @ and full-width dots",
		"联系邮箱：li.na＠qq．com",
		"联系邮箱：<EMAIL_1>"),
	clean("zh-CN", CreditCard, "an order number in full width",
		"订单号：２０２４１１２８１０１５３２８８４２１３"),
	clean("zh-CN", IP, "a version in full width",
		"版本２．１４．０修复了索引问题"),
	clean("zh-CN", Phone, "a price in full width",
		"价格：￥１，２９９．００，满１９９包邮"),
	pii("zh-TW", NationalID, "a Taiwan id in full width",
		"身分證字號：Ｆ２２８１７３６５７",
		"身分證字號：<NATIONAL_ID_1>"),
	pii("zh-TW", Phone, "a mobile in full width with full-width hyphens",
		"手機：０９１２－４８２－９１７",
		"手機：<PHONE_1>"),
	clean("zh-TW", NationalID, "an e-invoice number in full width",
		"發票號碼：ＡＢ－４８２９１７３６"),

	// --- Korean --------------------------------------------------------------
	pii("ko-KR", NationalID, "a resident registration number with a Unicode hyphen (U+2010)",
		"주민등록번호: 880314\u20101048295",
		"주민등록번호: <NATIONAL_ID_1>"),
	pii("ko-KR", Phone, "a mobile with Unicode hyphens",
		"휴대폰: 010\u20104829\u20101736",
		"휴대폰: <PHONE_1>"),
	pii("ko-KR", Email, "an address with a full-width @ from the Korean IME",
		"이메일: minji.park＠naver.com 으로 보내주세요",
		"이메일: <EMAIL_1> 으로 보내주세요"),
	pii("ko-KR", Address, "a road address with a no-break space before the number",
		"주소: 서울특별시 강남구 테헤란로\u00a0152 (역삼동)",
		"주소: <ADDRESS_1> (역삼동)"),
	clean("ko-KR", DateOfBirth, "a date with no-break spaces and a time",
		"2024.\u00a011.\u00a028.(목) 오후 2시, 회의실\u00a03"),
	clean("ko-KR", Phone, "an order number with Unicode hyphens",
		"주문번호: 2024\u20101128\u2010004821"),

	// --- Arabic --------------------------------------------------------------
	pii("ar-SA", Phone, "a mobile in Arabic-Indic digits between RLMs",
		"جوال: \u200f٠٥٠٤٨٢٩١٧٣\u200f",
		"جوال: \u200f<PHONE_1>\u200f"),
	pii("ar-SA", NationalID, "a national id between LRMs",
		"رقم الهوية: \u200e1048291734\u200e",
		"رقم الهوية: \u200e<NATIONAL_ID_1>\u200e"),
	pii("ar-SA", IBAN, "an IBAN wrapped in LRE … PDF inside Arabic text",
		"الآيبان: \u202aSA03 8000 0000 6080 1016 7519\u202c باسم المستفيد",
		"الآيبان: \u202a<IBAN_1>\u202c باسم المستفيد"),
	pii("ar-SA", Email, "an address after an RLM",
		"البريد الإلكتروني: \u200fnoura.alqahtani@hotmail.com",
		"البريد الإلكتروني: \u200f<EMAIL_1>"),
	pii("ar-SA", CreditCard, "a mada card in Arabic-Indic digits with spaces",
		"رقم البطاقة: ٤٩٢٩ ١٨٢٧ ٣٦٤٥ ١٠٢٨",
		"رقم البطاقة: <CREDIT_CARD_1>"),
	clean("ar-SA", Phone, "an amount with the Arabic thousands and decimal separators",
		"المبلغ: ١٬٢٣٤٫٥٠ ر.س"),
	clean("ar-SA", Phone, "an invoice number between LRMs with non-breaking hyphens",
		"رقم الفاتورة: \u200eINV\u20112024\u2011004821\u200e"),
	pii("ar-AE", NationalID, "an Emirates ID between LRMs with non-breaking hyphens",
		"رقم الهوية: \u200e784\u20111990\u20114829173\u20118\u200e",
		"رقم الهوية: \u200e<NATIONAL_ID_1>\u200e"),
	pii("ar-AE", Phone, "a WhatsApp copy: the number in LRE … PDF",
		"واتساب \u202a+971 50 482 9173\u202c",
		"واتساب \u202a<PHONE_1>\u202c"),
	pii("ar-AE", IBAN, "an IBAN with an RLM before it and no-break spaces",
		"رقم الآيبان: \u200fAE07\u00a00331\u00a02345\u00a06789\u00a00123\u00a0456",
		"رقم الآيبان: \u200f<IBAN_1>"),
	pii("ar-EG", Phone, "a mobile in Arabic-Indic digits with no-break spaces",
		"موبايل: ٠١٠٠\u00a0٤٨٢\u00a0٩١٧٣",
		"موبايل: <PHONE_1>"),
	pii("ar-EG", DateOfBirth, "a birth date in Arabic-Indic digits between RLMs",
		"تاريخ الميلاد: \u200f١٥/٠٧/١٩٨٨\u200f",
		"تاريخ الميلاد: \u200f<DATE_OF_BIRTH_1>\u200f"),
	clean("ar-EG", DateOfBirth, "a delivery date in Arabic-Indic digits between RLMs",
		"موعد التسليم: \u200f٢٨/١١/٢٠٢٤\u200f"),

	// --- Persian -------------------------------------------------------------
	pii("fa-IR", Phone, "a mobile in Persian digits with no-break spaces, in text with ZWNJs",
		"شماره\u200cام ۰۹۱۲\u00a0۴۸۲\u00a0۷۱۹۳ است",
		"شماره\u200cام <PHONE_1> است"),
	pii("fa-IR", NationalID, "a national code in Persian digits after an RLM",
		"کد ملی: \u200f۰۴۸۲۹۱۷۳۶۹",
		"کد ملی: \u200f<NATIONAL_ID_1>"),
	pii("fa-IR", IBAN, "a Sheba number with no-break spaces",
		"شماره شبا: IR11\u00a00170\u00a00000\u00a00012\u00a03456\u00a07890\u00a001",
		"شماره شبا: <IBAN_1>"),
	pii("fa-IR", Name, "a family name joined by a ZWNJ (رضایی\u200cپور)",
		"نام و نام خانوادگی: علی رضایی\u200cپور",
		"نام و نام خانوادگی: <NAME_1>"),
	clean("fa-IR", Phone, "an amount with the Persian thousands separator",
		"مبلغ: ۱۲۰٬۰۰۰ تومان"),
	clean("fa-IR", IP, "a version with the Persian decimal separator after نسخه\u200cی",
		"نسخه\u200cی ۲٫۱۴٫۰ منتشر شد"),

	// --- Hebrew --------------------------------------------------------------
	pii("he-IL", NationalID, "a Teudat Zehut after an RLM",
		"ת.ז.: \u200f048291736",
		"ת.ז.: \u200f<NATIONAL_ID_1>"),
	pii("he-IL", Phone, "a mobile with non-breaking hyphens between LRMs",
		"נייד: \u200e054\u2011812\u20113456\u200e",
		"נייד: \u200e<PHONE_1>\u200e"),
	pii("he-IL", IBAN, "an IBAN in LRI … PDI isolates",
		"מספר IBAN: \u2066IL62 0108 0000 0009 9999 999\u2069",
		"מספר IBAN: \u2066<IBAN_1>\u2069"),
	clean("he-IL", Phone, "a total with gershayim and an RLM before the amount",
		"סה״כ לתשלום: \u200f1,234.50\u00a0₪"),

	// --- Hindi, Bengali, Tamil -----------------------------------------------
	pii("hi-IN", NationalID, "an Aadhaar number in Devanagari digits with no-break spaces",
		"आधार न\u0902बर: ४८२९\u00a0१७३६\u00a0५०२४",
		"आधार न\u0902बर: <NATIONAL_ID_1>"),
	pii("hi-IN", Phone, "a mobile with no-break spaces",
		"मोबाइल: +91\u00a098482\u00a017305",
		"मोबाइल: <PHONE_1>"),
	pii("hi-IN", Email, "an address between zero-width joiners from a Devanagari paste",
		"ईम\u0947ल:\u200drahul.sharma84@gmail.com\u200d पर भ\u0947ज\u0947\u0902",
		"ईम\u0947ल:\u200d<EMAIL_1>\u200d पर भ\u0947ज\u0947\u0902"),
	clean("hi-IN", Phone, "a price with a no-break space after ₹ and Indian grouping",
		"कीमत: ₹\u00a01,24,999 (EMI ₹\u00a05,208 × 24)"),
	pii("bn-BD", Phone, "a mobile in Bengali digits with a non-breaking hyphen",
		"মোবাইল: ০১৭১২\u2011৪৮২৯১৭",
		"মোবাইল: <PHONE_1>"),
	clean("bn-BD", Phone, "an order number in Bengali digits",
		"অর\u09cdডার নং: ৪৮২৯১৭, ম\u09c2ল\u09cdয ৳১,২৫০"),
	pii("ta-IN", Phone, "a mobile with no-break spaces after a Tamil phone word",
		"கைபேசி: 98482\u00a017305",
		"கைபேசி: <PHONE_1>"),

	// --- Thai ----------------------------------------------------------------
	pii("th-TH", Phone, "a mobile in Thai digits between zero-width spaces (Thai word breaks)",
		"โทร\u200b๐๘๑-๔๘๒-๙๑๗๓\u200bค\u0e48ะ",
		"โทร\u200b<PHONE_1>\u200bค\u0e48ะ"),
	pii("th-TH", NationalID, "a citizen id in Thai digits and its 1-4-5-2-1 groups",
		"เลขประจำต\u0e31วประชาชน ๑ ๑๐๓๗ ๐๐๔๘๒ ๙๑ ๑",
		"เลขประจำต\u0e31วประชาชน <NATIONAL_ID_1>"),
	pii("th-TH", CreditCard, "a card with no-break spaces in a Thai message",
		"บ\u0e31ตรเครด\u0e34ต 4556\u00a07304\u00a08291\u00a07525 หมดอาย\u0e38 09/27",
		"บ\u0e31ตรเครด\u0e34ต <CREDIT_CARD_1> หมดอาย\u0e38 09/27"),
	clean("th-TH", Phone, "a price in Thai digits with no-break spaces",
		"ราคา\u00a0๑,๒๕๐\u00a0บาท"),
	clean("th-TH", DateOfBirth, "a Buddhist-era date in Thai digits",
		"ว\u0e31นท\u0e35\u0e48 ๒๘\u00a0พ.ย.\u00a0๒๕๖๗ ส\u0e48งของแล\u0e49ว"),

	// --- Vietnamese ----------------------------------------------------------
	pii("vi-VN", Name, "a name and its label in decomposed (NFD) Unicode from a Mac",
		"Ho\u0323 va\u0300 te\u0302n: Nguye\u0302\u0303n Va\u0306n An\nSo\u0302\u0301 đie\u0323\u0302n thoa\u0323i: 0912 482 917",
		"Ho\u0323 va\u0300 te\u0302n: <NAME_1>\nSo\u0302\u0301 đie\u0323\u0302n thoa\u0323i: <PHONE_1>").leftAs("composing decomposed letters (NFC) needs Unicode's composition tables, which the standard library does not carry; the folded copy drops no combining mark, so the label and the name stay unread"),
	pii("vi-VN", NationalID, "a CCCD number with no-break spaces",
		"Số CCCD:\u00a0001\u00a0185\u00a0004\u00a0829",
		"Số CCCD:\u00a0<NATIONAL_ID_1>"),
	pii("vi-VN", Phone, "a mobile with no-break spaces",
		"SĐT: 0912\u00a0482\u00a0917",
		"SĐT: <PHONE_1>"),
	clean("vi-VN", Phone, "a price in đồng with a no-break space",
		"Giá: 1.234.000\u00a0₫, giao trong 2\u00a0ngày"),

	// --- Indonesian, Malay, Filipino -----------------------------------------
	pii("id-ID", NationalID, "a NIK in groups with no-break spaces",
		"NIK: 3171\u00a00512\u00a00385\u00a00001",
		"NIK: <NATIONAL_ID_1>"),
	pii("id-ID", Phone, "a mobile with non-breaking hyphens",
		"WA: +62\u00a0812\u20114829\u20111736",
		"WA: <PHONE_1>"),
	clean("id-ID", Phone, "an amount in rupiah with a no-break space",
		"Total: Rp\u00a01.250.000 (sudah termasuk PPN 11\u00a0%)"),
	pii("ms-MY", NationalID, "a MyKad number with non-breaking hyphens",
		"No. K/P: 850712\u201114\u20115023",
		"No. K/P: <NATIONAL_ID_1>"),
	pii("ms-MY", Phone, "a mobile with a no-break space",
		"Tel: 012\u2011482\u00a09173",
		"Tel: <PHONE_1>"),
	pii("fil-PH", Phone, "Taglish chat: a mobile with no-break spaces",
		"Pa-text na lang po sa +63\u00a0917\u00a0583\u00a02041, salamat!",
		"Pa-text na lang po sa <PHONE_1>, salamat!"),
	clean("fil-PH", Phone, "an amount in pesos with a no-break space",
		"Total: ₱\u00a01,250.00, COD"),

	// --- African -------------------------------------------------------------
	pii("sw-KE", Phone, "an M-Pesa SMS copied with no-break spaces in the number",
		"QK48H2J7XP Confirmed. Ksh1,250.00 sent to JOHN KAMAU 0712\u00a0482\u00a0917 on 28/11/24 at 10:15 AM.",
		"QK48H2J7XP Confirmed. Ksh1,250.00 sent to <NAME_1> <PHONE_1> on 28/11/24 at 10:15 AM.").leftAs("the payee is two ALL-CAPS words after \"sent to\" and before the number, with no name cue: telling them from a shop's or a paybill's name takes a model"),
	pii("sw-KE", Phone, "a Swahili message with a Kenyan number in international form",
		"Nipigie kwa +254\u00a0712\u00a0482\u00a0917 kesho asubuhi",
		"Nipigie kwa <PHONE_1> kesho asubuhi"),
	clean("sw-KE", Phone, "an M-Pesa transaction code and balance",
		"Salio lako ni Ksh\u00a012,480.00. Nambari ya muamala QK48H2J7XP."),
	pii("en-NG", Phone, "a mobile with no-break spaces",
		"Call me on +234\u00a0803\u00a0482\u00a09173 or 0805\u00a0917\u00a03648",
		"Call me on <PHONE_1> or <PHONE_2>"),
	pii("en-NG", NationalID, "a NIN with a zero-width space inside",
		"NIN: 4829\u200b1736502",
		"NIN: <NATIONAL_ID_1>"),
	pii("en-ZA", NationalID, "an SA identity number in groups with no-break spaces",
		"ID No.: 860714\u00a05082\u00a0081",
		"ID No.: <NATIONAL_ID_1>"),
	clean("en-ZA", Phone, "an amount in rand with a no-break space for thousands",
		"Amount due: R\u00a028\u00a0450,00 by 30/11/2024"),

	// --- Latin American Spanish ----------------------------------------------
	pii("es-MX", NationalID, "a CURP with a soft hyphen inside",
		"CURP: GOMA850314\u00adHDFNRL02",
		"CURP: <NATIONAL_ID_1>"),
	pii("es-MX", Phone, "a mobile with no-break spaces",
		"Cel.: +52\u00a055\u00a04829\u00a01736",
		"Cel.: <PHONE_1>"),
	clean("es-MX", Phone, "an amount in pesos with a no-break space",
		"Total: $\u00a01,234.56\u00a0MXN, folio 4821\u2011A"),
	pii("es-AR", NationalID, "a CUIL with non-breaking hyphens",
		"CUIL: 20\u201134829173\u20115",
		"CUIL: <NATIONAL_ID_1>"),
	pii("es-AR", Phone, "a mobile with no-break spaces",
		"Celular: +54\u00a09\u00a011\u00a04829\u00a01736",
		"Celular: <PHONE_1>"),
	pii("es-CL", NationalID, "a RUT with a non-breaking hyphen before the check digit",
		"RUT:\u00a016.482.917\u20110",
		"RUT:\u00a0<NATIONAL_ID_1>"),
	pii("es-CO", NationalID, "a cédula after C.C. with a no-break space",
		"C.C.\u00a01.020.482.917 de Bogotá",
		"C.C.\u00a0<NATIONAL_ID_1> de Bogotá"),
	clean("es-CO", Phone, "an amount in pesos with no-break spaces",
		"Valor: $\u00a01.250.000\u00a0COP"),

	// --- US, British, Canadian, Indian and Singapore English -----------------
	pii("en-US", SSN, "an SSN with en dashes from Word's autocorrect",
		"SSN: 482–17–3650",
		"SSN: <SSN_1>"),
	pii("en-US", SSN, "an SSN with minus signs (U+2212) from a PDF form",
		"Social Security No.: 219\u221248\u22123716",
		"Social Security No.: <SSN_1>"),
	pii("en-US", SSN, "an SSN grouped with no-break spaces",
		"my SSN is 219\u00a048\u00a03716 if you need it for the W-9",
		"my SSN is <SSN_1> if you need it for the W-9"),
	pii("en-US", Phone, "a phone with a no-break space after the area code and a non-breaking hyphen",
		"Cell: (646)\u00a0482\u20119173",
		"Cell: <PHONE_1>"),
	pii("en-US", CreditCard, "a card from a PDF statement with soft hyphens between its groups",
		"Card number: 4539\u00ad1488\u00ad0343\u00ad6467",
		"Card number: <CREDIT_CARD_1>"),
	pii("en-US", Email, "Slack's markup: <mailto:…|…> with the address twice",
		"Can you reset <mailto:jennifer.wu@acme-corp.com|jennifer.wu@acme-corp.com>'s password?",
		"Can you reset <mailto:<EMAIL_1>|<EMAIL_1>>'s password?"),
	pii("en-US", Phone, "Slack's markup: <tel:…|…>",
		"ok call me at <tel:+16464829173|+16464829173> after 5",
		"ok call me at <tel:<PHONE_1>|<PHONE_1>> after 5"),
	pii("en-US", Email, "an HTML mailto link whose text is the address",
		"<a href=\"mailto:jennifer.wu@acme-corp.com\">jennifer.wu@acme-corp.com</a>",
		"<a href=\"mailto:<EMAIL_1>\"><EMAIL_1></a>"),
	pii("en-US", DateOfBirth, "a birth date with non-breaking hyphens",
		"DOB: 07\u201114\u20111986",
		"DOB: <DATE_OF_BIRTH_1>"),
	pii("en-US", Address, "a street with a no-break space after the number and an apartment",
		"Ship to: 4821\u00a0Maple Avenue, Apt\u00a03B, Austin, TX 78704",
		"Ship to: <ADDRESS_1>, Apt\u00a03B, Austin, TX 78704"),
	pii("en-US", Name, "a name with a no-break space between given and family name",
		"Hi, my name is Emily\u00a0Carter and I can't log in.",
		"Hi, my name is <NAME_1> and I can't log in."),
	pii("en-US", Secret, "a Stripe key with a zero-width space the chat renderer inserted to wrap it",
		"STRIPE_SECRET_KEY=sk_live_51G37LeXSyYV4g6snRoUYA\u200b4fXr6nzrvZcmT4a4Ad5y2FibpBV62h9M",
		"STRIPE_SECRET_KEY=<SECRET_1>"),
	pii("en-US", Secret, "a .env file saved with a BOM: the token on the first line",
		"\ufeffGITHUB_TOKEN=ghp_DNxril3RavGD5MfvJ7NScUykT8C8UBkkpdhi\nNODE_ENV=production",
		"\ufeffGITHUB_TOKEN=<SECRET_1>\nNODE_ENV=production"),
	pii("en-US", Secret, "an AWS key id between Word's smart quotes",
		"aws_access_key_id = “AKIAAHMMVAFIBF7M2EZM”",
		"aws_access_key_id = “<SECRET_1>”"),
	pii("en-US", Secret, "a GitLab token split by a quoted-printable soft line break",
		"Use this token for the runner: glpat-ZwsjEJri=\n9fVJsSheACjT (expires Friday)",
		"Use this token for the runner: <SECRET_1> (expires Friday)"),
	pii("en-US", Secret, "a Slack bot token in Markdown backticks",
		"the bot uses `xoxb-192290048924-9016329805899-XSf3wh34LxCnzm8KVbyZMvaB` and gets invalid_auth",
		"the bot uses `<SECRET_1>` and gets invalid_auth"),
	pii("en-US", Secret, "an OpenAI key with a soft hyphen from a hyphenated document",
		"OPENAI_API_KEY=sk-proj-hnoCru0ftOsgHYdbyXJZBFwTXpKVeBPo\u00adg9WzGx93JxiQskS1T3BlbkFJ4qbd8Zlq8khMjaddCnYysNa9",
		"OPENAI_API_KEY=<SECRET_1>"),
	pii("en-US", Secret, "a Hugging Face token in an HTML <code> element",
		"<p>My token is <code>hf_JWYyL4ZkQTrXM4MFwg7drHilZO0fkXYo2a</code> but downloads fail</p>",
		"<p>My token is <code><SECRET_1></code> but downloads fail</p>"),
	pii("en-US", Secret, "a Google API key in a JSON string with \\u002d for its hyphens",
		"{\"apiKey\":\"AIzaSyzw86Xkw9Hid3NiMiCrnm\\u002d6h\\u002dgdVF6DV_F\"}",
		"{\"apiKey\":\"<SECRET_1>\"}"),
	clean("en-US", SSN, "a part number in 3-2-4-1 groups with en dashes",
		"Part No. 482–17–3650–B, qty 12"),
	clean("en-US", SSN, "a ZIP+4 code and a case number with non-breaking hyphens",
		"Washington, DC 20500\u20110003 – Case No. 2:24\u2011cv\u201104821"),
	clean("en-US", Phone, "an Amazon order number with non-breaking hyphens",
		"Order #112\u20114829173\u20116502119 shipped"),
	clean("en-US", CreditCard, "a 16-digit reference with no-break spaces that fails Luhn",
		"Ref. 4539\u00a01488\u00a00343\u00a06468 – please quote it on all correspondence"),
	clean("en-US", CreditCard, "a masked card with no-break spaces",
		"Visa ending in ••••\u00a04242, exp 08/27"),
	clean("en-US", Email, "Slack mentions and channel references",
		"<@U024BE7LH> can you check <#C024BE7LR|general>? <!here> the deploy is stuck"),
	clean("en-US", Email, "an npm scoped package with a version",
		"npm install @acme/ui@1.4.2 --save-exact"),
	pii("en-GB", NationalID, "a National Insurance number with no-break spaces from a payslip PDF",
		"NI number: JG\u00a048\u00a029\u00a017\u00a0C",
		"NI number: <NATIONAL_ID_1>"),
	pii("en-GB", Phone, "a London number with a (0) and no-break spaces",
		"Tel: +44\u00a0(0)20\u00a07946\u00a00018",
		"Tel: <PHONE_1>"),
	pii("en-GB", IBAN, "an IBAN with narrow no-break spaces",
		"IBAN: GB29\u202fNWBK\u202f6016\u202f1331\u202f9268\u202f19",
		"IBAN: <IBAN_1>"),
	pii("en-GB", Address, "a flat before the street and a postcode with no-break spaces",
		"Flat\u00a02, 14\u00a0Kensington Gardens Square, London W2\u00a04BH",
		"Flat\u00a02, <ADDRESS_1>, London W2\u00a04BH"),
	pii("en-GB", Email, "an address with &#x40; in a web page's source",
		"Contact: oliver.smith&#x40;btinternet.com",
		"Contact: <EMAIL_1>"),
	clean("en-GB", Phone, "a price with a no-break space and a VAT number",
		"Total £\u00a01,234.56 incl. VAT (GB\u00a0123\u00a04567\u00a089)"),
	pii("en-CA", NationalID, "a SIN with no-break spaces",
		"SIN: 529\u00a0483\u00a0612",
		"SIN: <NATIONAL_ID_1>"),
	pii("en-IN", NationalID, "an Aadhaar number with narrow no-break spaces",
		"Aadhaar: 7394\u202f8261\u202f0597",
		"Aadhaar: <NATIONAL_ID_1>"),
	pii("en-SG", NationalID, "an NRIC with a zero-width space before the check letter",
		"NRIC: S8829173\u200bE",
		"NRIC: <NATIONAL_ID_1>"),

	// --- Locale-free pastes --------------------------------------------------
	pii("any", IP, "a threat report's defanged IPv4 address",
		"C2 beacon to 185[.]220[.]101[.]47 every 60s over TCP/443",
		"C2 beacon to <IP_1> every 60s over TCP/443"),
	pii("any", IP, "an IPv4 address in an HTML <code> element",
		"<p>Blocked client <code>91.64.212.17</code> after 5 failures</p>",
		"<p>Blocked client <code><IP_1></code> after 5 failures</p>"),
	pii("any", IP, "an IPv4 address with zero-width spaces after its dots (<wbr>)",
		"Origin: 91.\u200b64.\u200b212.\u200b17",
		"Origin: <IP_1>"),
	pii("any", IP, "an IPv6 address in a Markdown autolink",
		"health check: <http://[2a01:4f8:c17:1b2e::1]:8080/healthz> times out",
		"health check: <http://[<IP_1>]:8080/healthz> times out"),
	pii("any", IP, "an IPv6 address between &nbsp; entities in an HTML log view",
		"sshd: Failed password for root from&nbsp;2001:41d0:304:200::5e21&nbsp;port&nbsp;22",
		"sshd: Failed password for root from&nbsp;<IP_1>&nbsp;port&nbsp;22"),
	pii("any", Email, "an address with the small commercial at (U+FE6B)",
		"reply to jane.doe﹫outlook.com",
		"reply to <EMAIL_1>"),
	pii("any", Email, "an HTML attribute with %40 and &amp; in the query",
		"<a href=\"/unsubscribe?email=claire.dubois%40free.fr&amp;list=promo\">Se désabonner</a>",
		"<a href=\"/unsubscribe?email=<EMAIL_1>&amp;list=promo\">Se désabonner</a>"),
	pii("any", CreditCard, "a card a quoting mail client wrapped across '> ' lines",
		"> Please charge card 4761 7390 4821\n> 5739 for the renewal.",
		"> Please charge card <CREDIT_CARD_1> for the renewal."),
	pii("any", Email, "an address between Word's smart quotes",
		"Send it to “jan.novak@seznam.cz”, not the old one.",
		"Send it to “<EMAIL_1>”, not the old one."),
	clean("any", Secret, "a base64 MIME attachment wrapped at 76 columns",
		"Content-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAABHNCSVQICAgIfAhkiAAAAAlwSFlz\nAAALEwAACxMBAJqcGAAAAbFJREFUaIHtmU1OwzAQhT8jLgDiBBwAcQKOwBVYcgJ2LNmxZMeSHUt2"),
	clean("any", Secret, "a SHA-256 digest and a Docker image digest",
		"sha256sum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nimage: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"),
	clean("any", Phone, "CSS colours with no-break spaces",
		"color:\u00a0#1a2b3c; background:\u00a0#FF5733; border:\u00a01px solid #482917;"),
	clean("any", Email, "HTML entities that are markup, not values",
		"&lt;div class=&quot;note&quot;&gt;&amp;nbsp;Siehe &sect;&nbsp;4.2&lt;/div&gt; &rarr; &hellip;"),
	clean("any", Name, "Unicode-escaped Russian and Japanese text in a JSON log",
		"{\"level\":\"info\",\"msg\":\"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442, \\u4e16\\u754c\",\"build\":\"2.14.0\"}"),
	clean("any", Email, "a percent-encoded search query",
		"https://docs.example.com/search?q=caf%C3%A9%20cr%C3%A8me%40home&page=2"),
	clean("any", Name, "an RFC 2047 encoded subject with no personal data",
		"Subject: =?UTF-8?Q?R=C3=A9union_d=27=C3=A9quipe_=E2=80=93_ordre_du_jour?="),
	clean("any", Phone, "coordinates with narrow no-break spaces",
		"48°\u202f51′\u202f24″\u00a0N, 2°\u202f21′\u202f03″\u00a0E"),
	clean("any", Phone, "measurements with narrow no-break spaces",
		"Format 1\u202f000\u00a0mm × 2\u202f400\u00a0mm, Gewicht 12,5\u00a0kg"),
	clean("any", IP, "a Windows build with four parts after a version word",
		"Version\u00a010.0.19045.4291 (22H2)"),
	clean("any", IBAN, "a German IBAN with a wrong check and narrow no-break spaces",
		"Ungültige IBAN: DE45\u202f5001\u202f0517\u202f5407\u202f3249\u202f31"),
	clean("any", IBAN, "a Saudi IBAN with a wrong check in LRE … PDF",
		"الآيبان غير صحيح: \u202aSA04 8000 0000 6080 1016 7519\u202c"),
	clean("any", Phone, "an ISBN with non-breaking hyphens",
		"ISBN\u00a0978\u20113\u201116\u2011148410\u20110"),
	clean("any", Secret, "a git commit hash and a UUID with non-breaking hyphens",
		"fixed in commit 3f9a2b7c1d8e4f6a0b5c9d2e7f1a3b8c4d5e6f70, trace 4bf92f35\u201177b3\u20114da6\u2011a3ce\u2011929d0e0e4736"),
	clean("any", Phone, "section numbers with figure spaces in a table of contents",
		"3.2\u2007\u2007Installation ............ 12\n3.2.1\u2007Voraussetzungen ........ 14\n3.2.10 Fehlerbehebung ......... 28"),

	// --- Review rows: what the folded copy must not read as an artefact ------
	pii("any", Secret, "base64 padding at a line's end, not a soft line break: the line after stays",
		"Authorization: Basic am11ZWxsZXI6U29tbWVyMjAyNCE=\nX-Forwarded-For: unknown",
		"Authorization: Basic <SECRET_1>\nX-Forwarded-For: unknown"),
	clean("any", Secret, "an empty assignment in a .env file, not a soft line break",
		"DB_PASSWORD=\nDB_HOST=localhost\nDB_PORT=5432"),
	clean("any", Phone, "year ranges with en dashes in prose",
		"Releases 2019–2024 were supported; the 2025–2026 cycle starts in March."),
	pii("any", Secret, "hashes padded at a line's end, each its own value, the next line's module kept",
		"golang.org/x/text v0.3.0/go.mod h2:NqM8EUOU14njkJ3fqMW+pc6Ldnwhi/IjpwHt7yyuwOQ=\nrsc.io/quote v1.5.2/go.mod h2:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=",
		"golang.org/x/text v0.3.0/go.mod h2:<SECRET_1>\nrsc.io/quote v1.5.2/go.mod h2:<SECRET_2>"),
	clean("any", Name, "a quoted reply's text, quoting dropped, no name in it",
		"> Thanks for the quick fix.\n> The build passes now on all platforms."),
	pii("any", Secret, "a private key's wrapped body under an armour line of another label",
		"-----BEGIN RSA TESTING KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDFyXr1E4l3GM34\nq7Zx9Kp2Lm4Vb8Nw1Rt6Yc3Hs5Jd0Fg7Qe2Wa9Ux4Iv6Ob1Pk8Sz3Tn5Mr0Ly7Cj2\n-----END RSA TESTING KEY-----",
		"-----BEGIN RSA TESTING KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDFyXr1E4l3GM34\n<SECRET_1>\n-----END RSA TESTING KEY-----"),
}

func TestArtefactPastes9(t *testing.T) { checkTable(t, artefactPaste9Cases, "locale") }
