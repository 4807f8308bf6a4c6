package scrub

// findSSNs finds US social security numbers written as "123-45-6789". The
// hyphens are required (nine bare digits are usually something else) and
// the ranges the SSA never issues (area 000, 666, 9xx; group 00; serial
// 0000) are rejected.
func findSSNs(s string) []span {
	if countDigits(s) < 9 {
		return nil
	}
	var out []span
	for i := 0; i+11 <= len(s); i++ {
		t := s[i : i+11]
		if t[3] != '-' || t[6] != '-' || !allDigits(t[:3]) || !allDigits(t[4:6]) || !allDigits(t[7:]) {
			continue
		}
		if !numberStartOK(s, i) || !numberEndOK(s, i+11) {
			continue
		}
		if t[:3] == "000" || t[:3] == "666" || t[0] == '9' || t[4:6] == "00" || t[7:] == "0000" {
			continue
		}
		out = append(out, span{i, i + 11})
		i += 10
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
