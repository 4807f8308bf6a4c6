package scrub

import "strings"

// X12 EDI, the format of US health claims (837), enrolments (834) and
// eligibility inquiries (270/271), which claims engineers paste to ask why
// a payer rejected a file, carries a member's data in segments of fixed
// elements, "*" between elements and "~" after each segment:
// "NM1*IL*1*GARCIA*MARIA*L***MI*XOH739164028~", "N3*1186 ALDER CREEK DR~",
// "DMG*D8*19790722*F~", "PER*IP**HP*5035550148~". Like HL7 (hl7.go) they
// are read by position, as no word around them cues a detector.

// x12Spans returns the values of kind k in the X12 segments of s: the
// family and given names of a person's NM1 (its entity type "1"; an
// organisation's, "2", stays) and its id after the qualifier MI (member
// id) or 34 (SSN); a REF's SSN (SY), subscriber number (0F, an SSN when it
// has nine digits) or member id (1W); N3's street lines; DMG's birth date
// (D8 format); PER's phone numbers (TE, HP, CP, WP).
func x12Spans(s string, k Kind) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '~')
		if le < 0 {
			break
		}
		le += ls
		seg := strings.TrimLeft(s[ls:le], " \t\r\n")
		start := le - len(seg)
		out = appendX12Segment(out, s, start, seg, k)
		ls = le + 1
	}
	return out
}

// appendX12Segment appends the values of kind k of the segment seg, which
// starts at s[start].
func appendX12Segment(out []span, s string, start int, seg string, k Kind) []span {
	name, _, _ := strings.Cut(seg, "*")
	if name != "NM1" && name != "REF" && name != "N3" && name != "DMG" && name != "PER" {
		return out
	}
	var bounds [maxX12Elements + 1]span // where each element starts and ends in s
	n := 0
	for p := start; n < len(bounds); n++ {
		e := strings.IndexByte(s[p:start+len(seg)], '*')
		if e < 0 {
			bounds[n] = span{p, start + len(seg)}
			n++
			break
		}
		bounds[n] = span{p, p + e}
		p += e + 1
	}
	elems := bounds[:n]
	value := func(i int) string { // "" when absent or masked already
		if i >= len(elems) || strings.IndexByte(s[elems[i].start:elems[i].end], '<') >= 0 {
			return ""
		}
		return s[elems[i].start:elems[i].end]
	}
	switch {
	case name == "NM1" && value(2) == "1":
		if k == Name {
			for _, n := range [...]int{3, 4} {
				if v := value(n); v != "" && countDigits(v) == 0 && strings.IndexFunc(v, isWordRune) >= 0 {
					out = append(out, elems[n])
				}
			}
		}
		if id := value(9); id != "" && x12IDKind(value(8), id) == k {
			out = append(out, elems[9])
		}
	case name == "REF" && (value(1) == "0F" || value(1) == "1W" || value(1) == "SY"):
		qualifier := "34" // an SSN's: an 834's subscriber number (0F) is the subscriber's SSN when it has its nine digits
		if value(1) == "1W" {
			qualifier = "MI"
		}
		if id := value(2); id != "" && x12IDKind(qualifier, id) == k {
			out = append(out, elems[2])
		}
	case name == "N3" && k == Address:
		for n := 1; n < len(elems); n++ {
			if v := value(n); houseNumberIn(v) && strings.IndexFunc(v, isWordRune) >= 0 {
				out = append(out, elems[n])
			}
		}
	case name == "DMG" && k == DateOfBirth && value(1) == "D8" && len(elems) > 2:
		if sp := elems[2]; sp.end-sp.start == 8 {
			if _, ok := hl7Date(s, sp.start, sp.end); ok {
				out = append(out, sp)
			}
		}
	case name == "PER" && k == Phone:
		for n := 3; n+1 < len(elems); n += 2 {
			if q := value(n); (q == "TE" || q == "HP" || q == "CP" || q == "WP") && countDigits(value(n+1)) >= 10 {
				out = append(out, elems[n+1])
			}
		}
	}
	return out
}

// maxX12Elements is the most elements of a segment read: NM1's id is
// its ninth.
const maxX12Elements = 12

// x12IDKind is the kind of an id after its qualifier: an SSN after "34"
// when it has nine digits, else a person's number (member id, subscriber
// number).
func x12IDKind(qualifier, id string) Kind {
	if !isAlnumWord(id) || len(id) < 6 || countDigits(id) < 4 {
		return numKinds
	}
	if qualifier == "34" && len(id) == 9 && countDigits(id) == 9 {
		return SSN
	}
	return NationalID
}
