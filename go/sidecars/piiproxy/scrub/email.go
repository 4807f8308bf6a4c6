package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findEmails finds addresses such as "jane.doe+tag@example.com",
// "josé@correo.es" or "用户@例子.中国": a local part of letters, digits and
// "._%+-" (any script, per RFC 6531), an "@", and a domain of letter/digit/
// hyphen labels with at least one dot followed by a two-letter label start.
// A change between CJK and other letters ends the local part or the domain
// (see letterScript). It is deliberately lenient: a false positive needs an "@" between words,
// which technical text rarely has outside addresses ("@decorator",
// "pkg@1.2.3" and "user@localhost" are not matched). The "@" may be
// percent-encoded as "%40", as in the query strings of access logs; a git
// host's SSH remote ("git@github.com:org/repo.git"), the login of a command
// such as ssh ("ssh -T git@github.com") and an image's density suffix
// ("logo@2x.png") are not addresses.
func findEmails(s string) []span {
	spelled := findSpelledEmails(s)
	if strings.IndexByte(s, '@') < 0 && !strings.Contains(s, "%40") {
		return spelled
	}
	typed := findTypedEmails(s)
	if len(spelled) == 0 {
		return typed
	}
	return mergeSpans(typed, spelled)
}

// findTypedEmails finds the addresses written with "@" (or "%40").
func findTypedEmails(s string) []span {
	var out []span
	floor := 0 // a local part may not reach back into the previous match
	for i := 0; i < len(s); {
		at, atLen := nextAt(s, i)
		if at < 0 {
			break
		}
		if sp, ok := spacedAddress(s, at, atLen, floor); ok {
			out = append(out, sp)
			floor, i = sp.end, sp.end
			continue
		}
		start := at
		var script letterScript
		for start > floor {
			r, n := utf8.DecodeLastRuneInString(s[floor:start])
			if !isLocalRune(r) || !script.same(r) {
				break
			}
			start -= n
		}
		for start < at {
			r, n := utf8.DecodeRuneInString(s[start:])
			if !unicode.IsMark(r) {
				break
			}
			start += n // a mark with no letter of the address before it is another character's: "✉️" ends in a variation selector
		}
		end := at + atLen
		script = 0
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !isDomainRune(r) || !script.same(r) {
				break
			}
			if r == '.' {
				script = noLetterYet // "ユーザー@例え.jp": each label has its own script
			}
			end += n
		}
		for end > at+atLen && (s[end-1] == '.' || s[end-1] == '-') {
			end--
		}
		end = gluedWordEnd(s, at+atLen, end)
		domain := s[at+atLen : end]
		if start < at && validDomain(domain) && !gitRemote(s[start:at], s, end) && !densitySuffix(domain) &&
			!remoteLogin(s, start) && !unitName(domain) && !algorithmName(s[start:at]) &&
			!sshExtension(s[start:at], domain) {
			out = append(out, span{start, end})
			floor, i = end, end
			continue
		}
		i = at + atLen
	}
	return out
}

// nextAt finds the next "@", or its percent-encoding "%40", from i, and
// returns its index and length; -1 if there is none.
func nextAt(s string, i int) (at, n int) {
	k := strings.IndexByte(s[i:], '@')
	upTo := len(s) // "%40" is looked for only before the "@", so the scan stays linear
	if k >= 0 {
		upTo = i + k
	}
	if e := strings.Index(s[i:upTo], "%40"); e >= 0 {
		return i + e, len("%40")
	}
	if k < 0 {
		return -1, 0
	}
	return i + k, 1
}

// gitRemote: "git@host:path", the SSH remote of GitHub, GitLab, Bitbucket
// and Azure DevOps, has the shared service account "git", nobody's address,
// and a path after the colon where a sentence would have a space. Other
// "user@host:path" forms are masked: the login may be a person's, and an
// address glued to a colon ("jane@example.com:Monday") must not survive.
func gitRemote(local, s string, end int) bool {
	return local == "git" && end+1 < len(s) && s[end] == ':' && (isASCIILetter(s[end+1]) || s[end+1] == '/' || s[end+1] == '~')
}

// remoteLoginCommands log in to a host, or fetch from one, as "user@host":
// "ssh -T git@github.com", "scp f ops@host.example.com:/srv", "git clone
// ssh://git@git.example.com/repo.git".
var remoteLoginCommands = []string{"ssh", "scp", "sftp", "rsync", "mosh", "ssh-copy-id", "sshpass", "autossh",
	"git clone", "git remote", "git fetch", "git pull", "git push", "git ls-remote", "git submodule add"}

// remoteLogin reports whether the address at s[start] is the "user@host"
// argument of a command that logs in to a host: a login, not an e-mail
// address. The command must start the command line (after a prompt or
// "sudo"), so that a sentence that mentions ssh keeps its addresses
// masked, and the address must not be inside quotes: `ssh host "mail
// jane@example.com"` runs a command that has an e-mail address.
func remoteLogin(s string, start int) bool {
	cmd := strings.TrimLeft(commandBefore(s, start), " \t$#>")
	cmd = strings.TrimPrefix(cmd, "sudo ")
	if strings.Count(cmd, `"`)%2 == 1 || strings.Count(cmd, "'")%2 == 1 {
		return false
	}
	for _, c := range remoteLoginCommands {
		if strings.HasPrefix(cmd, c) && len(cmd) > len(c) && cmd[len(c)] == ' ' {
			return true
		}
	}
	return false
}

// gluedWordEnd ends a domain (s[from:end]) before a word that German and
// Dutch glue to it with a hyphen: "debian-devel@lists.debian.org-Mailingliste"
// ("… mailing list"). A top-level domain has no hyphen, but for the "xn--"
// of an IDN one.
func gluedWordEnd(s string, from, end int) int {
	dot := strings.LastIndexByte(s[from:end], '.')
	if dot < 0 {
		return end
	}
	tld := from + dot + 1
	if h := strings.IndexByte(s[tld:end], '-'); h > 0 && !hasPrefixFold(s[tld:end], "xn--") {
		return tld + h
	}
	return end
}

// unitSuffixes are the types of systemd units, whose instance names have
// an e-mail's shape: "getty@tty1.service", "user@1000.service",
// "systemd-nspawn@foobar.service.d" (its drop-in directory). None is a
// top-level domain.
var unitSuffixes = []string{"service", "socket", "timer", "target", "mount", "automount", "path", "slice", "scope",
	"device", "swap"}

// unitName: domain ends with a systemd unit type, or its drop-in ".d".
func unitName(domain string) bool {
	domain = strings.TrimSuffix(domain, ".d")
	dot := strings.LastIndexByte(domain, '.')
	return dot >= 0 && oneOf(domain[dot+1:], unitSuffixes)
}

// algorithmParts are the parts of the names of SSH algorithms, which RFC
// 4251 (6) writes as "name@domain": "aes256-gcm@openssh.com",
// "hmac-sha2-256-etm@openssh.com", "sk-ssh-ed25519-cert-v01@openssh.com",
// "curve25519-sha256@libssh.org" (ssh_config(5), sshd_config(5)).
var algorithmParts = []string{"sha1", "sha2", "sha256", "sha384", "sha512", "ed25519", "ed448", "nistp256", "nistp384",
	"nistp521", "aes128", "aes192", "aes256", "gcm", "ctr", "cbc", "etm", "umac", "hmac", "poly1305", "chacha20",
	"curve25519", "curve448", "v01", "sntrup761x25519", "mlkem768x25519"}

// algorithmName: a local part of two or more parts joined by "-", one of
// them an algorithmParts name.
func algorithmName(local string) bool {
	if strings.IndexByte(local, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(local, "-") {
		if oneOf(part, algorithmParts) {
			return true
		}
	}
	return false
}

// sshExtensions are OpenSSH's protocol and SFTP extensions, named
// "name@openssh.com" like an address (sftp(1), ssh_config(5): "die
// Erweiterung »fsync@openssh.com«"). The project's people have addresses
// there too, so only these names are read as extensions.
var sshExtensions = []string{"fsync", "statvfs", "fstatvfs", "lsetstat", "hardlink", "posix-rename", "limits",
	"expand-path", "copy-data", "home-directory", "users-groups-by-id", "hostkeys", "hostkeys-00", "hostkeys-prove-00",
	"no-more-sessions", "keepalive", "agent-forward", "server-sig-algs", "ext-info-c", "ext-info-s", "kex-strict-c-v00",
	"kex-strict-s-v00", "ping", "publickey-hostbound-v00", "streamlocal-forward", "direct-streamlocal"}

// sshExtension: an extension's name at openssh.com.
func sshExtension(local, domain string) bool {
	return strings.EqualFold(domain, "openssh.com") && oneOf(local, sshExtensions)
}

// densitySuffix is the "2x.png" of "logo@2x.png", an image for high-DPI
// screens: one digit, "x", and an image file extension.
func densitySuffix(domain string) bool {
	return len(domain) > 3 && '1' <= domain[0] && domain[0] <= '9' && domain[1] == 'x' && domain[2] == '.' &&
		oneOf(domain[3:], imageExtensions)
}

var imageExtensions = []string{"png", "jpg", "jpeg", "gif", "webp", "svg", "avif"}

// letterScript remembers whether the letters of a local part or a domain
// so far were CJK (see isCJK): Chinese, Japanese and Korean glue an address
// to the words around it ("我的邮箱是zhang@example.cn", "tanaka@example.jpです"),
// and an address rarely mixes CJK and other letters in one part, so a change
// between the two ends it.
type letterScript uint8

const (
	noLetterYet letterScript = iota
	cjkLetters
	otherLetters
)

// same records r's script and reports whether it is the one seen so far;
// digits and punctuation belong to any.
func (sc *letterScript) same(r rune) bool {
	if r < utf8.RuneSelf && !isASCIILetter(byte(r)) {
		return true
	}
	now := otherLetters
	if isCJK(r) {
		now = cjkLetters
	}
	if *sc == noLetterYet {
		*sc = now
	}
	return *sc == now
}

func isLocalRune(r rune) bool {
	switch r {
	case '.', '_', '%', '+', '-':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isDomainRune(r rune) bool {
	return r == '.' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// validDomain wants some non-leading dot followed by two letters, e.g. the
// ".co" of "mail.example.co.uk" or the ".中国" of an IDN.
func validDomain(d string) bool {
	for i := 1; i < len(d); i++ {
		if d[i] != '.' || d[i-1] == '.' {
			continue
		}
		r1, n := utf8.DecodeRuneInString(d[i+1:])
		r2, _ := utf8.DecodeRuneInString(d[i+1+n:])
		if unicode.IsLetter(r1) && unicode.IsLetter(r2) {
			return true
		}
	}
	return false
}

// spacedAddress reads an address that OCR or a careful typist wrote with a
// space on each side of its "@" ("petra.svobodova @ seznam.cz"), after an
// e-mail label on its line ("E-mail : "): without the label, " @ " is a
// mention or a time ("ping me @ 5pm").
func spacedAddress(s string, at, atLen, floor int) (span, bool) {
	if atLen != 1 || at < 2 || at+2 >= len(s) || s[at-1] != ' ' || s[at+1] != ' ' {
		return span{}, false
	}
	start := at - 1
	for start > floor {
		r, n := utf8.DecodeLastRuneInString(s[floor:start])
		if !isLocalRune(r) {
			break
		}
		start -= n
	}
	end := at + 2
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !isDomainRune(r) {
			break
		}
		end += n
	}
	for end > at+2 && (s[end-1] == '.' || s[end-1] == '-') {
		end--
	}
	if start == at-1 || !validDomain(s[at+2:end]) || !emailLabelBefore(s, start) {
		return span{}, false
	}
	return span{start, end}, true
}

// emailLabels are the words that label an e-mail address in a form.
var emailLabels = []string{"email", "e-mail", "mail", "courriel", "correo", "e-posta", "epost", "e-post", "sähköposti", "邮箱", "メール", "이메일"}

// emailLabelBefore: an e-mail label, a colon perhaps, and spaces stand
// just before i.
func emailLabelBefore(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ':' || s[j-1] == '\t') {
		j--
	}
	for _, l := range emailLabels {
		if j >= len(l) && hasSuffixFold(s[:j], l) && (j == len(l) || !isWordByte(s[j-len(l)-1])) {
			return true
		}
	}
	return false
}
