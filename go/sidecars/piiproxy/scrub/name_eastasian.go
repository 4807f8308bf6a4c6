package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// East Asian names in Latin letters ("Zhang Xiaoming", "Takahashi Yuki",
// "Kim Min-jun", "Nguyen Van An", "Haruka Yamamoto") are in neither name
// list: the given names are romanised from scripts the lists do not read,
// and there are too many to list. What they do have is a small set of
// family names and given names built from the syllables of one language,
// so eastAsianEnd asks for a family name of eastAsianFamilies and, beside
// it, words that are whole pinyin, Hepburn or Korean syllables: "Sun
// Microsystems", "Park Avenue" and "Kim Possible" are no such words.

// eastAsianFamilies are the commonest family names of China (pinyin and
// Cantonese), Korea, Japan and Vietnam (with and without its marks), in
// lower case. Ones that are common words or titles elsewhere ("He", "Ma",
// "Do", "An", "Go", "Long", the Indonesian "Pak") are left out.
var eastAsianFamilies = func() map[string]bool {
	m := map[string]bool{}
	for name := range strings.FieldsSeq(`
		wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie song tang
		han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao
		jin fu zhong xue tan dai cui qiu qin jia xia gu fang kong bai zou meng xiong yin lei shi hao duan
		hou shao mao wan qian yan chang mo ou zhan
		wong chan leung cheung lau ng lam tse yip tsang kwok chow lai fung chiu tam lo mak kwan chu yuen tsui
		kim lee yi park choi choe jung jeong kang cho jo yoon yun jang lim im oh seo shin sin kwon hwang
		ahn hong jeon jun ko moon mun son bae baek heo nam noh roh kwak seong sung cha joo ju woo koo ku min
		ryu yoo
		sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
		yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa
		nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii
		nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko
		wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando
		taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano kojima
		otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto
		arai hattori
		nguyen tran le pham hoang huynh phan vu vo dang bui ho ngo duong ly trinh dinh truong dao doan luong
		nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý trịnh đinh trương đào đoàn lương`) {
		m[name] = true
	}
	return m
}()

// vietnameseFamilies are those of eastAsianFamilies that are Vietnamese:
// their given names are one to three syllables, each a word of its own.
// True: the name is Vietnamese's alone; false: it is also a word or a name
// elsewhere ("Le Monde", "Ho", "Ly"), so the first syllable after it must
// carry Vietnamese marks or be a common Vietnamese middle or given name.
var vietnameseFamilies = func() map[string]bool {
	m := map[string]bool{}
	for name := range strings.FieldsSeq(`nguyen tran pham hoang huynh phan dang bui ngo duong trinh dinh truong
		doan luong nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý trịnh đinh trương đào
		đoàn lương`) {
		m[name] = true
	}
	for name := range strings.FieldsSeq("le vu vo ho ly dao") {
		m[name] = false
	}
	return m
}()

// vietnameseGiven are common Vietnamese middle and given names written
// without their marks.
var vietnameseGiven = func() map[string]bool {
	m := map[string]bool{}
	for name := range strings.FieldsSeq(`van thi minh hoang anh duc quoc huu thanh ngoc xuan thu hai hung lan
		mai hoa phuc tuan nam linh trang huong dung hien khanh quang son tam vinh binh cuong dat hieu huy
		khoa phong tai thang trung tung viet hanh thao nga yen ngan oanh phuong quynh tien uyen vy an`) {
		m[name] = true
	}
	return m
}()

// eastAsianEnd is the end of an East Asian name that starts with the word
// s[i:e], or 0: a family name and one or two given names ("Zhang
// Xiaoming", "Tan Wei Ming", "Kim Min-jun"; in Vietnamese up to three
// syllables: "Nguyen Van An", "Trần Thị Mai"), or a given name and a
// family name ("Haruka Yamamoto", "Wei Chen").
func eastAsianEnd(s string, i, e int) int {
	next, nextEnd := nextCapitalised(s, e)
	if next == "" {
		return 0
	}
	var buf [24]byte
	if first := lowerWord(&buf, s[i:e]); eastAsianFamilies[string(first)] {
		alone, viet := vietnameseFamilies[string(first)]
		if viet && !alone && isASCII(next) && !vietnameseGiven[strings.ToLower(next)] {
			return 0 // "Le Monde", "Ho Street"
		}
		end, words := 0, 0
		for next != "" && words < 3 && (viet && vietnameseSyllable(next) && !vietnameseFirmWords[next] ||
			!viet && eastAsianGivenAfterFamily(next)) {
			end, words = nextEnd, words+1
			if !viet && words == 2 {
				break
			}
			next, nextEnd = nextCapitalised(s, nextEnd)
		}
		return end
	}
	if eastAsianFamilies[string(lowerWord(&buf, next))] && eastAsianGiven(s[i:e]) {
		return nextEnd
	}
	return 0
}

// lowerWord is word in lower case, in buf when it fits: a map lookup by
// string(lowerWord(…)) then allocates nothing. Not appendNameKey, which
// drops apostrophes for the lists' sake: "I'm" is no "Im" (a Korean family
// name).
func lowerWord(buf *[24]byte, word string) []byte {
	b := buf[:0]
	for _, r := range word {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// vietnameseFirmWords open a company's type after its owners' family
// names ("Nguyễn Công ty TNHH", "Phạm Tập Đoàn", "Bùi Doanh nghiệp tư
// nhân"): the name stops before them.
var vietnameseFirmWords = map[string]bool{"Công": true, "Cong": true, "Tập": true, "Tap": true, "Doanh": true,
	"Cty": true}

// nextCapitalised is the capitalised word after the space at e, and its
// end; "" if none.
func nextCapitalised(s string, e int) (string, int) {
	if word, w := wordAfterSpace(s, e); capitalised(word) && !strings.HasSuffix(word, ".") { // "Min-jun" too
		return word, w
	}
	return "", 0
}

// eastAsianGiven: word is made of whole syllables of pinyin, Hepburn
// romaji or Korean romanisation, two parts joined by a hyphen in Korean
// ("Xiaoming", "Yuki", "Min-jun"), and is no family name of the list.
func eastAsianGiven(word string) bool {
	lower := strings.ToLower(word)
	if eastAsianFamilies[lower] || len(lower) < 2 || len(lower) > 12 {
		return false
	}
	if a, b, ok := strings.Cut(lower, "-"); ok {
		return syllables(a, koreanParts, 1) && syllables(b, koreanParts, 1)
	}
	return syllables(lower, pinyinParts, 3) || romajiSyllables(lower, 4) || syllables(lower, koreanParts, 2)
}

// eastAsianGivenAfterFamily: word is a given name after a family name: as
// eastAsianGiven, or a one-syllable pinyin given name that is a family name
// as well ("Zhao Min", "Wang Li", "Chen Yang"), which only its place after
// a family name tells apart.
func eastAsianGivenAfterFamily(word string) bool {
	if eastAsianGiven(word) {
		return true
	}
	lower := strings.ToLower(word)
	return eastAsianFamilies[lower] && syllables(lower, pinyinParts, 1)
}

// pinyinParts and koreanParts are the pieces of a syllable, in order.
var (
	pinyinParts = [][]string{
		{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
			"y", "w", ""},
		{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao", "ou",
			"an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ue", "ui", "er", "a", "o", "e", "i", "u"},
	}
	koreanParts = [][]string{
		{"kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", ""},
		{"yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui", "oo",
			"ee", "a", "e", "o", "u", "i"},
		{"ng", "k", "n", "t", "l", "m", "p", ""},
	}
)

// syllables: word splits into at most max syllables, each made of one
// piece of every list of parts in turn (pinyin: an initial and a final;
// Korean: an initial, a vowel and a final; the empty piece where a list
// has one). A search with backtracking: the words are short.
func syllables(word string, parts [][]string, max int) bool {
	if word == "" {
		return true
	}
	return max > 0 && syllableFrom(word, len(word), parts, 0, max)
}

// syllableFrom reads the pieces of one syllable from parts[k] on; rest is
// the word after the pieces read so far, and start the length the word had
// when the syllable began.
func syllableFrom(rest string, start int, parts [][]string, k, max int) bool {
	if k == len(parts) {
		return len(rest) < start && syllables(rest, parts, max-1) // a syllable is never empty
	}
	for _, piece := range parts[k] {
		if strings.HasPrefix(rest, piece) && syllableFrom(rest[len(piece):], start, parts, k+1, max) {
			return true
		}
	}
	return false
}

// romajiSyllables: word splits into at most max Hepburn syllables: a
// consonant (perhaps with "y"), then a vowel; or "n"; a doubled consonant
// is the first half of a geminate ("Hattori").
func romajiSyllables(word string, max int) bool {
	if word == "" {
		return true
	}
	if max == 0 {
		return false
	}
	if len(word) > 1 && word[0] == word[1] && strings.IndexByte("kstp", word[0]) >= 0 {
		return romajiSyllables(word[1:], max)
	}
	if word[0] == 'n' && romajiSyllables(word[1:], max-1) {
		return true
	}
	for _, c := range []string{"sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "k", "g", "s",
		"z", "t", "d", "n", "h", "b", "p", "m", "y", "r", "w", "j", "f", ""} {
		rest, ok := strings.CutPrefix(word, c)
		if ok && rest != "" && strings.IndexByte("aiueo", rest[0]) >= 0 && romajiSyllables(rest[1:], max-1) {
			return true
		}
	}
	return false
}

// vietnameseSyllable: word is one syllable as Vietnamese names are written,
// with or without marks: letters only, at most seven.
func vietnameseSyllable(word string) bool {
	n := utf8.RuneCountInString(word)
	return n >= 2 && n <= 7 && strings.IndexByte(word, '-') < 0 && strings.IndexByte(word, '\'') < 0
}
