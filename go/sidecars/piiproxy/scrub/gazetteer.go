package scrub

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The name lists of gazetteer/ (generate.py says where they come from): one
// name per line, lower case, sorted by byte. They stay the embedded strings
// they are, searched in place, so they cost no heap and no start-up time;
// only the pages a search touches are read in.
var (
	//go:embed gazetteer/given.txt
	givenNames string
	//go:embed gazetteer/family.txt
	familyNames string
)

// knownGiven: word, a given name of the lists ("Jean-Pierre": every part).
func knownGiven(word string) bool { return inNameList(givenNames, word, true) }

// knownFamily: word, a family name of the lists ("Müller-Lüdenscheid": one
// part is enough, as double names join a known name with a rarer one).
func knownFamily(word string) bool { return inNameList(familyNames, word, false) }

func inNameList(list, word string, everyPart bool) bool {
	if strings.IndexByte(word, '-') < 0 {
		return listHasName(list, word)
	}
	for part := range strings.SplitSeq(word, "-") {
		if strings.EqualFold(part, "al") || strings.EqualFold(part, "el") {
			continue // the Arabic article of "Al-Rashid"
		}
		if listHasName(list, part) != everyPart {
			return !everyPart
		}
	}
	return everyPart
}

// listHasName: word is a line of list as written, or without its accents
// ("Müller" is in the census as "muller").
func listHasName(list, word string) bool {
	key := nameKey(word)
	if sortedLinesHave(list, key) {
		return true
	}
	folded := strings.Map(func(r rune) rune {
		if base, ok := accentFolds[r]; ok {
			return base
		}
		return r
	}, key)
	return folded != key && sortedLinesHave(list, folded)
}

// accentFolds maps the accented lower-case letters of the Latin and Greek
// blocks to their base letters, as Unicode's canonical decomposition does
// (generate.py folds the lists the same way; "ł" and "ø" have no
// decomposition and stay).
var accentFolds = func() map[rune]rune {
	const pairs = "àaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyāaăaąaćcĉcċcčcďdēeĕeėeęeěeĝgğgġgģgĥhĩiīiĭiįiĵjķkĺlļlľlńnņnňnōoŏoőoŕrŗrřrśsŝsşsšsţtťtũuūuŭuůuűuųuŵwŷyźzżzžzơoưuǎaǐiǒoǔuǖuǘuǚuǜuǟaǡaǣæǧgǩkǫoǭoǯʒǰjǵgǹnǻaǽæǿøȁaȃaȅeȇeȉiȋiȍoȏoȑrȓrȕuȗușsțtȟhȧaȩeȫoȭoȯoȱoȳyΐιάαέεήηίιΰυϊιϋυόούυώω"
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// nameKey is word as the lists write it: lower case, no apostrophes, a
// plain sigma for the final one.
func nameKey(word string) string {
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range word {
		switch r {
		case '\'', '’':
		case 'ς':
			b.WriteRune('σ')
		default:
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

// sortedLinesHave: key is a line of list, whose lines are sorted by byte.
// A binary search over byte offsets, each probe widened to its line.
func sortedLinesHave(list, key string) bool {
	lo, hi := 0, len(list) // line starts
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(list[lo:mid], '\n') + 1
		end := start + strings.IndexByte(list[start:], '\n')
		switch line := list[start:end]; {
		case line == key:
			return true
		case line < key:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}
