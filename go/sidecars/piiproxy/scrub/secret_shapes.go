package scrub

import "strings"

// Vendor keys recognised by their shape rather than by a prefix that is a
// word of its own: a prefix with dots in it, several parts joined by dots,
// colons or dollar signs. Without these, the random part alone was masked
// (a Telegram bot's id, the part before the colon, stayed in the prompt) or
// nothing was (a SendGrid key's parts are each too short to look random).

// dottedPrefixes start keys whose prefix holds a dot, so that the word
// scanner stops inside it: SendGrid ("SG.<22>.<43>"), Doppler ("dp.st.…"),
// HashiCorp Vault ("hvs.…", "hvb.…").
var dottedPrefixes = []string{"SG.", "dp.st.", "dp.ct.", "dp.pt.", "dp.sa.", "dp.scim.", "dp.audit.", "hvs.", "hvb."}

// dottedHeads are the words the dotted prefixes start with: only words
// followed by a dot are looked at, and most are a sentence's last word.
var dottedHeads = map[string]bool{"SG": true, "dp": true, "hvs": true, "hvb": true}

// shapedKey matches a key whose first word is s[i:e] and returns its end.
// It runs for every word of every prompt, so each shape is tried only
// after a test of the word's length or text.
func shapedKey(s string, i, e int) (int, bool) {
	if e == len(s) {
		return 0, false
	}
	w := s[i:e]
	switch s[e] {
	case '.':
		if dottedHeads[w] {
			return dottedKey(s, i)
		}
		if len(w) >= 23 && len(w) <= 28 {
			return discordToken(s, i, e)
		}
	case ':':
		if len(w) >= 8 && len(w) <= 11 {
			return colonKey(s, i, e)
		}
	case '$':
		if w == "access_token" {
			return braintreeToken(s, e)
		}
	}
	return 0, false
}

// dottedKey: a dotted prefix, then at least 20 characters of base64url and
// dots that mix two classes of upper case, lower case and digits.
func dottedKey(s string, i int) (int, bool) {
	for _, p := range dottedPrefixes {
		if !strings.HasPrefix(s[i:], p) {
			continue
		}
		end := trimTrailingDots(s, i+len(p), hostEnd(s, i+len(p)))
		tail := s[i+len(p) : end]
		lower, upper, digit, _ := charClasses(tail)
		if len(tail) >= 20 && b2i(lower)+b2i(upper)+b2i(digit) >= 2 {
			return end, true
		}
	}
	return 0, false
}

// trimTrailingDots drops the full stops a sentence puts after a key.
func trimTrailingDots(s string, start, end int) int {
	for end > start && s[end-1] == '.' {
		end--
	}
	return end
}

// discordToken: Discord's bot token, three base64url parts joined by dots:
// the bot's id in base64 (about 24-28 characters, starting "M", "N" or
// "O"), a 6-character timestamp and an HMAC of 27 or more.
func discordToken(s string, i, e int) (int, bool) {
	id := s[i:e]
	if !strings.ContainsAny(id[:1], "MNO") || !randomToken(id) {
		return 0, false
	}
	stamp := wordBytesEnd(s, e+1)
	if stamp-(e+1) != 6 || stamp >= len(s) || s[stamp] != '.' {
		return 0, false
	}
	end := wordBytesEnd(s, stamp+1)
	if end-(stamp+1) < 27 {
		return 0, false
	}
	return end, true
}

// colonKey: a key made of an id, a colon and a secret, masked whole:
// Telegram's bot token ("<8-10 digits>:AA<33>") and Firebase Cloud
// Messaging's legacy server key ("AAAA<7>:APA91b<…>").
func colonKey(s string, i, e int) (int, bool) {
	id, rest := s[i:e], s[e+1:]
	end := wordBytesEnd(s, e+1)
	switch {
	case len(id) >= 8 && len(id) <= 10 && allDigits(id) && strings.HasPrefix(rest, "AA") && end-(e+1) == 35:
		return end, true
	case len(id) == 11 && strings.HasPrefix(id, "AAAA") && strings.HasPrefix(rest, "APA91b") && end-(e+1) >= 100:
		return end, true
	}
	return 0, false
}

// braintreeToken: "access_token$production$<16>$<32 hex>" (also $sandbox$),
// whose parts are joined by dollar signs, which end a word.
func braintreeToken(s string, e int) (int, bool) {
	rest := s[e+1:]
	env, ok := strings.CutPrefix(rest, "production$")
	if !ok {
		env, ok = strings.CutPrefix(rest, "sandbox$")
	}
	if !ok || len(env) < 16+1+32 || env[16] != '$' || !hexTail(env[17:17+32], 32) {
		return 0, false
	}
	return len(s) - len(env) + 16 + 1 + 32, true
}

// hexTail reports whether t ends in at least n lower-case hex digits, with a
// digit and a letter among them (a random hex string, not a word or a number).
func hexTail(t string, n int) bool {
	k := len(t)
	for k > 0 && isLowerHex(t[k-1]) {
		k--
	}
	run := t[k:]
	return len(run) >= n && strings.ContainsAny(run, "0123456789") && strings.ContainsAny(run, "abcdef")
}

func isLowerHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' }
