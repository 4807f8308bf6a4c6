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
