package scrub

import "strings"

// HL7 v2 messages, which hospital interface engines log and people paste
// into a prompt to ask what a message means, carry a patient's personal
// data in fixed fields of fixed segments, with no words around them to cue
// a detector: "PID|1||12345^^^HOSP^MR||DOE^JOHN^A||19800101|M|||…". The
// fields are known by their position, so a segment that starts a line and
// has the shape of one is read field by field instead.

// hl7Field is a field of a segment that holds personal data of one kind.
type hl7Field struct {
	segment string
	field   int // the field's number: PID-7 is the 7th after the segment name
	kind    Kind
	xcn     bool // a person with an id first (XCN): "1093817465^PATEL^ANITA", the id (an NPI) stays
}

// hl7PersonFields are the fields masked: a patient's record number (the
// first component of PID-3), name and mother's maiden name (PID-5, PID-6),
// birth date (PID-7), street address (PID-11) and phones (PID-13, PID-14);
// the next of kin's name, address and phones (NK1-2, NK1-4, NK1-5, NK1-6);
// the attending, referring, consulting and admitting doctors (PV1-7, -8,
// -9, -17) and the ordering one (OBR-16, ORC-12); the insured's name
// (IN1-16) and the guarantor's name, street and phone (GT1-3, -5, -6). An
// account number (PID-18) and an SSN (PID-19) are left to the detectors of
// their kinds, which read them without a cue.
var hl7PersonFields = []hl7Field{
	{"PID", 3, NationalID, false}, {"PID", 5, Name, false}, {"PID", 6, Name, false},
	{"PID", 7, DateOfBirth, false}, {"PID", 11, Address, false}, {"PID", 13, Phone, false},
	{"PID", 14, Phone, false}, {"NK1", 2, Name, false}, {"NK1", 4, Address, false}, {"NK1", 5, Phone, false},
	{"NK1", 6, Phone, false}, {"PV1", 7, Name, true}, {"PV1", 8, Name, true}, {"PV1", 9, Name, true},
	{"PV1", 17, Name, true}, {"OBR", 16, Name, true}, {"ORC", 12, Name, true}, {"IN1", 16, Name, false},
	{"GT1", 3, Name, false}, {"GT1", 5, Address, false}, {"GT1", 6, Phone, false},
}

// hl7Segments are the segments hl7PersonFields reads, with their pipe.
var hl7Segments = [...]string{"PID|", "NK1|", "PV1|", "OBR|", "ORC|", "IN1|", "GT1|"}

// withSegments adds to a detector the fields of kind k in the HL7 (this
// file) and X12 (x12.go) segments of a text. A text without a "|" or a "~"
// (most prompts) pays two byte searches.
func withSegments(k Kind, find func(string) []span) func(string) []span {
	return func(s string) []span {
		spans := find(s)
		var more []span
		if strings.IndexByte(s, '|') >= 0 {
			more = hl7Spans(s, k)
		}
		if strings.IndexByte(s, '~') >= 0 && strings.IndexByte(s, '*') >= 0 {
			more = append(more, x12Spans(s, k)...)
		}
		if len(more) == 0 {
			return spans
		}
		return disjoint(append(spans, more...))
	}
}

// hl7Spans returns the values of kind k in the hl7Segments of s.
func hl7Spans(s string, k Kind) []span {
	var out []span
	for _, seg := range hl7Segments {
		for from := 0; ; {
			i := strings.Index(s[from:], seg)
			if i < 0 {
				break
			}
			i += from
			from = i + len(seg)
			if i > 0 && s[i-1] != '\n' && s[i-1] != '\r' {
				continue // a segment starts a line (HL7 ends segments with a carriage return)
			}
			end := len(s)
			if e := strings.IndexAny(s[i:], "\r\n"); e >= 0 {
				end = i + e
			}
			out = appendHL7Fields(out, s, i, end, k)
		}
	}
	return out
}

// maxHL7Field is the last field hl7PersonFields reads.
const maxHL7Field = 17

// appendHL7Fields appends the fields of kind k of the segment s[start:end].
func appendHL7Fields(out []span, s string, start, end int, k Kind) []span {
	var bounds [maxHL7Field + 2]int // bounds[f]: where field f starts (the name is field 0); bounds[f+1]-1 where it ends
	bounds[0] = start
	n := 1
	for p := start + 3; p <= end && n < len(bounds); p++ {
		if p == end || s[p] == '|' {
			bounds[n] = p + 1
			n++
		}
	}
	field := func(f int) (int, int, bool) {
		if f+1 >= n {
			return 0, 0, false
		}
		return bounds[f], bounds[f+1] - 1, true
	}
	name := s[start : start+3]
	if !hl7SegmentShape(s, name, field) {
		return out
	}
	for _, hf := range hl7PersonFields {
		if hf.kind != k || hf.segment != name {
			continue
		}
		a, b, ok := field(hf.field)
		if !ok || a == b || strings.ContainsAny(s[a:b], "<>") {
			continue // absent, empty, or masked already
		}
		for p := a; p < b; { // each repetition ("~"): PID-3 lists an MRN and a national number
			e := p + strings.IndexByte(s[p:b]+"~", '~')
			if hf.xcn {
				out = appendXCNName(out, s, p, e)
			} else if sp, ok := hl7Value(s, p, e, k); ok && p < e {
				out = append(out, sp)
			}
			p = e + 1
		}
	}
	return out
}

// hl7SegmentShape tells a segment from other lines that start with its
// name and a pipe (a pipe-separated table of processes, "PID|USER|…"): its
// set id (field 1) is empty or a number, and for a PID the birth date, when
// there is one, is a date (or masked already). An NK1 has a set id.
func hl7SegmentShape(s, name string, field func(int) (int, int, bool)) bool {
	a, b, ok := field(1)
	if name == "ORC" { // ORC-1 is the order control code ("NW", "CA")
		return ok && b-a == 2 && isASCIILetter(s[a]) && isASCIILetter(s[a+1])
	}
	if !ok || b-a > 4 || digitsEnd(s, a) != b || name == "NK1" && a == b {
		return false
	}
	if name != "PID" {
		return true
	}
	if a, b, ok := field(7); ok && a < b && s[a] != '<' {
		_, ok := hl7Date(s, a, b)
		return ok
	}
	return true
}

// hl7Value reads the value of kind k in the field s[a:b].
func hl7Value(s string, a, b int, k Kind) (span, bool) {
	v := s[a:b]
	switch k {
	case NationalID: // the id, the first component of a CX: "12345^^^HOSP^MR" (of one repetition: appendHL7Fields)
		id := v[:strings.IndexByte(v+"^", '^')]
		return span{a, a + len(id)}, len(id) >= 4 && len(id) <= 20 && countDigits(id) > 0 && isAlnumWord(id)
	case Name: // an XPN, "DOE^JOHN^A": letters, components, repetitions
		return span{a, b}, strings.IndexByte(v, '^') >= 0 && countDigits(v) == 0 && strings.IndexFunc(v, isWordRune) >= 0
	case DateOfBirth:
		return hl7Date(s, a, b)
	case Address: // an XAD's street and other designation: "42 OAK AVE^APT 3^SPRINGFIELD^IL^62704"
		comps := strings.SplitN(v, "^", 3)
		street := len(comps[0])
		if len(comps) > 1 && comps[1] != "" {
			street += 1 + len(comps[1])
		}
		return span{a, a + street}, comps[0] != "" && strings.IndexFunc(comps[0], isWordRune) >= 0
	case Phone: // an XTN, "(217)555-0147" or "^PRN^PH^^1^617^5550199"
		return span{a, b}, countDigits(v) >= 7
	}
	return span{}, false
}

// appendXCNName appends the name of the person in an XCN s[a:b]: the
// components after the id, from the family name to the last non-empty of
// given name, middle name, suffix and prefix ("1093817465^PATEL^ANITA^R^^DR"
// keeps "1093817465^").
func appendXCNName(out []span, s string, a, b int) []span {
	comps := strings.SplitN(s[a:b], "^", 7)
	if len(comps) < 2 || comps[1] == "" || countDigits(comps[1]) > 0 || strings.IndexFunc(comps[1], isWordRune) < 0 {
		return out
	}
	start := a + len(comps[0]) + 1
	end, at := start, start
	for _, c := range comps[1:min(len(comps), 6)] {
		if at += len(c); c != "" {
			end = at
		}
		at++ // the "^"
	}
	return append(out, span{start, end})
}

// hl7Date reads a birth date in HL7's TS format, YYYYMMDD and an optional
// time and offset ("198506121430", "19800101000000+0100"), as the whole
// field s[a:b].
func hl7Date(s string, a, b int) (span, bool) {
	if b-a < 8 || digitsEnd(s, a) < a+8 {
		return span{}, false
	}
	y, m, d := atoi(s[a:a+4]), atoi(s[a+4:a+6]), atoi(s[a+6:a+8])
	if _, ok := plausibleYear(y, gregorian); !ok || !validDate(y, m, d) {
		return span{}, false
	}
	for p := a + 8; p < b; p++ {
		if !isDigit(s[p]) && s[p] != '.' && s[p] != '+' && s[p] != '-' {
			return span{}, false
		}
	}
	return span{a, b}, true
}

// isAlnumWord reports whether w holds ASCII letters and digits only.
func isAlnumWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIIAlnum(w[i]) {
			return false
		}
	}
	return true
}
