package scrub

import "strings"

// A CV opens with its owner's name alone on its first line, over their
// contact line ("Jordan T. Whitaker\nSenior Backend Engineer\nChicago, IL ·
// (312) 555-0147 · jordan.whitaker@…", "Jonas Albrecht\nSchillerstraße 7,
// 80336 München · +49 170 …", "# Daniel Kowalski\n**Site Reliability
// Engineer** · Berlin · dan@…", "CV\nKatarzyna Nowak\nData urodzenia: …\n
// Adres: …\nTel.: …"), and so does a signature block ("Nathalie
// Peeters\n02 512 34 56 – nathalie@…"): the fifteenth blind table's
// commonest name. By the time names are looked for, the e-mail and the
// phone under the name are placeholders, and they are the cue:
// namesOverContacts takes the first line of a block of lines (the second,
// under a CV's heading) as a name when it is two to four capitalised words
// and nothing else, and an e-mail or a phone already masked is on one of
// the three lines under it, or, under a CV's heading, further down past
// lines of personal data already masked. A desk or a team ("Customer
// Support", notAName), a company with its legal form ("Construcciones
// Iberia S.L."), a form's title and a job title under the name are no
// name; a company's name without its form heading a block over its phone
// is masked as one (README).

// contactPlaceholders open the placeholders of the contacts a name heads;
// dataPlaceholders those of the personal data that may stand between.
var (
	contactPlaceholders = []string{"<EMAIL_", "<PHONE_"}
	dataPlaceholders    = []string{"<EMAIL_", "<PHONE_", "<ADDRESS_", "<DATE_OF_BIRTH_", "<NATIONAL_ID_", "<IBAN_"}
)

// nearReach is how many lines under a name its e-mail or phone may be
// whatever the lines between hold (a job title, a company, a town).
const nearReach = 3

// contactReach is how many lines under a name its e-mail or phone may be
// under a CV's heading, when the lines past nearReach hold personal data
// (a form's title heads such lines too): a CV in Central and Eastern
// Europe lists the date of birth, the national id and the address
// first, each on its line ("Nagy Eszter\nSzületési idő: …\nAdóazonosító
// jel: …\nTAJ szám: …\nLakcím: …\nTelefon: …").
const contactReach = 6

// cvHeadings are the titles a CV puts over its owner's name, in lower case.
var cvHeadings = map[string]bool{"cv": true, "c.v.": true, "resume": true, "résumé": true, "curriculum vitae": true,
	"curriculum vitæ": true, "lebenslauf": true, "tabellarischer lebenslauf": true, "życiorys": true, "životopis": true,
	"резюме": true, "βιογραφικό σημείωμα": true, "βιογραφικό": true, "önéletrajz": true, "özgeçmiş": true,
	"currículo": true, "curriculo": true, "currículum": true, "curriculum": true, "hoja de vida": true,
	"ansioluettelo": true, "meritförteckning": true, "bio-data": true, "biodata": true, "cv – curriculum vitae": true}

// namesOverContacts finds the names heading blocks of contacts.
func namesOverContacts(s string) []span {
	var out []span
	for start := 0; start < len(s); {
		block := blockAt(s, start)
		if sp, ok := blockName(s, start, block); ok {
			out = append(out, sp)
		}
		start += len(block) + 1
	}
	return out
}

// blockAt is the block of non-blank lines at s[start] (which may start
// with blank lines), up to the next blank line.
func blockAt(s string, start int) string {
	end := start
	for end < len(s) {
		line := lineAt(s, end)
		if strings.TrimSpace(line) == "" && end > start {
			break
		}
		end += len(line) + 1
	}
	return s[start:min(end, len(s))]
}

// blockName reads the name heading the block s[start:start+len(block)].
func blockName(s string, start int, block string) (span, bool) {
	var lines []int // the starts of the block's first non-blank lines
	for at := 0; at < len(block) && len(lines) < contactReach+2; {
		line := lineAt(block, at)
		if strings.TrimSpace(line) != "" {
			lines = append(lines, at)
		}
		at += len(line) + 1
	}
	cv := len(lines) > 0 && cvHeadings[strings.ToLower(strings.Trim(lineAt(block, lines[0]), " \t\r#*_"))]
	if cv {
		lines = lines[1:]
	}
	if len(lines) < 2 {
		return span{}, false
	}
	// under the name, within nearReach lines (a job title, a company, a
	// town), or under a CV's heading past them through lines of personal
	// data, an e-mail or a phone
	for k, at := range lines[1:] {
		line := lineAt(block, at)
		if containsAnyOf(line, contactPlaceholders) {
			first := lines[0]
			return nameLine(s, start+first, start+first+len(lineAt(block, first)))
		}
		if k >= nearReach-1 && !(cv && containsAnyOf(line, dataPlaceholders)) {
			break
		}
	}
	return span{}, false
}

// nameLine: the line s[start:end] is a name alone, but for a Markdown
// heading's marks or bold around it; the name's span. A name after a
// courtesy title ("Dr Élise Marchand") is the title's own rule's, which
// keeps the title out of it.
func nameLine(s string, start, end int) (span, bool) {
	line := s[start:end]
	trimmed := strings.TrimRight(strings.TrimLeft(line, " \t#*_"), " \t\r*_")
	at := start + strings.Index(line, trimmed)
	if trimmed == "" || strings.ContainsAny(trimmed, "<>:") {
		return span{}, false
	}
	if w := wholeName(trimmed); w < 2 || notAName(trimmed) || legalFormIn(trimmed) || titleAt(trimmed, 0, false) > 0 {
		return span{}, false
	}
	return span{at, at + len(trimmed)}, true
}
