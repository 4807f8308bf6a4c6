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
	//go:embed gazetteer/family_words.txt
	familyWordNames string
)

// knownGiven: word, a given name of the lists ("Jean-Pierre": every part).
func knownGiven(word string) bool { return inNameList(givenNames, word, true) }

// knownFamily: word, a family name of the lists ("Müller-Lüdenscheid": one
// part is enough, as double names join a known name with a rarer one).
func knownFamily(word string) bool { return inNameList(familyNames, word, false) }

// familyWord: word, a family name that is also a common word in its
// language ("Bakker", "Demir", "Ferrari"): a name only right after a given
// name.
func familyWord(word string) bool { return inNameList(familyWordNames, word, false) }

func inNameList(list, word string, everyPart bool) bool {
	if strings.IndexByte(word, '-') < 0 {
		return listHasName(list, word)
	}
	for part := range strings.SplitSeq(word, "-") {
		if latinArticle(part) {
			continue
		}
		if listHasName(list, part) != everyPart {
			return !everyPart
		}
	}
	return everyPart
}

// listHasName: word is a line of list as written, or without its accents
// ("Müller" is in the census as "muller"). The keys are built in buffers
// on the stack: a lookup allocates nothing for a name of up to 64 bytes.
func listHasName(list, word string) bool {
	var buf [64]byte
	return listHasKey(list, appendNameKey(buf[:0], word))
}

// listHasKey: key (appendNameKey's form) is a line of list, as it is or
// without its accents.
func listHasKey(list string, key []byte) bool {
	var foldBuf [64]byte
	if sortedLinesHave(list, key) {
		return true
	}
	folded, changed := foldBuf[:0], false
	for _, r := range string(key) {
		if base, ok := accentFolds[r]; ok {
			r, changed = base, true
		}
		folded = utf8.AppendRune(folded, r)
	}
	return changed && sortedLinesHave(list, folded)
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

// appendNameKey appends word as the lists write it to dst: lower case, no
// apostrophes, a plain sigma for the final one.
func appendNameKey(dst []byte, word string) []byte {
	for _, r := range word {
		switch r {
		case '\'', '’':
		case 'ς':
			dst = utf8.AppendRune(dst, 'σ')
		default:
			if 'A' <= r && r <= 'Z' {
				dst = append(dst, byte(r+'a'-'A'))
			} else if r < utf8.RuneSelf {
				dst = append(dst, byte(r))
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	return dst
}

// sortedLinesHave: key is a line of list, whose lines are sorted by byte.
// A binary search over byte offsets, each probe widened to its line.
func sortedLinesHave(list string, key []byte) bool {
	lo, hi := 0, len(list) // line starts
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(list[lo:mid], '\n') + 1
		end := start + strings.IndexByte(list[start:], '\n')
		switch c := compareLine(list[start:end], key); {
		case c == 0:
			return true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// compareLine compares line with key byte by byte, as strings.Compare
// would after a conversion this saves.
func compareLine(line string, key []byte) int {
	for k := 0; k < len(line) && k < len(key); k++ {
		if line[k] != key[k] {
			return int(line[k]) - int(key[k])
		}
	}
	return len(line) - len(key)
}
