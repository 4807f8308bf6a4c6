package scrub

import (
	"strings"
	"unicode/utf8"
)

// findCardCodes finds a payment card's security code (CVV, CVC, CID): three
// or four digits right after a label that names it, as checkout, order and
// card authorisation forms print it ("CVV: 731", "Security code (CVV):
// 4821", "セキュリティコード：517"). With the card's number and expiry it is
// all a thief needs, so it is a secret; without its label three digits are
// anything (a count, an area code, a room), so the label is required.
func findCardCodes(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		e := digitsEnd(s, i)
		if n := e - i; (n == 3 || n == 4) && (i == 0 || !isASCIIAlnum(s[i-1]) && s[i-1] != '.' && s[i-1] != ',') &&
			(e == len(s) || !isASCIIAlnum(s[e]) && !(s[e] == '.' || s[e] == ',' || s[e] == '/') || sentenceEnd(s, e)) &&
			cardCodeLabelBefore(s, i) {
			out = append(out, span{i, e})
		}
		i = e
	}
	return out
}

// sentenceEnd: the full stop or comma at s[e] ends a sentence or a clause
// ("the CVV is 731.") rather than a number ("731.50", "1,731").
func sentenceEnd(s string, e int) bool {
	return (s[e] == '.' || s[e] == ',') && (e+1 == len(s) || !isDigit(s[e+1]))
}

// cardCodeLabels name a card's security code, in lower case, in the
// languages of the blind tables; a label is matched at the end of the text
// before the digits, after the separators a form puts there.
var cardCodeLabels = []string{
	"cvv", "cvv2", "cvc", "cvc2", "cvn", "cid", "csc", "ccv", "cav2", "cvv/cvc", "cvc/cvv",
	"security code", "card security code", "card verification code", "card verification value",
	"código de seguridad", "código de segurança", "código de seguranca", "cód. segurança", "code de sécurité",
	"cryptogramme", "cryptogramme visuel", "codice di sicurezza", "sicherheitscode", "kartenprüfnummer",
	"prüfnummer", "kartenprüfziffer", "beveiligingscode", "kod bezpieczeństwa", "güvenlik kodu", "cvv kodu",
	"код безопасности", "код cvv", "cvv-код", "cvc-код", "κωδικός ασφαλείας", "セキュリティコード",
	"セキュリティーコード", "安全码", "卡验证码", "보안코드", "보안 코드", "mã bảo mật", "kode keamanan",
	"קוד אבטחה", "رمز الأمان",
}

// cardCodeFillers stand between a label and its code: a sentence's verb
// ("my CVV is 731", "el CVV es 482") or a noun after an abbreviation
// ("CVC2 code 482", "CVV number: 4821"), one of each at most.
var cardCodeFillers = []string{" is", " es", " est", " ist", " é", " è", " code", " number", " no."}

// cardCodeLabelBefore: a label of cardCodeLabels ends the line before i,
// past the separators between a label and its value (": ", "：", "=", a
// closing bracket: "Código de seguridad (CVV): 482") and fillers.
func cardCodeLabelBefore(s string, i int) bool {
	start := lineWindowStart(s, i, 48)
	before := strings.TrimSuffix(strings.TrimRight(s[start:i], " \t:=#-()/"), "：")
	for range 2 {
		if cardCodeLabelAtEnd(before) {
			return true
		}
		trimmed := before
		for _, f := range cardCodeFillers {
			if hasSuffixFold(before, f) {
				trimmed = strings.TrimRight(before[:len(before)-len(f)], " :")
				break
			}
		}
		if trimmed == before {
			return false
		}
		before = trimmed
	}
	return cardCodeLabelAtEnd(before)
}

// cardCodeLabelAtEnd: a label of cardCodeLabels ends text as a whole word,
// case folded.
func cardCodeLabelAtEnd(text string) bool {
	for _, l := range cardCodeLabels {
		if len(text) < len(l) || !strings.EqualFold(text[len(text)-len(l):], l) {
			continue
		}
		k := len(text) - len(l)
		if k > 0 && l[0] < utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRuneInString(text[:k]); isWordRune(r) {
				continue // "acid", "basis"
			}
		}
		return true
	}
	return false
}
