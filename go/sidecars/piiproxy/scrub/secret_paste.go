package scrub

import (
	"encoding/base64"
	"strings"
)

// This file holds the secret detector's rules for what people paste from a
// terminal or a config file: credentials inside command lines and URLs,
// which have no "key=" before them, and the random-looking public data
// (digests, public keys, ids) that the standalone rule must leave alone.

// flagPassword reads the password of a command-line flag: curl's "-u
// user:password" and "--user user:password" (or "--user=…"), and the MySQL
// clients' "-pPASSWORD", glued to its flag (a bare "-p" is a port or a path
// elsewhere, so the line must name mysql or mariadb). The word s[i:e]
// starts with "-".
func flagPassword(s string, i, e int) (span, bool) {
	w := s[i:e]
	var sp span
	switch {
	case w == "-u" || w == "--user":
		if e >= len(s) || (s[e] != ' ' && s[e] != '=') {
			return span{}, false
		}
		v := valueAt(s, skipSpaces(s, e+1))
		user, _, ok := strings.Cut(s[v.start:v.end], ":")
		if !ok || allDigits(user) { // "-u 1000:1000" is a uid and a gid
			return span{}, false
		}
		sp = span{v.start + len(user) + 1, v.end}
	case len(w) > 2 && w[1] == 'p' && lineMentions(s, i, "mysql", "mariadb"):
		sp = valueAt(s, i+2)
	default:
		return span{}, false
	}
	return sp, credentialValue(s[sp.start:sp.end], passwordKey)
}

// lineMentions reports whether the line up to i contains one of words.
func lineMentions(s string, i int, words ...string) bool {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	for _, w := range words {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// userinfoPassword reads the password of a URL's user information,
// "scheme://user:password@host" (RFC 3986), which database, broker and
// git remote URLs carry; j is just past "://". The "@" that ends it is the
// last one before the path, since people do not percent-encode an "@" in
// a password. A user without a password is left to the e-mail detector.
func userinfoPassword(s string, j int) (span, bool) {
	at := -1
	for k := j; k < len(s) && k-j < maxValueLen && strings.IndexByte(" \t\r\n/?#\"'`<>", s[k]) < 0; k++ {
		if s[k] == '@' {
			at = k
		}
	}
	if at < 0 {
		return span{}, false
	}
	colon := strings.IndexByte(s[j:at], ':')
	if colon < 0 {
		return span{}, false
	}
	sp := span{j + colon + 1, at}
	return sp, credentialValue(s[sp.start:sp.end], passwordKey)
}

// publicData tells a random-looking token s[i:end] that is no secret by
// what labels it or what it is: a digest after its algorithm, the value of
// a key that names an id, a digest or something public ("x-amz-id-2:",
// "integrity=", "publicKey:"), an SSH public key, or base64 of plain text.
func publicData(s string, i, end int) bool {
	tok := s[i:end]
	key := keyBefore(s, i)
	return digestLabelled(s, i) || idKey(key) || namesPublic(key) || sshPublicKey(tok) || encodedText(tok)
}

// digestLabels name hash algorithms as digests are labelled with them:
// "sha512-…" (package-lock.json, subresource integrity), "SHA256:…" (SSH
// key fingerprints, image digests), "h1:…" (go.sum).
var digestLabels = []string{"sha1", "sha256", "sha384", "sha512", "md5", "h1"}

// digestLabelled reports whether the token at i starts with a digest label
// and "-", or follows one and ":".
func digestLabelled(s string, i int) bool {
	if k := strings.IndexByte(s[i:min(len(s), i+8)], '-'); k > 0 && oneOf(s[i:i+k], digestLabels) {
		return true
	}
	if i == 0 || s[i-1] != ':' {
		return false
	}
	j := i - 1
	for j > 0 && isWordByte(s[j-1]) {
		j--
	}
	return oneOf(s[j:i-1], digestLabels)
}

// sshPublicKey is the base64 body of an OpenSSH public key
// ("ssh-ed25519 AAAAC3Nza…"): it starts with the length of its key type
// name, in four bytes, and the name, "ssh-…", "ecdsa-…" or "sk-…".
func sshPublicKey(tok string) bool {
	if len(tok) < 16 || !strings.HasPrefix(tok, "AAAA") {
		return false
	}
	head, err := base64.StdEncoding.DecodeString(tok[:16])
	if err != nil {
		return false
	}
	name := string(head[4:])
	return strings.HasPrefix(name, "ssh-") || strings.HasPrefix(name, "ecdsa-") || strings.HasPrefix(name, "sk-")
}

// encodedText is base64 of a sentence, as in a manual's "echo … | base64
// -d" example: printable ASCII with spaces. A key decodes to binary, and a
// user:password pair has no space.
func encodedText(tok string) bool {
	b, err := base64.StdEncoding.DecodeString(tok)
	if err != nil {
		b, err = base64.RawURLEncoding.DecodeString(strings.TrimRight(tok, "="))
	}
	if err != nil {
		return false
	}
	spaces := 0
	for _, c := range b {
		if c < ' ' || c > '~' {
			return false
		}
		if c == ' ' {
			spaces++
		}
	}
	return spaces > 0
}

// base64PEM is the base64 of pemBegin: Kubernetes (a kubeconfig's
// client-key-data, a Secret's data) and Helm values carry PEM blocks so.
const base64PEM = "LS0tLS1CRUdJTi"

// encodedPrivateKey returns the end of a base64-encoded PEM private key at
// i, however long; a certificate or a public key so encoded is public.
func encodedPrivateKey(s string, i int) (int, bool) {
	end := i
	for end < len(s) && isBase64Byte(s[end]) {
		end++
	}
	head, err := base64.StdEncoding.DecodeString(s[i : i+min(64, (end-i)/4*4)])
	if err != nil || !strings.HasPrefix(string(head), pemBegin) {
		return 0, false
	}
	_, ok := privateKeyLabel(string(head[len(pemBegin):]))
	return end, ok
}
