package scrub

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// Chat exports put the sender's name after each message's timestamp, in
// the layout of their app (the sixth blind table, realworld6_test.go):
//
//	[27.11.26, 18:42:10] Jörg Müller: Kannst du …     WhatsApp on iOS
//	[14:02] Callum Fraser: is it still on?            Slack, Discord, Teams copied with the time only
//	28/11/26 09.14 - Budi Santoso: nomor saya …       WhatsApp on Android
//	09:14<TAB>田中花子<TAB>明日の件 …                   LINE
//	2026년 11월 28일 오전 9:14, 박지훈 : 제 번호는 …      KakaoTalk
//	28/11/2026 09:14 สมชาย ใจดี: โทรหาผม …              a day-first date, a time, a name and a colon
//
// The last layout is also a log line's and an agenda's ("28/11/2026 09:14
// Backup: done", "15/03/2024 10:30 Meeting: budget"), so there only a name
// in a script without letter case is taken; a log line with an ISO date
// ("2026-11-28 10:15:32 ERROR …") matches none of them. A sender is often
// named by the given name alone, so one capitalised word will do in the
// apps' own layouts. With the time alone in brackets a log line looks the
// same ("[14:02:11] Backup: done"), so there a word of the sender's name
// must be a given or a family name of the lists ("[09:14] Magda:",
// "[14:03] Kirsty Baird:").

// logLevels are the words a log line puts where a chat export puts the sender.
var logLevels = map[string]bool{"trace": true, "debug": true, "info": true, "information": true, "notice": true,
	"warn": true, "warning": true, "error": true, "err": true, "fatal": true, "critical": true, "crit": true,
	"alert": true, "emerg": true, "emergency": true, "severe": true, "fine": true, "finer": true, "finest": true,
	"config": true, "success": true, "failure": true, "failed": true, "status": true, "note": true, "system": true}

// namesInChats finds the senders' names on the lines of chat exports.
func namesInChats(s string) []span {
	var out []span
	for start := 0; start < len(s); {
		line := lineAt(s, start)
		if len(line) > 8 && (line[0] == '[' || isDigit(line[0])) {
			if sp, ok := chatSender(s, start, start+len(line)); ok {
				out = append(out, sp)
			}
		}
		start += len(line) + 1
	}
	return out
}

// chatSender reads the sender of the chat line s[ls:le].
func chatSender(s string, ls, le int) (span, bool) {
	i := ls
	var stop string // what ends the name
	dayFirstLog, timeOnly := false, false
	bracketedTime := -1 // where a time right after a "[" ends
	if s[i] == '[' {
		bracketedTime = chatTime(s, i+1)
	}
	switch {
	case bracketedTime > 0 && strings.HasPrefix(s[bracketedTime:], "] "): // [14:02] Name:
		i, stop, timeOnly = bracketedTime+2, ":", true
	case s[i] == '[': // [27.11.26, 18:42:10] Name:
		k := chatDate(s, i+1)
		if k < 0 || !strings.HasPrefix(s[k:], ", ") {
			return span{}, false
		}
		if k = chatTime(s, k+2); k < 0 || !strings.HasPrefix(s[k:], "] ") {
			return span{}, false
		}
		i, stop = k+2, ":"
	case strings.Contains(s[i:min(le, i+24)], "년 "): // 2026년 11월 28일 오전 9:14, Name :
		k := koreanChatStamp(s, i)
		if k < 0 {
			return span{}, false
		}
		i, stop = k, " : "
	default:
		if k := chatTime(s, i); k > 0 && k < le && s[k] == '\t' { // 09:14<TAB>Name<TAB>
			i, stop = k+1, "\t"
			break
		}
		k := chatDate(s, i)
		if k < 0 {
			return span{}, false
		}
		if k < le && s[k] == ',' {
			k++
		}
		if k >= le || s[k] != ' ' {
			return span{}, false
		}
		if k = chatTime(s, k+1); k < 0 {
			return span{}, false
		}
		switch {
		case strings.HasPrefix(s[k:], " - "): // 28/11/26 09.14 - Name:
			i, stop = k+3, ":"
		case k < le && s[k] == ' ' && dayFirst(s[ls:]): // 28/11/2026 09:14 Name:
			i, stop, dayFirstLog = k+1, ":", true
		default:
			return span{}, false
		}
	}
	e := strings.Index(s[i:le], stop)
	if e <= 0 || e > 64 {
		return span{}, false
	}
	name := s[i : i+e]
	if stop == ":" && (i+e+1 >= len(s) || s[i+e+1] != ' ') {
		return span{}, false // "Name: text"; a time or a URL has no space after its colon
	}
	if dayFirstLog && !caselessNameText(name) || !nameText(name, 1, false) || logLevels[strings.ToLower(name)] {
		return span{}, false // a capitalised word there is as often a log's component or an agenda's item
	}
	if timeOnly && (!listedNamePart(name) || speakerRoles[strings.ToLower(name)]) {
		return span{}, false // "[14:02:11] Backup: done", "[14:06] Build Server: failed", "[00:07:02] Caller:"
	}
	return span{i, i + e}, true
}

// speakerRoles name a transcript's or a chat's speaker by their part, and
// some are family names too ("Caller", "Host", "Guest").
var speakerRoles = map[string]bool{"caller": true, "agent": true, "customer": true, "client": true, "speaker": true,
	"interviewer": true, "interviewee": true, "host": true, "guest": true, "operator": true, "support": true,
	"moderator": true, "user": true, "assistant": true, "bot": true, "admin": true, "doctor": true, "nurse": true,
	"patient": true, "teacher": true, "student": true, "me": true, "you": true}

// listedNamePart: a word of name is a given or a family name of the lists.
func listedNamePart(name string) bool {
	for word := range strings.FieldsSeq(name) {
		if knownGivenForm(word) || knownFamily(word) {
			return true
		}
	}
	return false
}

// chatDate reads a date as chat apps write it at s[i], day or month first
// ("27.11.26", "28/11/2026", "11/28/26"), and returns where it ends, or -1.
func chatDate(s string, i int) int {
	k := i
	for part := 0; part < 3; part++ {
		d := digitsEnd(s, k)
		n := d - k
		if n == 0 || n > 4 || part < 2 && n > 2 || part == 2 && n != 2 && n != 4 {
			return -1
		}
		k = d
		if part < 2 {
			if k >= len(s) || s[k] != '.' && s[k] != '/' && s[k] != '-' {
				return -1
			}
			k++
		}
	}
	return k
}

// chatTime reads "18:42", "18:42:10", "09.14" or "9:14 PM" at s[i], and
// returns where it ends, or -1.
func chatTime(s string, i int) int {
	k := digitsEnd(s, i)
	if k == i || k-i > 2 || k >= len(s) || s[k] != ':' && s[k] != '.' {
		return -1
	}
	sep := s[k]
	for part := 0; part < 2; part++ {
		d := digitsEnd(s, k+1)
		if d-k-1 != 2 {
			if part == 0 {
				return -1
			}
			break
		}
		k = d
		if k >= len(s) || s[k] != sep {
			break
		}
	}
	for _, m := range [...]string{" AM", " PM", " am", " pm"} { // the narrow no-break space before AM is a space, folded
		if strings.HasPrefix(s[k:], m) {
			return k + len(m)
		}
	}
	return k
}

// dayFirst: the line starts with a date whose first part cannot be a
// month or a year ("28/11/2026"), as chat exports in most locales write it
// and log lines do not.
func dayFirst(line string) bool {
	d := digitsEnd(line, 0)
	return d > 0 && d <= 2 && (line[0] > '1' || d == 2 && line[0] == '1' && line[1] > '2')
}

// koreanChatStamp reads KakaoTalk's "2026년 11월 28일 오전 9:14, " at s[i].
func koreanChatStamp(s string, i int) int {
	k := i
	for _, unit := range [...]string{"년 ", "월 ", "일 "} {
		d := digitsEnd(s, k)
		if d == k || !strings.HasPrefix(s[d:], unit) {
			return -1
		}
		k = d + len(unit)
	}
	if !strings.HasPrefix(s[k:], "오전 ") && !strings.HasPrefix(s[k:], "오후 ") {
		return -1
	}
	k = chatTime(s, k+len("오전 "))
	if k < 0 || !strings.HasPrefix(s[k:], ", ") {
		return -1
	}
	return k + 2
}

// encodedDisplayName reads the display name that RFC 2047 encoded words
// write before an address at end ("=?iso-8859-1?Q?Fran=E7ois_Lef=E8vre?=
// <…>", "=?UTF-8?B?5bGx55Sw5aSq6YOO?= <…>"), when its decoded text is a
// name. Charsets other than UTF-8 and Latin-1 are not decoded, and such a
// name is left.
func encodedDisplayName(s string, end int) (span, bool) {
	var decoded string
	start := end
	for {
		e := start
		if e < 4 || s[e-2:e] != "?=" {
			break
		}
		lo := max(0, e-256)
		open := strings.LastIndex(s[lo:e-2], "=?")
		if open < 0 {
			break
		}
		open += lo
		text, ok := decodeEncodedWord(s[open:e])
		if !ok {
			return span{}, false
		}
		decoded = text + decoded
		start = open
		if start > 0 && s[start-1] == ' ' && start >= 3 && s[start-3:start-1] == "?=" {
			start-- // words are joined by white space, which decoding drops
		} else {
			break
		}
	}
	if start == end {
		return span{}, false
	}
	name := strings.TrimSpace(decoded)
	family, given, comma := strings.Cut(name, ", ")
	ok := nameText(name, 2, false) || comma && nameText(family, 1, false) && nameText(given, 1, false)
	return span{start, end}, ok
}

// decodeEncodedWord decodes one "=?charset?Q|B?text?=".
func decodeEncodedWord(w string) (string, bool) {
	parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(w, "=?"), "?="), "?")
	if len(parts) != 3 {
		return "", false
	}
	charset := strings.ToLower(parts[0])
	var raw []byte
	switch strings.ToUpper(parts[1]) {
	case "B":
		b, err := base64.StdEncoding.DecodeString(parts[2])
		if err != nil {
			return "", false
		}
		raw = b
	case "Q":
		t := parts[2]
		for k := 0; k < len(t); k++ {
			switch {
			case t[k] == '_':
				raw = append(raw, ' ')
			case t[k] == '=' && k+2 < len(t) && isHexDigit(t[k+1]) && isHexDigit(t[k+2]):
				raw = append(raw, hexValue(t[k+1])<<4|hexValue(t[k+2]))
				k += 2
			default:
				raw = append(raw, t[k])
			}
		}
	default:
		return "", false
	}
	switch charset {
	case "utf-8", "utf8", "us-ascii":
		return string(raw), utf8.Valid(raw)
	case "iso-8859-1", "iso-8859-15", "latin1", "windows-1252", "cp1252":
		var b strings.Builder
		for _, c := range raw {
			b.WriteRune(rune(c))
		}
		return b.String(), true
	}
	return "", false
}

func hexValue(c byte) byte {
	switch {
	case isDigit(c):
		return c - '0'
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10
	}
	return 0
}
