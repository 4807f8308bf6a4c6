package scrub

import "testing"

// TestRealWorld8SmallRules pins the eighth table's smaller rules where the
// table does not: a spaced date only after a birth cue and in a card's
// widths, "s." only after a comma, the short Nordic phones only after a
// phone word, a password's qualifier only after a password's name.
func TestRealWorld8SmallRules(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Date of birth\n1994 06 08", "Date of birth\n<DATE_OF_BIRTH_1>"},
		{"Shipment 1994 06 08 arrived", "Shipment 1994 06 08 arrived"},
		{"Date of birth: 1 6 1994", "Date of birth: 1 6 1994"},
		{"Laura Nieminen, s. 15.8.1992", "Laura Nieminen, s. <DATE_OF_BIRTH_1>"},
		{"s. 15.8.1992 lähtien", "s. 15.8.1992 lähtien"},
		{"Tlf. 33 21 48 59", "Tlf. <PHONE_1>"},
		{"Mobil: 922 48 173", "Mobil: <PHONE_1>"},
		{"Ordre 33 21 48 59", "Ordre 33 21 48 59"},
		{"Kata sandi sementara: Jkt#2024Rina", "Kata sandi sementara: <SECRET_1>"},
		{"Status sementara: Menunggu2024", "Status sementara: Menunggu2024"},
	} {
		if got, _ := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
