package scrub

import "testing"

// resumes15Cases is a fifteenth blind table: résumés, CVs, cover letters
// and job applications as users paste them into Vellum, a RAG chatbot
// ("improve my CV", "translate this cover letter", "does this candidate
// fit the job?", "summarise these applicants"), in 39 locales and a group
// of locale-free pastes (English of the US, the UK, India, Nigeria,
// Australia and Canada, German of Germany and Switzerland, French of
// France and Belgium with Belgian Dutch under fr-BE, Spanish of Spain,
// Mexico and Argentina, Italian, Brazilian and European Portuguese, Dutch,
// Polish, Czech, Swedish, Danish, Finnish, Turkish, Russian, Ukrainian,
// Greek, Romanian, Hungarian, Japanese, Chinese, Korean, Arabic of Egypt
// and Saudi Arabia, Hebrew, Hindi, Vietnamese, Indonesian, Thai, Filipino
// English):
//   - the sources: a CV's header block (the name alone on its first line,
//     then "street, postcode town · phone · e-mail" or emoji icons), a
//     German Lebenslauf's "Persönliche Daten", Europass fields (German and
//     Italian), a French CV ("Née le … à …", "Permis B"), Spanish, Mexican
//     and Argentine "datos personales" (DNI, NIE, CURP, CUIL), an Italian
//     CV ("Nata a … il …", codice fiscale) with its GDPR consent and
//     signature, a Brazilian currículo with its CPF, an Indian resume
//     ("Father's Name:", "D.O.B", Aadhaar, passport, PAN, "Permanent
//     Address:", the declaration's signature), a Hindi biodata, a
//     Nigerian CV (state of origin, LGA, NIN, next of kin, referees), a
//     Philippine resume (SSS, TIN, PhilHealth), a 履歴書 (ふりがな, 氏名,
//     生年月日, 現住所) and a 職務経歴書, a 简历 (出生年月, 身份证号), a 이력서
//     and a 자기소개서, Arabic, Hebrew, Russian, Ukrainian, Greek, Romanian,
//     Hungarian, Czech, Polish, Nordic, Turkish, Vietnamese, Indonesian and
//     Thai CVs; references and referees; cover letters and application
//     e-mails (salutations, "Sincerely", "Mit freundlichen Grüßen", "Je
//     vous prie d'agréer …", "Z poważaniem", "С уважением", "此致 敬礼",
//     "Hormat saya", signature blocks, a "-- " separator, a mail header);
//     recruiters' messages (LinkedIn InMail, XING, WhatsApp, a headhunter's
//     text); an Arbeitszeugnis and a certificat de travail; onboarding and
//     new-starter forms (tax, social security and pension numbers, salary
//     IBANs, a personnel number, a super fund's member number), a
//     background-check authorization with an SSN, a graduate program's
//     application fee with a card; applicant-tracking exports (CSV with a
//     header, JSON lines, a JSON Resume "basics" block), a Markdown table
//     of applicants, a campus shortlist, an ATS log line and a careers
//     site's access log; LinkedIn "About" and "Contact info" pastes, a
//     Slack announcement, a portfolio README;
//   - the layouts: "Label: value" lines and colon-aligned fields, labels
//     beside their values in columns of spaces as a PDF's extraction
//     leaves them, Markdown headings and tables, CSV, JSON, pipes and
//     middle dots between contact items, emoji icons;
//   - positive rows carry names (the candidate's, alone on a CV's first
//     line, in a Markdown heading, family name first, in capitals in a
//     declaration, in scripts without case; referees', recruiters', HR
//     contacts', a father's, a mother's and next of kin's; a first name
//     alone in a greeting or a vocative: "Panie Tomaszu", "pane Nováku",
//     "пані Ірино"), e-mail addresses (a company's careers mailbox too),
//     phones in each locale's national and international formats (mobile
//     and landline, a referee's business line), streets with house numbers
//     in each language's order, dates of birth after their labels and
//     phrases (an era's, the Thai Buddhist calendar's, a year and month
//     after 出生年月, a LinkedIn birthday without its year), national ids,
//     tax, social security and pension numbers, passports, a driving
//     licence, IBANs, a card with its CVV, a US SSN, a candidate's IPv4 and
//     IPv6, a password and an API key pasted by mistake;
//   - clean rows are the same documents without a person: experience and
//     education with their dates ("03/2020 – heute", "2019 – actualidad",
//     "2019.07 – 至今"), skills with versions ("Python 3.11", "Kubernetes
//     1.29", "Cisco IOS 15.2(4)M"), grades, GPAs and test scores, course
//     codes, certifications with exam codes, validation, credential and
//     certificate numbers (an AWS validation number, an ISTQB certificate
//     number, an ICDL skills card, a Cisco ID, a Credly UUID), publications
//     (DOIs, ISBNs, patent numbers, a HAL id, ORCID's own sample iD), job
//     ads (requisition and reference numbers, pay bands, deadlines, an EEO
//     line that names "date of birth"), offer letters, salary tables,
//     interview schedules with a meeting id, ATS records of requisitions
//     and a parser's log line, templates and guides ("[Your Name]", "06 XX
//     XX XX XX", "TT.MM.JJJJ", the specimen names "Max Mustermann" and
//     "JANE DOE" announced as examples), a birth year alone ("Jahrgang
//     1988", "né en 1998"), "Born and raised in Cleveland", a consent
//     clause dated by its law, declarations and document dates, employers'
//     company, tax and register numbers (CNPJ, ИНН, ЄДРПОУ, IČO, Org.nr,
//     ΑΦΜ, CUI, VKN, ח.פ., 统一社会信用代码, 사업자등록번호, NPWP), CIDR
//     networks.
//
// Checks were computed by scripts (/tmp/pii15/ids.py, which builds each
// value from a base that agrees with the row's birth date and sex where
// the scheme encodes them and completes its check digits; and
// /tmp/pii15/gen.py, which writes the rows from templates that mark each
// personal value, numbers the placeholders and checks every marked IBAN
// with mod 97, every card with Luhn and the SSN's issuable ranges; a
// known-valid sample of several schemes — Steuer-ID 86095742719, codice
// fiscale RSSMRA80A01H501U, CPF 123.456.789-09, BSN 111222333 — was
// reproduced first): mod 97 for IBANs (GB, DE, CH, FR with its RIB key,
// BE with its national check, ES with its DC, PT with its NIB check, NL,
// PL with its sort code's check, CZ with its account's mod 11, DK, TR,
// UA, RO, SA); Luhn for the card (Visa), the SIN, the Saudi national id
// and iqama, the personnummer and the Org.nr, AMKA and the IMSS NSS; and
// each id's own check: Steuer-ID (ISO 7064 mod 11,10, one digit twice),
// Rentenversicherungsnummer (with the birth name's initial), AHV
// (EAN-13), NIR (mod 97, a woman born in November 1991 in Bordeaux),
// the Belgian national number (mod 97), DNI and NIE (mod 23), the Spanish
// social security number (mod 97), CURP, CUIL (mod 11), codice fiscale (a
// woman born 4 April 1990 in Bari), CPF and CNPJ, NIF and NISS, BSN
// (elfproef), PESEL (a man born 14 February 1991), rodné číslo (mod 11,
// +50 in a woman's month), CPR (mod 11, a woman's last digit), HETU (mod
// 31), TC Kimlik, СНИЛС, ИНН of a person and of a company, РНОКПП (its
// first five digits count the days from 31.12.1899 to 4 October 1990, its
// ninth is a woman's), ΑΦΜ, CNP (a woman born 8 November 1994), the
// Hungarian adóazonosító jel (days from 1867-01-01, mod 11) and TAJ, My
// Number, the Chinese resident id (ISO 7064 mod 11-2, born 7 March 1991,
// as the row's 出生年月), 统一社会信用代码, RRN (a woman born 12 August
// 1996), the Korean business number, Teudat Zehut and ח.פ., Aadhaar
// (Verhoeff), the Thai id, TFN, ISBN-13. The US SSN is in an issuable
// range; the NINO has an issuable prefix; the UK driving licence number is
// built from its holder's surname, birth date and initials; the PAN's
// fourth letter is P and its fifth the surname's initial; the Egyptian
// national number (century, birth date, Cairo, a man), the Vietnamese
// CCCD (Hà Nội, a woman born in 1995), the Indonesian NIK (Surabaya, a
// woman born 19.10.1994, day + 40), the Nigerian NIN, the Philippine SSS,
// TIN and PhilHealth numbers, the Japanese basic pension number,
// passports, the Argentine DNI and a Texas driving licence follow their
// formats only. Phones are in each locale's national or international
// format, in fictional ranges where a country has them (555-01xx in North
// America, 07700 900xxx, 020 7946 0xxx and 0113 496 0xxx in the UK, 0491
// 570 xxx and (02) 5550 xxxx in Australia, 01 99 00 and 06 39 98 in
// France, 070-174 06 xx in Sweden).
//
// Decisions written into the wants, beside those of the earlier tables
// (labels, titles and honorifics — Dr., Mrs, Herr, Frau Dr., Shri, श्री,
// Engr., Lic., Ing., Dott.ssa, D., Bapak, Ông, أستاذ, the Thai นางสาว glued
// to the name —, quotes, a postcode and a town, a flat, floor, door or
// block after a comma or with its own word stay outside the placeholder;
// an address is the street and the house number, with a Nordic stair and
// flat, a Polish "5/12" and a Vietnamese alley number inside, and in
// Japanese, Chinese and Korean the whole address from the prefecture or
// city to the number; identity documents', tax, social security, pension,
// member and personnel numbers are NATIONAL_ID, a US SSN is SSN; company
// names and their registration, tax and VAT numbers stay; every phone,
// e-mail address and street is masked whatever its owner, a company's
// careers mailbox and an HR contact's line too; placeholders are numbered
// per kind in order of first appearance, the same normalised value once):
//   - A CV's name is a name wherever its layout puts it: alone on the first
//     line, as a Markdown heading, beside "INFORMAZIONI PERSONALI", in a
//     declaration's brackets in capitals (its own placeholder: names are
//     compared exactly, so "RAHUL KUMAR VERMA" is not "Rahul Kumar
//     Verma"), in a Slack message about a hire. The same spelling twice
//     (a Japanese mail's と申します and its signature, an Indonesian
//     letter's "Nama:" and "Hormat saya") is one placeholder.
//   - A first name alone in a greeting or in the vocative ("Hi Derek,",
//     "Hallo Herr Schulz,", "Dzień dobry Panie Tomaszu", "Шановна пані
//     Ірино", "Oi Rafael!") is masked, as the twelfth table decided.
//     Generic addressees ("Dear Hiring Manager", "Madame, Monsieur",
//     "Sehr geehrte Damen und Herren", "Tisztelt Cím!", "Kính gửi Anh/Chị
//     phụ trách tuyển dụng") stay.
//   - Profile links are left out of the positive rows: the package has no
//     kind for a URL or a handle, and a slug that spells a name would be
//     a name in another written form; "LinkedIn · GitHub" as link text
//     stays.
//   - Only a date of birth is masked: a year and month after 出生年月 is
//     (a partial birth date, narrower than the year HIPAA's Safe Harbor
//     keeps), and so is a LinkedIn birthday without its year (thirteenth
//     round); a birth year alone, an age, a place of birth, dates of
//     employment, application, joining, thesis defence and documents stay.
//   - Nationality, sex, marital status, religion, state of origin, LGA,
//     military service, a driving licence's category ("Permis B",
//     "Rijbewijs: B"), a visa type and an iqama's profession stay.
//   - A certification's validation, credential or certificate number, a
//     skills card number and a Cisco ID stay: they number a credential in
//     a vendor's register, as a ticket number numbers a case, and no kind
//     of the README names them. ORCID's documented sample iD, DOIs, ISBNs,
//     patent numbers and a HAL id stay.
//   - A card's CVV, a portal password and an API key are secrets; the
//     card's expiry stays.
//
// Blind baseline (on the detectors of 2f5a400, run once): 93 of 164
// positive rows passed and 3 of 117 clean rows were masked. By the kind of
// the row: secret 2/2, email 9/14, iban 5/9, national_id 31/45,
// credit_card 1/1, ssn 1/1, ip 2/2, date_of_birth 7/11, phone 11/30, name
// 23/46, address 1/3. By value (each value a row wants masked, counted as
// found when its text is gone from the output, whatever placeholder took
// it): NAME 139/213, NATIONAL_ID 59/60, PHONE 125/129, DATE_OF_BIRTH
// 47/49, ADDRESS 46/48, EMAIL 74/74, IBAN 15/15, CREDIT_CARD 1/1, SSN
// 1/1, IP 3/3, SECRET 3/3. Of the 71 positive rows that fail, 63 leave a
// name (60 of them only a name). Misses:
//   - names no cue of the package announces: the candidate's name alone on
//     a CV's first line or under "CURRICULUM VITAE", "RESUME", "CV",
//     "Životopis", "Önéletrajz", "Βιογραφικό Σημείωμα", "קורות חיים" (in
//     English, German, French, Portuguese, Dutch, Polish, Czech, Swedish,
//     Russian, Ukrainian, Greek, Hungarian, Hebrew and Filipino rows), as
//     a Markdown heading and beside emoji icons; a signature after
//     closings the package does not read ("Je vous prie d'agréer …", "Dans
//     l'attente de votre réponse …", a place and date line, "此致 敬礼",
//     "وتفضلوا بقبول فائق الاحترام", "Merci !", a Japanese mail's signature
//     under its body); first names in greetings and vocatives ("Geachte heer Visser", "Kære
//     Lars", "Oi Rafael!", "Добрый день, Алексей!", "您好，刘浩然！", "Panie
//     Tomaszu", "pane Nováku", "пані Ірино", "أستاذ كريم"); names after
//     titles or roles the package does not know ("Engr.", "M.", "Ông",
//     "डॉ.", "מר", "Je soussignée,", "Aqui é a", "This is … from",
//     "지원자 …입니다", "헤드헌터 …입니다", "…님", "어머니 …", "猎聘的顾问…");
//     referees on a line without a label ("Karen Liu, Engineering Manager",
//     "Mark Davies – Store Manager", "Referenties:", "Referenser:",
//     "ממליצים:"); applicants in a Markdown table under "Candidate", in a
//     CSV column "Candidate Name" and in JSON under "candidate_name" and
//     "candidato"; "Name / Vorname"-style labels in other languages
//     ("Vorname(n) / Nachname(n):", "INFORMAZIONI PERSONALI",
//     "Для оформлення:", "Date pentru angajare:", "اسم الموظف:"); a hire
//     announced in a Slack message; a name in the title of screening notes;
//   - phones: a German number with a dash before its extension ("07131
//     562-173"), Mexican regional numbers after a name and a dash, an
//     Argentine mobile "11 15-4829-1736" after "WhatsApp";
//   - dates of birth: a Hungarian date ("1992. március 5."), a year and
//     month after 出生年月;
//   - addresses: a Thai street with its number, a JSON Resume "address"
//     key;
//   - national ids: a Philippine TIN after "TIN:".
//
// Spans cut otherwise: "Shri" and "श्री" inside the father's name, "Exmo.
// Senhor Dr. Rui Almeida" read as two names ("Senhor Dr" one of them),
// "Van Baerlestraat 48" masked without its "Van", the Hungarian postcode
// and town masked as a second address, an Arabic addressee's role ("مدير
// الموارد البشرية") masked as a name. False positives: "Prénom NOM" in a
// CV template as a name, "Desarrollador/a Sr. Java" (a senior developer)
// as a title and a name, an employer's ИНН as a phone. No want was
// changed after the run.
//
// After the twenty-fifth round's rules (README, "Twenty-fifth round"):
// 133 of 164 positive rows pass and 2 of 117 clean rows are masked; each
// row left says why.
//
// The group is the locale, or "any" for a locale-free paste.
var resumes15Cases = []tableCase{
	pii("en-US", Name, "a resume's header: the name alone on the first line, then a contact line with city, phone and e-mail; employer and dates stay",
		"Can you make my resume sound more senior?\n\nJordan T. Whitaker\nSenior Backend Engineer\nChicago, IL · (312) 555-0147 · jordan.whitaker@gmail.com · LinkedIn · GitHub\n\nEXPERIENCE\nBraintree — Software Engineer II, 2019–2023\n- Cut p99 latency of the payments API by 38%\n- Led the migration from Ruby 2.7 to Go 1.20",
		"Can you make my resume sound more senior?\n\n<NAME_1>\nSenior Backend Engineer\nChicago, IL · <PHONE_1> · <EMAIL_1> · LinkedIn · GitHub\n\nEXPERIENCE\nBraintree — Software Engineer II, 2019–2023\n- Cut p99 latency of the payments API by 38%\n- Led the migration from Ruby 2.7 to Go 1.20"),
	pii("en-US", Name, "a cover letter: the salutation's surname after a title, the signature block's name, phone and e-mail; the requisition number stays",
		"Please tighten this cover letter:\n\nDear Ms. Okafor,\n\nI am excited to apply for the Product Analyst role (Req. 24-0187) at Redfin. In three years at Zillow I built the pricing dashboards that 40 regional managers use every week.\n\nSincerely,\nEmily Chen\n646-555-0192 | emily.chen.nyc@outlook.com",
		"Please tighten this cover letter:\n\nDear Ms. <NAME_1>,\n\nI am excited to apply for the Product Analyst role (Req. 24-0187) at Redfin. In three years at Zillow I built the pricing dashboards that 40 regional managers use every week.\n\nSincerely,\n<NAME_2>\n<PHONE_1> | <EMAIL_1>"),
	pii("en-US", SSN, "a background-check authorization: legal name, SSN, date of birth, current address and driver's license number",
		"Is this background check form filled in correctly?\n\nFull legal name: Marcus Allen Reyes\nOther names used: none\nSocial Security Number: 524-71-9364\nDate of birth: 04/17/1990\nCurrent address: 2215 Maple Grove Drive, Austin, TX 78741\nDriver's License No. (TX): 57130264\nPosition applied for: Warehouse Supervisor",
		"Is this background check form filled in correctly?\n\nFull legal name: <NAME_1>\nOther names used: none\nSocial Security Number: <SSN_1>\nDate of birth: <DATE_OF_BIRTH_1>\nCurrent address: <ADDRESS_1>, Austin, TX 78741\nDriver's License No. (TX): <NATIONAL_ID_1>\nPosition applied for: Warehouse Supervisor"),
	pii("en-US", Email, "a references section: a professor and a manager with their e-mail and phones; titles, employers and universities stay",
		"REFERENCES\nDr. Alan Brooks, Professor of Statistics, University of Michigan — abrooks@umich.edu, (734) 555-0110\nKaren Liu, Engineering Manager, Stripe — 415-555-0163",
		"REFERENCES\nDr. <NAME_1>, Professor of Statistics, University of Michigan — <EMAIL_1>, <PHONE_1>\n<NAME_2>, Engineering Manager, Stripe — <PHONE_2>"),
	pii("en-US", Phone, "a recruiter's InMail: the candidate's first name in the greeting, the recruiter's direct line and name in the sign-off; salary stays",
		"Hi Derek,\n\nI came across your profile and think you'd be a great fit for a Staff SRE role at Datadog (remote, $210k–$245k base). Do you have 15 minutes this week? You can reach me directly at +1 917 555 0134.\n\nBest,\nSamantha Ortiz\nTechnical Recruiter",
		"Hi <NAME_1>,\n\nI came across your profile and think you'd be a great fit for a Staff SRE role at Datadog (remote, $210k–$245k base). Do you have 15 minutes this week? You can reach me directly at <PHONE_1>.\n\nBest,\n<NAME_2>\nTechnical Recruiter"),
	pii("en-US", IP, "an applicant-tracking log line: the applicant's e-mail and IP; request id, source and error stay",
		"why did this application fail? log:\n2025-03-14T10:22:01.418Z WARN apply.submit req=R-10482 source=indeed email=tyler.brooks88@yahoo.com ip=73.162.44.201 status=422 err=\"resume_parse_timeout\"",
		"why did this application fail? log:\n2025-03-14T10:22:01.418Z WARN apply.submit req=R-10482 source=indeed email=<EMAIL_1> ip=<IP_1> status=422 err=\"resume_parse_timeout\""),
	pii("en-US", Name, "a Markdown table of applicants with e-mails and phones; years and stages stay",
		"Summarise these applicants for the hiring committee:\n\n| Candidate | Email | Phone | Years | Stage |\n|---|---|---|---|---|\n| Aisha Rahman | aisha.rahman@proton.me | 212-555-0178 | 6 | Onsite |\n| Kevin O'Neill | koneill@gmail.com | 617-555-0121 | 4 | Phone screen |\n| Maria Gonzalez | mgonzalez.dev@icloud.com | 305-555-0199 | 9 | Offer |",
		"Summarise these applicants for the hiring committee:\n\n| Candidate | Email | Phone | Years | Stage |\n|---|---|---|---|---|\n| <NAME_1> | <EMAIL_1> | <PHONE_1> | 6 | Onsite |\n| <NAME_2> | <EMAIL_2> | <PHONE_2> | 4 | Phone screen |\n| <NAME_3> | <EMAIL_3> | <PHONE_3> | 9 | Offer |"),
	pii("en-US", Secret, "a candidate portal login pasted by mistake: the e-mail and the password",
		"I can't log into the Workday candidate portal, here is what I used:\nEmail: hannah.kim93@gmail.com\nPassword: Summer2024!Kim\nIt says 'invalid credentials'. What should I try?",
		"I can't log into the Workday candidate portal, here is what I used:\nEmail: <EMAIL_1>\nPassword: <SECRET_1>\nIt says 'invalid credentials'. What should I try?"),
	pii("en-US", CreditCard, "a graduate program's application fee form: cardholder, card number, CVV and billing street; the expiry and the fee stay",
		"Application fee payment — MS in Data Science (Fall 2025)\nAmount: $90.00\nCardholder name: Megan Li\nCard number: 4539 1488 0343 6467\nExpiration: 08/27\nCVV: 468\nBilling address: 1428 Elm Street, Springfield, IL 62704\nWhy was my payment declined?",
		"Application fee payment — MS in Data Science (Fall 2025)\nAmount: $90.00\nCardholder name: <NAME_1>\nCard number: <CREDIT_CARD_1>\nExpiration: 08/27\nCVV: <SECRET_1>\nBilling address: <ADDRESS_1>, Springfield, IL 62704\nWhy was my payment declined?"),
	clean("en-US", Name, "experience and education only: employers, titles, dates of employment, versions and a GPA",
		"EXPERIENCE\nSoftware Engineer, Stripe — San Francisco, CA | Jun 2021 – Present\n• Built a ledger reconciliation service in Go 1.21 handling 40k events/s\n• Migrated 14 services from Kubernetes 1.24 to 1.29\nSoftware Engineer Intern, Capital One | May 2020 – Aug 2020\n\nEDUCATION\nB.S. Computer Science, Georgia Institute of Technology, 2021 — GPA 3.78/4.00"),
	clean("en-US", Secret, "certifications with exam codes and a validation number",
		"CERTIFICATIONS\nAWS Certified Solutions Architect – Associate (SAA-C03), Validation Number 2F8QK1XJ3B4E1SW9, exp. 11/2026\nCKA – Certified Kubernetes Administrator (2024)\nGoogle Professional Data Engineer (2023)"),
	clean("en-US", Phone, "publications and a patent: a DOI, an ISBN, a US patent number, an ORCID iD",
		"PUBLICATIONS & PATENTS\n• \"Learned Index Structures for Time-Series Stores\", VLDB 2023, doi:10.14778/3611479.3611502\n• Chapter 7 in Practical MLOps (O'Reilly, 2021), ISBN 978-1-098-10301-9\n• US Patent 11,481,207 B2 — Adaptive sharding for ledger databases (granted Oct 25, 2022)\nORCID: 0000-0002-1825-0097"),
	clean("en-US", Name, "a resume template with bracketed placeholders",
		"Here's the template I want to follow, fill it in later:\n\n[Your Name]\n[City, State] | [Phone] | [Email] | [LinkedIn URL]\n\nPROFESSIONAL SUMMARY\n[2–3 sentences about your experience]\n\nEXPERIENCE\n[Job Title], [Company] — [Start Date] – [End Date]"),
	clean("en-US", DateOfBirth, "a job ad: requisition id, salary range, posting and closing dates, an EEO line that names date of birth without one",
		"Senior Data Analyst — Req ID JR-2025-04817\nLocation: Denver, CO (hybrid, 3 days)\nSalary range: $118,000 – $142,000 + 10% bonus\nPosted: 03/12/2025 · Apply by: 04/15/2025\nRequirements: 5+ years SQL, Python 3.10+, dbt, Looker; Tableau a plus.\nWe do not discriminate on the basis of race, religion, age, date of birth or any other protected status."),
	clean("en-US", Name, "a cover letter addressed to the hiring manager, with a job number and no one's name",
		"Dear Hiring Manager,\n\nI'm excited to apply for the Customer Success Lead position (job #48213) posted on LinkedIn. Over the past seven years at HubSpot and Zendesk I grew net retention from 104% to 118% and built an onboarding playbook used by 60 CSMs.\n\nThank you for your consideration."),
	clean("en-US", DateOfBirth, "a LinkedIn About section: born and raised somewhere, years only",
		"About\nBorn and raised in Cleveland, I started coding at 14 and shipped my first iOS app in 2012. Since 2016 I've led mobile teams at Progressive and Root Insurance; I care about accessibility, offline-first design and mentoring junior engineers."),
	clean("en-US", SSN, "W-4 instructions with an SSN field's blank mask",
		"How do I fill in the W-4 for my new job? Step 1(a) asks for First name and middle initial, Last name, and Social security number ___-__-____; Step 1(c) is filing status. My employer's EIN is printed in box 8, right?"),
	pii("en-GB", Name, "a UK CV extracted from a PDF: name line, then street and postcode beside the mobile in a column of spaces",
		"CURRICULUM VITAE\n\nOliver James Bennett\n42 Wellington Road, Bristol BS6 5EX          Mobile: 07700 900417\noliver.bennett@btinternet.com                  Full UK driving licence\n\nPERSONAL PROFILE\nA chartered accountant (ACA) with eight years in audit and financial reporting across FTSE 250 clients.",
		"CURRICULUM VITAE\n\n<NAME_1>\n<ADDRESS_1>, Bristol BS6 5EX          Mobile: <PHONE_1>\n<EMAIL_1>                  Full UK driving licence\n\nPERSONAL PROFILE\nA chartered accountant (ACA) with eight years in audit and financial reporting across FTSE 250 clients."),
	pii("en-GB", Phone, "references with titles, employers, landline, mobile and e-mail",
		"REFERENCES\nMrs Sarah Whitfield, Head of Finance, Aviva plc\nTel: 020 7946 0321  Email: s.whitfield@aviva.co.uk\n\nMr Daniel Okoro, Audit Manager, KPMG LLP\nTel: +44 7700 900823",
		"REFERENCES\nMrs <NAME_1>, Head of Finance, Aviva plc\nTel: <PHONE_1>  Email: <EMAIL_1>\n\nMr <NAME_2>, Audit Manager, KPMG LLP\nTel: <PHONE_2>"),
	pii("en-GB", NationalID, "a new starter form: name, date of birth, NI number, home street, salary IBAN and an emergency contact",
		"New starter details — please check before I send to payroll:\nFull name: Charlotte Evans\nDate of birth: 23 September 1994\nNational Insurance number: JT 48 29 17 C\nHome address: 17 Cavendish Close, Leeds LS6 2RT\nIBAN (salary): GB84 MONZ 0400 0448 2917 36\nEmergency contact: Graham Evans (father), 0113 496 0582\nStart date: 07/04/2025",
		"New starter details — please check before I send to payroll:\nFull name: <NAME_1>\nDate of birth: <DATE_OF_BIRTH_1>\nNational Insurance number: <NATIONAL_ID_1>\nHome address: <ADDRESS_1>, Leeds LS6 2RT\nIBAN (salary): <IBAN_1>\nEmergency contact: <NAME_2> (father), <PHONE_1>\nStart date: 07/04/2025"),
	pii("en-GB", Name, "a covering letter: the salutation's surname after Mr and the sign-off's name",
		"Could you make this sound less formal?\n\nDear Mr Patel,\n\nI am writing to apply for the position of Assistant Site Manager advertised on CV-Library (ref. ASM/0425). I hold a CSCS Gold Card and an SMSTS certificate, and I have spent four years with Balfour Beatty on education projects.\n\nYours sincerely,\n\nAmelia Hughes",
		"Could you make this sound less formal?\n\nDear Mr <NAME_1>,\n\nI am writing to apply for the position of Assistant Site Manager advertised on CV-Library (ref. ASM/0425). I hold a CSCS Gold Card and an SMSTS certificate, and I have spent four years with Balfour Beatty on education projects.\n\nYours sincerely,\n\n<NAME_2>"),
	pii("en-GB", Email, "an application e-mail: the phone in the body, the name and address in the signature",
		"Subject: Application – Graduate Civil Engineer (Ref: GCE/2025/07)\n\nDear Recruitment Team,\n\nPlease find attached my CV and covering letter for the graduate scheme. I am available for interview any weekday and can be reached on 07700 900 561.\n\nKind regards,\nThomas Gallagher\ntom.gallagher@live.co.uk",
		"Subject: Application – Graduate Civil Engineer (Ref: GCE/2025/07)\n\nDear Recruitment Team,\n\nPlease find attached my CV and covering letter for the graduate scheme. I am available for interview any weekday and can be reached on <PHONE_1>.\n\nKind regards,\n<NAME_1>\n<EMAIL_1>"),
	pii("en-GB", NationalID, "personal details for an overseas CV: date of birth and the driving licence number; nationality stays",
		"Personal details (for the version I send to Dubai employers):\nName: Oliver Bennett\nDate of birth: 4th July 1996\nNationality: British\nDriving licence: full, clean — licence no. BENNE907046OJ9AB",
		"Personal details (for the version I send to Dubai employers):\nName: <NAME_1>\nDate of birth: <DATE_OF_BIRTH_1>\nNationality: British\nDriving licence: full, clean — licence no. <NATIONAL_ID_1>"),
	clean("en-GB", Name, "education and skills with grades, years and software versions",
		"EDUCATION\nUniversity of Manchester — MEng Mechanical Engineering, First Class Honours (2016–2020)\nA-levels: Maths A*, Physics A, Chemistry A (2016)\nGCSEs: 10 at grades 9–7 including English and Maths\n\nSKILLS\nSolidWorks 2024, ANSYS 2023 R2, MATLAB R2023b, Python 3.11"),
	clean("en-GB", Phone, "an NHS job advert: job reference, band, salary, closing and interview dates",
		"Job reference: C9284-25-0417\nBand 6 Staff Nurse, Critical Care — £37,338 to £44,962 a year pro rata\nClosing date: 21/04/2025\nInterviews: w/c 05/05/2025\nThis post is subject to an Enhanced DBS check. References will be requested covering the last 3 years of employment."),
	clean("en-GB", Name, "interests and 'references available on request'",
		"INTERESTS\nMarathon running (London 2023 in 3:41:12), chess (ECF rating 1840), volunteering with parkrun since 2019.\n\nReferences available on request."),
	clean("en-GB", NationalID, "right to work and DBS status without numbers",
		"Right to work: British citizen, no sponsorship required. Enhanced DBS issued 02/2024, registered with the Update Service. Notice period: one month. Salary expectation: £48,000–£52,000."),
	pii("en-IN", NationalID, "an Indian resume: father's name, DOB, Aadhaar, permanent address and the declaration's signature; gender, religion and languages stay",
		"Please format this resume properly:\n\nRESUME\n\nRahul Kumar Verma\nMobile: +91 98201 47365 | Email: rahul.verma1996@gmail.com\n\nCAREER OBJECTIVE\nTo work in a challenging environment where I can utilise my skills in software testing.\n\nPERSONAL DETAILS\nFather's Name : Shri Rajesh Kumar Verma\nDate of Birth : 14-08-1996\nGender : Male\nMarital Status : Unmarried\nNationality : Indian\nLanguages Known : Hindi, English, Marathi\nAadhaar No. : 4918 2736 4553\nPermanent Address : 27 Nehru Road, Vile Parle East, Mumbai - 400057\n\nDECLARATION\nI hereby declare that the above information is true to the best of my knowledge.\nPlace: Mumbai\n(RAHUL KUMAR VERMA)",
		"Please format this resume properly:\n\nRESUME\n\n<NAME_1>\nMobile: <PHONE_1> | Email: <EMAIL_1>\n\nCAREER OBJECTIVE\nTo work in a challenging environment where I can utilise my skills in software testing.\n\nPERSONAL DETAILS\nFather's Name : Shri <NAME_2>\nDate of Birth : <DATE_OF_BIRTH_1>\nGender : Male\nMarital Status : Unmarried\nNationality : Indian\nLanguages Known : Hindi, English, Marathi\nAadhaar No. : <NATIONAL_ID_1>\nPermanent Address : <ADDRESS_1>, Vile Parle East, Mumbai - 400057\n\nDECLARATION\nI hereby declare that the above information is true to the best of my knowledge.\nPlace: Mumbai\n(<NAME_3>)").leftAs("a form label's name keeps a title inside it (\"Father's Name : Shri …\"), and a declaration signed in capitals inside parentheses after \"Place:\" has no cue"),
	pii("en-IN", NationalID, "passport and PAN in a resume's personal details, with D.O.B",
		"PERSONAL PROFILE\nName        : Sneha Iyer\nD.O.B       : 02/11/1998\nPassport No.: K4829173 (valid till 2031)\nPAN         : BNRPI4829K\nHobbies     : Carnatic music, trekking",
		"PERSONAL PROFILE\nName        : <NAME_1>\nD.O.B       : <DATE_OF_BIRTH_1>\nPassport No.: <NATIONAL_ID_1> (valid till 2031)\nPAN         : <NATIONAL_ID_2>\nHobbies     : Carnatic music, trekking"),
	pii("en-IN", Phone, "a consultancy's WhatsApp-style job message: the candidate's first name, the recruiter's WhatsApp, e-mail and name; CTC stays",
		"Dear Arjun,\nGreetings from TalentCorner HR Services! We have an opening for Java Developer (3-6 yrs) with a leading MNC in Pune. CTC: up to 18 LPA. Interested candidates share updated CV with current CTC, expected CTC and notice period on WhatsApp 98450 12345 or mail hr.pune@talentcorner.in.\nRegards,\nPooja Deshmukh",
		"Dear <NAME_1>,\nGreetings from TalentCorner HR Services! We have an opening for Java Developer (3-6 yrs) with a leading MNC in Pune. CTC: up to 18 LPA. Interested candidates share updated CV with current CTC, expected CTC and notice period on WhatsApp <PHONE_1> or mail <EMAIL_1>.\nRegards,\n<NAME_2>"),
	pii("en-IN", DateOfBirth, "a fresher's resume in colon-aligned fields with a written date of birth and a Chennai landline",
		"Name           : Karthik Venkatesan\nDate of Birth  : 21st March 1999\nContact No.    : 044-2815 4417\nEmail ID       : karthik.s99@rediffmail.com\nQualification  : B.E. (ECE), Anna University, 2021, 8.1 CGPA",
		"Name           : <NAME_1>\nDate of Birth  : <DATE_OF_BIRTH_1>\nContact No.    : <PHONE_1>\nEmail ID       : <EMAIL_1>\nQualification  : B.E. (ECE), Anna University, 2021, 8.1 CGPA"),
	pii("en-IN", Name, "a campus placement shortlist as CSV: names, e-mails and mobiles; roll numbers, branches and CGPAs stay",
		"Roll No,Name,Branch,CGPA,Email,Mobile\n19CS1042,Ananya Reddy,CSE,8.72,ananya.reddy@gmail.com,9876501234\n19EE1017,Mohammed Faizan,EEE,8.15,faizan.m@outlook.com,9123456780",
		"Roll No,Name,Branch,CGPA,Email,Mobile\n19CS1042,<NAME_1>,CSE,8.72,<EMAIL_1>,<PHONE_1>\n19EE1017,<NAME_2>,EEE,8.15,<EMAIL_2>,<PHONE_2>"),
	pii("en-IN", Address, "a correspondence address with a flat before the street",
		"Correspondence Address: Flat 3B, 14 MG Road, Pune 411001\nAlternate Mobile: +91 90110 48291",
		"Correspondence Address: Flat 3B, <ADDRESS_1>, Pune 411001\nAlternate Mobile: <PHONE_1>"),
	clean("en-IN", Phone, "technical skills and academic details with percentages and CGPAs",
		"TECHNICAL SKILLS\nLanguages: Java 17, Python 3.11, C++17\nFrameworks: Spring Boot 3.2, React 18\nDatabases: PostgreSQL 15, MongoDB 6.0\n\nACADEMIC DETAILS\nB.Tech (CSE), NIT Trichy, 2019–2023, CGPA 8.9/10\nClass XII (CBSE), 2019, 94.2%\nClass X (CBSE), 2017, 10 CGPA"),
	clean("en-IN", DateOfBirth, "an offer letter's reference, CTC and joining date",
		"Offer Ref: INFY/HR/2025/0418\nDesignation: Systems Engineer\nCTC: ₹6,25,000 per annum\nDate of joining: 15-07-2025\nLocation: Mysuru DC\nNotice period: 90 days"),
	clean("en-IN", Address, "a walk-in drive with a venue and no street number",
		"Walk-in drive for Customer Support (International Voice) on 12-04-2025, 10 AM – 2 PM.\nVenue: Prestige Tech Park, Outer Ring Road, Bengaluru.\nBring 2 copies of your resume and a government ID."),
	clean("en-IN", Phone, "notice period and CTC figures",
		"Total experience: 5.2 years; relevant experience: 4 years. Current CTC 12.5 LPA, expected CTC 16 LPA, notice period 60 days (negotiable). GATE 2019 score 712."),
	pii("en-NG", NationalID, "a Nigerian CV's personal data: date of birth, NIN, phone, e-mail and street; state of origin, LGA and marital status stay",
		"CURRICULUM VITAE\n\nPERSONAL DATA\nName: Adebayo Oluwaseun Adeyemi\nDate of Birth: 12th June 1993\nState of Origin: Ogun State\nLGA: Abeokuta South\nNationality: Nigerian\nMarital Status: Single\nNIN: 48291736520\nPhone: 0803 555 0192\nE-mail: adebayo.adeyemi@yahoo.com\nAddress: 15 Adeola Odeku Street, Victoria Island, Lagos",
		"CURRICULUM VITAE\n\nPERSONAL DATA\nName: <NAME_1>\nDate of Birth: <DATE_OF_BIRTH_1>\nState of Origin: Ogun State\nLGA: Abeokuta South\nNationality: Nigerian\nMarital Status: Single\nNIN: <NATIONAL_ID_1>\nPhone: <PHONE_1>\nE-mail: <EMAIL_1>\nAddress: <ADDRESS_1>, Victoria Island, Lagos"),
	pii("en-NG", Name, "next of kin with title, relationship and phone",
		"NEXT OF KIN\nName: Mrs. Ngozi Okafor\nRelationship: Mother\nPhone: +234 809 123 4567",
		"NEXT OF KIN\nName: Mrs. <NAME_1>\nRelationship: Mother\nPhone: <PHONE_1>"),
	pii("en-NG", Phone, "referees: a professor and an engineer with their titles and phones",
		"REFEREES\n1. Prof. Babatunde Ogunleye\n   Department of Civil Engineering, University of Lagos\n   0802 555 0147\n2. Engr. Chiamaka Nwosu\n   Project Manager, Julius Berger Nigeria Plc\n   +234 803 555 0110",
		"REFEREES\n1. Prof. <NAME_1>\n   Department of Civil Engineering, University of Lagos\n   <PHONE_1>\n2. Engr. <NAME_2>\n   Project Manager, Julius Berger Nigeria Plc\n   <PHONE_2>"),
	pii("en-NG", Name, "an application letter signed 'Yours faithfully'",
		"The Human Resources Manager,\nDangote Cement Plc,\nIkoyi, Lagos.\n\nDear Sir,\n\nAPPLICATION FOR THE POST OF ACCOUNTANT\n\nI wish to apply for the above position as advertised in The Guardian of 3rd March 2025. I am a chartered accountant (ICAN) with five years of audit experience.\n\nYours faithfully,\nFatima Bello",
		"The Human Resources Manager,\nDangote Cement Plc,\nIkoyi, Lagos.\n\nDear Sir,\n\nAPPLICATION FOR THE POST OF ACCOUNTANT\n\nI wish to apply for the above position as advertised in The Guardian of 3rd March 2025. I am a chartered accountant (ICAN) with five years of audit experience.\n\nYours faithfully,\n<NAME_1>"),
	pii("en-NG", Phone, "a recruiter's message with the candidate's name after a title and a callback number",
		"Good day Mr. Adewale, your CV has been shortlisted for the Sales Executive role at Nestlé Nigeria. Kindly call 0809 123 4567 to confirm your availability for an interview on Thursday.",
		"Good day Mr. <NAME_1>, your CV has been shortlisted for the Sales Executive role at Nestlé Nigeria. Kindly call <PHONE_1> to confirm your availability for an interview on Thursday."),
	clean("en-NG", Name, "education and work experience with grades and dates",
		"EDUCATION\nB.Sc. Accounting (Second Class Upper), Obafemi Awolowo University, Ile-Ife, 2014–2018\nWAEC SSCE, 2013: 8 credits\nICAN Professional (ACA), 2021\n\nWORK EXPERIENCE\nAudit Associate, PwC Nigeria, Lagos | Oct 2019 – date"),
	clean("en-NG", DateOfBirth, "a graduate trainee advert with an age limit and deadlines",
		"Job Title: Graduate Trainee (Ref: DC/GT/2025/03)\nQualification: Minimum of Second Class Upper; NYSC discharge certificate\nAge: Not more than 27 years as at 31st March 2025\nApplication deadline: 30th April 2025"),
	pii("en-AU", NationalID, "an employee details form: DOB, street, mobile, TFN and the super fund's member number",
		"Employee details — new casual\nName: Liam O'Sullivan\nDOB: 03/02/1991\nAddress: 27 Brunswick Street, Fitzroy VIC 3065\nMobile: 0491 570 913\nTFN: 617 304 827\nSuper fund: AustralianSuper, member no. 70418293",
		"Employee details — new casual\nName: <NAME_1>\nDOB: <DATE_OF_BIRTH_1>\nAddress: <ADDRESS_1>, Fitzroy VIC 3065\nMobile: <PHONE_1>\nTFN: <NATIONAL_ID_1>\nSuper fund: AustralianSuper, member no. <NATIONAL_ID_2>"),
	pii("en-AU", Phone, "a resume header with an international mobile and e-mail",
		"Chloe Nguyen\nMelbourne VIC | +61 491 570 110 | chloe.nguyen@bigpond.com\n\nCAREER SUMMARY\nRegistered nurse (AHPRA) with 6 years in emergency and aged care.",
		"<NAME_1>\nMelbourne VIC | <PHONE_1> | <EMAIL_1>\n\nCAREER SUMMARY\nRegistered nurse (AHPRA) with 6 years in emergency and aged care."),
	pii("en-AU", Name, "referees with a store manager's landline",
		"Referees\nMark Davies – Store Manager, Woolworths Newtown – (02) 5550 1234\nPriya Raman – Team Leader, Telstra – 0491 570 993",
		"Referees\n<NAME_1> – Store Manager, Woolworths Newtown – <PHONE_1>\n<NAME_2> – Team Leader, Telstra – <PHONE_2>"),
	pii("en-AU", Email, "a follow-up e-mail: first name greeting, 'Cheers' sign-off, e-mail",
		"Hi Jess,\n\nThanks for the chat today about the Graduate Analyst role. As promised, my academic transcript is attached (WAM 78.4).\n\nCheers,\nBen Walker\nben.walker@gmail.com",
		"Hi <NAME_1>,\n\nThanks for the chat today about the Graduate Analyst role. As promised, my academic transcript is attached (WAM 78.4).\n\nCheers,\n<NAME_2>\n<EMAIL_1>"),
	clean("en-AU", Phone, "a selection-criteria answer with an APS classification, salary and position number",
		"KSC 3: Demonstrated ability to manage competing priorities. In my role as Team Leader at Telstra (2019–2023) I managed a queue of 40+ tickets a day. The role is APS 6, $98,000 – $108,000 plus 15.4% super, position number 00048217."),
	clean("en-AU", NationalID, "licences and clearances without numbers",
		"Licences: Open driver licence (C class), Forklift (LF) licence, White Card (construction induction), RSA (NSW), Working with Children Check: cleared."),
	pii("en-CA", NationalID, "an onboarding checklist: legal name, SIN, date of birth and street",
		"Onboarding checklist – new hire\nLegal name: Émilie Tremblay\nSIN: 463 172 056\nDate of birth: 1990-11-02\nAddress: 417 Dundas Street West, Toronto ON M5T 1G6\nStart date: 2025-05-05",
		"Onboarding checklist – new hire\nLegal name: <NAME_1>\nSIN: <NATIONAL_ID_1>\nDate of birth: <DATE_OF_BIRTH_1>\nAddress: <ADDRESS_1>, Toronto ON M5T 1G6\nStart date: 2025-05-05"),
	clean("en-CA", NationalID, "a job posting that mentions a SIN without one",
		"Job ID 48217 – Bilingual Customer Service Agent, $22.50/hr, 37.5 hrs/week. Candidates must be legally entitled to work in Canada; a SIN is required at hire."),
	pii("de-DE", DateOfBirth, "a Lebenslauf's Persönliche Daten: Geburtsdatum, Anschrift, Telefon, E-Mail; Geburtsort, Staatsangehörigkeit and Familienstand stay",
		"Kannst du meinen Lebenslauf ins Englische übersetzen?\n\nLebenslauf\n\nPersönliche Daten\nName: Katharina Schäfer\nGeburtsdatum: 03.05.1992\nGeburtsort: Freiburg im Breisgau\nStaatsangehörigkeit: deutsch\nFamilienstand: verheiratet, ein Kind\nAnschrift: Lindenstraße 14, 79098 Freiburg\nTelefon: 0761 48291736\nE-Mail: k.schaefer@gmx.de",
		"Kannst du meinen Lebenslauf ins Englische übersetzen?\n\nLebenslauf\n\nPersönliche Daten\nName: <NAME_1>\nGeburtsdatum: <DATE_OF_BIRTH_1>\nGeburtsort: Freiburg im Breisgau\nStaatsangehörigkeit: deutsch\nFamilienstand: verheiratet, ein Kind\nAnschrift: <ADDRESS_1>, 79098 Freiburg\nTelefon: <PHONE_1>\nE-Mail: <EMAIL_1>"),
	pii("de-DE", Name, "a CV header: the name alone, then street, mobile and e-mail on one line; the employment history stays",
		"Jonas Albrecht\nSchillerstraße 7, 80336 München · +49 170 4829173 · jonas.albrecht@posteo.de\n\nBerufserfahrung\n03/2020 – heute    Senior Consultant, Accenture GmbH, München\n10/2017 – 02/2020  Consultant, Capgemini Deutschland GmbH, Stuttgart",
		"<NAME_1>\n<ADDRESS_1>, 80336 München · <PHONE_1> · <EMAIL_1>\n\nBerufserfahrung\n03/2020 – heute    Senior Consultant, Accenture GmbH, München\n10/2017 – 02/2020  Consultant, Capgemini Deutschland GmbH, Stuttgart"),
	pii("de-DE", Name, "an Anschreiben: the addressee after Frau Dr., the signature after Mit freundlichen Grüßen",
		"Bitte kürzen:\n\nSehr geehrte Frau Dr. Lehmann,\n\nmit großem Interesse habe ich Ihre Ausschreibung der Stelle als Referentin Unternehmenskommunikation (Kennziffer 2025-117) gelesen. Seit 2019 verantworte ich bei der Deutschen Bahn die interne Kommunikation für 4.000 Beschäftigte.\n\nMit freundlichen Grüßen\n\nLena Hoffmann",
		"Bitte kürzen:\n\nSehr geehrte Frau Dr. <NAME_1>,\n\nmit großem Interesse habe ich Ihre Ausschreibung der Stelle als Referentin Unternehmenskommunikation (Kennziffer 2025-117) gelesen. Seit 2019 verantworte ich bei der Deutschen Bahn die interne Kommunikation für 4.000 Beschäftigte.\n\nMit freundlichen Grüßen\n\n<NAME_2>"),
	pii("de-DE", NationalID, "a Personalbogen for a new hire: 'Name, Vorname', Steuer-ID, Rentenversicherungsnummer, salary IBAN and the personnel number; the health insurer stays",
		"Personalbogen – Neueinstellung zum 01.04.2025\nName, Vorname: Öztürk, Can\ngeboren am: 21.01.1997\nSteuer-Identifikationsnummer: 59 182 746 386\nRentenversicherungsnummer: 65 210197 O 045\nKrankenkasse: Barmer\nBankverbindung (IBAN): DE28 1005 0000 4829 1736 50\nPersonalnummer: 017364",
		"Personalbogen – Neueinstellung zum 01.04.2025\nName, Vorname: <NAME_1>\ngeboren am: <DATE_OF_BIRTH_1>\nSteuer-Identifikationsnummer: <NATIONAL_ID_1>\nRentenversicherungsnummer: <NATIONAL_ID_2>\nKrankenkasse: Barmer\nBankverbindung (IBAN): <IBAN_1>\nPersonalnummer: <NATIONAL_ID_3>"),
	pii("de-DE", Email, "a job ad's contact: the HR contact person, the application mailbox and the phone",
		"Wir freuen uns auf Ihre Bewerbung bis zum 30.04.2025 unter Angabe der Kennziffer 2025-117 an karriere@stadtwerke-heilbronn.de. Für Rückfragen steht Ihnen Frau Petra Wolff unter 07131 562-173 zur Verfügung.",
		"Wir freuen uns auf Ihre Bewerbung bis zum 30.04.2025 unter Angabe der Kennziffer 2025-117 an <EMAIL_1>. Für Rückfragen steht Ihnen Frau <NAME_1> unter <PHONE_1> zur Verfügung.").leftAs("a landline with a hyphenated extension (\"07131 562-173\") after a word that is no phone cue (\"unter\")"),
	pii("de-DE", Phone, "a recruiter's XING message: Herr and the surname, the recruiter's mobile and name; salary band stays",
		"Hallo Herr Schulz,\n\nich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Für einen Kunden aus der Automobilbranche suche ich einen Embedded-Entwickler (C/C++, AUTOSAR) in Stuttgart, 85–95 T€. Hätten Sie Zeit für ein kurzes Telefonat? Sie erreichen mich unter 0151 48273619.\n\nViele Grüße\nMiriam Koch\nSenior Recruiterin",
		"Hallo Herr <NAME_1>,\n\nich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Für einen Kunden aus der Automobilbranche suche ich einen Embedded-Entwickler (C/C++, AUTOSAR) in Stuttgart, 85–95 T€. Hätten Sie Zeit für ein kurzes Telefonat? Sie erreichen mich unter <PHONE_1>.\n\nViele Grüße\n<NAME_2>\nSenior Recruiterin"),
	pii("de-DE", Phone, "a Europass CV's German fields: name, address, phone and mobile, e-mail, date of birth; nationality and sex stay",
		"Europass Lebenslauf\nVorname(n) / Nachname(n): Anna-Lena Vogt\nAdresse(n): Rohrbacher Straße 38, 69115 Heidelberg (Deutschland)\nTelefon: +49 6221 482917   Mobil: +49 160 93175284\nE-Mail: annalena.vogt@web.de\nStaatsangehörigkeit: deutsch\nGeburtsdatum: 11.09.1995\nGeschlecht: weiblich",
		"Europass Lebenslauf\nVorname(n) / Nachname(n): <NAME_1>\nAdresse(n): <ADDRESS_1>, 69115 Heidelberg (Deutschland)\nTelefon: <PHONE_1>   Mobil: <PHONE_2>\nE-Mail: <EMAIL_1>\nStaatsangehörigkeit: deutsch\nGeburtsdatum: <DATE_OF_BIRTH_1>\nGeschlecht: weiblich"),
	pii("de-DE", DateOfBirth, "an Arbeitszeugnis's opening sentence: the employee after Frau, born on a date in a town; the dates of employment stay",
		"Ist dieses Arbeitszeugnis gut oder eher mittelmäßig?\n\nFrau Julia Neumann, geboren am 17.02.1990 in Kassel, war vom 01.03.2018 bis 31.12.2024 in unserem Unternehmen als Marketing Managerin tätig. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollen Zufriedenheit.",
		"Ist dieses Arbeitszeugnis gut oder eher mittelmäßig?\n\nFrau <NAME_1>, geboren am <DATE_OF_BIRTH_1> in Kassel, war vom 01.03.2018 bis 31.12.2024 in unserem Unternehmen als Marketing Managerin tätig. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollen Zufriedenheit."),
	clean("de-DE", Name, "Berufserfahrung and Ausbildung with month/year ranges, 'heute', a grade and language levels",
		"Berufserfahrung\n03/2020 – heute  Data Engineer, Zalando SE, Berlin\n• Aufbau einer Streaming-Pipeline mit Apache Kafka 3.6 und Flink 1.18\n04/2017 – 02/2020  Werkstudent Data Science, SAP SE, Walldorf\n\nAusbildung\n10/2014 – 03/2017  B.Sc. Informatik, KIT Karlsruhe (Note 1,7)\n\nSprachen: Deutsch (Muttersprache), Englisch (C1), Spanisch (B1)"),
	clean("de-DE", Address, "a CV template's Persönliche Daten with bracketed placeholders and a date format",
		"Vorlage Lebenslauf – Persönliche Daten\nName: [Vorname Nachname]\nGeburtsdatum: TT.MM.JJJJ\nAnschrift: [Straße Hausnummer], [PLZ Ort]\nTelefon: [Telefonnummer]\nE-Mail: [E-Mail-Adresse]"),
	clean("de-DE", DateOfBirth, "a public-sector job ad: number, pay grade, deadline, interview week",
		"Stellenausschreibung Nr. 2025/117 – Sachbearbeiter/in Personal (m/w/d)\nEntgeltgruppe 9a TVöD, unbefristet, Vollzeit (39 Std./Woche)\nBewerbungsfrist: 30.04.2025\nVorstellungsgespräche voraussichtlich in KW 20\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt."),
	clean("de-DE", Name, "Arbeitszeugnis phrases without a person",
		"Was bedeuten diese Formulierungen im Arbeitszeugnis? „Er erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.“ und „Wir bedauern sein Ausscheiden sehr und wünschen ihm für die Zukunft alles Gute.“"),
	clean("de-DE", NationalID, "certificates with a certificate number and exam codes",
		"Zertifikate\n2023  ISTQB Certified Tester Foundation Level (Zertifikatsnummer 23-CTFL-048217)\n2022  Professional Scrum Master I (Scrum.org)\n2021  SAP Certified Application Associate – SAP S/4HANA (C_TS4FI_2021)"),
	clean("de-DE", Phone, "salary expectation, notice period and the earliest start date",
		"Gehaltsvorstellung: 68.000 € brutto p. a.; Kündigungsfrist: 3 Monate zum Quartalsende; frühestmöglicher Eintrittstermin: 01.07.2025. Eine Lücke von 04/2022 bis 09/2022 erkläre ich mit einer Weiterbildung (AWS SAA-C03) und Elternzeit."),
	pii("de-CH", NationalID, "a Swiss CV's Personalien: address, mobile, e-mail and AHV number; the birth year alone, civil status and nationality stay",
		"Personalien\nName: Reto Baumann\nJahrgang: 1988\nAdresse: Seefeldstrasse 45, 8008 Zürich\nMobile: +41 79 482 91 73\nE-Mail: reto.baumann@bluewin.ch\nZivilstand: ledig\nNationalität: Schweizer\nAHV-Nr.: 756.2137.4829.11",
		"Personalien\nName: <NAME_1>\nJahrgang: 1988\nAdresse: <ADDRESS_1>, 8008 Zürich\nMobile: <PHONE_1>\nE-Mail: <EMAIL_1>\nZivilstand: ledig\nNationalität: Schweizer\nAHV-Nr.: <NATIONAL_ID_1>"),
	pii("de-CH", IBAN, "a Swiss personnel sheet with the salary account",
		"Personalblatt Eintritt 1. Juni 2025\nName / Vorname: Keller, Sandra\nGeburtsdatum: 19.04.1987\nLohnkonto (IBAN): CH27 0070 0110 0048 2917 3\nPensum: 80 %",
		"Personalblatt Eintritt 1. Juni 2025\nName / Vorname: <NAME_1>\nGeburtsdatum: <DATE_OF_BIRTH_1>\nLohnkonto (IBAN): <IBAN_1>\nPensum: 80 %"),
	pii("de-CH", Phone, "references with a business line",
		"Referenzen\nHerr Thomas Brunner, Teamleiter IT, Swisscom AG, 058 221 48 29\nFrau Nicole Frei, HR Business Partner, Migros-Genossenschafts-Bund, +41 44 277 48 21",
		"Referenzen\nHerr <NAME_1>, Teamleiter IT, Swisscom AG, <PHONE_1>\nFrau <NAME_2>, HR Business Partner, Migros-Genossenschafts-Bund, <PHONE_2>"),
	pii("de-CH", Name, "a Swiss cover letter signed with 'Freundliche Grüsse'",
		"Sehr geehrte Damen und Herren\n\nIhre Ausschreibung als Sachbearbeiterin Treuhand (80–100 %) hat mich sofort angesprochen. Nach meiner KV-Lehre bei der UBS habe ich den Fachausweis Treuhand abgeschlossen.\n\nFreundliche Grüsse\n\nSandra Keller",
		"Sehr geehrte Damen und Herren\n\nIhre Ausschreibung als Sachbearbeiterin Treuhand (80–100 %) hat mich sofort angesprochen. Nach meiner KV-Lehre bei der UBS habe ich den Fachausweis Treuhand abgeschlossen.\n\nFreundliche Grüsse\n\n<NAME_1>"),
	clean("de-CH", Phone, "a Swiss job ad: workload, start date, reference number and salary band",
		"Pensum 80–100 %, Stellenantritt per 1. Juni 2025 oder nach Vereinbarung, Referenznummer 48217, Lohnband CHF 105'000–125'000, Arbeitsort Basel."),
	clean("de-CH", Name, "further education with diplomas and years",
		"Weiterbildung: CAS Data Science, ZHAW (2022); Dipl. Wirtschaftsinformatiker HF (2016); Sprachaufenthalt Vancouver (Cambridge C1 Advanced, 2014)."),
	pii("fr-FR", DateOfBirth, "a French CV header: 'Née le … à …', street, mobile and e-mail; 'Permis B' stays",
		"Tu peux améliorer la présentation de mon CV ?\n\nCamille Roux\nNée le 12 mars 1994 à Lyon\n26 avenue Jean Jaurès, 69007 Lyon\n06 39 98 57 03 – camille.roux94@orange.fr\nPermis B – véhiculée\n\nCheffe de projet événementiel – 6 ans d'expérience",
		"Tu peux améliorer la présentation de mon CV ?\n\n<NAME_1>\nNée le <DATE_OF_BIRTH_1> à Lyon\n<ADDRESS_1>, 69007 Lyon\n<PHONE_1> – <EMAIL_1>\nPermis B – véhiculée\n\nCheffe de projet événementiel – 6 ans d'expérience"),
	pii("fr-FR", Name, "a lettre de motivation's closing formula and signature",
		"Madame, Monsieur,\n\nActuellement en Master 2 Finance à l'IAE de Lille, je souhaite effectuer mon stage de fin d'études au sein de votre direction financière à partir d'avril 2025.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nJulien Moreau",
		"Madame, Monsieur,\n\nActuellement en Master 2 Finance à l'IAE de Lille, je souhaite effectuer mon stage de fin d'études au sein de votre direction financière à partir d'avril 2025.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n<NAME_1>"),
	pii("fr-FR", NationalID, "an hiring file: surname and given name in separate fields, NIR, IBAN and a 'bis' house number",
		"Dossier d'embauche – pièces reçues\nNom : ROUSSEAU\nPrénom : Élodie\nNuméro de sécurité sociale : 2 91 11 33 063 482 17\nRIB / IBAN : FR76 3000 4008 2300 0104 8291 735\nAdresse : 9 bis rue des Lilas, 33000 Bordeaux\nDate d'entrée : 02/06/2025",
		"Dossier d'embauche – pièces reçues\nNom : <NAME_1>\nPrénom : <NAME_2>\nNuméro de sécurité sociale : <NATIONAL_ID_1>\nRIB / IBAN : <IBAN_1>\nAdresse : <ADDRESS_1>, 33000 Bordeaux\nDate d'entrée : 02/06/2025"),
	pii("fr-FR", Phone, "references with M. and Mme, a landline and an e-mail",
		"Références :\nM. Philippe Garnier, directeur d'agence, Crédit Agricole – 01 99 00 63 15\nMme Sophie Lambert, responsable RH, Decathlon – s.lambert@decathlon.com",
		"Références :\nM. <NAME_1>, directeur d'agence, Crédit Agricole – <PHONE_1>\nMme <NAME_2>, responsable RH, Decathlon – <EMAIL_1>"),
	pii("fr-FR", Email, "an unsolicited application e-mail signed with name, mobile and e-mail",
		"Objet : Candidature spontanée – Assistante de direction\n\nBonjour,\n\nJe me permets de vous adresser ma candidature pour un poste d'assistante de direction. Vous trouverez ci-joint mon CV.\n\nCordialement,\nInès Belkacem\n+33 6 39 98 40 12\nines.belkacem@laposte.net",
		"Objet : Candidature spontanée – Assistante de direction\n\nBonjour,\n\nJe me permets de vous adresser ma candidature pour un poste d'assistante de direction. Vous trouverez ci-joint mon CV.\n\nCordialement,\n<NAME_1>\n<PHONE_1>\n<EMAIL_1>"),
	pii("fr-FR", Name, "a recruiter's LinkedIn message: first name greeting, recruiter's name and line",
		"Bonjour Thomas,\n\nJe suis chargée de recrutement chez Hays et je recherche un développeur Java senior pour un client du secteur bancaire à La Défense (55–65 k€). Seriez-vous disponible pour en discuter ?\n\nBien à vous,\nClaire Fontaine\nConsultante senior – Hays Paris\n01 99 00 21 37",
		"Bonjour <NAME_1>,\n\nJe suis chargée de recrutement chez Hays et je recherche un développeur Java senior pour un client du secteur bancaire à La Défense (55–65 k€). Seriez-vous disponible pour en discuter ?\n\nBien à vous,\n<NAME_2>\nConsultante senior – Hays Paris\n<PHONE_1>"),
	pii("fr-FR", DateOfBirth, "a certificat de travail: the HR director who signs, the employee after M., born on a date in a town",
		"Est-ce que ce certificat de travail est conforme ?\n\nJe soussignée, Marie Laurent, directrice des ressources humaines de la société Veolia Eau, certifie que M. Karim Haddad, né le 9 février 1988 à Marseille, a été employé du 01/09/2016 au 28/02/2025 en qualité de technicien de maintenance.",
		"Est-ce que ce certificat de travail est conforme ?\n\nJe soussignée, <NAME_1>, directrice des ressources humaines de la société Veolia Eau, certifie que M. <NAME_2>, né le <DATE_OF_BIRTH_1> à Marseille, a été employé du 01/09/2016 au 28/02/2025 en qualité de technicien de maintenance."),
	clean("fr-FR", Name, "experience, education and skills with year ranges, a TOEIC score and 'Permis B'",
		"EXPÉRIENCES PROFESSIONNELLES\nDepuis 09/2021 – Cheffe de projet digital, L'Oréal, Clichy\n2018 – 2021 – Chargée de communication, SNCF, Saint-Denis\n\nFORMATION\n2018 – Master 2 Communication, Sciences Po Paris (mention Bien)\n\nCOMPÉTENCES\nSuite Adobe CC 2024, Figma, Google Analytics 4\nLangues : anglais courant (TOEIC 945), espagnol B2\nPermis B"),
	clean("fr-FR", Phone, "a job offer: reference, salary, location and deadline",
		"Offre n° 2025-0417 – Contrôleur de gestion H/F\nCDI, statut cadre, 45–52 k€ bruts annuels\nPoste basé à Nantes, télétravail 2 j/semaine\nDate limite de candidature : 15/05/2025"),
	clean("fr-FR", Phone, "a CV template with masked phone digits and bracketed fields",
		"Modèle de CV :\nPrénom NOM\nAdresse : [numéro et rue], [code postal] [ville]\nTéléphone : 06 XX XX XX XX\nE-mail : [votre adresse e-mail]\nPermis : B").leftAs("a template's \"Prénom NOM\" is read as a given name and a family name in capitals"),
	clean("fr-FR", DateOfBirth, "a doctoral thesis defence date, a HAL id and a DOI",
		"Thèse de doctorat soutenue le 12/12/2019, Université Paris-Saclay (HAL Id : tel-02481736). Article principal : Journal of Computational Physics, vol. 409, DOI 10.1016/j.jcp.2020.109482."),
	clean("fr-FR", DateOfBirth, "a profile that gives a birth year only",
		"Profil : jeune ingénieur (né en 1998), mobile France entière, permis B, disponible immédiatement. Prétentions salariales : 42 k€."),
	pii("fr-BE", NationalID, "a Belgian CV's personal data: surname and given name fields, national register number, street with the number after it, GSM",
		"Nom : Dubois\nPrénom : Antoine\nDate de naissance : 30/07/1985\nNuméro de registre national : 85.07.30-117.41\nAdresse : Avenue Louise 231, 1050 Ixelles\nGSM : 0470 12 34 56",
		"Nom : <NAME_1>\nPrénom : <NAME_2>\nDate de naissance : <DATE_OF_BIRTH_1>\nNuméro de registre national : <NATIONAL_ID_1>\nAdresse : <ADDRESS_1>, 1050 Ixelles\nGSM : <PHONE_1>"),
	pii("fr-BE", IBAN, "a Belgian onboarding mail: the salary account and the GSM",
		"Bonjour, voici mes données pour le secrétariat social : compte bancaire pour le salaire BE57 0682 4829 1735, GSM +32 470 48 29 17. Merci ! Sarah Lemaire",
		"Bonjour, voici mes données pour le secrétariat social : compte bancaire pour le salaire <IBAN_1>, GSM <PHONE_1>. Merci ! <NAME_1>"),
	pii("fr-BE", NationalID, "a Flemish CV: Naam, Geboortedatum, Rijksregisternummer, Adres, GSM",
		"Persoonlijke gegevens\nNaam: Pieter Janssens\nGeboortedatum: 14/02/1990\nRijksregisternummer: 900214-481-33\nAdres: Kerkstraat 14, 9000 Gent\nGSM: +32 477 48 29 17\nRijbewijs: B",
		"Persoonlijke gegevens\nNaam: <NAME_1>\nGeboortedatum: <DATE_OF_BIRTH_1>\nRijksregisternummer: <NATIONAL_ID_1>\nAdres: <ADDRESS_1>, 9000 Gent\nGSM: <PHONE_1>\nRijbewijs: B"),
	pii("fr-BE", Phone, "a Brussels landline and an e-mail in a cover letter's signature",
		"Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.\n\nNathalie Peeters\n02 512 34 56 – nathalie.peeters@skynet.be",
		"Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.\n\n<NAME_1>\n<PHONE_1> – <EMAIL_1>"),
	clean("fr-BE", Name, "Belgian experience and diplomas with joint committee and distinction",
		"Expérience : 2019 – aujourd'hui : Comptable, Deloitte Belgique, Zaventem (CDI, commission paritaire 200)\nDiplômes : Bachelier en comptabilité, HELMo Liège (2016–2019), grande distinction"),
	clean("fr-BE", Phone, "an Actiris job offer with its reference and pay scale",
		"Offre d'emploi Actiris réf. 4829173 – Technicien de maintenance (h/f/x), barème CP 111, chèques-repas de 8 €, écochèques, voiture de société."),
	pii("es-ES", NationalID, "a Spanish CV's datos personales: DNI, fecha de nacimiento, dirección with floor and door, phone and e-mail; the licence category stays",
		"¿Me ayudas a pasar mi CV a formato europeo?\n\nDATOS PERSONALES\nNombre: Lucía Navarro Gil\nDNI: 70314825F\nFecha de nacimiento: 22/04/1993\nDirección: Calle de Alcalá 45, 3º B, 28014 Madrid\nTeléfono: 634 710 295\nCorreo: lucia.navarro@gmail.com\nCarné de conducir: B",
		"¿Me ayudas a pasar mi CV a formato europeo?\n\nDATOS PERSONALES\nNombre: <NAME_1>\nDNI: <NATIONAL_ID_1>\nFecha de nacimiento: <DATE_OF_BIRTH_1>\nDirección: <ADDRESS_1>, 3º B, 28014 Madrid\nTeléfono: <PHONE_1>\nCorreo: <EMAIL_1>\nCarné de conducir: B"),
	pii("es-ES", NationalID, "a self-introduction with a NIE in a request to adapt a CV",
		"Hola, soy Andrei Popescu, NIE X4829173R, y necesito adaptar mi CV de soldador para una oferta en Zaragoza. ¿Qué pongo en el perfil?",
		"Hola, soy <NAME_1>, NIE <NATIONAL_ID_1>, y necesito adaptar mi CV de soldador para una oferta en Zaragoza. ¿Qué pongo en el perfil?"),
	pii("es-ES", Name, "a carta de presentación: Sra. and the surname before a colon, the signature",
		"Estimada Sra. Martínez:\n\nLe escribo en relación con la oferta de Técnico de Prevención de Riesgos Laborales publicada en InfoJobs (ref. PRL-0425). Cuento con el Máster en PRL y cinco años de experiencia en Acciona.\n\nAtentamente,\nPablo Ruiz Ortega",
		"Estimada Sra. <NAME_1>:\n\nLe escribo en relación con la oferta de Técnico de Prevención de Riesgos Laborales publicada en InfoJobs (ref. PRL-0425). Cuento con el Máster en PRL y cinco años de experiencia en Acciona.\n\nAtentamente,\n<NAME_2>"),
	pii("es-ES", IBAN, "an alta de empleado: social security affiliation number and the IBAN for the payroll",
		"Datos para el alta en la empresa:\nNombre y apellidos: Carmen Delgado Soto\nNº afiliación Seguridad Social: 28 48291736 32\nIBAN para la nómina: ES57 2100 0418 4102 0048 2917\nFecha de alta: 01/06/2025",
		"Datos para el alta en la empresa:\nNombre y apellidos: <NAME_1>\nNº afiliación Seguridad Social: <NATIONAL_ID_1>\nIBAN para la nómina: <IBAN_1>\nFecha de alta: 01/06/2025"),
	pii("es-ES", Phone, "a recruiter's message: the candidate's first name, the recruiter's international mobile and name",
		"Hola Marta,\n\nte escribo de Adecco porque tu perfil encaja con una vacante de Administrativa de Compras en Getafe (jornada completa, 24.000 € brutos). Si te interesa, llámame al +34 612 34 56 78 y lo hablamos.\n\nUn saludo,\nJavier Molina",
		"Hola <NAME_1>,\n\nte escribo de Adecco porque tu perfil encaja con una vacante de Administrativa de Compras en Getafe (jornada completa, 24.000 € brutos). Si te interesa, llámame al <PHONE_1> y lo hablamos.\n\nUn saludo,\n<NAME_2>"),
	pii("es-ES", Phone, "a reference with the title D. and a Madrid landline",
		"Referencias: D. Fernando López, jefe de obra en Ferrovial, tel. 91 123 45 67.",
		"Referencias: D. <NAME_1>, jefe de obra en Ferrovial, tel. <PHONE_1>."),
	clean("es-ES", Name, "experience and education with year ranges, a grade average and language certificates",
		"EXPERIENCIA LABORAL\n2020 – actualidad: Técnica de Selección, Randstad, Barcelona\n2017 – 2020: Administrativa, Mercadona\n\nFORMACIÓN\nGrado en Psicología, Universidad Autónoma de Madrid (2013–2017), nota media 8,1\nMáster en Recursos Humanos, EAE Business School (2018)\n\nIdiomas: inglés C1 (Cambridge CAE), francés B2"),
	clean("es-ES", Phone, "a job offer: reference, salary, contract, start date",
		"Referencia de la oferta: 2025/ADM/0417\nSalario: 24.000 € – 28.000 € brutos anuales\nJornada completa, contrato indefinido\nIncorporación: 01/06/2025\nRequisitos: titulación universitaria, +3 años de experiencia, carné B"),
	clean("es-ES", NationalID, "a blank CV model with underscores and a date format",
		"Modelo de CV: Nombre y apellidos: ____________  DNI: ________-_  Fecha de nacimiento: dd/mm/aaaa  Teléfono: ___ ___ ___"),
	clean("es-ES", DateOfBirth, "contract start and end dates, no birth date",
		"Fecha de inicio del nuevo contrato: 01/09/2025; fin del contrato anterior: 31/07/2025; periodo de prueba: 6 meses; vacaciones: 23 días laborables."),
	pii("es-MX", NationalID, "a Mexican CV: CURP, a written birth date, the street with its colonia, a mobile after Cel.",
		"Nombre: Jorge Alberto Medina Castro\nCURP: MECJ880203HJCDSR08\nFecha de nacimiento: 3 de febrero de 1988\nDomicilio: Av. Insurgentes Sur 2375, Col. Crédito Constructor, 03940 CDMX\nCel.: 55 4710 2963\nEstado civil: casado",
		"Nombre: <NAME_1>\nCURP: <NATIONAL_ID_1>\nFecha de nacimiento: <DATE_OF_BIRTH_1>\nDomicilio: <ADDRESS_1>, Col. Crédito Constructor, 03940 CDMX\nCel.: <PHONE_1>\nEstado civil: casado"),
	pii("es-MX", Email, "a job application e-mail with the vacancy number and the signature",
		"Asunto: Postulación – Analista de Crédito (vacante 48213)\n\nBuen día, adjunto mi CV para la vacante publicada en OCC Mundial. Quedo atenta a sus comentarios.\n\nSaludos,\nDaniela Hernández\ndani.hdz@hotmail.com\nCel. +52 1 55 8765 4321",
		"Asunto: Postulación – Analista de Crédito (vacante 48213)\n\nBuen día, adjunto mi CV para la vacante publicada en OCC Mundial. Quedo atenta a sus comentarios.\n\nSaludos,\n<NAME_1>\n<EMAIL_1>\nCel. <PHONE_1>"),
	pii("es-MX", Name, "personal references with Lic. and Ing. and regional phones",
		"Referencias personales:\nLic. Roberto Sánchez Vega – 33 3615 4829\nIng. Patricia Morales – 81 8123 4567",
		"Referencias personales:\nLic. <NAME_1> – <PHONE_1>\nIng. <NAME_2> – <PHONE_2>").leftAs("Mexican numbers of ten digits without a trunk or a phone word (\"33 3615 4829\" after a dash)"),
	pii("es-MX", NationalID, "an onboarding form with the IMSS social security number",
		"Formato de alta\nNombre: Daniela Hernández Ruiz\nNúmero de Seguridad Social (IMSS): 48128804175\nFecha de ingreso: 02/06/2025\nPuesto: Analista de Crédito",
		"Formato de alta\nNombre: <NAME_1>\nNúmero de Seguridad Social (IMSS): <NATIONAL_ID_1>\nFecha de ingreso: 02/06/2025\nPuesto: Analista de Crédito"),
	clean("es-MX", Phone, "experience and the expected salary",
		"Experiencia: Gerente de Ventas, Grupo Bimbo (2018 – a la fecha); Ejecutiva de Cuenta, Telcel (2014 – 2018). Sueldo deseado: $35,000 MXN mensuales brutos. Disponibilidad para viajar: sí."),
	clean("es-MX", NationalID, "a vacancy with a folio and requirements",
		"Vacante: Auxiliar Contable – Folio 2025-0481. Requisitos: Lic. en Contaduría titulado, manejo de CONTPAQi 2024, SAT e IMSS; edad de 25 a 35 años."),
	pii("es-AR", NationalID, "an Argentine CV: DNI, CUIL, birth date, street with floor and flat, mobile",
		"Nombre y apellido: Martina Sosa\nDNI: 34.829.174\nCUIL: 27-34829174-8\nFecha de nac.: 03/09/1989\nDomicilio: Av. Corrientes 1234, piso 5 \"B\", CABA\nCel: +54 9 11 4823-9173",
		"Nombre y apellido: <NAME_1>\nDNI: <NATIONAL_ID_1>\nCUIL: <NATIONAL_ID_2>\nFecha de nac.: <DATE_OF_BIRTH_1>\nDomicilio: <ADDRESS_1>, piso 5 \"B\", CABA\nCel: <PHONE_1>"),
	pii("es-AR", Name, "a cover letter signed with a landline",
		"De mi mayor consideración:\n\nMe dirijo a ustedes para postularme a la búsqueda de Analista Funcional publicada en Bumeran (aviso 1048217).\n\nSaludos cordiales,\nFederico Gómez\nTel.: 011 4823-9173",
		"De mi mayor consideración:\n\nMe dirijo a ustedes para postularme a la búsqueda de Analista Funcional publicada en Bumeran (aviso 1048217).\n\nSaludos cordiales,\n<NAME_1>\nTel.: <PHONE_1>"),
	pii("es-AR", Phone, "a recruiter's LinkedIn message with a WhatsApp number",
		"Hola Valentina, ¿cómo estás? Vi tu perfil y tenemos una búsqueda de UX Researcher Sr. para una fintech. Si te interesa, escribime al WhatsApp 11 15-4829-1736. ¡Saludos! Nicolás Ferreyra",
		"Hola <NAME_1>, ¿cómo estás? Vi tu perfil y tenemos una búsqueda de UX Researcher Sr. para una fintech. Si te interesa, escribime al WhatsApp <PHONE_1>. ¡Saludos! <NAME_2>").leftAs("an Argentine mobile with its \"15\" (\"11 15-4829-1736\"), and a name signed after \"¡Saludos!\" on the same line"),
	clean("es-AR", Phone, "a search: reference, remuneration in USD, benefits",
		"Búsqueda: Desarrollador/a Sr. Java – Ref. 1048217\nModalidad: híbrida (Palermo, CABA)\nRemuneración: USD 3.500 – 4.200 brutos\nBeneficios: prepaga OSDE 310, 3 semanas de vacaciones").leftAs("\"Sr.\" for senior after a job title is read as the Spanish title before a name (\"Desarrollador/a Sr. Java\")"),
	clean("es-AR", Name, "studies with an average and a course code",
		"Ingeniería en Sistemas, UTN FRBA (2010–2016), promedio 8,21. Ayudante de cátedra de Algoritmos y Estructuras de Datos (K1042), 2013–2015."),
	pii("it-IT", NationalID, "an Italian CV: 'Nata a … il …', codice fiscale, residence street, mobile and e-mail; 'Patente B' stays",
		"CURRICULUM VITAE\n\nInformazioni personali\nNome: Giulia Marchetti\nNata a Bari il 4 aprile 1990\nCodice fiscale: MRCGLI90D44A662V\nResidenza: Via Garibaldi 22, 70122 Bari\nCellulare: 347 123 4567\nE-mail: giulia.marchetti90@libero.it\nPatente: B, automunita",
		"CURRICULUM VITAE\n\nInformazioni personali\nNome: <NAME_1>\nNata a Bari il <DATE_OF_BIRTH_1>\nCodice fiscale: <NATIONAL_ID_1>\nResidenza: <ADDRESS_1>, 70122 Bari\nCellulare: <PHONE_1>\nE-mail: <EMAIL_1>\nPatente: B, automunita"),
	pii("it-IT", Name, "a Europass CV's header line by line: name beside the label, address, phone, e-mail, then sex, birth date, nationality",
		"INFORMAZIONI PERSONALI    Marco Esposito\n    Viale Monza 140, 20127 Milano (Italia)\n    +39 347 1234567\n    marco.esposito@gmail.com\nSesso Maschile | Data di nascita 17/11/1987 | Nazionalità Italiana",
		"INFORMAZIONI PERSONALI    <NAME_1>\n    <ADDRESS_1>, 20127 Milano (Italia)\n    <PHONE_1>\n    <EMAIL_1>\nSesso Maschile | Data di nascita <DATE_OF_BIRTH_1> | Nazionalità Italiana"),
	pii("it-IT", Name, "a lettera di presentazione: Dott.ssa and the surname, the closing and the signature",
		"Gentile Dott.ssa Ferri,\n\ncon la presente desidero candidarmi per la posizione di Responsabile Amministrativo (rif. 48/2025). Ho maturato otto anni di esperienza presso KPMG Advisory.\n\nCordiali saluti,\nAlessandro Conti",
		"Gentile Dott.ssa <NAME_1>,\n\ncon la presente desidero candidarmi per la posizione di Responsabile Amministrativo (rif. 48/2025). Ho maturato otto anni di esperienza presso KPMG Advisory.\n\nCordiali saluti,\n<NAME_2>"),
	pii("it-IT", Phone, "a reference with Ing. and a landline",
		"Referenze: Ing. Paolo Greco, responsabile di produzione presso Brembo S.p.A., tel. 035 605 4829.",
		"Referenze: Ing. <NAME_1>, responsabile di produzione presso Brembo S.p.A., tel. <PHONE_1>."),
	pii("it-IT", Name, "the GDPR consent at the end of an Italian CV, then the signature",
		"Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base al D.Lgs. 196/2003 e al Regolamento UE 2016/679.\n\nMilano, 14/03/2025\nFrancesca Romano",
		"Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base al D.Lgs. 196/2003 e al Regolamento UE 2016/679.\n\nMilano, 14/03/2025\n<NAME_1>"),
	clean("it-IT", Name, "work experience and a degree with honours",
		"ESPERIENZA LAVORATIVA\n09/2019 – in corso  Ingegnere di processo, Ferrero S.p.A., Alba (CN)\n01/2017 – 08/2019  Stagista, Barilla G. e R. Fratelli S.p.A., Parma\nISTRUZIONE\nLaurea magistrale in Ingegneria Chimica, Politecnico di Torino, 110/110 e lode (2016)"),
	clean("it-IT", Phone, "a job ad: reference, contract level, gross salary, deadline",
		"Rif. annuncio 48/2025 – Impiegata amministrativa, CCNL Commercio 4° livello, RAL 28.000–32.000 €, sede di Verona, scadenza candidature 30/04/2025."),
	clean("it-IT", NationalID, "digital skills and certificates with a skills card number",
		"Competenze digitali: Microsoft 365, SAP ERP 6.0, AutoCAD 2024. Certificazioni: IELTS 7.5 (2022); ICDL Full Standard (skills card n. IT-2048173)."),
	pii("pt-BR", NationalID, "a Brazilian currículo header: street with its number and flat, mobile, e-mail and CPF; age and civil status stay",
		"Ana Carolina Souza\nBrasileira, solteira, 29 anos\nRua dos Pinheiros, 870, apto 45 – Pinheiros, São Paulo – SP\nCelular: (11) 94821-7365 | E-mail: anacarol.souza@gmail.com\nCPF: 715.302.846-35\n\nOBJETIVO\nAnalista de Marketing Pleno",
		"<NAME_1>\nBrasileira, solteira, 29 anos\n<ADDRESS_1>, apto 45 – Pinheiros, São Paulo – SP\nCelular: <PHONE_1> | E-mail: <EMAIL_1>\nCPF: <NATIONAL_ID_1>\n\nOBJETIVO\nAnalista de Marketing Pleno"),
	pii("pt-BR", Name, "a carta de apresentação signed with name and mobile",
		"Prezado(a) recrutador(a),\n\nVenho por meio desta manifestar meu interesse na vaga de Engenheiro de Produção Júnior. Tenho experiência com Lean Manufacturing e Power BI.\n\nAtenciosamente,\nLucas Pereira\n+55 21 98765-4321",
		"Prezado(a) recrutador(a),\n\nVenho por meio desta manifestar meu interesse na vaga de Engenheiro de Produção Júnior. Tenho experiência com Lean Manufacturing e Power BI.\n\nAtenciosamente,\n<NAME_1>\n<PHONE_1>"),
	pii("pt-BR", DateOfBirth, "personal data with birth date; birthplace, civil status and CNH category stay",
		"DADOS PESSOAIS\nNome: Bruno Henrique Lima\nData de nascimento: 12/08/1995\nNaturalidade: Recife – PE\nEstado civil: casado\nCNH: categoria B",
		"DADOS PESSOAIS\nNome: <NAME_1>\nData de nascimento: <DATE_OF_BIRTH_1>\nNaturalidade: Recife – PE\nEstado civil: casado\nCNH: categoria B"),
	pii("pt-BR", Email, "an ATS export as JSON lines: candidates, e-mails and phones; job and stage stay",
		"{\"candidato\": \"Fernanda Alves\", \"email\": \"fe.alves@outlook.com\", \"telefone\": \"+55 11 99876-5432\", \"vaga\": \"Analista de Dados Pl.\", \"etapa\": \"Entrevista RH\"}\n{\"candidato\": \"Gustavo Ribeiro\", \"email\": \"gustavo.ribeiro@gmail.com\", \"telefone\": \"+55 31 98123-4567\", \"vaga\": \"Analista de Dados Pl.\", \"etapa\": \"Teste técnico\"}",
		"{\"candidato\": \"<NAME_1>\", \"email\": \"<EMAIL_1>\", \"telefone\": \"<PHONE_1>\", \"vaga\": \"Analista de Dados Pl.\", \"etapa\": \"Entrevista RH\"}\n{\"candidato\": \"<NAME_2>\", \"email\": \"<EMAIL_2>\", \"telefone\": \"<PHONE_2>\", \"vaga\": \"Analista de Dados Pl.\", \"etapa\": \"Teste técnico\"}"),
	pii("pt-BR", Phone, "a recruiter's WhatsApp message: the candidate's first name, the recruiter's name and number",
		"Oi Rafael! Aqui é a Juliana Ramos, recrutadora da Catho. Vi seu currículo para a vaga de Suporte Técnico N2, pode falar hoje à tarde? Me chama no WhatsApp (31) 99876-5432.",
		"Oi <NAME_1>! Aqui é a <NAME_2>, recrutadora da Catho. Vi seu currículo para a vaga de Suporte Técnico N2, pode falar hoje à tarde? Me chama no WhatsApp <PHONE_1>."),
	clean("pt-BR", Name, "experience and education with dates and versions",
		"EXPERIÊNCIA PROFISSIONAL\nItaú Unibanco – Analista de Dados Pleno (03/2021 – atual)\n• Modelos de churn em Python 3.10 e PySpark 3.4\nNubank – Estagiário (2019 – 2021)\nFORMAÇÃO\nBacharelado em Estatística – USP (2015 – 2019)"),
	clean("pt-BR", Phone, "a vacancy: code, salary, benefits, deadline",
		"Vaga: Assistente Administrativo – Código 2025-0417\nSalário: R$ 2.800,00 + VR R$ 35,00/dia + VT\nRegime CLT, 44h semanais\nLocal: Campinas – SP\nInscrições até 30/04/2025"),
	clean("pt-BR", NationalID, "a former employer with its CNPJ and the period of employment",
		"Empresa: Lojas Horizonte Comércio Ltda., CNPJ 48.291.736/0001-92 – período: 02/2018 a 06/2022 – cargo: Supervisor de Loja."),
	pii("pt-PT", NationalID, "a Portuguese CV: birth date, NIF, street with floor and side, mobile",
		"Dados pessoais\nNome: Inês Monteiro\nData de nascimento: 05/03/1996\nNIF: 234 829 176\nMorada: Rua do Ouro 120, 2.º Esq., 1100-063 Lisboa\nTelemóvel: 912 345 678",
		"Dados pessoais\nNome: <NAME_1>\nData de nascimento: <DATE_OF_BIRTH_1>\nNIF: <NATIONAL_ID_1>\nMorada: <ADDRESS_1>, 2.º Esq., 1100-063 Lisboa\nTelemóvel: <PHONE_1>"),
	pii("pt-PT", IBAN, "an admission form: NISS and the IBAN for the salary",
		"Ficha de admissão\nNome completo: Tiago Miguel Fernandes\nNISS: 12073615927\nIBAN para processamento de salário: PT50 0035 0651 0004 8291 7367 6\nData de admissão: 01/07/2025",
		"Ficha de admissão\nNome completo: <NAME_1>\nNISS: <NATIONAL_ID_1>\nIBAN para processamento de salário: <IBAN_1>\nData de admissão: 01/07/2025"),
	pii("pt-PT", Name, "a cover letter with Exmo. Senhor Dr. and the signature with e-mail",
		"Exmo. Senhor Dr. Rui Almeida,\n\nVenho por este meio apresentar a minha candidatura ao lugar de Técnico Oficial de Contas.\n\nCom os melhores cumprimentos,\nTiago Fernandes\ntiago.fernandes@sapo.pt",
		"Exmo. Senhor Dr. <NAME_1>,\n\nVenho por este meio apresentar a minha candidatura ao lugar de Técnico Oficial de Contas.\n\nCom os melhores cumprimentos,\n<NAME_2>\n<EMAIL_1>"),
	clean("pt-PT", Name, "education and experience with a final grade",
		"Habilitações: Licenciatura em Gestão, ISEG – Universidade de Lisboa (2014–2017), média final 15 valores. Experiência: Consultor na PwC Portugal (2017–2022)."),
	clean("pt-PT", Phone, "a job offer with its IEFP number and salary",
		"Oferta de emprego IEFP n.º 588482917 – Técnico de Contabilidade, vencimento 1.250 € x 14 meses, horário 9h–18h, subsídio de refeição 6 €."),
	pii("nl-NL", NationalID, "a personnel form: family name with its particle, given names and the name used apart, BSN, IBAN, street",
		"Personeelsformulier\nAchternaam: de Vries\nVoornamen: Johannes Pieter\nRoepnaam: Jan\nGeboortedatum: 08-06-1989\nBSN: 248291737\nIBAN: NL75 INGB 0004 8291 73\nAdres: Van Baerlestraat 48, 1071 AZ Amsterdam",
		"Personeelsformulier\nAchternaam: <NAME_1>\nVoornamen: <NAME_2>\nRoepnaam: <NAME_3>\nGeboortedatum: <DATE_OF_BIRTH_1>\nBSN: <NATIONAL_ID_1>\nIBAN: <IBAN_1>\nAdres: <ADDRESS_1>, 1071 AZ Amsterdam"),
	pii("nl-NL", Name, "a Dutch CV header with a mobile and e-mail; the town stays",
		"Sanne Mulder\n06-12345678 | sanne.mulder88@ziggo.nl | Utrecht\n\nProfiel\nGedreven HR-adviseur met 7 jaar ervaring in verzuim en arbeidsrecht.",
		"<NAME_1>\n<PHONE_1> | <EMAIL_1> | Utrecht\n\nProfiel\nGedreven HR-adviseur met 7 jaar ervaring in verzuim en arbeidsrecht."),
	pii("nl-NL", Name, "a motivation letter: 'Geachte heer' and the surname, 'Met vriendelijke groet' and the name",
		"Geachte heer Visser,\n\nMet veel enthousiasme reageer ik op de vacature Financieel Controller (vacaturenummer 2025-0417).\n\nMet vriendelijke groet,\nEva Jansen",
		"Geachte heer <NAME_1>,\n\nMet veel enthousiasme reageer ik op de vacature Financieel Controller (vacaturenummer 2025-0417).\n\nMet vriendelijke groet,\n<NAME_2>"),
	pii("nl-NL", Phone, "a reference with an international mobile",
		"Referenties: Mark de Groot (leidinggevende, Rabobank), +31 6 1234 5678.",
		"Referenties: <NAME_1> (leidinggevende, Rabobank), <PHONE_1>."),
	clean("nl-NL", Name, "work experience, education and skills",
		"Werkervaring\n2021 – heden  Product Owner, bol.com, Utrecht\n2018 – 2021  Business Analist, ING, Amsterdam\nOpleiding\n2014 – 2018  BSc Bedrijfskunde, Erasmus Universiteit Rotterdam\nVaardigheden: Jira, SQL, Power BI, Scrum (PSPO I)"),
	clean("nl-NL", Phone, "a vacancy: number, scale, salary, hours and deadline",
		"Vacaturenummer 2025-0417 – Verpleegkundige IC, schaal 50 (Cao umc), € 3.600 – € 5.300 bruto per maand, 32–36 uur, reageren vóór 30 april 2025."),
	clean("nl-NL", NationalID, "a VOG application number and date",
		"Mijn VOG is aangevraagd op 14-03-2025 (aanvraagnummer 2025.048.217); verwachte afgifte binnen 4 weken."),
	pii("pl-PL", DateOfBirth, "a Polish CV header: birth date, street with house and flat, phone and e-mail",
		"CV\nKatarzyna Nowak\nData urodzenia: 23.07.1987\nAdres: ul. Długa 5/12, 80-831 Gdańsk\nTel.: +48 601 234 567\nE-mail: k.nowak87@wp.pl\n\nDoświadczenie zawodowe\n2019 – obecnie  Specjalistka ds. kadr i płac, LPP S.A.",
		"CV\n<NAME_1>\nData urodzenia: <DATE_OF_BIRTH_1>\nAdres: <ADDRESS_1>, 80-831 Gdańsk\nTel.: <PHONE_1>\nE-mail: <EMAIL_1>\n\nDoświadczenie zawodowe\n2019 – obecnie  Specjalistka ds. kadr i płac, LPP S.A."),
	pii("pl-PL", NationalID, "a kwestionariusz osobowy: full name, birth date, PESEL and the account number",
		"Kwestionariusz osobowy dla pracownika\nImię (imiona) i nazwisko: Piotr Andrzej Wiśniewski\nData urodzenia: 14.02.1991\nPESEL: 91021448212\nNumer rachunku bankowego: PL55 1020 5558 0000 4829 1736 5028",
		"Kwestionariusz osobowy dla pracownika\nImię (imiona) i nazwisko: <NAME_1>\nData urodzenia: <DATE_OF_BIRTH_1>\nPESEL: <NATIONAL_ID_1>\nNumer rachunku bankowego: <IBAN_1>"),
	pii("pl-PL", Name, "a list motywacyjny signed after 'Z poważaniem'",
		"Szanowni Państwo,\n\nz zainteresowaniem przeczytałam ogłoszenie o pracy na stanowisku Młodszej Księgowej (nr ref. KS/04/2025).\n\nZ poważaniem\nMagdalena Kowalczyk",
		"Szanowni Państwo,\n\nz zainteresowaniem przeczytałam ogłoszenie o pracy na stanowisku Młodszej Księgowej (nr ref. KS/04/2025).\n\nZ poważaniem\n<NAME_1>"),
	pii("pl-PL", Phone, "a recruiter's message: the candidate in the vocative after Panie, the recruiter's phone and name",
		"Dzień dobry Panie Tomaszu,\n\nrekrutuję na stanowisko Kierownika Magazynu w Strykowie (12–14 tys. zł brutto). Jeśli jest Pan zainteresowany, proszę o kontakt pod numerem 512 345 678.\n\nPozdrawiam,\nAgnieszka Zielińska",
		"Dzień dobry Panie <NAME_1>,\n\nrekrutuję na stanowisko Kierownika Magazynu w Strykowie (12–14 tys. zł brutto). Jeśli jest Pan zainteresowany, proszę o kontakt pod numerem <PHONE_1>.\n\nPozdrawiam,\n<NAME_2>"),
	clean("pl-PL", Name, "experience, education and languages",
		"Doświadczenie zawodowe\n06.2019 – obecnie  Młodszy księgowy, Grant Thornton, Poznań\nWykształcenie\n2014 – 2019  Finanse i rachunkowość, Uniwersytet Ekonomiczny w Poznaniu (mgr)\nJęzyki: angielski B2, niemiecki A2"),
	clean("pl-PL", DateOfBirth, "the recruitment consent clause with a law's date",
		"Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z ustawą z dnia 10 maja 2018 roku o ochronie danych osobowych (Dz. U. 2018, poz. 1000) oraz RODO."),
	pii("cs-CZ", NationalID, "a Czech CV: birth date, rodné číslo, street, phone and e-mail",
		"Životopis\nTereza Dvořáková\nDatum narození: 12. 3. 1992\nRodné číslo: 925312/4826\nBydliště: Korunní 58, 120 00 Praha 2\nTelefon: +420 601 234 567\nE-mail: tereza.dvorakova@seznam.cz",
		"Životopis\n<NAME_1>\nDatum narození: <DATE_OF_BIRTH_1>\nRodné číslo: <NATIONAL_ID_1>\nBydliště: <ADDRESS_1>, 120 00 Praha 2\nTelefon: <PHONE_1>\nE-mail: <EMAIL_1>"),
	pii("cs-CZ", Name, "a cover letter: the addressee in the vocative, the signature",
		"Vážený pane Nováku,\n\nreaguji na Vaši nabídku pozice mzdové účetní (č. 2025/0417).\n\nS pozdravem\nJan Svoboda",
		"Vážený pane <NAME_1>,\n\nreaguji na Vaši nabídku pozice mzdové účetní (č. 2025/0417).\n\nS pozdravem\n<NAME_2>"),
	pii("cs-CZ", IBAN, "an onboarding sheet with the salary account",
		"Osobní dotazník zaměstnance\nJméno a příjmení: Lucie Marková\nZdravotní pojišťovna: VZP\nČíslo účtu (IBAN): CZ91 0800 0000 0048 2917 3657\nNástup: 1. 6. 2025",
		"Osobní dotazník zaměstnance\nJméno a příjmení: <NAME_1>\nZdravotní pojišťovna: VZP\nČíslo účtu (IBAN): <IBAN_1>\nNástup: 1. 6. 2025"),
	clean("cs-CZ", Name, "experience, education and languages",
		"Pracovní zkušenosti: 2018 – dosud: Vývojář Java, Kiwi.com, Brno; Vzdělání: Ing., VUT v Brně, FIT (2013–2018); Jazyky: angličtina C1, němčina B1."),
	clean("cs-CZ", NationalID, "a job offer with the employer's company number",
		"Nabídka práce č. 2025/0417 – Účetní, mzda 42 000 – 48 000 Kč, nástup dle dohody, IČO zaměstnavatele 27082440."),
	pii("sv-SE", NationalID, "a Swedish CV: personnummer, street, mobile and e-mail",
		"CV\nElin Johansson\nPersonnummer: 930508-4809\nSveavägen 48, 111 34 Stockholm\nMobil: 070-174 06 52\nE-post: elin.johansson@telia.com",
		"CV\n<NAME_1>\nPersonnummer: <NATIONAL_ID_1>\n<ADDRESS_1>, 111 34 Stockholm\nMobil: <PHONE_1>\nE-post: <EMAIL_1>"),
	pii("sv-SE", Name, "a personligt brev: first-name greeting and the sign-off",
		"Hej Anna!\n\nJag söker tjänsten som UX-designer hos Klarna (annons-ID 28829173) och bifogar mitt CV.\n\nMed vänliga hälsningar\nOskar Lindqvist",
		"Hej <NAME_1>!\n\nJag söker tjänsten som UX-designer hos Klarna (annons-ID 28829173) och bifogar mitt CV.\n\nMed vänliga hälsningar\n<NAME_2>"),
	pii("sv-SE", Phone, "a reference with an international mobile",
		"Referenser: Karin Berg, närmaste chef på Spotify, +46 70 174 06 38.",
		"Referenser: <NAME_1>, närmaste chef på Spotify, <PHONE_1>."),
	clean("sv-SE", Name, "work experience, education and driving licence",
		"Arbetslivserfarenhet: 2020–nu Backendutvecklare, Klarna; 2017–2020 Systemutvecklare, Ericsson AB. Utbildning: Civilingenjör Datateknik, KTH (2012–2017). Körkort: B."),
	clean("sv-SE", NationalID, "a job ad with its ad id, dates and the employer's org number",
		"Annons-ID 28829173 på Platsbanken – lön enligt överenskommelse, tillträde 2025-08-01, sista ansökningsdag 2025-05-15. Arbetsgivare: Nordlys Konsult AB, org.nr 556048-2910."),
	pii("da-DK", NationalID, "an employment form: CPR number, street with floor and side, phone, IBAN",
		"Ansættelsesskema\nNavn: Mette Kristensen\nCPR-nr.: 140688-4860\nAdresse: Nørrebrogade 12, 2. tv., 2200 København N\nTelefon: +45 20 12 34 56\nIBAN: DK89 3000 4829 1736 50",
		"Ansættelsesskema\nNavn: <NAME_1>\nCPR-nr.: <NATIONAL_ID_1>\nAdresse: <ADDRESS_1>, 2. tv., 2200 København N\nTelefon: <PHONE_1>\nIBAN: <IBAN_1>"),
	pii("da-DK", Name, "an ansøgning: first-name greeting, the sign-off and an eight-digit phone after Tlf.",
		"Kære Lars\n\nTak for en god samtale i går. Som aftalt sender jeg mine eksamensbeviser.\n\nMed venlig hilsen\nSofie Andersen\nTlf. 31 72 05 64",
		"Kære <NAME_1>\n\nTak for en god samtale i går. Som aftalt sender jeg mine eksamensbeviser.\n\nMed venlig hilsen\n<NAME_2>\nTlf. <PHONE_1>"),
	clean("da-DK", Name, "work experience and education",
		"Erhvervserfaring: 2019–nu: Projektleder, Novo Nordisk A/S, Bagsværd. Uddannelse: Cand.polyt., DTU (2017). Sprog: dansk, engelsk, tysk."),
	clean("da-DK", Phone, "a job ad: deadline, pay, hours, job number",
		"Stillingsopslag: ansøgningsfrist 1. maj 2025, løn efter overenskomst (AC), 37 timer/uge, jobnummer 2025-0417."),
	pii("fi-FI", NationalID, "Finnish personal data: henkilötunnus, street with stair and flat, phone",
		"Henkilötiedot\nNimi: Aino Virtanen\nHenkilötunnus: 091194-482F\nOsoite: Mannerheimintie 12 B 7, 00100 Helsinki\nPuhelin: 040 123 4567",
		"Henkilötiedot\nNimi: <NAME_1>\nHenkilötunnus: <NATIONAL_ID_1>\nOsoite: <ADDRESS_1>, 00100 Helsinki\nPuhelin: <PHONE_1>"),
	pii("fi-FI", Name, "an application signed with name, mobile and e-mail",
		"Hei,\n\nhaen Ohjelmistokehittäjän tehtävää (hakunumero 48-2025).\n\nYstävällisin terveisin\nJuha Korhonen\n+358 40 765 4321\njuha.korhonen@elisanet.fi",
		"Hei,\n\nhaen Ohjelmistokehittäjän tehtävää (hakunumero 48-2025).\n\nYstävällisin terveisin\n<NAME_1>\n<PHONE_1>\n<EMAIL_1>"),
	clean("fi-FI", Name, "experience, education and languages",
		"Työkokemus: 2018– Ohjelmistokehittäjä, Reaktor Oy; Koulutus: DI, Aalto-yliopisto (2012–2018); Kielitaito: suomi (äidinkieli), englanti (erinomainen), ruotsi (tyydyttävä)."),
	clean("fi-FI", Phone, "an ad's deadline, pay level and number",
		"Hakuaika päättyy 30.4.2025 klo 16.00. Tehtävän palkkaus: vaativuustaso 7, n. 4 200 €/kk. Hakunumero 48-2025."),
	pii("tr-TR", NationalID, "a Turkish özgeçmiş: birth date, TC Kimlik No, street with door number, mobile and e-mail; birthplace stays",
		"ÖZGEÇMİŞ\n\nKişisel Bilgiler\nAd Soyad: Elif Yıldız\nDoğum Tarihi: 14.02.1995\nDoğum Yeri: İzmir\nT.C. Kimlik No: 30482917374\nAdres: Bağdat Cad. No: 112 D: 5, Kadıköy/İstanbul\nCep: 0 (533) 718 26 40\nE-posta: elif.yildiz@hotmail.com",
		"ÖZGEÇMİŞ\n\nKişisel Bilgiler\nAd Soyad: <NAME_1>\nDoğum Tarihi: <DATE_OF_BIRTH_1>\nDoğum Yeri: İzmir\nT.C. Kimlik No: <NATIONAL_ID_1>\nAdres: <ADDRESS_1> D: 5, Kadıköy/İstanbul\nCep: <PHONE_1>\nE-posta: <EMAIL_1>"),
	pii("tr-TR", IBAN, "a hiring form with the salary IBAN",
		"İşe giriş formu\nAdı Soyadı: Mert Kaya\nMaaş hesabı IBAN: TR12 0006 2000 0048 2917 3650 12\nİşe başlama tarihi: 02.06.2025",
		"İşe giriş formu\nAdı Soyadı: <NAME_1>\nMaaş hesabı IBAN: <IBAN_1>\nİşe başlama tarihi: 02.06.2025"),
	pii("tr-TR", Name, "a cover letter: Sayın and the name, the signature with a mobile",
		"Sayın Mehmet Demir,\n\nŞirketinizin Kıdemli Muhasebe Uzmanı ilanına (İlan No: 2025-0417) başvurmak istiyorum.\n\nSaygılarımla,\nBurak Aydın\n+90 532 987 65 43",
		"Sayın <NAME_1>,\n\nŞirketinizin Kıdemli Muhasebe Uzmanı ilanına (İlan No: 2025-0417) başvurmak istiyorum.\n\nSaygılarımla,\n<NAME_2>\n<PHONE_1>"),
	clean("tr-TR", Name, "experience and education with a GPA and a language score",
		"İş Deneyimi: 2019 – Devam ediyor: Yazılım Mühendisi, Trendyol, İstanbul; Eğitim: Bilgisayar Mühendisliği, ODTÜ (2014 – 2019), GNO 3.21/4.00; Yabancı Dil: İngilizce (YDS 82,5)"),
	clean("tr-TR", NationalID, "a job ad with the employer's tax number",
		"İlan No: 2025-0417 – Muhasebe Uzmanı, tam zamanlı, maaş: 45.000 – 55.000 TL net, son başvuru: 30.04.2025, işveren vergi no: 4810048217."),
	pii("ru-RU", DateOfBirth, "a Russian резюме: name family-first, birth date, phone and e-mail; city, citizenship and salary stay",
		"Иванова Анна Сергеевна\nДата рождения: 12.03.1990\nГород: Москва\nТелефон: +7 (916) 123-45-67\nEmail: anna.ivanova90@yandex.ru\nГражданство: Россия\nЖелаемая должность: аналитик данных\nЗарплата: от 180 000 ₽",
		"<NAME_1>\nДата рождения: <DATE_OF_BIRTH_1>\nГород: Москва\nТелефон: <PHONE_1>\nEmail: <EMAIL_1>\nГражданство: Россия\nЖелаемая должность: аналитик данных\nЗарплата: от 180 000 ₽"),
	pii("ru-RU", NationalID, "a hiring questionnaire: passport series and number, СНИЛС, ИНН, registered address with flat",
		"Анкета при приёме на работу\nФИО: Смирнов Дмитрий Алексеевич\nПаспорт: серия 45 19 730264\nСНИЛС: 163-027-459 46\nИНН: 771248291720\nАдрес регистрации: ул. Баумана, д. 15, кв. 42, г. Казань",
		"Анкета при приёме на работу\nФИО: <NAME_1>\nПаспорт: серия <NATIONAL_ID_1>\nСНИЛС: <NATIONAL_ID_2>\nИНН: <NATIONAL_ID_3>\nАдрес регистрации: <ADDRESS_1>, кв. 42, г. Казань"),
	pii("ru-RU", Name, "a cover letter to a name and patronymic, signed with a landline",
		"Здравствуйте, Ольга Петровна!\n\nПрошу рассмотреть мою кандидатуру на вакансию ведущего бухгалтера.\n\nС уважением,\nСергей Кузнецов\n8 (495) 730-26-14",
		"Здравствуйте, <NAME_1>!\n\nПрошу рассмотреть мою кандидатуру на вакансию ведущего бухгалтера.\n\nС уважением,\n<NAME_2>\n<PHONE_1>"),
	pii("ru-RU", Phone, "a recruiter's message: the candidate's first name, 'меня зовут' and the recruiter's number",
		"Добрый день, Алексей! Меня зовут Марина, я рекрутер в Ozon. Вижу ваше резюме Go-разработчика на hh.ru. Удобно созвониться? Мой номер +7 903 555-12-34.",
		"Добрый день, <NAME_1>! Меня зовут <NAME_2>, я рекрутер в Ozon. Вижу ваше резюме Go-разработчика на hh.ru. Удобно созвониться? Мой номер <PHONE_1>."),
	clean("ru-RU", Name, "experience with duration, stack and a university",
		"Опыт работы\nЯнварь 2019 — настоящее время (6 лет 3 месяца)\nЯндекс, Москва — ведущий разработчик\nСтек: Python 3.11, PostgreSQL 16, Kubernetes 1.29\nОбразование: МГУ, факультет ВМК, 2014"),
	clean("ru-RU", NationalID, "a vacancy with the employer's ИНН",
		"Вакансия № 48217: бухгалтер, зарплата 90 000–110 000 ₽ на руки, график 5/2, ИНН работодателя 7707482915."),
	pii("uk-UA", NationalID, "a Ukrainian CV: birth date, РНОКПП, street with flat, phone",
		"Резюме\nКоваленко Олена Миколаївна\nДата народження: 04.10.1990\nРНОКПП: 3314948207\nАдреса: вул. Хрещатик, 22, кв. 5, Київ\nТел.: +380 67 123 45 67",
		"Резюме\n<NAME_1>\nДата народження: <DATE_OF_BIRTH_1>\nРНОКПП: <NATIONAL_ID_1>\nАдреса: <ADDRESS_1>, кв. 5, Київ\nТел.: <PHONE_1>"),
	pii("uk-UA", Name, "a cover letter to a woman in the vocative, signed with e-mail",
		"Шановна пані Ірино,\n\nнадсилаю своє резюме на вакансію QA Engineer.\n\nЗ повагою,\nАндрій Бондаренко\nandriy.bondarenko@ukr.net",
		"Шановна пані <NAME_1>,\n\nнадсилаю своє резюме на вакансію QA Engineer.\n\nЗ повагою,\n<NAME_2>\n<EMAIL_1>"),
	pii("uk-UA", IBAN, "a hiring note with the salary IBAN",
		"Для оформлення: Бондаренко Андрій Петрович, IBAN для зарплати: UA79 3052 9900 0002 6208 4829 1736 5, дата початку роботи 02.06.2025.",
		"Для оформлення: <NAME_1>, IBAN для зарплати: <IBAN_1>, дата початку роботи 02.06.2025.").leftAs("a name after a label no name cue knows (\"Для оформлення:\")"),
	clean("uk-UA", Name, "experience and education",
		"Досвід роботи: 2019 – дотепер — QA Engineer, SoftServe, Львів; Освіта: Національний університет «Львівська політехніка», 2015–2019; Англійська: Upper-Intermediate."),
	clean("uk-UA", NationalID, "a vacancy with the employer's ЄДРПОУ",
		"Вакансія № 2025-0417, зарплата 45 000 – 60 000 грн, код ЄДРПОУ роботодавця 14360570."),
	pii("el-GR", NationalID, "a Greek CV: birth date, AMKA, street, mobile and e-mail",
		"Βιογραφικό Σημείωμα\nΜαρία Παπαδοπούλου\nΗμερομηνία γέννησης: 21/05/1993\nΑΜΚΑ: 21059348298\nΔιεύθυνση: Σόλωνος 41, 105 63 Αθήνα\nΚινητό: +30 694 123 4567\nEmail: maria.papadopoulou@gmail.com",
		"Βιογραφικό Σημείωμα\n<NAME_1>\nΗμερομηνία γέννησης: <DATE_OF_BIRTH_1>\nΑΜΚΑ: <NATIONAL_ID_1>\nΔιεύθυνση: <ADDRESS_1>, 105 63 Αθήνα\nΚινητό: <PHONE_1>\nEmail: <EMAIL_1>"),
	pii("el-GR", Name, "a cover letter's sign-off with an Athens landline",
		"Παρακαλώ βρείτε συνημμένο το βιογραφικό μου για τη θέση Λογιστή.\n\nΜε εκτίμηση,\nΓιώργος Αντωνίου\nΤηλ.: 210 123 4567",
		"Παρακαλώ βρείτε συνημμένο το βιογραφικό μου για τη θέση Λογιστή.\n\nΜε εκτίμηση,\n<NAME_1>\nΤηλ.: <PHONE_1>"),
	clean("el-GR", Name, "experience and studies with a grade",
		"Επαγγελματική εμπειρία: 2018 – σήμερα, Λογίστρια, Deloitte Ελλάδας· Σπουδές: ΟΠΑ, Λογιστική και Χρηματοοικονομική (2012–2016), βαθμός 7,8."),
	clean("el-GR", NationalID, "a job ad with the employer's ΑΦΜ",
		"Αγγελία: Κωδικός θέσης ΠΕ-0417, μικτές αποδοχές 1.400 € × 14, ΑΦΜ εργοδότη 094829174 (Αιγαίον Λογιστική Α.Ε.)."),
	pii("ro-RO", NationalID, "a Romanian CV: name family-first, birth date, CNP, street with block and flat, phone",
		"Curriculum vitae\nNume: Popescu Andreea\nData nașterii: 08.11.1994\nCNP: 2941108124824\nAdresă: Str. Mihai Eminescu nr. 12, bl. A3, ap. 14, Cluj-Napoca\nTelefon: 0722 123 456",
		"Curriculum vitae\nNume: <NAME_1>\nData nașterii: <DATE_OF_BIRTH_1>\nCNP: <NATIONAL_ID_1>\nAdresă: <ADDRESS_1>, bl. A3, ap. 14, Cluj-Napoca\nTelefon: <PHONE_1>"),
	pii("ro-RO", IBAN, "an onboarding note with the salary IBAN",
		"Date pentru angajare: Ionuț Marinescu, cont IBAN pentru salariu RO05 BTRL RONC RT04 8291 7365 (Banca Transilvania), telefon +40 722 482 917.",
		"Date pentru angajare: <NAME_1>, cont IBAN pentru salariu <IBAN_1> (Banca Transilvania), telefon <PHONE_1>."),
	clean("ro-RO", Name, "experience and studies",
		"Experiență profesională: 2019 – prezent, Inginer software, UiPath, Cluj-Napoca; Studii: Universitatea Tehnică din Cluj-Napoca (2015–2019)."),
	clean("ro-RO", NationalID, "a job ad with an occupation code and the employer's CUI",
		"Anunț: Referent contabil, cod COR 331301, salariu brut 6.500 lei, termen de depunere a dosarelor 30.04.2025, CUI angajator RO14399840."),
	pii("hu-HU", NationalID, "a Hungarian CV: name family-first, birth date, tax id, TAJ number, address with the street after the town, phone",
		"Önéletrajz\nNagy Eszter\nSzületési idő: 1992. március 5.\nAdóazonosító jel: 8457194828\nTAJ szám: 048 291 732\nLakcím: 1061 Budapest, Andrássy út 45.\nTelefon: +36 30 123 4567",
		"Önéletrajz\n<NAME_1>\nSzületési idő: <DATE_OF_BIRTH_1>\nAdóazonosító jel: <NATIONAL_ID_1>\nTAJ szám: <NATIONAL_ID_2>\nLakcím: 1061 Budapest, <ADDRESS_1>.\nTelefon: <PHONE_1>"),
	pii("hu-HU", Name, "an application signed 'Üdvözlettel' with e-mail",
		"Tisztelt Cím!\n\nMellékelten küldöm önéletrajzomat a kontrolleri pozícióra.\n\nÜdvözlettel:\nSzabó Gábor\nszabo.gabor@freemail.hu",
		"Tisztelt Cím!\n\nMellékelten küldöm önéletrajzomat a kontrolleri pozícióra.\n\nÜdvözlettel:\n<NAME_1>\n<EMAIL_1>"),
	clean("hu-HU", Name, "experience, studies and language",
		"Szakmai tapasztalat: 2018 – jelenleg: Controller, MOL Nyrt., Budapest; Tanulmányok: Budapesti Corvinus Egyetem, Gazdálkodás és menedzsment (BSc), 2014–2018; Nyelvtudás: angol C1."),
	clean("hu-HU", DateOfBirth, "a job offer with a Hungarian-format deadline",
		"Állásajánlat azonosító: 2025/417, bruttó bér: 650 000 – 750 000 Ft, jelentkezési határidő: 2025. április 30."),
	pii("ja-JP", Name, "a 履歴書: the ふりがな reading and the 氏名, 生年月日 before 生 and the age, the whole address from the prefecture, phone and mail; the postcode stays",
		"履歴書\nふりがな　なかむら　みさき\n氏名　中村　美咲\n生年月日　1995年4月12日生（満29歳）\n現住所　〒154-0004　東京都世田谷区太子堂2-15-8\n電話　090-7315-2648\nメール　misaki.nakamura@docomo.ne.jp",
		"履歴書\nふりがな　<NAME_1>\n氏名　<NAME_2>\n生年月日　<DATE_OF_BIRTH_1>生（満29歳）\n現住所　〒154-0004　<ADDRESS_1>\n電話　<PHONE_1>\nメール　<EMAIL_1>"),
	pii("ja-JP", DateOfBirth, "a 職務経歴書 header with a Heisei date of birth and a Tokyo landline; the document date stays",
		"職務経歴書\n2025年3月14日現在\n氏名　佐藤　健太\n生年月日：平成4年7月23日\n電話：03-1234-5678",
		"職務経歴書\n2025年3月14日現在\n氏名　<NAME_1>\n生年月日：<DATE_OF_BIRTH_1>\n電話：<PHONE_1>"),
	pii("ja-JP", Email, "an application mail: と申します, the same name in the signature, mobile and mail; the job number stays",
		"件名：【応募】Webエンジニア職（求人番号：A-2025-0417）\n\n株式会社サイバーテック\n採用ご担当者様\n\nはじめまして、鈴木翔太と申します。貴社のWebエンジニア職に応募いたしたく、履歴書と職務経歴書を添付いたします。\n\n鈴木翔太\n携帯：080-9876-5432\nメール：shota.suzuki@gmail.com",
		"件名：【応募】Webエンジニア職（求人番号：A-2025-0417）\n\n株式会社サイバーテック\n採用ご担当者様\n\nはじめまして、<NAME_1>と申します。貴社のWebエンジニア職に応募いたしたく、履歴書と職務経歴書を添付いたします。\n\n<NAME_1>\n携帯：<PHONE_1>\nメール：<EMAIL_1>"),
	pii("ja-JP", NationalID, "onboarding paperwork: the name, My Number and the basic pension number",
		"入社手続き書類\n氏名：高橋　彩\nマイナンバー（個人番号）：7302 6418 5902\n基礎年金番号：4829-173650\n入社日：2025年4月1日",
		"入社手続き書類\n氏名：<NAME_1>\nマイナンバー（個人番号）：<NATIONAL_ID_1>\n基礎年金番号：<NATIONAL_ID_2>\n入社日：2025年4月1日"),
	clean("ja-JP", Name, "education and career history with years and months, licences and a TOEIC score",
		"学歴・職歴\n2014年4月　早稲田大学 理工学部 入学\n2018年3月　同 卒業\n2018年4月　株式会社NTTデータ 入社\n現在に至る\n免許・資格\n2019年6月　基本情報技術者試験 合格\n2021年12月　TOEIC 860点"),
	clean("ja-JP", Phone, "a Hello Work job number, salary, workplace ward and deadline",
		"求人番号：13010-48291751\n職種：経理事務（正社員）\n月給：25万円～32万円\n勤務地：東京都港区\n応募締切：2025年4月30日"),
	clean("ja-JP", Name, "the 本人希望記入欄 and family fields without anyone's data",
		"本人希望記入欄：貴社の規定に従います。\n通勤時間：約45分\n扶養家族数（配偶者を除く）：0人\n配偶者：無\n配偶者の扶養義務：無"),
	pii("zh-CN", NationalID, "a 简历: 姓名, 出生年月 (year and month), 手机, 邮箱, 身份证号 and the address down to the number; sex and native place stay",
		"个人简历\n姓名：王志强\n性别：男\n出生年月：1991年3月\n籍贯：江苏南京\n手机：137 2604 9318\n邮箱：wangzhiqiang1991@163.com\n身份证号：310115199103074816\n现居住地：上海市浦东新区锦绣路1288号",
		"个人简历\n姓名：<NAME_1>\n性别：男\n出生年月：<DATE_OF_BIRTH_1>\n籍贯：江苏南京\n手机：<PHONE_1>\n邮箱：<EMAIL_1>\n身份证号：<NATIONAL_ID_1>\n现居住地：<ADDRESS_1>").leftAs("a year and month without a day after 出生年月 (\"1991年3月\")"),
	pii("zh-CN", Name, "a 求职信: 我是 and the name, the signature after 此致敬礼 with an international mobile",
		"尊敬的招聘负责人：\n\n您好！我是张丽，毕业于复旦大学新闻学院，希望应聘贵公司的新媒体运营岗位。\n\n此致\n敬礼\n\n张丽\n+86 139 1234 5678",
		"尊敬的招聘负责人：\n\n您好！我是<NAME_1>，毕业于复旦大学新闻学院，希望应聘贵公司的新媒体运营岗位。\n\n此致\n敬礼\n\n<NAME_1>\n<PHONE_1>"),
	pii("zh-CN", Phone, "a headhunter's message: the candidate's name, the consultant's name and mobile",
		"您好，刘浩然！我是猎聘的顾问赵雪，目前有一个高级Go开发的机会（年薪60-80万），方便的话请回电 186 1234 5678。",
		"您好，<NAME_1>！我是猎聘的顾问<NAME_2>，目前有一个高级Go开发的机会（年薪60-80万），方便的话请回电 <PHONE_1>。").leftAs("Chinese names in a greeting (\"您好，刘浩然！\") and after a role (\"顾问赵雪\")"),
	pii("zh-CN", Email, "an applicant table as CSV with names, mobiles and e-mails",
		"姓名,手机,邮箱,应聘岗位\n孙晓明,13912345678,sunxm@qq.com,Java开发\n林婷,15098765432,linting88@126.com,产品经理",
		"姓名,手机,邮箱,应聘岗位\n<NAME_1>,<PHONE_1>,<EMAIL_1>,Java开发\n<NAME_2>,<PHONE_2>,<EMAIL_2>,产品经理"),
	clean("zh-CN", DateOfBirth, "work history and education with year.month ranges, a GPA and versions",
		"工作经历\n2019.07 – 至今　字节跳动　高级后端工程师\n2016.07 – 2019.06　阿里巴巴　Java开发工程师\n教育背景\n2012.09 – 2016.06　浙江大学　计算机科学与技术　本科　GPA 3.7/4.0\n技能：Go 1.22、Kubernetes 1.29、MySQL 8.0"),
	clean("zh-CN", NationalID, "a job posting: job number, salary, city district, deadline and the company's credit code",
		"职位编号：JD-2025-0417\n薪资：25K–35K·14薪\n工作地点：深圳市南山区\n截止日期：2025年4月30日\n统一社会信用代码：91440300MA5F48291P"),
	clean("zh-CN", Name, "certificates and scores",
		"证书：PMP（2022年）、CET-6 589分、软考高级系统架构设计师（2021年）、驾驶证C1。"),
	pii("ko-KR", NationalID, "a 이력서: 성명, 생년월일, 주민등록번호, the address down to the number, mobile and e-mail",
		"이력서\n성명: 김서윤\n생년월일: 1996년 8월 12일\n주민등록번호: 960812-2482171\n주소: 서울특별시 마포구 성미산로17길 24\n휴대폰: 010-1234-5678\n이메일: seoyun.kim@naver.com",
		"이력서\n성명: <NAME_1>\n생년월일: <DATE_OF_BIRTH_1>\n주민등록번호: <NATIONAL_ID_1>\n주소: <ADDRESS_1>\n휴대폰: <PHONE_1>\n이메일: <EMAIL_1>"),
	pii("ko-KR", Name, "a 자기소개서 opening: 지원자 and the name before 입니다",
		"안녕하십니까, 지원자 정민호입니다. 저는 5년간 쿠팡에서 물류 데이터 분석을 담당하며 배송 지연율을 12% 낮췄습니다.",
		"안녕하십니까, 지원자 <NAME_1>입니다. 저는 5년간 쿠팡에서 물류 데이터 분석을 담당하며 배송 지연율을 12% 낮췄습니다.").leftAs("a Korean name after the role 지원자 (applicant)"),
	pii("ko-KR", Phone, "a headhunter's message: the candidate with 님, the headhunter's name and international mobile",
		"윤서아님, 안녕하세요. 헤드헌터 최준호입니다. 삼성SDS 클라우드 아키텍트 포지션 관련하여 연락드렸습니다. 편하실 때 +82 10-9876-5432로 연락 부탁드립니다.",
		"<NAME_1>님, 안녕하세요. 헤드헌터 <NAME_2>입니다. 삼성SDS 클라우드 아키텍트 포지션 관련하여 연락드렸습니다. 편하실 때 <PHONE_1>로 연락 부탁드립니다.").leftAs("Korean names before 님 and after the role 헤드헌터"),
	pii("ko-KR", Email, "an applicant table in Markdown with names, e-mails and phones",
		"| 이름 | 이메일 | 연락처 | 지원 직무 |\n|---|---|---|---|\n| 오세진 | sejin.oh@gmail.com | 010-2345-6789 | 백엔드 |\n| 임수빈 | subin.lim@daum.net | 010-3456-7890 | 데이터 분석 |",
		"| 이름 | 이메일 | 연락처 | 지원 직무 |\n|---|---|---|---|\n| <NAME_1> | <EMAIL_1> | <PHONE_1> | 백엔드 |\n| <NAME_2> | <EMAIL_2> | <PHONE_2> | 데이터 분석 |"),
	pii("ko-KR", Address, "a 입사서류 note with the address and an emergency contact",
		"입사 서류 제출합니다. 주소는 경기도 용인시 수지구 풍덕천로 129이고, 비상연락처는 어머니 박미경 010-4821-7365입니다.",
		"입사 서류 제출합니다. 주소는 <ADDRESS_1>이고, 비상연락처는 어머니 <NAME_1> <PHONE_1>입니다.").leftAs("a Korean name after a relation (어머니, mother) in an emergency contact"),
	clean("ko-KR", Name, "career history, education, GPA and certificates",
		"경력사항\n2019.03 ~ 현재  네이버  백엔드 개발자\n2016.01 ~ 2019.02  카카오  서버 개발자\n학력: 서울대학교 컴퓨터공학부 졸업 (2015.02), 학점 3.9/4.5\n자격증: 정보처리기사 (2015), TOEIC 905"),
	clean("ko-KR", NationalID, "a job posting with a salary range, a district and the company's business number",
		"채용공고 번호 2025-0417, 연봉 5,000만 원 ~ 6,500만 원, 근무지: 경기도 성남시 분당구, 마감일 2025.04.30, 사업자등록번호 214-86-48290"),
	pii("ar-EG", NationalID, "an Egyptian CV: birth date, national number, street with district, mobile and e-mail",
		"السيرة الذاتية\nالاسم: أحمد محمود عبد العزيز\nتاريخ الميلاد: 15/03/1994\nالرقم القومي: 29403150104837\nالعنوان: 15 شارع التحرير، الدقي، الجيزة\nالموبايل: 0100 123 4567\nالبريد الإلكتروني: ahmed.mahmoud94@gmail.com",
		"السيرة الذاتية\nالاسم: <NAME_1>\nتاريخ الميلاد: <DATE_OF_BIRTH_1>\nالرقم القومي: <NATIONAL_ID_1>\nالعنوان: <ADDRESS_1>، الدقي، الجيزة\nالموبايل: <PHONE_1>\nالبريد الإلكتروني: <EMAIL_1>"),
	pii("ar-EG", Name, "a cover letter's closing and signature with an international mobile",
		"السيد/ مدير الموارد البشرية المحترم،\n\nأتقدم لشغل وظيفة محاسب أول المعلن عنها، وأرفق سيرتي الذاتية.\n\nوتفضلوا بقبول فائق الاحترام،\nمنى سعيد إبراهيم\n+20 100 987 6543",
		"السيد/ مدير الموارد البشرية المحترم،\n\nأتقدم لشغل وظيفة محاسب أول المعلن عنها، وأرفق سيرتي الذاتية.\n\nوتفضلوا بقبول فائق الاحترام،\n<NAME_1>\n<PHONE_1>").leftAs("an office after السيد/ is read as a name, and the Arabic signature's name has no cue"),
	pii("ar-EG", Phone, "a recruiter's WhatsApp message: the candidate's first name and a compact mobile",
		"مرحبًا أستاذ كريم، تم ترشيحك لمقابلة وظيفة مهندس مبيعات يوم الأحد الساعة 11 صباحًا. برجاء التأكيد على رقم 01012345678.",
		"مرحبًا أستاذ <NAME_1>، تم ترشيحك لمقابلة وظيفة مهندس مبيعات يوم الأحد الساعة 11 صباحًا. برجاء التأكيد على رقم <PHONE_1>.").leftAs("an Arabic first name after أستاذ (a title no cue knows) in a greeting"),
	clean("ar-EG", Name, "experience, degree and military service status",
		"الخبرات العملية: 2018 – حتى الآن: محاسب أول، شركة أوراسكوم للإنشاءات، القاهرة\nالمؤهل: بكالوريوس تجارة، جامعة القاهرة، 2016، تقدير جيد جدًا\nالخدمة العسكرية: أدّيت (2016 – 2017)"),
	clean("ar-EG", DateOfBirth, "a job ad with a number, salary and deadline",
		"إعلان وظيفة رقم 2025/417: مهندس برمجيات، الراتب 25,000 – 35,000 جنيه، آخر موعد للتقديم 30/04/2025"),
	pii("ar-SA", NationalID, "a Saudi CV: name with its lineage, national id, birth date, mobile and e-mail",
		"الاسم: عبدالله بن فهد العتيبي\nرقم الهوية الوطنية: 1073052647\nتاريخ الميلاد: 12/07/1995\nالجوال: +966 50 123 4567\nالبريد: a.alotaibi@outlook.sa",
		"الاسم: <NAME_1>\nرقم الهوية الوطنية: <NATIONAL_ID_1>\nتاريخ الميلاد: <DATE_OF_BIRTH_1>\nالجوال: <PHONE_1>\nالبريد: <EMAIL_1>"),
	pii("ar-SA", NationalID, "an expatriate's CV in English for a Saudi employer: iqama, passport and mobile; the iqama profession stays",
		"PERSONAL DETAILS\nName: Mohammed Irfan Shaikh\nIqama No: 2360174524\nIqama Profession: Accountant\nTransferable Iqama: Yes\nPassport No: P7306154\nMobile: 055 123 4567",
		"PERSONAL DETAILS\nName: <NAME_1>\nIqama No: <NATIONAL_ID_1>\nIqama Profession: Accountant\nTransferable Iqama: Yes\nPassport No: <NATIONAL_ID_2>\nMobile: <PHONE_1>"),
	pii("ar-SA", IBAN, "a joining form with the salary IBAN",
		"نموذج مباشرة عمل\nاسم الموظف: سارة خالد القحطاني\nالآيبان: SA98 8000 0482 9173 6501 9283\nتاريخ المباشرة: 01/06/2025",
		"نموذج مباشرة عمل\nاسم الموظف: <NAME_1>\nالآيبان: <IBAN_1>\nتاريخ المباشرة: 01/06/2025").leftAs("an Arabic name after the label اسم الموظف (employee's name), which no cue knows"),
	clean("ar-SA", NationalID, "experience and certifications with a Cisco id",
		"الخبرات: 2017 – الآن: مهندس شبكات، شركة الاتصالات السعودية (stc)، الرياض؛ الشهادات: CCNP Enterprise (Cisco ID CSCO13482917)، ITIL 4 Foundation"),
	clean("ar-SA", Phone, "expected salary, notice period and the job's reference",
		"الراتب المتوقع: 18,000 ريال شهريًا شامل البدلات، فترة الإشعار: 60 يومًا، رقم الوظيفة REQ-2025-0417"),
	pii("he-IL", NationalID, "a Hebrew CV: ת.ז., birth date, street, mobile and e-mail",
		"קורות חיים\nנועה כהן\nת.ז. 304829179\nתאריך לידה: 14.09.1994\nכתובת: רחוב הרצל 12, תל אביב\nנייד: 052-4817362\nדוא\"ל: noa.cohen@gmail.com",
		"קורות חיים\n<NAME_1>\nת.ז. <NATIONAL_ID_1>\nתאריך לידה: <DATE_OF_BIRTH_1>\nכתובת: <ADDRESS_1>, תל אביב\nנייד: <PHONE_1>\nדוא\"ל: <EMAIL_1>").leftAs("a Hebrew name alone on a CV's line (a script without case, so no capitals mark it)"),
	pii("he-IL", Name, "a cover letter to מר and a name, signed with a mobile",
		"לכבוד\nמר דוד מזרחי\nמנהל משאבי אנוש\n\nהנדון: מועמדות לתפקיד מהנדס DevOps\n\nבברכה,\nיונתן אברהם\n050-7364819",
		"לכבוד\nמר <NAME_1>\nמנהל משאבי אנוש\n\nהנדון: מועמדות לתפקיד מהנדס DevOps\n\nבברכה,\n<NAME_2>\n<PHONE_1>").leftAs("a Hebrew name after מר on the line under לכבוד, and the signature's name after בברכה"),
	pii("he-IL", Phone, "a referee with a mobile",
		"ממליצים: רונית שפירא, מנהלת צוות ב-Wix, 052-6193847",
		"ממליצים: <NAME_1>, מנהלת צוות ב-Wix, <PHONE_1>").leftAs("a Hebrew name after the references heading ממליצים (a script without case)"),
	clean("he-IL", Name, "experience, military service and education",
		"ניסיון תעסוקתי: 2020 – היום: מפתח Full Stack, מאנדיי.קום; שירות צבאי: 2014–2017, סמל; השכלה: B.Sc. מדעי המחשב, הטכניון, ממוצע 88"),
	clean("he-IL", NationalID, "a job ad with the company's ח.פ.",
		"משרה מס' 48217, היקף משרה מלא, שכר 28,000–34,000 ₪. המעסיק: טכנולוגיות גל בע\"מ, ח.פ. 515327484"),
	pii("hi-IN", NationalID, "a Hindi biodata: the father's name after श्री, birth date, Aadhaar, mobile and street",
		"बायोडाटा\nनाम: सुनील कुमार यादव\nपिता का नाम: श्री रामनिवास यादव\nजन्म तिथि: 05/01/1997\nआधार संख्या: 7362 4819 0527\nमोबाइल: 98765 12340\nपता: 45, महात्मा गांधी मार्ग, जयपुर",
		"बायोडाटा\nनाम: <NAME_1>\nपिता का नाम: श्री <NAME_2>\nजन्म तिथि: <DATE_OF_BIRTH_1>\nआधार संख्या: <NATIONAL_ID_1>\nमोबाइल: <PHONE_1>\nपता: <ADDRESS_1>, जयपुर").leftAs("a Devanagari title (श्री) is masked with the name after a form label"),
	pii("hi-IN", Email, "a self-introduction with मेरा नाम and an e-mail",
		"मेरा नाम प्रिया शर्मा है और मैं बैंकिंग क्षेत्र में क्लर्क पद के लिए आवेदन करना चाहती हूँ। मेरा ईमेल priya.sharma@rediffmail.com है। कृपया मेरा रिज़्यूमे बेहतर बनाइए।",
		"मेरा नाम <NAME_1> है और मैं बैंकिंग क्षेत्र में क्लर्क पद के लिए आवेदन करना चाहती हूँ। मेरा ईमेल <EMAIL_1> है। कृपया मेरा रिज़्यूमे बेहतर बनाइए।"),
	pii("hi-IN", Phone, "a reference: डॉ. and the name, a phone",
		"संदर्भ: डॉ. अनिल मेहता, प्रोफेसर, दिल्ली विश्वविद्यालय, फ़ोन: +91 98110 48291",
		"संदर्भ: डॉ. <NAME_1>, प्रोफेसर, दिल्ली विश्वविद्यालय, फ़ोन: <PHONE_1>").leftAs("a Devanagari name after डॉ. (Dr.) in a references line"),
	clean("hi-IN", Name, "qualification and experience",
		"शैक्षणिक योग्यता: बी.कॉम, राजस्थान विश्वविद्यालय, 2018, 72%; अनुभव: 2019 से वर्तमान, लेखाकार, टाटा मोटर्स, पुणे"),
	clean("hi-IN", DateOfBirth, "the declaration with place and date, no birth date",
		"घोषणा: मैं घोषित करता हूँ कि ऊपर दी गई सभी जानकारी मेरी जानकारी में सत्य है।\nस्थान: जयपुर\nदिनांक: 12/04/2025"),
	pii("vi-VN", NationalID, "a Vietnamese CV: birth date, CCCD number, address with alley number, phone and e-mail; ward and district stay",
		"SƠ YẾU LÝ LỊCH\nHọ và tên: Nguyễn Thị Lan\nNgày sinh: 15/03/1995\nSố CCCD: 001195004821\nĐịa chỉ: 84/12 Nguyễn Trãi, Phường 3, Quận 5, TP. Hồ Chí Minh\nĐiện thoại: 0912 345 678\nEmail: lan.nguyen95@gmail.com",
		"SƠ YẾU LÝ LỊCH\nHọ và tên: <NAME_1>\nNgày sinh: <DATE_OF_BIRTH_1>\nSố CCCD: <NATIONAL_ID_1>\nĐịa chỉ: <ADDRESS_1>, Phường 3, Quận 5, TP. Hồ Chí Minh\nĐiện thoại: <PHONE_1>\nEmail: <EMAIL_1>"),
	pii("vi-VN", Name, "a cover letter's sign-off with an international mobile",
		"Kính gửi Anh/Chị phụ trách tuyển dụng,\n\nTôi xin ứng tuyển vị trí Chuyên viên Kế toán theo tin tuyển dụng mã 2025-0417.\n\nTrân trọng,\nTrần Minh Quân\n+84 912 345 679",
		"Kính gửi Anh/Chị phụ trách tuyển dụng,\n\nTôi xin ứng tuyển vị trí Chuyên viên Kế toán theo tin tuyển dụng mã 2025-0417.\n\nTrân trọng,\n<NAME_1>\n<PHONE_1>"),
	pii("vi-VN", Phone, "a referee after Ông with a phone after SĐT",
		"Người tham khảo: Ông Lê Văn Hùng, Trưởng phòng IT, FPT Software, SĐT 0903 123 456",
		"Người tham khảo: Ông <NAME_1>, Trưởng phòng IT, FPT Software, SĐT <PHONE_1>"),
	clean("vi-VN", Name, "experience, education and a certificate",
		"Kinh nghiệm: 06/2019 – nay: Lập trình viên Java, FPT Software, Hà Nội; Học vấn: Đại học Bách khoa Hà Nội (2014–2019), GPA 3.2/4; Chứng chỉ: IELTS 7.0"),
	clean("vi-VN", Phone, "salary, deadline and the job code",
		"Mức lương: 20 – 30 triệu đồng, hạn nộp hồ sơ: 30/04/2025, mã tin tuyển dụng 2025-0417, làm việc tại Quận 1."),
	pii("id-ID", NationalID, "an Indonesian CV: birthplace and date together, NIK, street with its number, mobile and e-mail",
		"DAFTAR RIWAYAT HIDUP\nNama: Rina Kartika Sari\nTempat/Tgl. Lahir: Surabaya, 19-10-1994\nNIK: 3578055910940012\nAlamat: Jl. Diponegoro No. 45, Surabaya\nNo. HP: 0812-3456-7890\nEmail: rina.ks@yahoo.co.id",
		"DAFTAR RIWAYAT HIDUP\nNama: <NAME_1>\nTempat/Tgl. Lahir: Surabaya, <DATE_OF_BIRTH_1>\nNIK: <NATIONAL_ID_1>\nAlamat: <ADDRESS_1>, Surabaya\nNo. HP: <PHONE_1>\nEmail: <EMAIL_1>"),
	pii("id-ID", Name, "a surat lamaran: 'Nama:' under 'yang bertanda tangan' and the same name after 'Hormat saya'",
		"Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama: Budi Hartono\nPendidikan: S1 Teknik Sipil\nbermaksud melamar pekerjaan sebagai Site Engineer di PT Waskita Karya.\n\nHormat saya,\nBudi Hartono",
		"Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama: <NAME_1>\nPendidikan: S1 Teknik Sipil\nbermaksud melamar pekerjaan sebagai Site Engineer di PT Waskita Karya.\n\nHormat saya,\n<NAME_1>"),
	pii("id-ID", Phone, "a reference with Bapak and a Jakarta landline",
		"Referensi: Bapak Agus Wijaya, HRD Manager PT Astra International, telp. +62 21 5084 8291",
		"Referensi: Bapak <NAME_1>, HRD Manager PT Astra International, telp. <PHONE_1>"),
	clean("id-ID", Name, "experience, education with an IPK, skills",
		"Pengalaman Kerja: 2019 – sekarang: Staf Akuntansi, PT Unilever Indonesia Tbk; Pendidikan: S1 Akuntansi, Universitas Indonesia (2015–2019), IPK 3,65; Keahlian: SAP FI, Microsoft Excel"),
	clean("id-ID", NationalID, "a vacancy with the company's NPWP",
		"Lowongan: Admin Gudang, kode LWG-0417, gaji Rp5.500.000 – Rp6.500.000, batas lamaran 30 April 2025, NPWP perusahaan 01.061.005.3-092.000"),
	pii("th-TH", NationalID, "a Thai CV: the title glued to the name, a Buddhist-era birth date, the id card number, the street with its number, phone and e-mail",
		"ประวัติส่วนตัว\nชื่อ-นามสกุล: นางสาวสุภาพร ใจดี\nวันเกิด: 12 มีนาคม 2538\nเลขบัตรประชาชน: 1 1037 00482 91 1\nที่อยู่: 123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110\nโทร: 081 234 5678\nอีเมล: supaporn.j@hotmail.com",
		"ประวัติส่วนตัว\nชื่อ-นามสกุล: นางสาว<NAME_1>\nวันเกิด: <DATE_OF_BIRTH_1>\nเลขบัตรประชาชน: <NATIONAL_ID_1>\nที่อยู่: <ADDRESS_1> แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110\nโทร: <PHONE_1>\nอีเมล: <EMAIL_1>").leftAs("a Thai street with its house number (\"123/45 ถนนสุขุมวิท\")"),
	pii("th-TH", Name, "a letter's closing and signature with an international mobile",
		"เรียน ผู้จัดการฝ่ายบุคคล\n\nดิฉันขอสมัครงานในตำแหน่งเจ้าหน้าที่บัญชี\n\nขอแสดงความนับถือ\nธนากร ศรีสุข\nโทร +66 89 123 4567",
		"เรียน ผู้จัดการฝ่ายบุคคล\n\nดิฉันขอสมัครงานในตำแหน่งเจ้าหน้าที่บัญชี\n\nขอแสดงความนับถือ\n<NAME_1>\nโทร <PHONE_1>"),
	clean("th-TH", Name, "experience and education with a grade average",
		"ประสบการณ์ทำงาน: 2562 – ปัจจุบัน วิศวกรซอฟต์แวร์ บริษัท เอสซีบี เท็คเอกซ์ จำกัด; การศึกษา: วิศวกรรมศาสตรบัณฑิต จุฬาลงกรณ์มหาวิทยาลัย เกรดเฉลี่ย 3.45"),
	clean("th-TH", Phone, "a position, job code, salary and closing date",
		"ตำแหน่ง: เจ้าหน้าที่บัญชี รหัสงาน 2568-0417 เงินเดือน 25,000 – 30,000 บาท ปิดรับสมัคร 30 เม.ย. 2568"),
	pii("fil-PH", NationalID, "a Philippine resume: header with street, barangay and city, then DOB, SSS, TIN and PhilHealth; religion and civil status stay",
		"RESUME\nMaria Angelica Santos\n123 Rizal Street, Brgy. San Antonio, Makati City\nMobile: 0917 123 4567\nEmail: angelica.santos@gmail.com\n\nPERSONAL INFORMATION\nDate of Birth: March 5, 1996\nPlace of Birth: Quezon City\nCivil Status: Single\nReligion: Roman Catholic\nSSS No.: 34-7305162-8\nTIN: 248-917-365-000\nPhilHealth No.: 19-048291736-5",
		"RESUME\n<NAME_1>\n<ADDRESS_1>, Brgy. San Antonio, Makati City\nMobile: <PHONE_1>\nEmail: <EMAIL_1>\n\nPERSONAL INFORMATION\nDate of Birth: <DATE_OF_BIRTH_1>\nPlace of Birth: Quezon City\nCivil Status: Single\nReligion: Roman Catholic\nSSS No.: <NATIONAL_ID_1>\nTIN: <NATIONAL_ID_2>\nPhilHealth No.: <NATIONAL_ID_3>").leftAs("a Philippine TIN with its branch code (\"248-917-365-000\"), which no scheme reads"),
	pii("fil-PH", Name, "character references with Engr. and Ms., mobiles and a Manila landline",
		"CHARACTER REFERENCES\n1. Engr. Roberto Cruz, Plant Manager, Nestlé Philippines, +63 917 765 4321\n2. Ms. Liza Mendoza, HR Supervisor, Jollibee Foods Corp., (02) 8555 0147",
		"CHARACTER REFERENCES\n1. Engr. <NAME_1>, Plant Manager, Nestlé Philippines, <PHONE_1>\n2. Ms. <NAME_2>, HR Supervisor, Jollibee Foods Corp., <PHONE_2>"),
	pii("fil-PH", Phone, "a recruiter's Taglish text: the candidate's first name, 'this is … from', the number",
		"Hi Mark! This is Joy from PeopleHub. Na-review na namin yung CV mo for the Team Leader role sa BGC. Pwede ka ba for initial interview bukas 2PM? Text me at +63 918 234 5678 po.",
		"Hi <NAME_1>! This is <NAME_2> from PeopleHub. Na-review na namin yung CV mo for the Team Leader role sa BGC. Pwede ka ba for initial interview bukas 2PM? Text me at <PHONE_1> po.").leftAs("a one-word name after \"This is … from\" (two words are needed there)"),
	clean("fil-PH", Name, "work experience, education and civil service eligibility",
		"WORK EXPERIENCE\nCustomer Service Representative, Concentrix, Pasig City (2019 – present)\nEDUCATION\nBS Business Administration, Polytechnic University of the Philippines, 2018 (cum laude)\nCivil Service Eligibility: Professional (passed 2018)"),
	clean("fil-PH", Phone, "a hiring post with salary in pesos and walk-in hours",
		"Hiring: Call Center Agent (Ref. CC-0417), ₱18,000–₱22,000 + night differential, HMO from day 1, walk-in Mon–Fri 9AM–3PM."),
	pii("any", Email, "an applicant-tracking export as JSON lines: names, e-mails, phones; stage, requisition and source stay",
		"{\"candidate_name\":\"Priya Menon\",\"email\":\"priya.menon@protonmail.com\",\"phone\":\"+44 7700 900512\",\"stage\":\"Technical interview\",\"req_id\":\"R-10482\",\"source\":\"LinkedIn\"}\n{\"candidate_name\":\"Tomás Silva\",\"email\":\"tomas.silva@gmail.com\",\"phone\":\"+351 912 345 670\",\"stage\":\"Rejected\",\"req_id\":\"R-10482\",\"source\":\"Referral\"}",
		"{\"candidate_name\":\"<NAME_1>\",\"email\":\"<EMAIL_1>\",\"phone\":\"<PHONE_1>\",\"stage\":\"Technical interview\",\"req_id\":\"R-10482\",\"source\":\"LinkedIn\"}\n{\"candidate_name\":\"<NAME_2>\",\"email\":\"<EMAIL_2>\",\"phone\":\"<PHONE_2>\",\"stage\":\"Rejected\",\"req_id\":\"R-10482\",\"source\":\"Referral\"}"),
	pii("any", Name, "an ATS CSV export with a header: names, e-mails and phones; application dates and statuses stay",
		"Candidate Name,Email,Phone,Job,Application Date,Status\nWei Zhang,wei.zhang@outlook.com,+1 415 555 0176,Data Scientist,2025-03-02,Active\nFatima Al-Sayed,fatima.alsayed@gmail.com,+971 50 123 4567,Data Scientist,2025-03-04,Hired",
		"Candidate Name,Email,Phone,Job,Application Date,Status\n<NAME_1>,<EMAIL_1>,<PHONE_1>,Data Scientist,2025-03-02,Active\n<NAME_2>,<EMAIL_2>,<PHONE_2>,Data Scientist,2025-03-04,Hired"),
	pii("any", Name, "a Markdown CV: the name as the heading, e-mail and phone in the line under it",
		"# Daniel Kowalski\n**Site Reliability Engineer** · Berlin · dan.kowalski@fastmail.com · +49 151 48291736\n\n## Experience\n### N26 — SRE (2021–present)\n- Ran Kubernetes 1.29 clusters across 3 regions with 99.99% availability\n- Cut cloud spend by 22% with spot node pools",
		"# <NAME_1>\n**Site Reliability Engineer** · Berlin · <EMAIL_1> · <PHONE_1>\n\n## Experience\n### N26 — SRE (2021–present)\n- Ran Kubernetes 1.29 clusters across 3 regions with 99.99% availability\n- Cut cloud spend by 22% with spot node pools"),
	pii("any", IP, "a careers site's access log: IPv4 and IPv6 clients; paths, status and user agent stay",
		"why do some applicants get a 413? nginx log:\n81.2.69.142 - - [14/Mar/2025:10:22:01 +0000] \"POST /careers/apply/R-10482 HTTP/1.1\" 413 0 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n2a02:c7c:5e4b:1200:8d1f:4c2e:9a10:7b3e - - [14/Mar/2025:10:22:07 +0000] \"POST /careers/apply/R-10482 HTTP/1.1\" 201 74 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"",
		"why do some applicants get a 413? nginx log:\n<IP_1> - - [14/Mar/2025:10:22:01 +0000] \"POST /careers/apply/R-10482 HTTP/1.1\" 413 0 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n<IP_2> - - [14/Mar/2025:10:22:07 +0000] \"POST /careers/apply/R-10482 HTTP/1.1\" 201 74 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\""),
	pii("any", Secret, "a portfolio project's README pasted for a CV: an API key in the setup block",
		"Make this project description sound professional for my CV:\n\n## ResumeMatch\nA FastAPI service that ranks resumes against job descriptions with embeddings.\n\n### Setup\n```\nexport OPENAI_API_KEY=sk-proj-9naHVck6pbd4ZRj2SxphvDTwrzqwo72n3wZuot7UGAoKD1AF\nuvicorn app.main:app --reload\n```",
		"Make this project description sound professional for my CV:\n\n## ResumeMatch\nA FastAPI service that ranks resumes against job descriptions with embeddings.\n\n### Setup\n```\nexport OPENAI_API_KEY=<SECRET_1>\nuvicorn app.main:app --reload\n```"),
	pii("any", Phone, "an application e-mail's signature after the '-- ' separator",
		"Please find my CV attached. I'm available from June.\n\n-- \nLena Fischer\nM.Sc. candidate, TU Munich\n+49 176 48291736",
		"Please find my CV attached. I'm available from June.\n\n-- \n<NAME_1>\nM.Sc. candidate, TU Munich\n<PHONE_1>"),
	pii("any", Email, "references with Prof. and Dr. and their e-mails",
		"References\n- Prof. Maria Rossi (PhD advisor), Politecnico di Milano — maria.rossi@polimi.it\n- Dr. Kenji Tanaka (postdoc host), University of Tokyo — k.tanaka@g.ecc.u-tokyo.ac.jp",
		"References\n- Prof. <NAME_1> (PhD advisor), Politecnico di Milano — <EMAIL_1>\n- Dr. <NAME_2> (postdoc host), University of Tokyo — <EMAIL_2>"),
	pii("any", DateOfBirth, "a LinkedIn 'Contact info' paste: name, phone, e-mail and a birthday without its year",
		"Contact info\nSofia Hernández\nPhone\n+34 655 48 29 17 (Mobile)\nEmail\nsofia.hdz.ux@gmail.com\nBirthday\nMarch 14\nConnected\nFeb 3, 2021",
		"Contact info\n<NAME_1>\nPhone\n<PHONE_1> (Mobile)\nEmail\n<EMAIL_1>\nBirthday\n<DATE_OF_BIRTH_1>\nConnected\nFeb 3, 2021"),
	pii("any", Address, "a JSON Resume 'basics' block: name, e-mail, phone and street; postal code, city and label stay",
		"{\"basics\": {\"name\": \"Jamal Carter\", \"label\": \"Frontend Developer\", \"email\": \"jamal.carter@hey.com\", \"phone\": \"(415) 555-0138\", \"location\": {\"address\": \"2712 Broadway Street\", \"postalCode\": \"94115\", \"city\": \"San Francisco\", \"region\": \"California\"}}}",
		"{\"basics\": {\"name\": \"<NAME_1>\", \"label\": \"Frontend Developer\", \"email\": \"<EMAIL_1>\", \"phone\": \"<PHONE_1>\", \"location\": {\"address\": \"<ADDRESS_1>\", \"postalCode\": \"94115\", \"city\": \"San Francisco\", \"region\": \"California\"}}}"),
	pii("any", NationalID, "a recruiter's screening notes: the candidate's name and passport number; visa type and notice stay",
		"Screening notes – Ahmed Hassan\nRight to work: Skilled Worker visa, sponsorship needed\nPassport: 561730284 (exp. 2029)\nNotice: 4 weeks · Expected base: £72k",
		"Screening notes – <NAME_1>\nRight to work: Skilled Worker visa, sponsorship needed\nPassport: <NATIONAL_ID_1> (exp. 2029)\nNotice: 4 weeks · Expected base: £72k"),
	pii("any", Name, "a Slack message announcing a hire by name, with the start date",
		"@channel heads up: Jessica Park accepted the offer 🎉 start date 2025-05-06, she'll join the payments team. Please add her to #payments-eng.",
		"@channel heads up: <NAME_1> accepted the offer 🎉 start date 2025-05-06, she'll join the payments team. Please add her to #payments-eng."),
	pii("any", Phone, "a CV header with emoji icons for e-mail, phone and place",
		"Hana Novak\n📧 hana.novak@gmail.com  📱 +420 736 105 284  📍 Prague\nProduct Designer · 7 yrs · Figma, Framer, user research",
		"<NAME_1>\n📧 <EMAIL_1>  📱 <PHONE_1>  📍 Prague\nProduct Designer · 7 yrs · Figma, Framer, user research"),
	pii("any", Email, "an application mail header: the sender's display name and address, the careers mailbox",
		"From: Ravi Patel <ravi.patel@gmail.com>\nTo: careers@northwind-analytics.io\nSubject: Application – Backend Engineer (R-10482)\nDate: Fri, 14 Mar 2025 09:12:44 +0100\n\nHello, please find my resume attached.",
		"From: <NAME_1> <<EMAIL_1>>\nTo: <EMAIL_2>\nSubject: Application – Backend Engineer (R-10482)\nDate: Fri, 14 Mar 2025 09:12:44 +0100\n\nHello, please find my resume attached."),
	clean("any", Secret, "a Markdown CV's skills and certifications with versions",
		"## Skills\n- **Languages:** Go, Rust, TypeScript, Python 3.12\n- **Infra:** Kubernetes 1.29, Terraform 1.7, Helm 3.14, Argo CD 2.10\n- **Data:** PostgreSQL 16, Kafka 3.6, ClickHouse 24.3\n\n## Certifications\n- CKA (2023), CKS (2024)\n- HashiCorp Terraform Associate (003)"),
	clean("any", Phone, "a requisition in an ATS as JSON: ids, salary band, timestamps",
		"{\"req_id\":\"R-10482\",\"title\":\"Staff Engineer, Payments\",\"department\":\"Engineering\",\"location\":\"Remote – EMEA\",\"salary_min\":145000,\"salary_max\":175000,\"currency\":\"EUR\",\"status\":\"open\",\"openings\":2,\"created_at\":\"2025-02-17T09:12:44Z\"}"),
	clean("any", IP, "a resume parser's log line with a UUID, counts and a model version",
		"2025-03-14T10:22:01.418Z INFO parser resume_id=9f1c2e7a-4b3d-4e8f-9a61-2b7c0d5e8f13 pages=2 lang=en skills_found=37 duration_ms=412 model=cv-parse-v3.2.1"),
	clean("any", Phone, "publications without authors: a DOI, a patent and an ISBN",
		"Publications\n1. \"Graph Neural Networks for Fraud Detection\", KDD 2023, pp. 4127–4136, doi:10.1145/3580305.3599452\n2. Patent EP 3 948 213 A1 (2022)\n3. Book chapter, Springer, ISBN 978-3-16-148410-0"),
	clean("any", Name, "a cover letter template with bracketed fields",
		"Dear [Hiring Manager's Name],\n\nI am writing to apply for the [Job Title] position at [Company Name]. With [X] years of experience in [field], I am confident that…\n\nSincerely,\n[Your Name]"),
	clean("any", Name, "a LinkedIn About section without a name",
		"About\nData engineer with 8+ years building pipelines at scale (Airflow, Spark 3.5, dbt). Previously at Spotify and Klarna. Open to Staff roles in Europe · Remote OK · EU work permit."),
	clean("any", Phone, "an interview schedule with rooms, times and a meeting id without a passcode",
		"Interview loop – Req R-10482\n10:00–10:45 System design (Room 4.12)\n11:00–11:45 Coding (CoderPad)\n13:00–13:30 Hiring manager\nZoom meeting ID: 893 4821 7365"),
	clean("any", DateOfBirth, "grades and test scores",
		"Grades: 1.3 (German scale), GPA 3.9/4.0, IELTS 8.0, GRE 328 (V 160, Q 168), GMAT 720."),
	clean("any", Phone, "a salary band table in Markdown",
		"| Level | Base (EUR) | Bonus |\n|---|---|---|\n| L3 | 62,000 – 74,000 | 10% |\n| L4 | 78,000 – 92,000 | 12% |\n| L5 | 98,000 – 118,000 | 15% |"),
	clean("any", Secret, "a credential id and its verification link",
		"Credential ID: 8f3c2a1e-6b7d-4c21-9e5a-0d4f7b2c9a11 · Issued Feb 2024 · Expires Feb 2027 · Verify at credly.com/badges/8f3c2a1e-6b7d-4c21-9e5a-0d4f7b2c9a11"),
	clean("any", IP, "networking skills with a CIDR range and an IOS version",
		"Skills: TCP/IP, BGP, OSPF, VLANs; lab work with 10.0.0.0/8 and 192.168.0.0/16 subnetting; Cisco IOS 15.2(4)M, Junos 21.4R3."),
	clean("any", Name, "course codes and honours",
		"Relevant coursework: CS 229 (Machine Learning), CS 231N, EE 364A (Convex Optimization), MATH 51 — Dean's List 2019, 2020."),
	clean("any", Secret, "security experience described without a secret",
		"Projects: built a JWT-based auth service (RS256, 15-minute access tokens), rotated API keys through HashiCorp Vault, enforced a password policy of at least 12 characters."),
	clean("any", Phone, "GitHub statistics and a library version",
		"GitHub: 1,482 contributions in the last year · 37 repositories · 2.4k stars on go-ratelimit v1.8.3 · maintainer since 2021."),
	pii("es-ES", DateOfBirth, "a scholarship motivation letter: 'me llamo' and the name, 'nací el' and the date; the birthplace and university stay",
		"Carta de motivación para la beca Erasmus+:\n\nMe llamo Irene Castillo Vega, nací el 3 de junio de 1998 en Sevilla y estudio Ingeniería Aeroespacial en la Universidad de Sevilla, donde he obtenido una nota media de 8,4.",
		"Carta de motivación para la beca Erasmus+:\n\nMe llamo <NAME_1>, nací el <DATE_OF_BIRTH_1> en Sevilla y estudio Ingeniería Aeroespacial en la Universidad de Sevilla, donde he obtenido una nota media de 8,4."),
	clean("de-DE", Name, "a sample CV header with the German specimen name, announced as an example",
		"Muster-Lebenslauf (Beispiel): In der Kopfzeile stehen Name, Berufsbezeichnung und Ort, etwa „Max Mustermann – Projektleiter – Hamburg“. Darunter folgen Telefon und E-Mail."),
	clean("en-US", Name, "a resume guide's example header with the specimen name Jane Doe",
		"Tip: keep the header to one line, for example \"JANE DOE | Marketing Manager | Austin, TX\", then replace it with your own details. Recruiters spend about 7 seconds on a first scan."),
}

func TestResumes15(t *testing.T) { checkTable(t, resumes15Cases, "locale") }
