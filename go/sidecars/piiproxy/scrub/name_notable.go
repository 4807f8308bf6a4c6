package scrub

import "strings"

// notableNames are the full names, in lower case, of people who are long
// dead, fictional or public enough that their names stand for things:
// processor architectures and chips ("Ada Lovelace", "Grace Hopper"),
// brands ("John Deere", "Tim Hortons"), units, laws and prizes, places and
// history. They are no one's personal data in a prompt, and masking them
// would change what a question about them asks. namesInProse leaves them;
// a cue ("my name is Grace Hopper") still announces a person.
var notableNames = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range []string{
		// computing and science, many of them architectures, languages or units
		"ada lovelace", "grace hopper", "alan turing", "john von neumann", "claude shannon", "charles babbage",
		"blaise pascal", "james clerk maxwell", "james maxwell", "isaac newton", "albert einstein", "marie curie",
		"nikola tesla", "thomas edison", "charles darwin", "niels bohr", "max planck", "enrico fermi",
		"johannes kepler", "galileo galilei", "michael faraday", "andré-marie ampère", "alessandro volta",
		"dennis ritchie", "ken thompson", "donald knuth", "edsger dijkstra", "tim berners-lee", "linus torvalds",
		"richard stallman", "guido van rossum", "john mccarthy", "george boole", "carl friedrich gauss",
		"leonhard euler", "rosalind franklin", "stephen hawking", "richard feynman", "carl sagan",
		// brands and companies that carry a founder's name
		"john deere", "tim hortons", "ralph lauren", "calvin klein", "tommy hilfiger", "hugo boss", "paul smith",
		"ted baker", "estée lauder", "louis vuitton", "walt disney", "henry ford", "ben jerry", "karl lagerfeld",
		"coco chanel", "giorgio armani", "ferdinand porsche", "enzo ferrari", "ferruccio lamborghini",
		"william hill", "victoria beckham", "morgan stanley", "charles schwab", "edward jones", "raymond james",
		"sherwin williams", "albert heijn", "earl grey", "jack daniel", "jim beam", "trader joe",
		"tim tam", "tim tams", "jean coutu", "juan valdez", "tía rosa", "pan bimbo", "ben sherman",
		// history, politics, the arts
		"martin luther king", "martin luther", "abraham lincoln", "george washington", "thomas jefferson",
		"winston churchill", "napoleon bonaparte", "julius caesar", "leonardo da vinci", "william shakespeare",
		"charles de gaulle", "lee kuan yew", "nelson mandela", "mahatma gandhi", "karl marx", "adam smith",
		"john locke", "immanuel kant", "ludwig van beethoven", "wolfgang amadeus mozart", "johann sebastian bach",
		"vincent van gogh", "pablo picasso", "frida kahlo", "queen victoria", "queen elizabeth", "john lennon",
		"elvis presley", "michael jackson", "anne frank", "joan of arc", "christopher columbus",
		"mother teresa", "pope francis", "simón bolívar", "john f. kennedy", "franklin roosevelt",
		"benito juárez", "miguel hidalgo", "emiliano zapata", "josé martí", "pancho villa", "lázaro cárdenas",
		"victor hugo", "émile zola", "jules verne", "jean jaurès", "jean moulin", "konrad adenauer",
		"willy brandt", "otto von bismarck", "giuseppe garibaldi", "giuseppe verdi", "dante alighieri",
		"ho chi minh", "hồ chí minh", "sun yat-sen", "mao zedong", "deng xiaoping", "zhou enlai", "kim il-sung",
		"lê quý đôn", "nguyễn huệ", "trần hưng đạo", "lê lợi", "hai bà trưng", "le quy don", "nguyen hue",
		"tran hung dao", "le loi",
		// places named after them
		"lincoln park", "victoria park", "albert park", "jackson heights", "washington heights",
		// fiction
		"harry potter", "sherlock holmes", "james bond", "anna karenina", "peter pan", "santa claus",
		"mickey mouse", "homer simpson", "bart simpson", "romeo montague", "luke skywalker", "han solo",
	} {
		m[name] = true
	}
	return m
}()

// titledThings are brands, characters and works whose name begins with a
// courtesy title ("Dr. Martens", "Madame Bovary", "Dr Jekyll and Mr
// Hyde"), keyed by the title without its dot and the word after it, in
// lower case. The title cue masks the name after a title; these are no
// one's.
var titledThings = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range []string{
		// brands
		"dr martens", "dr oetker", "dr pepper", "dr scholl", "dr hauschka", "dr brandt", "mr clean", "mr muscle",
		"mr proper", "mr coffee", "mr potato", "mrs dash", "dr bronner", "dr organic",
		// characters and works
		"madame bovary", "dr jekyll", "mr hyde", "mr bean", "doctor who", "dr who", "mrs doubtfire", "mr robot",
		"dr strange", "dr zhivago", "dr no", "dr dolittle", "dr frankenstein", "dr watson", "mrs hudson",
		"miss marple", "mr darcy", "mr rochester", "mrs dalloway", "mrs robinson", "mr toad", "mr freeze",
		"mr burns", "mr bojangles", "monsieur hulot", "madame butterfly", "dr house", "mrs claus", "madame tussauds",
		"miss saigon", "mr spock", "dr evil", "dr seuss", "herr lehmann", "frau holle",
	} {
		m[name] = true
	}
	return m
}()

// titledThing: the courtesy title of n bytes at s[i] and the word after it
// name one of titledThings ("Dr. Martens sizing", "Dr. Oetker's pizza").
func titledThing(s string, i, n int) bool {
	word := stem(s[i+n : wordEnd(s, i+n)])
	if word == "" {
		return false
	}
	title := strings.TrimSuffix(strings.TrimRight(s[i:i+n], " "), ".")
	return titledThings[strings.ToLower(title)+" "+strings.ToLower(word)]
}
