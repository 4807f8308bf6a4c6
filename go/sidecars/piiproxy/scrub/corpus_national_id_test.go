package scrub

import (
	"fmt"
	"strings"
)

// The national id part of the labelled corpus. It draws from its own
// generator, so that adding it left every other kind's corpus as it was.
// Valid ids are drawn by rejection: random digits until the scheme's check
// passes (the checks themselves are tested against published numbers in
// national_id_checks_test.go); what the corpus measures is whether the
// detector finds them in the sentences people write them in.

// until fills pattern (see gen.fill) until valid accepts the result.
func (g gen) until(pattern string, valid func([]byte) bool) string {
	for {
		if s := g.fill(pattern); valid([]byte(s)) {
			return s
		}
	}
}

// birth returns a random birth date as year, month and day.
func (g gen) birth(from, to int) (int, int, int) {
	return from + g.IntN(to-from+1), 1 + g.IntN(12), 1 + g.IntN(28)
}

func yymmdd(y, m, d int) string { return fmt.Sprintf("%02d%02d%02d", y%100, m, d) }
func ddmmyy(y, m, d int) string { return fmt.Sprintf("%02d%02d%02d", d, m, y%100) }

// withCheck appends the first character of alphabet that makes valid accept.
func withCheck(body, alphabet string, valid func([]byte) bool) (string, bool) {
	for _, c := range []byte(alphabet) {
		if valid([]byte(body + string(c))) {
			return body + string(c), true
		}
	}
	return "", false
}

// checked draws bodies from draw until one of them takes a check character.
func (g gen) checked(draw func() string, alphabet string, valid func([]byte) bool) string {
	for {
		if id, ok := withCheck(draw(), alphabet, valid); ok {
			return id
		}
	}
}

const digitAlphabet = "0123456789"

// nationalIDGens write a valid id of one scheme as people write it, with the
// sentences around it (a cue, in the scheme's language).
var nationalIDGens = []struct {
	id        func(g gen) string
	templates []string
}{
	{func(g gen) string {
		d := g.until("NNNNNNNNNNN", cpfValid)
		return g.pick(d, d[:3]+"."+d[3:6]+"."+d[6:9]+"-"+d[9:])
	}, []string{"CPF: %s", "Meu CPF é %s, obrigado.", `{"cpf": "%s"}`}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		m += map[bool]int{true: 20}[y >= 2000]
		return g.checked(func() string { return yymmdd(y, m, d) + g.digits(4) }, digitAlphabet, peselValid)
	}, []string{"PESEL: %s", "numer PESEL pracownika %s", "mój pesel to %s"}},
	{func(g gen) string {
		prefix := g.pick("AB", "CE", "JG", "SK", "PR", "WL", "HT", "EM")
		d := g.digits(6)
		suffix := g.pick("A", "B", "C", "D")
		return g.pick(prefix+d+suffix, prefix+" "+group(d, " ", 2)+" "+suffix)
	}, []string{"NI number: %s", "National Insurance number %s.", "NINO %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		id := g.checked(func() string { return yymmdd(y, m, d) + g.digits(3) }, digitAlphabet, luhn)
		return g.pick(id[:6]+"-"+id[6:], fmt.Sprint(y/100)+id[:6]+"-"+id[6:])
	}, []string{"Personnummer: %s", "mitt personnummer är %s", "pnr %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		return g.until(ddmmyy(y, m, d)+"NNNNN", fodselsnummerValid)
	}, []string{"Fødselsnummer: %s", "fnr %s, takk"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		return ddmmyy(y, m, d) + g.pick("-", "") + g.digits(4)
	}, []string{"CPR-nr.: %s", "mit cpr nummer er %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		serial := fmt.Sprintf("%03d", 2+g.IntN(897))
		sign := g.pick("-", "-", "Y")
		if y >= 2000 {
			sign = g.pick("A", "B")
		}
		return ddmmyy(y, m, d) + sign + serial + string(hetuCheck([]byte(ddmmyy(y, m, d)+serial)))
	}, []string{"HETU %s", "henkilötunnus: %s", "Asiakas %s soitti."}},
	{func(g gen) string {
		n := g.digits(8)
		return g.pick(n, n+"-") + string(dniLetter(digitsValue([]byte(n))))
	}, []string{"DNI %s", "Mi DNI es %s.", "Titular: %s"}},
	{func(g gen) string {
		l, n := g.IntN(3), g.digits(7)
		return string(rune('X'+l)) + n + string(dniLetter(l*10_000_000+digitsValue([]byte(n))))
	}, []string{"NIE: %s", "Mi NIE es %s y vivo en Madrid."}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		day := d + 40*g.IntN(2)
		cf := g.fill("AAAAAA") + fmt.Sprintf("%02d", y%100) + string("ABCDEHLMPRST"[m-1]) + fmt.Sprintf("%02d", day) + g.fill("ANNN")
		return cf + string(codiceFiscaleCheck([]byte(cf)))
	}, []string{"Codice fiscale: %s", "il mio codice fiscale è %s", "C.F. %s"}},
	{func(g gen) string { return g.until("NNNNNNNNN", bsnValid) }, []string{"BSN: %s", "mijn burgerservicenummer is %s"}},
	{func(g gen) string {
		id := g.until("NNNNNNNNNNN", steuerIDValid)
		return g.pick(id, group(id, " ", 2, 3))
	}, []string{"Steuer-ID: %s", "Meine Steueridentifikationsnummer lautet %s."}},
	{func(g gen) string {
		y, m, _ := g.birth(1930, 2015)
		body := g.pick("1", "2") + fmt.Sprintf("%02d%02d", y%100, m) + fmt.Sprintf("%02d", 1+g.IntN(95)) + g.digits(6)
		key := 97 - digitsValue([]byte(body))%97
		nir := body + fmt.Sprintf("%02d", key)
		return g.pick(nir, group(nir, " ", 1, 2, 2, 2, 3, 3, 2))
	}, []string{"NIR %s", "Mon numéro de sécurité sociale est le %s.", "n° SS : %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 1999)
		body := yymmdd(y, m, d) + g.digits(3)
		nn := body + fmt.Sprintf("%02d", 97-digitsValue([]byte(body))%97)
		return nn[:2] + "." + nn[2:4] + "." + nn[4:6] + "-" + nn[6:9] + "." + nn[9:]
	}, []string{"Rijksregisternummer: %s", "numéro de registre national %s"}},
	{func(g gen) string { return g.until(g.pick("1", "2", "3")+"NNNNNNNN", nifValid) }, []string{"NIF: %s", "O meu número de contribuinte é %s."}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		s := g.pick("1", "2")
		if y >= 2000 {
			s = g.pick("5", "6")
		}
		return g.checked(func() string { return s + yymmdd(y, m, d) + fmt.Sprintf("%02d", 1+g.IntN(52)) + g.digits(3) }, digitAlphabet, cnpValid)
	}, []string{"CNP: %s", "codul numeric personal %s"}},
	{func(g gen) string { return g.until("NNNNNNNNNNN", tcKimlikValid) }, []string{"TC Kimlik No: %s", "kimlik numaram %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		body := fmt.Sprintf("%d%05d%04d%02d%02d%03d", 1+g.IntN(6), g.IntN(100000), y, m, d, g.IntN(1000))
		return body + string(chineseIDCheck([]byte(body)))
	}, []string{"身份证号 %s", "我的身份证号码是%s，请查询。", "客户 %s 的订单"}},
	{func(g gen) string {
		id := g.checked(func() string { return g.fill(g.pick("2", "5", "7", "9") + "NNNNNNNNNN") }, digitAlphabet, verhoeffValid)
		return g.pick(id, group(id, " ", 4))
	}, []string{"Aadhaar: %s", "my aadhar number is %s", "आधार नंबर %s"}},
	{func(g gen) string { return g.fill("AAAPA") + g.digits(4) + g.fill("A") }, []string{"PAN: %s", "PAN card %s"}},
	{func(g gen) string {
		id := g.checked(func() string { return g.digits(11) }, digitAlphabet, myNumberValid)
		return g.pick(id, group(id, " ", 4))
	}, []string{"マイナンバー：%s", "個人番号は%sです。", "My Number: %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		sex := g.pick("1", "2")
		if y >= 2000 {
			sex = g.pick("3", "4")
		}
		id := g.checked(func() string { return yymmdd(y, m, d) + sex + g.digits(5) }, digitAlphabet, rrnValid)
		return id[:6] + "-" + id[6:]
	}, []string{"주민등록번호 %s", "고객님 %s 확인되었습니다."}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		return g.checked(func() string { return yymmdd(y, m, d) + g.digits(4) + g.pick("0", "1") + "8" }, digitAlphabet, luhn)
	}, []string{"ID number: %s", "my identity number is %s"}},
	{func(g gen) string {
		id := g.checked(func() string { return g.pick("1", "2", "4", "5", "6", "9") + g.digits(7) }, digitAlphabet, luhn)
		return g.pick(id, group(id, " ", 3), group(id, "-", 3))
	}, []string{"SIN: %s", "Mon NAS est %s."}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		last := g.digits(1)
		if y >= 2000 {
			last = g.fill("A")
		}
		body := g.fill("AAAA") + yymmdd(y, m, d) + g.pick("H", "M") + g.pick("DF", "JC", "NL", "MC") + g.fill("AAA") + last
		return body + string(curpCheck([]byte(body)))
	}, []string{"CURP: %s", "Registro del cliente %s completado"}},
	{func(g gen) string {
		body := fmt.Sprint(1_000_000 + g.IntN(25_000_000))
		id := body + "-" + string(rutCheck([]byte(body)))
		if len(body) == 8 {
			return g.pick(id, body[:2]+"."+body[2:5]+"."+body[5:]+id[8:])
		}
		return g.pick(id, body[:1]+"."+body[1:4]+"."+body[4:]+id[7:])
	}, []string{"RUT %s", "Mi RUN es %s"}},
	{func(g gen) string {
		n := fmt.Sprint(10_000_000 + g.IntN(40_000_000))
		return g.pick(n, n[:2]+"."+n[2:5]+"."+n[5:])
	}, []string{"DNI %s", "Mi número de documento es %s"}},
	{func(g gen) string {
		return g.checked(func() string { return g.digits(8) }, digitAlphabet, luhn)
	}, []string{"ת.ז. %s", "Teudat Zehut: %s"}},
	{func(g gen) string {
		civil := g.until("NNNNNNNNN", nifValid)
		return g.checked(func() string { return civil + g.fill("AA") }, digitAlphabet, cartaoCidadaoValid)
	}, []string{"Cartão de Cidadão n.º %s"}},
	// the schemes of the fifth round: Switzerland, Germany's identity card,
	// Mexico's RFC, Colombia, and a HETU without its century sign
	{func(g gen) string {
		id := g.checked(func() string { return "756" + g.digits(9) }, digitAlphabet, ean13Valid)
		return g.pick(id, id[:3]+"."+id[3:7]+"."+id[7:11]+"."+id[11:])
	}, []string{"AHV-Nr.: %s", "Mon numéro AVS est le %s.", "Sozialversicherungsnummer %s"}},
	{func(g gen) string {
		draw := func() string {
			b := make([]byte, 9)
			for k := range b {
				b[k] = personalausweisChars[g.IntN(len(personalausweisChars))]
			}
			return string(b)
		}
		body := draw()
		for allDigits([]byte(body)) || !hasDigitPair(body) {
			body = draw()
		}
		return g.pick(body, body+string(icaoCheck([]byte(body))))
	}, []string{"Ausweisnummer: %s", "Meine Personalausweisnummer ist %s."}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2005)
		homo := string("123456789ABCDEFGHIJKLMNOPQRSTUV"[g.IntN(31)]) + string("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[g.IntN(35)])
		body := g.fill("AAAA") + yymmdd(y, m, d) + homo
		id := body + string(rfcCheck([]byte(body)))
		return g.pick(id, id[:4]+" "+id[4:10]+" "+id[10:], id[:4]+"-"+id[4:10]+"-"+id[10:])
	}, []string{"RFC: %s", "Mi RFC es %s para la factura."}},
	{func(g gen) string {
		n := g.pick("1"+g.pick("0", "1")+g.digits(8), fmt.Sprint(10_000_000+g.IntN(90_000_000)), fmt.Sprint(1_000_000+g.IntN(9_000_000)))
		if g.IntN(2) == 0 {
			return n
		}
		var b strings.Builder
		for k := range n {
			if k > 0 && (len(n)-k)%3 == 0 {
				b.WriteByte('.')
			}
			b.WriteByte(n[k])
		}
		return b.String()
	}, []string{"cédula %s", "identificado con C.C. No. %s de Bogotá", "Cédula de ciudadanía: %s"}},
	{func(g gen) string {
		y, m, d := g.birth(1930, 2015)
		body := ddmmyy(y, m, d) + fmt.Sprintf("%03d", 2+g.IntN(897))
		return body + string(hetuCheck([]byte(body)))
	}, []string{"hetu %s", "Henkilötunnus: %s"}},
	{func(g gen) string { // a person's number at an organisation
		return g.pick("", "", "MR", "A") + g.digits(6+g.IntN(5))
	}, []string{"Customer ID: %s", "my member ID number is %s", "Patient ID %s, admitted", "Meine Kundennummer lautet %s.", "Mon numéro client est le %s."}},
}

// nationalIDPositives are n valid ids, each in a sentence that names it.
func nationalIDPositives(g gen, n int) []labelled {
	out := make([]labelled, n)
	for i := range out {
		ig := nationalIDGens[i%len(nationalIDGens)]
		out[i] = labelled{NationalID, ig.id(g), g.pick(ig.templates...)}
	}
	return out
}

// nationalIDNearMiss is a clean fragment shaped like an id: a valid weak
// id with no word that names it, a distinctive shape with a broken check,
// or a number that is an order, a date or a count.
func (g gen) nationalIDNearMiss() string {
	ctx := g.pick("Order ", "job=", "row ", "offset ", "Invoice ", "ts ", "ticket #", "Batch ", "ref ", "Lot ", "SKU ", "request ")
	breakCheck := func(id string) string { // a different last character, so the check fails
		last := id[len(id)-1]
		alphabet := digitAlphabet
		if !isDigit(last) {
			alphabet = "ABCDEFGHJKLMNPRSTVWXYZ"
		}
		return id[:len(id)-1] + string(alphabet[(strings.IndexByte(alphabet, last)+1+g.IntN(len(alphabet)-1))%len(alphabet)])
	}
	switch g.IntN(13) {
	case 0, 1, 2: // a weak scheme's valid number, no cue
		weak := []int{0, 1, 10, 11, 14, 15, 16, 18, 20, 22, 23, 27, 29, 30, 31, 32, 33}
		ig := nationalIDGens[weak[g.IntN(len(weak))]]
		return ctx + strings.NewReplacer(".", "", "-", "", " ", "").Replace(ig.id(g))
	case 3, 4, 5: // a distinctive shape with its check broken
		strong := []int{6, 7, 8, 9, 17, 24, 29}
		return ctx + breakCheck(nationalIDGens[strong[g.IntN(len(strong))]].id(g))
	case 6: // a Korean shape with a month that does not exist
		return ctx + fmt.Sprintf("%02d%02d%02d-%d%06d", g.IntN(100), 13+g.IntN(87), 1+g.IntN(28), 1+g.IntN(4), g.IntN(1000000))
	case 7: // a NINO shape with a suffix that is not A-D
		return ctx + g.fill("AANNNNNN") + g.pick("E", "F", "X", "Z")
	case 8:
		return ctx + g.fill(g.pick("NNNNNNNNN", "NNNNNNNNNNN", "NNNNNNNNNNNN", "NNNNNNNNNNNNN", "NNN.NNN.NNN", "NN.NNN.NNN"))
	case 9:
		y, m, d := g.birth(1950, 2030)
		return g.pick(fmt.Sprintf("%04d%02d%02d-%04d", y, m, d, g.IntN(10000)), fmt.Sprintf("%02d%02d%02d-%04d", y%100, m, d, g.IntN(10000)), fmt.Sprintf("%04d%02d%02d%06d", y, m, d, g.IntN(1000000)))
	case 10:
		return fmt.Sprintf("%s%d", g.pick("ts=", "epoch ", "created_at: "), 1_500_000_000+g.IntN(300_000_000))
	case 11: // words that spell a cue's acronym in another language, or name no person, before a valid number
		return g.pick("pedido sin ", "nos quedamos sin ", "nas ", "run ", "build ", "PID ", "issue #", "customer order ", "cc ",
			"customer_id=", "user ID ", "port ") +
			g.checked(func() string { return g.digits(8) }, digitAlphabet, luhn)
	}
	return g.pick("CNPJ ", "NIP ", "P.IVA ", "KVK ", "REGON ", "VAT ") + g.fill(g.pick("NN.NNN.NNN/NNNN-NN", "NNN-NNN-NN-NN", "NNNNNNNNNNN", "NNNNNNNN", "NNNNNNNNN"))
}

// nationalIDCleanTexts are n sentences of national-id near-misses.
func nationalIDCleanTexts(g gen, n int) []string { return sentencesOf(g, n, g.nationalIDNearMiss) }
