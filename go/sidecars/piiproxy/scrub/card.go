package scrub

import "slices"

// findCards finds payment card numbers: 13 to 19 digits, compact or grouped
// by single spaces or hyphens in the usual 4-4-4-4 or Amex 4-6-5 layouts,
// with a known issuer prefix and a valid Luhn check digit. The prefix and
// Luhn checks are what keep long ids and nanosecond timestamps unmasked.
// After a word naming a card, twelve digits (Maestro's shortest) are one
// too, and sixteen of any issuer: national schemes are many and their
// ranges unlisted (Ukraine's PROSTIR 9804, Uzbekistan's Humo 9860 and
// Uzcard 8600, Belarus's Belkart 9112).
func findCards(s string) []span {
	spoken := spokenCards(s)
	if countDigits(s) < 12 {
		return spoken
	}
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !numberStartOK(s, i) || (i > 0 && s[i-1] == '+') || continuesGroups(s, i) { // "+49..." is a phone
			continue
		}
		var digits [19]byte
		var groups [8]int
		n, ng, j := 0, 0, i
		var sep byte
		broken := false // a line break has split the groups once
		for ng < len(groups) {
			start := j
			for j < len(s) && isDigit(s[j]) && n < len(digits) {
				digits[n] = s[j]
				n++
				j++
			}
			groups[ng] = j - start
			ng++
			if j+1 < len(s) && (s[j] == ' ' || s[j] == '-') && isDigit(s[j+1]) && (sep == 0 || sep == s[j]) {
				sep = s[j]
				j++
				continue
			}
			if k := lineBreakAt(s, j); k > 0 && !broken && groups[ng-1] == 4 && isDigit(s[k]) && cardCueBefore(s, i) {
				broken, j = true, k // "my card is 5529 6123\n4567 8919": wrapped by a chat box or a mail
				continue
			}
			break
		}
		if n >= 12 && (j >= len(s) || !isDigit(s[j])) && numberEndOK(s, j) &&
			cardLayout(groups[:ng]) && luhn(digits[:n]) && !idKey(keyBefore(s, i)) &&
			(n > 13 && knownIssuer(digits[:n]) || (n == 16 || knownIssuer(digits[:n])) && cardCueBefore(s, i)) {
			out = append(out, span{i, j})
			i = j - 1
		}
	}
	if len(spoken) > 0 {
		return disjoint(append(out, spoken...))
	}
	return out
}

// spokenCards finds card numbers said in number words, as a caller reads
// one out ("the card number is four one four seven, one two two six, …"):
// a run of 13 to 19 digits (spokenDigitRuns) that passes the checks of a
// written one (an issuer's prefix and Luhn's digit; sixteen digits of any
// issuer after a card word). A phone's or an account's run of so many
// digits seldom passes both.
func spokenCards(s string) []span {
	runs := spokenDigitRuns(s, minCardDigits, anySpokenRun)
	if len(runs) == 0 {
		return nil // most texts; the buffer below would be allocated
	}
	var out []span
	var buf [32]byte
	for _, r := range runs {
		d := slices.DeleteFunc(spokenDigits(buf[:0], s, r.start, r.end), func(c byte) bool { return !isDigit(c) }) // "… dash …"
		if n := len(d); n <= 19 && luhn(d) &&
			(n > 13 && knownIssuer(d) || (n == 16 || knownIssuer(d)) && cardCueBefore(s, r.start)) {
			out = append(out, r)
		}
	}
	return out
}

// minCardDigits: the fewest digits a card number has without a card word
// before it.
const minCardDigits = 13

// anySpokenRun takes every run of digits said in words, for a reader that
// checks its digits itself.
func anySpokenRun(string, int, int, uint32) bool { return true }

// lineBreakAt returns the index after a line break ("\n" or "\r\n", a
// space before it allowed) at s[j], or -1.
func lineBreakAt(s string, j int) int {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j < len(s) && s[j] == '\r' {
		j++
	}
	if j+1 < len(s) && s[j] == '\n' {
		return j + 1
	}
	return -1
}

// cardCues name a payment card, in the languages of the tables, or the
// charge made to one ("Charge it to …").
var cardCues = []string{"card", "charge", "karte", "tarjeta", "carte", "cartão", "cartao", "carta", "kart", "kaart", "karta",
	"карт", "visa", "mastercard", "amex", "kartu", "thẻ", "卡", "カード", "카드", "بطاقة", "כרטיס", "κάρτα", "บัตร"}

// cardCueBefore: a card is named on the line before the number at i. A
// group of four digits at the end of a line continues on the next only
// after such a word: columns of numbers in a table are no card.
func cardCueBefore(s string, i int) bool { return lineWindowHas(s, i, 48, cardCues) }

// continuesGroups is a number that follows a digit group and a separator,
// so it is the tail of a longer grouped number ("+49 ..." is a phone, the
// "56 2684 6955 5701 3335 51" of a parcel number is not a card).
func continuesGroups(s string, i int) bool {
	return i >= 2 && (s[i-1] == ' ' || s[i-1] == '-') && isDigit(s[i-2])
}

func cardLayout(g []int) bool {
	if len(g) == 1 || eq(g, 4, 6, 5) || eq(g, 4, 6, 4) {
		return true
	}
	for k, n := range g {
		if n != 4 && !(k == len(g)-1 && n >= 1 && n < 4) {
			return false
		}
	}
	return true
}

// knownIssuer checks the issuer identification number ranges of the major
// networks and the lengths each issues: Visa, Mastercard, Amex, Discover,
// Diners, JCB, UnionPay, Maestro, Mir, and the national schemes people in
// the third blind table's locales carry: Troy (Turkey), and Hipercard
// (Brazil) and RuPay (India) in 60. One id in ten passes Luhn by chance; the
// lengths turn away most of those that start like a card ("job
// 488164327650906" is 15 digits, which only Amex issues). Thirteen digits,
// a Visa or Maestro length no longer issued, are also an EAN-13 barcode's
// ("EAN 4067638491675"): findCards takes them only after a card word.
func knownIssuer(d []byte) bool {
	n := len(d)
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p4 := p2*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p4 >= 2200 && p4 <= 2204: // Mir
		return n >= 16
	case p2 == 34 || p2 == 37: // Amex
		return n == 15
	case p2 == 36 || p2 == 38 || p2 == 30: // Diners: 14 digits, or 16 to 19 since they run on Discover's network
		return n == 14 || n >= 16
	case p2 == 35, p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499) || p2 == 62: // JCB, Discover, UnionPay
		return n >= 16
	case p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 63 || p2 == 67: // Maestro: 12 to 19
		return true
	case p4 == 9792, p2 == 60: // Troy; Hipercard 6062 and RuPay 60xx, all of 16 digits
		return n == 16
	case p4 == 1800 || p4 == 2131: // JCB's older fifteen-digit range
		return n == 15
	case p2 == 81, p4 == 6104: // UnionPay's 81 range; Iran's Shetab cards of Bank Mellat (its other banks' are in 50-63)
		return n == 16
	}
	return false
}

func luhn(d []byte) bool {
	sum := 0
	double := false
	for k := len(d) - 1; k >= 0; k-- {
		v := int(d[k] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}
