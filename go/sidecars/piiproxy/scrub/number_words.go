package scrub

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Most people do not say a phone number digit by digit: the French say it
// in pairs ("zéro six, trente-neuf, quatre-vingt-dix-huit, douze, …"),
// Poles, Russians and Turks in hundreds and pairs ("sześćset dwa,
// czterysta osiemnaście, …", "восемь девятьсот двадцать шесть, …",
// "sıfır beş yüz otuz iki, …"), Danes in pairs ("tyve fyrre,
// otteogtyve, femten"), Mexicans in pairs ("cincuenta y cinco, cuarenta y
// dos, …"), and Americans at least a toll-free "one eight hundred". The
// number words below are the cardinals up to 999 of sixteen languages of
// digitLanguages (English, the Romance, Germanic, Nordic and Slavic ones,
// Finnish, Turkish; not yet Greek, Arabic, Hebrew, Hindi, Vietnamese,
// Indonesian), as one word each ("trente-neuf", "otteogtyve", "fyrtiotre",
// "dziewięćset") or as the words a number is said in ("cincuenta y
// cinco", "beş yüz otuz iki"): spokenNumber puts them together.

// numberWord is what one word of a number said aloud is worth.
type numberWord struct {
	value int16 // 0-999
	width int8  // the digits the word says on its own: 1 "seven", 2 "forty", "twelve", "trente-neuf", 3 "sześćset"
	takes slots // what a following word may add: a unit after a round ten ("cuarenta" [y] "dos"), tens and a unit after a round hundred
	// multiplies: a unit just before it becomes its hundreds ("nine
	// hundred", "beş yüz", "pět set", "six cents")
	multiplies bool
	// alone: the word says a number by itself; false for the multipliers
	// only ("hundred", Czech "set") and for words that are common words of
	// other languages (Turkish "on", ten), which count only when they add
	// to a number or another adds to them ("dört yüz on sekiz", "on sekiz")
	alone  bool
	repeat int8 // "double" and "triple": the next digit word, said 2 or 3 times
	// langs has a bit for each language the word is a number of (the rows
	// of digitLanguages): a number is said in one language, so a run of
	// them is too (Polish "mój numer to sześćset dwa" starts at "sześćset":
	// "to" is Danish two)
	langs uint32
}

// slots are the places of a number a word leaves open.
type slots uint8

const (
	takesUnit slots = 1 << iota // "forty" takes "two"
	takesTens                   // "девятьсот" takes "двадцать" (and then "шесть") or "двенадцать"
)

// numberLanguage describes the cardinals of one language beyond its digit
// words, enough to generate every word and compound from 10 to 999.
type numberLanguage struct {
	lang  int        // the language's row of digitLanguages (langEnglish, …)
	teens [10]string // 10-19, alternates joined by "|"
	// tens are 20, 30, … 90 ([2] to [9]); a round ten takes a unit after
	// it when roundTakesUnit (Spanish "treinta y uno", Polish "trzydzieści
	// jeden"), not where the unit is said first (German "einundzwanzig")
	tens           [10]string
	roundTakesUnit bool
	// compound spells tens and a unit as one word ("twenty-one",
	// "einundzwanzig", "ventotto"), "" where they are two words
	compound func(tens, unit string) string
	// compoundUnits are the units as compound spells them when they differ
	// from the digit words (German "ein" of "einundzwanzig")
	compoundUnits [10]string
	hundreds      [10]string // 100-900 as one word ([1] to [9]), "" where there is none
	multipliers   []string   // words that make a unit before them its hundreds
}

// numberLanguages are the cardinals of the languages of digitLanguages
// that say phone numbers in pairs or hundreds.
var numberLanguages = []numberLanguage{
	{ // English
		lang:           langEnglish,
		teens:          [10]string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"},
		tens:           [10]string{2: "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
		roundTakesUnit: true,
		compound:       func(t, u string) string { return t + "-" + u },
		compoundUnits:  [10]string{1: "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
		multipliers:    []string{"hundred"},
	},
	{ // French, with the Belgian and Swiss tens
		lang:  langFrench,
		teens: [10]string{"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"},
		tens: [10]string{2: "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante|octante|quatre-vingts|quatre-vingt",
			"nonante"},
		roundTakesUnit: true, // "vingt et un"
		compound:       frenchCompound,
		compoundUnits:  [10]string{1: "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
		hundreds: [10]string{1: "cent", "deux-cents|deux-cent", "trois-cents|trois-cent", "quatre-cents|quatre-cent",
			"cinq-cents|cinq-cent", "six-cents|six-cent", "sept-cents|sept-cent", "huit-cents|huit-cent", "neuf-cents|neuf-cent"},
		multipliers: []string{"cent", "cents"},
	},
	{ // Spanish: 21-29 are one word each, listed as compounds of "veinte"
		lang:           langSpanish,
		teens:          [10]string{"diez", "once", "doce", "trece", "catorce", "quince", "dieciséis|dieciseis", "diecisiete", "dieciocho", "diecinueve"},
		tens:           [10]string{2: "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"},
		roundTakesUnit: true,
		compound: func(t, u string) string {
			if t == "veinte" {
				return "veinti" + u
			}
			return ""
		},
		compoundUnits: [10]string{1: "uno|una|ún", "dós|dos", "trés|tres", "cuatro", "cinco", "séis|seis", "siete", "ocho", "nueve"},
		hundreds: [10]string{1: "ciento|cien", "doscientos|doscientas", "trescientos|trescientas", "cuatrocientos|cuatrocientas",
			"quinientos|quinientas", "seiscientos|seiscientas", "setecientos|setecientas", "ochocientos|ochocientas",
			"novecientos|novecientas"},
	},
	{ // Portuguese, of Brazil and of Portugal
		lang: langPortuguese,
		teens: [10]string{"dez", "onze", "doze", "treze", "catorze|quatorze", "quinze", "dezesseis|dezasseis", "dezessete|dezassete",
			"dezoito", "dezenove|dezanove"},
		tens:           [10]string{2: "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"},
		roundTakesUnit: true,
		hundreds: [10]string{1: "cem|cento", "duzentos|duzentas", "trezentos|trezentas", "quatrocentos|quatrocentas",
			"quinhentos|quinhentas", "seiscentos|seiscentas", "setecentos|setecentas", "oitocentos|oitocentas",
			"novecentos|novecentas"},
	},
	{ // Italian: a ten drops its vowel before "uno" and "otto"
		lang:          langItalian,
		teens:         [10]string{"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"},
		tens:          [10]string{2: "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"},
		compound:      italianCompound,
		compoundUnits: [10]string{1: "uno", "due", "tré|tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
		hundreds: [10]string{1: "cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento", "ottocento",
			"novecento"},
	},
	{ // German: the unit first, "und", the ten
		lang: langGerman,
		teens: [10]string{"zehn", "elf", "zwölf|zwoelf", "dreizehn", "vierzehn", "fünfzehn|fuenfzehn", "sechzehn", "siebzehn", "achtzehn",
			"neunzehn"},
		tens:          [10]string{2: "zwanzig", "dreißig|dreissig", "vierzig", "fünfzig|fuenfzig", "sechzig", "siebzig", "achtzig", "neunzig"},
		compound:      func(t, u string) string { return u + "und" + t },
		compoundUnits: [10]string{1: "ein", "zwei", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun"},
		hundreds: [10]string{1: "hundert|einhundert", "zweihundert", "dreihundert", "vierhundert", "fünfhundert|fuenfhundert",
			"sechshundert", "siebenhundert", "achthundert", "neunhundert"},
		multipliers: []string{"hundert"},
	},
	{ // Dutch: the unit first, "en" ("ën" after an e), the ten
		lang:          langDutch,
		teens:         [10]string{"tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"},
		tens:          [10]string{2: "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"},
		compound:      dutchCompound,
		compoundUnits: [10]string{1: "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
		hundreds: [10]string{1: "honderd|eenhonderd", "tweehonderd", "driehonderd", "vierhonderd", "vijfhonderd", "zeshonderd",
			"zevenhonderd", "achthonderd", "negenhonderd"},
		multipliers: []string{"honderd"},
	},
	{ // Swedish: the ten, then the unit, in one word or two
		lang:           langSwedish,
		teens:          [10]string{"tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton|aderton", "nitton"},
		tens:           [10]string{2: "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"},
		roundTakesUnit: true,
		compound:       func(t, u string) string { return t + u },
		compoundUnits:  [10]string{1: "ett|en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"},
		hundreds: [10]string{1: "hundra|etthundra", "tvåhundra", "trehundra", "fyrahundra", "femhundra", "sexhundra", "sjuhundra",
			"åttahundra", "niohundra"},
		multipliers: []string{"hundra"},
	},
	{ // Norwegian: the ten, then the unit, in one word
		lang:          langDanishNorwegian,
		teens:         [10]string{"ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"},
		tens:          [10]string{2: "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"},
		compound:      func(t, u string) string { return t + u },
		compoundUnits: [10]string{1: "en|ett", "to", "tre", "fire", "fem", "seks", "sju|syv", "åtte", "ni"},
		hundreds: [10]string{1: "hundre|ethundre", "tohundre", "trehundre", "firehundre", "femhundre", "sekshundre", "sjuhundre",
			"åttehundre", "nihundre"},
		multipliers: []string{"hundre"},
	},
	{ // Danish: the unit first, "og", the ten (vigesimal from fifty; "tres", sixty, is Spanish three, and left out)
		lang:          langDanishNorwegian,
		teens:         [10]string{"ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"},
		tens:          [10]string{2: "tyve", "tredive", "fyrre|fyrretyve", "halvtreds|halvtredsindstyve", "tresindstyve", "halvfjerds", "firs", "halvfems"},
		compound:      danishCompound,
		compoundUnits: [10]string{1: "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"},
		hundreds: [10]string{1: "hundrede|ethundrede", "tohundrede", "trehundrede", "firehundrede", "femhundrede", "sekshundrede",
			"syvhundrede", "ottehundrede", "nihundrede"},
		multipliers: []string{"hundrede"},
	},
	{ // Finnish: the ten, then the unit, in one word or two
		lang: langFinnish,
		teens: [10]string{"kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista", "kuusitoista",
			"seitsemäntoista", "kahdeksantoista", "yhdeksäntoista"},
		tens: [10]string{2: "kaksikymmentä", "kolmekymmentä", "neljäkymmentä", "viisikymmentä", "kuusikymmentä", "seitsemänkymmentä",
			"kahdeksankymmentä", "yhdeksänkymmentä"},
		roundTakesUnit: true,
		compound:       func(t, u string) string { return t + u },
		compoundUnits:  [10]string{1: "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"},
		hundreds: [10]string{1: "sata", "kaksisataa", "kolmesataa", "neljäsataa", "viisisataa", "kuusisataa", "seitsemänsataa",
			"kahdeksansataa", "yhdeksänsataa"},
		multipliers: []string{"sataa"},
	},
	{ // Polish
		lang: langPolish,
		teens: [10]string{"dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście",
			"osiemnaście", "dziewiętnaście"},
		tens: [10]string{2: "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
			"osiemdziesiąt", "dziewięćdziesiąt"},
		roundTakesUnit: true,
		hundreds: [10]string{1: "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
			"dziewięćset"},
	},
	{ // Czech: "dvě stě", "tři sta", "pět set"
		lang: langCzech,
		teens: [10]string{"deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct",
			"devatenáct"},
		tens:           [10]string{2: "dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát"},
		roundTakesUnit: true,
		hundreds:       [10]string{1: "sto"},
		multipliers:    []string{"stě", "sta", "set"},
	},
	{ // Turkish: "on" (ten) is "on" in English too, so it counts only with company ("on sekiz")
		lang:           langTurkish,
		teens:          [10]string{"on"},
		tens:           [10]string{2: "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"},
		roundTakesUnit: true,
		hundreds:       [10]string{1: "yüz"},
		multipliers:    []string{"yüz"},
	},
	{ // Russian
		lang: langRussian,
		teens: [10]string{"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
			"восемнадцать", "девятнадцать"},
		tens:           [10]string{2: "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"},
		roundTakesUnit: true,
		hundreds: [10]string{1: "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
			"девятьсот"},
	},
	{ // Ukrainian
		lang: langUkrainian,
		teens: [10]string{"десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять",
			"сімнадцять", "вісімнадцять", "дев'ятнадцять"},
		tens:           [10]string{2: "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"},
		roundTakesUnit: true,
		hundreds: [10]string{1: "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот",
			"дев'ятсот"},
	},
}

// frenchCompound spells a French ten and unit: "vingt et un" joined by
// hyphens as the 1990 spelling does ("vingt-et-un") and as before it
// ("vingt-deux"); seventy and ninety add the teens to sixty and eighty
// ("soixante-douze", "quatre-vingt-dix-sept"; see frenchTeenTens).
func frenchCompound(t, u string) string {
	switch {
	case strings.HasPrefix(t, "quatre-vingt"):
		return "quatre-vingt-" + u // "quatre-vingt-un", no "et"
	case u == "un":
		return t + "-et-un"
	}
	return t + "-" + u
}

// italianCompound drops a ten's last vowel before "uno" and "otto"
// ("ventuno", "trentotto").
func italianCompound(t, u string) string {
	if u == "uno" || u == "otto" {
		return t[:len(t)-1] + u
	}
	return t + u
}

// dutchCompound joins the unit and the ten with "en", "ën" after a unit
// ending in e ("eenentwintig", "tweeëntwintig").
func dutchCompound(t, u string) string {
	if strings.HasSuffix(u, "e") {
		return u + "ën" + t
	}
	return u + "en" + t
}

// danishCompound joins the unit and the ten with "og" ("otteogtyve",
// "enogtres"); the long forms of the tens ("halvtredsindstyve") take no
// unit.
func danishCompound(t, u string) string {
	switch {
	case t == "tresindstyve":
		return u + "ogtres"
	case strings.HasSuffix(t, "indstyve") || t == "fyrretyve":
		return ""
	}
	return u + "og" + t
}

// frenchTeenTens are the tens French says seventy and ninety with: sixty
// and eighty, and a teen after them.
var frenchTeenTens = map[string]int{"soixante": 60, "quatre-vingt": 80}

// numberGlue are the words said between a ten and its unit, or a hundred
// and what follows it: "cincuenta y cinco", "trinta e dois", "vingt et
// un", "one hundred and five", "nitten hundrede og femogfirs".
var numberGlue = []string{"y", "e", "et", "and", "og"}

// maxNumberWord is the longest number word in bytes that one word (between
// two gaps, hyphens included) can be, with room to spare: a longer word is
// no number ("yhdeksänkymmentäyhdeksän" is 27).
const maxNumberWord = 32

// numberWords maps every number word, in lower case, to its worth: the
// digit words of digitLanguages first, "double" and "triple", then the
// words numberLanguages generates. A word two languages spell alike with
// the same worth is a number of both ("tre", "sto"); with another, it keeps
// the first (Spanish "tres", three, over Danish "tres", sixty).
var numberWords = func() map[string]numberWord {
	m := map[string]numberWord{"double": {repeat: 2, langs: anyLanguage}, "triple": {repeat: 3, langs: anyLanguage}}
	var lang uint32 // the bit of the language whose words put adds
	put := func(words string, w numberWord) {
		w.langs = lang
		for _, form := range strings.Split(words, "|") {
			old, ok := m[form]
			switch {
			case form == "":
			case !ok:
				m[form] = w
			case old.value == w.value && old.width == w.width:
				old.langs |= lang // the same number in another language ("tre", "sto")
				m[form] = old
			}
		}
	}
	for row, digits := range digitLanguages {
		lang = 1 << row
		for d, words := range digits {
			put(words, numberWord{value: int16(d), width: 1, alone: true})
		}
	}
	for _, numbers := range numberLanguages {
		lang = 1 << numbers.lang
		for n, words := range numbers.teens {
			takes, alone := slots(0), true
			if n == 0 && numbers.teens[1] == "" {
				takes, alone = takesUnit, false // Turkish "on"
			}
			put(words, numberWord{value: int16(10 + n), width: 2, takes: takes, alone: alone})
		}
		for t := 2; t < 10; t++ {
			takes := slots(0)
			if numbers.roundTakesUnit {
				takes = takesUnit
			}
			for _, tens := range strings.Split(numbers.tens[t], "|") {
				put(tens, numberWord{value: int16(10 * t), width: 2, takes: takes, alone: true})
				if numbers.compound == nil {
					continue
				}
				for u := 1; u < 10; u++ {
					for _, unit := range strings.Split(numbers.compoundUnits[u], "|") {
						put(numbers.compound(tens, unit), numberWord{value: int16(10*t + u), width: 2, alone: true})
					}
				}
				if base, ok := frenchTeenTens[strings.TrimSuffix(tens, "s")]; ok && tens != "quatre-vingts" {
					for n := 0; n < 10; n++ {
						for _, teen := range strings.Split(numbers.teens[n], "|") {
							put(tens+"-"+teen, numberWord{value: int16(base + 10 + n), width: 2, alone: true})
						}
					}
					if base == 60 {
						put(tens+"-et-onze", numberWord{value: 71, width: 2, alone: true})
					}
				}
			}
		}
		for h, words := range numbers.hundreds {
			put(words, numberWord{value: int16(100 * h), width: 3, takes: takesTens | takesUnit, alone: true})
		}
		for _, w := range numbers.multipliers {
			if old, ok := m[w]; ok && old.value == 100 {
				old.multiplies = true // "cent", "yüz", "hundert": a hundred alone and after a unit
				m[w] = old
				continue
			}
			m[w] = numberWord{value: 100, width: 3, takes: takesTens | takesUnit, multiplies: true, langs: 1 << numbers.lang}
		}
	}
	for form := range m {
		if len(form) > maxNumberWord {
			panic("scrub: number word longer than maxNumberWord: " + form)
		}
	}
	return m
}()

// anyLanguage: "double" and "triple" go with the digits of any language.
const anyLanguage = ^uint32(0)

// numberWordEntry is a form of a number word as numberWordsBy holds it.
type numberWordEntry struct {
	form string
	word numberWord
}

// numberWordsBy holds the number words, lower case and capitalised, by
// their first byte and their length in bytes: most words of a text are
// passed over by one look at an empty bucket, and no map is hashed nor any
// word lowered.
var numberWordsBy = func() (t [256][maxNumberWord + 1][]numberWordEntry) {
	forms := make([]string, 0, len(numberWords))
	for w := range numberWords {
		forms = append(forms, w)
	}
	slices.Sort(forms) // the table's order does not depend on the map's
	for _, w := range forms {
		for _, form := range []string{w, capitaliseFirst(w)} {
			bucket := &t[form[0]][len(form)]
			if len(form) == len(w) && !slices.ContainsFunc(*bucket, func(e numberWordEntry) bool { return e.form == form }) {
				*bucket = append(*bucket, numberWordEntry{form, numberWords[w]})
			}
		}
	}
	return t
}()

// numberWordOf is the worth of the word w, its ASCII letters in any case
// (a word's letters outside ASCII lower case or capitalised: Unicode case
// folding would cost more than the scan of a Cyrillic text it runs on).
func numberWordOf(w string) (numberWord, bool) {
	if len(w) < 2 || len(w) > maxNumberWord {
		return numberWord{}, false
	}
	for _, e := range numberWordsBy[w[0]][len(w)] {
		if equalFoldASCII(w, e.form) {
			return e.word, true
		}
	}
	return numberWord{}, false
}

// equalFoldASCII: w is form, of its length, with ASCII letters in any
// case; most words differ from a bucket's forms in their second or third
// byte, so the loop ends there (strings.EqualFold, which folds Unicode,
// made a plain text's scrub cost 6 % more, measured in instructions).
func equalFoldASCII(w, form string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c != form[k] && (c|0x20 != form[k]|0x20 || !isASCIILetter(c)) {
			return false
		}
	}
	return true
}

// numberWordAt reads the number word that starts at s[i] and whose letters
// end at j, joined across hyphens to the longest word it is part of
// ("quatre-vingt-dix-huit", not "quatre"), and returns it and where it
// ends.
func numberWordAt(s string, i, j int) (numberWord, int, bool) {
	w, ok := numberWordOf(s[i:j])
	end := j
	for k := j; k < len(s) && s[k] == '-' && k-i < maxNumberWord; {
		e := spokenWordEnd(s, k+1)
		if e == k+1 {
			break
		}
		if longer, found := numberWordOf(s[i:e]); found {
			w, end, ok = longer, e, true
		}
		k = e
	}
	return w, end, ok
}

// numberWordLeads are the first bytes of the characters outside ASCII
// that number words are written with, lower case and capitalised.
var numberWordLeads = func() (t [256]bool) {
	for w := range numberWords {
		for k := 0; k < len(w); k++ {
			if utf8.RuneStart(w[k]) && w[k] >= utf8.RuneSelf {
				t[w[k]] = true
				r, _ := utf8.DecodeRuneInString(w[k:])
				t[string(unicode.ToUpper(r))[0]] = true
			}
		}
	}
	return t
}()

// capitaliseFirst is w with its first letter in upper case.
func capitaliseFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
