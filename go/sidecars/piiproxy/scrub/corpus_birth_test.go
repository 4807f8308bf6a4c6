package scrub

import "fmt"

// The date-of-birth part of the labelled corpus (corpus_test.go). It draws
// from a generator of its own, so that adding it left every other kind's
// texts, and their figures, as they were.

// birthSeed seeds the date-of-birth generator.
const birthSeed = 19850312

// dateStyle writes a date as one locale does.
type dateStyle func(y, m, d int) string

func numeric(format string, yearFirst bool) dateStyle {
	return func(y, m, d int) string {
		if yearFirst {
			return fmt.Sprintf(format, y, m, d)
		}
		return fmt.Sprintf(format, d, m, y)
	}
}

// written is a day, a month's name and a year, in the format's order
// (day, month, year; or with monthFirst, month, day, year).
func written(format string, months [12]string, monthFirst bool) dateStyle {
	return func(y, m, d int) string {
		if monthFirst {
			return fmt.Sprintf(format, months[m-1], d, y)
		}
		return fmt.Sprintf(format, d, months[m-1], y)
	}
}

var (
	englishMonths = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	germanMonths  = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	frenchMonths  = [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	spanishMonths = [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	italianMonths = [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
	portMonths    = [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
	dutchMonths   = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	shortMonths   = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	thaiMonths    = [12]string{"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"}
	thaiShort     = [12]string{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."}
	arabicMonths  = [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	levantMonths  = [12]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
)

// buddhistEra writes a day, a Thai month and the year of the Buddhist era,
// with or without its mark "พ.ศ.".
func buddhistEra(months [12]string, mark string) dateStyle {
	return func(y, m, d int) string { return fmt.Sprintf("%d %s %s%d", d, months[m-1], mark, y+543) }
}

// birthLocales are, by locale, sentences with a birth cue and the date
// styles that locale writes (birth), and sentences with another date cue
// (other), for the near-misses.
var birthLocales = []struct {
	birth, other []string
	styles       []dateStyle
}{
	{
		[]string{"DOB: %s", "Date of birth: %s\nPhone: n/a", "I was born on %s.", "My date of birth is %s, why is the form rejecting it?",
			"Patient DOB %s, admitted for observation.", `{"dob": "%s", "plan": "pro"}`, "birth_date=%s", "Birthdate: %s"},
		[]string{"Invoice date: %s", "Released on %s.", "Deadline %s, no extensions.", "updated_at=%s", `{"created": "%s"}`,
			"The meeting moved to %s.", "Last login %s from the office."},
		[]dateStyle{numeric("%04d-%02d-%02d", true), numeric("%02d/%02d/%04d", false), written("%s %d, %d", englishMonths, true),
			written("%d %s %d", englishMonths, false), written("%d %s %d", shortMonths, false)},
	},
	{
		[]string{"Geburtsdatum: %s", "geb. %s in Hamburg", "Ich bin geboren am %s.", "Geburtsdatum %s, Versicherungsnummer folgt"},
		[]string{"Rechnungsdatum: %s", "Lieferung am %s", "Stand: %s", "Gültig bis %s"},
		[]dateStyle{numeric("%02d.%02d.%04d", false), numeric("%d.%d.%04d", false), written("%d. %s %d", germanMonths, false)},
	},
	{
		[]string{"Date de naissance : %s", "Je suis née le %s.", "Né le %s à Lyon"},
		[]string{"Date de livraison : %s", "Facture du %s", "Mise à jour le %s"},
		[]dateStyle{numeric("%02d/%02d/%04d", false), written("%d %s %d", frenchMonths, false)},
	},
	{
		[]string{"Fecha de nacimiento: %s", "Nací el %s en Sevilla.", "fecha_nacimiento=%s"},
		[]string{"Fecha de emisión: %s", "Vence el %s", "Pedido del %s"},
		[]dateStyle{numeric("%02d/%02d/%04d", false), numeric("%02d-%02d-%04d", false), written("%d de %s de %d", spanishMonths, false)},
	},
	{
		[]string{"Data di nascita: %s", "Sono nato il %s."},
		[]string{"Data di scadenza: %s", "Consegna prevista il %s"},
		[]dateStyle{numeric("%02d/%02d/%04d", false), written("%d %s %d", italianMonths, false)},
	},
	{
		[]string{"Data de nascimento: %s", "Nasci em %s."},
		[]string{"Data de vencimento: %s", "Emitido em %s"},
		[]dateStyle{numeric("%02d/%02d/%04d", false), written("%d de %s de %d", portMonths, false)},
	},
	{
		[]string{"Geboortedatum: %s", "Ik ben geboren op %s."},
		[]string{"Factuurdatum: %s", "Geleverd op %s"},
		[]dateStyle{numeric("%02d-%02d-%04d", false), written("%d %s %d", dutchMonths, false)},
	},
	{
		[]string{"Дата рождения: %s", "Я родилась %s в Казани.", "Data urodzenia: %s", "Doğum tarihi: %s", "Födelsedatum: %s"},
		[]string{"Дата заказа: %s", "Data wystawienia: %s", "Fatura tarihi: %s", "Leveransdatum: %s"},
		[]dateStyle{numeric("%02d.%02d.%04d", false)},
	},
	{
		[]string{"出生日期：%s", "我的生日是%s。", "生年月日：%s", "%s生まれです。"},
		[]string{"发布日期：%s", "更新日：%s", "本协议自%s生效。"},
		[]dateStyle{numeric("%d年%d月%d日", true)},
	},
	{
		[]string{"생년월일: %s", "생일은 %s입니다"},
		[]string{"작성일: %s", "배송일 %s"},
		[]dateStyle{numeric("%d년 %d월 %d일", true), numeric("%04d.%02d.%02d", true)},
	},
	{
		[]string{"วันเกิด %s", "ผมเกิดวันที่ %s ที่เชียงใหม่"},
		[]string{"วันที่ออกใบแจ้งหนี้ %s", "กำหนดส่งสินค้า %s"},
		[]dateStyle{buddhistEra(thaiMonths, ""), buddhistEra(thaiShort, "พ.ศ. "), written("%d %s %d", thaiMonths, false)},
	},
	{
		[]string{"تاريخ الميلاد: %s", "ولدت في %s في بغداد"},
		[]string{"تاريخ الفاتورة: %s", "موعد التسليم %s"},
		[]dateStyle{written("%d %s %d", arabicMonths, false), written("%d %s %d", levantMonths, false)},
	},
}

// randomDate draws a valid date of a year between from and from+span.
func (g gen) randomDate(from, span int) (y, m, d int) {
	y, m = from+g.IntN(span), 1+g.IntN(12)
	d = 1 + g.IntN(daysIn(y, m))
	return y, m, d
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// birthDatePositives draws n dates of birth (1920 to 2012) behind birth cues.
func birthDatePositives(g gen, n int) []labelled {
	out := make([]labelled, n)
	for i := range out {
		loc := birthLocales[g.IntN(len(birthLocales))]
		style := loc.styles[g.IntN(len(loc.styles))]
		y, m, d := g.randomDate(1920, 93)
		out[i] = labelled{DateOfBirth, style(y, m, d), g.pick(loc.birth...)}
	}
	return out
}

// birthDateNearMisses are n clean texts: the same date styles (recent
// dates, as documents carry) behind cues for other dates, and birth words
// with no date of birth after them.
func birthDateNearMisses(g gen, n int) []string {
	out := make([]string, n)
	for i := range out {
		if g.IntN(5) == 0 {
			out[i] = g.pick("The birthday party is on Friday.", "Happy bday! See you at 7.", "The project was born in "+fmt.Sprint(2000+g.IntN(25))+".",
				"Grace Hopper (b. 1906) wrote the first compiler.", "DOB unknown, age "+fmt.Sprint(18+g.IntN(70))+".",
				"Add a date_of_birth column before "+numeric("%04d-%02d-%02d", true)(g.randomDate(2020, 6))+".",
				"DOB: "+numeric("%04d-%02d-%02d", true)(2150, 1, 1)+" is a test fixture.", "Geburtstagsfeier am "+numeric("%02d.%02d.%04d", false)(g.randomDate(2020, 6)),
				"The idea was born on a napkin at the "+numeric("%04d-%02d-%02d", true)(g.randomDate(2015, 10))+" offsite.")
			continue
		}
		loc := birthLocales[g.IntN(len(birthLocales))]
		style := loc.styles[g.IntN(len(loc.styles))]
		out[i] = fmt.Sprintf(g.pick(loc.other...), style(g.randomDate(1990, 36)))
	}
	return out
}
