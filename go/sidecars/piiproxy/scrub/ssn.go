package scrub

// findSSNs finds US social security numbers written as "123-45-6789". The
// hyphens are required (nine bare digits are usually something else) unless
// the words just before name an SSN ("SSN 123 45 6789", "Social Security
// Number: 123456789"); the ranges the SSA never issues (area 000, 666,
// 9xx; group 00; serial 0000) are rejected.
func findSSNs(s string) []span {
	if countDigits(s) < 9 {
		return nil
	}
	var out []span
	for i := 0; i+9 <= len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		var area, group, serial string
		end := i + 11
		t := s[i:min(i+11, len(s))]
		if canadianSIN(t) && ssnCueBefore(s, i) && numberStartOK(s, i) && numberEndOK(s, end) {
			out = append(out, span{i, end})
			i = end - 1
			continue
		}
		switch {
		case len(t) == 11 && t[3] == '-' && t[6] == '-' && allDigits(t[:3]) && allDigits(t[4:6]) && allDigits(t[7:]):
			area, group, serial = t[:3], t[4:6], t[7:]
		case len(t) == 11 && t[3] == ' ' && t[6] == ' ' && allDigits(t[:3]) && allDigits(t[4:6]) && allDigits(t[7:]) && ssnCueBefore(s, i):
			area, group, serial = t[:3], t[4:6], t[7:]
		case isDigit(t[0]) && allDigits(t[:9]) && (len(t) == 9 || !isDigit(t[9])) && ssnCueBefore(s, i):
			area, group, serial, end = t[:3], t[3:5], t[5:9], i+9
		default:
			continue
		}
		if !numberStartOK(s, i) || !numberEndOK(s, end) {
			continue
		}
		if area == "000" || area == "666" || area[0] == '9' || group == "00" || serial == "0000" {
			continue
		}
		out = append(out, span{i, end})
		i = end - 1
	}
	return out
}

// canadianSIN is a Canadian social insurance number in its three groups of
// three ("552 345 712", "552-345-712") with its Luhn check digit: people
// call it an SSN too, and no US SSN is grouped so.
func canadianSIN(t string) bool {
	if len(t) != 11 || t[3] != ' ' && t[3] != '-' || t[7] != t[3] || !allDigits(t[:3]) || !allDigits(t[4:7]) || !allDigits(t[8:]) {
		return false
	}
	var d [9]byte
	copy(d[:], t[:3])
	copy(d[3:], t[4:7])
	copy(d[6:], t[8:])
	return luhn(d[:])
}

// ssnCues announce an SSN; ssnCueBefore looks for one in the few bytes
// before i, back to the previous number.
var ssnCues = cueSet{stems: []string{"ssn", "social security", "soc. sec", "seguro social"}}

func ssnCueBefore(s string, i int) bool { return nearestCue(s, i, 40, ssnCues) == 0 }

func allDigits[B bytestring](s B) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
