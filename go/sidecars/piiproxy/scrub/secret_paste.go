package scrub

import (
	"encoding/base64"
	"slices"
	"strings"
)

// This file holds the secret detector's rules for what people paste from a
// terminal or a config file: credentials inside command lines and URLs,
// which have no "key=" before them, and the random-looking public data
// (digests, public keys, ids) that the standalone rule must leave alone.

// flagPassword reads the password of a command-line flag: curl's "-u
// user:password" and "--user user:password" (or "--user=…"), the MySQL
// clients' "-pPASSWORD", glued to its flag (a bare "-p" is a port or a path
// elsewhere, so the command must be mysql or mariadb), and the flags of
// commandPasswordFlags, whose next argument is a password. The word s[i:e]
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
	case len(w) > 2 && w[1] == 'p' && commandMentions(s, i, "mysql", "mariadb"):
		sp = valueAt(s, i+2)
	case e < len(s) && s[e] == ' ' && takesPassword(s, i, w):
		sp = valueAt(s, skipSpaces(s, e))
	default:
		return span{}, false
	}
	return sp, credentialValue(s[sp.start:sp.end], passwordKey)
}

// commandPasswordFlags are commands whose flag takes a password as its
// next argument, "docker login -u jdoe -p VALUE" or "sshpass -p VALUE ssh
// …". The same flag is a port ("ssh -p 2222"), a path ("mkdir -p"), a
// prompt (mysql's bare "-p") or a switch ("ls -a", "grep -w") elsewhere, so
// the command must come before it in the same command line.
var commandPasswordFlags = []struct {
	flags    []string
	commands []string
}{
	// container registry logins, which share docker's flags, and the Azure CLI's
	{[]string{"-p", "--password"}, []string{"docker login", "podman login", "buildah login", "skopeo login",
		"nerdctl login", "oras login", "helm registry login", "az login", "az acr login"}},
	{[]string{"--password"}, []string{"helm repo add"}},
	{[]string{"-p"}, []string{"sshpass"}},
	{[]string{"-a"}, []string{"redis-cli"}},
	{[]string{"-w"}, []string{"ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami"}}, // the bind password
}

// takesPassword reports whether the flag at s[i] is one of
// commandPasswordFlags, after its command.
func takesPassword(s string, i int, flag string) bool {
	for _, c := range commandPasswordFlags {
		if slices.Contains(c.flags, flag) && commandMentions(s, i, c.commands...) {
			return true
		}
	}
	return false
}

// commandMentions reports whether the command that s[i] is part of
// contains one of words before i.
func commandMentions(s string, i int, words ...string) bool {
	return containsAnyOf(commandBefore(s, i), words)
}

// maxCommandLen bounds how far back commandBefore looks, so that a long
// line with many flags is read in linear time.
const maxCommandLen = 1 << 10

// commandBefore is the text of the simple shell command that s[i] is part
// of, up to i: from the line's start or the last "|", ";", "&", "(" or
// "`" before i, so that "docker login … && docker run -p 8080:80" reads the
// "-p" as docker run's.
func commandBefore(s string, i int) string {
	lo := max(0, i-maxCommandLen)
	return s[lo+strings.LastIndexAny(s[lo:i], "\n|;&(`")+1 : i]
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
	if colon < 0 || strings.IndexByte(s[j:at], '[') >= 0 {
		return span{}, false // a manual's template, "ftp://[user][:password]@]host[:port]/"
	}
	sp := span{j + colon + 1, at}
	return sp, credentialValue(s[sp.start:sp.end], passwordKey)
}

// webhook is a chat service's incoming-webhook URL, whose path is the
// credential: whoever has it can post to the channel. Its secret is a short
// path segment, which no key name announces and which is not random enough
// for the standalone rule; secret scanners (gitleaks, trufflehog) know these
// URLs by their hosts, as this list does.
type webhook struct {
	host   string // the host, or the domain its host is in
	path   string // the fixed path before the ids
	public int    // path segments after it that are public ids (workspace, channel, webhook id)
}

var webhooks = []webhook{
	{"hooks.slack.com", "/services/", 2},     // /services/T…/B…/<secret>
	{"hooks.slack.com", "/triggers/", 2},     // /triggers/T…/<id>/<secret>
	{"hooks.slack.com", "/workflows/", 3},    // /workflows/T…/A…/<id>/<secret>
	{"discord.com", "/api/webhooks/", 1},     // /api/webhooks/<id>/<token>, also on canary. and ptb.
	{"discordapp.com", "/api/webhooks/", 1},  // the same, before 2020
	{"webhook.office.com", "/webhookb2/", 2}, // Microsoft Teams: /webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>[/V2…]
	{"outlook.office.com", "/webhook/", 2},   // the same, before 2021
}

// webhookHostAt returns where the host of a possible webhook URL starts,
// given the word s[i:e]: after the scheme the word is, "https://" (or
// "https:\/\/", as a JSON encoder that escapes slashes writes it), or at
// the word itself when it starts a host name without a scheme
// ("hooks.slack.com/services/…", as people paste it).
// It runs for every word of every text, so the byte after the word decides
// first.
func webhookHostAt(s string, i, e int) (int, bool) {
	if e == len(s) {
		return 0, false
	}
	switch s[e] {
	case ':':
		for _, sep := range [...]string{"://", `:\/\/`} {
			if strings.HasPrefix(s[e:], sep) {
				return e + len(sep), true
			}
		}
	case '.':
		return i, i == 0 || s[i-1] != '.' && s[i-1] != '/'
	}
	return 0, false
}

// webhookSecret reads the secret of a webhook URL whose host starts at j.
// Google Chat's webhooks carry theirs in "key=" and "token=" parameters,
// which assignedValue reads; a query or fragment after the path is no
// secret.
func webhookSecret(s string, j int) (span, bool) {
	k := hostEnd(s, j)
	host := s[j:k]
	for _, w := range webhooks {
		if !inDomain(host, w.host) {
			continue
		}
		pathEnd, ok := webhookPathEnd(s, k, w.path)
		if !ok {
			continue
		}
		v := valueAt(s, pathEnd)
		if q := strings.IndexAny(s[v.start:v.end], "?#"); q >= 0 {
			v.end = v.start + q
		}
		rest := s[v.start:v.end]
		for range w.public {
			_, after, ok := strings.Cut(rest, "/")
			if !ok {
				return span{}, false
			}
			rest = after
		}
		return span{v.end - len(rest), v.end}, credentialValue(rest, tokenKey)
	}
	return span{}, false
}

// webhookPathEnd matches a webhook's fixed path at s[k:] and returns its
// end. A "/" may be written "\/", and an API version may follow the path's
// first segment ("/api/v10/webhooks/" for "/api/webhooks/").
func webhookPathEnd(s string, k int, path string) (int, bool) {
	for p, slashes := 0, 0; p < len(path); p++ {
		if path[p] != '/' {
			if k >= len(s) || s[k] != path[p] {
				return 0, false
			}
			k++
			continue
		}
		if k = slashEnd(s, k); k < 0 {
			return 0, false
		}
		if slashes++; slashes == 2 {
			k = apiVersionEnd(s, k)
		}
	}
	return k, true
}

// slashEnd returns the end of a "/" or "\/" at s[k], or -1.
func slashEnd(s string, k int) int {
	switch {
	case strings.HasPrefix(s[k:], "/"):
		return k + 1
	case strings.HasPrefix(s[k:], `\/`):
		return k + 2
	}
	return -1
}

// apiVersionEnd skips a path segment "v10/" at s[k], if there is one.
func apiVersionEnd(s string, k int) int {
	if k+1 >= len(s) || s[k] != 'v' || !isDigit(s[k+1]) {
		return k
	}
	if end := slashEnd(s, digitsEnd(s, k+1)); end > 0 {
		return end
	}
	return k
}

// inDomain reports whether host is domain or a name in it.
func inDomain(host, domain string) bool {
	n := len(host) - len(domain)
	return strings.HasSuffix(host, domain) && (n == 0 || n > 0 && host[n-1] == '.')
}

// netrcPassword reads the password of a .netrc entry, "machine HOST login
// USER password SECRET" (curl, git, ftp and pip read the file; people paste
// it, and its line). netrc separates names from values by whitespace only,
// and "password <word>" in prose is too often no credential; the machine
// and login tokens before it are what make "password" a key. The word
// s[i:e] is "password".
func netrcPassword(s string, i, e int) (span, bool) {
	login, ok := tokenPairBefore(s, i, "login")
	if !ok {
		return span{}, false
	}
	if _, ok := tokenPairBefore(s, login, "machine"); !ok {
		return span{}, false
	}
	sp := valueAt(s, skipSpaces(s, e))
	return sp, credentialValue(s[sp.start:sp.end], passwordKey)
}

// tokenPairBefore reports whether s[:i] ends in the netrc token key, its
// value and whitespace (line breaks too: an entry may span lines), and
// returns where key starts.
func tokenPairBefore(s string, i int, key string) (int, bool) {
	valueEnd := spaceBefore(s, i)
	valueStart := valueEnd
	for valueStart > 0 && !isSpace(s[valueStart-1]) {
		valueStart--
	}
	keyEnd := spaceBefore(s, valueStart)
	keyStart := keyEnd - len(key)
	if valueStart == valueEnd || keyEnd == valueStart || keyStart < 0 || s[keyStart:keyEnd] != key ||
		keyStart > 0 && !isSpace(s[keyStart-1]) {
		return 0, false
	}
	return keyStart, true
}

// spaceBefore is where the whitespace that ends at i starts.
func spaceBefore(s string, i int) int {
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// publicData tells a random-looking token s[i:end] that is no secret by
// what labels it or what it is: a digest after its algorithm, the value of
// a key that names an id, a digest or something public ("x-amz-id-2:",
// "integrity=", "publicKey:"), an SSH public key, or base64 of plain text.
func publicData(s string, i, end int, marks *armourMarks) bool {
	tok := s[i:end]
	key := keyBefore(s, i)
	return digestLabelled(s, i) || idKey(key) || namesPublic(key) || sshPublicKey(tok) || encodedText(tok) ||
		mangledName(tok) || inPublicKeyBlock(s, i, marks) ||
		wrappedEncodedLine(s, i, end) && !inArmour(s, i, marks)
}

// inArmour: s[i] stands in an armoured block, of any label: the nearest
// armour line before it (within armourLookBack) opens one, or the nearest
// after it closes one, for a text cut inside the block. A key's wrapped
// body, whatever it is called ("RSA TESTING KEY" in Go's tests, ROT13 in
// others), is masked line by line as before, never read as an
// attachment's.
func inArmour(s string, i int, marks *armourMarks) bool {
	if b := marks.dashes.lastIn(max(0, i-armourLookBack), i); b >= 0 {
		if kind := armourAt(s, b); kind != noArmour {
			return kind == armourBegin
		}
	}
	if a := marks.dashes.firstIn(i, min(len(s), i+armourLookBack)); a >= 0 {
		return armourAt(s, a) == armourEnd
	}
	return false
}

type armour int

const (
	noArmour armour = iota
	armourBegin
	armourEnd
)

// armourAt tells what the line holding the dashes at s[b] is: a block's
// "-----END …" or "-----BEGIN …" (in code too: "testingKey(`-----BEGIN RSA
// TESTING KEY-----"), or a line that opens and closes with five dashes,
// taken for a BEGIN whatever its label says (a ROT13 one). A MIME boundary
// ("------=_Part_1") is none of them.
func armourAt(s string, b int) armour {
	line := strings.TrimRight(lineAt(s, strings.LastIndexByte(s[:b], '\n')+1), "\r")
	begin, end := strings.LastIndex(line, "-----BEGIN "), strings.LastIndex(line, "-----END ")
	switch {
	case begin >= 0 || end >= 0: // the last of them, when a line ends one block and opens the next
		if begin > end {
			return armourBegin
		}
		return armourEnd
	case strings.HasPrefix(line, "-----") && strings.HasSuffix(line, "-----") && len(line) > 10:
		return armourBegin
	}
	return noArmour
}

// wrappedEncodedLine: the token fills its line, and the line right above
// it is base64 at least as long and of minWrappedLine characters or more,
// or the line right below is base64 no longer than it, which is that long:
// one line of a wrapped block (a MIME attachment's body at 76 columns, its
// last line shorter). A key or a token is pasted whole on one line; a
// key's wrapped body stands in its armour (inArmour).
func wrappedEncodedLine(s string, i, end int) bool {
	n := end - i
	if i > 0 && s[i-1] != '\n' || end < len(s) && !lineEndsAt(s, end) {
		return false
	}
	if i > 0 {
		above := strings.TrimRight(s[strings.LastIndexByte(s[:i-1], '\n')+1:i-1], "\r")
		if len(above) >= max(n, minWrappedLine) && base64Line(above) {
			return true
		}
	}
	if k := strings.IndexByte(s[end:], '\n'); k >= 0 && n >= minWrappedLine {
		below := strings.TrimRight(lineAt(s, end+k+1), "\r")
		return len(below) > 0 && len(below) <= n && base64Line(below)
	}
	return false
}

// minWrappedLine is the shortest full line of a wrapped base64 block that
// wrappedEncodedLine reads as one (PEM wraps at 64, MIME at 76).
const minWrappedLine = 60

// base64Line: line is base64 and nothing else.
func base64Line(line string) bool {
	for k := 0; k < len(line); k++ {
		if !isBase64Byte(line[k]) {
			return false
		}
	}
	return true
}

// mangledName is a C++ symbol as the Itanium ABI mangles it,
// "_ZN3NSA6ClassA7Private11privmethod1Ei" (dpkg-gensymbols(1)): after
// "_Z" or a nested name's "N", names each written after its length and
// starting with a letter. Without "_Z" (a pattern's "N3NSA6ClassA7Private
// 11privmethod"), three names or more must run to the token's end, the last
// perhaps cut short by the pattern's "\d": a random token (a key's base64
// line, "3Fsz2qs3AkEA85/…") starts with two or three such names now and
// then, but never runs on so.
func mangledName(tok string) bool {
	t := strings.TrimLeft(tok, "_")
	z := strings.HasPrefix(t, "Z")
	t = strings.TrimPrefix(t, "Z")
	t = strings.TrimPrefix(t, "N")
	names, toEnd := 0, false
	for len(t) > 0 && isDigit(t[0]) {
		n, k := 0, 0
		for k < len(t) && isDigit(t[k]) && k < 3 {
			n = n*10 + int(t[k]-'0')
			k++
		}
		if n < 2 || k == len(t) || !isASCIILetter(t[k]) && t[k] != '_' {
			break
		}
		name := t[k:min(len(t), k+n)]
		for _, c := range []byte(name) {
			if !isASCIILetter(c) && !isDigit(c) && c != '_' {
				return false
			}
		}
		names++
		if k+n >= len(t) {
			toEnd = true
			break
		}
		t = t[k+n:]
	}
	return z && names >= 2 || names >= 3 && toEnd
}

// inPublicKeyBlock: the token at i is a line of an armoured OpenPGP public
// key ("-----BEGIN PGP PUBLIC KEY BLOCK-----", before its "-----END"), of a
// PEM block that holds public data ("-----BEGIN CERTIFICATE-----", "…PUBLIC
// KEY-----", a certificate request or revocation list) or of a DNS
// OPENPGPKEY record: printed in manuals, key servers and TLS handshakes.
//
// The nearest armour line before the token decides, up to 32 KiB back: the
// base64 lines hold no "-----", and Debian's archive keys, pasted with an
// apt source's "Signed-By:", run to 12 KB with their signatures. A private
// key's block is masked whole by its "-----BEGIN" before this is asked.
func inPublicKeyBlock(s string, i int, marks *armourMarks) bool {
	lo := max(0, i-armourLookBack)
	if b := marks.dashes.lastIn(lo, i); b >= 0 && lineEndsAt(s, b+5) {
		head := s[lo:b]
		if l := strings.LastIndex(head, "-----BEGIN "); l >= 0 && !strings.ContainsAny(head[l:], "\n\r") {
			head = head[l+len("-----BEGIN "):]
			for _, t := range publicArmour {
				if strings.HasSuffix(head, t) && !strings.Contains(head, "PRIVATE") {
					return true
				}
			}
		}
	}
	return marks.openpgp.lastIn(max(0, i-2<<10), i) >= 0
}

// armourLookBack is how far before a token inPublicKeyBlock looks for the
// armour line of the block it may stand in.
const armourLookBack = 32 << 10

// armourMarks are the places in one text where inPublicKeyBlock's marks
// stand, "-----" and "OPENPGPKEY", found once per text (findSecrets) and
// only when a token first asks. A search back from each token would scan up
// to armourLookBack bytes for every line of a pasted base64 blob: 0.6 s for
// a 1 MiB body of 76-character lines, against a few milliseconds this way.
type armourMarks struct {
	dashes, openpgp markIndex
}

func newArmourMarks(s string) *armourMarks {
	return &armourMarks{dashes: markIndex{s: s, mark: "-----"}, openpgp: markIndex{s: s, mark: "OPENPGPKEY"}}
}

// markIndex holds where a mark stands in s, built on first use, as runs:
// occurrences that overlap ("------", two of "-----") are one run, so that a
// text of dashes costs one entry, not one per byte. Every start in a run is
// an occurrence for the marks used here: a repeated byte, or a word that
// cannot overlap itself.
type markIndex struct {
	s, mark string
	runs    []markRun
	built   bool
}

type markRun struct{ start, end int }

// lastIn returns where the last occurrence of the mark that lies wholly in
// s[lo:hi] starts, or -1: what strings.LastIndex(s[lo:hi], mark) finds,
// plus lo.
func (m *markIndex) lastIn(lo, hi int) int {
	m.build()
	last := hi - len(m.mark) // the last start that ends by hi
	n, _ := slices.BinarySearchFunc(m.runs, last+1, func(r markRun, x int) int { return r.start - x })
	if n == 0 {
		return -1
	}
	if at := min(m.runs[n-1].end-len(m.mark), last); at >= lo {
		return at
	}
	return -1
}

// firstIn returns where the first occurrence of the mark that lies wholly
// in s[lo:hi] starts, or -1: what strings.Index(s[lo:hi], mark) finds, plus lo.
func (m *markIndex) firstIn(lo, hi int) int {
	m.build()
	// the first run that ends past lo's first possible occurrence
	n, _ := slices.BinarySearchFunc(m.runs, lo+len(m.mark), func(r markRun, x int) int { return r.end - x })
	if n == len(m.runs) {
		return -1
	}
	if at := max(m.runs[n].start, lo); at+len(m.mark) <= hi {
		return at
	}
	return -1
}

// build finds the mark's occurrences, once.
func (m *markIndex) build() {
	if !m.built {
		for from := 0; ; {
			k := strings.Index(m.s[from:], m.mark)
			if k < 0 {
				break
			}
			at := from + k
			if n := len(m.runs); n > 0 && at < m.runs[n-1].end {
				m.runs[n-1].end = at + len(m.mark)
			} else {
				m.runs = append(m.runs, markRun{at, at + len(m.mark)})
			}
			from = at + 1
		}
		m.built = true
	}
}

// lineEndsAt: a line ends at j, with or without a carriage return.
func lineEndsAt(s string, j int) bool {
	return j < len(s) && (s[j] == '\n' || s[j] == '\r')
}

// publicArmour end the labels of armoured blocks that hold public data.
var publicArmour = []string{"PUBLIC KEY BLOCK", "PUBLIC KEY", "CERTIFICATE", "CERTIFICATE REQUEST", "X509 CRL"}

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
