package scrub

import "testing"

// TestSpokenNumberDigits: the digits a run of number words says, as
// spokenDigits writes them for the id schemes' checks.
func TestSpokenNumberDigits(t *testing.T) {
	for _, c := range []struct{ reason, in, want string }{
		{"French pairs, hyphenated", "zéro six, trente-neuf, quatre-vingt-dix-huit, douze, trente-quatre", "0639981234"},
		{"French 'et un' in words and hyphens", "vingt et un, soixante-et-onze, quatre-vingt-un", "217181"},
		{"a comma ends a group", "vingt, un", "201"},
		{"Spanish tens 'y' unit", "cincuenta y cinco, cuarenta y dos, dieciocho", "554218"},
		{"Spanish twenties in one word", "veintidós veintiuno", "2221"},
		{"Portuguese tens 'e' unit and hundreds", "trinta e dois, novecentos e doze", "32912"},
		{"Italian compounds drop a vowel", "ventotto trentuno quarantadue", "283142"},
		{"German unit 'und' ten", "einundzwanzig, achtundneunzig, zwo", "21982"},
		{"Dutch unit 'en' ten", "tweeëntwintig, eenendertig", "2231"},
		{"Swedish ten and unit glued or apart", "fyrtiotre, tjugo sju", "4327"},
		{"Danish pairs, vigesimal tens", "tyve fyrre, otteogtyve, femten, enoghalvfems", "2040281591"},
		{"Finnish", "kaksikymmentäkolme kuusisataa", "23600"},
		{"Polish hundreds", "sześćset dwa, czterysta osiemnaście", "602418"},
		{"Czech hundreds with a multiplier", "pět set dvacet, sto", "520100"},
		{"Turkish hundreds and 'on' with a unit", "sıfır beş yüz otuz iki, dört yüz on sekiz, on yedi", "053241817"},
		{"Russian", "восемь девятьсот двадцать шесть, ноль пять", "892605"},
		{"Ukrainian", "нуль шістдесят сім, дев'яносто", "06790"},
		{"English toll-free", "one eight hundred, five five five", "1800555"},
		{"English hundred and", "one hundred and five", "105"},
		{"double and triple", "double seven triple oh", "77000"},
		{"a filler is a pause", "three one two, um, five", "3125"},
	} {
		got := string(spokenDigits(nil, c.in, 0, len(c.in)))
		if got != c.want {
			t.Errorf("%s: spokenDigits(%q) = %q, want %q", c.reason, c.in, got, c.want)
		}
	}
}

// TestPhonesInPairsAndHundreds: phones said in pairs or hundreds are
// masked after a phone word; counts, prices and lists are not, nor a word
// before the number that is a number of another language.
func TestPhonesInPairsAndHundreds(t *testing.T) {
	checkTexts(t, []textCase{
		{"mon numéro : zéro sept, quarante et un, soixante-douze, zéro huit, quatre-vingt-dix-neuf", "mon numéro : <PHONE_1>"},
		{"mi número es seis cero uno, veintidós, treinta y tres, cuarenta y cuatro", "mi número es <PHONE_1>"},
		{"meine Nummer ist null eins fünf eins, vierundzwanzig, achtundsechzig, neunzehn", "meine Nummer ist <PHONE_1>"},
		{"call me on five five five, twelve thirty four, fifty six", "call me on <PHONE_1>"},
		{"call me on one eight hundred, five five five, twenty twenty", "call me on <PHONE_1>"},
		{"mit nummer er femogfyrre, tolv, treogtres, nitten", "mit nummer er <PHONE_1>"},
		// the word before is a number only in another language
		{"mój numer to pięćset dwanaście, trzysta czterdzieści, dwieście dwa", "mój numer to <PHONE_1>"},
		// eight digits are a Danish number, not an English one
		{"my number is twenty forty, twenty eight, fifteen", "my number is twenty forty, twenty eight, fifteen"},
		// no phone word: a count, a price, a year
		{"we sold twenty one, twenty two, twenty three, twenty four and twenty five units", "we sold twenty one, twenty two, twenty three, twenty four and twenty five units"},
		{"it cost nine hundred ninety nine euros and ninety nine cents", "it cost nine hundred ninety nine euros and ninety nine cents"},
		{"the dense nonsense sto sto sto after my number", "the dense nonsense sto sto sto after my number"},
	})
}

// TestNumberValues: numbers said in words as a date's day and year are
// read, glued ones included.
func TestNumberValues(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"mil novecientos ochenta y siete", 1987},
		{"mille neuf cent quatre-vingt-dix", 1990},
		{"mil novecentos e noventa", 1990},
		{"millenovecentottantotto", 1988},
		{"neunzehnhundertfünfundachtzig", 1985},
		{"nittonhundraåttiofem", 1985},
		{"tysiąc dziewięćset osiemdziesiątego siódmego roku", 1987},
		{"тысяча девятьсот восемьдесят пятого года", 1985},
		{"тисяча дев'ятсот дев'яносто першого", 1991},
		{"dwudziestego trzeciego lipca", 23},
		{"vingt et un mai", 21},
		{"zwölften März", 12},
		{"nineteen eighty", 19}, // English years are read as pairs by spokenYearAt
	} {
		if got, _, ok := numberValueAt(c.in, 0); !ok || got != c.want {
			t.Errorf("numberValueAt(%q) = %d, %v, want %d", c.in, got, ok, c.want)
		}
	}
}

// TestSpokenBirthDatesInOtherLanguages: a date of birth in words after a
// birth cue in the languages of numberLanguages; an appointment, a
// delivery and a date without a cue stay.
func TestSpokenBirthDatesInOtherLanguages(t *testing.T) {
	checkTexts(t, []textCase{
		{"je suis né le premier avril mille neuf cent quatre-vingt-deux", "je suis né le <DATE_OF_BIRTH_1>"},
		{"fecha de nacimiento: treinta y uno de enero de mil novecientos setenta", "fecha de nacimiento: <DATE_OF_BIRTH_1>"},
		{"Ihr Geburtsdatum?\nKundin: äh, dritter Oktober neunzehnhundertneunzig", "Ihr Geburtsdatum?\nKundin: äh, <DATE_OF_BIRTH_1>"},
		{"geboren op eenentwintigste juni negentienhonderdvijfenzeventig", "geboren op <DATE_OF_BIRTH_1>"},
		{"født femte marts nitten hundrede og femogfirs", "født <DATE_OF_BIRTH_1>"},
		{"data urodzenia: piątego maja tysiąc dziewięćset dziewięćdziesiątego", "data urodzenia: <DATE_OF_BIRTH_1>"},
		{"narodila jsem se dvanáctého března devatenáct set osmdesát", "narodila jsem se <DATE_OF_BIRTH_1>"},
		// no birth cue: an appointment, a delivery, a contract
		{"le rendez-vous est le douze mai deux mille vingt-six", "le rendez-vous est le douze mai deux mille vingt-six"},
		{"Lieferung am zwölften März zweitausendsechsundzwanzig", "Lieferung am zwölften März zweitausendsechsundzwanzig"},
		{"el contrato vence el treinta de junio de mil novecientos noventa y nueve", "el contrato vence el treinta de junio de mil novecientos noventa y nueve"},
		// a birth cue, but a year no living person was born in
		{"née le douze mai mille huit cent quatre-vingt-dix", "née le douze mai mille huit cent quatre-vingt-dix"},
	})
}

// TestSpokenCards: a card said in number words is a card when its digits
// pass a written card's checks; a phone, and sixteen digits failing Luhn,
// are not.
func TestSpokenCards(t *testing.T) {
	checkTexts(t, []textCase{
		{"my card is four five three two, zero one five one, one two eight three, zero three six six", "my card is <CREDIT_CARD_1>"},
		{"numéro de carte quatre neuf sept deux, zéro trois, quarante et un, soixante-sept, quatre-vingt-neuf, zéro un, vingt-trois", "numéro de carte <CREDIT_CARD_1>"},
		// a phone stays a phone; sixteen digits with a wrong check digit are no card
		{"call me on four one five, five five five, zero one three two", "call me on <PHONE_1>"},
		{"my card is four five three two, zero one five one, one two eight three, zero three six seven", "my card is four five three two, zero one five one, one two eight three, zero three six seven"},
	})
}

// TestSpokenIDsWithSeparators: the sign an id is written with, said as a
// word between its numbers ("viiva", "lomeno", "dash"), is read into its
// digits for the schemes' checks; a NIR's "clé" leads to its key, and a
// DNI's "letra" to its letter.
func TestSpokenIDsWithSeparators(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"kaksikymmentäkolme nolla seitsemän kahdeksankymmentäkahdeksan viiva kaksi neljä kuusi neljä", "230788-2464"},
		{"devadesát dva padesát čtyři osmnáct lomeno tři nula nula čtyři", "925418/3004"},
		{"one two three dash four five", "123-45"},
		{"quatre cent cinquante-six, clé trente-sept", "45637"},
		{"cuatro ocho dos siete tres nueve uno cinco, letra c", "48273915C"},
	} {
		if got := string(spokenDigits(nil, c.in, 0, len(c.in))); got != c.want {
			t.Errorf("spokenDigits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkTexts(t, []textCase{
		{"henkilötunnus kaksikymmentäkolme nolla seitsemän kahdeksankymmentäkahdeksan viiva kaksi neljä kuusi neljä", "henkilötunnus <NATIONAL_ID_1>"},
		// a wrong check character: no id
		{"henkilötunnus kaksikymmentäkolme nolla seitsemän kahdeksankymmentäkahdeksan viiva kaksi neljä kuusi viisi", "henkilötunnus kaksikymmentäkolme nolla seitsemän kahdeksankymmentäkahdeksan viiva kaksi neljä kuusi viisi"},
	})
}

// TestAnswersOnTheNextLine: a TFN after the question that names it, on
// the answer's line after the speaker's label ("Caller:" is who speaks, no
// phone cue), and a phone said in words after the question that asks for
// it; nine digit words after "Caller:" alone are no phone.
func TestAnswersOnTheNextLine(t *testing.T) {
	checkTexts(t, []textCase{
		{"Agent: and your tax file number?\nCaller: 482 915 705", "Agent: and your tax file number?\nCaller: <NATIONAL_ID_1>"},
		{"Agent: what's the best number to reach you on\nCustomer: sure, four one five, five five five, zero one three two", "Agent: what's the best number to reach you on\nCustomer: sure, <PHONE_1>"},
		{"Caller: four one two, three three, eight eight two one", "Caller: four one two, three three, eight eight two one"},
		{"Agent: what's the best number to reach you on\nCustomer: my order is four one five, five five five, zero one three two", "Agent: what's the best number to reach you on\nCustomer: my order is four one five, five five five, zero one three two"},
	})
}
