package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Forms, identity cards, letters' address blocks and contracts' parties
// clauses name a person in a field: a label that says whose name the field
// holds ("Surname", "Given names", "Patient", "Tenant", "Cardholder",
// "Nume/Nom/Last name", "姓名", "Фамилия"), a separator, and the value. As
// copy-paste and PDF or OCR extraction leave them, the separator is a
// colon, a tab, a run of spaces before the next column, an ideographic
// space, or a line break with the value alone on the next line; an identity
// card writes the value in capitals. namesInForms reads such fields:
//
//   - the label is a whole field of its line (at the line's start or after
//     a run of spaces that starts a column), matched as a whole against
//     formLabels, or one of its parts of a bilingual label
//     ("Name / Surname / Nom"), or a name word with a role word ("Nama
//     Murid", "Name of foreign employee"): a label never matches inside a
//     longer one ("Product name", "Patient history");
//   - the value is what the field holds up to a comma, a bracket, a dash or
//     the next column, after any titles (formTitle): one to five
//     capitalised or ALL-CAPS words with particles and patronymic links
//     ("van der", "binti", "S/O"), "Surname, Given names" as one value, two
//     to four Han characters, kana, Hangul, or one to four words of a script
//     without letter case; a role's label wants two words, or an ALL-CAPS
//     one after a bare "name" label, since one capitalised word after
//     "Client:" is as often a company; a company with its legal form, a
//     label, a date or a number is no value;
//   - a value on the next line must fill that line and hold no label word
//     (formFieldWords), so a blank form's labels, one under another, stay;
//   - a second form of the name in brackets after it ("何詠琪（HO, Wing
//     Ki）", "이서연 (李瑞妍)") is masked too, as its own value.
func namesInForms(s string) []span {
	var out []span
	for ls, le := range lineBounds(s) {
		for fs := skipBlank(s, ls, le); fs < le; fs = nextColumn(s, fs, le) {
			if found := formField(s, fs, le); len(found) > 0 {
				out = append(out, found...)
			} else {
				out = append(out, titledField(s, fs, le)...)
			}
		}
	}
	return out
}

// titledField reads the field after a title on its line, when a colon
// ends the field's label as it ends the title: a report's or a ticket's
// heading, then its fields ("Wartungsbericht Anlage 4711: Techniker: Jonas
// Reinhardt, Handy …", "Servicemelding 778213: monteur: Bram van der
// Linden, …", "点検報告書：担当者：佐藤 健太、…").
func titledField(s string, fs, le int) []span {
	ce := breakFrom(s, fs, le)
	k, colon := strings.IndexByte(s[fs:ce], ':'), 1 // the library's vector scans: every line of prose is read so
	if w := strings.Index(s[fs:ce], "："); w >= 0 && (k < 0 || w < k) {
		k, colon = w, len("：")
	}
	if k < 0 {
		return nil
	}
	fa := skipBlank(s, fs+k+colon, le)
	if fa >= le {
		return nil
	}
	end, vs := formSeparator(s, fa, le)
	if end < 0 || vs >= le || !strings.ContainsAny(s[end:vs], ":：") {
		return nil
	}
	return formField(s, fa, le)
}

// maxFormLabel is about the longest label in bytes (a trilingual one in
// Latin letters); a field that runs longer before its separator is prose.
const maxFormLabel = 72

// ideoSpace separates a Japanese form's label from its value and a
// family name from a given name ("氏名\u3000山本\u3000さくら").
const ideoSpace = "\u3000"

// skipBlank skips spaces, tabs, carriage returns and ideographic spaces.
func skipBlank(s string, i, le int) int {
	for i < le {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\r':
			i++
		case strings.HasPrefix(s[i:], ideoSpace):
			i += len(ideoSpace)
		default:
			return i
		}
	}
	return i
}

// A column break is a tab, two spaces or two ideographic spaces, which in
// extracted text separate a form's columns (see breakFrom).

// nextColumn is the start of the field after the column break that
// follows i on the line, or le.
func nextColumn(s string, i, le int) int {
	if b := breakFrom(s, i, le); b < le {
		return skipBlank(s, b, le)
	}
	return le
}

// breakFrom is where the first column break at or after i on the line
// starts, or le: searched for with the library's vector scans, since
// every byte of every line of prose is read so.
func breakFrom(s string, i, le int) int {
	line := s[i:le]
	b := len(line)
	if k := strings.IndexByte(line, '\t'); k >= 0 {
		b = k
	}
	if k := strings.Index(line[:b], "  "); k >= 0 {
		b = k
	}
	if k := strings.Index(line[:b], ideoSpace+ideoSpace); k >= 0 {
		b = k
	}
	return i + b
}

// formField reads the label that starts at fs, if it names a person's name
// field, and the value after it (see namesInForms).
func formField(s string, fs, le int) []span {
	if r, _ := utf8.DecodeRuneInString(s[fs:]); !unicode.IsLetter(r) {
		return nil
	}
	end, vs := formSeparator(s, fs, le)
	if end < 0 {
		return bareLabelField(s, fs, le)
	}
	minWords, ok := formLabel(s[fs:end])
	if !ok {
		return bareLabelField(s, fs, le)
	}
	if minWords == genericName && namePartFieldBeside(s, fs, le) {
		minWords = namePart // "Nom : Lefèvre" over "Prénom : Hélène", "Name: Müller" over "Vorname: Anna"
	}
	colon := s[end] == ':' || strings.HasPrefix(s[end:], "：") || s[end] == ' ' && strings.HasPrefix(strings.TrimLeft(s[end:le], " \t"), ":")
	if !colon && shortCasedLabel(s[fs:end]) {
		return nil // "255   173   AD   SOFT HYPHEN": a hex cell, no Turkish "Ad"
	}
	sameLine, below := labelPlace(s, fs)
	if vs < le {
		ve := valueEnd(s, vs, le)
		if _, label := formLabel(s[vs:ve]); !label || colon {
			if !sameLine || !colon && (headerCellAfter(s, ve, le) || proseAfter(s, ve, le) || tableRowsAfter(s, le)) {
				return nil
			}
			return formValue(s, vs, ve, minWords, false, familyFirstLabel(s[fs:end]))
		}
		// A row of labels, each over its value in the next line.
	}
	if !below {
		return nil
	}
	// The value is on the next line, in the label's column.
	vs, ve := valueBelow(s, fs, le)
	if vs >= ve || strings.ContainsAny(s[vs:ve], ":：") || formLabelText(s[vs:ve]) {
		return nil // a blank form: the next line is the next label
	}
	if skipBlank(s, end, le) == le && moreCells(s, ve) {
		return nil // "NAME" over "LIBRARY   [Normally only in Sections 2, 3]": a list of headings
	}
	return formValue(s, vs, ve, minWords, true, familyFirstLabel(s[fs:end]))
}

// namePartFieldBeside: the line above or below the one at [fs, le) opens
// with the label of a part of a name ("Prénom :", "Vorname:", "First
// name:"), so that a bare "Nom" or "Name" beside it holds the other part,
// one word.
func namePartFieldBeside(s string, fs, le int) bool {
	ls := strings.LastIndexByte(s[:fs], '\n') + 1
	lines := [2]string{}
	if le < len(s) {
		next := s[le+1:]
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		lines[0] = next
	}
	if ls > 0 {
		prev := s[:ls-1]
		lines[1] = prev[strings.LastIndexByte(prev, '\n')+1:]
	}
	for _, line := range lines {
		k := strings.IndexAny(line, ":：")
		if k <= 0 || k > maxFormLabel {
			continue
		}
		if n, ok := formLabel(line[:k]); ok && n == namePart {
			return true
		}
	}
	return false
}

// shortCasedLabel: the label is one or two letters of a script with letter
// case ("Ad", "Họ", "To"), which a table's cell (a hex byte "AD") or a
// sentence's word is as often: such a label wants a colon.
func shortCasedLabel(label string) bool {
	n := 0
	for _, r := range label {
		if n++; n > 2 || !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// labelPlace tells whether the label at fs stands where a form puts a
// field's label: first on its line (after its indentation), after a
// bullet, or after another field, a "Label: value" cell, a label or a
// label's value ("Surname  SMITH  Given names  JOHN"); a word in a
// justified man page's sentence ("отличительное  имя  LDAP") or a table's
// header cell after other headers ("Приставка   Имя   Значение") is none.
// below: the cells before it are all labels, as a row of labels over
// their values is ("first name and initial      Last name").
func labelPlace(s string, fs int) (sameLine, below bool) {
	ls := strings.LastIndexByte(s[:fs], '\n') + 1
	c := skipBlank(s, ls, fs)
	if c >= fs {
		return true, true
	}
	n, all, prev1, prev2 := 0, true, false, false
	bullet := false
	for c < fs {
		e := breakFrom(s, c, fs)
		cell := s[c:e]
		lab := strings.ContainsAny(cell, ":：") || formLabelText(cell)
		bullet = n == 0 && !hasLetter(cell) && utf8.RuneCountInString(cell) <= 3
		all = all && (lab || bullet)
		prev2, prev1 = prev1, lab
		n++
		c = skipBlank(s, e, fs)
	}
	return prev1 || prev2 || n == 1 && bullet, all
}

// hasLetter: t holds a letter.
func hasLetter(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// headerCellAfter: the value's cell that ends at ve is followed on its
// line by a cell in capitals or capitalised that is no label, as a table's
// header row goes on ("NAME    DESCRIPTION    EXPOSURE", "Nume    Asincron
// Numele fișierului"); a card's next field ("Given names  JOHN", "Sex  M")
// is a label.
func headerCellAfter(s string, ve, le int) bool {
	c := skipBlank(s, ve, le)
	if c >= le {
		return false
	}
	cell := s[c:breakFrom(s, c, le)]
	r, _ := utf8.DecodeRuneInString(cell)
	return unicode.IsUpper(r) && !strings.ContainsAny(cell, ":：") && !formLabelText(cell)
}

// proseAfter: the line goes on after the value's cell with a word in lower
// case before a full stop or a comma, as a definition list's description
// does ("имя    Символическое  имя  сети.  Имена сетей …").
func proseAfter(s string, ve, le int) bool {
	for w := range strings.FieldsSeq(s[ve:le]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && (w[len(w)-1] == '.' || w[len(w)-1] == ',') {
			return true
		}
	}
	return false
}

// tableRowsAfter: the line that ends at le is a table's header, the two
// lines after it holding as many words each, three or more ("NAME RED
// GREEN BLUE" over "\"white\" 1.000 1.000 1.000", "NAME    STATUS CLASS"
// over "SUCCESS 0      glibc"); a form's next lines are other fields.
func tableRowsAfter(s string, le int) bool {
	ls := strings.LastIndexByte(s[:le], '\n') + 1
	n := fieldCount(s[ls:le])
	if n < 3 {
		return false
	}
	for row := 0; row < 2; row++ {
		if le >= len(s) {
			return false
		}
		ns := le + 1
		if le = strings.IndexByte(s[ns:], '\n'); le < 0 {
			le = len(s)
		} else {
			le += ns
		}
		if fieldCount(s[ns:le]) != n {
			return false
		}
	}
	return true
}

// fieldCount is the number of words of t, separated by blanks.
func fieldCount(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); i++ {
		blank := t[i] == ' ' || t[i] == '\t' || t[i] == '\r'
		if !blank && !in {
			n++
		}
		in = !blank
	}
	return n
}

// moreCells: the line that holds a value below its label, ending at ve,
// goes on in another cell.
func moreCells(s string, ve int) bool {
	ne := strings.IndexByte(s[ve:], '\n')
	if ne < 0 {
		ne = len(s)
	} else {
		ne += ve
	}
	return skipBlank(s, ve, ne) < ne
}

// valueBelow is the field of the line after le that stands in the column
// of the label at fs: the line's first field for a label that starts its
// line, else the field that starts where the label does (a W-2's boxes,
// "first name and initial      Last name" over "MARIA L      GONZALEZ").
func valueBelow(s string, fs, le int) (int, int) {
	ns := le + 1
	if ns >= len(s) {
		return 0, 0
	}
	ne := strings.IndexByte(s[ns:], '\n')
	if ne < 0 {
		ne = len(s)
	} else {
		ne += ns
	}
	ls := strings.LastIndexByte(s[:fs], '\n') + 1
	vs := skipBlank(s, ns, ne)
	if col := fs - ls; skipBlank(s, ls, le) != fs {
		vs = ns + col
		if vs >= ne || s[vs] == ' ' || !columnBreakBefore(s, ns, vs) {
			return 0, 0
		}
	}
	return vs, valueEnd(s, vs, ne)
}

// columnBreakBefore: a column break ends just before i, on the line that
// starts at ls.
func columnBreakBefore(s string, ls, i int) bool {
	return i-ls >= 2 && (s[i-1] == '\t' || s[i-1] == ' ' && s[i-2] == ' ')
}

// formSeparator finds the end of the label at fs and where its value
// starts: after a colon (with the spaces around it), a tab, a run of
// spaces or an ideographic space; at le when the label fills its line, the
// value being on the next. It returns -1 when no separator comes within
// maxFormLabel bytes.
func formSeparator(s string, fs, le int) (end, vs int) {
	lim := min(le, fs+maxFormLabel)
	field := s[fs:lim]
	// the nearest of a colon, a full-width colon, an ideographic space and a
	// column break, each found with the library's vector scans
	sep, kind := len(field), byte(0)
	if k := strings.IndexByte(field, ':'); k >= 0 {
		sep, kind = k, ':'
	}
	if k := strings.Index(field[:sep], "："); k >= 0 {
		sep, kind = k, 0xef
	}
	if k := strings.Index(field[:sep], ideoSpace); k >= 0 {
		sep, kind = k, ' '
	}
	if k := breakFrom(s, fs, fs+sep) - fs; k < sep {
		sep, kind = k, ' '
	}
	i := fs + sep
	switch kind {
	case ':':
		return trimLabelEnd(s, fs, i), skipBlank(s, i+1, le)
	case 0xef:
		return i, skipBlank(s, i+len("："), le)
	case ' ':
		j := skipBlank(s, i, le)
		if j < le && (s[j] == ':' || strings.HasPrefix(s[j:], "：")) {
			e, v := formSeparator(s, j, le) // "Titulaire du compte  :", the colon after the spaces
			return trimLabelEnd(s, fs, e), v
		}
		return i, j
	}
	if le-fs <= maxFormLabel && le < len(s) {
		return trimLabelEnd(s, fs, le), le // a label alone on its line, the value on the next
	}
	return -1, 0
}

// trimLabelEnd moves a label's end back over the spaces before its colon
// ("Nom de famille : TREMBLAY").
func trimLabelEnd(s string, fs, i int) int {
	for i > fs && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\r') {
		i--
	}
	return i
}

// valueEnd is where a same-line value's field ends: the next column break,
// or the line's end without its trailing blanks.
func valueEnd(s string, vs, le int) int {
	if b := breakFrom(s, vs, le); b < le {
		return b
	}
	return max(vs, len(strings.TrimRight(s[:le], " \t\r"+ideoSpace)))
}

// bareLabelField reads a label that a single space separates from its
// value, as OCR reads an identity card ("Фамилия КУЗНЕЦОВА", "姓名 林美玲"):
// only a value in capitals or in a script without letter case that fills
// the rest of the field, since "Name Smith" in a sentence is no field. Not
// when a colon follows the value (all of it is the label: "Nome DLLTOOL
// : %s"), nor a caseless script's words, which a sentence starts the same
// way ("الاسم طويل جدًا", "the name is too long"), nor capitals after a
// label in capitals, a metavariable's way ("NOM DE FICHIER"): programs'
// message catalogues hold all three.
func bareLabelField(s string, fs, le int) []span {
	const maxField = maxFormLabel + 48
	fe := valueEnd(s, fs, min(le, fs+maxField+1))
	if fe-fs > maxField {
		return nil
	}
	// The value is the trailing run of words in capitals or without case.
	vs := fe
	for vs > fs {
		ws := strings.LastIndexByte(s[fs:vs], ' ')
		if ws < 0 {
			break
		}
		ws += fs + 1
		if w := s[ws:vs]; !(allUpper(w) || len(w) == 1 && startsUpper(w) || caselessAt(w, 0) || cjkAt(w, 0)) {
			break
		}
		vs = ws - 1
	}
	if vs >= fe || vs <= fs {
		return nil
	}
	minWords, ok := formLabel(s[fs:vs])
	if !ok || shortCasedLabel(s[fs:vs]) || tableRowsAfter(s, le) || colonAfter(s, fe, le) ||
		caselessAt(s, vs+1) && !cjkAt(s, vs+1) || allUpper(strings.Fields(s[fs:vs])[0]) && allUpper(s[vs+1:fe]) {
		return nil
	}
	return formValue(s, vs+1, fe, minWords, true, familyFirstLabel(s[fs:vs]))
}

// colonAfter: the field's text up to fe is followed on its line by a colon,
// so all of it is the label ("Nome DLLTOOL    : %s", a program's message).
func colonAfter(s string, fe, le int) bool {
	rest := strings.TrimLeft(s[fe:le], " \t")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
}

// cjkAt: a Han character or kana starts s[i:].
func cjkAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isHan(r) || isKana(r)
}

// isKana is a hiragana or katakana letter, or the katakana middle dot and
// prolonged sound mark that names in katakana carry.
func isKana(r rune) bool { return 0x3041 <= r && r <= 0x30ff && r != 0x30a0 }

// The fewest words a label's value needs (see formLabels).
const (
	namePart    = 1 // "Surname", "Given names": one word is the field's value
	personRole  = 2 // "Client", "Tenant": one capitalised word is as often a company
	genericName = 3 // "Name": two words, or one in capitals as a card prints it
)

// formValue reads the name in the field s[vs:ve] after titles, in the
// field's script (see namesInForms); whole, the value must fill the field;
// familyFirst, the label asks for the family name, a comma and the given
// names (see familyFirstLabel).
func formValue(s string, vs, ve, minWords int, whole, familyFirst bool) []span {
	vs = skipFormTitles(s, vs, ve)
	if vs >= ve {
		return nil
	}
	cut := valueCut(s, vs, ve)
	if whole && cut != ve {
		return nil
	}
	t := strings.TrimRight(s[vs:cut], " ")
	end := vs + len(t)
	var out []span
	if l, after, ok := patronymLink(t); ok {
		// "राजेश कुमार सिंह पुत्र श्री रामेश्वर सिंह": a title after the link
		// starts the father's own name; "RAJESH KUMAR S/O MURUGAN", without
		// one, is one name.
		second := skipFormTitles(s, vs+after, end)
		if second > vs+after && formNameText(t[:l], 1) && formNameText(s[second:end], 1) {
			return []span{{vs, vs + l}, {second, end}}
		}
		if second == vs+after && formNameText(t[:l], 1) && formNameText(t[after:], 1) {
			return append(out, span{vs, end})
		}
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(t); isHan(r) || isKana(r) {
		sp, ok := cjkFormName(s, vs, end)
		if !ok || whole && sp.end != end || slicesContains(cjkFieldWords, s[sp.start:sp.end]) || japaneseGrammar(s, sp) {
			return nil
		}
		return bracketedForm(s, sp, ve, append(out, sp))
	}
	if cut < ve && s[cut] == ',' && (surnameFirst(t) || familyFirst) && formNameText(t, namePart) {
		// "Virtanen, Aino Maria": the family name and the given names are
		// one value, of two words or more.
		if e := commaGivenNames(s, cut, ve, end); e > end {
			sp := span{vs, e}
			return bracketedForm(s, sp, ve, append(out, sp))
		}
	}
	if formNameText(t, minWords) {
		sp := span{vs, end}
		return bracketedForm(s, sp, ve, append(out, sp))
	}
	if whole || minWords == namePart {
		return nil
	}
	// Words that run on into the sentence ("Nikola Jovanović iz Novog
	// Sada"): two capitalised words before a word in lower case.
	sp, words := capitalisedWords(s, vs)
	if words >= 2 && sp.end+1 < cut && s[sp.end] == ' ' && lowerWordAt(s, sp.end+1) &&
		!notAName(s[sp.start:sp.end]) && !legalFormAfter(s, sp.end) {
		return append(out, sp)
	}
	return nil
}

// lowerWordAt: a word in lower case, no particle, starts s[i:].
func lowerWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r) && !nameParticles[s[i:wordEnd(s, i)]]
}

// valueCut is where a value ends inside its field: a comma (full-width or
// Arabic too), a semicolon, a bracket, a dash between spaces or a vertical
// bar.
func valueCut(s string, vs, ve int) int {
	for i := vs; i < ve; i++ {
		switch s[i] {
		case ',', ';', '(', '[', '|':
			return i
		case ' ':
			if i+2 < ve && (s[i+1] == '-' && s[i+2] == ' ' || strings.HasPrefix(s[i+1:], "– ") || strings.HasPrefix(s[i+1:], "— ")) {
				return i
			}
		case 0xef:
			if strings.HasPrefix(s[i:], "（") || strings.HasPrefix(s[i:], "，") {
				return i
			}
		case 0xd8:
			if strings.HasPrefix(s[i:], "،") { // the Arabic comma
				return i
			}
		}
	}
	return ve
}

// surnameFirst: a family name written first, before a comma and the given
// names, is one word or in capitals ("Virtanen, Aino Maria", "GARCÍA
// LÓPEZ, MARÍA DEL CARMEN").
func surnameFirst(t string) bool {
	return !strings.Contains(t, " ") || capsName(t, 1)
}

// familyFirstLabels ask for the family name before the given names, which
// their value separates with a comma ("Apellidos y nombre: García López,
// Ana"), in lower case.
var familyFirstLabels = []string{"name, vorname", "nachname, vorname", "familienname, vorname", "apellidos y nombre",
	"apellido y nombre", "apellidos y nombres", "apellidos, nombre", "cognome e nome", "cognome, nome", "nom, prénom",
	"nom et prénom", "nom et prénoms", "surname, first name", "surname, given name", "last name, first name",
	"surname and given name", "surname and given names", "achternaam, voornaam", "nazwisko i imię", "příjmení, jméno"}

// familyFirstLabel: label is one of familyFirstLabels.
func familyFirstLabel(label string) bool {
	return oneOf(strings.TrimSpace(label), familyFirstLabels)
}

// commaGivenNames extends a family name that ends at end over the given
// names after the comma at cut, when they fill the rest of the field.
func commaGivenNames(s string, cut, ve, end int) int {
	gs := skipBlank(s, cut+1, ve)
	if gs >= ve || valueCut(s, gs, ve) != ve {
		return end
	}
	if g := strings.TrimRight(s[gs:ve], " "); formNameText(g, 1) {
		return gs + len(g)
	}
	return end
}

// bracketedForm adds the name's second form in brackets right after it
// ("何詠琪（HO, Wing Ki）", "이서연 (李瑞妍)"), a value of its own. One
// word in the name's own script is the person's relation to someone
// instead ("Thomas Schneider (Ehemann)", "John Kamau (father)").
func bracketedForm(s string, sp span, ve int, out []span) []span {
	i := sp.end
	if i < ve && s[i] == ' ' {
		i++
	}
	var closing string
	switch {
	case strings.HasPrefix(s[i:], "（"):
		i, closing = i+len("（"), "）"
	case strings.HasPrefix(s[i:], "("):
		i, closing = i+1, ")"
	default:
		return out
	}
	e := strings.Index(s[i:min(len(s), i+64)], closing)
	if e <= 0 {
		return out
	}
	inner := s[i : i+e]
	if c := strings.IndexByte(inner, ','); c > 0 {
		if formNameText(inner[:c], 1) && formNameText(strings.TrimLeft(inner[c+1:], " "), 1) {
			return append(out, span{i, i + e})
		}
		return out
	}
	if formNameText(inner, 1) && (strings.IndexByte(inner, ' ') > 0 || cjkAt(s, sp.start) != cjkAt(inner, 0)) {
		return append(out, span{i, i + e})
	}
	return out
}

// formNameText reports whether t, all of it, is a name as a form's field
// holds one (see namesInForms).
func formNameText(t string, minWords int) bool {
	if t == "" || len(t) > 96 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case isHan(r) || isKana(r):
		sp, ok := cjkFormName(t, 0, len(t))
		return ok && sp.end == len(t)
	case isHangul(r):
		return caselessNameText(t)
	case caselessAt(t, 0):
		return caselessFormWords(t)
	}
	if legalFormIn(t) || hasFormFieldWord(t) {
		return false
	}
	if minWords == genericName {
		return nameText(t, 2, true) || capsName(t, 1) && !notAName(t)
	}
	if capsFamilyFirst(t) {
		return true // not after a bare "Name:", whose value is as often "API Gateway" or "IBM Germany"
	}
	if minWords == namePart {
		if rest := withoutParticles(t); rest != t && wholeName(rest) > 0 {
			t = rest // a family name's particles in lower case: "de Vries", "van der Berg", "da Silva"
		}
	}
	return nameText(t, minWords, true)
}

// withoutParticles is t without the lower-case particles that open a
// family name ("van der Berg" -> "Berg").
func withoutParticles(t string) string {
	for {
		p, rest, ok := strings.Cut(t, " ")
		if !ok || !nameParticles[p] {
			return t
		}
		t = rest
	}
}

// capsFamilyFirst: the family name in capitals before the given names,
// as French, Italian and Nigerian forms and passports write a person
// ("LEROY Antoine", "DI STEFANO Maria Grazia", "ADEBAYO Oluwaseun Grace"):
// one or two words in capitals, then one to three capitalised ones.
func capsFamilyFirst(t string) bool {
	k, words := 0, 0
	for w := range strings.FieldsSeq(t) {
		switch {
		case k == words && capsName(w, 1) && k < 2:
			k++
		case k > 0 && wholeName(w) == 1:
		default:
			return false
		}
		words++
	}
	return k > 0 && words > k && words-k <= 3 && !notAName(t)
}

// caselessFormWords: one to four words of a script without letter case
// (Devanagari, Telugu, Tamil, Arabic …), the particles of a nasab not
// counted, none of them a stop word.
func caselessFormWords(t string) bool {
	words := 0
	for i, w := range strings.Fields(t) {
		if !caselessAt(w, 0) || lettersEnd(w, 0) != len(w) || caselessStops[w] || caselessSkips[w] || i > 0 && conjunctionFirst(w) {
			return false
		}
		if !nasabParticles[w] {
			words++
		}
	}
	return words >= 1 && words <= 4
}

// cjkFieldWords are the labels of a Chinese or Japanese form's other
// fields, which a blank form puts under a name's label ("氏名\n生年月日").
var cjkFieldWords = []string{"生年月日", "出生日期", "出生", "住所", "現住所", "地址", "電話", "电话", "性別", "性别", "連絡先",
	"联系电话", "聯絡電話", "日期", "国籍", "國籍", "年齢", "年龄", "職業", "职业", "備考", "备注"}

// cjkHonorifics follow a Japanese name and stay: "ナカムラ タロウ 様".
var cjkHonorifics = []string{"様", "さま", "さん", "殿", "先生", "君"}

// cjkFormName is a name in Han characters or kana at s[i:] before end:
// two to four Han characters, as a Chinese name is written, or a Japanese
// family and given name in kanji or kana that one space (often an
// ideographic one) may separate, up to an honorific.
func cjkFormName(s string, i, end int) (span, bool) {
	start, runes, spaces, kana := i, 0, 0, false
	for i < end {
		if runes > 0 && slicesHasPrefix(s[i:], cjkHonorifics) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isHan(r) || isKana(r) {
			kana = kana || isKana(r)
			runes++
			i += n
			continue
		}
		if (r == ' ' || r == 0x3000) && spaces == 0 && runes > 0 && i+n < end {
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); (isHan(next) || isKana(next)) && !slicesHasPrefix(s[i+n:], cjkHonorifics) {
				spaces++
				i += n
				continue
			}
		}
		break
	}
	if !kana && spaces == 0 {
		return span{start, i}, runes >= 2 && runes <= 4
	}
	return span{start, i}, runes >= 2 && runes <= 12
}

// japaneseGrammar: the kana after a label are a Japanese sentence's, as a
// man page writes its metavariable "name" in one ("name  を定義します",
// "name  は関数を参照します", "name  それぞれについて、対応する"): they
// start with a particle and go on in kanji or katakana (a name in hiragana
// may start so: "はるか"), or they hold hiragana and a sentence's comma or
// full stop follows them.
func japaneseGrammar(s string, sp span) bool {
	t := s[sp.start:sp.end]
	hiragana, other := false, false
	for _, r := range t {
		if 0x3041 <= r && r <= 0x309f {
			hiragana = true
		} else if r != ' ' && r != 0x3000 {
			other = true
		}
	}
	if r, _ := utf8.DecodeRuneInString(t); r == 'を' || other && strings.ContainsRune("にはがのとでもへやか", r) {
		return true
	}
	return hiragana && (strings.HasPrefix(s[sp.end:], "。") || strings.HasPrefix(s[sp.end:], "、"))
}

// slicesHasPrefix: s starts with one of prefixes.
func slicesHasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// slicesHasSuffix: s ends with one of suffixes.
func slicesHasSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// patronymLinks join a person's name to a parent's: "S/O" (son of) and its
// kin in Malaysia, Singapore and India, Hindi पुत्र, पुत्री, पत्नी (son,
// daughter, wife of).
var patronymLinks = []string{" S/O ", " D/O ", " W/O ", " A/L ", " A/P ", " s/o ", " d/o ", " w/o ", " पुत्र ", " पुत्री ", " पत्नी "}

// patronymLink finds a patronymic link inside t: where it starts, and
// where the name after it starts.
func patronymLink(t string) (at, after int, ok bool) {
	for _, l := range patronymLinks {
		if k := strings.Index(t, l); k > 0 {
			return k, k + len(l), true
		}
	}
	return 0, 0, false
}

// formTitles are the titles, forms of address and degrees a form writes
// before a name, beyond courtesyTitles, in the table's languages: they stay
// outside the name. Each must be followed by a letter.
var formTitles = []string{
	"dr ", "pd ", "med. ", "ll ", "lek. med. ", "lek. ", "mgr ", "inż. ", "m. ", "m ", "mevrouw ", "meneer ", "de heer ", "mevr. ", "dhr. ",
	"don ", "doña ", "d. ", "dña. ", "dª ", "w/ro ", "w/t ", "ato ", "bs. ", "ths. ", "dkt. ", "bw. ", "bi. ", "encik ", "puan ", "cik ",
	"tn. ", "pn. ", "sr ", "sra ", "sr.ª ", "bay ", "bayan ", "श्री. ", "श्री ", "श्रीमती ", "श्रीमती. ", "कु. ", "डॉ. ",
	"السيد/ ", "السيدة/ ", "السيد ", "السيدة ", "الدكتور ",
}

// skipFormTitles returns the position after any titles at i, before end.
func skipFormTitles(s string, i, end int) int {
	for again := true; again && i < end; {
		again = false
		if j := skipTitles(s, i); j > i && j < end {
			i, again = j, true
		}
		for _, t := range formTitles {
			if j := i + len(t); j < end && hasPrefixFold(s[i:], t) {
				if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
					i, again = j, true
					break
				}
			}
		}
	}
	return i
}
