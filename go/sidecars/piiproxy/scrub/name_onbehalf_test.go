package scrub

import "testing"

// TestOnBehalfIsAWholeWord: "adına" names the payee before it only as a
// word of its own; the letter after it is read as a letter of any script,
// not by its first byte (a Hebrew letter's first byte is "×", no letter).
// The family name is one the lists lack, so only the cue can mask it.
func TestOnBehalfIsAWholeWord(t *testing.T) {
	checkTexts(t, []textCase{
		{"IBAN sahibi: (Ahmet Yurtsever adına)", "IBAN sahibi: (<NAME_1> adına)"},
		{"Ahmet Yurtsever adına", "<NAME_1> adına"},
		{"Ahmet Yurtsever adınaשלום", "Ahmet Yurtsever adınaשלום"},
	})
}

// TestColleagueNames: an out-of-office reply names the colleague to write
// to after the word for a colleague, in its language's case ("z kolegą
// Tomaszem Nowakiem"); two capitalised words, so a capitalised word alone
// after it stays.
func TestColleagueNames(t *testing.T) {
	checkTexts(t, []textCase{
		{"In dringenden Fällen wenden Sie sich bitte an meine Kollegin Sabine Koch.",
			"In dringenden Fällen wenden Sie sich bitte an meine Kollegin <NAME_1>."},
		{"For urgent matters please contact my colleague Priya Patel on 07700 900123.",
			"For urgent matters please contact my colleague <NAME_1> on <PHONE_1>."},
		{"W pilnych sprawach proszę kontaktować się z kolegą Tomaszem Nowakiem.",
			"W pilnych sprawach proszę kontaktować się z kolegą <NAME_1>."},
		{"По срочным вопросам обращайтесь к моей коллеге Екатерине Соколовой.",
			"По срочным вопросам обращайтесь к моей коллеге <NAME_1>."},
		{"Pour toute urgence, contactez mon collègue Thomas Lefèvre.",
			"Pour toute urgence, contactez mon collègue <NAME_1>."},
		{"Ask a colleague. Then retry.", "Ask a colleague. Then retry."},
		{"The colleague Support team answers in an hour.", "The colleague Support team answers in an hour."},
	})
}

// TestCaselessDisplayNames: a display name in a script without letter case
// before an address in angle brackets, in a localised header or reply
// line; Han of four characters or more without a space stays, as a team's
// name is written so as often.
func TestCaselessDisplayNames(t *testing.T) {
	checkTexts(t, []textCase{
		{"发件人: 张伟 <zhang.wei@example.cn>", "发件人: <NAME_1> <<EMAIL_1>>"},
		{"보낸 사람: 김민수 <minsu.kim@example.kr>", "보낸 사람: <NAME_1> <<EMAIL_1>>"},
		{"מאת: כהן, יוסי <yossi@example.co.il>", "מאת: <NAME_1> <<EMAIL_1>>"},
		{"王芳 <wangfang@example.cn> 于2025年3月5日周三 14:22写道：", "<NAME_1> <<EMAIL_1>> 于2025年3月5日周三 14:22写道："},
		{"发件人: 客服中心 <service@example.cn>", "发件人: 客服中心 <<EMAIL_1>>"},
	})
}
