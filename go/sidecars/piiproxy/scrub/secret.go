package scrub

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findSecrets finds credentials pasted into prompts, in three ways:
//
//   - by the fixed prefix of a vendor's key format (AWS access key ids,
//     GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, OpenRouter, Google,
//     Hugging Face, npm, DigitalOcean, Supabase, Postman, Shopify, Square,
//     Twilio, Mailgun, Tailscale and age keys, JWTs) or its shape
//     (secret_shapes.go: SendGrid, Doppler, Vault, Discord, Telegram,
//     Firebase, Braintree), by "Bearer <token>", and by PEM private key
//     blocks;
//   - by context: the value after a key name such as "password=",
//     "api_key:", "AWS_SECRET_ACCESS_KEY=", `"token": "…"` or "Authorization:
//     Basic …", when the value looks like a credential rather than a word,
//     a path or a template ("${TOKEN}"); and where a credential stands in
//     what people paste from a terminal (secret_paste.go): a URL's user
//     information, a chat webhook's path, a password flag such as "docker
//     login -p", a .netrc entry;
//   - standalone, when a long token is clearly random: 32 or more base64
//     characters mixing upper case, lower case and digits, with high Shannon
//     entropy and frequent changes of character class.
//
// What retrieved context is full of stays alone: git SHAs and sha256
// digests (hex, a single case), UUIDs, version strings, paths, URLs and
// CamelCase identifiers (few class changes). Only the value is masked, never
// the key name or the "Bearer " before it.
//
// Key names in other scripts count too ("contraseña=", "hasło:", "пароль:",
// "密码：", "我的密码是…"): a word of non-ASCII letters, or an ASCII word
// with non-ASCII letters glued to it, is tried as a key name only.
func findSecrets(s string) []span {
	var out []span
	marks := newArmourMarks(s)
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			e := lettersEnd(s, i)
			if e == i {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
				continue
			}
			if i == 0 || !isWordByte(s[i-1]) {
				if sp, ok := nonASCIIKeyValue(s, i, e); ok {
					out = append(out, sp)
					i = sp.end
					continue
				}
			}
			i = e
			continue
		}
		if !isWordByte(s[i]) || (i > 0 && isWordByte(s[i-1])) {
			i++
			continue
		}
		e := wordBytesEnd(s, i)
		sp, ok := secretAt(s, i, e, marks)
		if !ok && (e < len(s) && s[e] >= utf8.RuneSelf || i > 0 && s[i-1] >= utf8.RuneSelf) {
			// "contraseña", "lösenord", "şifre": the key name goes on in
			// non-ASCII letters on either side.
			ks, ke := keyBounds(s, i, e)
			sp, ok = assignedValue(s, s[ks:ke], ke)
			e = ke
		}
		if !ok {
			i = e
			continue
		}
		if sp.start > e {
			out = append(out, keysBetween(s, e, sp.start)...)
		}
		out = append(out, sp)
		i = sp.end
	}
	if codes := findCodes(s); len(codes) > 0 {
		out = disjoint(append(out, codes...))
	}
	return out
}

// keysBetween finds the vendor keys in s[from:to], the text between a key
// name or an option and the value it announces, which the scan skips: the
// consumer key of curl's "-u ck_…:cs_…", before its secret.
func keysBetween(s string, from, to int) []span {
	var out []span
	for i := from; i < to; {
		if !isWordByte(s[i]) || i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		e := wordBytesEnd(s, i)
		if end, ok := prefixedKey(s, i, e); ok && end <= to {
			out = append(out, span{i, end})
		}
		i = e
	}
	return out
}

// lettersEnd is the end of the run of non-ASCII letters at i, with the
// marks that Arabic vowels and Devanagari vowel signs are written with.
func lettersEnd(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		i += n
	}
	return i
}

// keyBounds widens the ASCII word s[i:e] over the letters glued to it.
func keyBounds(s string, i, e int) (int, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isKeyRune(r) {
			break
		}
		i -= n
	}
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !isKeyRune(r) {
			break
		}
		e += n
	}
	return i, e
}

// isKeyRune continues a key name: an ASCII word byte or a letter of any script.
func isKeyRune(r rune) bool { return r < utf8.RuneSelf && isWordByte(byte(r)) || unicode.IsLetter(r) }

// cjkConnectors join a key name to its value in Chinese, Japanese and
// Korean prose, glued to both: "我的密码是abc123", "パスワードはabc123です".
var cjkConnectors = []string{"是", "为", "為", "は", "는", "은"}

// nonASCIIKeyValue tries the run of non-ASCII letters s[i:e] as a key name:
// "пароль: …", "密码：…", or with a CJK connector at its end.
func nonASCIIKeyValue(s string, i, e int) (span, bool) {
	if e == len(s) || !isWordByte(s[e]) {
		if sp, ok := assignedValue(s, s[i:e], e); ok {
			return sp, true
		}
	}
	for _, c := range cjkConnectors {
		if key, ok := strings.CutSuffix(s[i:e], c); ok && key != "" {
			return credentialAt(s, key, skipSpaces(s, e))
		}
	}
	return span{}, false
}

// secretAt tries each rule on the word s[i:e]; marks serves the look-back
// of publicData.
func secretAt(s string, i, e int, marks *armourMarks) (span, bool) {
	w := s[i:e]
	if w[0] == '-' {
		if strings.HasPrefix(s[i:], pemBegin) {
			return pemBlock(s, i)
		}
		if sp, ok := flagPassword(s, i, e); ok {
			return sp, true
		}
	}
	if end, ok := prefixedKey(s, i, e); ok {
		return span{i, end}, true
	}
	if end, ok := shapedKey(s, i, e); ok {
		return span{i, end}, true
	}
	if strings.HasPrefix(w, base64PEM) {
		if end, ok := encodedPrivateKey(s, i); ok {
			return span{i, end}, true
		}
	}
	if strings.HasPrefix(s[e:], "://") {
		if sp, ok := userinfoPassword(s, e+len("://")); ok {
			return sp, true
		}
	}
	if host, ok := webhookHostAt(s, i, e); ok {
		if sp, ok := webhookSecret(s, host); ok {
			return sp, true
		}
	}
	if len(w) == len("bearer") && strings.EqualFold(w, "bearer") {
		if sp, ok := bearerToken(s, e); ok {
			return sp, true
		}
	}
	if sp, ok := assignedValue(s, w, e); ok {
		return sp, true
	}
	if w == "password" && e < len(s) && s[e] == ' ' {
		if sp, ok := netrcPassword(s, i, e); ok {
			return sp, true
		}
	}
	if e < len(s) && s[e] == ' ' && hasPrefixFold(w, "passw") && credentialKey(w) == passwordKey { // password, Passwort, passwd
		if sp, ok := strongWordAfter(s, e); ok {
			return sp, true
		}
	}
	// Most words are short and end at a space: skip the base64 scan for them.
	longEnough := len(w) >= minRandomLen || (e < len(s) && isBase64Byte(s[e]))
	if longEnough && (i == 0 || !(isBase64Byte(s[i-1]) || s[i-1] == '.')) { // not inside a path, URL or file name
		if end := base64RunEnd(s, i); end-i >= minRandomLen && randomToken(s[i:end]) && !publicData(s, i, end, marks) {
			return span{i, end}, true
		}
	}
	return span{}, false
}

func isWordByte(c byte) bool { return byteKinds[c]&wordByte != 0 }

// wordBytesEnd is the end of the run of word bytes (letters, digits, "_",
// "-") at i.
func wordBytesEnd(s string, i int) int {
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return i
}

// hostEnd is the end of the run of word bytes and dots at i: a host name, or
// a key whose prefix holds dots.
func hostEnd(s string, i int) int {
	for i < len(s) && (isWordByte(s[i]) || s[i] == '.') {
		i++
	}
	return i
}

func isBase64Byte(c byte) bool { return byteKinds[c]&base64Byte != 0 }

// byteKinds is a lookup table: findSecrets tests every byte of every prompt.
var byteKinds = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		if isDigit(b) || isASCIILetter(b) || b == '_' || b == '-' {
			t[c] |= wordByte | base64Byte
		}
		if b == '+' || b == '/' || b == '=' {
			t[c] |= base64Byte
		}
	}
	return t
}()

const (
	wordByte = 1 << iota
	base64Byte
)

// keyPrefix is a vendor key format: a fixed prefix and the least number of
// characters that follow it. A random tail also mixes at least two of upper
// case, lower case and digits; that keeps words such as "sk-learn-…" alone.
type keyPrefix struct {
	prefix  string
	minTail int
}

var keyPrefixes = []keyPrefix{
	{"AKIA", 16}, {"ASIA", 16}, // AWS access key ids
	{"ghp_", 30}, {"gho_", 30}, {"ghu_", 30}, {"ghs_", 30}, {"ghr_", 30}, {"github_pat_", 40}, // GitHub
	{"glpat-", 20}, {"glrt-", 20}, {"gldt-", 20}, {"glptt-", 20}, {"glft-", 20}, {"glsoat-", 20}, // GitLab
	{"xoxa-", 10}, {"xoxb-", 10}, {"xoxp-", 10}, {"xoxr-", 10}, {"xoxs-", 10}, {"xapp-", 10}, // Slack
	{"sk_live_", 16}, {"rk_live_", 16}, {"sk_test_", 16}, {"rk_test_", 16}, // Stripe
	{"shpat_", 32}, {"shpca_", 32}, {"shppa_", 32}, {"shpss_", 32}, // Shopify
	{"dop_v1_", 64}, {"doo_v1_", 64}, {"dor_v1_", 64}, // DigitalOcean
	{"sq0atp-", 22}, {"sq0csp-", 40}, // Square
	// OpenAI (also sk-proj-), Anthropic (sk-ant-), OpenRouter and DeepSeek
	// (hex): see prefixedKey
	{"sk-", 20},
	{"AIza", 30},             // Google API keys
	{"hf_", 30},              // Hugging Face
	{"npm_", 30},             // npm
	{"eyJ", 10},              // JWT header, see jwtEnd
	{"sbp_", 40},             // Supabase
	{"PMAK-", 50},            // Postman
	{"AGE-SECRET-KEY-1", 50}, // age identities
	{"tskey-", 20},           // Tailscale
	{"SK", 32},               // Twilio API key sids: exactly 32 lower-case hex digits, see prefixedKey
	{"key-", 32},             // Mailgun: the same shape
	{"ck_", 40}, {"cs_", 40}, // WooCommerce consumer keys and secrets: 40 lower-case hex digits, see prefixedKey
}

// prefixedKey matches the word s[i:e] against the vendor formats and
// returns the end of the key.
func prefixedKey(s string, i, e int) (int, bool) {
	w := s[i:e]
	if len(w) < 13 {
		return 0, false
	}
	for _, kp := range keyPrefixes {
		if !strings.HasPrefix(w, kp.prefix) || len(w)-len(kp.prefix) < kp.minTail {
			continue
		}
		tail := w[len(kp.prefix):]
		lower, upper, digit, _ := charClasses(tail)
		if b2i(lower)+b2i(upper)+b2i(digit) < 2 {
			continue
		}
		if kp.prefix == "eyJ" {
			return jwtEnd(s, e)
		}
		if (kp.prefix == "AKIA" || kp.prefix == "ASIA") && (len(w) != 20 || lower) {
			continue
		}
		if kp.prefix == "ck_" || kp.prefix == "cs_" {
			if len(tail) < 40 || !hexTail(tail[:40], 40) || len(tail) > 40 && tail[40] != ':' {
				continue
			}
			return i + len(kp.prefix) + 40, true // the key before the secret in "-u ck_…:cs_…"
		}
		if kp.prefix == "sk-" && !upper && !hexTail(tail, 32) {
			// OpenAI and Anthropic keys are base62 in mixed case, OpenRouter's
			// ("sk-or-v1-…") and DeepSeek's 32 or 64 hex digits; in one case
			// "sk-" starts an SSH algorithm's name instead
			// ("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", ssh(1)).
			continue
		}
		if (kp.prefix == "SK" || kp.prefix == "key-") && (len(tail) != 32 || !hexTail(tail, 32)) {
			continue // "SKU…", "key-value-…": only Twilio's and Mailgun's exact shapes
		}
		return e, true
	}
	return 0, false
}

// jwtEnd completes a JWT whose header word ends at e: ".eyJ<payload>." and
// a signature that is empty for unsigned tokens.
func jwtEnd(s string, e int) (int, bool) {
	if !strings.HasPrefix(s[e:], ".eyJ") {
		return 0, false
	}
	e = wordBytesEnd(s, e+1)
	if e >= len(s) || s[e] != '.' {
		return 0, false
	}
	return wordBytesEnd(s, e+1), true
}

// bearerToken reads the RFC 6750 token after "Bearer" and spaces.
func bearerToken(s string, e int) (span, bool) {
	i := e
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == e {
		return span{}, false
	}
	end := i
	for end < len(s) && (isWordByte(s[end]) || strings.IndexByte("._~+/", s[end]) >= 0) {
		end++
	}
	for end < len(s) && s[end] == '=' {
		end++
	}
	lower, upper, digit, _ := charClasses(s[i:end])
	if end-i < 16 || b2i(lower)+b2i(upper)+b2i(digit) < 2 {
		return span{}, false
	}
	return span{i, end}, true
}

// assignedValue reads the value assigned to key w (ending at e), when w
// names a credential: `w=v`, `w: v`, `"w": "v"`, `w := v`, `w => v`, or
// "w is v" in prose (see proseConnectors).
func assignedValue(s, w string, e int) (span, bool) {
	i := e
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		i++
	}
	i = skipSpaces(s, i)
	if i > e && i < len(s) && (s[i] == '\'' || s[i] == '"') {
		return quotedAfterKey(s, w, e, i)
	}
	if i >= len(s) || !sepFirstBytes[s[i]] { // most words are followed by none of them
		return span{}, false
	}
	prose := false
	switch {
	case strings.HasPrefix(s[i:], ":="), strings.HasPrefix(s[i:], "=>"):
		i += 2
	case i == e && s[i] == ':' && (quotedPrompt(s, e-len(w), i) || fieldLayout(s, e-len(w), i)):
		return span{}, false
	case s[i] == '=' || s[i] == ':':
		i++
	case strings.HasPrefix(s[i:], "："): // full-width colon
		i += len("：")
	default:
		n := 0
		if i > e {
			n = proseConnector(s[i:])
		}
		if n == 0 || s[i:i+n] == "to" && !polishKey(w) {
			return span{}, false // "pass to dm-verity": English "to" is no copula
		}
		prose = true
		i += n
		if i < len(s) && s[i] == ':' { // "hasło to: …"
			i++
		}
	}
	if !keyPhraseOK(s[:e-len(w)], w) {
		return span{}, false
	}
	w = qualifiedPassword(s[:e-len(w)], w)
	sp, ok := credentialAt(s, w, skipSpaces(s, i))
	if ok && prose && (proseWord(s[sp.start:sp.end]) || programPass(s[:e-len(w)], w, s[sp.start:sp.end])) {
		return span{}, false
	}
	return sp, ok
}

// quotedAfterKey reads a quoted value that follows key w (ending at e) after
// a space, no separator between them ("username …, password
// 'Kx7#pLm2qR9v'"): taken only when it reads as a secret, eight characters
// or more with a digit and a capital or a symbol, since a manual quotes
// default words so ("the password 'admin'", "enter password 'changeme'").
func quotedAfterKey(s, w string, e, i int) (span, bool) {
	if !keyPhraseOK(s[:e-len(w)], w) {
		return span{}, false
	}
	sp, ok := credentialAt(s, qualifiedPassword(s[:e-len(w)], w), i)
	if !ok {
		return span{}, false
	}
	_, upper, digit, other := charClasses(s[sp.start:sp.end])
	return sp, sp.end-sp.start >= 8 && digit && (upper || other)
}

// strongWordAfter reads, among the next words after a password's key on
// its line, one of eight to 64 ASCII characters that mixes lower case,
// capitals, digits and a symbol, as a password and no word of prose or
// code is written ("admin password Rahul@1996 set kiya tha", "password ko
// dati ay Mahal@kita2023", "Mein Passwort für das Dashboard ist
// Sommer2024!Berlin"): where no separator or connector ties the key to its
// value, the value's own shape does. A URL or a path is none.
func strongWordAfter(s string, e int) (span, bool) {
	i := e
	for words := 0; words < maxWordsToPassword; words++ {
		i = skipSpaces(s, i)
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		if j == i {
			return span{}, false // the line ends
		}
		if w := strings.TrimRight(s[i:j], ".,;:)'\""); len(w) >= 8 && len(w) <= 64 && strongPassword(w) {
			return span{i, i + len(w)}, true
		}
		i = j
	}
	return span{}, false
}

// maxWordsToPassword bounds how far after its key strongWordAfter looks.
const maxWordsToPassword = 5

// strongPassword: w is ASCII, holds lower case, a capital, a digit and one
// of the symbols password rules ask for ("@", "#", "!", "$"...), and is no
// URL or path. Identifiers' hyphens, underscores and dots are no such
// symbol ("IPv4-mapped", "SHA-256"), nor a format string's "%".
func strongPassword(w string) bool {
	var lower, upper, digit, symbol bool
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= utf8.RuneSelf || c == '%':
			return false
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		case isDigit(c):
			digit = true
		case strings.IndexByte(passwordSymbols, c) >= 0:
			symbol = true
		}
	}
	return lower && upper && digit && symbol && w[0] != '/' && !strings.Contains(w, "://")
}

// passwordSymbols are the symbols password rules ask a password to hold.
const passwordSymbols = "!@#$^&*?~+=<>"

// programPass: "pass" after a determiner, in prose, is a compiler's or a
// tool's pass ("This pass is undef-aware", "each pass is fast-tracked"),
// unless its value has a digit or a symbol other than "-" ("the pass is
// Tr0ub4dor&3"); "my pass is …" and "wifi pass is …" are passwords.
func programPass(before, w, v string) bool {
	if !strings.EqualFold(w, "pass") {
		return false
	}
	if !oneOf(lastWord(before), passDeterminers) {
		return false
	}
	for _, r := range v {
		if r != '-' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

var passDeterminers = []string{"this", "that", "the", "a", "an", "each", "every", "which", "another", "first", "next", "last", "final", "same"}

// quotedPrompt: the key at s[k:] and the colon at s[c] stand inside a
// quoted string that closes right after the colon, a prompt a program
// prints or waits for ("Password:" in uucico(8), 'Callback Password:' in a
// chat script), not an assignment; `"password": "…"` closes its quote
// before the colon.
func quotedPrompt(s string, k, c int) bool {
	c = skipSpaces(s, c+1) - 1 // "Password: " with the space the prompt ends with
	if c+1 >= len(s) || (s[c+1] != '"' && s[c+1] != '\'') {
		return false
	}
	q := s[c+1]
	lo := max(0, k-32) // the opening quote stands at most 32 bytes before the key
	o := strings.LastIndexByte(s[lo:k], q)
	return o >= 0 && strings.IndexByte(s[lo+o+1:k], '\n') < 0 && !strings.ContainsAny(s[lo+o+1:k], ":=")
}

// fieldLayout: the key at s[k:] is a field of a colon-separated record's
// layout, a manual's "account:password:UID:GID:GECOS:directory:shell" or
// "group_name:password:GID:user_list": a field name and ":" before it, and
// the value after it is more field names joined by ":".
// The value is read for at most maxLayoutValue bytes: the next field name
// comes long before, and every word after a colon asks, before its key is
// known to name a credential, so a whole value read each time would cost
// a text of "a:1:a:1:…" its length per word.
func fieldLayout(s string, k, c int) bool {
	if k < 2 || s[k-1] != ':' || !isKeyRune(rune(s[k-2])) && s[k-2] < utf8.RuneSelf {
		return false
	}
	v := valueAt(s[:min(len(s), c+1+maxLayoutValue)], c+1)
	return strings.IndexByte(s[v.start:v.end], ':') > 0
}

// maxLayoutValue bounds fieldLayout's look at the value: a record's layout
// names its next field within it ("password:UID"), and so does a shadow
// file's line after a hash (a SHA-512 crypt hash is 106 characters).
const maxLayoutValue = 256

// passwordQualifiers follow a password's name in the languages that put
// the adjective after the noun: "Kata sandi sementara:" (temporary), "mot
// de passe provisoire :", "contraseña temporal:", "senha provisória:",
// "hasło tymczasowe:", "mật khẩu tạm thời".
var passwordQualifiers = []string{"sementara", "baru", "awal", "provisoire", "temporaire", "temporal", "temporária",
	"provisória", "provisoria", "temporanea", "tymczasowe", "tymczasowy", "nowe", "dočasné", "ideiglenes", "thời"}

// qualifiedPassword is the password's name that the qualifier w follows
// (the last word of before), or w when it is no qualifier of one.
func qualifiedPassword(before, w string) string {
	if !oneOf(w, passwordQualifiers) {
		return w
	}
	if prev := lastWord(before); oneOf(prev, passwordNames) {
		return prev
	}
	return w
}

// lastWord is the word that ends the text before a key, past the spaces
// after it.
func lastWord(before string) string {
	before = strings.TrimRight(before, " ")
	return before[strings.LastIndexAny(before, " \t\n")+1:]
}

// polishKey: "to" is a copula after the Polish key words only ("hasło to:
// …", "twoje hasło to …").
func polishKey(w string) bool {
	return strings.HasPrefix(strings.ToLower(w), "has") && !strings.EqualFold(w, "hash")
}

// keyPhrases are key names known by their last word whose meaning the word
// before them decides: "κωδικός πρόσβασης" is a password ("access code"),
// "σημείο πρόσβασης" an access point; "kata laluan" a password, "laluan" a
// path; "clave" a password, "palabra clave" a keyword. words are the
// words before that make it a key name, or with not set, none.
var keyPhrases = []struct {
	last  string
	words []string
	not   bool
}{
	{last: "πρόσβασης", words: []string{"κωδικός", "κωδικό", "κωδικού", "κωδ."}},
	{last: "laluan", words: []string{"kata"}},
	{last: "clave", words: []string{"palabra", "palabras"}, not: true},
	{last: "үг", words: []string{"нууц"}},
	{last: "сөз", words: []string{"құпия"}},
}

// keyPhraseOK checks key name w against keyPhrases, with before the text
// that precedes it.
func keyPhraseOK(before, w string) bool {
	for _, p := range keyPhrases {
		if strings.EqualFold(w, p.last) {
			return oneOf(lastWord(before), p.words) != p.not
		}
	}
	return true
}

// credentialAt reads the value at i, when key w names a credential.
func credentialAt(s, w string, i int) (span, bool) {
	class := credentialKey(w) // after the cheaper separator test: this runs on every word
	if class == notCredential {
		return span{}, false
	}
	sp := valueAt(s, i)
	if class == authorizationKey && oneOf(s[sp.start:sp.end], authSchemes) {
		sp = valueAt(s, skipSpaces(s, sp.end))
	}
	if sp.end < len(s) && (s[sp.end] == '(' || s[sp.end] == '[') {
		return span{}, false // code: "os.getenv(…)", "os.environ[…]"
	}
	if !credentialValue(s[sp.start:sp.end], class) {
		return span{}, false
	}
	return sp, true
}

// proseConnectors join a key name to its value in a sentence: "my password
// is …", "mein Passwort ist …", "le mot de passe est …", "a senha é …",
// "la password è …", "lösenordet är …", "hasło jest …", and "hasło to …",
// Vietnamese "mật khẩu là …", Tagalog "ang password ko ay …" ("my password is").
// Each is a word followed by a space or a colon.
var proseConnectors = []string{"is", "ist", "est", "es", "é", "è", "är", "er", "jest", "to", "là", "ay", "ko ay"}

// connectorsByByte holds proseConnectors by their first byte: many words of
// prose start as one does ("the", "and", "in"), and each should try only
// the connectors of its first byte, not all.
var connectorsByByte = func() (t [256][]string) {
	for _, c := range proseConnectors {
		t[c[0]] = append(t[c[0]], c)
	}
	return t
}()

// sepFirstBytes are the first bytes of the separators assignedValue knows.
var sepFirstBytes = func() (t [256]bool) {
	for _, sep := range append([]string{"=", ":", "："}, proseConnectors...) {
		t[sep[0]] = true
	}
	return t
}()

// proseConnector returns the length of the connector word s starts with,
// or 0.
func proseConnector(s string) int {
	for _, c := range connectorsByByte[s[0]] {
		if len(s) > len(c) && (s[len(c)] == ' ' || s[len(c)] == ':') && strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// maxValueLen bounds a value, so that an unclosed quote does not swallow
// the rest of a long line; it is long enough for the longest credentials
// people paste on one line (STS session tokens, a 4096-bit private key in
// base64).
const maxValueLen = 8 << 10

// valueAt reads a value: up to the closing quote when quoted, else up to
// whitespace or punctuation that ends a value in prose or code, or a "&"
// that starts the next parameter of a query string. A "<" always ends it,
// so a placeholder is never part of a value.
func valueAt(s string, i int) span {
	if i < len(s) && s[i] >= utf8.RuneSelf {
		if r, n := utf8.DecodeRuneInString(s[i:]); typographicQuote(r) {
			i = skipSpaces(s, i+n) // "Mot de passe : « Soleil#2024 »", "Passwort: „Sommer2024!“"
		}
	}
	if i < len(s) && (s[i] == '"' || s[i] == '\'' || s[i] == '`') {
		q := s[i]
		i++
		end := i
		for end < len(s) && end-i < maxValueLen && s[end] != q && s[end] != '\n' && s[end] != '<' {
			end++
		}
		return span{i, end}
	}
	end := i
	for end < len(s) && end-i < maxValueLen && s[end] > ' ' && strings.IndexByte("\"'`<>,;()[]{}", s[end]) < 0 &&
		!(s[end] == '&' && startsParam(s, end+1)) {
		if s[end] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[end:]); isCJK(r) || 0x3000 <= r && r <= 0x303f || 0xff00 <= r && r <= 0xffef ||
				typographicQuote(r) {
				break // "Himitsu123です", "abc123，", "«abc123»": CJK text, punctuation and quotes glued to the value
			}
		}
		end++
	}
	for end > i && strings.IndexByte(".:?", s[end-1]) >= 0 { // sentence punctuation; "!" is common in passwords
		end--
	}
	return span{i, end}
}

// startsParam reports whether s[i:] is "name=", the next parameter of a
// query string; a "&" in a password ("Tr0ub4dor&3") is not followed by one.
func startsParam(s string, i int) bool {
	j := wordBytesEnd(s, i)
	return j > i && j < len(s) && s[j] == '='
}

// keyClass says how sure a key name is that its value is a credential.
type keyClass int

const (
	notCredential    keyClass = iota
	passwordKey               // any value that is not a plain word is the secret
	tokenKey                  // the value must look random
	authorizationKey          // an HTTP auth scheme name may come first
)

// credentialKey classifies a key name by its last component, so that
// "db_password", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "clientSecret" and
// "apiKey" are credentials while "secretName", "token_type", "password_file"
// and "tokenizer" (names, types and paths of credentials) are not.
func credentialKey(w string) keyClass {
	if len(w) < 3 || len(w) > 64 {
		return notCredential
	}
	if w[len(w)-1] >= utf8.RuneSelf {
		for _, n := range cjkPasswordNames {
			if strings.HasSuffix(w, n) {
				return passwordKey // "我的密码": CJK writes no space before the key name
			}
		}
	}
	if namesPublic(w) {
		return notCredential // "PublicKeyToken", "publishableKey"
	}
	last, prev := lastComponents(w)
	switch {
	case oneOf(last, passwordNames), hasSuffixFold(last, "password"), hasSuffixFold(last, "passwd"), hasSuffixFold(last, "passwort"):
		return passwordKey // the suffixes: a name glued to a prefix, "PGPASSWORD", "dbpassword", German "Initialpasswort"
	case oneOf(last, tokenNames), strings.EqualFold(last, "key") && oneOf(prev, keyQualifiers),
		hasSuffixFold(last, "token"), hasSuffixFold(last, "secret"):
		return tokenKey // "csrftoken", "clientsecret"
	case strings.EqualFold(last, "authorization"):
		return authorizationKey
	}
	return notCredential
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// namesPublic: a key name with "public" in it names a public key, a
// publishable key or a public key token, which may be shown to anyone.
func namesPublic(w string) bool {
	for k := 0; k+len("public") <= len(w); k++ {
		if hasPrefixFold(w[k:], "public") {
			return true
		}
	}
	return false
}

var (
	passwordNames = []string{"password", "passwd", "pwd", "passphrase", "pass", "passwort", "kennwort", "wachtwoord", "senha",
		"passe", "contraseña", "contrasena", "hasło", "haslo", "lösenord", "losenord", "lösenordet", "passord", "adgangskode",
		"salasana", "heslo", "jelszó", "şifre", "sifre", "şifrem", "parola", "пароль", "κωδικός",
		// the third blind table's locales and neighbours; a key name of two
		// words is known by its last one: Vietnamese "mật khẩu", Indonesian
		// and Malay "kata sandi", Arabic "كلمة المرور" and "كلمة السر",
		// Persian "رمز عبور"
		"khẩu", "sandi", "katasandi", "รหัสผ่าน", "nenosiri", "lozinka", "geslo", "parolă", "slaptažodis", "parool",
		"salasõna", "парола", "лозинка", "συνθηματικό", "סיסמה", "סיסמא", "المرور", "السر", "عبور", "گذرواژه",
		"पासवर्ड", "পাসওয়ার্ড", "پاسورڈ",
		// the fourth blind table's: Malay "kata laluan", Latin American
		// "clave", Greek "κωδικός πρόσβασης" ("access code")
		"laluan", "clave", "πρόσβασης",
		// the fifth blind table's: Catalan, Icelandic, Basque, Galician,
		// Latvian, Irish, Azerbaijani, Georgian, Armenian, Sinhala, Khmer,
		// Lao, Burmese; Mongolian "нууц үг" and Kazakh "құпия сөз" ("secret
		// word") are known by their last word, see keyPhrases
		"contrasenya", "lykilorð", "lykilord", "pasahitza", "contrasinal", "parole", "pasfhocal", "şifrə", "sifrə",
		"პაროლი", "գաղտնաբառ", "මුරපදය", "ពាក្យសម្ងាត់", "ລະຫັດຜ່ານ", "စကားဝှက်", "үг", "сөз"}
	cjkPasswordNames = []string{"密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "암호"}
	// "sid" is a session cookie's name ("sid=", "connect.sid") and Twilio's
	// account SID; its value must still look random, which an Oracle SID
	// ("ORCL") does not, and be no Twilio record's (twilioRecordSID).
	tokenNames    = []string{"secret", "token", "apikey", "credential", "credentials", "auth", "signature", "sig", "session", "sessionid", "sid"}
	keyQualifiers = []string{"api", "secret", "access", "private", "signing", "auth", "client", "master", "encryption", "service",
		"account", "storage", "shared", "primary", "secondary", "subscription"} // Azure's: AccountKey, SharedAccessKey, primaryKey
	authSchemes = []string{"basic", "bearer", "token", "digest", "apikey"}
	nonValues   = []string{"null", "none", "nil", "true", "false", "undefined", "required", "optional", "changeme", "redacted"}
)

// oneOf compares without allocating a lower-case copy: it runs on every
// word of every prompt. The names' letters and their other case are
// written in as many bytes, so a name of another length is no match.
func oneOf(s string, names []string) bool {
	for _, n := range names {
		if len(n) == len(s) && strings.EqualFold(s, n) {
			return true
		}
	}
	return false
}

// lastComponents returns the last two components of a key name, split at
// "_", "-" and camelCase humps.
func lastComponents(w string) (last, prev string) {
	start, end := componentBefore(w, len(w))
	last = w[start:end]
	start, end = componentBefore(w, start)
	return last, w[start:end]
}

// anyComponent reports whether some component of key name w is one of names.
func anyComponent(w string, names []string) bool {
	for start := len(w); start > 0; {
		var end int
		start, end = componentBefore(w, start)
		if oneOf(w[start:end], names) {
			return true
		}
	}
	return false
}

// componentBefore returns the bounds of the last component of w[:end]; "_"
// and "-" separate components, and so does a camelCase hump.
func componentBefore(w string, end int) (start, stop int) {
	for end > 0 && (w[end-1] == '_' || w[end-1] == '-') {
		end--
	}
	start = end
	for start > 0 && w[start-1] != '_' && w[start-1] != '-' {
		start--
		if isUpper(w[start]) && start > 0 && !isUpper(w[start-1]) && w[start-1] != '_' && w[start-1] != '-' {
			break // camelCase hump
		}
	}
	return start, end
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// credentialValue decides whether a value assigned to a credential key is
// one: not a reference ("${TOKEN}", "$API_KEY", "%(pw)s", "{{ .Token }}"),
// a mask ("********", "xxxx"), a path or URL, a command's next option (a
// usage line's "ENCRYPTION_KEY : --key-keyring=…"), or a keyword such as "null";
// for passwords anything else with a non-letter or of 12+ characters, for
// other keys something random-looking.
func credentialValue(v string, class keyClass) bool {
	if len(v) < 6 || strings.IndexByte("$%{*/~", v[0]) >= 0 || longOption(v) || strings.Contains(v, "://") ||
		repeated(v) || codeReference(v) {
		return false
	}
	if oneOf(v, nonValues) || strings.HasPrefix(v, "S-1-") || fileName(v) || resourcePath(v) || twilioRecordSID(v) {
		return false // "S-1-5-21-…", a Windows security identifier after "SID:", names an account
	}
	if class == passwordKey {
		return passwordValue(v) && !keyNameValue(v)
	}
	lower, upper, digit, other := charClasses(v)
	if len(v) < 8 || entropy(v) < 3 {
		return false
	}
	n := b2i(lower) + b2i(upper) + b2i(digit) + b2i(other)
	return n >= 3 || (n == 2 && digit)
}

// typographicQuote is an opening or closing quotation mark of prose:
// guillemets, curly and low quotes.
func typographicQuote(r rune) bool {
	return r == '«' || r == '»' || r == '‹' || r == '›' || '\u2018' <= r && r <= '\u201f'
}

// longOption is a command's option, "--" and a lower-case letter: a PEM
// block's "-----BEGIN" is a value.
func longOption(v string) bool {
	return len(v) > 2 && v[0] == '-' && v[1] == '-' && 'a' <= v[2] && v[2] <= 'z'
}

// passwordValue decides whether the value of a password key is one: a
// value with a digit or a symbol, or a long run of letters (a passphrase).
// Letters are letters in any script, and length is counted in characters:
// a translated manual's "пароль" (twelve bytes), "udløbet" or "şifre" is a
// word ("passwd: пароль не изменён", "Din adgangskode er udløbet"), as
// "expired" is. A value of capitals, perhaps joined by "-", "_" or ":",
// and nothing else is a metavariable of a usage line ("--password=ПАРОЛЬ",
// "--ftp-password=MẬT-KHẨU", "--password=ZEICHENKETTE",
// "password=NEW_PASSWORD", "--flag=PAROLA:ARG:FLAG"), not a password.
func passwordValue(v string) bool {
	var n int
	var lower, digit, joiner, other bool
	for _, r := range v {
		n++
		switch {
		case r < utf8.RuneSelf && isDigit(byte(r)):
			digit = true
		case r == '-' || r == '_' || r == ':':
			joiner = true // and the hyphen man(1) breaks a word with ("CERTIFI‐\n CATE_PASSWORD"), a "-" when folded
		case unicode.IsUpper(r): // a capital
		case unicode.IsLetter(r):
			lower = true // Han, kana and other scripts without case too
		case unicode.IsMark(r): // a combining accent belongs to its letter
		default:
			other = true
		}
	}
	switch {
	case digit || other:
		return true
	case !lower:
		return false // capitals alone: "ZEICHENKETTE", "NEW-PASSWORD", "MẬT-KHẨU"
	case joiner:
		return true // "Correct-Horse-Battery", "Sommer:Regen"
	}
	return n >= 12
}

// proseWord is a value read after a prose connector ("… er udløbet",
// "… é implementada") that is a word of the sentence, not a password: only
// lower-case letters. "my password is correcthorsebattery" is lost with it;
// "is Tr0ub4dor", "is CorrectHorseBattery" and "password: correcthorsebattery"
// are not.
func proseWord(v string) bool {
	for _, r := range v {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// keyNameValue: v, without a digit, is a password key's own name, or
// words joined by "_" or "-" that end in one: a usage line's metavariable
// ("--password=mot_de_passe", "password=Passwort"). "fredpassword" in
// "http://fred:fredpassword@host" is a password.
func keyNameValue(v string) bool {
	if strings.IndexAny(v, "0123456789") >= 0 {
		return false
	}
	return oneOf(v, passwordNames) || strings.IndexAny(v, "_-") > 0 && credentialKey(v) == passwordKey
}

// resourcePath is a cloud resource's name, three or more segments of
// lower-case letters, digits, "-", "_" and "." joined by "/"
// ("--secret=projects/my-project/secrets/my-secret/versions/2" in gcloud's
// manuals): where a secret is kept, not the secret. Base64 with "/" has
// capitals in its segments.
func resourcePath(v string) bool {
	if strings.Count(v, "/") < 2 {
		return false
	}
	for seg := range strings.SplitSeq(v, "/") {
		if seg == "" {
			return false
		}
		for k := 0; k < len(seg); k++ {
			if c := seg[k]; !('a' <= c && c <= 'z') && !isDigit(c) && c != '-' && c != '_' && c != '.' {
				return false
			}
		}
	}
	return true
}

// fileExtensions end a value that names the file a key or a signature is
// kept in ("--private-key=tpm2-pcr-private.pem", "--tpm2-signature=
// tpm2-pcr-signature.json" in systemd-measure(1)), not the credential.
var fileExtensions = []string{".pem", ".key", ".crt", ".cer", ".der", ".p12", ".pfx", ".jks", ".json", ".yaml", ".yml",
	".txt", ".conf", ".gpg", ".asc", ".pub", ".sig"}

// fileName: v ends with one of fileExtensions after a name of letters,
// digits, "-" and "_".
func fileName(v string) bool {
	dot := strings.LastIndexByte(v, '.')
	if dot < 1 || !oneOf(v[dot:], fileExtensions) {
		return false
	}
	for k := 0; k < dot; k++ {
		if !isWordByte(v[k]) && v[k] != '-' && v[k] != '.' {
			return false
		}
	}
	return true
}

// codeReference is a value that says where a credential comes from instead
// of being one: a dotted path of identifiers without digits whose first is
// lower case ("os.environ", "process.env.API_KEY", "config.db.password";
// "Summer.2024" is a password), or a YAML tag ("!vault", "!Ref").
func codeReference(v string) bool {
	if v[0] == '!' {
		lower, upper, digit, other := charClasses(v[1:])
		return (lower || upper) && !digit && !other
	}
	if !('a' <= v[0] && v[0] <= 'z') || strings.IndexByte(v, '.') < 0 {
		return false
	}
	for seg := range strings.SplitSeq(v, ".") {
		if seg == "" || isDigit(seg[0]) {
			return false
		}
		for k := 0; k < len(seg); k++ {
			if !isASCIILetter(seg[k]) && seg[k] != '_' {
				return false
			}
		}
	}
	return true
}

// repeated is true for a value of one repeated character, e.g. "xxxxxxxx".
func repeated(v string) bool {
	return strings.Count(v, v[:1]) == len(v)
}

const (
	minRandomLen = 32  // shorter base64 tokens are as often ids as secrets
	maxRandomLen = 512 // longer runs are data (an inline image), not a key
)

// base64RunEnd returns the end of the run of base64/base64url characters
// (with "=" padding) starting at i, or i if it exceeds maxRandomLen.
func base64RunEnd(s string, i int) int {
	end := i
	for end < len(s) && isBase64Byte(s[end]) && s[end] != '=' {
		if end-i > maxRandomLen {
			return i
		}
		end++
	}
	for end < len(s) && s[end] == '=' {
		end++
	}
	return end
}

// randomToken reports whether a token is clearly random: upper case, lower
// case and digits, an entropy close to that of random base62 text of its
// length, and a change of character class at least every third character
// on average; and, when it has "/", no segment that is a plain word (a path
// such as "file/d/<id>/view"). Hex digests have one case; CamelCase
// identifiers repeat the letters of English words (entropy about 4.1-4.4
// bits at 40-50 characters, where random keys have 4.5-4.9) and change class
// less often; keys drawn from a 62-letter alphabet change class on about 60%
// of their characters.
func randomToken(t string) bool {
	t = strings.TrimRight(t, "=")
	if twilioRecordSID(t) {
		return false
	}
	lower, upper, digit, _ := charClasses(t)
	if !lower || !upper || !digit || entropy(t) < randomEntropy(len(t)) {
		return false
	}
	changes := 0
	for k := 1; k < len(t); k++ {
		if byteClass(t[k]) != byteClass(t[k-1]) {
			changes++
		}
	}
	if 3*changes < len(t) {
		return false
	}
	for seg := range strings.SplitSeq(t, "/") {
		if wordLike(seg) {
			return false
		}
	}
	return !snakeIdentifier(t)
}

// twilioRecordSID: t is the id of a Twilio record, two capitals naming its
// type and 32 lower-case hex digits ("SM8f2a9c…" a message, "CA…" a call),
// which names a record as an order number does. An account's sid ("AC…")
// goes with its auth token and an API key's ("SK…", keyPrefixes) is a key:
// both stay secrets.
func twilioRecordSID(t string) bool {
	return len(t) == 34 && 'A' <= t[0] && t[0] <= 'Z' && 'A' <= t[1] && t[1] <= 'Z' && hexTail(t[2:], 32) &&
		t[:2] != "AC" && t[:2] != "SK"
}

// snakeIdentifier is a name joined by underscores, as C headers and
// generated code write them: "ossl_check_ASN1_STRING_TABLE_type",
// "DER_OID_V_sha512_256WithRSAEncryption". Each "_" counts twice among the
// class changes above, so such names pass for random; they are names when
// they have three parts or more and no part of eight characters or more
// looks random by itself (upper case, lower case and digits, changing class
// at least every third character). A random base64url key has a "_" once
// in 64 characters, so its parts are long and random.
func snakeIdentifier(t string) bool {
	if strings.Count(t, "_") < 2 {
		return false
	}
	for seg := range strings.SplitSeq(t, "_") {
		if len(seg) < 8 {
			continue
		}
		lower, upper, digit, _ := charClasses(seg)
		if !lower || !upper || !digit {
			continue
		}
		changes := 0
		for k := 1; k < len(seg); k++ {
			if byteClass(seg[k]) != byteClass(seg[k-1]) {
				changes++
			}
		}
		if 3*changes >= len(seg) {
			return false
		}
	}
	return true
}

// randomEntropy is the entropy, in bits per character, that all but about
// 1% of random base62 strings of length n reach (measured: 4.23 at 32,
// 4.46 at 40, 4.64 at 48), rounded down.
func randomEntropy(n int) float64 {
	return min(4.6, 4.2+0.025*float64(n-minRandomLen))
}

// wordLike is a path segment such as "view", "README" or "d": up to eight
// letters of one case; or a capitalised word of up to twelve letters, as
// a URL broken at the end of a manual's line leaves a path
// ("WhatsNewInOSX/Articles/MacOSX10_9.html"). A random key's "/" comes
// once in 64 characters, between long runs of mixed case and digits.
func wordLike(seg string) bool {
	if len(seg) > 12 {
		return false
	}
	lower, upper, digit, other := charClasses(seg)
	if digit || other {
		return false
	}
	if lower != upper {
		return len(seg) <= 8
	}
	return len(seg) >= 3 && isUpper(seg[0]) && strings.IndexFunc(seg[1:], func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

func byteClass(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return 0
	case 'A' <= c && c <= 'Z':
		return 1
	case isDigit(c):
		return 2
	}
	return 3
}

func charClasses(s string) (lower, upper, digit, other bool) {
	for k := 0; k < len(s); k++ {
		switch byteClass(s[k]) {
		case 0:
			lower = true
		case 1:
			upper = true
		case 2:
			digit = true
		default:
			other = true
		}
	}
	return
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// entropy is the Shannon entropy of s's bytes in bits per byte.
func entropy(s string) float64 {
	var freq [256]int
	for k := 0; k < len(s); k++ {
		freq[s[k]]++
	}
	h := 0.0
	for _, f := range freq {
		if f > 0 {
			p := float64(f) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

const pemBegin = "-----BEGIN "

// pemBlock masks a PEM private key block from its BEGIN line through its
// END line; without an END line (a truncated paste), through the base64
// body that follows. Other PEM blocks (certificates, public keys) are public.
func pemBlock(s string, i int) (span, bool) {
	head := s[i+len(pemBegin):]
	labelEnd, ok := privateKeyLabel(head)
	if !ok {
		return span{}, false
	}
	bodyStart := i + len(pemBegin) + labelEnd + len("-----")
	endLine := "-----END " + head[:labelEnd] + "-----"
	// A "<" inside would be a placeholder; see TextIn.
	if k := strings.Index(s[bodyStart:], endLine); k >= 0 && strings.IndexByte(s[bodyStart:bodyStart+k], '<') < 0 {
		return span{i, bodyStart + k + len(endLine)}, true
	}
	end := bodyStart
	for end < len(s) && (isBase64Byte(s[end]) || s[end] == '\n' || s[end] == '\r' || s[end] == ' ' || s[end] == '\\') {
		end++
	}
	return span{i, end}, true
}

// privateKeyLabel reads the label of a PEM block from just after
// pemBegin, and reports whether it is a private key's.
func privateKeyLabel(head string) (labelEnd int, ok bool) {
	labelEnd = strings.Index(head, "-----")
	return labelEnd, labelEnd >= 0 && labelEnd <= 64 && strings.HasSuffix(head[:labelEnd], "PRIVATE KEY")
}
