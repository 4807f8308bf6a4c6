package scrub

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Thai writes no spaces between the words of a phrase, only between
// phrases, so a cue is glued to the name after it ("ผมชื่อสมชาย ใจดี ครับ",
// "my name is Somchai Jaidee"). What gives the name away is its shape: the
// given name glued to the cue, one space, the surname, then a space,
// punctuation or a polite particle; a name's words are short, and they do
// not start with the words that follow these cues in prose ("ผมชื่ออะไร",
// "what is my name"; "เรียน คุณลูกค้า", "dear customer"). The cues of each
// kind are in thaiNameCues.
type thaiCue uint8

const (
	notThai thaiCue = iota
	// thaiIntro: "I am called", a pronoun and "ชื่อ"; glued to the words
	// before it ("สวัสดีครับผมชื่อ…"); a given name alone may follow.
	thaiIntro
	// thaiLabel: a form label or a greeting at a word's start; its minWords
	// says whether a given name alone will do.
	thaiLabel
	// thaiTitle: "Mr", "Mrs", "Miss"; a given name and a surname after it,
	// and the title either starts a phrase or follows a word that takes a
	// person (thaiPersonVerbs). "นาย" also starts "นายจ้าง" (employer) and
	// "ทำนาย" (to predict), which these rules leave alone.
	thaiTitle
)

// thaiTitleCues are the courtesy titles written glued to a given name,
// longest first where one starts another; the title stays outside the
// name's span, as courtesyTitles do.
var thaiTitleCues = []string{"นายแพทย์", "แพทย์หญิง", "นางสาว", "นาง", "นาย", "น.ส.", "ด.ช.", "ด.ญ.", "นพ.", "พญ.", "ดร."}

// thaiTitles are the titles skipped where a name begins: also "คุณ", which
// is the pronoun "you" as well ("คุณสามารถ…", "you can …"), so a title
// after a label or a greeting but no cue of its own.
var thaiTitles = append(slices.Clip(thaiTitleCues), "คุณ")

// thaiNameCues are the cues of each kind; see thaiCue.
func thaiNameCues() []nameCue {
	var cues []nameCue
	add := func(c nameCue, texts ...string) {
		for _, t := range texts {
			c.text = t
			cues = append(cues, c)
		}
	}
	add(nameCue{thai: thaiIntro, glued: true, minWords: 1}, "ผมชื่อ", "ดิฉันชื่อ", "ฉันชื่อ", "หนูชื่อ", "กระผมชื่อ")
	// a bare "ชื่อ" (name) and a space, as a form's label without its colon
	// ("ชื่อ สมชาย ใจดี"); glued to what follows it is as often a noun's
	// label ("ชื่อโครงการ", the project's name), and is left
	add(nameCue{thai: thaiLabel, minWords: 2},
		"ชื่อ ", "ชื่อ:", "ชื่อ :", "ชื่อ-นามสกุล:", "ชื่อ - นามสกุล:", "ชื่อ-สกุล:", "ชื่อและนามสกุล:", "ชื่อผู้ติดต่อ:",
		"ผู้ติดต่อ:", "ชื่อลูกค้า:", "ลูกค้า:", "ชื่อผู้รับ:", "ผู้รับ:", "ชื่อผู้แจ้ง:", "ผู้แจ้ง:")
	// "Dear Khun …": a letter's greeting, often with the given name alone
	add(nameCue{thai: thaiLabel, minWords: 1}, "เรียนคุณ", "เรียน คุณ", "ถึงคุณ", "ถึง คุณ")
	add(nameCue{thai: thaiTitle, glued: true, minWords: 2}, thaiTitleCues...)
	// closings: "Yours faithfully", "Respectfully", the name on the next line
	add(nameCue{minWords: 2, newline: true}, "ขอแสดงความนับถือ", "ด้วยความเคารพ", "ด้วยความนับถือ")
	return cues
}

// thaiPersonVerbs end the Thai words a title may be glued to: verbs and
// prepositions that take a person ("ติดต่อกลับนาย…", "call Mr … back";
// "ส่งให้นาง…", "send to Mrs …").
var thaiPersonVerbs = []string{"ติดต่อ", "กลับ", "ถึง", "เรียน", "กับ", "ของ", "โดย", "จาก", "ให้", "คือ", "แด่", "และ", "หรือ", "ผู้รับ"}

// thaiTitleNouns are the nouns that begin with a title ("นายจ้าง",
// employer; "นายกรัฐมนตรี", prime minister; "นางแบบ", model; "นางงาม",
// beauty queen): checked where a given name would start, not in a
// surname, which may start with the same letters ("งามพิเชษฐ์").
var thaiTitleNouns = []string{
	"กรัฐมนตรี", "กเทศมนตรี", "จ้าง", "หน้า", "ทุน", "อำเภอ", "ท่าน", "ประกัน", "ตำรวจ", "ทหาร",
	"ฟ้า", "แบบ", "พยาบาล", "เอก", "งาม", "ร้าย", "สนม",
}

// thaiNonNames start the phrases that follow a cue but name no one:
// people who are no one in particular ("ลูกค้า", customer; "ทีมงาน", the
// team), organisations ("บริษัท", a company; "องค์กร", an organisation;
// "โรงเรียน", a school), things a label names ("ไฟล์", a file; "ระบบ", a
// system) and the question words, verbs and conjunctions of prose
// ("ผมชื่ออะไร", "what is my name"; "ชื่อเสียง", reputation).
var thaiNonNames = []string{
	"ลูกค้า", "ผู้", "สมาชิก", "ทุกท่าน", "ทีม", "เจ้าหน้าที่",
	"บริษัท", "ร้าน", "ห้าง", "องค์กร", "หน่วยงาน", "สำนักงาน", "โรง", "ฝ่าย", "แผนก",
	"ไฟล์", "โครงการ", "โปรเจกต์", "สินค้า", "เรื่อง", "ระบบ", "ตาราง", "คอลัมน์", "ฟิลด์", "โดเมน", "เซิร์ฟเวอร์",
	"อะไร", "ไม่", "ว่า", "ก็", "จะ", "ได้", "ยัง", "อยาก", "ต้อง", "ขอ", "และ", "หรือ", "ที่", "ซึ่ง", "เป็น", "คือ", "เสียง",
}

// thaiParticles are the polite particles that end a Thai sentence, alone
// or glued to the last word ("ใจดีครับ").
var thaiParticles = []string{"นะครับ", "ครับผม", "นะคะ", "ครับ", "ค่ะ", "คะ", "ค่า", "นะ", "จ้า", "จ้ะ"}

// Thai names' words, in runes (letters and their marks): nicknames have
// two, given names seldom more than fifteen, surnames twenty.
const (
	thaiMinWord    = 2
	thaiMaxGiven   = 15
	thaiMaxSurname = 20
)

// isThaiLetter: a Thai consonant, vowel or tone mark, not a digit, "ฯ",
// "ๆ" or "฿".
func isThaiLetter(r rune) bool {
	return 0x0e01 <= r && r <= 0x0e3a && r != 0x0e2f || 0x0e40 <= r && r <= 0x0e4e && r != 0x0e46
}

// thaiRunEnd is the end of the run of Thai letters that starts at i.
func thaiRunEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isThaiLetter(r) {
			break
		}
		i += n
	}
	return i
}

// thaiRunStart is the start of the run of Thai letters that ends at i.
func thaiRunStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isThaiLetter(r) {
			break
		}
		i -= n
	}
	return i
}

// thaiTitleLen is the length of the longest title at i ("นางสาว", not
// "นาง"), or 0.
func thaiTitleLen(s string, i int) int {
	for _, t := range thaiTitles {
		if strings.HasPrefix(s[i:], t) {
			return len(t)
		}
	}
	return 0
}

// thaiName reads the name a Thai cue announces: past spaces and a title,
// a given name, then after one space a surname, with at least c.minWords
// words. The title cue must be the whole title ("นาง" is no cue in
// "นางสาว…") and must start a phrase or follow a word that takes a person.
func (c nameCue) thaiName(s string, i int) (span, bool) {
	if c.thai == thaiTitle {
		at := i - len(c.text)
		if thaiTitleLen(s, at) != len(c.text) || !thaiTitleContext(s, at) {
			return span{}, false
		}
	}
	return thaiNameAt(s, skipSpaces(s, i), c.minWords)
}

// thaiTitleContext: the title at i starts a phrase (no Thai letter before
// it) or is glued to a word that ends in one of thaiPersonVerbs.
func thaiTitleContext(s string, i int) bool {
	before := s[thaiRunStart(s, i):i]
	if before == "" {
		return true
	}
	for _, v := range thaiPersonVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// thaiNameAt reads a Thai name of one or two words, and at least minWords,
// at i, after a title that stays outside it.
func thaiNameAt(s string, i, minWords int) (span, bool) {
	i += thaiTitleLen(s, i)
	end, particle, ok := thaiNameWord(s, i, thaiMaxGiven)
	if !ok || cueAt(s[i:], thaiTitleNouns) {
		return span{}, false
	}
	words := 1
	if !particle && end+1 < len(s) && s[end] == ' ' {
		if sur, _, ok := thaiNameWord(s, end+1, thaiMaxSurname); ok {
			end, words = sur, 2
		}
	}
	return span{i, end}, words >= minWords
}

// thaiNameWord reads one word of a name at i: a run of Thai letters of
// thaiMinWord to max runes that is no particle and starts no non-name,
// without a particle glued to its end (then particle is true: the name
// ends there).
func thaiNameWord(s string, i, max int) (end int, particle, ok bool) {
	end = thaiRunEnd(s, i)
	word := s[i:end]
	for _, p := range thaiParticles {
		if rest, cut := strings.CutSuffix(word, p); cut && utf8.RuneCountInString(rest) >= thaiMinWord {
			word, end, particle = rest, i+len(rest), true
			break
		}
	}
	n := utf8.RuneCountInString(word)
	if n < thaiMinWord || n > max || slices.Contains(thaiParticles, word) {
		return 0, false, false
	}
	for _, non := range thaiNonNames {
		if strings.HasPrefix(word, non) {
			return 0, false, false
		}
	}
	return end, particle, true
}

// thaiAt: a Thai letter starts s[i:].
func thaiAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isThaiLetter(r)
}
