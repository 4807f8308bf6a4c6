package scrub

import "testing"

// TestNameEchoes pins nameEchoes: a word of a name a cue announced is a
// name wherever else it stands alone in the text, as written (a greeting's
// first name after a header's display name, a surname before an
// honorific, the whole name again in parentheses); inside a company's or a
// street's name, in lower case, and as a common English word opening a
// sentence it stays.
func TestNameEchoes(t *testing.T) {
	checkTexts(t, []textCase{
		{"To: Bennett, Oliver <oliver.bennett@harrowbuild.co.uk>\n\nOliver, the client wants the programme by Friday.",
			"To: <NAME_1> <<EMAIL_1>>\n\n<NAME_2>, the client wants the programme by Friday."},
		{"Customer: Maria Alvarez\nOrder 4500-2231\n\nAgent: Maria, your refund is on its way.",
			"Customer: <NAME_1>\nOrder 4500-2231\n\nAgent: <NAME_2>, your refund is on its way."},
		{"Kime: Demir, Mehmet <mehmet.demir@example.com.tr>\n\nMehmet Bey merhaba,",
			"Kime: <NAME_1> <<EMAIL_1>>\n\n<NAME_2> Bey merhaba,"},
		{"Кому: Смирнова Ольга Викторовна <o.smirnova@example.ru>\n\nОльга Викторовна, добрый день!",
			"Кому: <NAME_1> <<EMAIL_1>>\n\n<NAME_2>, добрый день!"},
		{"Written by John Doe <jd@example.org>; reports to jd@example.org (John Doe).",
			"Written by <NAME_1> <<EMAIL_1>>; reports to <EMAIL_1> (<NAME_1>)."},
		{"宛先: 佐藤 花子 <hanako.sato@example.co.jp>\n\n佐藤様\nお世話になっております。",
			"宛先: <NAME_1> <<EMAIL_1>>\n\n<NAME_2>様\nお世話になっております。"},
		{"收件人: 李娜 <li.na@example.com.cn>\n\n李娜您好，供应商同意下单。", "收件人: <NAME_1> <<EMAIL_1>>\n\n<NAME_1>您好，供应商同意下单。"},
		{"받는 사람: 이지은 <jieun.lee@example.co.kr>\n\n이지은 과장님, 납품을 확약했습니다.",
			"받는 사람: <NAME_1> <<EMAIL_1>>\n\n<NAME_1> 과장님, 납품을 확약했습니다."},
		// the given name before an echoed family name inside a sentence; a
		// greeting's word, a title and a sentence's first word are none
		{"Dear Ms. Olsen,\nThis is to let you know that Liam Olsen was absent.",
			"Dear Ms. <NAME_1>,\nThis is to let you know that <NAME_2> was absent."},
		{"To: Bakker, Sanne <s.bakker@example.nl>\n\nHoi Sanne,\nWhen Bakker calls, Dr Bakker answers.",
			"To: <NAME_1> <<EMAIL_1>>\n\nHoi <NAME_2>,\nWhen <NAME_3> calls, Dr <NAME_3> answers."},
		// a family name inside a company's or a street's name (read whole as
		// an address), in lower case,
		// or a common word opening a sentence, stays
		{"Contact person: Aylin Kaya\nCompany: Kaya Tekstil", "Contact person: <NAME_1>\nCompany: Kaya Tekstil"},
		{"Họ và tên: Nguyễn Thị Lan\nĐịa chỉ: 84/12 Nguyễn Trãi, Quận 5", "Họ và tên: <NAME_1>\nĐịa chỉ: <ADDRESS_1>, Quận 5"},
		{"Name: Will Turner\nWill you send the invoice to accounts? The address maria.turner@ is not his.",
			"Name: <NAME_1>\nWill you send the invoice to accounts? The address maria.turner@ is not his."},
	})
}

// TestDepartmentDisplayNames pins caselessGroupName and the department
// words of notNames: a department's or a team's display name in a mail
// header is no person's, in scripts with and without letter case, while
// the people beside it are masked.
func TestDepartmentDisplayNames(t *testing.T) {
	checkTexts(t, []textCase{
		{"宛先: 佐藤 花子 <hanako.sato@example.co.jp>\nCC: 営業部 <eigyo@example.co.jp>",
			"宛先: <NAME_1> <<EMAIL_1>>\nCC: 営業部 <<EMAIL_2>>"},
		{"收件人: 李娜 <li.na@example.com.cn>\n抄送: 采购部 <caigou@example.com.cn>",
			"收件人: <NAME_1> <<EMAIL_1>>\n抄送: 采购部 <<EMAIL_2>>"},
		{"받는 사람: 이지은 <jieun.lee@example.co.kr>\n참조: 구매팀 <purchase@example.co.kr>",
			"받는 사람: <NAME_1> <<EMAIL_1>>\n참조: 구매팀 <<EMAIL_2>>"},
		{"إلى: خالد العتيبي <khalid@example.sa>\nنسخة: المشتريات <purchasing@example.sa>",
			"إلى: <NAME_1> <<EMAIL_1>>\nنسخة: المشتريات <<EMAIL_2>>"},
		{"אל: לוי, מיכל <michal.levi@example.co.il>\nעותק: רכש <rechesh@example.co.il>",
			"אל: <NAME_1> <<EMAIL_1>>\nעותק: רכש <<EMAIL_2>>"},
		{"A: Bianchi Giulia <giulia.bianchi@example.it>\nCc: Ufficio Acquisti <acquisti@example.it>",
			"A: <NAME_1> <<EMAIL_1>>\nCc: Ufficio Acquisti <<EMAIL_2>>"},
		{"Kime: Demir, Mehmet <mehmet.demir@example.com.tr>\nBilgi: Satın Alma <satinalma@example.com.tr>",
			"Kime: <NAME_1> <<EMAIL_1>>\nBilgi: Satın Alma <<EMAIL_2>>"},
	})
}
