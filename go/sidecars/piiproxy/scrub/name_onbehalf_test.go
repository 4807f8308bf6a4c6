package scrub

import "testing"

// TestOnBehalfIsAWholeWord: "adına" names the payee before it only as a
// word of its own; the letter after it is read as a letter of any script,
// not by its first byte (a Hebrew letter's first byte is "×", no letter).
func TestOnBehalfIsAWholeWord(t *testing.T) {
	checkTexts(t, []textCase{
		{"IBAN sahibi: (Ahmet Demir adına)", "IBAN sahibi: (<NAME_1> adına)"},
		{"Ahmet Demir adına", "<NAME_1> adına"},
		{"Ahmet Demir adınaשלום", "Ahmet Demir adınaשלום"},
	})
}
