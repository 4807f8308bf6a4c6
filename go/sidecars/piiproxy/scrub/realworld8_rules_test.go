package scrub

import "testing"

// TestRealWorld8SmallRules pins the eighth table's smaller rules where the
// table does not: a spaced date only after a birth cue and in a card's
// widths, "s." only after a comma, the short Nordic phones only after a
// phone word, a password's qualifier only after a password's name.
func TestRealWorld8SmallRules(t *testing.T) {
	checkTexts(t, []textCase{
		{"Date of birth\n1994 06 08", "Date of birth\n<DATE_OF_BIRTH_1>"},
		{"Shipment 1994 06 08 arrived", "Shipment 1994 06 08 arrived"},
		{"Date of birth: 1 6 1994", "Date of birth: 1 6 1994"},
		{"Laura Nieminen, s. 15.8.1992", "<NAME_1>, s. <DATE_OF_BIRTH_1>"},
		{"s. 15.8.1992 lähtien", "s. 15.8.1992 lähtien"},
		{"Tlf. 33 21 48 59", "Tlf. <PHONE_1>"},
		{"Mobil: 922 48 173", "Mobil: <PHONE_1>"},
		{"Ordre 33 21 48 59", "Ordre 33 21 48 59"},
		{"Kata sandi sementara: Jkt#2024Rina", "Kata sandi sementara: <SECRET_1>"},
		{"Status sementara: Menunggu2024", "Status sementara: Menunggu2024"},
	})
}

// TestRealWorld8Addresses pins the eighth table's address shapes where the
// table does not: the near-misses each rule leaves alone.
func TestRealWorld8Addresses(t *testing.T) {
	checkTexts(t, []textCase{
		{"Adresse: Thorvald Meyers gate 52, 0555 Oslo", "Adresse: <ADDRESS_1>, 0555 Oslo"},
		{"Boarding gate 52 closes at 10:40", "Boarding gate 52 closes at 10:40"},
		{"Im Neuenheimer Feld 410, 69120 Heidelberg", "<ADDRESS_1>, 69120 Heidelberg"},
		{"Am Montag 3 Termine, 12 Teilnehmer", "Am Montag 3 Termine, 12 Teilnehmer"},
		{"Osoite: Hämeenkatu 14 B 22, 33100 Tampere", "Osoite: <ADDRESS_1>, 33100 Tampere"},
		{"Trg bana Jelačića 3, 10000 Zagreb", "<ADDRESS_1>, 10000 Zagreb"},
		{"物業地址：九龍旺角彌敦道688號12樓B室", "物業地址：<ADDRESS_1>"},
		{"第3章2-1節", "第3章2-1節"},
	})
}

// TestPartyNames: a contract's party after "represented by" and its kin,
// past the office in lower case; a company that represents stays.
func TestPartyNames(t *testing.T) {
	checkTexts(t, []textCase{
		{"в лице генерального директора Морозова Игоря Викторовича, и", "в лице генерального директора <NAME_1>, и"},
		{"represented by its managing director Jane Porter, hereinafter", "represented by its managing director <NAME_1>, hereinafter"},
		{"represented by Acme Holdings Ltd, its sole shareholder", "represented by Acme Holdings Ltd, its sole shareholder"},
		{"represented by counsel in the matter", "represented by counsel in the matter"},
	})
}
