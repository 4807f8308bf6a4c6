package scrub

import "testing"

// TestNationalIDChecks runs each scheme's checksum on published example
// numbers (the issuers' own samples where they publish one: CPF
// 529.982.247-25, PESEL 44051401359, HETU 131052-308T, codice fiscale
// RSSMRA85T10A562S, Steuer-ID 86095742719, Chinese id 11010519491231002X,
// South African id 8001015009087, SIN 046 454 286, TC Kimlik 10000000146,
// Cartão de Cidadão 00000000 0 ZZ4) and on the same numbers with one
// character changed.
func TestNationalIDChecks(t *testing.T) {
	for _, tc := range []struct {
		scheme string
		check  func([]byte) bool
		valid  []string
		broken []string
	}{
		{"CPF", cpfValid, []string{"52998224725", "12345678909", "11144477735"}, []string{"52998224726", "12345678919", "11111111111"}},
		{"PESEL", peselValid, []string{"44051401359", "02070803628", "03210543213"}, []string{"44051401358", "44131401350", "02270803620"}},
		{"fødselsnummer", fodselsnummerValid, []string{"01010750160", "15058912317"}, []string{"01010750161", "15058912327"}},
		{"HETU", func(d []byte) bool { return hetuCheck(d[:9]) == d[9] }, []string{"131052308T", "010594902" + "1"}, []string{"131052308A", "1310523081"}},
		{"DNI", func(d []byte) bool { return dniLetter(digitsValue(d[:8])) == d[8] }, []string{"12345678Z", "00123456S"}, []string{"12345678A", "00123456T"}},
		{"codice fiscale", func(d []byte) bool { return codiceFiscaleCheck(d) == d[15] }, []string{"RSSMRA85T10A562S", "BNCLRA92E41H501P"}, []string{"RSSMRA85T10A562T", "BNCLRA92E41H502P"}},
		{"BSN", bsnValid, []string{"111222333", "123456782"}, []string{"111222334", "000000000"}},
		{"Steuer-ID", steuerIDValid, []string{"86095742719", "65929970489"}, []string{"86095742718", "12345678903", "01234567896", "11195742719"}},
		{"NIR", nirValid, []string{"185057800608491", "269097512000554", "185052000608408", "185052A00608435"}, []string{"185057800608436", "269097512000555"}},
		{"Belgian national number", belgianValid, []string{"85073003328", "01020312345"}, []string{"85073003329", "01020312346"}},
		{"NIF", nifValid, []string{"123456789", "234567899"}, []string{"123456788", "234567898"}},
		{"Cartão de Cidadão", cartaoCidadaoValid, []string{"000000000ZZ4", "123456789ZW7"}, []string{"000000000ZZ5", "123456788ZW7"}},
		{"CNP", cnpValid, []string{"1800101221144", "2960415101238"}, []string{"1800101221145", "2960415101239"}},
		{"TC Kimlik", tcKimlikValid, []string{"10000000146", "12345678950"}, []string{"10000000147", "02345678950"}},
		{"Chinese id", func(d []byte) bool { return chineseIDCheck(d) == d[17] }, []string{"11010519491231002X", "440304198506123455"}, []string{"110105194912310021", "440304198506123456"}},
		{"Verhoeff (Aadhaar)", verhoeffValid, []string{"234123412346", "499187654323"}, []string{"234123412347", "243123412346"}},
		{"My Number", myNumberValid, []string{"123456789018", "987654321093"}, []string{"123456789019", "987654321094"}},
		{"Korean RRN", rrnValid, []string{"8001011234560", "9503152345676"}, []string{"8001011234561", "9503152345670"}},
		{"Luhn (SA id, SIN, Teudat Zehut, personnummer)", luhn, []string{"8001015009087", "046454286", "123456782", "8112189876"}, []string{"8001015009088", "046454287", "123456783"}},
		{"CURP", func(d []byte) bool { return curpCheck(d) == d[17] }, []string{"BADD110313HCMLNS06", "HEGJ020808MNLRNNA5"}, []string{"GODE561231HDFRRN09", "BADD110313HCMLNS07"}},
		{"RUT", func(d []byte) bool { return rutCheck(d[:len(d)-1]) == d[len(d)-1] }, []string{"123456785", "76543216", "11111111" + "1"}, []string{"123456784", "7654321K"}},
		// the sixth blind table's (realworld6_test.go)
		{"СНИЛС", snilsValid, []string{"11223344595", "15794827325"}, []string{"11223344596", "15794827324"}},
		{"ИНН", innValid, []string{"500100732259", "771948273621"}, []string{"500100732258", "771948273631"}},
		{"РНОКПП", rnokppValid, []string{"3184059279", "2468135795"}, []string{"3184059278", "2468135796"}},
		{"Thai citizen id", thaiIDValid, []string{"1101700203450", "1103700123458"}, []string{"1101700203451", "1103700123459"}},
		// the fifth blind table's schemes (realworld5_test.go)
		{"EGN", egnValid, []string{"8503151235", "9248123452"}, []string{"8503151236", "9248123453"}},
		{"OIB (ISO 7064 MOD 11,10)", func(d []byte) bool { return iso7064Mod11_10(d[:10]) == int(d[10]-'0') }, []string{"69421873054", "38104257979"}, []string{"69421873055"}},
		{"JMBG and EMŠO", jmbgValid, []string{"1503985710010", "2207972500128", "0308995501230"}, []string{"1503985710011", "0308995501231"}},
		{"isikukood and asmens kodas", balticCodeValid, []string{"38503151239", "49207120453", "49108170228", "38705235714"}, []string{"38503151238", "49108170229"}},
		{"Latvian personal code", latvianCodeValid, []string{"15038512346", "21079211233"}, []string{"15038512347"}},
		{"kennitala", kennitalaValid, []string{"1503852379", "2107923419"}, []string{"1503852389"}},
		{"IIN", iinValid, []string{"850315300128", "920712401235"}, []string{"850315300129"}},
		{"rodné číslo", rodneCisloValid, []string{"8553151233", "8503151239", "9257123458"}, []string{"8553151234"}},
		{"TAJ", tajValid, []string{"123456788", "036912346"}, []string{"123456789", "036912347"}},
		{"adóazonosító jel", adoazonositoValid, []string{"8431721235", "8431721243"}, []string{"8431721236", "7431721235"}},
		{"PPS", func(d []byte) bool { return ppsCheck(d[:7], append(d, 0)[8]) == d[7] }, []string{"1234567T", "8765432S", "6433435OA"}, []string{"1234567A", "6433435PA"}},
		{"NRIC", func(d []byte) bool { return nricCheck(d[0], d[1:8]) == d[8] }, []string{"S1234567D", "S8512345I", "T0312345B"}, []string{"S1234567E", "T0312345C"}},
		{"HKID", func(d []byte) bool { return hkidCheck(d[:1], d[1:7]) == d[7] }, []string{"A1234563", "K9876545"}, []string{"A1234564"}},
		{"TFN", tfnValid, []string{"123456782", "459123875"}, []string{"123456789", "459123876"}},
	} {
		for _, v := range tc.valid {
			if !tc.check([]byte(v)) {
				t.Errorf("%s: %s should pass", tc.scheme, v)
			}
		}
		for _, v := range tc.broken {
			if tc.check([]byte(v)) {
				t.Errorf("%s: %s should fail", tc.scheme, v)
			}
		}
	}
}

// TestValidDate covers the calendar rules the date-bearing ids rely on.
func TestValidDate(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    bool
	}{
		{2000, 2, 29, true}, {1900, 2, 29, false}, {2024, 2, 29, true}, {2023, 2, 29, false},
		{1985, 4, 31, false}, {1985, 12, 31, true}, {1985, 13, 1, false}, {1985, 0, 1, false}, {1985, 1, 0, false},
	} {
		if got := validDate(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("validDate(%d, %d, %d) = %v, want %v", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}
