package scrub

import (
	"strings"
	"unicode/utf8"
)

// CJK addresses have no spaces or street-type words for the rules of
// address.go to anchor on; they are written from the largest unit down,
// each unit's name glued to its suffix, and end in the block or house
// number:
//
//	東京都千代田区千代田1-1, 千代田区丸の内2丁目7-2    Japanese: 都道府県 and 市区町村郡, then chōme and block numbers
//	北京市朝阳区建国路88号, 上海市浦东新区世纪大道100号  Chinese: 省市区县, a road (路街道巷弄), its number and 号
//	서울특별시 강남구 테헤란로 152                      Korean: 시도 and 구군 words, a road ending in 로 or 길, its number
//
// A match needs administrative units as well as the number: a number after
// one Han word ("図1-1", "第3章2-1", "区間1-2") or after a Korean word ending
// in the particle 로 ("버스로 10분": "10 minutes by bus") is no address.
func findCJKAddresses(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) || !isHan(lastRune(s[:i])) && !hangulWordBefore(s, i) {
			continue
		}
		if sp, ok := cjkAddressAt(s, i); ok {
			out = append(out, sp)
			i = sp.end - 1
		}
	}
	return out
}

const (
	japaneseUnits = "都道府県市区町村郡"
	chineseUnits  = "省市区县州盟旗區縣" // and the traditional 區 and 縣 of Taiwan and Hong Kong
	chineseRoads  = "路街道巷弄"
)

// cjkAddressAt tries the three forms on the number at s[i].
func cjkAddressAt(s string, i int) (span, bool) {
	if run := hanRun(s, i); run < i {
		// a Chinese road's number and 号 first: Japanese reads "号3" as a
		// block's and stops before the building ("世纪大道1500号3栋1202室")
		if strings.ContainsRune(chineseRoads, lastRune(s[:roadSectionStart(s, i)])) {
			units, from := adminUnits(s, run, i, chineseUnits)
			if end, ok := chineseNumberEnd(s, i); ok && (units >= 1 || buildingAfter(s, end)) {
				if units == 0 {
					// Hong Kong names its districts without a suffix
					// ("九龍旺角彌敦道688號12樓B室"): the address is the
					// run of Han letters, when a floor or a flat follows
					from = max(run, i-maxUnsuffixedPlace)
					for !utf8.RuneStart(s[from]) {
						from++
					}
				}
				return span{from, end}, true
			}
		}
		units, from := adminUnits(s, run, i, japaneseUnits)
		if end, groups, marked := japaneseBlock(s, i); units >= 2 && (groups >= 2 || marked) || units == 1 && marked {
			return span{from, end}, true
		}
	}
	if start, ok := koreanRoadBefore(s, i); ok {
		return span{start, numberWithBranchEnd(s, i)}, true
	}
	return span{}, false
}

// maxUnsuffixedPlace is how many bytes of Han letters before a road's
// number an address without administrative suffixes may take: a district,
// a neighbourhood and the road's name, each two or three letters.
const maxUnsuffixedPlace = 10 * 3

// roadSectionStart is where a Taiwanese road's section ("文化路一段",
// "人民南路四段": a numeral and 段) that ends at i starts, or i.
func roadSectionStart(s string, i int) int {
	if lastRune(s[:i]) != '段' {
		return i
	}
	j := i - len("段")
	for j > 0 && strings.ContainsRune("一二三四五六七八九十", lastRune(s[:j])) {
		j -= len("一")
	}
	if j == i-len("段") {
		return i
	}
	return j
}

// buildingAfter: the house number ending at end is followed by a floor or
// a flat ("12樓B室"), which chineseNumberEnd took: a road's number and
// its building's units make an address even without a district's suffix.
func buildingAfter(s string, end int) bool {
	r := lastRune(s[:end])
	return strings.ContainsRune("樓楼層层室座", r)
}

// hanRun is where the run of Han letters ending at end starts; the kana
// that place names keep (の, ヶ, ケ: 丸の内, 霞ヶ関) count as letters.
func hanRun(s string, end int) int {
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !isHan(r) && !strings.ContainsRune("のヶケ", r) {
			break
		}
		end -= n
	}
	return end
}

// isHan is a Han letter: a CJK letter that is neither kana nor Hangul.
func isHan(r rune) bool { return r >= 0x3400 && isCJK(r) && !isHangul(r) }

func isHangul(r rune) bool { return 0xac00 <= r && r <= 0xd7af || 0x1100 <= r && r <= 0x11ff }

// adminUnits counts the administrative suffixes from units in s[start:end]
// that follow a name of their own ("京都市" is one unit: 都 ends the name
// 京, 市 has none), and returns where the address starts: at most three
// letters before the first of them, as a place name is two or three
// letters and what stands before it ("我住在北京市…") is the sentence.
func adminUnits(s string, start, end int, units string) (count, from int) {
	named := start // where the current unit's name starts
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(units, r) && i > named {
			if count == 0 {
				from = i
				for k := 0; k < 3 && from > start; k++ {
					from -= utf8.RuneLen(lastRune(s[:from]))
				}
			}
			count++
			named = i + n
		}
		i += n
	}
	return count, from
}

// japaneseBlock reads the chōme, block and house numbers from s[i] ("1-1",
// "2-3-1", "2丁目7-2", "1番地", "1番1号"): where they end, how many numbers,
// and whether a 丁目, 番地, 番 or 号 marks them as an address's.
func japaneseBlock(s string, i int) (end, groups int, marked bool) {
	j := digitsEnd(s, i)
	for groups = 1; ; groups++ {
		if m := blockMarker(s[j:]); m > 0 {
			j += m
			marked = true
		} else if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
			j++
		} else {
			return j, groups, marked
		}
		if j >= len(s) || !isDigit(s[j]) {
			return j, groups, marked
		}
		j = digitsEnd(s, j)
	}
}

// blockMarker is the length of the Japanese block marker s starts with, or 0.
func blockMarker(s string) int {
	for _, m := range [...]string{"丁目", "番地", "番", "号"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// chineseNumberEnd reads "88号" or "88-2号" from s[i], or "100號" as
// traditional characters write it.
func chineseNumberEnd(s string, i int) (int, bool) {
	j := numberWithBranchEnd(s, i)
	for _, hao := range [...]string{"号", "號"} {
		if strings.HasPrefix(s[j:], hao) {
			return chineseUnitsEnd(s, j+len(hao)), true
		}
	}
	return 0, false
}

// chineseBuildingUnits follow a house number: the building, the entrance,
// the floor and the flat ("1500号3栋2单元1202室").
var chineseBuildingUnits = [...]string{"号楼", "栋", "棟", "幢", "座", "单元", "單元", "层", "層", "楼", "樓", "室", "户", "戶"}

// chineseUnitsEnd reads the numbered building units from j and returns
// where they end.
func chineseUnitsEnd(s string, j int) int {
	for {
		d := digitsEnd(s, j)
		if d == j && j < len(s) && isUpper(s[j]) {
			d = j + 1 // a flat's letter: "12樓B室"
		}
		if d == j {
			return j
		}
		unit := 0
		for _, u := range chineseBuildingUnits {
			if strings.HasPrefix(s[d:], u) {
				unit = len(u)
				break
			}
		}
		if unit == 0 {
			return j
		}
		j = d + unit
	}
}

// numberWithBranchEnd is the end of "152" or "152-3" at s[i].
func numberWithBranchEnd(s string, i int) int {
	j := digitsEnd(s, i)
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		j = digitsEnd(s, j+1)
	}
	return j
}

// koreanRoadBefore reads the road-name address before the number at s[i]:
// a word ending in 로 or 길 after at least one word ending in an
// administrative suffix (시 도 구 군); it returns where those words start.
func koreanRoadBefore(s string, i int) (int, bool) {
	words := wordsBefore(s, i, 4)
	n := len(words) - 1
	if n < 1 || !strings.ContainsRune("로길", lastRune(words[n].text)) {
		return 0, false
	}
	start := -1
	for k := n - 1; k >= 0 && strings.ContainsRune("시도구군", lastRune(words[k].text)); k-- {
		start = words[k].start
	}
	return start, start >= 0
}

// hangulWordBefore reports whether s[:i] ends in a Hangul word and a space.
func hangulWordBefore(s string, i int) bool {
	return i >= 2 && s[i-1] == ' ' && isHangul(lastRune(s[:i-1]))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// digitsEnd is the end of the run of ASCII digits at s[i].
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
