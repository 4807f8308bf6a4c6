package scrub

// ibanLengths is the IBAN length of each country in the SWIFT IBAN registry,
// and of Iran's Sheba number, an IBAN outside it.
// A candidate must have exactly its country's length and pass the ISO 7064
// mod-97 check, which together make accidental matches on codes like
// "AB12CD34" vanishingly rare.
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
	"BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
	"DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
	"FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
	"GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IR": 26, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
	"LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
	"MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
	"PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
	"SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

const maxIBANLen = 34

// findIBANs finds IBANs written compactly ("DE89370400440532013000") or in
// groups separated by single spaces, hyphens or dots ("GB82 WEST 1234 5698 7654
// 32", "DE89-3704-…", "DE 89 3704 …"), in either letter case, and wrapped
// once at a line's end after a group of four; the country's length and
// the mod-97 check keep a line's last group and the next line's first from
// joining by chance.
func findIBANs(s string) []span {
	var out []span
	var buf [maxIBANLen]byte
	for i := 0; i+4 <= len(s); i++ {
		if isDigit(s[i]) {
			run := digitsEnd(s, i)
			if sp, ok := nrbAt(s, i, run); ok {
				out = append(out, sp)
				run = sp.end
			}
			i = run - 1 // an IBAN starts with letters
			continue
		}
		if !isASCIILetter(s[i]) || !isASCIILetter(s[i+1]) || !checkDigitsAt(s, i+2) || !numberStartOK(s, i) {
			continue
		}
		want, ok := ibanLengths[string([]byte{s[i] &^ 0x20, s[i+1] &^ 0x20})]
		if !ok || isUpper(s[i]) != isUpper(s[i+1]) {
			continue // "Is 47 3038 in your …": a capitalised word is no country code
		}
		lower := !isUpper(s[i]) // the letters of an IBAN are all in one case
		n, j, group, wrapped := 0, i, 0, false
	collect:
		for j < len(s) && n < want {
			c := s[j]
			switch {
			case isDigit(c):
				buf[n] = c
			case isASCIILetter(c) && !isUpper(c) == lower && !(group == 0 && letterRun(s, j, 5)):
				buf[n] = c &^ 0x20 // upper case
			case ibanSep(c) && n > 0 && j+1 < len(s) && isASCIIAlnum(s[j+1]):
				j, group = j+1, 0
				continue
			case c == '\n' && group == 4 && !wrapped && j+1 < len(s) && isASCIIAlnum(s[j+1]):
				// a mail client's wrap after a group: "IT60 X054 2811 1010\n0000 0123 456"
				j, group, wrapped = j+1, 0, true
				continue
			default:
				break collect
			}
			n++
			j++
			group++
		}
		if n == want && numberEndOK(s, j) && mod97(buf[:n]) == 1 {
			out = append(out, span{i, j})
			i = j - 1
		}
	}
	return out
}

// nrbDigits is the length of a Polish account number (NRB): a Polish
// IBAN without its "PL".
const nrbDigits = 26

// nrbAt reads a Polish account number at the run of digits s[i:run], written as
// Polish banks and forms print it, without the country code: 26 digits,
// compact or as two and six groups of four ("61 1090 1014 0000 0712 1981
// 2874"), whose check digits (the first two) pass the IBAN's mod-97 check
// with "PL" before them. The length, the grouping and the check together
// leave a chance match on another 26-digit number at one in 97.
func nrbAt(s string, i, run int) (span, bool) {
	if run-i != nrbDigits && run-i != 2 || !numberStartOK(s, i) {
		return span{}, false // most numbers: neither 26 digits nor an NRB's two check digits
	}
	var buf [2 + nrbDigits]byte
	buf[0], buf[1] = 'P', 'L'
	n, j := 0, i
	for j < len(s) && n < nrbDigits {
		switch {
		case isDigit(s[j]):
			buf[2+n] = s[j]
			n++
			j++
		case s[j] == ' ' && j+1 < len(s) && isDigit(s[j+1]) && (n == 2 || n > 2 && (n-2)%4 == 0):
			j++ // a group's end: after the check digits, then every four
		default:
			return span{}, false
		}
	}
	if n < nrbDigits || j < len(s) && isDigit(s[j]) || !numberEndOK(s, j) || j-i != nrbDigits && j-i != nrbDigits+6 ||
		mod97(buf[:]) != 1 {
		return span{}, false
	}
	return span{i, j}, true
}

// letterRun: the n characters at s[j] are all ASCII letters: after a
// separator, a word of prose ("delivery"), never an IBAN's group, whose
// letters come four at most ("WEST"; a compact IBAN may run more together).
func letterRun(s string, j, n int) bool {
	if j+n > len(s) {
		return false
	}
	for k := j; k < j+n; k++ {
		if !isASCIILetter(s[k]) {
			return false
		}
	}
	return true
}

// ibanSep separates the groups of an IBAN as people type them: spaces,
// hyphens, or dots ("DE62.3704.0044.0532.0130.01").
func ibanSep(c byte) bool { return c == ' ' || c == '-' || c == '.' }

// checkDigitsAt: the two check digits follow the country code, or one
// separator after it.
func checkDigitsAt(s string, i int) bool {
	if i < len(s) && ibanSep(s[i]) {
		i++
	}
	return i+1 < len(s) && isDigit(s[i]) && isDigit(s[i+1])
}

// mod97 computes the ISO 7064 MOD 97-10 remainder of an upper-case IBAN,
// with the four leading characters moved to the end and letters as 10..35.
func mod97(iban []byte) int {
	r := 0
	for k := range iban {
		c := iban[(k+4)%len(iban)]
		if isDigit(c) {
			r = (r*10 + int(c-'0')) % 97
		} else {
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	return r
}
