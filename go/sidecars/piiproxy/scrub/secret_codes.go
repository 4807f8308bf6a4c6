package scrub

import (
	"strings"
	"unicode/utf8"
)

// findCodes finds the short numeric secrets of payment and banking forms
// after the label that names them: a card's security code (CVV, CVC, CID),
// three or four digits ("CVV: 731", "Security code (CVV): 4821",
// "セキュリティコード：517"), and a card's or an account's PIN, four to
// eight digits after a "PIN" field's colon or a sentence's verb ("PIN:
// 48291", "暗証番号：4821", "my PIN is 4421"). Said rather than typed, the
// digits may be digit words ("my PIN is four four two one", "die PIN ist
// vier neun zwei sieben"; see digitLanguages). With a card's number and expiry
// the code is all a thief needs; without its label three or four digits
// are anything (a count, an area code, a room, a pin of a connector), so
// the label is required.
func findCodes(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		e := digitsEnd(s, i)
		if n := e - i; (n >= 3 && n <= 8) && (i == 0 || !isASCIIAlnum(s[i-1]) && s[i-1] != '.' && s[i-1] != ',') &&
			(e == len(s) || !isASCIIAlnum(s[e]) && !(s[e] == '.' || s[e] == ',' || s[e] == '/') || sentenceEnd(s, e)) &&
			codeAt(s, i, n) {
			out = append(out, span{i, e})
		}
		i = e
	}
	if spoken := spokenCodes(s); len(spoken) > 0 {
		out = disjoint(append(out, spoken...))
	}
	return out
}

// codeAt: n digits at i are a card's code or a PIN after their label.
func codeAt(s string, i, n int) bool {
	return codeLabelWordBefore(s, i) && (n <= 4 && codeLabelBefore(s, i, cardCodeLabels) ||
		n >= 4 && pinSeparatorBefore(s, i) && codeLabelBefore(s, i, pinLabels))
}

// spokenCodes finds codes said in digit words: a run of three to eight of
// them, the first right after a code's label. Speech recognition writes
// the labels it is said after as acronyms ("my PIN is four four two one",
// "CVV seven one nine"), so only a text that holds one is read word by
// word.
func spokenCodes(s string) []span {
	if !containsAnyOf(s, spokenCodeAcronyms) {
		return nil
	}
	var out []span
	for i := 0; i < len(s); i++ {
		if !spokenLetter(s[i]) || i > 0 && spokenLetter(s[i-1]) || !codeLabelWordBefore(s, i) {
			continue
		}
		end, digits := digitWordRun(s, i)
		if digits >= 3 && digits <= 8 && codeAt(s, i, digits) {
			out = append(out, span{i, end})
			i = end
		}
	}
	return out
}

// spokenCodeAcronyms are the labels a spoken code is read after.
var spokenCodeAcronyms = []string{"PIN", "CVV", "CVC"}

// digitWordRun reads the number words from i, one gap of spokenGap between
// two ("four two one seven", "forty two seventeen"), and returns where the
// last ends and how many digits they say; 0 when the word at i is none, or
// when a ninth follows (a phone's or an account's digits, no code).
func digitWordRun(s string, i int) (int, int) {
	var num spokenNumber
	end, prev := i, -1
	for j := i; j < len(s) && num.digits() <= 8; {
		e, ok := num.next(s, prev, j, spokenWordEnd(s, j))
		if !ok {
			break
		}
		end, prev = e, e
		g := e
		for g < len(s) && g-e < 3 && !spokenLetter(s[g]) {
			g++
		}
		if g == e {
			break
		}
		j = g
	}
	if end == i || num.digits() > 8 {
		return i, 0
	}
	return end, num.digits()
}

// codeLabelWords are the last words of cardCodeLabels, pinLabels and
// cardCodeFillers in lower case: the word before a number is looked up
// here first, so that most numbers of a text (a year, a count, a version)
// cost one lookup.
var codeLabelWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][]string{cardCodeLabels, pinLabels, cardCodeFillers} {
		for _, l := range list {
			f := strings.Fields(l)
			m[strings.ToLower(f[len(f)-1])] = true
		}
	}
	return m
}()

// codeLabelWordBefore: the word that ends before the value at i, past the
// separators a label puts before its value, is one of codeLabelWords
// (compared in lower case, without a copy: it runs on most numbers of a
// text).
func codeLabelWordBefore(s string, i int) bool {
	e := i
	for e > 0 && strings.IndexByte(codeLabelSeparators, s[e-1]) >= 0 {
		e--
	}
	if strings.HasSuffix(s[:e], "：") {
		e -= len("：")
	}
	b := e
	for b > 0 && e-b <= maxCodeLabelWord {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !isWordRune(r) && r != '.' {
			break
		}
		b -= n
	}
	if b == e || e-b > maxCodeLabelWord {
		return false
	}
	var buf [2 * maxCodeLabelWord]byte
	return codeLabelWords[string(lowerInto(buf[:0], s[b:e]))]
}

// maxCodeLabelWord is the longest last word of a label in bytes
// ("kartenprüfziffer", "セキュリティーコード").
const maxCodeLabelWord = 32

// pinSeparatorBefore: a field's colon or "=", or a sentence's verb, stands
// right before the value at i, past spaces: a PIN's label must be a form's
// field or a sentence's subject ("PIN: 48291", "my PIN is 4421"), not
// prose ("PIN 3 of the connector").
func pinSeparatorBefore(s string, i int) bool {
	window := s[lineWindowStart(s, i, 8):i]
	if field := strings.TrimRight(window, " \t"); strings.HasSuffix(field, ":") || strings.HasSuffix(field, "=") ||
		strings.HasSuffix(field, "：") {
		return true
	}
	before := strings.TrimRight(window, " ")
	for _, v := range codeVerbs {
		if hasSuffixFold(before, v) {
			return true
		}
	}
	return false
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

// pinLabels name a card's or an account's PIN: "PIN" as a form prints it
// (see pinSeparatorBefore), and its names in the blind tables' languages.
var pinLabels = []string{
	"pin", "pin code", "pin-code", "pincode", "pin-nummer", "geheimzahl", "code pin", "código pin", "codice pin",
	"kod pin", "pin kodu", "пин-код", "пин код", "pin-код", "暗証番号",
}

// cardCodeFillers stand between a label and its code: a sentence's verb
// ("my CVV is 731", "el CVV es 482") or a noun after an abbreviation
// ("CVC2 code 482", "CVV number: 4821"), one of each at most.
var cardCodeFillers = append(append([]string{}, codeVerbs...), " code", " number", " no.")

// codeVerbs are the verbs of cardCodeFillers.
var codeVerbs = []string{" is", " es", " est", " ist", " é", " è"}

// codeLabelSeparators stand between a code's label and its value: a
// form's colon or equals sign, a bracket, and the quotes of a JSON or a
// log's key and value ("cvv":"412").
const codeLabelSeparators = " \t:=#-()/\"'"

// codeLabelBefore: a label of labels ends the line before i, past the
// separators between a label and its value (": ", "：", "=", a closing
// bracket: "Código de seguridad (CVV): 482") and fillers.
func codeLabelBefore(s string, i int, labels []string) bool {
	start := lineWindowStart(s, i, 48)
	before := strings.TrimSuffix(strings.TrimRight(s[start:i], codeLabelSeparators), "：")
	for range 2 {
		if labelAtEnd(before, labels) {
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
	return labelAtEnd(before, labels)
}

// labelAtEnd: a label of labels ends text as a whole word, case folded.
func labelAtEnd(text string, labels []string) bool {
	for _, l := range labels {
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
