package scrub

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Machine records name people in fields: a JSON object's "name" or
// "holder", a log line's holder="…", git config's "name =", an XML
// <Nm>, an MT940 "/NAME/", a SQL INSERT's name column (the sixth blind
// table, realworld6_test.go). Such a key alone says little: a JSON "name"
// as often holds a build step, a service or a product. A record that also
// holds another person's datum (an address, a phone number, an id, a card,
// an IBAN, a date of birth, already masked by the time names are sought)
// is a person's, and so is the name in it.

// personalKinds are the kinds whose placeholder makes a record a person's.
// A secret is no person's (a service's settings hold passwords), nor is an
// IP address (a log line of a request holds the client's).
var personalKinds = [numKinds]bool{Email: true, IBAN: true, NationalID: true, CreditCard: true, SSN: true, DateOfBirth: true, Phone: true}

// personalPlaceholderIn reports whether s holds the placeholder of a
// personal kind.
func personalPlaceholderIn(s string) bool {
	for k := 0; ; {
		p := strings.IndexByte(s[k:], '<')
		if p < 0 {
			return false
		}
		p += k
		if kind, _, _, m := matchPlaceholder(s, p, false); m == fullPlaceholder && personalKinds[kind] {
			return true
		}
		k = p + 1
	}
}

// nameKeys are the key names, in lower case, whose value is a person's
// name, with the fewest capitalised words that make one: a "name" also
// holds a single word ("Default", "Build"), a "first_name" a given name.
var nameKeys = map[string]int{
	"name": 2, "fullname": 2, "full_name": 2, "displayname": 2, "display_name": 2, "nome": 2, "nombre": 2,
	"naam": 2, "namn": 2, "navn": 2, "nimi": 2, "jmeno": 2, "jméno": 2, "isim": 2, "adsoyad": 2,
	"ad_soyad": 2, "имя": 2, "фио": 2, "піб": 2, "ім'я": 2, "όνομα": 2, "ονοματεπώνυμο": 2, "họ tên": 2, "hoten": 2,
	"ho_ten": 2, "nama": 2, "姓名": 1, "氏名": 1, "名前": 1, "이름": 1, "성명": 1, "الاسم": 1, "שם": 1, "नाम": 1, "ชื่อ": 1,
	// who holds the card or the account, who is paid, who wrote or sent
	"holder": 2, "cardholder": 2, "accountholder": 2, "titular": 2, "titulaire": 2, "favorecido": 2,
	"beneficiario": 2, "beneficiary": 2, "bénéficiaire": 2, "payee": 2, "kontoinhaber": 2, "from": 2, "sender": 2,
	"author": 2,
	// a given or a family name alone
	"firstname": 1, "first_name": 1, "lastname": 1, "last_name": 1, "givenname": 1, "given_name": 1,
	"familyname": 1, "family_name": 1, "surname": 1, "vorname": 1, "nachname": 1, "prénom": 1, "prenom": 1,
	"cognome": 1, "apellido": 1, "apellidos": 1, "sobrenome": 1, "nazwisko": 1, "фамилия": 1, "прізвище": 1,
	// French "nom" is the family name beside "prénom", Polish "imię" the
	// given name (the thirteenth blind table's records)
	"nom": 1, "imie": 1, "imię": 1,
	// the given and family names of exports in more languages (the
	// eighteenth blind table's records)
	"soyad": 1, "soyadi": 1, "soyadı": 1, "prenume": 1, "etunimi": 1, "sukunimi": 1, "eponymo": 1, "επώνυμο": 1,
	"nombres": 1, "prijmeni": 1, "příjmení": 1, "отчество": 1, "voornaam": 1, "achternaam": 1, "fornamn": 1,
	"förnamn": 1, "efternamn": 1, "fornavn": 1, "etternavn": 1, "efternavn": 1, "forename": 1, "forenames": 1,
	"שם_פרטי": 1, "שם_משפחה": 1, "nome_completo": 2, "nombre_completo": 2, "nume": 2, "onoma": 2, "adı": 2,
	// Turkish "ad" is also an advertisement: a name only beside "soyad"
	"ad": onlyBesideNamePart,
	// the applicant an applicant-tracking export's record is about (the
	// fifteenth blind table: {"candidato": "Fernanda Alves", …})
	"candidate": 2, "candidato": 2, "candidata": 2, "candidat": 2, "applicant": 2, "bewerber": 2, "kandidat": 2,
}

// onlyBesideNamePart is the word count no name reaches: a key so marked in
// nameKeys names a person only beside another part's key (pairedNameKeys).
const onlyBesideNamePart = 99

// personQualifiers make "…_name" the name of a person: "customer_name",
// "holderName", "contact-name". Other qualifiers name a thing
// ("bank_name", "file_name", "event_name").
var personQualifiers = map[string]int{
	"full": 2, "display": 2, "customer": 2, "client": 2, "contact": 2, "holder": 2, "account": 2, "card": 2,
	"recipient": 2, "payee": 2, "beneficiary": 2, "sender": 2, "patient": 2, "employee": 2, "person": 2,
	"member": 2, "legal": 2, "author": 2, "first": 1, "last": 1, "given": 1, "family": 1, "middle": 1,
	// the people a school's, a clinic's or a landlord's export lists (the
	// thirteenth blind table: "student_first,…,guardian_name")
	"guardian": 2, "parent": 2, "student": 2, "child": 2, "mother": 2, "father": 2, "spouse": 2, "tenant": 2,
	"applicant": 2, "insured": 2, "emergency": 2, "candidate": 2,
	// a payment's consumer, a seeded admin (the eighteenth blind table)
	"consumer": 2, "admin": 2,
}

// nameKeyMin reports whether key names a person's name field, and the
// fewest capitalised words its value needs.
func nameKeyMin(key string) (int, bool) {
	if key == "" || len(key) > 32 {
		return 0, false
	}
	if dot := strings.LastIndexByte(key, '.'); dot >= 0 {
		key = key[dot+1:] // "user.name", "spring.mail.from"
	}
	lower := strings.ToLower(key)
	if n, ok := nameKeys[lower]; ok {
		return n, true
	}
	last, prev := lastComponents(key)
	if prev == "" {
		return 0, false
	}
	n, ok := personQualifiers[strings.ToLower(prev)]
	if part := namePartKeys[strings.ToLower(last)]; part && ok {
		return 1, true // "student_first", "guardian_surname": a role's name part
	}
	return n, ok && strings.EqualFold(last, "name")
}

// namePartKeys end a key that names a part of a person's name after the
// person's role ("student_first", "parent_last").
var namePartKeys = map[string]bool{"first": true, "last": true, "given": true, "surname": true, "firstname": true,
	"lastname": true}

// nameText reports whether t, all of it, is a person's name as a field
// holds one: capitalised words, at least minWords of them; the same in
// capitals where caps allows it ("MARIANA COSTA" on a card, "P DE BOER"
// in a bank statement); or, in scripts without letter case, two to five
// Han characters, two to four Hangul syllables, or one to three words of
// Arabic, Hebrew, Devanagari or Thai letters.
func nameText(t string, minWords int, caps bool) bool {
	if t == "" || len(t) > 96 {
		return false
	}
	if w := wholeName(t); w > 0 {
		return w >= minWords && !notAName(t)
	}
	if caps && capsName(t, minWords) {
		return !notAName(t)
	}
	return caselessNameText(t)
}

// caselessNameText is nameText's test for the scripts without letter case.
func caselessNameText(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case caselessGroupName(t):
		return false
	case isHan(r):
		n, words := 0, 0
		for w := range strings.FieldsSeq(t) {
			words++
			for _, c := range w {
				if !isHan(c) {
					return false
				}
				n++
			}
		}
		return n >= 2 && n <= 5 && words <= 2
	case isHangul(r):
		n, words := 0, 0
		for w := range strings.FieldsSeq(t) {
			words++
			for _, c := range w {
				if c < 0xac00 || c > 0xd7a3 {
					return false
				}
				n++
			}
		}
		return n >= 2 && n <= 4 && words <= 2
	case isThaiLetter(r) || caselessAt(t, 0):
		words := 0
		for w := range strings.FieldsSeq(t) {
			for _, c := range w {
				if !(isThaiLetter(c) || unicode.IsMark(c) || unicode.Is(unicode.Lo, c) && !isCJK(c)) {
					return false
				}
			}
			if caselessStops[w] || caselessSkips[w] || words > 0 && conjunctionFirst(w) {
				return false
			}
			words++
		}
		return words >= 1 && words <= 3
	}
	return false
}

// caselessGroupName: t names a department, a desk or a team in a script
// without letter case, which mail headers, address books and records hold
// where a person's name would be ("CC: 営業部 <…>", "抄送: 采购部 <…>", "참조:
// 구매팀 <…>", "نسخة: المشتريات <…>", "עותק: רכש <…>"): Han of one word
// that ends in a unit's name (a bare family name such as 阿部 or 服部 does
// too, and is given up: display names carry the given name), Hangul that
// ends in a team's word, or a first word of Arabic, Hebrew, Thai or
// Devanagari that names a department.
func caselessGroupName(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case isHan(r):
		return first == t && slicesHasSuffix(t, hanGroupEnds)
	case isHangul(r):
		return slicesHasSuffix(t, hangulGroupEnds)
	}
	return caselessGroupWords[first] || slicesHasPrefix(first, thaiGroupPrefixes)
}

// hanGroupEnds end the names of a company's units in Chinese and Japanese:
// department, section, office, bureau, team, centre, service window.
var hanGroupEnds = []string{"部", "課", "课", "室", "係", "处", "處", "局", "团", "團", "队", "隊", "组", "組",
	"中心", "窗口", "窓口", "公司", "会社", "店", "委员会", "委員会", "事务所", "事務所"}

// hangulGroupEnds end a Korean team's or centre's name ("구매팀", "고객센터").
var hangulGroupEnds = []string{"팀", "센터", "본부", "부서", "사업부", "사무국"}

// caselessGroupWords open a department's name in Arabic, Hebrew and Hindi.
var caselessGroupWords = map[string]bool{
	"قسم": true, "إدارة": true, "ادارة": true, "الإدارة": true, "المشتريات": true, "المبيعات": true, "الموارد": true,
	"المحاسبة": true, "الحسابات": true, "الدعم": true, "خدمة": true, "فريق": true, "مكتب": true, "شؤون": true,
	"الشؤون": true, "المالية": true, "التسويق": true,
	"רכש": true, "מכירות": true, "שירות": true, "הנהלת": true, "משאבי": true, "תמיכה": true, "כספים": true,
	"מחלקת": true, "מחלקה": true, "צוות": true, "מוקד": true, "הנהלה": true, "גבייה": true, "שיווק": true,
	"विभाग": true, "टीम": true,
}

// thaiGroupPrefixes open a Thai department's name, which Thai writes
// without a space ("ฝ่ายจัดซื้อ", purchasing).
var thaiGroupPrefixes = []string{"ฝ่าย", "แผนก", "ทีม"}

// capsName: one to five words in capitals (an initial, a particle, a
// name), at least minWords, one of them of two letters or more.
func capsName(t string, minWords int) bool {
	words, long := 0, false
	for w := range strings.FieldsSeq(t) {
		letters := 0
		for k, r := range w {
			switch {
			case unicode.IsUpper(r):
				letters++
			case (r == '-' || r == '\'') && k > 0 && k < len(w)-1:
			default:
				return false
			}
		}
		long = long || letters >= 2
		words++
	}
	return words >= max(minWords, 1) && words <= 5 && long
}

// namesInRecords finds the names in the name fields of records that hold
// a person's other data: key-value pairs (JSON, JSON escaped inside a
// string, logfmt, INI and YAML), XML elements, MT940's "/NAME/" and the
// rows of SQL INSERTs; and the parts of FHIR's HumanName objects, which
// need no other datum.
func namesInRecords(s string) []span {
	var out []span
	if strings.Contains(s, `"family"`) || strings.Contains(s, `"text"`) || strings.Contains(s, `"display"`) ||
		strings.Contains(s, "<family value=") {
		out = fhirNames(s)
	}
	if !personalPlaceholderIn(s) && !hasStreetField(s) {
		return out
	}
	// the bytes that may start a name's field in s: a key's separator, an
	// element's "<" (when an element closes somewhere), MT940's "/NAME/"
	seps := ""
	if strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '=') >= 0 {
		seps = ":="
	}
	if strings.Contains(s, "</") {
		seps += "<"
	}
	if strings.Contains(s, "/NAME/") {
		seps += "/"
	}
	for i := 0; i < len(s) && seps != ""; i++ {
		k := strings.IndexAny(s[i:], seps)
		if k < 0 {
			break
		}
		i += k
		var sp span
		var ok bool
		switch s[i] {
		case ':', '=':
			sp, ok = keyedName(s, i)
		case '<':
			sp, ok = xmlName(s, i)
		case '/':
			sp, ok = swiftName(s, i)
		}
		if ok {
			out = append(out, sp)
			i = sp.end - 1
		}
	}
	if strings.Contains(s, "alues") || strings.Contains(s, "ALUES") {
		out = append(out, namesInInserts(s)...)
	}
	return out
}

// keyedName reads the name assigned to a name key at the separator s[i].
func keyedName(s string, i int) (span, bool) {
	ks, ke := keyBeforeSep(s, i)
	if ke-ks < 2 {
		return span{}, false
	}
	minWords, ok := nameKeyMin(s[ks:ke])
	if !ok {
		return span{}, false
	}
	vs, ve, escaped, ok := valueAfterSep(s, i+1)
	if !ok {
		return span{}, false
	}
	v := s[vs:ve]
	if escaped {
		v = unescapeJSON(v)
	}
	if !nameText(v, minWords, true) && !(pairedNameKeys[strings.ToLower(s[ks:ke])] && nameText(v, 1, true) &&
		namePartKeyBeside(s, ks)) || legalFormAfter(s, ve) {
		return span{}, false // {"name": "Meier", "vorname": "Anna"}: "name" holds one part of the person's name
	}
	if lo, hi, ok := braceScope(s, ks); ok {
		if personalOwnField(s, lo, hi) {
			return span{vs, ve}, true
		}
		// a name object's parts, whose person's data are its parent's
		// fields: {"dateOfBirth": …, "name": {"firstName": "SOFIA", …}}
		plo, phi, ok := braceScope(s, lo)
		return span{vs, ve}, ok && personalOwnField(s, plo, phi)
	}
	lo, hi := recordScope(s, ks)
	return span{vs, ve}, personalPlaceholderIn(s[lo:hi]) || hasStreetField(s[lo:hi])
}

// pairedNameKeys hold one part of a person's name, not the whole, when
// the record also has a key for another part: Swiss German "name" beside
// "vorname", Italian "nome" beside "cognome", Turkish "ad" beside "soyad",
// Romanian "nume" (the family name) beside "prenume".
var pairedNameKeys = map[string]bool{"name": true, "nome": true, "nombre": true, "naam": true, "namn": true,
	"navn": true, "nimi": true, "jmeno": true, "jméno": true, "isim": true, "имя": true, "ім'я": true, "onoma": true,
	"όνομα": true, "nama": true, "ad": true, "adi": true, "adı": true, "nume": true}

// namePartKeyBeside reports whether the record of the key at ks (its
// object, else its line or paragraph) has a key for a part of a name
// ("surname", "vorname", "cognome", "soyad", …).
func namePartKeyBeside(s string, ks int) bool {
	lo, hi, ok := braceScope(s, ks)
	if !ok {
		lo, hi = recordScope(s, ks)
	}
	for i := range keySeparators(s[lo:hi]) {
		a, b := keyBeforeSep(s, lo+i)
		if a != ks && b > a && nameKeys[strings.ToLower(s[a:b])] == 1 {
			return true
		}
	}
	return false
}

// personalOwnField reports whether the object s[lo:hi] holds a person's
// datum in a field of its own, not in an object nested in it: a project's
// "name" is not its owner's, whose e-mail is in {"owner":{…}}. A street in
// a street field is one ({"name": …, "line1": "4 Rosewood Close"}).
func personalOwnField(s string, lo, hi int) bool {
	depth := 0
	for p := lo; p < hi; p++ {
		switch s[p] {
		case '{':
			depth++
		case '}':
			depth--
		case ':':
			if depth == 1 {
				if _, ok := keyedStreetAt(s[:hi], p); ok {
					return true
				}
			}
		case '<':
			if kind, _, _, m := matchPlaceholder(s, p, false); m == fullPlaceholder && depth == 1 && personalKinds[kind] {
				return true
			}
		}
	}
	return false
}

// keyBeforeSep returns the bounds of the key name before the separator at
// i: `key=`, `key: `, `"key":`, `\"key\":` (JSON inside a string).
func keyBeforeSep(s string, i int) (int, int) {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && (s[j-1] == '"' || s[j-1] == '\'') {
		j--
		if j > 0 && s[j-1] == '\\' {
			j--
		}
	}
	end := j
	for j > 0 && end-j <= 32 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !isKeyRune(r) && r != '.' && r != '-' && r != '\'' && !unicode.IsMark(r) {
			break
		}
		j -= n
	}
	return j, end
}

// valueAfterSep reads the value after a separator ending at i: a quoted
// string (escaped, `\"…\"`, inside a JSON string), or the rest of the line
// up to a delimiter of a record. escaped reports a JSON string's escapes.
func valueAfterSep(s string, i int) (start, end int, escaped, ok bool) {
	if i > 0 && i < len(s) && s[i-1] == '=' && s[i] == '>' {
		i++ // Ruby's and Perl's "key" => "value"
	}
	i = skipSpaces(s, i)
	if i >= len(s) {
		return 0, 0, false, false
	}
	quote := ""
	switch {
	case strings.HasPrefix(s[i:], `\"`):
		quote = `\"`
	case s[i] == '"':
		quote = `"`
	case s[i] == '\'':
		quote = "'"
	}
	if quote != "" {
		start = i + len(quote)
		k := strings.Index(s[start:min(len(s), start+128)], quote)
		if k <= 0 || strings.IndexByte(s[start:start+k], '\n') >= 0 {
			return 0, 0, false, false
		}
		return start, start + k, quote != "'", true
	}
	end = i
	for end < len(s) && end-i < 128 && !strings.ContainsRune("\n\r&,;", rune(s[end])) {
		end++
	}
	for end > i && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return i, end, false, end > i
}

// unescapeJSON decodes the escapes of a JSON string's text ("Ren\u00e9e"),
// or returns it as it is when it holds none or a broken one.
func unescapeJSON(v string) string {
	if strings.IndexByte(v, '\\') < 0 {
		return v
	}
	if u, err := strconv.Unquote(`"` + v + `"`); err == nil {
		return u
	}
	return v
}

// recordScope is the record of the key at i outside a JSON object (see
// braceScope): its line, when the line holds other pairs (logfmt); else
// its paragraph or INI section (one pair to a line). Each side reaches at
// most recordReach bytes.
func recordScope(s string, i int) (int, int) {
	ls, le := lineAround(s, i, recordReach)
	if strings.Count(s[ls:le], "=") >= 2 {
		return ls, le
	}
	floor, ceil := max(0, i-recordReach), min(len(s), i+recordReach)
	lo := ls
	for lo > floor {
		prev := floor + strings.LastIndexByte(s[floor:lo-1], '\n') + 1
		line := strings.TrimSpace(s[prev : lo-1])
		if line == "" || line[0] == '[' && !strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]") {
			break // a blank line, or an INI section's header
		}
		lo = prev
	}
	hi := le
	for hi < ceil {
		next := ceil
		if k := strings.IndexByte(s[hi+1:ceil], '\n'); k >= 0 {
			next = hi + 1 + k
		}
		line := strings.TrimSpace(s[hi+1 : next])
		if line == "" || line[0] == '[' {
			break
		}
		hi = next
	}
	return lo, hi
}

// recordReach bounds a record on each side of its key.
const recordReach = 2048

// braceScope is the innermost "{…}" around i, if both braces are within
// recordReach.
func braceScope(s string, i int) (int, int, bool) {
	lo, depth := -1, 0
	for p := i - 1; p >= 0 && i-p <= recordReach; p-- {
		if c := s[p]; c == '}' {
			depth++
		} else if c == '{' {
			if depth == 0 {
				lo = p
				break
			}
			depth--
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	depth = 0
	for p := i; p < len(s) && p-i <= recordReach; p++ {
		if c := s[p]; c == '{' {
			depth++
		} else if c == '}' {
			if depth == 0 {
				return lo, p + 1, true
			}
			depth--
		}
	}
	return 0, 0, false
}

// xmlNameTags are the elements that hold a person's name: ISO 20022's
// <Nm> (the debtor's or creditor's in a SEPA file), and the usual names
// of exports; looked up in lower case.
var xmlNameTags = map[string]int{
	"nm": 2, "name": 2, "fullname": 2, "full_name": 2, "displayname": 2, "cardholder": 2, "holdername": 2,
	"accountholder": 2, "firstname": 1, "lastname": 1, "givenname": 1, "familyname": 1, "surname": 1,
	"forename": 1, "vorname": 1, "nachname": 1, "prenom": 1, "nombre": 1, "apellido": 1, "apellidos": 1, "nome": 1,
	"cognome": 1, "voornaam": 1, "achternaam": 1,
}

// xmlName reads the name in an element "<Nm>Jan Novák</Nm>" that opens at
// s[i], when a person's datum stands within recordReach of it.
func xmlName(s string, i int) (span, bool) {
	k := i + 1
	for k < len(s) && k-i <= 16 && (isASCIILetter(s[k]) || s[k] == '_') {
		k++
	}
	if k >= len(s) || s[k] != '>' || k == i+1 {
		return span{}, false
	}
	tag := s[i+1 : k]
	minWords, ok := xmlNameTags[strings.ToLower(tag)]
	if !ok {
		return span{}, false
	}
	vs := k + 1
	e := strings.Index(s[vs:min(len(s), vs+128)], "</"+tag+">")
	if e <= 0 || !nameText(strings.TrimSpace(s[vs:vs+e]), minWords, true) {
		return span{}, false
	}
	v := strings.TrimSpace(s[vs : vs+e])
	vs += strings.Index(s[vs:vs+e], v)
	lo, hi := max(0, i-recordReach), min(len(s), vs+recordReach)
	if !strings.EqualFold(tag, "nm") {
		// a generic element's record is its parent: a pom.xml's project
		// <name> is no developer's, whose <name> and <email> share a
		// <developer>; ISO 20022's <Nm> is a party's in any payment file,
		// its account in a sibling element (<Cdtr>, <CdtrAcct>)
		lo, hi, ok := xmlParent(s, i, vs+e+len(tag)+3)
		return span{vs, vs + len(v)}, ok && personalChild(s, lo, hi)
	}
	return span{vs, vs + len(v)}, personalPlaceholderIn(s[lo:hi])
}

// personalChild reports whether a child of the element s[lo:hi] (the
// name's siblings, not their descendants) holds a person's datum masked,
// or a street in a street element.
func personalChild(s string, lo, hi int) bool {
	depth := 0
	for p := lo; p < hi; p++ {
		if s[p] != '<' || p+1 >= hi {
			continue
		}
		if kind, _, _, m := matchPlaceholder(s, p, false); m == fullPlaceholder {
			if depth == 2 && personalKinds[kind] {
				return true
			}
			continue
		}
		switch {
		case s[p+1] == '/':
			depth--
		case s[p+1] == '?' || s[p+1] == '!' || selfClosing(s, p):
		default:
			depth++
			if depth == 2 {
				if _, ok := xmlStreetAt(s[:hi], p); ok {
					return true // a street element beside the name's
				}
			}
		}
	}
	return false
}

// xmlParent is the element around the one that opens at i and closes at
// end: from its parent's opening tag to the parent's closing tag, each
// within recordReach.
func xmlParent(s string, i, end int) (int, int, bool) {
	lo, depth := -1, 0
	for p := i - 1; p >= max(0, i-recordReach); p-- {
		if s[p] != '<' || p+1 >= len(s) || isPlaceholderAt(s, p) {
			continue
		}
		switch {
		case s[p+1] == '/':
			depth++
		case s[p+1] == '?' || s[p+1] == '!' || selfClosing(s, p):
		case depth == 0:
			lo = p
		default:
			depth--
		}
		if lo >= 0 {
			break
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	depth = 0
	for p := end; p < min(len(s), end+recordReach); p++ {
		if s[p] != '<' || p+1 >= len(s) || isPlaceholderAt(s, p) {
			continue
		}
		switch {
		case s[p+1] == '/' && depth == 0:
			if k := strings.IndexByte(s[p:], '>'); k > 0 {
				return lo, p + k + 1, true
			}
			return lo, len(s), true
		case s[p+1] == '/':
			depth--
		case s[p+1] == '?' || s[p+1] == '!' || selfClosing(s, p):
		default:
			depth++
		}
	}
	return 0, 0, false
}

// isPlaceholderAt: a placeholder of ours starts at s[p] ("<EMAIL_1>").
func isPlaceholderAt(s string, p int) bool {
	_, _, _, m := matchPlaceholder(s, p, false)
	return m == fullPlaceholder
}

// selfClosing: the tag that opens at s[p] ends in "/>".
func selfClosing(s string, p int) bool {
	k := strings.IndexByte(s[p:min(len(s), p+256)], '>')
	return k > 0 && s[p+k-1] == '/'
}

// swiftName reads the name of an MT940 statement's structured ":86:"
// field, "/NAME/P DE BOER/", on a line that holds a masked account.
func swiftName(s string, i int) (span, bool) {
	const tag = "/NAME/"
	if !strings.HasPrefix(s[i:], tag) {
		return span{}, false
	}
	vs := i + len(tag)
	e := strings.IndexAny(s[vs:min(len(s), vs+70)], "/\n")
	if e <= 0 || !nameText(s[vs:vs+e], 1, true) {
		return span{}, false
	}
	ls, le := lineAround(s, i, recordReach)
	return span{vs, vs + e}, personalPlaceholderIn(s[ls:le])
}

// lineAround is the line around i, at most reach bytes on each side: a
// text without line breaks (a minified JSON body, a long log line) is no
// record of its own.
func lineAround(s string, i, reach int) (int, int) {
	lo := max(0, i-reach)
	ls := lo + strings.LastIndexByte(s[lo:i], '\n') + 1
	hi := min(len(s), i+reach)
	le := hi
	if k := strings.IndexByte(s[i:hi], '\n'); k >= 0 {
		le = i + k
	}
	return ls, le
}
