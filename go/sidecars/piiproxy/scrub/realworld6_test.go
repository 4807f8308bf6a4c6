package scrub

import "testing"

// machinePaste6Cases is a sixth blind table: the machine text users paste
// into a RAG chatbot, in 25 locales (German, French, Spanish, Brazilian
// Portuguese, Italian, Dutch, Polish, Swedish, Japanese, Chinese, Korean,
// Russian, Ukrainian, Turkish, Arabic, Hindi, Indian, US and British
// English, Czech, Greek, Hebrew, Indonesian, Vietnamese, Thai) and a few
// locale-free pastes: web-server and application logs (nginx, Apache,
// HAProxy, syslog, JSON lines, Java and Python stack traces), CSV, TSV and
// Markdown exports with headers in those languages, HTTP requests and
// headers, URLs and query strings (mailto:, tel:, wa.me, percent-encoded
// e-mails and phones), mail headers (quoted and RFC 2047 display names),
// vCards, .env, YAML, TOML, properties and Kubernetes Secret files, DSNs,
// SQL INSERTs, JSON inside a string, curl commands, git config and log
// lines, SEPA XML and MT940, chat exports and OCR'd text. Values carry
// valid checks (Luhn, mod-97, the national ids' own); the clean rows are
// near-misses from the same pastes: company and tax numbers, invoices,
// orders and tracking numbers, builds, versions, hashes, UUIDs, trace ids,
// ports, timestamps, prices, ISBNs, a Luhn-failing order number, an IBAN
// with a wrong check digit, a VAT number that passes Luhn.
//
// Decisions written into the wants: an e-mail address is masked whatever
// its domain, example.com included (the placeholder is restored in the
// answer, so masking a template's address costs the user nothing); host
// names and URLs at example domains are kept. MAC addresses are kept (a
// device's, and what a user debugging a network asks about; no kind of the
// package). Loopback and unspecified addresses, prefixes, masked cards
// ("**** 4242"), SSH public keys and key fingerprints, ETags, hashes and
// base64 images are kept. In a DSN or a clone URL only the password or the
// token is masked, not the user; in a Kubernetes Secret the base64 value
// under "password" is masked and the one under "username" kept. A postal
// code or a city next to a street stays, as in the earlier tables.
//
// Blind baseline (phase 1, commit 1e4f964), on the detectors of 096a760:
// 71 of the 133 positive rows passed and 1 of the 67 clean rows was
// masked. By the kind of the row: secret 18/18, ip 7/7, credit_card 12/14,
// email 10/17, phone 12/24, national_id 6/23, iban 1/16, ssn 1/2, name 2/4,
// address 2/8. By placeholder (each value a row wants masked): IBAN 16/16,
// IP 14/14, SECRET 20/20, SSN 2/2, CREDIT_CARD 14/14 (and one false),
// EMAIL 31/32, DATE_OF_BIRTH 2/2, PHONE 35/41, ADDRESS 6/8 (three of them
// cut at the wrong place), NATIONAL_ID 13/24, NAME 14/64: most failing rows
// failed on a name only. The failing rows, by cause:
//   - names in a structured place: a CSV, TSV or Markdown column under a
//     name header (fr Titulaire, es Titular, nl Naam, pl imię i nazwisko,
//     ja 氏名, ru Сотрудник, tr Ad Soyad, hi नाम, he שם, en-US name and
//     Name, en-IN Name, en-GB Employee and Payee; de Name, pt-BR nome, sv
//     namn and vi Họ tên passed), a JSON key (it nome, zh 姓名, en-IN name,
//     ru holder, uk from), titular="…" in a log line, an XML <Nm> (de, cs),
//     an MT940 /NAME/, a SQL VALUES list (es, ko), git config's name =, a
//     name in a JSON string with \u escapes (fr, pt-BR);
//   - names after payment and insurance labels: Beneficiario, odbiorca,
//     Betalningsmottagare, Alıcı, المستفيد, Δικαιούχος, שם המוטב, Отримувач
//     ФОП, Pojištěnec, Ασφαλισμένος, 收货人;
//   - names in chat exports (WhatsApp de and id, LINE ja and th, KakaoTalk)
//     and in mail headers: "From: Smith, Oliver <…>", Arabic "من:", and
//     RFC 2047 encoded words (Q and B);
//   - national ids: PESEL under a CSV header, My Number, СНИЛС and ИНН,
//     РНОКПП, the Saudi id, Aadhaar after आधार, AMKA, NIK, CCCD, the Thai id
//     with hyphens;
//   - phones: wa.me/<number>, %2B-encoded numbers in a query or form body
//     (pl, en-US), a bare 91… number in a gateway log, a Spanish mobile in
//     a SQL VALUES list;
//   - an OCR'd e-mail with spaces around the @;
//   - addresses: the vCard ADR value ran into the city and the country, a
//     Chinese address stopped before 3栋1202室, "14 Kensington Gardens
//     Square" lost Square, "742 Maple Avenue" and "221 MG Road" in CSV cells;
//   - the clean row masked: a Saudi VAT number (15 digits that pass Luhn,
//     after الرقم الضريبي) read as a card.
//
// One input was corrected after the run and counts as a miss in that
// figure: the Aadhaar row's check digit (2749 1836 5028), which the script
// that wrote the table computed with a wrong Verhoeff table; 2749 1836 5027
// is valid. One row is left out as a known miss (below).
//
// The rules added for the misses (each the general rule of its format):
//   - a record's name field: a name key ("name", "nome", "姓名", "holder",
//     "titular", "from", a "…_name" of a person) in JSON, in JSON escaped
//     inside a string (\u escapes decoded), in logfmt and in INI or YAML
//     lines, an XML name element (ISO 20022's <Nm>; others among their
//     siblings), MT940's "/NAME/" and an INSERT's name column, each when
//     the record holds another person's datum (an e-mail, a phone, an id, a
//     card, an IBAN, a date of birth) of its own, not in a nested object or
//     element (name_record.go, table_cells.go);
//   - a table's name column: Markdown's pipes, headers in title case, more
//     name headers (payees, holders, employees; Han, Hangul, Devanagari,
//     Hebrew, Arabic, Thai), any column of a person's datum beside it (an
//     id, an SSN, a birth date, an IBAN, a card, an address), and names in
//     scripts without letter case in the cells;
//   - labels of payees, account holders and the insured in some twenty
//     languages, with the sole trader's ФОП or ИП outside the name; a legal
//     form after the words (AB, SA, ООО, ", Inc.") makes them a company's;
//     suppliers, organisations, departments and a field's own name are no
//     one's;
//   - chat exports: the sender after WhatsApp's, LINE's and KakaoTalk's
//     timestamps, and after a day-first date and a time when the name is in
//     a script without letter case (name_chat.go);
//   - mail headers: "From: Smith, Oliver <…>" (a header and a comma),
//     quoted names in scripts without case, RFC 2047 encoded words decoded
//     (UTF-8 and Latin-1);
//   - national ids: eight schemes with their checks or layouts (СНИЛС, a
//     person's ИНН, РНОКПП, the Saudi id and iqama, ΑΜΚΑ, NIK, CCCD, the Thai
//     citizen id, which stands alone in its 1-4-5-2-1 hyphens), a table's
//     or an INSERT's column header as the cue (not for customer and member
//     numbers), and the cue window counted in characters, not bytes;
//   - phones: a "+" written %2B in a query or a form body, the number of a
//     WhatsApp link, and a column header as the cue;
//   - an e-mail written with a space on each side of its @ after an e-mail
//     label;
//   - addresses: a comma or semicolon glued to a word ends the street (CSV,
//     vCard's ADR), two street types in a row ("Gardens Square"), and a
//     Chinese address's building, entrance, floor and flat after its 号;
//   - cards: Diners numbers have 14 or 16-19 digits, never 15, so the Saudi
//     VAT number (15 digits from 300) is no card. (A first rule, a tax or
//     VAT word nearer than a card word keeps a number from being a card,
//     was taken out in review: it left "Card for moms: 4111 1111 1111
//     1111" and "Paid the taxi with ..." unmasked, failing open.)
//
// Four rows of earlier tables wanted a person's name left in place, as no
// rule of their day read it; it is masked now and their wants say so
// (birth_date_test.go's dob column, national_id_test.go's tckn, 姓名 and
// Aadhaar rows).
//
// Final figures: the 132 blind rows with personal data all pass and none
// of the 67 clean rows is masked. The guard rows at the end (19 with
// personal data, 17 clean) were written after and are not in the blind
// figures.
//
// Known misses, left out of the table:
//   - en-IN, "[2026-11-28 10:15:32] msg91 DELIVERED to 919820147385
//     template=OTP_LOGIN": an E.164 number without its "+", as SMS gateways
//     log the MSISDN, with no phone word nearer than the gateway's name
//     (whose digits stop the cue search). A bare run of 11 to 15 digits
//     that starts with a country code is as often an order id, a timestamp
//     in milliseconds or a tracking number; a rule for it would mask many
//     clean texts.
//
// The group is the locale, or "any" for a locale-free paste.
var machinePaste6Cases = []tableCase{
	// --- German -------------------------------------------------------------
	pii("de-DE", Email, "nginx access log with a percent-encoded e-mail in the query",
		`91.64.212.17 - - [28/Nov/2026:09:14:03 +0100] "GET /konto/passwort-vergessen?email=joerg.mueller%40web.de HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
		`<IP_1> - - [28/Nov/2026:09:14:03 +0100] "GET /konto/passwort-vergessen?email=<EMAIL_1> HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`),
	pii("de-DE", Name, "mail headers with a quoted family-name-first display name",
		"From: \"Müller, Jörg\" <j.mueller@t-online.de>\nTo: Sabine Krause <s.krause@logistik-krause.de>\nSubject: Rücksendung Bestellung 4402118\nDate: Fri, 27 Nov 2026 18:02:44 +0100",
		"From: \"<NAME_1>\" <<EMAIL_1>>\nTo: <NAME_2> <<EMAIL_2>>\nSubject: Rücksendung Bestellung 4402118\nDate: Fri, 27 Nov 2026 18:02:44 +0100"),
	pii("de-DE", IBAN, "SEPA credit transfer XML with the creditor's name and IBAN",
		"<Cdtr>\n  <Nm>Katrin Schröder</Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id>\n    <IBAN>DE11700191740029755047</IBAN>\n  </Id>\n</CdtrAcct>\n<RmtInf><Ustrd>Rechnung 2026-0815</Ustrd></RmtInf>",
		"<Cdtr>\n  <Nm><NAME_1></Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id>\n    <IBAN><IBAN_1></IBAN>\n  </Id>\n</CdtrAcct>\n<RmtInf><Ustrd>Rechnung 2026-0815</Ustrd></RmtInf>"),
	pii("de-DE", Secret, ".env with a Postgres DSN and a Stripe live key",
		"APP_ENV=production\nDATABASE_URL=postgres://shop:Kx9vR2mTq7wL@db.intern.example:5432/shop\nSTRIPE_SECRET_KEY=sk_live_NWc0fZ581jIBgb32enswFwTj\nLOG_LEVEL=info",
		"APP_ENV=production\nDATABASE_URL=postgres://shop:<SECRET_1>@db.intern.example:5432/shop\nSTRIPE_SECRET_KEY=<SECRET_2>\nLOG_LEVEL=info"),
	pii("de-DE", Phone, "customer CSV export with German headers",
		"Kundennr;Name;Telefon;E-Mail\n100482;Katrin Schröder;+49 171 4829375;k.schroeder@gmx.de\n100483;Lukas Becker;0151 29483716;lukas.becker@web.de",
		"Kundennr;Name;Telefon;E-Mail\n100482;<NAME_1>;<PHONE_1>;<EMAIL_1>\n100483;<NAME_2>;<PHONE_2>;<EMAIL_2>"),
	pii("de-DE", Phone, "WhatsApp chat export with timestamps",
		"[27.11.26, 18:42:10] Jörg Müller: Kannst du mich unter 0176 48213957 zurückrufen?\n[27.11.26, 18:43:02] Sabine Krause: klar, bis gleich",
		"[27.11.26, 18:42:10] <NAME_1>: Kannst du mich unter <PHONE_1> zurückrufen?\n[27.11.26, 18:43:02] <NAME_2>: klar, bis gleich"),
	pii("de-DE", IBAN, "OCR'd bank letter with the IBAN's blocks run together",
		"Bitte überweisen Sie den Betrag auf\nIBAN: DE117001 9174 00297550 47\nBIC: BYLADEM1001",
		"Bitte überweisen Sie den Betrag auf\nIBAN: <IBAN_1>\nBIC: BYLADEM1001"),
	clean("de-DE", Phone, "build log with a build number, a duration and a checksum",
		"Build #20261128.3 erfolgreich, Dauer 00:04:17, Artefakt app-2.14.0.tar.gz (sha256 3d081f4efad34841fecd21777540fd59fc5f9984f52d0f27aa7931cee1f1c5bf)"),
	clean("de-DE", Phone, "DHL shipment, Amazon order number and a price",
		"Sendungsnummer 00340434161234567890 (DHL), Bestellung 302-4471829-1183342, Betrag 1.234,56 €"),
	clean("de-DE", IBAN, "an IBAN with a wrong check digit in a validator's message",
		"IBAN-Prüfung: DE88 3704 0044 0532 0130 00 ist ungültig (Prüfziffer falsch)"),

	// --- French -------------------------------------------------------------
	pii("fr-FR", Name, "RFC 2047 Q-encoded display name",
		"From: =?iso-8859-1?Q?Fran=E7ois_Lef=E8vre?= <francois.lefevre@orange.fr>\nSubject: =?iso-8859-1?Q?R=E9clamation?=",
		"From: <NAME_1> <<EMAIL_1>>\nSubject: =?iso-8859-1?Q?R=E9clamation?="),
	pii("fr-FR", Phone, "JSON log line with a phone number",
		`{"level":"warn","time":"2026-11-28T08:31:12.442+01:00","msg":"SMS non délivré","destinataire":"+33 6 12 47 85 93","tentative":3}`,
		`{"level":"warn","time":"2026-11-28T08:31:12.442+01:00","msg":"SMS non délivré","destinataire":"<PHONE_1>","tentative":3}`),
	pii("fr-FR", IBAN, "account-holder CSV with French headers",
		"Titulaire;IBAN;BIC\nFrançois Lefèvre;FR45 2004 1368 8139 8491 6515 647;PSSTFRPPPAR",
		"Titulaire;IBAN;BIC\n<NAME_1>;<IBAN_1>;PSSTFRPPPAR"),
	pii("fr-FR", NationalID, "NIR in an application log",
		"2026-11-28 09:02:11,348 ERROR [mutuelle.sync] dossier rejeté : NIR 1 85 03 75 116 042 83, motif=ADRESSE_INCONNUE",
		"2026-11-28 09:02:11,348 ERROR [mutuelle.sync] dossier rejeté : NIR <NATIONAL_ID_1>, motif=ADRESSE_INCONNUE"),
	pii("fr-FR", Secret, "curl with a bearer JWT",
		`curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZW1haWwiOiJrLnNjaG1pZHRAZ214LmRlIiwiaWF0IjoxNzY0MzE4MDAwLCJleHAiOjE3NjQzMjE2MDB9.rW068ofukD0aHnDBzbQkoB-EqHhNETfYbX6WFyo43b0" https://api.boutique.fr/v2/commandes?client=48213`,
		`curl -s -H "Authorization: Bearer <SECRET_1>" https://api.boutique.fr/v2/commandes?client=48213`),
	pii("fr-FR", Address, "vCard with a structured ADR line",
		"BEGIN:VCARD\nVERSION:3.0\nFN:Claire Moreau\nADR;TYPE=home:;;12 rue de la République;Lyon;;69002;France\nTEL;TYPE=cell:+33 6 78 21 45 09\nEND:VCARD",
		"BEGIN:VCARD\nVERSION:3.0\nFN:<NAME_1>\nADR;TYPE=home:;;<ADDRESS_1>;Lyon;;69002;France\nTEL;TYPE=cell:<PHONE_1>\nEND:VCARD"),
	pii("fr-FR", Email, "JSON inside a string with \\u00e9 escapes",
		`payload: "{\"nom\":\"Ren\u00e9e Dupont\",\"email\":\"renee.dupont@orange.fr\",\"tel\":\"+33 6 71 94 28 05\"}\n"`,
		`payload: "{\"nom\":\"<NAME_1>\",\"email\":\"<EMAIL_1>\",\"tel\":\"<PHONE_1>\"}\n"`),
	clean("fr-FR", IBAN, "SIRET, intra-EU VAT number, invoice and a price",
		"SIRET 732 829 320 00074, TVA FR40 303 265 045, facture F-2026-00412 du 28/11/2026, total 1 299,90 € TTC"),
	clean("fr-FR", Phone, "request id and a duration in a log line",
		"2026-11-28T08:31:12.442+01:00 INFO requête 7c9e6679-7425-40de-944b-e07fc1f90ae7 terminée en 1532 ms (HTTP 200)"),

	// --- Spanish ------------------------------------------------------------
	pii("es-ES", NationalID, "SQL INSERT with a DNI",
		"INSERT INTO clientes (nombre, dni, email, telefono) VALUES ('Lucía Fernández García', '48271593K', 'lucia.fernandez@correo.es', '634 918 207');",
		"INSERT INTO clientes (nombre, dni, email, telefono) VALUES ('<NAME_1>', '<NATIONAL_ID_1>', '<EMAIL_1>', '<PHONE_1>');"),
	pii("es-ES", CreditCard, "payment JSON log with a card number",
		`{"evento":"pago_rechazado","tarjeta":"4728354507551673","caducidad":"09/28","importe":"89,90 EUR","motivo":"fondos insuficientes"}`,
		`{"evento":"pago_rechazado","tarjeta":"<CREDIT_CARD_1>","caducidad":"09/28","importe":"89,90 EUR","motivo":"fondos insuficientes"}`),
	pii("es-ES", IBAN, "Markdown table of transfers",
		"| Titular | IBAN | Importe |\n|---|---|---|\n| Javier Ruiz | ES77 0049 1341 0935 7389 8053 | 1.250,00 € |",
		"| Titular | IBAN | Importe |\n|---|---|---|\n| <NAME_1> | <IBAN_1> | 1.250,00 € |"),
	pii("es-ES", Phone, "Asterisk syslog with a SIP URI of a phone number at an IP",
		"Nov 28 10:15:32 pbx01 asterisk[1187]: NOTICE[1203]: chan_sip.c:28012 Registration from '<sip:+34634918207@212.170.33.91>' failed for '212.170.33.91:5060' - Wrong password",
		"Nov 28 10:15:32 pbx01 asterisk[1187]: NOTICE[1203]: chan_sip.c:28012 Registration from '<sip:<PHONE_1>@<IP_1>>' failed for '<IP_1>:5060' - Wrong password"),
	pii("es-ES", Secret, "docker-compose environment with a password",
		"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=tienda\n      - POSTGRES_PASSWORD=Madrid#2026seguro\n    ports:\n      - \"5432:5432\"",
		"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=tienda\n      - POSTGRES_PASSWORD=<SECRET_1>\n    ports:\n      - \"5432:5432\""),
	clean("es-ES", Phone, "order, Correos tracking and a delivery time",
		"Pedido nº 2026-118734, seguimiento Correos PQ4F2A0712845670128001W, entregado el 28/11/2026 a las 10:15"),
	clean("es-ES", NationalID, "company CIF, invoice and VAT amounts",
		"CIF B86317245, factura FV-2026/0412, base imponible 1.032,23 €, IVA 21 % 216,77 €"),

	// --- Brazilian Portuguese -----------------------------------------------
	pii("pt-BR", NationalID, "customer CSV with a CPF",
		"nome,cpf,email,celular\n\"Ana Paula Souza\",529.982.247-25,ana.souza@gmail.com,(11) 97412-3856",
		"nome,cpf,email,celular\n\"<NAME_1>\",<NATIONAL_ID_1>,<EMAIL_1>,<PHONE_1>"),
	pii("pt-BR", CreditCard, "Java log line with an Elo card and its holder",
		`2026-11-28 10:02:44 ERROR PagamentoService - Falha na captura: cartao=6362979254292497 validade=03/29 titular="MARIANA COSTA"`,
		`2026-11-28 10:02:44 ERROR PagamentoService - Falha na captura: cartao=<CREDIT_CARD_1> validade=03/29 titular="<NAME_1>"`),
	pii("pt-BR", Phone, "wa.me link with a prefilled text",
		"Fale com a gente: https://wa.me/5511974123856?text=Ol%C3%A1%2C%20quero%20rastrear%20meu%20pedido",
		"Fale com a gente: https://wa.me/<PHONE_1>?text=Ol%C3%A1%2C%20quero%20rastrear%20meu%20pedido"),
	pii("pt-BR", IBAN, "JSON inside a string with an escaped name and a Brazilian IBAN",
		`mensagem: "{\"favorecido\":\"Jo\u00e3o Pereira\",\"iban\":\"BR8000000000750139380255003C1\",\"valor\":\"R$ 1.299,90\"}"`,
		`mensagem: "{\"favorecido\":\"<NAME_1>\",\"iban\":\"<IBAN_1>\",\"valor\":\"R$ 1.299,90\"}"`),
	pii("pt-BR", Secret, "Spring application.properties with a datasource password",
		"spring.datasource.url=jdbc:postgresql://db.loja.com.br:5432/loja\nspring.datasource.username=loja_app\nspring.datasource.password=Rio@Verao2026\nserver.port=8443",
		"spring.datasource.url=jdbc:postgresql://db.loja.com.br:5432/loja\nspring.datasource.username=loja_app\nspring.datasource.password=<SECRET_1>\nserver.port=8443"),
	clean("pt-BR", NationalID, "CNPJ, NF-e number, amount and due date",
		"CNPJ 11.222.333/0001-81, NF-e nº 000.012.341 série 1, valor R$ 1.299,90, vencimento 10/12/2026"),
	clean("pt-BR", Phone, "Correios tracking code and a CEP",
		"Rastreio Correios: QB482917365BR, CEP 01310-100, prazo 5 dias úteis"),

	// --- Italian ------------------------------------------------------------
	pii("it-IT", Email, "Java stack trace with an e-mail in the message",
		"java.lang.IllegalStateException: Utente già registrato: marco.rossi@libero.it\n\tat it.negozio.account.RegistrazioneService.registra(RegistrazioneService.java:87)\n\tat it.negozio.account.RegistrazioneController.post(RegistrazioneController.java:42)",
		"java.lang.IllegalStateException: Utente già registrato: <EMAIL_1>\n\tat it.negozio.account.RegistrazioneService.registra(RegistrazioneService.java:87)\n\tat it.negozio.account.RegistrazioneController.post(RegistrazioneController.java:42)"),
	pii("it-IT", NationalID, "JSON with a codice fiscale and a mobile",
		`{"cliente":{"nome":"Marco Rossi","codice_fiscale":"RSSMRC85C15H501T","cellulare":"+39 347 812 5609"}}`,
		`{"cliente":{"nome":"<NAME_1>","codice_fiscale":"<NATIONAL_ID_1>","cellulare":"<PHONE_1>"}}`),
	pii("it-IT", IBAN, "SEPA transfer notice with beneficiary and IBAN",
		"Bonifico SEPA\nBeneficiario: Giulia Bianchi\nIBAN: IT70 K030 6996 4591 1883 1944 367\nCausale: affitto dicembre",
		"Bonifico SEPA\nBeneficiario: <NAME_1>\nIBAN: <IBAN_1>\nCausale: affitto dicembre"),
	pii("it-IT", Phone, "tel: link in HTML",
		`<p>Assistenza: <a href="tel:+390648217395">Chiamaci</a> dal lunedì al venerdì</p>`,
		`<p>Assistenza: <a href="tel:<PHONE_1>">Chiamaci</a> dal lunedì al venerdì</p>`),
	pii("it-IT", Secret, "git remote URL with a GitLab token",
		"git remote set-url origin https://oauth2:glpat-uAaJtyE_2S_0LaX1tGTV@gitlab.com/negozio/app.git",
		"git remote set-url origin https://oauth2:<SECRET_1>@gitlab.com/negozio/app.git"),
	clean("it-IT", NationalID, "partita IVA, invoice and total",
		"P.IVA IT04829173659, fattura n. 2026/00412 del 28/11/2026, totale € 1.220,00 (IVA 22%)"),
	clean("it-IT", Phone, "BRT shipment and a pickup window",
		"Spedizione BRT 068048291736501, ritiro entro 3 giorni lavorativi, orario 9:00-18:00"),

	// --- Dutch --------------------------------------------------------------
	pii("nl-NL", NationalID, "BSN in an application log",
		"2026-11-28 09:12:44 WARN  [toeslagen-sync] BSN 538210746 niet gevonden in BRP, verzoek 7f3e9a1c",
		"2026-11-28 09:12:44 WARN  [toeslagen-sync] BSN <NATIONAL_ID_1> niet gevonden in BRP, verzoek 7f3e9a1c"),
	pii("nl-NL", Phone, "Markdown contact table",
		"| Naam | E-mail | Telefoon |\n|---|---|---|\n| Jan de Vries | jan.devries@ziggo.nl | 06-41829375 |",
		"| Naam | E-mail | Telefoon |\n|---|---|---|\n| <NAME_1> | <EMAIL_1> | <PHONE_1> |"),
	pii("nl-NL", IBAN, "MT940 :86: line with an IBAN and a name",
		":86:/TRTP/SEPA OVERBOEKING/IBAN/NL35RABO3293803205/BIC/RABONL2U/NAME/P DE BOER/REMI/Factuur 2026-118/",
		":86:/TRTP/SEPA OVERBOEKING/IBAN/<IBAN_1>/BIC/RABONL2U/NAME/<NAME_1>/REMI/Factuur 2026-118/"),
	pii("nl-NL", IP, "HAProxy log with a bracketed IPv6 client",
		`Nov 28 10:15:32 lb1 haproxy[812]: [2a02:a46d:3f1e:1:7c91:5d2e:aa04:19bf]:51544 [28/Nov/2026:10:15:32.118] https~ web/web2 0/0/1/14/15 200 1872 - - ---- 12/12/0/0/0 0/0 "GET /mijn-account HTTP/1.1"`,
		`Nov 28 10:15:32 lb1 haproxy[812]: [<IP_1>]:51544 [28/Nov/2026:10:15:32.118] https~ web/web2 0/0/1/14/15 200 1872 - - ---- 12/12/0/0/0 0/0 "GET /mijn-account HTTP/1.1"`),
	pii("nl-NL", Secret, "Kubernetes Secret with a base64 password",
		"apiVersion: v1\nkind: Secret\nmetadata:\n  name: webshop-db\ntype: Opaque\ndata:\n  username: d2Vic2hvcA==\n  password: UzNjcjN0LVBAc3N3MHJkIQ==",
		"apiVersion: v1\nkind: Secret\nmetadata:\n  name: webshop-db\ntype: Opaque\ndata:\n  username: d2Vic2hvcA==\n  password: <SECRET_1>"),
	clean("nl-NL", NationalID, "KvK number, VAT id, invoice",
		"KvK-nummer 34128732, btw-id NL859012345B01, factuur 2026-0412, totaal € 1.210,00"),
	clean("nl-NL", Phone, "PostNL track and trace and a time window",
		"Track & trace: 3SDEVC4829173 (PostNL), bezorging tussen 14:00 en 16:30"),

	// --- Polish -------------------------------------------------------------
	pii("pl-PL", NationalID, "CSV with a PESEL",
		"imię i nazwisko;PESEL;telefon\nAnna Kowalska;85031512344;+48 601 482 739",
		"imię i nazwisko;PESEL;telefon\n<NAME_1>;<NATIONAL_ID_1>;<PHONE_1>"),
	pii("pl-PL", Email, "checkout URL with a percent-encoded e-mail and phone",
		"https://sklep.przyklad.pl/zamowienie?email=anna.kowalska%40wp.pl&telefon=%2B48601482739&koszyk=8812",
		"https://sklep.przyklad.pl/zamowienie?email=<EMAIL_1>&telefon=<PHONE_1>&koszyk=8812"),
	pii("pl-PL", IBAN, "transfer confirmation with the account and the recipient",
		"Przelew z rachunku PL78 1140 8994 5686 4270 2696 1731, tytuł: FV/2026/11/0412, odbiorca: Tomasz Wiśniewski",
		"Przelew z rachunku <IBAN_1>, tytuł: FV/2026/11/0412, odbiorca: <NAME_1>"),
	pii("pl-PL", Phone, "vCard 4.0",
		"BEGIN:VCARD\nVERSION:4.0\nFN:Ewa Nowak\nTEL;TYPE=cell:+48 512 847 390\nEMAIL;TYPE=work:ewa.nowak@onet.pl\nEND:VCARD",
		"BEGIN:VCARD\nVERSION:4.0\nFN:<NAME_1>\nTEL;TYPE=cell:<PHONE_1>\nEMAIL;TYPE=work:<EMAIL_1>\nEND:VCARD"),
	pii("pl-PL", Secret, "CI log with a GitHub token in a clone URL",
		"Błąd: nie można sklonować repozytorium\n+ git clone https://x-access-token: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@github.com/sklep/backend.git",
		"Błąd: nie można sklonować repozytorium\n+ git clone https://x-access-token:<SECRET_1>@github.com/sklep/backend.git"),
	pii("pl-PL", IP, "nginx JSON log with a compressed IPv6",
		`{"time":"2026-11-28T10:15:32+01:00","remote_addr":"2a02:a311:813f::1c4","request":"GET /koszyk HTTP/2.0","status":200,"request_time":0.014}`,
		`{"time":"2026-11-28T10:15:32+01:00","remote_addr":"<IP_1>","request":"GET /koszyk HTTP/2.0","status":200,"request_time":0.014}`),
	clean("pl-PL", NationalID, "NIP, invoice and an amount",
		"NIP: 526-025-02-74, faktura FV/2026/11/0412, do zapłaty 1 234,56 zł"),
	clean("pl-PL", Phone, "InPost parcel number",
		"Numer przesyłki InPost: 682749103845720193847561, paczkomat KRA01M"),

	// --- Swedish ------------------------------------------------------------
	pii("sv-SE", NationalID, "JSON log with a twelve-digit personnummer",
		`{"ts":"2026-11-28T09:14:03Z","level":"error","msg":"BankID-signering misslyckades","personnummer":"19850315-1238","orsak":"userCancel"}`,
		`{"ts":"2026-11-28T09:14:03Z","level":"error","msg":"BankID-signering misslyckades","personnummer":"<NATIONAL_ID_1>","orsak":"userCancel"}`),
	pii("sv-SE", Name, "git log author line",
		"commit c80804ffc294b97d4d0136d4cd2c4c194b1dbc4b\nAuthor: Lars Andersson <lars.andersson@telia.se>\nDate:   Fri Nov 27 14:02:11 2026 +0100\n\n    Rätta momsberäkningen i kassan",
		"commit c80804ffc294b97d4d0136d4cd2c4c194b1dbc4b\nAuthor: <NAME_1> <<EMAIL_1>>\nDate:   Fri Nov 27 14:02:11 2026 +0100\n\n    Rätta momsberäkningen i kassan"),
	pii("sv-SE", IBAN, "payee and IBAN",
		"Betalningsmottagare: Karin Lindqvist\nIBAN: SE69 8000 9776 1867 4613 4772\nBIC: SWEDSESS",
		"Betalningsmottagare: <NAME_1>\nIBAN: <IBAN_1>\nBIC: SWEDSESS"),
	pii("sv-SE", Phone, "TSV export with Swedish headers",
		"namn\ttelefon\tort\nKarin Lindqvist\t070-482 17 93\tGöteborg",
		"namn\ttelefon\tort\n<NAME_1>\t<PHONE_1>\tGöteborg"),
	pii("sv-SE", Secret, "git credential store line",
		"~/.git-credentials:\nhttps://oauth: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@github.com",
		"~/.git-credentials:\nhttps://oauth:<SECRET_1>@github.com"),
	clean("sv-SE", NationalID, "organisationsnummer, OCR reference and an amount",
		"Organisationsnummer 556036-0793, OCR-nummer 4021873410, att betala 1 234,50 kr"),
	clean("sv-SE", IP, "four-part version number",
		"Version 4.2.0.115 släppt 2026-11-28, ändringslogg: #4471"),

	// --- Japanese -----------------------------------------------------------
	pii("ja-JP", Name, "RFC 2047 B-encoded display name",
		"From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro.yamada@example.jp>\nDate: Sat, 28 Nov 2026 09:14:03 +0900",
		"From: <NAME_1> <<EMAIL_1>>\nDate: Sat, 28 Nov 2026 09:14:03 +0900"),
	pii("ja-JP", Phone, "LINE chat export",
		"2026/11/28(土)\n09:14\t田中花子\t明日の件、090-4812-7395に電話ください\n09:16\t佐藤健\t了解です",
		"2026/11/28(土)\n09:14\t<NAME_1>\t明日の件、<PHONE_1>に電話ください\n09:16\t<NAME_2>\t了解です"),
	pii("ja-JP", Address, "CSV with Japanese headers and an address",
		"氏名,郵便番号,住所,電話番号\n鈴木一郎,155-0031,東京都世田谷区北沢3-24-7,03-3467-8291",
		"氏名,郵便番号,住所,電話番号\n<NAME_1>,155-0031,<ADDRESS_1>,<PHONE_1>"),
	pii("ja-JP", NationalID, "Python traceback with a My Number",
		"Traceback (most recent call last):\n  File \"/app/kyc.py\", line 88, in verify\n    raise ValueError(f\"マイナンバーの照合に失敗しました: {number}\")\nValueError: マイナンバーの照合に失敗しました: 4185 7293 6010",
		"Traceback (most recent call last):\n  File \"/app/kyc.py\", line 88, in verify\n    raise ValueError(f\"マイナンバーの照合に失敗しました: {number}\")\nValueError: マイナンバーの照合に失敗しました: <NATIONAL_ID_1>"),
	pii("ja-JP", CreditCard, "payment CSV with a JCB card",
		"決済ID,カード番号,有効期限,金額\nPAY-20261128-0042,3528321906334971,11/29,¥12,800",
		"決済ID,カード番号,有効期限,金額\nPAY-20261128-0042,<CREDIT_CARD_1>,11/29,¥12,800"),
	clean("ja-JP", Phone, "order number, delivery date and total",
		"注文番号: 250-4829173-6501842, 配送予定: 2026年11月30日, 合計: ¥12,800 (税込)"),
	clean("ja-JP", Phone, "ISBN, price and a port",
		"書籍 ISBN 978-4-06-519981-7、価格 ¥1,980。サーバーはポート 8443 で待ち受け、タイムアウト 30000 ms"),

	// --- Chinese ------------------------------------------------------------
	pii("zh-CN", NationalID, "JSON log with a resident id and a mobile",
		`{"level":"ERROR","time":"2026-11-28 10:15:32","msg":"实名认证失败","姓名":"张伟","身份证号":"110105198503152348","手机号":"13917482563"}`,
		`{"level":"ERROR","time":"2026-11-28 10:15:32","msg":"实名认证失败","姓名":"<NAME_1>","身份证号":"<NATIONAL_ID_1>","手机号":"<PHONE_1>"}`),
	pii("zh-CN", IP, "nginx error log with a client IP and an encoded e-mail",
		`2026/11/28 10:15:32 [error] 2214#2214: *8812 upstream timed out (110: Connection timed out), client: 117.136.41.58, server: shop.example.cn, request: "POST /login?user=wangfang1988%40163.com HTTP/1.1"`,
		`2026/11/28 10:15:32 [error] 2214#2214: *8812 upstream timed out (110: Connection timed out), client: <IP_1>, server: shop.example.cn, request: "POST /login?user=<EMAIL_1> HTTP/1.1"`),
	pii("zh-CN", CreditCard, "payment callback with a 19-digit UnionPay card",
		`支付回调: {"order_no":"20261128101532884213","bank_card":"6217294192251227165","amount":"299.00"}`,
		`支付回调: {"order_no":"20261128101532884213","bank_card":"<CREDIT_CARD_1>","amount":"299.00"}`),
	pii("zh-CN", Address, "delivery label with name, phone and address",
		"收货人: 李娜\n联系电话: 186 2198 4573\n收货地址: 上海市浦东新区世纪大道1500号3栋1202室",
		"收货人: <NAME_1>\n联系电话: <PHONE_1>\n收货地址: <ADDRESS_1>"),
	pii("zh-CN", Secret, ".env with an OpenAI project key and a Chinese comment",
		"# 生产环境密钥，勿提交\nOPENAI_API_KEY=sk-proj-rE3C4qQLAAIjd24DIL0OuHSny0DrNxNmJA4luSa8AIJoxOqI\nMODEL=gpt-4o-mini",
		"# 生产环境密钥，勿提交\nOPENAI_API_KEY=<SECRET_1>\nMODEL=gpt-4o-mini"),
	clean("zh-CN", Phone, "version, build, commit and a duration",
		"版本 v2.14.0 构建号 20261128.3，提交 4b825dc642cb6eb9a060e54bf8d69288fbee4904，耗时 3分12秒"),
	clean("zh-CN", NationalID, "unified social credit code and a SF tracking number",
		"统一社会信用代码 91350100M000100Y43，顺丰单号 SF1402874913625，订单金额 ¥299.00"),

	// --- Korean -------------------------------------------------------------
	pii("ko-KR", NationalID, "SQL INSERT with a resident registration number",
		"INSERT INTO members (name, rrn, phone) VALUES ('김민준', '850315-1482732', '010-4827-1935');",
		"INSERT INTO members (name, rrn, phone) VALUES ('<NAME_1>', '<NATIONAL_ID_1>', '<PHONE_1>');"),
	pii("ko-KR", Email, "Apache access log with an encoded e-mail",
		`211.234.92.17 - - [28/Nov/2026:10:15:32 +0900] "GET /unsubscribe?to=minji.park%40naver.com HTTP/1.1" 200 412 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"`,
		`<IP_1> - - [28/Nov/2026:10:15:32 +0900] "GET /unsubscribe?to=<EMAIL_1> HTTP/1.1" 200 412 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"`),
	pii("ko-KR", Phone, "KakaoTalk chat export",
		"2026년 11월 28일 오전 9:14, 박지훈 : 제 번호는 010-7391-4826 입니다",
		"2026년 11월 28일 오전 9:14, <NAME_1> : 제 번호는 <PHONE_1> 입니다"),
	pii("ko-KR", CreditCard, "card number with hyphens",
		"카드번호: 5520-8570-8614-0624, 유효기간: 08/28, 할부: 일시불",
		"카드번호: <CREDIT_CARD_1>, 유효기간: 08/28, 할부: 일시불"),
	pii("ko-KR", Address, "road-name address",
		"배송지: 서울특별시 강남구 테헤란로 152, 12층",
		"배송지: <ADDRESS_1>, 12층"),
	clean("ko-KR", Phone, "business registration number, order and amount",
		"사업자등록번호 220-81-62517, 주문번호 2026112810153288, 결제금액 ₩39,000"),
	clean("ko-KR", Phone, "build number, duration and port",
		"빌드 #4471 완료 (소요 시간 00:03:12), 포트 8080, 응답 시간 1532ms"),

	// --- Russian ------------------------------------------------------------
	pii("ru-RU", NationalID, "HR export with СНИЛС and ИНН",
		"Сотрудник;СНИЛС;ИНН\nИванов Сергей Петрович;157-948-273 25;771948273621",
		"Сотрудник;СНИЛС;ИНН\n<NAME_1>;<NATIONAL_ID_1>;<NATIONAL_ID_2>"),
	pii("ru-RU", Phone, "Python log line with a Russian mobile",
		"2026-11-28 10:15:32,118 WARNING sms.gateway: не удалось доставить SMS на +7 (916) 482-17-39: timeout",
		"2026-11-28 10:15:32,118 WARNING sms.gateway: не удалось доставить SMS на <PHONE_1>: timeout"),
	pii("ru-RU", CreditCard, "JSON payment with a Mir card and its holder",
		`{"payment":{"card_number":"2202463679681025","holder":"SERGEY IVANOV","exp":"07/29"}}`,
		`{"payment":{"card_number":"<CREDIT_CARD_1>","holder":"<NAME_1>","exp":"07/29"}}`),
	pii("ru-RU", Email, "mailto link with an encoded subject",
		`<a href="mailto:s.ivanov@yandex.ru?subject=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7">Написать</a>`,
		`<a href="mailto:<EMAIL_1>?subject=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7">Написать</a>`),
	pii("ru-RU", IP, "sshd failed password in syslog",
		"Nov 28 10:15:32 vps-msk sshd[2214]: Failed password for invalid user admin from 95.165.14.203 port 51234 ssh2",
		"Nov 28 10:15:32 vps-msk sshd[2214]: Failed password for invalid user admin from <IP_1> port 51234 ssh2"),
	clean("ru-RU", NationalID, "company ИНН, КПП and ОГРН",
		"ИНН 7707083893, КПП 773601001, ОГРН 1027700132195"),
	clean("ru-RU", Phone, "order, Russian Post tracking and an amount",
		"Заказ № 2026-118734 от 28.11.2026, трек-номер 80082345123456, сумма 4 590,00 ₽"),

	// --- Ukrainian ----------------------------------------------------------
	pii("uk-UA", NationalID, "РНОКПП and ПІБ",
		"РНОКПП: 3184059279, ПІБ: Шевченко Олена Іванівна",
		"РНОКПП: <NATIONAL_ID_1>, ПІБ: <NAME_1>"),
	pii("uk-UA", IBAN, "payment order with a ФОП recipient",
		"Отримувач: ФОП Коваленко Андрій\nIBAN: UA06 3052 9977 8479 1454 5018 4447 6\nПризначення: оплата за рахунком №412",
		"Отримувач: ФОП <NAME_1>\nIBAN: <IBAN_1>\nПризначення: оплата за рахунком №412"),
	pii("uk-UA", Phone, "Telegram export JSON",
		`{"from":"Олена Шевченко","date":"2026-11-28T09:14:03","text":"Мій номер +380 67 482 17 39"}`,
		`{"from":"<NAME_1>","date":"2026-11-28T09:14:03","text":"Мій номер <PHONE_1>"}`),
	pii("uk-UA", Secret, "SMTP config in YAML",
		"smtp:\n  host: smtp.ukr.net\n  port: 465\n  username: o.shevchenko@ukr.net\n  password: \"Kyiv#Zyma2026\"",
		"smtp:\n  host: smtp.ukr.net\n  port: 465\n  username: <EMAIL_1>\n  password: \"<SECRET_1>\""),
	pii("uk-UA", IP, "X-Forwarded-For and X-Real-IP with the same address",
		"X-Forwarded-For: 93.72.184.15\nX-Real-IP: 93.72.184.15\nAccept-Language: uk-UA,uk;q=0.9",
		"X-Forwarded-For: <IP_1>\nX-Real-IP: <IP_1>\nAccept-Language: uk-UA,uk;q=0.9"),
	clean("uk-UA", NationalID, "ЄДРПОУ code, invoice and amount",
		"Код ЄДРПОУ 14360570, рахунок-фактура № 412 від 28.11.2026, сума 12 480,00 грн"),
	clean("uk-UA", Phone, "Nova Poshta tracking number",
		"Трек-номер Нової пошти: 20450823917364, вага 1,2 кг, доставка 1-2 дні"),

	// --- Turkish ------------------------------------------------------------
	pii("tr-TR", NationalID, "TCKN in an application log",
		"2026-11-28 10:15:32 ERROR KimlikDogrulama - TCKN 38510472932 için MERNİS doğrulaması başarısız",
		"2026-11-28 10:15:32 ERROR KimlikDogrulama - TCKN <NATIONAL_ID_1> için MERNİS doğrulaması başarısız"),
	pii("tr-TR", IBAN, "recipient and IBAN",
		"Alıcı: Mehmet Yılmaz\nIBAN: TR92 0006 2000 8149 5348 7584 66\nAçıklama: Kasım kirası",
		"Alıcı: <NAME_1>\nIBAN: <IBAN_1>\nAçıklama: Kasım kirası"),
	pii("tr-TR", Phone, "CSV with Turkish headers",
		"Ad Soyad,Telefon,E-posta\nAyşe Demir,0532 481 27 39,ayse.demir@hotmail.com",
		"Ad Soyad,Telefon,E-posta\n<NAME_1>,<PHONE_1>,<EMAIL_1>"),
	pii("tr-TR", CreditCard, "Troy card with its expiry",
		"Kart No: 9792 8573 8299 0071 SKT: 04/28",
		"Kart No: <CREDIT_CARD_1> SKT: 04/28"),
	pii("tr-TR", Secret, "curl with a SendGrid key",
		`curl -X POST https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer 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" -H "Content-Type: application/json"`,
		`curl -X POST https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer <SECRET_1>" -H "Content-Type: application/json"`),
	clean("tr-TR", NationalID, "VKN, e-invoice number and amount",
		"VKN 4840847211, fatura no GIB2026000000412, tutar 1.234,56 TL"),
	clean("tr-TR", Phone, "UPS tracking number",
		"Kargo takip no: 1Z999AA10123456784 (UPS), teslimat 2-3 iş günü"),

	// --- Arabic -------------------------------------------------------------
	pii("ar-SA", IBAN, "beneficiary and IBAN",
		"المستفيد: محمد العتيبي\nرقم الآيبان: SA76 1097 4977 7267 4755 2969",
		"المستفيد: <NAME_1>\nرقم الآيبان: <IBAN_1>"),
	pii("ar-SA", Phone, "JSON log with a Saudi mobile",
		`{"level":"info","msg":"تم إرسال رمز التحقق","to":"+966 55 481 2739"}`,
		`{"level":"info","msg":"تم إرسال رمز التحقق","to":"<PHONE_1>"}`),
	pii("ar-SA", NationalID, "Saudi national id in a form",
		"رقم الهوية الوطنية: 1048271934\nتاريخ الانتهاء: 1450/03/15",
		"رقم الهوية الوطنية: <NATIONAL_ID_1>\nتاريخ الانتهاء: 1450/03/15"),
	pii("ar-SA", Email, "Arabic From header with a quoted name",
		"من: \"فاطمة الزهراني\" <fatima.zahrani@gmail.com>\nالموضوع: استرجاع طلب",
		"من: \"<NAME_1>\" <<EMAIL_1>>\nالموضوع: استرجاع طلب"),
	pii("ar-SA", CreditCard, "mada card",
		"بطاقة مدى: 4464 0445 3331 4786",
		"بطاقة مدى: <CREDIT_CARD_1>"),
	clean("ar-SA", CreditCard, "VAT number, invoice and amount",
		"الرقم الضريبي: 300012345600003، رقم الفاتورة: INV-2026-0412، المبلغ: 1,150.00 ر.س"),
	clean("ar-SA", NationalID, "order number and a delivery estimate",
		"رقم الطلب: 2611280412، مدة التوصيل: 3-5 أيام"),

	// --- Hindi --------------------------------------------------------------
	pii("hi-IN", NationalID, "Aadhaar in an eKYC log",
		"2026-11-28 10:15:32 INFO ekyc: OTP भेजा गया, आधार: 2749 1836 5027, स्थिति: PENDING",
		"2026-11-28 10:15:32 INFO ekyc: OTP भेजा गया, आधार: <NATIONAL_ID_1>, स्थिति: PENDING"),
	pii("hi-IN", Phone, "Twilio exception with an Indian mobile",
		"twilio.base.exceptions.TwilioRestException: Unable to create record: The 'To' number +91 98201 47385 is not a valid phone number.",
		"twilio.base.exceptions.TwilioRestException: Unable to create record: The 'To' number <PHONE_1> is not a valid phone number."),
	pii("hi-IN", Email, "CSV with Hindi headers",
		"नाम,ईमेल,मोबाइल\nराहुल शर्मा,rahul.sharma@gmail.com,+91 99204 81736",
		"नाम,ईमेल,मोबाइल\n<NAME_1>,<EMAIL_1>,<PHONE_1>"),
	pii("hi-IN", CreditCard, "RuPay card",
		"कार्ड नंबर: 6521 5758 4742 8487, समाप्ति: 12/28",
		"कार्ड नंबर: <CREDIT_CARD_1>, समाप्ति: 12/28"),
	pii("hi-IN", Secret, ".env with a Google Maps key",
		"# प्रोडक्शन\nGOOGLE_MAPS_API_KEY=AIzaOKz_90IsT-upEhb5d8tHObYvJMr44nQh9Pp\nDEFAULT_CITY=Mumbai",
		"# प्रोडक्शन\nGOOGLE_MAPS_API_KEY=<SECRET_1>\nDEFAULT_CITY=Mumbai"),
	clean("hi-IN", NationalID, "GSTIN, invoice and amount",
		"GSTIN 27AAPFU0939F1ZV, चालान सं. INV/2026/0412, राशि ₹1,18,000.00"),
	clean("hi-IN", Phone, "IFSC code and a branch",
		"IFSC HDFC0001234, शाखा: मुंबई, खाता प्रकार: चालू"),

	// --- Indian English -----------------------------------------------------
	pii("en-IN", NationalID, "KYC JSON with a PAN and a date of birth",
		`{"pan":"BNZPM2501F","name":"Priya Nair","dob":"1992-07-08"}`,
		`{"pan":"<NATIONAL_ID_1>","name":"<NAME_1>","dob":"<DATE_OF_BIRTH_1>"}`),
	pii("en-IN", Email, "git config user section",
		"[user]\n\tname = Priya Nair\n\temail = priya.nair92@gmail.com\n[core]\n\tautocrlf = input",
		"[user]\n\tname = <NAME_1>\n\temail = <EMAIL_1>\n[core]\n\tautocrlf = input"),
	pii("en-IN", Address, "Shopify export with a road address",
		"Name,Address1,City,Zip\nRohan Mehta,221 MG Road,Bengaluru,560001",
		"Name,Address1,City,Zip\n<NAME_1>,<ADDRESS_1>,Bengaluru,560001"),
	clean("en-IN", NationalID, "masked Aadhaar and a reference number",
		"Aadhaar: XXXX XXXX 5028 (masked), UIDAI ref 2026112810153288"),
	clean("en-IN", Phone, "Flipkart order and a Delhivery AWB",
		"Order #OD428917365012 shipped via Delhivery AWB 1459872360418, ETA 2 days"),

	// --- US English ---------------------------------------------------------
	pii("en-US", SSN, "payroll CSV with an SSN",
		"employee_id,name,ssn,hire_date\nE-10482,Michael Johnson,512-48-7391,2019-04-15",
		"employee_id,name,ssn,hire_date\nE-10482,<NAME_1>,<SSN_1>,2019-04-15"),
	pii("en-US", SSN, "JSON log with an SSN",
		`{"level":"error","msg":"W-2 generation failed","employee":{"ssn":"423-91-5702","state":"OH"}}`,
		`{"level":"error","msg":"W-2 generation failed","employee":{"ssn":"<SSN_1>","state":"OH"}}`),
	pii("en-US", Phone, "Twilio inbound webhook form body",
		"POST /sms/inbound HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nFrom=%2B13125984721&To=%2B18449912304&Body=STOP",
		"POST /sms/inbound HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nFrom=<PHONE_1>&To=<PHONE_2>&Body=STOP"),
	pii("en-US", CreditCard, "charge log with an unmasked card",
		"2026-11-28T15:15:32Z ERROR charge failed card=4525081250622642 exp=11/27 cvc=*** amount=129.99 USD",
		"2026-11-28T15:15:32Z ERROR charge failed card=<CREDIT_CARD_1> exp=11/27 cvc=*** amount=129.99 USD"),
	pii("en-US", Secret, "HTTP request with Basic auth and an IPv6 X-Forwarded-For",
		"GET /api/v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Basic am11ZWxsZXI6U29tbWVyMjAyNCE=\nX-Forwarded-For: 2600:1700:5a20:8c10:d4e1:7b3f:9a02:c6e5\nUser-Agent: curl/8.5.0",
		"GET /api/v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Basic <SECRET_1>\nX-Forwarded-For: <IP_1>\nUser-Agent: curl/8.5.0"),
	pii("en-US", Secret, "AWS credentials file",
		"[default]\naws_access_key_id = AKIATOOR6XNDMOFEFGXH\naws_secret_access_key = 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\nregion = us-east-1",
		"[default]\naws_access_key_id = <SECRET_1>\naws_secret_access_key = <SECRET_2>\nregion = us-east-1"),
	pii("en-US", Address, "order export with a street address",
		"Name,Address1,City,Province,Zip\nEmily Carter,742 Maple Avenue,Springfield,IL,62704",
		"Name,Address1,City,Province,Zip\n<NAME_1>,<ADDRESS_1>,Springfield,IL,62704"),
	pii("en-US", Secret, "Cookie header with a session id",
		"Cookie: lang=en-US; sessionid=58127bea87870866a9ca9f30dd8f84f9; theme=dark",
		"Cookie: lang=en-US; sessionid=<SECRET_1>; theme=dark"),
	clean("en-US", CreditCard, "masked card, auth code and a charge id",
		"card ending in 4242 (**** **** **** 4242), exp 12/27, auth code 0A12F9, charge ch_3QK8sL2eZvKYlo2C0x9pTqRw"),
	clean("en-US", SSN, "SSN-shaped ticket number with an area that is never issued",
		"Ticket 666-40-2215 closed; see also part 900-12-4471"),
	clean("en-US", Phone, "EIN, UPS tracking and a ZIP+4",
		"EIN 94-3172805, UPS 1Z999AA10123456784, ZIP 94105-1804"),
	clean("en-US", Phone, "versions, a timestamp, a duration and a pid",
		"nginx/1.25.3 openssl/3.0.13 2026-11-28T15:15:32.118Z took 1532ms pid=2214 worker=3"),

	// --- British English ----------------------------------------------------
	pii("en-GB", NationalID, "payroll CSV with an NI number",
		"Employee,NI number,Tax code\nOliver Smith,JL482719C,1257L",
		"Employee,NI number,Tax code\n<NAME_1>,<NATIONAL_ID_1>,1257L"),
	pii("en-GB", Phone, "SMS failure in an application log",
		"2026-11-28 10:15:32 WARNING [orders] SMS to 07911 483726 failed: 21211 Invalid 'To' Phone Number",
		"2026-11-28 10:15:32 WARNING [orders] SMS to <PHONE_1> failed: 21211 Invalid 'To' Phone Number"),
	pii("en-GB", IBAN, "payee CSV with an IBAN",
		"Payee,IBAN,Reference\nHannah Wright,GB86 BARC 2045 6724 8097 02,INV-2026-118",
		"Payee,IBAN,Reference\n<NAME_1>,<IBAN_1>,INV-2026-118"),
	pii("en-GB", Address, "delivery address with a postcode",
		"Delivery address: 14 Kensington Gardens Square, London W2 4BH",
		"Delivery address: <ADDRESS_1>, London W2 4BH"),
	pii("en-GB", Email, "Outlook From header without quotes",
		"From: Smith, Oliver <oliver.smith@btinternet.com>\nSent: 27 November 2026 18:02",
		"From: <NAME_1> <<EMAIL_1>>\nSent: 27 November 2026 18:02"),
	clean("en-GB", Phone, "Companies House number, VAT number, invoice and total",
		"Companies House no. 04827193, VAT reg GB 284 7193 52, invoice INV-2026-0412, total £1,234.56"),
	clean("en-GB", Phone, "Royal Mail tracking",
		"Royal Mail tracking RN284719365GB, delivered 28/11/2026 10:15"),

	// --- Czech --------------------------------------------------------------
	pii("cs-CZ", NationalID, "insurance record with a rodné číslo",
		"Pojištěnec: Jan Novák, rodné číslo 850315/1239, pojišťovna 111",
		"Pojištěnec: <NAME_1>, rodné číslo <NATIONAL_ID_1>, pojišťovna 111"),
	pii("cs-CZ", IBAN, "SEPA direct debit XML with the debtor",
		"<Dbtr><Nm>Petra Svobodová</Nm></Dbtr><DbtrAcct><Id><IBAN>CZ1503000991557903249068</IBAN></Id></DbtrAcct>",
		"<Dbtr><Nm><NAME_1></Nm></Dbtr><DbtrAcct><Id><IBAN><IBAN_1></IBAN></Id></DbtrAcct>"),
	pii("cs-CZ", Email, "mailto and tel links",
		`Kontakt: <a href="mailto:petra.svobodova@seznam.cz">e-mail</a>, <a href="tel:+420603482719">zavolejte</a>`,
		`Kontakt: <a href="mailto:<EMAIL_1>">e-mail</a>, <a href="tel:<PHONE_1>">zavolejte</a>`),
	pii("cs-CZ", Email, "OCR'd form with spaces around the at sign",
		"Telefon : 603 482 719  E-mail : petra.svobodova @ seznam.cz",
		"Telefon : <PHONE_1>  E-mail : <EMAIL_1>"),
	pii("cs-CZ", Secret, "TOML with a MySQL DSN",
		"[database]\nurl = \"mysql://eshop:Praha-Zima-2026@db.eshop.cz:3306/eshop\"\npool = 10",
		"[database]\nurl = \"mysql://eshop:<SECRET_1>@db.eshop.cz:3306/eshop\"\npool = 10"),
	clean("cs-CZ", NationalID, "IČO, DIČ, invoice and variable symbol",
		"IČO 27082440, DIČ CZ27082440, faktura č. 2026110412, VS 2026110412, částka 12 480,00 Kč"),
	clean("cs-CZ", Phone, "Zásilkovna parcel and a weight",
		"Zásilkovna Z 482 9173 651, hmotnost 1,2 kg"),

	// --- Greek --------------------------------------------------------------
	pii("el-GR", NationalID, "AMKA with the insured person",
		"Ασφαλισμένος: Γιώργος Παπαδόπουλος, ΑΜΚΑ 15038501233",
		"Ασφαλισμένος: <NAME_1>, ΑΜΚΑ <NATIONAL_ID_1>"),
	pii("el-GR", IBAN, "beneficiary and IBAN",
		"Δικαιούχος: Μαρία Νικολάου\nIBAN: GR12 0172 7173 1552 3952 0110 771",
		"Δικαιούχος: <NAME_1>\nIBAN: <IBAN_1>"),
	pii("el-GR", Phone, "JSON log with a Greek mobile",
		`{"lvl":"error","msg":"Αποτυχία αποστολής SMS","to":"+30 694 827 1935"}`,
		`{"lvl":"error","msg":"Αποτυχία αποστολής SMS","to":"<PHONE_1>"}`),
	pii("el-GR", Email, "JavaMail exception with a rejected recipient",
		"javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <m.nikolaou@otenet.gr>: Recipient address rejected",
		"javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <<EMAIL_1>>: Recipient address rejected"),
	pii("el-GR", IP, "fail2ban ban line",
		"2026-11-28 10:15:32,118 fail2ban.actions [812]: NOTICE [sshd] Ban 94.66.57.203",
		"2026-11-28 10:15:32,118 fail2ban.actions [812]: NOTICE [sshd] Ban <IP_1>"),
	clean("el-GR", NationalID, "company ΑΦΜ, invoice and total",
		"ΑΦΜ εταιρείας 094014201, τιμολόγιο 412/2026, σύνολο 1.234,56 €"),
	clean("el-GR", Phone, "version, build, latency and port",
		"Έκδοση 3.2.1, build 4471, χρόνος απόκρισης 1532 ms, θύρα 8443"),

	// --- Hebrew -------------------------------------------------------------
	pii("he-IL", NationalID, "teudat zehut with a name",
		"ת.ז. 038547196, שם: יוסי כהן",
		"ת.ז. <NATIONAL_ID_1>, שם: <NAME_1>"),
	pii("he-IL", IBAN, "beneficiary and IBAN",
		"שם המוטב: נועה לוי\nIBAN: IL94 0126 0829 1294 7702 377",
		"שם המוטב: <NAME_1>\nIBAN: <IBAN_1>"),
	pii("he-IL", Phone, "CSV with Hebrew headers",
		"שם,טלפון,דוא\"ל\nדנה אברהם,054-8291736,dana.avraham@walla.co.il",
		"שם,טלפון,דוא\"ל\n<NAME_1>,<PHONE_1>,<EMAIL_1>"),
	pii("he-IL", CreditCard, "card number and expiry",
		"מספר כרטיס: 4238 6255 1184 8731, תוקף 05/28",
		"מספר כרטיס: <CREDIT_CARD_1>, תוקף 05/28"),
	pii("he-IL", Secret, "Slack bot token with a Hebrew comment",
		"SLACK_BOT_TOKEN=xoxb-649447880558-2154138861889-ledHRZHeDFHzMGL3ZDF2gyjn # בוט ההתראות",
		"SLACK_BOT_TOKEN=<SECRET_1> # בוט ההתראות"),
	clean("he-IL", NationalID, "company number, tax invoice and total",
		"ח.פ. 514713288, חשבונית מס 2026-0412, סה\"כ 1,234.56 ₪"),
	clean("he-IL", Phone, "registered mail number and a delivery time",
		"מספר משלוח: RR482917365IL, זמן אספקה: 3-5 ימי עסקים"),

	// --- Indonesian ---------------------------------------------------------
	pii("id-ID", NationalID, "NIK with a name",
		"NIK: 3174095503850002\nNama: Siti Rahmawati",
		"NIK: <NATIONAL_ID_1>\nNama: <NAME_1>"),
	pii("id-ID", Phone, "WhatsApp chat export",
		"28/11/26 09.14 - Budi Santoso: nomor saya 0812-4827-1935 ya",
		"28/11/26 09.14 - <NAME_1>: nomor saya <PHONE_1> ya"),
	pii("id-ID", Email, "nginx access log with an encoded e-mail",
		`36.72.218.45 - - [28/Nov/2026:10:15:32 +0700] "GET /reset?email=budi.santoso%40yahoo.co.id HTTP/2.0" 200 1532 "-" "okhttp/4.12.0"`,
		`<IP_1> - - [28/Nov/2026:10:15:32 +0700] "GET /reset?email=<EMAIL_1> HTTP/2.0" 200 1532 "-" "okhttp/4.12.0"`),
	pii("id-ID", CreditCard, "card debit notice",
		"Nomor kartu: 5145 7595 2946 6324 berhasil didebet Rp 1.250.000",
		"Nomor kartu: <CREDIT_CARD_1> berhasil didebet Rp 1.250.000"),
	pii("id-ID", Secret, "YAML with a payment gateway server key",
		"midtrans:\n  is_production: true\n  server_key: \"Mid-server-Xk29fLq8Rt3VzN7pWc4JhB1d\"",
		"midtrans:\n  is_production: true\n  server_key: \"<SECRET_1>\""),
	clean("id-ID", Phone, "J&T waybill, weight and shipping cost",
		"No. resi J&T: JT4829173650, berat 1 kg, ongkir Rp 18.000"),
	clean("id-ID", Phone, "marketplace invoice number",
		"Invoice INV/20261128/MPL/4829173650, total Rp 1.250.000"),

	// --- Vietnamese ---------------------------------------------------------
	pii("vi-VN", NationalID, "CCCD form with a name and a date of birth",
		"Họ và tên: Nguyễn Thị Lan\nSố CCCD: 079185004827\nNgày sinh: 15/03/1985",
		"Họ và tên: <NAME_1>\nSố CCCD: <NATIONAL_ID_1>\nNgày sinh: <DATE_OF_BIRTH_1>"),
	pii("vi-VN", Phone, "JSON log with a phone under sdt",
		`{"level":"error","msg":"Gửi OTP thất bại","sdt":"0903 482 719"}`,
		`{"level":"error","msg":"Gửi OTP thất bại","sdt":"<PHONE_1>"}`),
	pii("vi-VN", Email, "CSV with Vietnamese headers",
		"Họ tên,Email,SĐT\nTrần Văn Minh,minh.tran@gmail.com,0912 847 365",
		"Họ tên,Email,SĐT\n<NAME_1>,<EMAIL_1>,<PHONE_1>"),
	pii("vi-VN", Address, "delivery address with a ward and a district",
		"Địa chỉ giao hàng: 48 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM",
		"Địa chỉ giao hàng: <ADDRESS_1>, Phường Bến Nghé, Quận 1, TP.HCM"),
	pii("vi-VN", CreditCard, "card with expiry",
		"Thẻ: 5333 1138 7981 1352 hết hạn 11/27",
		"Thẻ: <CREDIT_CARD_1> hết hạn 11/27"),
	clean("vi-VN", NationalID, "company tax code, invoice and total",
		"MST: 0312845967, hóa đơn số 0000412, tổng tiền 1.250.000 ₫"),
	clean("vi-VN", Phone, "GHN waybill and a delivery time",
		"Mã vận đơn GHN: GHN4829173650, thời gian giao 2-3 ngày"),

	// --- Thai ---------------------------------------------------------------
	pii("th-TH", NationalID, "Thai citizen id with hyphens",
		"เลขประจำตัวประชาชน: 1-1037-00123-45-8",
		"เลขประจำตัวประชาชน: <NATIONAL_ID_1>"),
	pii("th-TH", Phone, "LINE message export",
		"28/11/2026 09:14 สมชาย ใจดี: โทรหาผมที่ 081-482-7193 นะครับ",
		"28/11/2026 09:14 <NAME_1>: โทรหาผมที่ <PHONE_1> นะครับ"),
	pii("th-TH", Email, "JSON inside a string with Thai \\u escapes",
		`body: "{\"email\":\"somchai.j@hotmail.com\",\"note\":\"\u0e42\u0e17\u0e23\u0e01\u0e25\u0e31\u0e1a\"}"`,
		`body: "{\"email\":\"<EMAIL_1>\",\"note\":\"\u0e42\u0e17\u0e23\u0e01\u0e25\u0e31\u0e1a\"}"`),
	pii("th-TH", CreditCard, "Amex card number",
		"หมายเลขบัตร 3707 466321 67144",
		"หมายเลขบัตร <CREDIT_CARD_1>"),
	pii("th-TH", IP, "sshd accepted publickey from an IPv6",
		"Nov 28 10:15:32 bkk-web sshd[2214]: Accepted publickey for deploy from 2405:9800:b870:1a2f:6c3e:91d4:0b7a:e215 port 50522 ssh2: ED25519 SHA256:Xk29fLq8Rt3VzN7pWc4JhB1dYm6QsE0aGuTo5iRnZ2w",
		"Nov 28 10:15:32 bkk-web sshd[2214]: Accepted publickey for deploy from <IP_1> port 50522 ssh2: ED25519 SHA256:Xk29fLq8Rt3VzN7pWc4JhB1dYm6QsE0aGuTo5iRnZ2w"),
	clean("th-TH", NationalID, "company tax id",
		"บริษัท ตัวอย่าง จำกัด เลขประจำตัวผู้เสียภาษีนิติบุคคล 0105536012346"),
	clean("th-TH", Phone, "Kerry tracking number and a price",
		"หมายเลขพัสดุ Kerry: KEX4829173650, ราคา 1,250.00 บาท"),

	// --- locale-free pastes -------------------------------------------------
	pii("any", Email, "e-mail at a reserved example domain in an env template",
		"# .env.example\nADMIN_EMAIL=admin.person@example.com\nAPP_URL=https://app.example.org",
		"# .env.example\nADMIN_EMAIL=<EMAIL_1>\nAPP_URL=https://app.example.org"),
	clean("any", Email, "git SSH remote",
		"git clone git@github.com:vellum-rag/vellum.git && cd vellum && git checkout v2.14.0"),
	clean("any", IP, "MAC addresses in ip link output",
		"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n    link/ether 3c:22:fb:8e:41:a0 brd ff:ff:ff:ff:ff:ff"),
	clean("any", Email, "image digest and a scoped npm package",
		"docker pull nginx@sha256:3d081f4efad34841fecd21777540fd59fc5f9984f52d0f27aa7931cee1f1c5bf && npm install @vellum/sdk@2.14.0"),
	clean("any", Phone, "CSS hex colours",
		":root { --brand: #1E90FF; --accent: #FF6F61; --muted: #6B7280; } .card { border: 1px solid #333; }"),
	clean("any", Secret, "base64 image in a data URI",
		`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="pixel">`),
	clean("any", IP, "loopback, unspecified and prefixes in a firewall config",
		"listen 127.0.0.1:8080; listen [::1]:8080; allow 0.0.0.0/0; deny fe80::/10;"),
	clean("any", IP, "SNMP OID",
		"snmpwalk -v2c -c public localhost 1.3.6.1.4.1.2021.10.1.3.1"),
	clean("any", CreditCard, "16-digit order number that fails Luhn",
		"Order 4318880842742055 shipped, invoice 5999539756084240 paid"),
	clean("any", Secret, "W3C traceparent and a request id",
		"traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\nX-Request-Id: 9f1c2b7e-5a3d-4e8f-b6c1-2d7e9a0f4b13"),
	clean("any", Secret, "ETag and content length",
		"HTTP/1.1 200 OK\nContent-Length: 1048576\nETag: \"33a64df551425fcc55e4d42a148795d9f25f89d4\"\nCache-Control: max-age=3600"),
	clean("any", Email, "SSH public key with a user@host comment",
		"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICww7Cg2i+M+sxzOfnDxzkbEBhEa/RS33TyD+hzxMEuY deploy@ci-runner-03"),
	clean("any", Phone, "ISBNs in a bibliography export",
		"@book{knuth97, isbn = {978-3-16-148410-0}, note = {ISBN-10 0-306-40615-2}, pages = {1--672}}"),
	clean("any", Secret, "sha256sum output",
		"3d081f4efad34841fecd21777540fd59fc5f9984f52d0f27aa7931cee1f1c5bf  vellum-2.14.0-linux-amd64.tar.gz"),
	clean("any", Phone, "Unix epoch timestamps and durations",
		`{"started_at":1764321332118,"finished_at":1764321333650,"duration_ms":1532,"retries":0}`),

	// --- guards written after the blind run -------------------------------------
	// Not blind: these hold the rules added for the rows above to what they
	// must leave alone (and a few of them to their general form), and are
	// not in the blind figures.
	clean("any", Name, "a service's record: a name key and no person's datum",
		`{"name": "Vellum Gateway", "version": "2.14.0", "owner": "platform"}`),
	pii("sv-SE", CreditCard, "a card after a word that is also Swedish for VAT (moms) stays a card",
		"Card for moms: 4111 1111 1111 1111, expires 08/28",
		"Card for moms: <CREDIT_CARD_1>, expires 08/28"),
	pii("en-US", CreditCard, "a card after a tax word stays a card: a scrubber fails closed",
		"Tax refund goes to 4111111111111111 please",
		"Tax refund goes to <CREDIT_CARD_1> please"),
	pii("de-DE", Name, "a bank's name beside an IBAN",
		`{"bank_name":"Deutsche Bank","iban":"DE89370400440532013000","bic":"COBADEFFXXX"}`,
		`{"bank_name":"Deutsche Bank","iban":"<IBAN_1>","bic":"COBADEFFXXX"}`),
	clean("any", Name, "an XML config's Name element",
		"<config><Name>Vellum Gateway</Name><Port>8443</Port></config>"),
	clean("any", Name, "a Markdown table of settings",
		"| Name | Default |\n|---|---|\n| Max Retries | 3 |\n| Read Timeout | 30s |"),
	pii("sv-SE", Name, "a company with its legal form in a payee column",
		"Payee;IBAN;Reference\nNordic Parts AB;SE45 5000 0000 0583 9825 7466;INV-2026-0412",
		"Payee;IBAN;Reference\nNordic Parts AB;<IBAN_1>;INV-2026-0412"),
	pii("es-ES", Name, "a foundation as the beneficiary",
		"Beneficiario: Fundación Vellum\nIBAN: ES91 2100 0418 4502 0005 1332",
		"Beneficiario: Fundación Vellum\nIBAN: <IBAN_1>"),
	pii("ru-RU", Name, "a sole trader's ИП before the name",
		"Получатель: ИП Иванов Иван Иванович\nИНН 771948273621",
		"Получатель: ИП <NAME_1>\nИНН <NATIONAL_ID_1>"),
	clean("fr-FR", Name, "a log line with a day-first date and a level",
		"28/11/2026 10:15 Warning: disk almost full"),
	clean("en-US", Name, "an ISO-dated log line with a component",
		"2026-11-28 10:15:32 Server: started on port 8443"),
	clean("de-DE", Name, "WhatsApp's own notice in an export",
		"28/11/26 09:14 - Messages and calls are end-to-end encrypted."),
	pii("de-DE", Name, "a chat sender named by the given name",
		"[27.11.26, 18:43:02] Sabine: ruf mich unter 0176 48213957 an",
		"[27.11.26, 18:43:02] <NAME_1>: ruf mich unter <PHONE_1> an"),
	pii("en-GB", Email, "a comma before a name without a mail header",
		"Thanks, Oliver <oliver.smith@btinternet.com>",
		"Thanks, Oliver <<EMAIL_1>>"),
	pii("en-US", Email, "an encoded display name of a desk",
		"From: =?UTF-8?Q?Vellum_Support?= <support@vellum.dev>",
		"From: =?UTF-8?Q?Vellum_Support?= <<EMAIL_1>>"),
	pii("en-US", Email, "departments written family-name first",
		"From: Sales, Marketing <sales@example.com>",
		"From: Sales, Marketing <<EMAIL_1>>"),
	pii("en-US", Email, "an organisation as a copyright holder",
		"Copyright holder: Free Software Foundation, Inc.\nE-mail: phil@cs.example.edu",
		"Copyright holder: Free Software Foundation, Inc.\nE-mail: <EMAIL_1>"),
	pii("en-IN", Name, "given and family name in their own keys",
		`{"first_name":"Priya","last_name":"Nair","phone":"+91 99204 81736"}`,
		`{"first_name":"<NAME_1>","last_name":"<NAME_2>","phone":"<PHONE_1>"}`),
	clean("any", Name, "an INSERT of products",
		"INSERT INTO products (name, sku, price) VALUES ('Road Bike Pro', 'RB-4471', 1299.00);"),
	pii("cs-CZ", Name, "an INSERT of two people",
		"INSERT INTO users (name, email) VALUES ('Jan Novák', 'jan.novak@seznam.cz'), ('Eva Dvořáková', 'eva.d@email.cz');",
		"INSERT INTO users (name, email) VALUES ('<NAME_1>', '<EMAIL_1>'), ('<NAME_2>', '<EMAIL_2>');"),
	clean("de-DE", NationalID, "a NIK-shaped invoice number without its name",
		"Rechnung 3174095503850002 vom 28.11.2026"),
	clean("vi-VN", NationalID, "a CCCD-shaped order code",
		"Mã đơn hàng 079185004827, giao trong 2 ngày"),
	clean("de-DE", NationalID, "a customer-number column of an export",
		"Kundennr;Bestellung;Betrag\n100482;4402118;12,50"),
	pii("th-TH", NationalID, "a grouped citizen id without a label",
		"แนบสำเนา: 1-1037-00123-45-8",
		"แนบสำเนา: <NATIONAL_ID_1>"),
	clean("th-TH", NationalID, "the same grouping with a wrong check digit",
		"เลขที่เอกสาร 1-1037-00123-45-9"),
	clean("any", Phone, "an encoded plus in a calculator query",
		"https://duckduckgo.com/?q=1%2B2%3D3&lang=en"),
	clean("pt-BR", Phone, "a WhatsApp short link without a number",
		"https://wa.me/message/ABCDEF1234567"),
	clean("de-DE", Email, "an e-mail label without an address",
		"Twitter : @vellum_dev, E-mail : siehe Website"),
	clean("en-US", Email, "an at sign between words",
		"meet me @ 5pm at the office"),
	clean("en-US", Address, "a number and a street type in separate CSV cells",
		"Qty,Item,Aisle\n3,Road bike,Court 2"),
	pii("en-GB", CreditCard, "a card after a VAT number on one line",
		"VAT GB 284 7193 52, card 4728 3545 0755 1673",
		"VAT GB 284 7193 52, card <CREDIT_CARD_1>"),
	pii("any", Email, "a project's name beside its developer's in a pom.xml",
		"<project>\n  <name>Vellum Gateway</name>\n  <developers>\n    <developer>\n      <name>Jane Doe</name>\n      <email>jane.doe@example.com</email>\n    </developer>\n  </developers>\n</project>",
		"<project>\n  <name>Vellum Gateway</name>\n  <developers>\n    <developer>\n      <name><NAME_1></name>\n      <email><EMAIL_1></email>\n    </developer>\n  </developers>\n</project>"),
	pii("any", Email, "a service's name and its owner's address in a nested object",
		`{"name":"Vellum Gateway","owner":{"email":"ops.lead@vellum.dev"}}`,
		`{"name":"Vellum Gateway","owner":{"email":"<EMAIL_1>"}}`),
	clean("en-GB", Name, "an agenda line with a day-first date",
		"15/03/2024 10:30 Meeting: budget review with Finance"),
	pii("de-DE", Phone, "a customer column of companies",
		"Customer,Phone\nGlobex,+49 171 4829375",
		"Customer,Phone\nGlobex,<PHONE_1>"),
	pii("zh-CN", Address, "a building, an entrance and a flat after the number",
		"收件人：王芳，地址：北京市朝阳区建国路88号2号楼3单元502室",
		"收件人：<NAME_1>，地址：<ADDRESS_1>"),
}

func TestMachinePastes6(t *testing.T) {
	checkTable(t, machinePaste6Cases, "locale")
}
