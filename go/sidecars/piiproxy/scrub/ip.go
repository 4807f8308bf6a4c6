package scrub

import (
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findIPs finds IPv4 dotted quads with valid octets and no leading zeros
// ("203.0.113.7", and the port stays: "10.0.0.1:8080" -> "<IP_1>:8080")
// and IPv6 addresses with at least three groups ("2001:db8::8a2e:370:7334").
// Addresses that name no host are left: loopback, multicast, netmasks and
// networks in CIDR notation ("10.0.0.0/8"; see notHost and network). A quad
// inside a longer dotted token ("1.2.3.4.5", "v1.2.3.4") or right after a
// word that announces a version or a numbering ("firmware 2.0.1.12",
// "Version: 1.2.3.4", "section 4.2.1.3") or a User-Agent product token
// ("Chrome/120.0.0.0") is not an address; "12:30:45" and "::2" (a Python
// slice) are not IPv6.
func findIPs(s string) []span {
	var out []span
	if strings.IndexByte(s, '.') >= 0 && countDigits(s) >= 4 {
		out = findIPv4(s)
	}
	if strings.Count(s, ":") >= 2 {
		if v6 := findIPv6(s); len(v6) > 0 {
			out = mergeSpans(out, v6)
		}
	}
	return out
}

func findIPv4(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !ipv4StartOK(s, i) {
			continue
		}
		var quad [4]byte
		j, ok := i, true
		for part := 0; part < 4 && ok; part++ {
			if part > 0 {
				if j >= len(s) || s[j] != '.' {
					ok = false
					break
				}
				j++
			}
			start := j
			v := 0
			for j < len(s) && isDigit(s[j]) && j-start < 4 {
				v = v*10 + int(s[j]-'0')
				j++
			}
			n := j - start
			ok = n >= 1 && n <= 3 && v <= 255 && !(n > 1 && s[start] == '0')
			quad[part] = byte(v)
		}
		if !ok || !numberEndOK(s, j) || debianVersion(s, i, j) {
			continue
		}
		a := netip.AddrFrom4(quad)
		if !notHost(a) && !network(s, j, a) && !afterVersionWord(s, i) && !listedSection(s, i) && !afterProductToken(s, i) &&
			!headingNumber(s, i, j) && !contentsEntry(s, i, j) && !sectionListEntry(s, i) && !sinceRelease(s, i) &&
			!rfcSection(s, i) {
			out = append(out, span{i, j})
			i = j - 1
		}
	}
	return out
}

// rfcSection says whether the quad at s[i] numbers a section of an RFC
// named just before it, as comments in protocol code cite them: "RFC 5280,
// 4.2.1.12", "RFC 5280 4.2.1.4", "RFC 4.2.1.2".
func rfcSection(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k > 0 && s[k-1] == ',' {
		k--
	}
	d := k
	for k > 0 && isDigit(s[k-1]) && d-k < 5 {
		k--
	}
	for d > k && k > 0 && s[k-1] == ' ' {
		k--
	}
	if d > k && oneOf(strings.TrimSpace(s[k:d]), addressRFCs) {
		return false
	}
	return k >= 3 && strings.EqualFold(s[k-3:k], "rfc") && (k == 3 || !isASCIILetter(s[k-4]))
}

// addressRFCs set apart ranges of addresses, so "RFC 1918 10.1.2.3" names
// an address of that range, not a section.
var addressRFCs = []string{"1918", "3927", "5737", "6598", "6890"}

// debianVersion says whether the quad s[i:j] is a package's version as
// Debian's changelogs, dpkg.log and apt's history write them: with a
// "+" or "~" suffix ("2.3.3.4+dfsg-1.1", "1:4.1.4.2+svn3283-3",
// "1.2.3.4~rc1"), after a relation of a dependency (">= 1.2.99.3"), or
// after a package name qualified by its architecture ("status installed
// libboost-dev:amd64 1.74.0.3", "pkg:amd64 <none> 1.74.0.3").
func debianVersion(s string, i, j int) bool {
	if j+1 < len(s) && (s[j] == '+' || s[j] == '~') && (isASCIILetter(s[j+1]) || isDigit(s[j+1])) {
		return true
	}
	if i < 2 {
		return false
	}
	k := i
	if s[k-1] == ':' && isDigit(s[k-2]) && (k == 2 || !isWordByte(s[k-3]) && s[k-3] != '.') {
		k -= 2 // an epoch: "(>= 1:1.0.99.4)"
	}
	if versionRelation(s, k) {
		return true
	}
	if s[i-1] != ' ' && s[i-1] != '(' {
		return false
	}
	if i >= 7 && s[i-7:i] == "<none> " { // dpkg.log: "install pkg:amd64 <none> 1.74.0.3"
		return true
	}
	k = i - 1
	if s[k] == '(' && k > 0 && s[k-1] == ' ' {
		k-- // apt's history.log: "Install: pkg:amd64 (1.74.0.3, automatic)"
	}
	e := k
	for k > 0 && (isASCIILetter(s[k-1]) || isDigit(s[k-1])) {
		k--
	}
	return k > 0 && s[k-1] == ':' && oneOf(s[k:e], debianArchs) && k >= 2 && isWordByte(s[k-2])
}

// versionRelation says whether a relation that compares versions in
// Debian's dependencies and changelogs ends at s[k], perhaps with a space:
// "libxext-dev (>= 1:1.0.99.4)", "dependencies to >= 1.2.99.3", "(= 2.0.1.4)".
func versionRelation(s string, k int) bool {
	if k > 0 && s[k-1] == ' ' {
		k--
	}
	if k < 2 {
		return false
	}
	switch s[k-2 : k] {
	case ">=", "<=", ">>", "<<", "(=":
		return true
	}
	return false
}

// debianArchs are the architecture qualifiers of Debian's package names.
var debianArchs = []string{"all", "amd64", "arm64", "armhf", "armel", "i386", "ppc64el", "s390x", "riscv64",
	"mips64el", "loong64"}

// versionWords announce a version number, in the languages the secret
// detector's key names cover and a few more, or the number of a section,
// a figure or an OID in a manual.
var versionWords = map[string]bool{
	"v": true, "ver": true, "version": true, "versions": true, "release": true, "build": true, "firmware": true,
	"fw": true, "rev": true, "revision": true, "patch": true, "versão": true, "versión": true, "versione": true,
	"versie": true, "versionsnummer": true, "wersja": true, "версия": true, "版本": true,
	"نسخه": true, "نسخهٔ": true, "ورژن": true, "نسخة": true, "إصدار": true, "الإصدار": true, "الاصدار": true,
	"संस्करण": true, "वर्ज़न": true, "เวอร์ชัน": true, "バージョン": true, "버전": true, "sürüm": true, "verze": true,
	"standards": true, // Debian's "Standards-Version": "bump standards to 4.4.0.1"
	// numbering in manuals
	"section": true, "sec": true, "chapter": true, "clause": true, "§": true, "figure": true, "fig": true, "table": true,
	"step": true, "appendix": true, "paragraph": true, "para": true, "item": true, "oid": true, "kapitel": true,
	"sections": true, "secs": true, "chapters": true, "clauses": true, "§§": true, "figures": true, "tables": true,
	"steps": true, "appendices": true, "paragraphs": true,
	"abschnitt": true, "chapitre": true, "capítulo": true, "sección": true,
	// the same words in the translated manuals of the fifteenth round
	// (Debian's localised man pages and guides: "Secção 6.2.4.3", "第
	// 6.2.4.3 节" is read by its "第" below)
	"secção": true, "seção": true, "sezione": true, "capitolo": true, "paragrafo": true, "sectie": true,
	"hoofdstuk": true, "rozdział": true, "punkt": true, "kapitola": true, "oddíl": true, "раздел": true,
	"глава": true, "розділ": true, "avsnitt": true, "afsnit": true, "luku": true, "bölüm": true, "mục": true,
	"chương": true, "fejezet": true, "章": true, "节": true, "節": true, "절": true, "第": true,
	// what a version numbers, said after it ("la versión del software
	// 2.3.1.7", the fourteenth blind table)
	"software": true, "kernel": true, "bios": true, "driver": true,
}

// afterVersionWord says whether the word before s[i] announces a version.
// Spaces and a little punctuation may stand between them ("Version:
// 1.2.3.4", `"version": "1.2.3.4"`, `AssemblyVersion("1.0.0.0")`,
// "<FileVersion>2.1.0.0", "Sec. 4.2.1.3"), and of a compound name the last
// component counts.
//
// Between them may stand up to two connecting words ("Bump
// Standards-Version to 4.6.0.1", "standards-version updated to 4.6.2.0",
// "upgrades from versions before 2.1.8.2"), and a hyphen ("rfc5280#
// section-4.1.2.4", as URLs name a section).
func afterVersionWord(s string, i int) bool {
	word, start := versionWordBefore(s, i)
	if versionWords[strings.ToLower(word)] {
		return true
	}
	if word == "of" {
		prev, _ := versionWordBefore(s, start)
		return strings.EqualFold(prev, "as") // a release as a date: "Deprecated as of 1.0.56.55 in May 2012"
	}
	for n := 0; n < 2 && versionConnectors[word]; n++ {
		word, start = versionWordBefore(s, start)
		if oneOf(word, connectedVersionWords) {
			return true
		}
	}
	return false
}

// versionConnectors stand between a version word and its number; of the
// version words only those in connectedVersionWords may stand before them,
// since "deploy the build to 10.0.0.5" and "release from 10.0.0.5" name
// hosts.
var versionConnectors = map[string]bool{"to": true, "updated": true, "bumped": true, "before": true, "is": true}

var connectedVersionWords = []string{"version", "versions", "standards"}

// versionWordBefore returns the word that ends before s[i], as
// afterVersionWord reads it (the last component of a compound name), and
// where the run of letters it ends starts.
func versionWordBefore(s string, i int) (string, int) {
	j, marks := i, 0 // HTML's no-break space ("Abschnitt\u00a06.2.4.3") is a space in the folded copy read here
	for j > 0 && marks <= 3 {
		if strings.IndexByte(` :=#"'(>.-,;|`, s[j-1]) < 0 { // ",", ";" and "|" separate a CSV's or a table's cells
			break
		}
		if s[j-1] != ' ' {
			marks++
		}
		j--
	}
	end := j
	for j > 0 && end-j <= 64 && (isASCIILetter(s[j-1]) || s[j-1] == '_' || s[j-1] >= 0x80) {
		j--
	}
	if strings.HasSuffix(s[j:end], "第") { // the ordinal prefix: "第 6.2.4.3 节", "第6.2.4.3节"
		return "第", j
	}
	last, _ := lastComponents(s[j:end])
	if len(last) > len("versionsnummer") {
		return "", j
	}
	return last, j
}

// headingNumber says whether the quad s[i:j] numbers a heading: it opens
// its line, after nothing but indentation or Markdown's "#" marks, and a
// title follows it ("1.3.6.1 Overview", "### 4.2.1.3 Rate limits",
// "10.2.3.4 Konfiguracja serwera"). A hosts file or a log line that starts
// with an address goes on with a host name ("10.0.0.5 db.internal db",
// "192.168.1.10 Server01"), a "-" or a lower-case word; a title is a
// capitalised word of letters alone (or of a script without case, such as
// Han) that ends the line or is followed by a space.
func headingNumber(s string, i, j int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t' || s[k-1] == '#') {
		k--
	}
	if k > 0 && s[k-1] != '\n' {
		return false
	}
	dotted := false
	if j < len(s) && s[j] == '.' {
		j++ // "1.3.6.1. Overview"
		dotted = true
	}
	if j+1 >= len(s) || s[j] != ' ' { // or a no-break space, as an HTML table of contents has: a space when folded
		return false
	}
	j++
	first, _ := utf8.DecodeRuneInString(s[j:])
	if dotted && unicode.IsLetter(first) {
		// A table of contents numbers its entries with a dot after the
		// number, and a title need not be capitalised ("6.2.4.1. exim4 的配置",
		// "12.6.2.1. make install"); no hosts file or log line puts ". "
		// after an address at the start of a line.
		return true
	}
	if !unicode.IsUpper(first) && !isCJK(first) {
		return false
	}
	e := j
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		e += n
	}
	if e-j < 2 || !capitalised(s[j:e]) && !isCJK(first) {
		return false
	}
	return e == len(s) || s[e] == ' ' || s[e] == '\n' || s[e] == '\r' || s[e] == ':'
}

// listedSection says whether the quad at s[i] is the second of a list of
// section numbers after a section word: "see sections 2.4.2 and 9.1.2.3",
// "Sections 4.1.2.3, 4.1.2.4" (CLIPS's guide; SWIG's and gri's manuals
// number four levels deep). The number before the connector is dotted
// digits that a section word announces, or the list's number before it,
// so "hosts 10.0.0.4 and 10.0.0.5" stay addresses. A list is read back at
// most maxListedSections numbers, so a line of a million quads joined by
// "and" costs linear time, not quadratic.
func listedSection(s string, i int) bool { return listedSectionWithin(s, i, maxListedSections) }

// sectionListConnectors join the numbers of a list of sections.
var sectionListConnectors = []string{" and ", " or ", ", ", " & ", " to ", " through "}

// maxListedSections is the longest list of section numbers read back.
const maxListedSections = 8

func listedSectionWithin(s string, i, depth int) bool {
	if depth == 0 {
		return false
	}
	k := i
	for _, connector := range sectionListConnectors {
		if strings.HasSuffix(s[:i], connector) {
			k = i - len(connector)
			break
		}
	}
	if k == i {
		return false
	}
	start := k
	for start > 0 && (isDigit(s[start-1]) || s[start-1] == '.') {
		start--
	}
	return start < k && isDigit(s[start]) && strings.Contains(s[start:k], ".") &&
		(afterVersionWord(s, start) || listedSectionWithin(s, start, depth-1))
}

// contentsEntry says whether the quad s[i:j] numbers an entry of a table of
// contents: it opens its line and the line ends in dot leaders and a page
// number ("9.3.50.12 set line cap ... 124", "36.7.3.1 "in" typemap .....
// 512"), whatever the title's case; no log line or hosts file ends so.
func contentsEntry(s string, i, j int) bool {
	if !opensLine(s, i) {
		return false // not the line's first field; read before the line's end is sought, so each line is read once
	}
	line := strings.TrimRight(lineAt(s, j), " \t\r")
	digits := digitsStart(line, len(line))
	if digits == len(line) || len(line)-digits > 5 {
		return false
	}
	dots := 0
	for k := digits - 1; k >= 0 && (line[k] == '.' || line[k] == ' '); k-- {
		if line[k] == '.' {
			dots++
		}
	}
	return dots >= 3
}

// sectionListEntry says whether the quad at s[i], opening its line, is an
// entry of a list of numbered sections: the lines above it open with
// quads of the same first two numbers, up to one that opens with a number
// of two or three parts of those numbers ("28.3.2 Embedded Webkit" over
// "28.3.2.1 Mac OS X" and "28.3.2.2 GTK"; a chapter's list of its sections
// in SWIG's manual, whose titles are any case: "36.4.2.1 shared_ptr
// basics"), or the lines below it do, down to such a number. A hosts file
// or a routing table lists addresses alone, never a number of fewer parts.
func sectionListEntry(s string, i int) bool {
	if !opensLine(s, i) {
		return false
	}
	prefix := dottedPrefix(s[i:], 2)
	if prefix == "" {
		return false
	}
	return sectionListEnds(s, i, prefix, previousLineStart) || sectionListEnds(s, i, prefix, nextLineStart)
}

// sectionListEnds walks the lines from the one holding s[i], each found by
// step, while they open with quads of prefix, and says whether the walk
// ends at a number of two or three parts with that prefix: the list's head
// above ("28.3.2 Embedded Webkit") or, for a text cut inside the list (a
// chunk, a page), the next section below ("35.7.7 Typemap variables" under
// "35.7.6.18 globalin typemap"). At most maxSectionListLines lines are read.
func sectionListEnds(s string, i int, prefix string, step func(string, int) int) bool {
	for n, ls := 0, i; n < maxSectionListLines; n++ {
		ls = step(s, ls)
		if ls < 0 {
			return false
		}
		line := strings.TrimLeft(s[ls:], " \t")
		if !strings.HasPrefix(line, prefix) {
			return false
		}
		switch parts := dottedParts(line); parts {
		case 2, 3:
			return true
		case 4:
			continue
		default:
			return false
		}
	}
	return false
}

// maxSectionListLines bounds how far sectionListEnds reads either way.
const maxSectionListLines = 16

// opensLine: only indentation stands before s[i] on its line.
func opensLine(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	return k == 0 || s[k-1] == '\n'
}

// previousLineStart is where the non-blank line before the one holding
// s[i] starts (-1 for none); i is at or after its own line's start.
func previousLineStart(s string, i int) int {
	end := strings.LastIndexByte(s[:i], '\n')
	for end > 0 {
		start := strings.LastIndexByte(s[:end], '\n') + 1
		if strings.TrimSpace(s[start:end]) != "" {
			return start
		}
		end = start - 1
	}
	return -1
}

// nextLineStart is where the non-blank line after the one holding s[i]
// starts (-1 for none).
func nextLineStart(s string, i int) int {
	for {
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			return -1
		}
		i += nl + 1
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s) - i
		}
		if strings.TrimSpace(s[i:i+end]) != "" {
			return i
		}
	}
}

// dottedPrefix is the first n numbers of the dotted number t opens with,
// with the dot after them ("28.3." of "28.3.2.1 Mac OS X"), or "".
func dottedPrefix(t string, n int) string {
	k := 0
	for part := 0; part < n; part++ {
		start := k
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k == start || k >= len(t) || t[k] != '.' {
			return ""
		}
		k++
	}
	return t[:k]
}

// dottedParts counts the numbers of the dotted number t opens with, when
// a space or a dot and a space follow it ("28.3.2 Embedded", "5.4. Tables"),
// else 0.
func dottedParts(t string) int {
	parts, k := 0, 0
	for {
		start := k
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k == start {
			return 0
		}
		parts++
		if k < len(t) && t[k] == '.' && k+1 < len(t) && isDigit(t[k+1]) {
			k++
			continue
		}
		if k < len(t) && t[k] == '.' {
			k++
		}
		if k < len(t) && t[k] == ' ' {
			return parts
		}
		return 0
	}
}

// sinceWords say "since", "until" or "before" in the languages of the
// translated manuals: "(since dpkg 1.15.5.4)", "(seit Dpkg 1.15.8.6)",
// "(przed Linuksem 2.4.9.2)", "(до Linux 2.4.9.2)". "from" and "after" are
// left out: "from host 10.0.0.5" names an address.
var sinceWords = map[string]bool{
	"since": true, "until": true, "before": true, "seit": true, "bis": true, "depuis": true, "avant": true,
	"desde": true, "hasta": true, "antes": true, "dalla": true, "dal": true, "fino": true, "prima": true,
	"sinds": true, "vóór": true, "przed": true, "до": true, "до:": true, "начиная": true, "sedan": true, "före": true,
	"innan": true, "siden": true, "før": true, "indtil": true, "ennen": true, "óta": true, "előtt": true, "kể": true,
	"trước": true, "від": true, "sejak": true, "sebelum": true, "önce": true, "itibaren": true,
}

// hostWords name the thing an address belongs to, or are an article or a
// word of time, so that "since server 10.0.0.5 went down", "seit gestern
// 10.0.0.5 nicht erreichbar" and "seit dem 10.0.0.5 …" stay addresses.
var hostWords = []string{"host", "server", "servidor", "serveur", "rechner", "node", "ip", "address", "adresse",
	"gateway", "router", "client", "machine", "maschine", "сервер", "хост", "адрес", "peer", "proxy", "dns",
	"the", "a", "der", "die", "das", "dem", "den", "le", "la", "les", "l", "el", "il", "lo", "de", "het", "een",
	"today", "yesterday", "now", "then", "heute", "gestern", "jetzt", "aujourd", "hier", "hoy", "ayer", "oggi", "ieri",
	"vandaag", "gisteren", "dzisiaj", "wczoraj", "сегодня", "вчера", "idag", "igår", "boot", "reboot", "restart"}

// sinceRelease says whether the quad at s[i] is a release of the program
// named just before it, after a word for "since", "until" or "before": a
// manual's "(since dpkg 1.15.5.4)", in any of its translations.
func sinceRelease(s string, i int) bool {
	prog, j := releaseWordBefore(s, i)
	if prog == "" || oneOf(prog, hostWords) {
		return false
	}
	since, _ := releaseWordBefore(s, j)
	return sinceWords[strings.ToLower(since)]
}

// releaseWordBefore returns the word that ends before s[i] with only spaces
// (a no-break space among them, folded), a line break or a "(" between, and
// where it starts.
func releaseWordBefore(s string, i int) (string, int) {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' || s[i-1] == '(') {
		i--
	}
	end := i
	for i > 0 && end-i <= 32 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) && r != '-' {
			break
		}
		i -= n
	}
	return s[i:end], i
}

// afterProductToken says whether s[i] follows a product token of a
// User-Agent or Server header, a capitalised word and a "/" as in
// "Chrome/120.0.0.0" or "Version/17.1.2.0": that is a version. A path such
// as "/hosts/10.0.0.1" or a URL's "//" is not a product token.
func afterProductToken(s string, i int) bool {
	w := asciiWordBefore(s, i, '/')
	j := i - 1 - len(w)
	return w != "" && isUpper(w[0]) && (j == 0 || s[j-1] == ' ' || s[j-1] == '(' || s[j-1] == '"')
}

// asciiWordBefore is the run of ASCII letters that ends right before the
// byte sep at s[i-1] ("product" in "product name:" with sep ' ', "Chrome"
// in "Chrome/120" with sep '/'), or "" when sep or the letters are missing.
func asciiWordBefore(s string, i int, sep byte) string {
	if i < 2 || s[i-1] != sep {
		return ""
	}
	j := i - 1
	for j > 0 && isASCIILetter(s[j-1]) {
		j--
	}
	return s[j : i-1]
}

// notHost is an address that names no one: loopback, "this network"
// (0.0.0.0/8: "listen 0.0.0.0:8080", an ACL's wildcard mask 0.0.0.255),
// multicast groups ("224.0.0.251", "ff02::1:2") and netmasks
// ("255.255.255.0"). The second test is a netmask's: its zero bits, if
// any, are a run at the end.
func notHost(a netip.Addr) bool {
	if a.IsLoopback() || a.IsMulticast() || a.IsUnspecified() {
		return true
	}
	if !a.Is4() {
		return false
	}
	b := a.As4()
	inv := ^(uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]))
	return b[0] == 0 || (b[0] == 255 && inv&(inv+1) == 0)
}

// network reports whether the address a, written up to s[j], is followed by
// a prefix length that leaves it no host bits ("10.0.0.0/8",
// "2001:db8:abcd::/48"): a range in a firewall rule or a VPC plan. A /32
// or /128 is a single host.
func network(s string, j int, a netip.Addr) bool {
	if j >= len(s) || s[j] != '/' {
		return false
	}
	k, bits := j+1, 0
	for k < len(s) && isDigit(s[k]) && k-j <= 3 {
		bits = bits*10 + int(s[k]-'0')
		k++
	}
	if k == j+1 || bits >= a.BitLen() || !numberEndOK(s, k) {
		return false
	}
	p, err := a.Prefix(bits)
	return err == nil && p.Addr() == a
}

// ipv4StartOK is numberStartOK without its hyphen rule: "host-10.0.0.1" is
// an address, "1.10.0.0.1" is not. A CJK letter is a boundary
// ("服务器IP是192.168.10.20").
func ipv4StartOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !isTokenRune(r)
	}
	return !(isDigit(c) || isASCIILetter(c) || c == '.' || c == '_')
}

func findIPv6(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if !isHexOrColon(s[i]) {
			i++
			continue
		}
		j, colons := i, 0
		for j < len(s) && isHexOrColon(s[j]) {
			if s[j] == ':' {
				colons++
			}
			j++
		}
		if colons >= 2 && validIPv6(s, i, j) {
			out = append(out, span{i, j})
		}
		i = j
	}
	return out
}

func validIPv6(s string, i, j int) bool {
	if i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == '_' || s[i-1] == '.') {
		return false
	}
	if j < len(s) && (isASCIILetter(s[j]) || s[j] == '_' || (s[j] == '.' && !numberEndOK(s, j))) {
		return false // "::ffff:192.0.2.1" is read as IPv4; a full stop ends a sentence
	}
	cand := s[i:j]
	groups := 0
	for _, g := range strings.Split(cand, ":") {
		if g != "" {
			groups++
		}
	}
	if groups < 3 {
		return false
	}
	a, err := netip.ParseAddr(cand)
	return err == nil && a.Is6() && !notHost(a) && !network(s, j, a)
}

func isHexOrColon(c byte) bool {
	return isDigit(c) || c == ':' || ('a' <= c|0x20 && c|0x20 <= 'f')
}

// mergeSpans merges two sorted span lists, dropping any span of b that
// overlaps one of a.
func mergeSpans(a, b []span) []span {
	out := make([]span, 0, len(a)+len(b))
	k := 0
	for _, sb := range b {
		for k < len(a) && a[k].end <= sb.start {
			out = append(out, a[k])
			k++
		}
		if k < len(a) && a[k].start < sb.end {
			continue
		}
		out = append(out, sb)
	}
	return append(out, a[k:]...)
}
