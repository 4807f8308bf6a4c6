package scrub

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestSpokenPhonesSampled holds findSpokenPhones, which reads only the
// words around every spokenProbe-th byte, to the plain scan of every word
// (spokenRuns from the start, never stopping early) on random texts of
// number words of one language each, glue words, fillers, gaps, cues and
// other words.
func TestSpokenPhonesSampled(t *testing.T) {
	languages := [][]string{ // the longest and shortest words of each, and the densest ("sto", "ti")
		{"one", "two", "oh", "seven", "double", "triple", "nine", "zero", "twelve", "thirty-four", "forty", "hundred", "and", "um"},
		{"sembilan", "satu", "nol", "dua"},
		{"ek", "do", "nau", "shunya"},
		{"quattro", "ventotto", "cento", "novecento", "tre", "e"},
		{"sto", "dwa", "sześćset", "dziewięćdziesiąt", "trzy"},
		{"quatre-vingt-dix-huit", "vingt", "et", "un", "zéro", "six", "dix-sept", "cent"},
		{"cinco", "cincuenta", "y", "dos", "diecinueve", "veintidós"},
		{"on", "sekiz", "yüz", "beş", "otuz", "sıfır"},
		{"ti", "tyve", "otteogtyve", "to", "nul"},
	}
	others := []string{"the", "call", "number", "a", "phone", "1234", "elephant", "x", "Three", "SIX"}
	gaps := []string{" ", ", ", "-", ". ", "\n", "  ", ","}
	r := rand.New(rand.NewSource(7))
	found := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if r.Intn(2) == 0 {
			b.WriteString(strings.Repeat("x", r.Intn(40)) + " call me on ")
		}
		digits := languages[r.Intn(len(languages))]
		for i, k := 0, r.Intn(60); i < k; i++ {
			if r.Intn(12) == 0 {
				b.WriteString(others[r.Intn(len(others))])
			} else {
				b.WriteString(digits[r.Intn(len(digits))])
			}
			if r.Intn(4) == 0 {
				b.WriteString(gaps[r.Intn(len(gaps))])
			} else {
				b.WriteString(gaps[r.Intn(3)])
			}
		}
		s := b.String()
		want, _ := spokenRuns(s, 0, len(s), minSpokenPhoneDigits, spokenPhoneAt)
		if got := findSpokenPhones(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findSpokenPhones(%q) = %v, the plain scan finds %v", s, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Fatalf("only %d numbers in the random texts: the test reads too few", found)
	}
}

// TestSpokenPhonesInOtherLanguages: digit words of other languages, typed
// in Latin letters, make a number after a phone word; common words among
// them ("nam", "sau", "tu", "ba" in Vietnamese) make none without one.
func TestSpokenPhonesInOtherLanguages(t *testing.T) {
	checkTexts(t, []textCase{
		{"nomor saya nol delapan satu dua tiga empat lima enam tujuh delapan", "nomor saya <PHONE_1>"},
		{"so dien thoai: khong chin mot hai, ba tam bon, nam nam hai", "so dien thoai: <PHONE_1>"},
		{"mi numero es seis uno dos, tres cuatro cinco, seis siete ocho nueve", "mi numero es <PHONE_1>"},
		{"nam nay toi sau tu ba hai mot bon nam sau chin tam nam", "nam nay toi sau tu ba hai mot bon nam sau chin tam nam"},
	})
}
