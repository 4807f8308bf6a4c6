package scrub

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name the text announces once is often written again without its cue:
// a mail's header reads "To: Bakker, Sanne <…>" and its body "Hoi Sanne,";
// an order's form reads "Customer: Maria Alvarez" and the agent's reply
// "Maria, your refund…"; "宛先: 佐藤 花子" is greeted "佐藤様"; a chat's first
// message introduces "Maria Alvarez" and its fourth says "Maria called
// again". Each word of a name found by a cue is therefore a name wherever
// else it stands as a whole word, written as it was (case and all), in the
// same text and in the request's later fields.

// maxEchoWords bounds the words looked for again, so that a text of many
// names costs a bounded number of passes over it.
const maxEchoWords = 24

// nameEchoes finds the other places where a word of the names at found
// stands alone. found is sorted and disjoint, as findNames returns it.
func nameEchoes(s string, found []span) []span {
	var words []string
	for _, sp := range found {
		words = appendEchoWords(words, s[sp.start:sp.end])
	}
	return echoesOf(s, found, words)
}

// maskNameEchoes masks, in a text the detectors are done with, the words
// of the names this session masked in the request's earlier fields (and
// in this text, whose own echoes findNames has masked already); the
// session gathers them as it issues their placeholders.
func (s *Session) maskNameEchoes(text string) string {
	if s.unmasked.Has(Name) || len(s.echoWords) == 0 {
		return text
	}
	spans := echoesOf(text, nil, s.echoWords)
	if len(spans) == 0 {
		return text
	}
	spans = disjoint(spans)
	s.counts[Name] += len(spans)
	return s.replace(text, spans, Name)
}

// echoesOf finds where the words stand alone in s outside the spans of
// found (sorted and disjoint).
func echoesOf(s string, found []span, words []string) []span {
	var out []span
	for _, w := range words {
		for p := range indexesOf(s, w) {
			e := p + len(w)
			if insideSpans(found, p, e) || !echoBoundaries(s, p, e, w) {
				continue
			}
			if e, ok := echoEnd(s, e, words); ok {
				out = append(out, span{echoStart(s, p), e})
			}
		}
	}
	return out
}

// echoEnd extends an echo that ends at e over the words of the names that
// follow it ("Ольга Викторовна, добрый день!"), and says whether it is a
// name there: a capitalised word after it that is no word of the names
// makes it part of another name, a company's or a street's ("Kaya
// Tekstil", "84/12 Nguyễn Trãi", "Santa Maria Hospital"), unless that
// word is a title written after a name ("Mehmet Bey").
func echoEnd(s string, e int, words []string) (int, bool) {
	for range maxEchoRun {
		i := e
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == e || i == len(s) {
			return e, true
		}
		next := s[i:wordEnd(s, i)]
		switch {
		case slices.Contains(words, next):
			e = i + len(next)
		case next != "" && unicode.IsUpper(firstRune(next)) && !titleAfterName(next):
			return e, false
		default:
			return e, true
		}
	}
	return e, true
}

// echoStart extends an echo that starts at p back over the given name
// written before a family name that echoes one ("that Liam Olsen (OEN …"
// under "Dear Ms. Olsen,", "Lukas Wagner und Mia Wagner"): one
// capitalised word inside a sentence that is no title, no cue's word (a
// greeting's: "Hoi Sanne") and no word a name never is.
func echoStart(s string, p int) int {
	if p < 2 || s[p-1] != ' ' {
		return p
	}
	w := letterRunStart(s, p-1)
	word := s[w : p-1]
	if word == "" || !capitalised(word) || utf8.RuneCountInString(word) < 2 || sentenceStart(s, w) ||
		titleAt(word+" ", 0, true) != 0 || notAName(word) || cueWords[strings.ToLower(word)] ||
		w > 0 && isWordRune(lastRune(s[:w])) {
		return p
	}
	return w
}

// cueWords are the name cues of one word ("dear", "hoi", "hallo", "sayın"),
// which stand before a name as a given name does.
var cueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range nameCues {
		if w := strings.TrimSpace(c.text); w != "" && !strings.ContainsAny(w, " ,:") {
			m[w] = true
		}
	}
	return m
}()

// maxEchoRun bounds the words of the names an echo extends over: a name
// has a few, and a text that repeats one name many times in a row is not
// read to its end from each of them.
const maxEchoRun = 4

// appendEchoWords adds to words those of name worth looking for again,
// up to maxEchoWords in all: capitalised words of three letters or more
// that are no particle, title or common word; a Han or Hangul name written
// without a space whole, and each part of a Han one written with a space;
// a word of two letters or more in the other scripts without case.
func appendEchoWords(words []string, name string) []string {
	add := func(w string) {
		if len(words) < maxEchoWords && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	if r, _ := utf8.DecodeRuneInString(name); isHan(r) || isHangul(r) {
		for w := range strings.FieldsSeq(name) {
			if utf8.RuneCountInString(w) >= 2 && isHan(r) || w == name {
				add(w)
			}
		}
		return words
	}
	for w := range strings.FieldsFuncSeq(name, notNameWordRune) {
		if echoWord(w) {
			add(w)
		}
	}
	return words
}

// notNameWordRune separates a name's words: what is neither a letter nor a
// mark, nor the apostrophe and hyphen inside "O'Brien" and "Jean-Luc".
func notNameWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '-'
}

// echoWord: w, a word of a name outside Han and Hangul, is one to look for
// again.
func echoWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	n := utf8.RuneCountInString(w)
	if caselessAt(w, 0) || isThaiLetter(r) {
		return n >= 2 && !caselessStops[w] && !caselessSkips[w]
	}
	lower := strings.ToLower(w)
	return n >= 3 && unicode.IsUpper(r) && !nameParticles[w] && !notNames[lower] && !articles[lower] &&
		titleAt(w+" ", 0, true) == 0 && !vietnameseMiddleNames[w]
}

// vietnameseMiddleNames mark a man's or a woman's name ("Nguyễn Văn An",
// "Trần Thị Mai") and are shared by millions: no echo of one person.
var vietnameseMiddleNames = map[string]bool{"Văn": true, "Thị": true}

// echoBoundaries: the word at s[p:e] stands alone. Han and Hangul are
// glued to what follows them (particles, honorifics: "佐藤様", "이지은
// 과장님") and Han to what precedes it too; every other word starts and
// ends a word. An English word that is also a common one ("Will", "May",
// "Mark") is no echo at a sentence's start, where any word is capitalised.
func echoBoundaries(s string, p, e int, w string) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:p])
	after, _ := utf8.DecodeRuneInString(s[e:])
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case isHan(first):
		return true
	case isHangul(first):
		return p == 0 || !isHangul(before)
	}
	if p > 0 && (isWordRune(before) || before == '<' || before == '@' || before == '/') {
		return false
	}
	if e < len(s) && (isWordRune(after) || after == '>' || after == '@') {
		return false
	}
	return !(echoAmbiguous[strings.ToLower(w)] && sentenceStart(s, p))
}

// echoAmbiguous are given names that are also common English words, which
// a sentence's first word capitalises.
var echoAmbiguous = map[string]bool{
	"will": true, "may": true, "june": true, "april": true, "mark": true, "bill": true, "rose": true, "faith": true,
	"hope": true, "grant": true, "dean": true, "art": true, "pat": true, "sue": true, "max": true, "frank": true,
	"joy": true, "dawn": true, "eve": true, "don": true, "guy": true, "ray": true, "hunter": true, "chase": true,
	"page": true, "price": true, "young": true, "king": true, "bell": true, "rich": true, "summer": true,
	"august": true, "victor": true, "lane": true, "hall": true, "long": true, "case": true, "wade": true,
}

// sentenceStart: s[p] starts the text, a line or a sentence.
func sentenceStart(s string, p int) bool {
	t := strings.TrimRight(s[:p], " \t\"'“(")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '\n', '.', '!', '?', ':':
		return true
	}
	return false
}

// insideSpans: [p, e) overlaps one of the sorted, disjoint spans.
func insideSpans(spans []span, p, e int) bool {
	k, _ := slices.BinarySearchFunc(spans, p, func(sp span, p int) int { return cmp.Compare(sp.end, p+1) })
	return k < len(spans) && spans[k].start < e
}
