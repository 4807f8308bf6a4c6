package scrub

import "testing"

// prose19Cases is a nineteenth blind table: personal names in running prose,
// as users type them into Vellum, a RAG chatbot, or into an LLM prompt, with
// no form label ("Name:") and mostly no courtesy title ("Please draft an
// email to John Smith about ...", "my manager Tomasz Wiśniewski asked me
// ...", "Schreib eine Antwort an Klaus Obermeier wegen ..."), written by a
// helper who read the README's "What is masked" (its kinds, placeholders and
// numbering), the table helpers in locales_test.go (its first 60 lines) and
// realworld18_test.go as a model, and no detector code, before the scrubber
// was run on any row. 39 groups: English of the US, the UK, Canada,
// India, Australia, Nigeria, South Africa, Singapore and the Philippines, and
// English prose about people in China, Japan, Korea and Vietnam with their
// romanised names (pinyin, Hepburn, Revised Romanization, Vietnamese without
// diacritics); Filipino (Taglish), German, French, Spanish of Spain, Mexico
// and Argentina, Brazilian and European Portuguese, Italian, Dutch, Polish,
// Czech, Swedish, Norwegian, Danish, Finnish, Romanian, Hungarian, Turkish,
// Greek, Russian, Ukrainian, Vietnamese, Indonesian and Malay; and
// locale-free code ("any"):
//   - the sources: requests to draft, reply to, summarise or translate
//     something for or about a person; HR questions (hired, fired, offer and
//     reference letters, leave applications, sick colleagues); support and
//     sales follow-ups (a caller and an order number, a refund, a replacement
//     shipment); meeting notes and minutes with attendee lists; medical
//     narratives ("the patient, ..., DOB ...", "Der Patient ..., geb. ...",
//     "Пацієнтка ..., дата народження ..."); legal and tenancy questions (an
//     ex-husband, a landlord, a strata manager, a lawyer); school messages
//     from parents; a pasted e-mail header and pasted chat logs ("[10:42]
//     Anna Kowalska: ...");
//   - positive rows (137) carry names after verbs (spoke with, hired,
//     fired, invite, ask, remind, text, cc, assign to, rencontré, hablé con,
//     contratamos a, rozmawiałem z, звонила, tinawagan ako ni), after
//     relation words (my manager, my lawyer, my GP, our neighbour, my
//     colleague, our landlord, my daughter, my son, mein Kollege, mon voisin,
//     ma fille, mi jefe, nuestra hija, mi viejo, minha sogra, la mia collega,
//     mijn buurvrouw, mój kierownik, můj soused, min chef, kollegaen min, min
//     læge, colegul meu, a szomszédom, müdürüm, ο συνάδελφός μου, мой
//     начальник, моя колега, rekan saya), at a sentence's start, in
//     apposition between commas, in lists of attendees, in lower case as
//     typed in chat, with initials (J. R. Hartley, Ma. Theresa), particles
//     (van der, van, de, dos, dela, von, von der, Le, De, Lo, bin), O', Mac
//     and Mc, hyphenated given and family names, two family names, a
//     patronymic, family name first (Hungarian, Chinese, Korean, Japanese
//     said so, Vietnamese), inflected for case (Polish genitive and
//     instrumental, Czech, Russian and Ukrainian dative, Greek accusative,
//     Finnish allative, Hungarian dative), a possessive 's, a Turkish suffix
//     after an apostrophe, courtesy titles and kinship terms before or after
//     (Mrs., Dr, Professor, Frau Dr., Herrn, Mme, Dr., paní, Hanım, Chị, anh,
//     Pak, Ibu), single given names after a relation word or as a chat log's
//     speaker, three public figures in news-like prose, and beside them
//     e-mail addresses, phones, streets with house numbers and dates of
//     birth;
//   - clean rows (101) hold capitalised words that look like names and
//     are no person: software, products and settings (Victoria Metrics, Max
//     Connections, Grace period, Jenkins, Jasmine, Julia, Kali Linux, Ruby on
//     Rails, Rose Pine, Harmony OS, Amazon Aurora), identifiers in code
//     (johnSmith, user.firstName), UI labels in Title Case (Mark Complete,
//     Bill To, Ship To, Grant Access, Save Changes, Advanced Settings), Will
//     and May opening a sentence, months that are also given names, Rose
//     Gold; companies and brands named after people (Johnson & Johnson,
//     Procter & Gamble, Ben & Jerry's, Tim Hortons, Marks & Spencer, Morgan
//     Stanley, Charles Schwab, Sherwin Williams, Benjamin Moore, Dr. Martens,
//     Dr. Oetker, Robert Bosch GmbH, Louis Vuitton, Yves Saint Laurent,
//     Pierre et Vacances, Albert Heijn, Peter Pane, Max, Ferrari, Maserati,
//     Honda, Suzuki); places, streets without a house number, airports,
//     stations, hospitals, universities, schools and museums named after
//     people (Victoria Station, the Elizabeth line, Georgia Tech, Johns
//     Hopkins University, Charles de Gaulle, Saint-Denis, San Francisco,
//     Santa Clara, São Paulo, Lake Louise, Mount Elizabeth Hospital, Marie
//     Curie Hospice, Alexanderplatz, Karl-Marx-Allee, rue Émile Zola,
//     Santiago Bernabéu, Museo Frida Kahlo, the Benito Juárez and Miguel
//     Hidalgo boroughs, Jorge Newbery, Santos Dumont, Ponte Vasco da Gama,
//     Amerigo Vespucci, Johan Cruijff ArenA, Lotnisko Chopina, aleja Jana
//     Pawła II, Letiště Václava Havla, Karl Johans gate, H.C. Andersen
//     Boulevard, Henri Coandă, Babeș-Bolyai, Liszt Ferenc, Petőfi Sándor
//     utca, Sabiha Gökçen, Ελευθέριος Βενιζέλος, Шереметьево имени А. С.
//     Пушкина, улица Льва Толстого, бульвар Тараса Шевченка, đường Nguyễn
//     Huệ, Thành phố Hồ Chí Minh, Soekarno-Hatta, Jalan Jenderal Sudirman,
//     Ninoy Aquino, Rizal Park, Indira Gandhi International Airport, Nelson
//     Mandela Bay, Jan Smuts Avenue, Sun Yat-sen University, King Sejong);
//     holidays and events (St. Patrick's Day, the Santa Claus parade, Martin
//     Luther King Jr. Day, the Grace Hopper Celebration, Lucia, Gustav
//     Adolfsdagen, Hari Kartini, Araw ni Bonifacio); German nouns and idioms
//     that are given names (Im Ernst, Otto Normalverbraucher, Hans im Glück);
//     books, plays, films and fictional characters (Harry Potter, Anna
//     Karenina, Madame Bovary, Romeo and Juliet, Sherlock Holmes, Dr Jekyll
//     and Mr Hyde, Don Quijote, «Анна Каренина»).
//
// No clean row holds personal data of any kind. Phones use fictional ranges
// where a country has them (555-01xx, 07700 900xxx); the other values are
// invented. The rows were written as templates with each personal value
// marked with its kind, and a script dropped the marks for the input and
// numbered the placeholders per kind in order of first appearance, the same
// value (normalised as the README says, names exactly) once.
//
// Decisions written into the wants:
//   - Every living or private person's name in prose is masked, whoever it
//     is: a full name (given and family names, middle names, a patronymic,
//     initials, particles, hyphenated parts, two family names, Ma. for Maria)
//     is one placeholder; family-name-first orders (Kovács Bence, Takahashi
//     Yuki, Zhang Xiaoming, Nguyễn Văn An) likewise. Names typed in lower
//     case are masked as well (me and jessica parker).
//   - Public figures in news-like prose are masked (Satya Nadella, Ursula von
//     der Leyen, Christine Lagarde): the scrubber cannot know who is famous.
//     No row names a long-dead historical figure as a person in prose; the
//     table takes no side there.
//   - Courtesy titles, academic and kinship titles stay outside the
//     placeholder, before or after the name (Mrs., Dr, Professor, Frau Dr.,
//     Herrn, Mme, Dr., paní, Hanım, Chị, anh, Pak, Ibu). An English
//     possessive 's and a Turkish case suffix after an apostrophe stay
//     outside (<NAME_1>'s contract, <NAME_1>'e). A name inflected for case
//     without an apostrophe (Agnieszki Zielińskiej, Ивану Петровичу Сидорову,
//     Γιώργο Παπαδόπουλο, Aino Korhoselle, Nagy Gergelynek) is masked whole,
//     ending and all.
//   - A single given name without a family name is masked only after a
//     relation word (my daughter Kayleigh, my son Oliver, mein Kollege Jonas,
//     ma fille Inès, nuestra hija Valentina) and as a chat log's speaker
//     ([09:14] Bartek:). No row depends on a bare single given name elsewhere
//     in prose, and no row repeats a single part of a masked name on its own.
//   - The same name written the same way in a row gets the same number;
//     different names get increasing numbers in order of first appearance.
//     E-mail addresses, phones, streets with house numbers and dates of birth
//     beside the names are masked as the README says; towns, postcodes,
//     states, times, weekdays, order numbers and the dates of meetings and
//     contracts stay.
//   - A person's name used as the name of a company, brand, product, place,
//     street without a house number, airport, station, building, school,
//     hospital, university, borough, holiday or event is no person and stays
//     (Morgan Stanley, Dr. Oetker, Albert Heijn, Charles de Gaulle airport,
//     Liszt Ferenc repülőtér, Martin Luther King Jr. Day), also when a title
//     opens it (Dr. Martens). Fictional characters and titles of books, plays
//     and films stay (Harry Potter, Anna Karenina, Romeo and Juliet, Sherlock
//     Holmes, Dr Jekyll and Mr Hyde), as do identifiers in code (johnSmith,
//     user.firstName) and words that are given names used as common words
//     (Will, May, Mark, Grant, Chase, Rose, Grace, Max, Ernst, Otto
//     Normalverbraucher).
//
// The group is the language of the prose and the country of the people in it
// (en-CN: English prose about people in China, with their pinyin names), or
// "any" for code.
//
// Run blind against a827179's scrubber: 12/137 rows with names passed and
// 4/101 clean rows were masked; against the prose rule's first version
// (name_prose.go), written before any row was seen: 68/137 and 10/101; after
// the twenty-eighth round 104/137 and 4/101; then 105/137 once a company
// form in lower case stopped counting ("hired DeShawn Whitaker as a forklift
// operator" is no company "AS"), and 113/137 with the family names that are
// also words (gazetteer/family_words.txt: "Bakker", "Demir", "Ferrari"),
// 115/137 with Greek given names as people write them ("Γιώργος") and
// Ukrainian -енко in the dative, 116/137 with a one-syllable Chinese given
// name that is also a family name ("Zhao Min"), 117/137 with a given name's
// abbreviation opening a name ("Ma. Theresa"), 118/137 with chat senders
// after a bracketed time ("[09:14] Magda:"), clean rows still 4/101; then 0/101 once a courtesy title before a brand's
// or a character's name stopped being a cue ("Dr. Martens", "Madame
// Bovary"). The rows left carry their reasons (leftAs).
var prose19Cases = []tableCase{
	// === positive rows: names in running prose ===
	// --- English, United States ---------------------------------------------
	pii("en-US", Name, "draft an e-mail to a full name",
		"Please draft an email to John Smith about the delayed shipment.",
		"Please draft an email to <NAME_1> about the delayed shipment."),
	pii("en-US", Name, "after 'spoke with', a follow-up question",
		"I spoke with Maria Garcia yesterday and she said the invoice was already paid. How should I reply to finance?",
		"I spoke with <NAME_1> yesterday and she said the invoice was already paid. How should I reply to finance?"),
	pii("en-US", Name, "summary request: a caller's name; time and order number stay",
		"Summarize: Olga Petrova called at 10:15 and asked for a refund of order 88213. She was polite but wants an answer by Friday.",
		"Summarize: <NAME_1> called at 10:15 and asked for a refund of order 88213. She was polite but wants an answer by Friday."),
	pii("en-US", Name, "cc two people",
		"cc Hannah Schmidt and Jonas Weber on this and ask them to review the Q3 deck before Monday.",
		"cc <NAME_1> and <NAME_2> on this and ask them to review the Q3 deck before Monday."),
	pii("en-US", Name, "meeting notes: attendees list with pinyin, O' and Indian names",
		"Meeting notes — attendees: Li Wei, Sarah O'Brien, Raj Patel. Decisions: ship v2.3 next sprint, drop the legacy importer. Turn this into a short recap email.",
		"Meeting notes — attendees: <NAME_1>, <NAME_2>, <NAME_3>. Decisions: ship v2.3 next sprint, drop the legacy importer. Turn this into a short recap email."),
	pii("en-US", Name, "lowercase name typed in chat",
		"me and jessica parker went to the career fair and she said the recruiter never wrote back, can u help me write a follow up",
		"me and <NAME_1> went to the career fair and she said the recruiter never wrote back, can u help me write a follow up").leftAs("a name in lower case: the prose rule reads a name by its capitals"),
	pii("en-US", Name, "two initials and a family name",
		"Write a short bio for J. R. Hartley, who is retiring after 31 years in the print shop.",
		"Write a short bio for <NAME_1>, who is retiring after 31 years in the print shop.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("en-US", Name, "possessive at a sentence start: 's stays outside",
		"Brittany Kowalczyk's contract ends on June 30. Draft a renewal offer with a 4% raise.",
		"<NAME_1>'s contract ends on June 30. Draft a renewal offer with a 4% raise."),
	pii("en-US", Name, "after 'My lawyer'",
		"My lawyer Marisol Delgado said I shouldn't sign the settlement yet. What questions should I ask her?",
		"My lawyer <NAME_1> said I shouldn't sign the settlement yet. What questions should I ask her?"),
	pii("en-US", Name, "after 'hired', with a cell number",
		"We just hired DeShawn Whitaker as a forklift operator. Write a welcome text; his cell is (312) 555-0174.",
		"We just hired <NAME_1> as a forklift operator. Write a welcome text; his cell is <PHONE_1>."),
	pii("en-US", Name, "single given name after 'My daughter'",
		"Can you help me write a note to the teacher? My daughter Kayleigh missed school Tuesday because of a dentist appointment.",
		"Can you help me write a note to the teacher? My daughter <NAME_1> missed school Tuesday because of a dentist appointment."),
	pii("en-US", Name, "public figure in news-like prose",
		"Satya Nadella announced new Copilot features at Build — summarize what changed for enterprise admins.",
		"<NAME_1> announced new Copilot features at Build — summarize what changed for enterprise admins."),
	pii("en-US", Name, "HR question after 'fired'",
		"HR question: we fired Ezekiel Moss last week for no-call no-shows. Does he still get paid for unused PTO in Ohio?",
		"HR question: we fired <NAME_1> last week for no-call no-shows. Does he still get paid for unused PTO in Ohio?"),
	pii("en-US", Name, "shipping request: name, street with number and e-mail; town and state stay",
		"Send the replacement router to Trevor Lindquist at 1847 Maple Grove Drive, Eau Claire, WI — his email is tlindquist77@gmail.com.",
		"Send the replacement router to <NAME_1> at <ADDRESS_1>, Eau Claire, WI — his email is <EMAIL_1>."),
	pii("en-US", Name, "the same full name twice gets one number",
		"Invite Priscilla Abernathy to Thursday's kickoff. Last time the invite went to the wrong Priscilla Abernathy in the directory, so double-check it.",
		"Invite <NAME_1> to Thursday's kickoff. Last time the invite went to the wrong <NAME_1> in the directory, so double-check it."),
	pii("en-US", Name, "medical narrative: patient in apposition and a DOB",
		"the patient, Ahmed Al-Rashid, DOB 04/11/1968, reports intermittent chest tightness for two weeks. Write a SOAP note.",
		"the patient, <NAME_1>, DOB <DATE_OF_BIRTH_1>, reports intermittent chest tightness for two weeks. Write a SOAP note."),
	pii("en-US", Name, "hyphenated family name after Mrs.",
		"Remind Mrs. Delacroix-Whitfield that her car is ready for pickup after 3 pm.",
		"Remind Mrs. <NAME_1> that her car is ready for pickup after 3 pm."),
	pii("en-US", Name, "after 'Ask': hyphenated given name and Mc family name",
		"Ask Mary-Kate McAllister whether the vendor signed the NDA.",
		"Ask <NAME_1> whether the vendor signed the NDA."),
	pii("en-US", Name, "pasted chat log: speakers with timestamps, one speaker twice",
		"[10:42] Anna Kowalska: the build is red again\n[10:43] Marcus Freeman: which job?\n[10:43] Anna Kowalska: integration-tests on main\nWhat should I check first?",
		"[10:42] <NAME_1>: the build is red again\n[10:43] <NAME_2>: which job?\n[10:43] <NAME_1>: integration-tests on main\nWhat should I check first?"),
	pii("en-US", Name, "legal narrative: ex-husband in apposition",
		"My ex-husband, Darren Whitcombe, hasn't paid child support since March. What are my options in Texas?",
		"My ex-husband, <NAME_1>, hasn't paid child support since March. What are my options in Texas?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- English, United Kingdom ---------------------------------------------
	pii("en-GB", Name, "write to a name with O'",
		"Could you write to Siobhan O'Connell and apologise for the mix-up with her council tax bill?",
		"Could you write to <NAME_1> and apologise for the mix-up with her council tax bill?"),
	pii("en-GB", Name, "after 'Our neighbour'",
		"Our neighbour Rhys Pritchard keeps parking across our drive. How do I word a polite note?",
		"Our neighbour <NAME_1> keeps parking across our drive. How do I word a polite note?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("en-GB", Name, "sentence start, 'from accounts' after the name",
		"Gemma Atherton from accounts rang about the overdue invoices — draft a reply saying we'll pay by the 28th.",
		"<NAME_1> from accounts rang about the overdue invoices — draft a reply saying we'll pay by the 28th."),
	pii("en-GB", Name, "rota with Mac and Scottish names",
		"Please add Alistair MacLeod and Callum Fraser to the rota for the bank holiday weekend.",
		"Please add <NAME_1> and <NAME_2> to the rota for the bank holiday weekend."),
	pii("en-GB", Name, "GP with Dr in apposition: the title stays",
		"My GP, Dr Harriet Lowe, referred me to a cardiologist. What should I bring to the appointment?",
		"My GP, Dr <NAME_1>, referred me to a cardiologist. What should I bring to the appointment?"),
	pii("en-GB", Name, "single given name after 'my son' in a parent's message",
		"Email from a parent: \"Hi, this is about my son Oliver in Year 4, he's been off with chickenpox.\" Draft a kind reply.",
		"Email from a parent: \"Hi, this is about my son <NAME_1> in Year 4, he's been off with chickenpox.\" Draft a kind reply."),
	pii("en-GB", Name, "text a name on a UK mobile",
		"Can you text Bethany Clough on 07700 900482 to say the plumber's coming at 9?",
		"Can you text <NAME_1> on <PHONE_1> to say the plumber's coming at 9?"),
	pii("en-GB", Name, "pasted e-mail header: display name before the address",
		"From: Rebecca Thornbury <r.thornbury@hollis-law.co.uk>\nSent: 12 March 2025 09:14\nSubject: lease renewal\n\nPlease find the revised lease attached; note the new break clause.\n\nCan you summarise what she's asking for?",
		"From: <NAME_1> <<EMAIL_1>>\nSent: 12 March 2025 09:14\nSubject: lease renewal\n\nPlease find the revised lease attached; note the new break clause.\n\nCan you summarise what she's asking for?"),
	// --- English, India -------------------------------------------------------
	pii("en-IN", Name, "after 'My manager'",
		"My manager Sandeep Kulkarni has asked me to send the weekly MIS by EOD, pls make the mail formal.",
		"My manager <NAME_1> has asked me to send the weekly MIS by EOD, pls make the mail formal."),
	pii("en-IN", Name, "two names with Kaur and Mohammed, three words each",
		"Harpreet Kaur Sandhu and Mohammed Irfan Shaikh will handle the Pune onboarding — write a notice for the team.",
		"<NAME_1> and <NAME_2> will handle the Pune onboarding — write a notice for the team.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("en-IN", Name, "kindly call a name on an Indian mobile",
		"Kindly call Rohit Deshpande on +91 98450 31726 regarding the pending KYC.",
		"Kindly call <NAME_1> on <PHONE_1> regarding the pending KYC."),
	pii("en-IN", Name, "after 'my father-in-law'",
		"my father-in-law Venkatesh Iyer was admitted to the hospital yesterday, please draft a leave application",
		"my father-in-law <NAME_1> was admitted to the hospital yesterday, please draft a leave application").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- English, Australia ---------------------------------------------------
	pii("en-AU", Name, "parcel label: name and street; suburb, state and postcode stay",
		"Ship it to Kirra Thompson, 42 Wattle Street, Newtown NSW 2042 — can you write the label text?",
		"Ship it to <NAME_1>, <ADDRESS_1>, Newtown NSW 2042 — can you write the label text?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("en-AU", Name, "reference letter for a Mc name",
		"Can you draft a reference letter for Lachlan McKenzie? He worked for us as a sparky apprentice for two years.",
		"Can you draft a reference letter for <NAME_1>? He worked for us as a sparky apprentice for two years."),
	pii("en-AU", Name, "after 'Our strata manager'",
		"Our strata manager Bronwyn Fitzgerald hasn't replied in three weeks about the leak. Help me escalate.",
		"Our strata manager <NAME_1> hasn't replied in three weeks about the leak. Help me escalate."),
	pii("en-AU", Name, "a name that e-mailed from an address",
		"Tahlia Nguyen emailed from tahlia.n@bigpond.com asking about the footy club fees again. Draft a reply.",
		"<NAME_1> emailed from <EMAIL_1> asking about the footy club fees again. Draft a reply."),
	// --- English, Nigeria -----------------------------------------------------
	pii("en-NG", Name, "condolence message to a Yoruba name",
		"Help me write a condolence message to Oluwaseun Adeyemi, whose mother passed last week.",
		"Help me write a condolence message to <NAME_1>, whose mother passed last week.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("en-NG", Name, "after 'Our landlord'",
		"Our landlord Chinedu Okafor said the rent is going up by 30% in January. Is that legal in Lagos?",
		"Our landlord <NAME_1> said the rent is going up by 30% in January. Is that legal in Lagos?"),
	pii("en-NG", Name, "remind two people",
		"Please remind Aisha Bello and Emeka Nwosu that the proposal is due on Monday.",
		"Please remind <NAME_1> and <NAME_2> that the proposal is due on Monday.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- English, South Africa ------------------------------------------------
	pii("en-ZA", Name, "after 'My colleague'",
		"My colleague Thandiwe Mokoena is off sick. Draft a message to the client explaining the delay.",
		"My colleague <NAME_1> is off sick. Draft a message to the client explaining the delay."),
	pii("en-ZA", Name, "minutes: three names, one with 'van'",
		"Write minutes: Sipho Ndlovu chaired, Pieter van Wyk presented the budget, Lerato Khumalo took notes.",
		"Write minutes: <NAME_1> chaired, <NAME_2> presented the budget, <NAME_3> took notes."),
	// --- English with Chinese, Japanese, Korean, Vietnamese names -------------
	pii("en-CN", Name, "pinyin name after 'my student'",
		"Please write a recommendation letter for my student Zhang Xiaoming, who is applying to a master's program in Germany.",
		"Please write a recommendation letter for my student <NAME_1>, who is applying to a master's program in Germany."),
	pii("en-CN", Name, "assign and review: two pinyin names",
		"Assign the bug to Chen Jing and tell Xu Haoran to review the fix.",
		"Assign the bug to <NAME_1> and tell <NAME_2> to review the fix."),
	pii("en-CN", Name, "Professor as a title outside the placeholder",
		"I need to email Professor Zhao Min about extending my thesis deadline. Make it polite.",
		"I need to email Professor <NAME_1> about extending my thesis deadline. Make it polite."),
	pii("en-CN", Name, "lowercase pinyin name after 'my roommate'",
		"my roommate wang fang lost her student card, how does she get a new one at the library?",
		"my roommate <NAME_1> lost her student card, how does she get a new one at the library?").leftAs("a name in lower case: the prose rule reads a name by its capitals"),
	pii("en-JP", Name, "Japanese name in a quoted announcement",
		"Can you translate this into polite Japanese? \"Dear team, Haruka Yamamoto will join the Osaka office on May 1.\"",
		"Can you translate this into polite Japanese? \"Dear team, <NAME_1> will join the Osaka office on May 1.\""),
	pii("en-JP", Name, "family name first, said so in parentheses",
		"Takahashi Yuki (family name first) will present at the all-hands; write a short intro for her.",
		"<NAME_1> (family name first) will present at the all-hands; write a short intro for her."),
	pii("en-KR", Name, "hyphenated Korean given name after 'my coworker'",
		"Write a birthday message for my coworker Kim Min-jun — he's turning 30.",
		"Write a birthday message for my coworker <NAME_1> — he's turning 30."),
	pii("en-KR", Name, "two applicants compared",
		"Park Ji-hoon and Lee Seo-yeon both applied for the team lead role. How do I compare them fairly?",
		"<NAME_1> and <NAME_2> both applied for the team lead role. How do I compare them fairly?"),
	pii("en-KR", Name, "a name and her e-mail",
		"Please send Choi Yuna the onboarding checklist; her email is yuna.choi@naver.com.",
		"Please send <NAME_1> the onboarding checklist; her email is <EMAIL_1>."),
	pii("en-VN", Name, "assign the ticket to a Vietnamese name without diacritics",
		"Assign the ticket to Nguyen Van An and set the priority to high.",
		"Assign the ticket to <NAME_1> and set the priority to high."),
	// --- English and Filipino, Philippines ------------------------------------
	pii("en-PH", Name, "Ma. abbreviation as a given name",
		"Please follow up with Ma. Theresa Villanueva about the pending loan documents.",
		"Please follow up with <NAME_1> about the pending loan documents."),
	pii("en-PH", Name, "excuse letter: full name after 'my son'",
		"Write an excuse letter for my son Jose Miguel Bautista, he was absent due to fever.",
		"Write an excuse letter for my son <NAME_1>, he was absent due to fever."),
	pii("fil-PH", Name, "Taglish: after 'para kay', with 'dela'",
		"Pakigawa ng sulat para kay Maria Cristina dela Cruz, siya yung bagong HR namin.",
		"Pakigawa ng sulat para kay <NAME_1>, siya yung bagong HR namin."),
	pii("fil-PH", Name, "Taglish: after 'ni'",
		"Tinawagan ako ni Rodel Santiago kahapon, pwede mo ba akong tulungan mag-reply sa text niya?",
		"Tinawagan ako ni <NAME_1> kahapon, pwede mo ba akong tulungan mag-reply sa text niya?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- German -------------------------------------------------------------
	pii("de-DE", Name, "Antwort an einen vollen Namen",
		"Schreib eine Antwort an Klaus Obermeier wegen der verspäteten Lieferung.",
		"Schreib eine Antwort an <NAME_1> wegen der verspäteten Lieferung."),
	pii("de-DE", Name, "einzelner Vorname nach 'Mein Kollege'",
		"Mein Kollege Jonas ist diese Woche krank, formuliere bitte eine Abwesenheitsnotiz für ihn.",
		"Mein Kollege <NAME_1> ist diese Woche krank, formuliere bitte eine Abwesenheitsnotiz für ihn."),
	pii("de-DE", Name, "Frau Dr. und Herrn bleiben vor den Namen",
		"Bitte eine Einladung an Frau Dr. Sabine Keller und Herrn Jörg Häberle für das Quartalsgespräch entwerfen.",
		"Bitte eine Einladung an Frau Dr. <NAME_1> und Herrn <NAME_2> für das Quartalsgespräch entwerfen."),
	pii("de-DE", Name, "Name mit 'von' am Satzanfang",
		"Ferdinand von Stein hat gestern gekündigt. Wie formuliere ich die Bestätigung der Kündigung?",
		"<NAME_1> hat gestern gekündigt. Wie formuliere ich die Bestätigung der Kündigung?"),
	pii("de-DE", Name, "Protokoll: Anwesende mit Bindestrich-Vornamen und türkischem Namen",
		"Protokoll: anwesend waren Lea-Sophie Krämer, Mustafa Yıldız und Benedikt Aigner. Bitte in Stichpunkten zusammenfassen.",
		"Protokoll: anwesend waren <NAME_1>, <NAME_2> und <NAME_3>. Bitte in Stichpunkten zusammenfassen."),
	pii("de-DE", Name, "Arztbrief: Patient mit geb.-Datum",
		"Der Patient Wolfgang Rieger, geb. 17.08.1954, klagt seit drei Tagen über Schwindel. Bitte einen Arztbrief entwerfen.",
		"Der Patient <NAME_1>, geb. <DATE_OF_BIRTH_1>, klagt seit drei Tagen über Schwindel. Bitte einen Arztbrief entwerfen."),
	pii("de-DE", Name, "Person des öffentlichen Lebens mit 'von der'",
		"Ursula von der Leyen hat heute neue Zölle angekündigt – fass die wichtigsten Punkte zusammen.",
		"<NAME_1> hat heute neue Zölle angekündigt – fass die wichtigsten Punkte zusammen."),
	pii("de-DE", Name, "SMS an einen Namen mit Handynummer",
		"Kannst du eine SMS an Dominik Schwarzkopf formulieren? Seine Nummer ist 0171 4829173.",
		"Kannst du eine SMS an <NAME_1> formulieren? Seine Nummer ist <PHONE_1>."),
	pii("de-DE", Name, "Kunde mit Straße und Hausnummer; PLZ und Ort bleiben",
		"Kunde Torsten Liebig wohnt in der Lindenstraße 14, 04109 Leipzig, und möchte den Zählerstand melden. Wie antworte ich?",
		"Kunde <NAME_1> wohnt in der <ADDRESS_1>, 04109 Leipzig, und möchte den Zählerstand melden. Wie antworte ich?"),
	pii("de-DE", Name, "klein geschriebener Name im Chat",
		"hab grad mit marie hoffmann telefoniert, sie kommt morgen nicht, kannst du das dem team schreiben",
		"hab grad mit <NAME_1> telefoniert, sie kommt morgen nicht, kannst du das dem team schreiben").leftAs("a name in lower case: the prose rule reads a name by its capitals"),
	// --- French -------------------------------------------------------------
	pii("fr-FR", Name, "lettre pour un nom complet",
		"Rédige une lettre pour Sophie Lefèvre pour lui annoncer que son dossier est accepté.",
		"Rédige une lettre pour <NAME_1> pour lui annoncer que son dossier est accepté."),
	pii("fr-FR", Name, "après 'Mon voisin'",
		"Mon voisin Gérard Lemaire fait des travaux tous les dimanches matin, comment lui écrire poliment ?",
		"Mon voisin <NAME_1> fait des travaux tous les dimanches matin, comment lui écrire poliment ?"),
	pii("fr-FR", Name, "Mme reste devant le nom",
		"Mme Nathalie Rousseau a appelé pour contester la facture de mars. Prépare une réponse.",
		"Mme <NAME_1> a appelé pour contester la facture de mars. Prépare une réponse."),
	pii("fr-FR", Name, "prénom composé après 'rencontré'",
		"J'ai rencontré Jean-Baptiste Moreau au salon, il veut une démo la semaine prochaine.",
		"J'ai rencontré <NAME_1> au salon, il veut une démo la semaine prochaine."),
	pii("fr-FR", Name, "compte rendu : présents, dont un nom breton en 'Le'",
		"Compte rendu : présents Aurélie Chevalier, Yannick Le Goff, Mehdi Benali. Résume en trois points.",
		"Compte rendu : présents <NAME_1>, <NAME_2>, <NAME_3>. Résume en trois points.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("fr-FR", Name, "personnalité publique dans une question d'actualité",
		"Christine Lagarde a annoncé une baisse des taux, explique-moi l'impact sur mon crédit immobilier.",
		"<NAME_1> a annoncé une baisse des taux, explique-moi l'impact sur mon crédit immobilier."),
	pii("fr-FR", Name, "nom de famille composé et son e-mail entre parenthèses",
		"Envoie la convocation à Clémence Fauré-Dubois (clemence.faure-dubois@laposte.net) pour lundi 9h.",
		"Envoie la convocation à <NAME_1> (<EMAIL_1>) pour lundi 9h."),
	pii("fr-FR", Name, "prénom seul après 'ma fille'",
		"ma fille Inès est malade aujourd'hui, écris un mot pour la maîtresse",
		"ma fille <NAME_1> est malade aujourd'hui, écris un mot pour la maîtresse"),
	// --- Spanish --------------------------------------------------------------
	pii("es-ES", Name, "correo a un nombre con dos apellidos",
		"Escribe un correo a Lucía Martínez Ortega para confirmar la reunión del jueves.",
		"Escribe un correo a <NAME_1> para confirmar la reunión del jueves."),
	pii("es-ES", Name, "jefe en aposición, nombre vasco",
		"Mi jefe, Íñigo Etxeberria, quiere el informe antes del viernes. ¿Me ayudas a redactarlo?",
		"Mi jefe, <NAME_1>, quiere el informe antes del viernes. ¿Me ayudas a redactarlo?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("es-ES", Name, "después de 'Hablé con'",
		"Hablé con Nuria Sanz Vidal y me dijo que el seguro no cubre la avería.",
		"Hablé con <NAME_1> y me dijo que el seguro no cubre la avería."),
	pii("es-ES", Name, "paciente con fecha de nacimiento en palabras",
		"El paciente Álvaro Robles Pizarro, nacido el 3 de mayo de 1961, refiere dolor lumbar. Redacta la anamnesis.",
		"El paciente <NAME_1>, nacido el <DATE_OF_BIRTH_1>, refiere dolor lumbar. Redacta la anamnesis."),
	pii("es-MX", Name, "nombre de pila solo después de 'Nuestra hija'",
		"Nuestra hija Valentina no va a ir a la escuela mañana, ¿me ayudas a escribirle a la maestra?",
		"Nuestra hija <NAME_1> no va a ir a la escuela mañana, ¿me ayudas a escribirle a la maestra?"),
	pii("es-MX", Name, "después de 'Contratamos a', nombre compuesto",
		"Contratamos a Juan Pablo Reyes como chofer, redacta su carta de bienvenida.",
		"Contratamos a <NAME_1> como chofer, redacta su carta de bienvenida."),
	pii("es-MX", Name, "clienta que llamó y su correo",
		"Guadalupe Hernández llamó para pedir factura de su compra, su correo es lupita.hdz@hotmail.com.",
		"<NAME_1> llamó para pedir factura de su compra, su correo es <EMAIL_1>."),
	pii("es-MX", Name, "abogada con dos apellidos",
		"Mi abogada Ximena Castañeda Olvera me pidió los recibos de renta, ¿cómo se los organizo?",
		"Mi abogada <NAME_1> me pidió los recibos de renta, ¿cómo se los organizo?"),
	pii("es-AR", Name, "voseo: 'escribile a'",
		"Che, escribile a Martina Gómez que la reunión pasó para el martes.",
		"Che, escribile a <NAME_1> que la reunión pasó para el martes."),
	pii("es-AR", Name, "'Mi viejo' en aposición",
		"Mi viejo, Rubén Pereyra, necesita un certificado para el PAMI. ¿Cómo lo pido?",
		"Mi viejo, <NAME_1>, necesita un certificado para el PAMI. ¿Cómo lo pido?"),
	pii("es-AR", Name, "nombre y celular argentino",
		"Le mandé un mail a Lautaro Benítez y no contestó, ¿le escribo por WhatsApp al +54 9 11 4823-7719?",
		"Le mandé un mail a <NAME_1> y no contestó, ¿le escribo por WhatsApp al <PHONE_1>?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- Portuguese -----------------------------------------------------------
	pii("pt-BR", Name, "e-mail 'pro' um nome",
		"Escreve um e-mail pro Thiago Nascimento cobrando o relatório de vendas.",
		"Escreve um e-mail pro <NAME_1> cobrando o relatório de vendas."),
	pii("pt-BR", Name, "sogra em aposição, nome composto",
		"Minha sogra, Ana Clara Ribeiro, vai se mudar pra cá. Como faço a transferência do plano de saúde dela?",
		"Minha sogra, <NAME_1>, vai se mudar pra cá. Como faço a transferência do plano de saúde dela?"),
	pii("pt-BR", Name, "nome com 'dos'",
		"A reunião com João Pedro dos Santos foi adiada, avisa a equipe.",
		"A reunião com <NAME_1> foi adiada, avisa a equipe."),
	pii("pt-BR", Name, "cliente e celular",
		"Luana Carvalho ligou do (11) 98482-9173 pedindo segunda via do boleto.",
		"<NAME_1> ligou do <PHONE_1> pedindo segunda via do boleto."),
	pii("pt-PT", Name, "carta para 'a' um nome",
		"Redige uma carta para a Inês Figueiredo a agradecer a colaboração no projeto.",
		"Redige uma carta para a <NAME_1> a agradecer a colaboração no projeto."),
	pii("pt-PT", Name, "médico com Dr. em aposição",
		"O meu médico, Dr. Rui Magalhães, pediu análises ao sangue. Em jejum de quantas horas?",
		"O meu médico, Dr. <NAME_1>, pediu análises ao sangue. Em jejum de quantas horas?"),
	pii("pt-PT", Name, "nome e rua com número; cidade fica",
		"A Beatriz Sousa Tavares mora na Rua de Santa Catarina 212, no Porto; escreve-lhe um convite para o jantar.",
		"A <NAME_1> mora na <ADDRESS_1>, no Porto; escreve-lhe um convite para o jantar."),
	// --- Italian --------------------------------------------------------------
	pii("it-IT", Name, "dopo 'La mia collega'",
		"La mia collega Chiara Colombo è in maternità, a chi devo chiedere le ferie?",
		"La mia collega <NAME_1> è in maternità, a chi devo chiedere le ferie?"),
	pii("it-IT", Name, "cognome uguale a un marchio",
		"Ho incontrato Matteo Ferrari alla fiera di Verona, vuole una demo.",
		"Ho incontrato <NAME_1> alla fiera di Verona, vuole una demo."),
	pii("it-IT", Name, "verbale: cognomi con 'De' e 'Lo'",
		"Verbale: presenti Francesca De Santis e Gianluca Lo Russo; assente giustificato Tommaso Gallo.",
		"Verbale: presenti <NAME_1> e <NAME_2>; assente giustificato <NAME_3>."),
	pii("it-IT", Name, "paziente con data di nascita",
		"Il paziente Salvatore Russo, nato il 12/09/1949, riferisce dispnea da sforzo. Scrivi la lettera di dimissione.",
		"Il paziente <NAME_1>, nato il <DATE_OF_BIRTH_1>, riferisce dispnea da sforzo. Scrivi la lettera di dimissione."),
	// --- Dutch ----------------------------------------------------------------
	pii("nl-NL", Name, "naam met 'van der'",
		"Stuur een mail naar Pieter van der Berg over de vertraagde levering.",
		"Stuur een mail naar <NAME_1> over de vertraagde levering."),
	pii("nl-NL", Name, "na 'Mijn buurvrouw'",
		"Mijn buurvrouw Sanne de Boer heeft ons pakket aangenomen, schrijf een bedankje.",
		"Mijn buurvrouw <NAME_1> heeft ons pakket aangenomen, schrijf een bedankje."),
	pii("nl-NL", Name, "dubbele achternaam aan het begin",
		"Femke Jansen-Visser belde over haar huurcontract, kun je een antwoord opstellen?",
		"<NAME_1> belde over haar huurcontract, kun je een antwoord opstellen?"),
	pii("nl-NL", Name, "twee namen uitnodigen",
		"Nodig Daan van Leeuwen en Thijs Bakker uit voor de retro van vrijdag.",
		"Nodig <NAME_1> en <NAME_2> uit voor de retro van vrijdag."),
	// --- Polish ---------------------------------------------------------------
	pii("pl-PL", Name, "po 'Mój kierownik'",
		"Mój kierownik Tomasz Wiśniewski poprosił mnie o raport, pomóż mi go napisać.",
		"Mój kierownik <NAME_1> poprosił mnie o raport, pomóż mi go napisać."),
	pii("pl-PL", Name, "dopełniacz: imię i nazwisko odmienione",
		"Napisz maila do Agnieszki Zielińskiej w sprawie faktury za luty.",
		"Napisz maila do <NAME_1> w sprawie faktury za luty."),
	pii("pl-PL", Name, "narzędnik po 'z'",
		"Rozmawiałem wczoraj z Katarzyną Lewandowską i potwierdziła termin.",
		"Rozmawiałem wczoraj z <NAME_1> i potwierdziła termin."),
	pii("pl-PL", Name, "log czatu: mówiący z samym imieniem",
		"[09:14] Bartek: wrzuciłem poprawkę na staging\n[09:15] Magda: ok, sprawdzam\nCo mam odpisać, jeśli testy dalej nie przechodzą?",
		"[09:14] <NAME_1>: wrzuciłem poprawkę na staging\n[09:15] <NAME_2>: ok, sprawdzam\nCo mam odpisać, jeśli testy dalej nie przechodzą?"),
	// --- Czech ----------------------------------------------------------------
	pii("cs-CZ", Name, "dativ po 'paní'",
		"Napiš e-mail paní Janě Novákové ohledně vrácení zboží.",
		"Napiš e-mail paní <NAME_1> ohledně vrácení zboží."),
	pii("cs-CZ", Name, "po 'Můj soused'",
		"Můj soused Ondřej Procházka mi půjčil vrtačku, napiš mu poděkování.",
		"Můj soused <NAME_1> mi půjčil vrtačku, napiš mu poděkování."),
	// --- Nordic ---------------------------------------------------------------
	pii("sv-SE", Name, "efter 'Min chef'",
		"Min chef Oskar Håkansson vill ha rapporten på fredag, hjälp mig strukturera den.",
		"Min chef <NAME_1> vill ha rapporten på fredag, hjälp mig strukturera den."),
	pii("sv-SE", Name, "bjuda in två, ett kort efternamn",
		"Kan du bjuda in Astrid Nyberg och Gustav Ek till fikat på torsdag?",
		"Kan du bjuda in <NAME_1> och <NAME_2> till fikat på torsdag?"),
	pii("nb-NO", Name, "takkemelding til et navn",
		"Skriv en takkemelding til Ingrid Solheim for hjelpen med flyttingen.",
		"Skriv en takkemelding til <NAME_1> for hjelpen med flyttingen."),
	pii("nb-NO", Name, "etter 'Kollegaen min'",
		"Kollegaen min Sindre Bakken er syk i dag, kan du skrive en beskjed til kunden?",
		"Kollegaen min <NAME_1> er syk i dag, kan du skrive en beskjed til kunden?"),
	pii("da-DK", Name, "læge i apposition",
		"Min læge, Rasmus Østergaard, har henvist mig til en specialist. Hvad skal jeg spørge om?",
		"Min læge, <NAME_1>, har henvist mig til en specialist. Hvad skal jeg spørge om?"),
	pii("fi-FI", Name, "allatiivi: sukunimi taivutettuna",
		"Kirjoita sähköposti Aino Korhoselle kokouksen siirtymisestä.",
		"Kirjoita sähköposti <NAME_1> kokouksen siirtymisestä."),
	pii("fi-FI", Name, "lauseen alussa",
		"Mikko Virtanen soitti eilen ja kysyi laskusta, miten vastaan?",
		"<NAME_1> soitti eilen ja kysyi laskusta, miten vastaan?"),
	// --- Romanian, Hungarian, Turkish -------------------------------------------
	pii("ro-RO", Name, "după 'Colegul meu'",
		"Colegul meu Mihai Dumitrescu e în concediu medical, cine preia proiectul?",
		"Colegul meu <NAME_1> e în concediu medical, cine preia proiectul?"),
	pii("hu-HU", Name, "családnév elöl, mondat elején",
		"Kovács Bence holnap nem jön be, írj egy üzenetet az ügyfélnek.",
		"<NAME_1> holnap nem jön be, írj egy üzenetet az ügyfélnek."),
	pii("hu-HU", Name, "appozíció 'A szomszédom' után",
		"A szomszédom, Szabó Zsófia, átvette a csomagot — írj neki egy köszönő üzenetet.",
		"A szomszédom, <NAME_1>, átvette a csomagot — írj neki egy köszönő üzenetet."),
	pii("hu-HU", Name, "részeshatározó rag a néven",
		"Írj egy e-mailt Nagy Gergelynek a márciusi számláról.",
		"Írj egy e-mailt <NAME_1> a márciusi számláról."),
	pii("tr-TR", Name, "kesme işaretli ek dışarıda kalır",
		"Mehmet Demir'e toplantının ertelendiğini bildiren bir mail yaz.",
		"<NAME_1>'e toplantının ertelendiğini bildiren bir mail yaz."),
	pii("tr-TR", Name, "'Müdürüm' sonrası",
		"Müdürüm Elif Karaca raporu cumaya kadar istiyor, taslak hazırlar mısın?",
		"Müdürüm <NAME_1> raporu cumaya kadar istiyor, taslak hazırlar mısın?").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	pii("tr-TR", Name, "Hanım ismin arkasında kalır",
		"Zeynep Arslan Hanım aradı, faturasıyla ilgili dönüş bekliyor.",
		"<NAME_1> Hanım aradı, faturasıyla ilgili dönüş bekliyor.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),
	// --- Greek ---------------------------------------------------------------
	pii("el-GR", Name, "αιτιατική μετά το 'στον'",
		"Γράψε ένα email στον Γιώργο Παπαδόπουλο για την καθυστέρηση της παράδοσης.",
		"Γράψε ένα email στον <NAME_1> για την καθυστέρηση της παράδοσης."),
	pii("el-GR", Name, "ιατρικό ιστορικό ασθενούς",
		"Η ασθενής Ελένη Κωνσταντίνου αναφέρει πονοκέφαλο εδώ και τρεις μέρες. Γράψε σύντομο ιστορικό.",
		"Η ασθενής <NAME_1> αναφέρει πονοκέφαλο εδώ και τρεις μέρες. Γράψε σύντομο ιστορικό."),
	pii("el-GR", Name, "μετά το 'Ο συνάδελφός μου'",
		"Ο συνάδελφός μου Νίκος Αλεξίου ζήτησε την αναφορά μέχρι την Παρασκευή.",
		"Ο συνάδελφός μου <NAME_1> ζήτησε την αναφορά μέχρι την Παρασκευή."),
	// --- Russian, Ukrainian ---------------------------------------------------
	pii("ru-RU", Name, "дательный падеж с отчеством",
		"Напиши письмо Ивану Петровичу Сидорову о задержке поставки.",
		"Напиши письмо <NAME_1> о задержке поставки."),
	pii("ru-RU", Name, "имя, отчество, фамилия после глагола",
		"Вчера звонила Ольга Сергеевна Кузнецова, просила перенести встречу на среду.",
		"Вчера звонила <NAME_1>, просила перенести встречу на среду."),
	pii("ru-RU", Name, "после 'Мой начальник'",
		"Мой начальник Дмитрий Волков попросил подготовить отчёт к пятнице.",
		"Мой начальник <NAME_1> попросил подготовить отчёт к пятнице."),
	pii("ru-RU", Name, "лог чата: говорящие с временем",
		"[10:42] Анна Смирнова: сборка снова упала\n[10:44] Павел Орлов: смотрю\nКак вежливо попросить логи?",
		"[10:42] <NAME_1>: сборка снова упала\n[10:44] <NAME_2>: смотрю\nКак вежливо попросить логи?"),
	pii("uk-UA", Name, "після 'Моя колега'",
		"Моя колега Оксана Бондаренко просила надіслати їй договір, склади короткий лист.",
		"Моя колега <NAME_1> просила надіслати їй договір, склади короткий лист."),
	pii("uk-UA", Name, "пацієнтка з датою народження",
		"Пацієнтка Ірина Ковальчук, дата народження 14.02.1979, скаржиться на біль у спині.",
		"Пацієнтка <NAME_1>, дата народження <DATE_OF_BIRTH_1>, скаржиться на біль у спині."),
	pii("uk-UA", Name, "давальний відмінок",
		"Напиши лист Тарасові Мельнику щодо оплати рахунку.",
		"Напиши лист <NAME_1> щодо оплати рахунку.").leftAs("a name declined for its case, or in a form the lists do not hold (gazetteer/ keeps names in the nominative)"),
	// --- Vietnamese, Indonesian, Malay ----------------------------------------
	pii("vi-VN", Name, "giao việc cho một họ tên đầy đủ",
		"Giao ticket này cho Nguyễn Văn An nhé, ưu tiên cao.",
		"Giao ticket này cho <NAME_1> nhé, ưu tiên cao."),
	pii("vi-VN", Name, "'Chị' đứng ngoài tên",
		"Chị Trần Thị Mai gọi điện hỏi về đơn hàng, soạn giúp tin nhắn trả lời.",
		"Chị <NAME_1> gọi điện hỏi về đơn hàng, soạn giúp tin nhắn trả lời."),
	pii("vi-VN", Name, "'anh' đứng ngoài tên",
		"Viết email cho anh Lê Hoàng Phúc để xác nhận lịch họp.",
		"Viết email cho anh <NAME_1> để xác nhận lịch họp."),
	pii("vi-VN", Name, "bệnh nhân, tên bốn chữ",
		"Bệnh nhân Nguyễn Thị Thu Hà than đau đầu ba ngày nay, viết tóm tắt bệnh án.",
		"Bệnh nhân <NAME_1> than đau đầu ba ngày nay, viết tóm tắt bệnh án."),
	pii("id-ID", Name, "'Pak' di luar nama",
		"Tolong buatkan email ke Pak Budi Santoso soal keterlambatan pengiriman.",
		"Tolong buatkan email ke Pak <NAME_1> soal keterlambatan pengiriman."),
	pii("id-ID", Name, "setelah 'Rekan saya'",
		"Rekan saya Rina Kartikasari sedang cuti, siapa yang bisa menggantikan?",
		"Rekan saya <NAME_1> sedang cuti, siapa yang bisa menggantikan?"),
	pii("id-ID", Name, "'Ibu' di luar nama, dengan nomor HP",
		"Ibu Sri Wahyuni menelepon dari 0812-3456-7890 minta fakturnya dikirim ulang.",
		"Ibu <NAME_1> menelepon dari <PHONE_1> minta fakturnya dikirim ulang."),
	pii("ms-MY", Name, "nama dengan 'bin'",
		"Tolong tulis surat kepada Ahmad Faiz bin Abdullah tentang tarikh mesyuarat yang baru.",
		"Tolong tulis surat kepada <NAME_1> tentang tarikh mesyuarat yang baru.").leftAs("a given or family name the lists (gazetteer/) do not know, or a name beside a word the rule reads as a title's or a product's"),

	// === clean rows: capitalised words that are no person ===
	// --- software, products and settings --------------------------------------
	clean("en-US", Name, "products: Victoria Metrics and the Max Connections setting",
		"Victoria Metrics keeps running out of memory when I raise Max Connections above 500 — which flag controls the cache size?"),
	clean("en-US", Name, "a Stripe setting named Grace period",
		"Where are the Grace period settings in the Stripe dashboard for failed subscription payments?"),
	clean("en-US", Name, "Jenkins pipeline and Jasmine tests",
		"Our Jenkins pipeline fails at the Jasmine tests stage after upgrading Node. How do I see the full log?"),
	clean("en-US", Name, "the Julia language and Kali Linux",
		"Is the Julia language in the Kali Linux repos, or do I install it from juliaup?"),
	clean("en-US", Name, "Ruby on Rails and Django",
		"Ruby on Rails or Django for a small internal CRUD app with five users?"),
	clean("en-US", Name, "an editor theme named Rose Pine",
		"How do I switch VS Code to the Rose Pine theme and keep my custom font?"),
	clean("en-US", Name, "Harmony OS",
		"Can Harmony OS run Android APKs natively, or does it need a compatibility layer?"),
	clean("en-US", Name, "Amazon Aurora",
		"Amazon Aurora vs plain RDS Postgres for a write-heavy workload — which is cheaper?"),
	clean("any", Name, "identifiers in code: johnSmith and user.firstName",
		"In the test fixture, rename `johnSmith` to `adminUser` and read `user.firstName` instead of `user.name`. Does Jest need a snapshot update?"),
	// --- UI labels, title case, given-name-like words ---------------------------
	clean("en-US", Name, "'Will' opening a question",
		"Will this work if I run the migration twice?"),
	clean("en-US", Name, "'May' opening a request",
		"May I ask you to rewrite this paragraph in a more formal tone?"),
	clean("en-US", Name, "a button labelled Mark Complete",
		"The Mark Complete button is greyed out in Canvas even after I submitted the quiz."),
	clean("en-US", Name, "invoice labels Bill To and Ship To",
		"On the invoice template, should Bill To and Ship To be in separate columns or stacked?"),
	clean("en-US", Name, "a button labelled Grant Access",
		"After clicking Grant Access nothing happens on the OAuth consent screen. Is it a popup blocker?"),
	clean("en-US", Name, "a bank called Chase",
		"How do I download a Chase Bank statement as CSV instead of PDF?"),
	clean("en-US", Name, "a colour named Rose Gold",
		"Is the Rose Gold iPhone case compatible with MagSafe chargers?"),
	clean("en-US", Name, "UI steps in Title Case",
		"Click Save Changes, then open Advanced Settings and toggle Developer Mode. Nothing changes — why?"),
	clean("en-US", Name, "month names that are also given names",
		"Can we move the offsite from April to June, or is May better for the venue?"),
	// --- companies and brands named after people --------------------------------
	clean("en-US", Name, "companies: Johnson & Johnson, Procter & Gamble",
		"Johnson & Johnson vs Procter & Gamble: compare dividend growth over the last ten years."),
	clean("en-US", Name, "ice cream brands: Ben & Jerry's, Häagen-Dazs",
		"Ben & Jerry's or Häagen-Dazs — which has less sugar per serving?"),
	clean("en-CA", Name, "a coffee chain: Tim Hortons",
		"Tim Hortons opened a location near my office; is the Iced Capp dairy free?"),
	clean("en-GB", Name, "a retailer: Marks & Spencer",
		"What's the Marks & Spencer return policy for online orders without a receipt?"),
	clean("en-US", Name, "banks that read like names: Morgan Stanley, Charles Schwab",
		"Morgan Stanley or Charles Schwab for a Roth IRA rollover — which has lower fees?"),
	clean("en-US", Name, "paint brands that read like names: Sherwin Williams, Benjamin Moore",
		"Sherwin Williams Agreeable Gray vs Benjamin Moore Revere Pewter for a north-facing room?"),
	clean("en-US", Name, "a title with a brand: Dr. Martens",
		"Does Dr. Martens sizing run the same as Nike, or should I size down?"),
	clean("en-US", Name, "a stadium named after a brand: Levi's Stadium",
		"Plan a 3-day trip: San Francisco first, then Santa Clara for the game at Levi's Stadium."),
	clean("en-JP", Name, "car brands that are family names: Honda, Suzuki",
		"Honda Civic or Suzuki Swift for city driving in Osaka?"),
	// --- places and institutions named after people -----------------------------
	clean("en-GB", Name, "Victoria Station and Brighton",
		"We're meeting at Victoria Station and taking the train to Brighton; how long is the trip?"),
	clean("en-GB", Name, "the Elizabeth line and Paddington",
		"Is the Elizabeth line from Paddington to Tottenham Court Road step-free?"),
	clean("en-US", Name, "universities: Georgia Tech, Johns Hopkins University",
		"Is Georgia Tech or Johns Hopkins University better for biomedical engineering?"),
	clean("en-US", Name, "Charles de Gaulle airport and Saint-Denis",
		"How do I get from Charles de Gaulle airport to Saint-Denis by RER?"),
	clean("en-CA", Name, "Lake Louise",
		"Is Lake Louise worth visiting in October or is the lake already frozen?"),
	clean("en-SG", Name, "a hospital named Mount Elizabeth",
		"What are the parking rates at Mount Elizabeth Hospital on weekends?"),
	clean("en-GB", Name, "a hospice named after Marie Curie",
		"Does the Marie Curie Hospice in Hampstead take volunteers without a DBS check?"),
	clean("en-AU", Name, "a town named Margaret River",
		"Is Margaret River worth the drive from Perth for a weekend?"),
	clean("en-IN", Name, "an airport named after a former prime minister",
		"Is Indira Gandhi International Airport Terminal 3 connected to the Airport Express metro?"),
	clean("en-NG", Name, "an airport and a university named after people",
		"Is Murtala Muhammed Airport closer to Lekki than the Nnamdi Azikiwe University campus is to Awka?"),
	clean("en-ZA", Name, "places: Nelson Mandela Bay, Jan Smuts Avenue",
		"Is the Nelson Mandela Bay stadium near the beachfront, and is Jan Smuts Avenue in Joburg busy on Saturdays?"),
	clean("en-CN", Name, "a university named after Sun Yat-sen",
		"Sun Yat-sen University vs Fudan for computer science — which has the stronger AI lab?"),
	clean("en-KR", Name, "King Sejong statue and Gwanghwamun",
		"Is the King Sejong statue at Gwanghwamun Square lit up at night?"),
	clean("en-PH", Name, "an airport named after Ninoy Aquino, Rizal Park",
		"How do I get from Ninoy Aquino International Airport to Rizal Park by Grab?"),
	// --- holidays and events ----------------------------------------------------
	clean("en-US", Name, "a holiday: St. Patrick's Day",
		"St. Patrick's Day parade in Chicago — what time do they dye the river green?"),
	clean("en-CA", Name, "an event: the Santa Claus parade",
		"Our town's Santa Claus parade needs a route map; which streets avoid the hospital?"),
	clean("en-US", Name, "a holiday named after a person: Martin Luther King Jr. Day",
		"Is the stock market closed on Martin Luther King Jr. Day?"),
	clean("en-US", Name, "an event: the Grace Hopper Celebration",
		"Add a reminder for the Grace Hopper Celebration scholarship deadline to my calendar."),
	// --- books, films and fictional characters ----------------------------------
	clean("en-US", Name, "a book title with a fictional name: Harry Potter",
		"Summarize Harry Potter and the Prisoner of Azkaban in five sentences for a 9-year-old."),
	clean("en-US", Name, "novel titles: Anna Karenina, Madame Bovary",
		"What are the main themes of Anna Karenina compared with Madame Bovary?"),
	clean("en-US", Name, "a play: Romeo and Juliet",
		"Write a modern retelling of Romeo and Juliet set in a tech startup."),
	clean("en-GB", Name, "a fictional detective: Sherlock Holmes",
		"Write a Sherlock Holmes style mystery where the butler turns out to be innocent."),
	clean("en-GB", Name, "a novella title with Dr and Mr",
		"Explain Strange Case of Dr Jekyll and Mr Hyde in three paragraphs for a GCSE essay."),
	// --- German -------------------------------------------------------------
	clean("de-DE", Address, "Platz und Straße ohne Hausnummer",
		"Wie komme ich vom Alexanderplatz zur Karl-Marx-Allee, zu Fuß oder mit der U5?"),
	clean("de-DE", Name, "'Ernst' als Substantiv am Satzanfang",
		"Im Ernst: Wie viel Strom verbraucht ein Wärmepumpentrockner pro Jahr?"),
	clean("de-DE", Name, "Redewendung Otto Normalverbraucher",
		"Was gibt Otto Normalverbraucher im Schnitt pro Jahr für Kleidung aus?"),
	clean("de-DE", Name, "Burgerketten, die wie Namen klingen",
		"Hans im Glück oder Peter Pane – welche Burgerkette hat mehr vegane Optionen?"),
	clean("de-DE", Name, "Marke mit Titel: Dr. Oetker",
		"Wie lange muss eine Dr. Oetker Ristorante Pizza in den Backofen?"),
	clean("de-DE", Name, "Firma mit Rechtsform: Robert Bosch GmbH",
		"Robert Bosch GmbH oder Siemens Healthineers – wer zahlt Werkstudenten besser?"),
	// --- French -------------------------------------------------------------
	clean("fr-FR", Name, "lycée nommé d'après Victor Hugo",
		"Le lycée Victor Hugo de Besançon propose-t-il une option informatique ?"),
	clean("fr-FR", Name, "marques de luxe : Louis Vuitton, Yves Saint Laurent",
		"Louis Vuitton ou Yves Saint Laurent : quel sac garde le mieux sa valeur ?"),
	clean("fr-FR", Name, "station de métro Jean Jaurès",
		"La station Jean Jaurès est-elle fermée ce week-end sur la ligne 5 ?"),
	clean("fr-FR", Name, "entreprise : Pierre et Vacances",
		"Pierre et Vacances ou Center Parcs pour un week-end avec deux enfants ?"),
	clean("fr-FR", Address, "rue sans numéro nommée d'après Émile Zola",
		"La rue Émile Zola est-elle piétonne le samedi à Lyon ?"),
	// --- Spanish --------------------------------------------------------------
	clean("es-ES", Name, "estadio y hospital con nombres de personas",
		"¿Cómo llego del Estadio Santiago Bernabéu al Hospital Gregorio Marañón en metro?"),
	clean("es-ES", Name, "personaje de ficción: Don Quijote",
		"Resume Don Quijote de la Mancha para un niño de diez años."),
	clean("es-ES", Address, "calle sin número: Isabel la Católica",
		"¿La calle Isabel la Católica en Zaragoza tiene zona azul?"),
	clean("es-MX", Name, "museo nombrado por Frida Kahlo",
		"¿A qué hora abre el Museo Frida Kahlo los domingos?"),
	clean("es-MX", Name, "alcaldías Benito Juárez y Miguel Hidalgo",
		"¿La alcaldía Benito Juárez o la Miguel Hidalgo tiene mejores parques para correr?"),
	clean("es-AR", Name, "aeropuerto Jorge Newbery",
		"¿El Aeroparque Jorge Newbery tiene vuelos directos a Bariloche?"),
	// --- Portuguese -----------------------------------------------------------
	clean("pt-BR", Name, "aeroporto Santos Dumont e São Paulo",
		"O Aeroporto Santos Dumont tem ponte aérea pra São Paulo de meia em meia hora?"),
	clean("pt-BR", Name, "instituições: Fundação Getulio Vargas, Hospital Albert Einstein",
		"A Fundação Getulio Vargas tem convênio com o Hospital Albert Einstein pro plano dos alunos?"),
	clean("pt-PT", Name, "Ponte Vasco da Gama",
		"A Ponte Vasco da Gama tem portagem nos dois sentidos?"),
	// --- Italian --------------------------------------------------------------
	clean("it-IT", Name, "stazione e aeroporto con nomi di persone",
		"Come arrivo dalla stazione di Santa Maria Novella all'aeroporto Amerigo Vespucci?"),
	clean("it-IT", Name, "liceo Galileo Galilei",
		"Il Liceo Galileo Galilei di Pisa ha l'indirizzo scienze applicate?"),
	clean("it-IT", Name, "auto: Ferrari Roma, Maserati GranTurismo",
		"Ferrari Roma o Maserati GranTurismo per un viaggio in Toscana?"),
	clean("it-IT", Address, "via senza numero civico",
		"Via Garibaldi a Genova è chiusa al traffico la domenica?"),
	// --- Dutch ----------------------------------------------------------------
	clean("nl-NL", Name, "supermarkt Albert Heijn",
		"Is de Albert Heijn bonuskaart ook geldig bij de Jumbo?"),
	clean("nl-NL", Name, "stadion Johan Cruijff ArenA",
		"Hoe laat gaat de Johan Cruijff ArenA open bij een concert?"),
	// --- Polish, Czech ----------------------------------------------------------
	clean("pl-PL", Address, "lotnisko i aleja bez numeru",
		"Jak dojechać z Lotniska Chopina na aleję Jana Pawła II komunikacją miejską?"),
	clean("cs-CZ", Name, "letiště Václava Havla a Karlův most",
		"Jak se dostanu z Letiště Václava Havla na Karlův most MHD?"),
	// --- Nordic ---------------------------------------------------------------
	clean("sv-SE", Name, "hamburgerkedjan Max",
		"Öppnar Max Hamburgerrestauranger tidigare än McDonald's på söndagar?"),
	clean("sv-SE", Name, "högtider: Lucia och Gustav Adolfsdagen",
		"Vilka datum firas Lucia och Gustav Adolfsdagen, och är någon av dem en röd dag?"),
	clean("nb-NO", Address, "gate uten husnummer: Karl Johans gate",
		"Er Karl Johans gate stengt for biler under 17. mai?"),
	clean("da-DK", Address, "H.C. Andersen Boulevard uden husnummer",
		"Er H.C. Andersen Boulevard lukket under maratonet på søndag?"),
	// --- Romanian, Hungarian, Turkish, Greek ------------------------------------
	clean("ro-RO", Name, "aeroportul Henri Coandă",
		"Cum ajung de la Aeroportul Henri Coandă în centrul Bucureștiului cu trenul?"),
	clean("ro-RO", Name, "Universitatea Babeș-Bolyai",
		"Universitatea Babeș-Bolyai are admitere la informatică în iulie?"),
	clean("hu-HU", Name, "repülőtér családnév-elöl névvel: Liszt Ferenc",
		"Hogyan jutok el a Liszt Ferenc repülőtérről a Széchenyi fürdőhöz?"),
	clean("hu-HU", Address, "utca házszám nélkül: Petőfi Sándor utca",
		"A Petőfi Sándor utca egyirányú Debrecenben?"),
	clean("tr-TR", Name, "kişi adı taşıyan havalimanı: Sabiha Gökçen",
		"Sabiha Gökçen Havalimanı'ndan Kadıköy'e en hızlı nasıl gidilir?"),
	clean("el-GR", Name, "αεροδρόμιο Ελευθέριος Βενιζέλος",
		"Πώς πάω από το αεροδρόμιο Ελευθέριος Βενιζέλος στο Σύνταγμα με το μετρό;"),
	// --- Russian, Ukrainian -----------------------------------------------------
	clean("ru-RU", Name, "площадь и галерея, названные по людям",
		"Как доехать от Пушкинской площади до Третьяковской галереи?"),
	clean("ru-RU", Name, "роман «Анна Каренина»",
		"Кратко перескажи «Анну Каренину» для школьника."),
	clean("ru-RU", Name, "аэропорт имени А. С. Пушкина",
		"Какой терминал в аэропорту Шереметьево имени А. С. Пушкина для рейсов в Казань?"),
	clean("ru-RU", Address, "улица без номера дома",
		"Улица Льва Толстого в Самаре перекрыта на выходных?"),
	clean("uk-UA", Address, "бульвар без номера будинку",
		"Як дістатися від вокзалу до бульвару Тараса Шевченка пішки?"),
	clean("uk-UA", Name, "університет імені Тараса Шевченка",
		"Чи є в Київському університеті імені Тараса Шевченка магістратура з ІТ англійською?"),
	// --- Vietnamese, Indonesian, Filipino ---------------------------------------
	clean("vi-VN", Address, "đường Nguyễn Huệ không có số nhà",
		"Đường Nguyễn Huệ có cấm xe máy vào cuối tuần không?"),
	clean("vi-VN", Name, "Thành phố Hồ Chí Minh",
		"Từ sân bay Tân Sơn Nhất về quận 1 Thành phố Hồ Chí Minh mất bao lâu?"),
	clean("vi-VN", Name, "trường mang tên Lê Quý Đôn",
		"Trường THPT Lê Quý Đôn có tuyển sinh lớp chuyên Tin không?"),
	clean("id-ID", Address, "bandara dan jalan tanpa nomor",
		"Berapa lama dari Bandara Soekarno-Hatta ke Jalan Jenderal Sudirman naik kereta?"),
	clean("id-ID", Name, "Hari Kartini",
		"Apa yang biasanya dirayakan pada Hari Kartini di sekolah dasar?"),
	clean("fil-PH", Name, "Rizal Park at SM Megamall",
		"Paano pumunta sa Rizal Park galing SM Megamall kung mag-MRT?"),
	clean("fil-PH", Name, "Araw ni Bonifacio",
		"Bukas ba ang mga bangko sa Araw ni Bonifacio?"),
}

func TestProse19(t *testing.T) { checkTable(t, prose19Cases, "group") }
