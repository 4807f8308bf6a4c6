package scrub

import "testing"

// TestSpokenEmails pins the fourteenth table's dictated addresses: the
// words for the dot of Dutch, Danish and Finnish, Vietnamese "a còng" and
// the "et" Turkish and Indonesian say for "@", read only where both sides
// are spelled as an address.
func TestSpokenEmails(t *testing.T) {
	checkTexts(t, []textCase{
		{"sanne punt devries apenstaartje ziggo punt nl", "<EMAIL_1>"},
		{"mette punktum hansen snabel-a gmail punktum com", "<EMAIL_1>"},
		{"lan chấm nguyen a còng gmail chấm com", "<EMAIL_1>"},
		{"rina titik sari et gmail titik com", "<EMAIL_1>"},
		{"Pierre et Marie point com", "Pierre et Marie point com"},
		{"Tom et Jerry dot com", "Tom et Jerry dot com"},
	})
}

// TestTranscriptSpeakers pins namesInTranscripts: the speakers a WebVTT
// voice span, a Zoom chat export and a transcript's speaker line name; a
// role, a chapter list and Zoom's own roles stay.
func TestTranscriptSpeakers(t *testing.T) {
	checkTexts(t, []textCase{
		{"00:00:05.000 --> 00:00:08.250\n<v Maria Lopez>Thanks everyone", "00:00:05.000 --> 00:00:08.250\n<v <NAME_1>>Thanks everyone"},
		{"10:05:40 From Priya Nair to Everyone: hi", "10:05:40 From <NAME_1> to Everyone: hi"},
		{"10:02:13 From Host to Everyone: break", "10:02:13 From Host to Everyone: break"},
		{"Maria Lopez (Customer)  0:14\nHi there", "<NAME_1> (Customer)  0:14\nHi there"},
		{"Schneider, Petra   2:14\nAlso", "<NAME_1>   2:14\nAlso"},
		{"Getting Started  1:23\nIntro  0:00", "Getting Started  1:23\nIntro  0:00"},
		{"Speaker 1 (00:03:12): hello", "Speaker 1 (00:03:12): hello"},
	})
}

// TestSpokenPhonesMoreLanguages pins the digit words of the fourteenth
// table's languages: a run of nine or more after a phone word, in Latin,
// Cyrillic, Greek, Hebrew, Devanagari and Vietnamese letters; never after
// an order's word, never counting aloud without a phone word.
func TestSpokenPhonesMoreLanguages(t *testing.T) {
	checkTexts(t, []textCase{
		{"moje číslo je sedm tři sedm, dvě nula jedna, čtyři osm devět", "moje číslo je <PHONE_1>"},
		{"mijn nummer is nul zes, vier zeven, twee negen, een acht, drie vijf", "mijn nummer is <PHONE_1>"},
		{"numeroni on nolla viisi nolla, kolme kuusi kaksi, yhdeksän yksi nolla nolla", "numeroni on <PHONE_1>"},
		{"мой телефон восемь девять два шесть четыре один восемь три два ноль пять", "мой телефон <PHONE_1>"},
		{"το κινητό μου είναι έξι εννιά τέσσερα, οκτώ δύο ένα, τρία επτά πέντε έξι", "το κινητό μου είναι <PHONE_1>"},
		{"order number is double seven four, nine one two, three three eight", "order number is double seven four, nine one two, three three eight"},
		{"we counted sju åtta nio noll ett två tre fyra fem", "we counted sju åtta nio noll ett två tre fyra fem"},
	})
}

// TestSpokenIDs pins spokenIDs: an id said in digit words after its cue,
// with its scheme's check; the same words without a cue, or with a failing
// check, stay.
func TestSpokenIDs(t *testing.T) {
	checkTexts(t, []textCase{
		{"meine Steuer-ID lautet vier sechs neun drei fünf acht eins sieben zwei eins sieben", "meine Steuer-ID lautet <NATIONAL_ID_1>"},
		{"mijn BSN is twee acht drie zeven vier een negen zeven een", "mijn BSN is <NATIONAL_ID_1>"},
		{"mijn BSN is twee acht drie zeven vier een negen zeven twee", "mijn BSN is twee acht drie zeven vier een negen zeven twee"},
		{"we counted twee acht drie zeven vier een negen zeven een", "we counted twee acht drie zeven vier een negen zeven een"},
		{"aadhaar number is nine one seven nine, triple seven nine, zero eight two zero", "aadhaar number is <NATIONAL_ID_1>"},
	})
}

// TestSpokenBirthDates pins spokenBirthDates: an English date of birth
// in words after a birth cue, on the cue's line or answered on the next
// after the speaker's label; the same date without a cue, a month and a
// year without a day, and an impossible day stay.
func TestSpokenBirthDates(t *testing.T) {
	checkTexts(t, []textCase{
		{"I was born on the third of March, 1985, if that helps", "I was born on <DATE_OF_BIRTH_1>, if that helps"},
		{"date of birth is July fourth, nineteen ninety, but", "date of birth is <DATE_OF_BIRTH_1>, but"},
		{"your date of birth?\nCaller: twenty-second of November nineteen seventy-nine", "your date of birth?\nCaller: <DATE_OF_BIRTH_1>"},
		{"the release on the third of March, 1985", "the release on the third of March, 1985"},
		{"born in March nineteen eighty five", "born in March nineteen eighty five"},
		{"born on the thirty-first of April, 1985", "born on the thirty-first of April, 1985"},
	})
}

// TestAnsweringNames pins the names of whoever answers a call: before
// "à l'appareil" and "am Apparat", after "fala a", "le atiende", "Sie
// sprechen mit" and a Korean agent's role; the same words before or after
// no name stay.
func TestAnsweringNames(t *testing.T) {
	checkTexts(t, []textCase{
		{"Cabinet Dupont, bonjour, Claire Martin à l'appareil.", "Cabinet Dupont, bonjour, <NAME_1> à l'appareil."},
		{"Praxis Dr. Wolf, Schneider am Apparat, was kann ich für Sie tun?", "Praxis Dr. <NAME_1>, <NAME_2> am Apparat, was kann ich für Sie tun?"},
		{"Boa tarde, fala o Rui, em que posso ajudar?", "Boa tarde, fala o <NAME_1>, em que posso ajudar?"},
		{"Buenas tardes, le atiende Lucía Gómez, ¿en qué puedo ayudarle?", "Buenas tardes, le atiende <NAME_1>, ¿en qué puedo ayudarle?"},
		{"Guten Tag, Sie sprechen mit Petra Lang.", "Guten Tag, Sie sprechen mit <NAME_1>."},
		{"상담원 박서준입니다", "상담원 <NAME_1>입니다"},
		// no name before or after the cue
		{"Oui, c'est bien elle à l'appareil.", "Oui, c'est bien elle à l'appareil."},
		{"le téléphone à l'appareil photo", "le téléphone à l'appareil photo"},
		{"ele fala a verdade", "ele fala a verdade"},
		{"상담원 연결을 원하시면 0번", "상담원 연결을 원하시면 0번"},
	})
}
