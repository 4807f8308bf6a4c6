package scrub

import "strings"

// Calendars and directories name people in fields of their own: an
// invitation's organizer and attendees ("ATTENDEE;ROLE=REQ-PARTICIPANT;
// CN=Karim Benali:mailto:…", iCalendar, RFC 5545), and a directory entry's
// name attributes ("cn: Marco Rossi", "sn:", "givenName:", "displayName:"
// in LDIF, RFC 2849) and the people's entries it names in a DN ("dn:
// cn=Martina Krause,ou=…", "manager: CN=Oscar Reyes,OU=…").

// namesInDirectories finds the names of iCalendar's ORGANIZER and ATTENDEE
// lines and of LDIF's person entries.
func namesInDirectories(s string) []span {
	var out []span
	if strings.Contains(s, "ORGANIZER") || strings.Contains(s, "ATTENDEE") {
		out = append(out, calendarNames(s)...)
	}
	if strings.Contains(s, "dn: ") {
		for lo := 0; lo < len(s); { // entries are separated by blank lines
			hi := len(s)
			if k := strings.Index(s[lo:], "\n\n"); k >= 0 {
				hi = lo + k
			}
			if personEntryIn(s[lo:hi]) {
				out = append(out, directoryNames(s, lo, hi)...)
			}
			lo = hi + 2
		}
	}
	return out
}

// calendarNames finds the common name (CN=) of each ORGANIZER and
// ATTENDEE line: quoted ("Lindgren, Maja") or up to the next parameter or
// the value.
func calendarNames(s string) []span {
	var out []span
	for ls, le := range lineBounds(s) {
		line := s[ls:le]
		if !strings.HasPrefix(line, "ORGANIZER;") && !strings.HasPrefix(line, "ATTENDEE;") {
			continue
		}
		k := strings.Index(line, ";CN=")
		if k < 0 {
			continue
		}
		vs := ls + k + len(";CN=")
		ve := vs + strings.IndexAny(s[vs:le]+":", ";:")
		if vs < le && s[vs] == '"' {
			e := strings.IndexByte(s[vs+1:le], '"')
			if e < 0 {
				continue
			}
			vs, ve = vs+1, vs+1+e
		}
		if v := s[vs:ve]; nameText(v, 1, true) || familyCommaGiven(v) {
			out = append(out, span{vs, ve})
		}
	}
	return out
}

// familyCommaGiven: v is "Family, Given", as directories sort people.
func familyCommaGiven(v string) bool {
	family, given, ok := strings.Cut(v, ", ")
	return ok && nameText(family, 1, true) && nameText(given, 1, true)
}

// personEntryIn: the LDIF entry s has a person's object class.
func personEntryIn(s string) bool {
	for _, c := range [...]string{"objectClass: person", "objectClass: inetOrgPerson", "objectClass: user",
		"objectClass: organizationalPerson", "objectClass: posixAccount"} {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// directoryNameAttrs are the LDIF attributes that hold a person's name or
// a part of it.
var directoryNameAttrs = []string{"cn: ", "sn: ", "givenName: ", "displayName: ", "gecos: "}

// directoryNames finds the names of a person's LDIF entry s[lo:hi]: the
// name attributes' values, and the common name that opens the DN of the
// entry ("dn:") and of its manager.
func directoryNames(s string, lo, hi int) []span {
	var out []span
	for ls, le := range lineBounds(s[lo:hi]) {
		ls, le = ls+lo, le+lo
		line := s[ls:le]
		for _, attr := range directoryNameAttrs {
			if strings.HasPrefix(line, attr) && nameText(line[len(attr):], 1, true) {
				out = append(out, span{ls + len(attr), le})
			}
		}
		for _, attr := range [...]string{"dn: cn=", "dn: CN=", "manager: cn=", "manager: CN="} {
			if !strings.HasPrefix(line, attr) {
				continue
			}
			vs := ls + len(attr)
			ve := vs + strings.IndexByte(s[vs:le]+",", ',')
			if nameText(s[vs:ve], 2, true) {
				out = append(out, span{vs, ve})
			}
		}
	}
	return out
}
