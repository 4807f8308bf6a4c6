package scrub

import "testing"

// TestOnBehalfIsAWholeWord: "adına" names the payee before it only as a
// word of its own; the letter after it is read as a letter of any script,
// not by its first byte (a Hebrew letter's first byte is "×", no letter).
func TestOnBehalfIsAWholeWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"IBAN sahibi: (Ahmet Demir adına)", "IBAN sahibi: (<NAME_1> adına)"},
		{"Ahmet Demir adına", "<NAME_1> adına"},
		{"Ahmet Demir adınaשלום", "Ahmet Demir adınaשלום"},
	} {
		if got, _ := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
