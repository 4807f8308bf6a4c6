package scrub

// The checksums of the national id schemes, one small function each, over
// the id's characters as idToken holds them (ASCII, upper case, no
// separators). Each is tested on known-valid and known-invalid numbers in
// national_id_checks_test.go.

// digitsValue reads a run of ASCII digits as a number.
func digitsValue(d []byte) int {
	n := 0
	for _, c := range d {
		n = n*10 + int(c-'0')
	}
	return n
}

// weightedSum is the sum of each digit times its weight.
func weightedSum(d []byte, weights ...int) int {
	sum := 0
	for k, w := range weights {
		sum += int(d[k]-'0') * w
	}
	return sum
}

// validDate reports whether y-m-d is a day of the Gregorian calendar.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// cpfValid: Brazil's CPF, two mod-11 check digits (weights 10..2, then
// 11..2). A run of one digit passes and is never issued.
func cpfValid(d []byte) bool {
	if allSame(d) {
		return false
	}
	for n := 9; n <= 10; n++ {
		sum := 0
		for k := 0; k < n; k++ {
			sum += int(d[k]-'0') * (n + 1 - k)
		}
		if sum*10%11%10 != int(d[n]-'0') {
			return false
		}
	}
	return true
}

func allSame(d []byte) bool {
	for _, c := range d {
		if c != d[0] {
			return false
		}
	}
	return true
}

// peselValid: Poland's PESEL, weights 1,3,7,9 mod 10, and a birth date
// whose month carries the century (+80 for the 1800s, +20 for the 2000s, …).
func peselValid(d []byte) bool {
	if (10-weightedSum(d, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3)%10)%10 != int(d[10]-'0') {
		return false
	}
	m := digitsValue(d[2:4])
	century := map[int]int{0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[m/20]
	return validDate(century+digitsValue(d[:2]), m%20, digitsValue(d[4:6]))
}

// fodselsnummerValid: Norway's fødselsnummer, two mod-11 check digits; a
// remainder that would need a check digit of 10 is never issued.
func fodselsnummerValid(d []byte) bool {
	check := func(n int, weights ...int) bool {
		c := (11 - weightedSum(d, weights...)%11) % 11
		return c != 10 && c == int(d[n]-'0')
	}
	if !check(9, 3, 7, 6, 1, 8, 9, 4, 5, 2) || !check(10, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) {
		return false
	}
	// D-numbers add 40 to the day, H-numbers 40 to the month.
	day, month := digitsValue(d[:2])%40, digitsValue(d[2:4])%40
	return validDate(2000, month, day) // a leap year: the century is in the individual number
}

// hetuCheck: Finland's HETU check character, the nine digits mod 31.
func hetuCheck(digits9 []byte) byte {
	return "0123456789ABCDEFHJKLMNPRSTUVWXY"[digitsValue(digits9)%31]
}

// dniLetter: Spain's DNI (and NIE, with X, Y, Z as 0, 1, 2) letter, the
// number mod 23.
func dniLetter(n int) byte { return "TRWAGMYFPDXBNJZSQVHLCKE"[n%23] }

// codiceFiscaleCheck: Italy's codice fiscale check letter: characters in
// odd places (1st, 3rd, …) by a table, in even places by their value.
func codiceFiscaleCheck(cf []byte) byte {
	odd := [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
		1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23} // A-Z
	sum := 0
	for k, c := range cf[:15] {
		v := int(c - 'A' + 10)
		if isDigit(c) {
			v = int(c - '0')
		}
		switch {
		case k%2 == 0:
			sum += odd[v]
		case isDigit(c):
			sum += v
		default:
			sum += v - 10 // A is 0
		}
	}
	return byte('A' + sum%26)
}

// bsnValid: the Netherlands' BSN "11-test": weights 9..2 and -1.
func bsnValid(d []byte) bool {
	sum := weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2, -1)
	return sum != 0 && sum%11 == 0
}

// steuerIDValid: Germany's Steuer-ID: no leading zero, in the first ten
// digits one digit twice or three times (never three in a row) and the
// others at most once, and an ISO 7064 MOD 11,10 check digit.
func steuerIDValid(d []byte) bool {
	if d[0] == '0' {
		return false
	}
	var count [10]int
	for _, c := range d[:10] {
		count[c-'0']++
	}
	repeated := 0
	for _, n := range count {
		switch {
		case n > 3:
			return false
		case n > 1:
			repeated++
		}
	}
	for k := 2; k < 10; k++ {
		if d[k] == d[k-1] && d[k] == d[k-2] {
			return false
		}
	}
	return repeated == 1 && iso7064Mod11_10(d[:10]) == int(d[10]-'0')
}

// iso7064Mod11_10 is the check digit of ISO 7064 MOD 11,10.
func iso7064Mod11_10(d []byte) int {
	p := 10
	for _, c := range d {
		s := (int(c-'0') + p) % 10
		if s == 0 {
			s = 10
		}
		p = s * 2 % 11
	}
	return (11 - p) % 10
}

// nirValid: France's NIR key, 97 minus the first 13 digits mod 97
// (Corsica's departments 2A and 2B count as 19 and 18).
func nirValid(d []byte) bool {
	var b [13]byte
	copy(b[:], d)
	switch string(b[5:7]) {
	case "2A":
		b[5], b[6] = '1', '9'
	case "2B":
		b[5], b[6] = '1', '8'
	}
	return allDigits(b[:]) && 97-digitsValue(b[:])%97 == digitsValue(d[13:15])
}

// belgianValid: Belgium's national register number, 97 minus the first
// nine digits mod 97, with a "2" put before them for births from 2000.
func belgianValid(d []byte) bool {
	n, check := digitsValue(d[:9]), digitsValue(d[9:11])
	return 97-n%97 == check || 97-(2_000_000_000+n)%97 == check
}

// nifValid: Portugal's NIF, weights 9..2 mod 11 (10 and 11 give 0).
func nifValid(d []byte) bool {
	c := 11 - weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2)%11
	if c >= 10 {
		c = 0
	}
	return c == int(d[8]-'0')
}

// cartaoCidadaoValid: Portugal's Cartão de Cidadão number: the civil id's
// own NIF-style check digit, then Luhn over all twelve characters with
// letters worth 10 to 35.
func cartaoCidadaoValid(d []byte) bool {
	if !nifValid(d[:9]) {
		return false
	}
	sum := 0
	for k := 0; k < 12; k++ {
		c := d[11-k]
		v := int(c - '0')
		if !isDigit(c) {
			v = int(c-'A') + 10
		}
		if k%2 == 1 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// cnpValid: Romania's CNP, weights 279146358279 mod 11 (10 gives 1).
func cnpValid(d []byte) bool {
	c := weightedSum(d, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9) % 11
	if c == 10 {
		c = 1
	}
	return c == int(d[12]-'0')
}

// tcKimlikValid: Turkey's TC Kimlik number: no leading zero; the tenth
// digit from the odd and even places, the eleventh the sum of the ten.
func tcKimlikValid(d []byte) bool {
	if d[0] == '0' {
		return false
	}
	odd := weightedSum(d, 1, 0, 1, 0, 1, 0, 1, 0, 1)
	even := weightedSum(d, 0, 1, 0, 1, 0, 1, 0, 1)
	return ((odd*7-even)%10+10)%10 == int(d[9]-'0') && weightedSum(d, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)%10 == int(d[10]-'0')
}

// chineseIDCheck: China's resident id check character, ISO 7064 MOD 11-2.
func chineseIDCheck(d []byte) byte {
	return "10X98765432"[weightedSum(d, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)%11]
}

// verhoeffValid: the Verhoeff dihedral-group check of India's Aadhaar.
func verhoeffValid(d []byte) bool {
	mul := [10][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	perm := [8][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
	var c byte
	for k := range d {
		c = mul[c][perm[k%8][d[len(d)-1-k]-'0']]
	}
	return c == 0
}

// myNumberValid: Japan's My Number check digit: weights 2..7 then 2..6
// from the right, 11 minus the sum mod 11 (0 for remainders 0 and 1).
func myNumberValid(d []byte) bool {
	sum := 0
	for n := 1; n <= 11; n++ {
		q := n + 1
		if n > 6 {
			q = n - 5
		}
		sum += int(d[11-n]-'0') * q
	}
	c := 0
	if r := sum % 11; r > 1 {
		c = 11 - r
	}
	return c == int(d[11]-'0')
}

// rrnValid: Korea's resident registration check digit (numbers issued
// before October 2020), weights 2..9, 2..5 mod 11.
func rrnValid(d []byte) bool {
	return (11-weightedSum(d, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)%11)%10 == int(d[12]-'0')
}

// curpCheck: Mexico's CURP check digit over the alphabet 0-9, A-N, Ñ, O-Z
// (Ñ is written "X" in the ASCII form and never reaches here).
func curpCheck(c []byte) byte {
	sum := 0
	for k, ch := range c[:17] {
		v := int(ch - '0')
		if !isDigit(ch) {
			v = int(ch-'A') + 10
			if ch > 'N' {
				v++ // Ñ sits between N and O
			}
		}
		sum += v * (18 - k)
	}
	return byte('0' + (10-sum%10)%10)
}

// rutCheck: Chile's RUT check character, mod 11 with weights 2..7 from
// the right ("K" for 10).
func rutCheck(body []byte) byte {
	sum, w := 0, 2
	for k := len(body) - 1; k >= 0; k-- {
		sum += int(body[k]-'0') * w
		if w++; w > 7 {
			w = 2
		}
	}
	switch c := 11 - sum%11; c {
	case 11:
		return '0'
	case 10:
		return 'K'
	default:
		return byte('0' + c)
	}
}

// ean13Valid: the EAN-13 check digit, weights 1 and 3 from the left, that
// Switzerland's AHV/AVS number (756.XXXX.XXXX.XC) carries.
func ean13Valid(d []byte) bool {
	sum := weightedSum(d, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3)
	return (10-sum%10)%10 == int(d[12]-'0')
}

// icaoCheck: the check digit of a machine-readable travel document's
// fields (ICAO 9303), weights 7, 3, 1 over digits and letters worth 10 to
// 35 (A to Z), mod 10; a German Personalausweis number carries it.
func icaoCheck(c []byte) byte {
	sum := 0
	for k, ch := range c {
		v := int(ch - '0')
		if !isDigit(ch) {
			v = int(ch-'A') + 10
		}
		sum += v * [3]int{7, 3, 1}[k%3]
	}
	return byte('0' + sum%10)
}

// rfcCheck: Mexico's RFC check character over the twelve characters before
// it (a company's eleven with a space in front), mod 11 over the alphabet
// 0-9, A-N, &, O-Z, space, Ñ ("A" for 10; "&" and "Ñ" never reach here).
func rfcCheck(c []byte) byte {
	var padded [12]byte
	copy(padded[12-len(c):], c)
	sum := 0
	for k, ch := range padded {
		v := 37 // the space of a company's padding
		switch {
		case isDigit(ch):
			v = int(ch - '0')
		case 'A' <= ch && ch <= 'N':
			v = int(ch-'A') + 10
		case 'O' <= ch && ch <= 'Z':
			v = int(ch-'O') + 25
		}
		sum += v * (13 - k)
	}
	return "0123456789A"[((11-sum%11)%11+11)%11]
}

// egnValid: Bulgaria's EGN, weights 2, 4, 8, 5, 10, 9, 7, 3, 6 mod 11 (10
// gives 0).
func egnValid(d []byte) bool {
	return weightedSum(d, 2, 4, 8, 5, 10, 9, 7, 3, 6)%11%10 == int(d[9]-'0')
}

// jmbgValid: the JMBG of the former Yugoslavia (Serbia, Bosnia, Montenegro,
// North Macedonia; Slovenia's EMŠO), mod 11 with weights 7..2 twice; 10
// and 11 give 0.
func jmbgValid(d []byte) bool {
	m := 11 - weightedSum(d, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)%11
	if m > 9 {
		m = 0
	}
	return m == int(d[12]-'0')
}

// balticCodeValid: the personal codes of Estonia and Lithuania, weights
// 1..9, 1, then 3..9, 1..3 if the first remainder is 10; 10 again gives 0.
func balticCodeValid(d []byte) bool {
	c := weightedSum(d, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1) % 11
	if c == 10 {
		c = weightedSum(d, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3) % 11 % 10
	}
	return c == int(d[10]-'0')
}

// latvianCodeValid: Latvia's personal code (DDMMYY-CNNNX), 1101 minus the
// weighted sum, mod 11; 10 is never issued.
func latvianCodeValid(d []byte) bool {
	c := (1101 - weightedSum(d, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)) % 11
	return c < 10 && c == int(d[10]-'0')
}

// kennitalaValid: Iceland's kennitala (DDMMYY-NNCV), weights 3, 2, 7, 6,
// 5, 4, 3, 2 mod 11 for the ninth digit.
func kennitalaValid(d []byte) bool {
	c := (11 - weightedSum(d, 3, 2, 7, 6, 5, 4, 3, 2)%11) % 11
	return c < 10 && c == int(d[8]-'0')
}

// iinValid: Kazakhstan's IIN (and a company's BIN), weights 1..11, then
// 3..11, 1, 2 if the first remainder is 10; 10 again is never issued.
func iinValid(d []byte) bool {
	c := weightedSum(d, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) % 11
	if c == 10 {
		c = weightedSum(d, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2) % 11
	}
	return c < 10 && c == int(d[11]-'0')
}

// rodneCisloValid: the Czech and Slovak birth number of ten digits is
// divisible by 11; numbers issued before 1986 whose first nine leave 10
// end in 0.
func rodneCisloValid(d []byte) bool {
	first := digitsValue(d[:9]) % 11
	return (first*10+int(d[9]-'0'))%11 == 0 || first == 10 && d[9] == '0'
}

// tajValid: Hungary's social security number (TAJ), weights 3 and 7 mod 10.
func tajValid(d []byte) bool {
	return weightedSum(d, 3, 7, 3, 7, 3, 7, 3, 7)%10 == int(d[8]-'0')
}

// adoazonositoValid: Hungary's tax id of a person, 8, the days from
// 1867-01-01 to the birth date, a serial and a check digit: the digits
// weighted by their place, mod 11.
func adoazonositoValid(d []byte) bool {
	c := weightedSum(d, 1, 2, 3, 4, 5, 6, 7, 8, 9) % 11
	return d[0] == '8' && c < 10 && c == int(d[9]-'0')
}

// ppsCheck: Ireland's PPS number check letter, weights 8..2 over the seven
// digits and 9 over a second letter (W or none counting 0), mod 23 (0 is W).
func ppsCheck(digits []byte, second byte) byte {
	sum := weightedSum(digits, 8, 7, 6, 5, 4, 3, 2)
	if 'A' <= second && second <= 'V' {
		sum += int(second-'A'+1) * 9
	}
	return "WABCDEFGHIJKLMNOPQRSTUV"[sum%23]
}

// nricCheck: Singapore's NRIC and FIN check letter, weights 2, 7, 6, 5, 4,
// 3, 2 over the digits, 4 more for the 2000s series (T, G) and 3 for M.
func nricCheck(prefix byte, digits []byte) byte {
	sum := weightedSum(digits, 2, 7, 6, 5, 4, 3, 2)
	switch prefix {
	case 'T', 'G':
		sum += 4
	case 'M':
		sum += 3
	}
	switch prefix {
	case 'S', 'T':
		return "JZIHGFEDCBA"[sum%11]
	case 'F', 'G':
		return "XWUTRQPNMLK"[sum%11]
	}
	return "KLJNPQRTUWX"[sum%11]
}

// hkidCheck: Hong Kong's identity card check character over one or two
// letters (one is led by a space worth 36) and six digits, weights 9..2
// mod 11: 11 minus the rest, 10 written "A", 11 "0".
func hkidCheck(letters, digits []byte) byte {
	sum := 0
	if len(letters) == 1 {
		sum += 36 * 9
	}
	for k, c := range letters {
		sum += int(c-'A'+10) * (9 - k - (2 - len(letters)))
	}
	sum += weightedSum(digits, 7, 6, 5, 4, 3, 2)
	switch r := 11 - sum%11; r {
	case 10:
		return 'A'
	case 11:
		return '0'
	default:
		return byte('0' + r)
	}
}

// tfnValid: Australia's tax file number of nine digits, weights 1, 4, 3,
// 7, 5, 8, 6, 9, 10 summing to a multiple of 11.
func tfnValid(d []byte) bool {
	return weightedSum(d, 1, 4, 3, 7, 5, 8, 6, 9, 10)%11 == 0
}

// snilsValid: Russia's СНИЛС, the nine digits weighted 9 down to 1; the
// sum below 100 is the check, 100 and 101 give 00, larger sums are taken
// mod 101 first.
func snilsValid(d []byte) bool {
	sum := weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2, 1)
	if sum > 101 {
		sum %= 101
	}
	if sum >= 100 {
		sum = 0
	}
	return sum == digitsValue(d[9:11]) && !allSame(d[:9])
}

// innValid: Russia's twelve-digit ИНН, two mod-11 check digits.
func innValid(d []byte) bool {
	return weightedSum(d, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)%11%10 == int(d[10]-'0') &&
		weightedSum(d, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)%11%10 == int(d[11]-'0')
}

// rnokppValid: Ukraine's РНОКПП, weights -1, 5, 7, 9, 4, 6, 10, 5, 7, the
// sum mod 11 mod 10.
func rnokppValid(d []byte) bool {
	sum := weightedSum(d, -1, 5, 7, 9, 4, 6, 10, 5, 7)
	return (sum%11+11)%11%10 == int(d[9]-'0') && !allSame(d)
}

// thaiIDValid: Thailand's citizen id, weights 13 down to 2, 11 minus the
// sum mod 11, mod 10.
func thaiIDValid(d []byte) bool {
	return (11-weightedSum(d, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2)%11)%10 == int(d[12]-'0')
}
