package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables pasted from a CRM or a spreadsheet export announce their names by
// the header: "Name;E-Mail;Telefon\nJürgen Schäfer;j.schaefer@web.de;…".
// A column headed by a name word holds people's names when the table also
// has a column of e-mail addresses or phone numbers; a "Name" column alone
// as often lists products, servers or settings ("Name,Default\nMax
// Retries,3"), which retrieved manuals are full of.

// tableDelimiters separate the cells of a pasted table: the commas of CSV,
// the semicolons that spreadsheets write where the decimal mark is a comma,
// and the tabs of a copied range.
// A Markdown table's pipes count too: "| Naam | E-mail | Telefoon |" (its
// "|---|---|" line has the header's number of them, and no name).
const tableDelimiters = ";\t,|"

// nameHeaders and contactHeaders are header cells as exports spell them,
// in lower case; headerWords adds the capitalised and upper-case spellings.
var (
	nameHeaders = []string{"name", "full name", "fullname", "full_name", "first name", "firstname", "first_name",
		"last name", "lastname", "last_name", "surname", "contact person", "vorname", "nachname", "ansprechpartner",
		"nom", "prénom", "nombre", "apellido", "apellidos", "nome", "cognome", "sobrenome", "naam", "voornaam",
		"achternaam", "imię", "nazwisko", "ad", "soyad", "имя", "фамилия", "фио", "ім'я", "прізвище",
		"nama", "nama lengkap", "họ tên", "họ và tên", "ad soyad", "isim", "jméno", "příjmení", "navn", "namn", "όνομα", "піб",
		// the fifth blind table's exports (realworld5_test.go)
		"név", "nume", "prenume", "име", "фамилия", "ime", "prezime", "priimek", "meno", "priezvisko", "vardas", "pavardė",
		"vārds", "uzvārds", "nimi", "nafn", "cognoms", "izena", "apelidos", "pangalan",
		// the sixth blind table's (realworld6_test.go): account holders,
		// payees and employees (not a bare "customer" or "client": a
		// company's name as often), and the name headers of scripts
		// without letter case
		"imię i nazwisko", "titulaire", "titular", "payee", "beneficiary", "beneficiario", "bénéficiaire",
		"favorecido", "holder", "account holder", "cardholder", "kontoinhaber", "empfänger", "employee",
		"сотрудник", "работник", "співробітник", "customer name", "氏名", "名前", "姓名", "이름", "성명", "नाम",
		"पूरा नाम", "שם", "שם מלא", "الاسم", "ชื่อ", "ชื่อ-นามสกุล",
		// the applicants an applicant-tracking export lists (the fifteenth
		// blind table)
		"candidate", "candidate name", "applicant", "applicant name", "candidato", "candidata", "candidat",
		"bewerber", "bewerberin", "kandidat", "kandidatin", "kandydat", "кандидат", "soiskelija"}
	contactHeaders = []string{"email", "e-mail", "mail", "email address", "e-mail-adresse", "phone", "telephone", "tel",
		"tel.", "mobile", "telefon", "handy", "mobil", "courriel", "téléphone", "correo", "teléfono", "telefone",
		"telefono", "cellulare", "telefoon", "telefon", "телефон", "почта", "e-posta",
		// Indonesian and Malay handphone columns (not a bare "HP": horsepower,
		// hit points), Vietnamese "SĐT"
		"no_hp", "no hp", "nomor hp", "no. hp", "telepon", "whatsapp", "sđt", "điện thoại", "celular", "gsm",
		// the sixth blind table's: a person's other data, which a list of
		// products or settings has no column for: an account, a card, an
		// address, and the contact headers of other scripts (ids, SSNs
		// and dates of birth are read by their detectors' cues, see
		// personalHeader)
		"iban", "card", "card number", "address", "address1", "address 1", "address line 1", "street", "adresse",
		"anschrift", "dirección", "direccion", "endereço", "indirizzo", "adres", "adresa", "адрес", "адреса",
		"住所", "地址", "주소", "電話番号", "電話", "电话", "手机", "手机号", "邮箱", "メール", "メールアドレス",
		"전화번호", "휴대폰", "이메일", "ईमेल", "मोबाइल", "फ़ोन", "फोन", "טלפון", "נייד", "דוא\"ל", "אימייל",
		"الهاتف", "الجوال", "البريد الإلكتروني", "โทรศัพท์", "อีเมล", "τηλέφωνο", "sähköposti", "puhelin"}
	nameHeaderWords, contactHeaderWords = headerWords(nameHeaders), headerWords(contactHeaders)
)

// personalHeader reports whether a header cell names a person's datum: a
// contact or address column, or a column that a national id's, an SSN's
// or a date of birth's cue heads ("PESEL", "NI number", "СНИЛС", "ssn",
// "Geburtsdatum").
func personalHeader(cell string) bool {
	if cell == "" {
		return false
	}
	return contactHeaderWords[cell] || birthHeader(cell) || ssnCues.at(cell) || idHeader(cell)
}

// keyNamedHeader: a header cell spelt as a key name that names a person's
// name or a part of it ("guardian_name", "student_first"; see nameKeyMin).
func keyNamedHeader(cell string) bool {
	if strings.IndexByte(cell, '_') < 0 {
		return false // most cells: words, which nameHeaderWords reads
	}
	_, ok := nameKeyMin(cell)
	return ok
}

// headerWords is the set of the words in lower case, capitalised and upper
// case, so that a header cell is looked up as it is, without a lower-case copy.
func headerWords(words []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		set[w] = true
		set[string(unicode.ToUpper(r))+w[n:]] = true
		set[strings.ToUpper(w)] = true
		words := strings.Fields(w) // "Ad Soyad", "Full Name": each word capitalised
		for k, word := range words {
			r, n := utf8.DecodeRuneInString(word)
			words[k] = string(unicode.ToUpper(r)) + word[n:]
		}
		set[strings.Join(words, " ")] = true
	}
	return set
}

// namesInTables finds the names in the name columns of the tables in s.
func namesInTables(s string) []span { return cellsInTables(s, nameColumns, nameCell) }

// headerColumns reads line as a table header: its delimiter (the first of
// tableDelimiters in it), and a bit for each of its first 64 columns whose
// cell heads says is one of its kind.
func headerColumns(line string, heads func(cell string) bool) (delim string, columns uint64) {
	k := strings.IndexAny(line, tableDelimiters)
	if k < 0 {
		return "", 0
	}
	delim = line[k : k+1]
	for col, rest := 0, line; rest != "" && col < 64; col++ {
		cell, after, _ := strings.Cut(rest, delim)
		rest = after
		if heads(cell) {
			columns |= 1 << col
		}
	}
	return delim, columns
}

// cellsInTables finds, in the tables pasted in s, what cell finds in the
// cells of the columns that header picks from a table's header line (its
// delimiter, and a bit for each column it picks; 0 for a line that is no
// such header).
func cellsInTables(s string, header func(line string) (delim string, columns uint64), cell func(s string, start, end int) (span, bool)) []span {
	var out []span
	for start := 0; start < len(s); {
		line := lineAt(s, start)
		start += len(line) + 1
		if delim, columns := header(line); columns != 0 {
			var found []span
			found, start = cellsInColumns(s, start, delim, strings.Count(line, delim), columns, cell)
			out = append(out, found...)
		}
	}
	return out
}

// lineAt is the line that starts at s[i], without its line break.
func lineAt(s string, i int) string {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return s[i : i+k]
	}
	return s[i:]
}

// twoLinesAfter returns the two lines after the line that ends at le (its
// "\n"), a postal block's street and postcode; ok is false when the text
// ends before the second starts.
func twoLinesAfter(s string, le int) (next, afterNext string, ok bool) {
	if le+1 >= len(s) {
		return "", "", false
	}
	next = lineAt(s, le+1)
	at := le + 1 + len(next) + 1
	if at >= len(s) {
		return "", "", false
	}
	return next, lineAt(s, at), true
}

// maxHeaderLen is about the length in bytes of the longest header word
// ("البريد الإلكتروني", e-mail, has 33).
const maxHeaderLen = 40

// nameColumns reads line as a table header: its delimiter, and a bit for
// each of its first 64 columns that a name word heads, if another column
// holds e-mail addresses or phone numbers; 0 if it is no such header.
func nameColumns(line string) (delim string, columns uint64) {
	delim, columns = headerColumns(line, func(cell string) bool {
		cell = headerCell(cell)
		return len(cell) <= maxHeaderLen && (nameHeaderWords[cell] || keyNamedHeader(cell))
	})
	if columns == 0 {
		return "", 0
	}
	// then another column must hold a person's data (most lines have no
	// name column, and are spared this test)
	for col, rest := 0, line; rest != ""; col++ {
		cell, after, _ := strings.Cut(rest, delim)
		rest = after
		if col < 64 && columns&(1<<col) != 0 {
			continue
		}
		if cell = headerCell(cell); len(cell) <= maxHeaderLen && personalHeader(cell) {
			return delim, columns
		}
	}
	return "", 0
}

// cellsInColumns reads the rows of a table from s[start] to the first line
// that has not the header's number of delimiters (a blank line, the prose
// after the table, a quoted cell with a delimiter in it), and returns what
// cell finds in the cells of the given columns (the names of a name
// column, the dates of a birth-date column), and where the table ends.
func cellsInColumns(s string, start int, delim string, delims int, columns uint64, cell func(s string, start, end int) (span, bool)) ([]span, int) {
	var out []span
	for start < len(s) {
		line := lineAt(s, start)
		if ruleLine(line) {
			start += len(line) + 1 // a rule under the header (psql, mysql) or around the rows
			continue
		}
		if strings.Count(line, delim) != delims {
			break
		}
		lineEnd := start + len(line)
		for col, at := 0, start; ; col++ {
			end := lineEnd
			if k := strings.Index(s[at:lineEnd], delim); k >= 0 {
				end = at + k
			}
			if col < 64 && columns&(1<<col) != 0 {
				if sp, ok := cell(s, at, end); ok {
					out = append(out, sp)
				}
			}
			if end == lineEnd {
				break
			}
			at = end + 1
		}
		start = lineEnd + 1
	}
	return out, start
}

// nameCell is the name in the cell s[start:end], without the spaces and
// quotes around it.
func nameCell(s string, start, end int) (span, bool) {
	cell := s[start:end]
	trimmed := trimCell(cell)
	start += strings.Index(cell, trimmed)
	return span{start, start + len(trimmed)}, nameText(trimmed, 1, false)
}

// trimCell drops the spaces, quotes and carriage return around a cell.
func trimCell(cell string) string { return strings.Trim(cell, " \"'\r") }

// headerCell is a header cell without its quotes and spaces, and without
// the party a shop's export puts before each of its columns ("Billing
// First Name", "Shipping Address 1", "billing_email"): the rest says what
// the column holds.
func headerCell(cell string) string {
	cell = trimCell(cell)
	for _, party := range [...]string{"billing ", "shipping ", "billing_", "shipping_"} {
		if hasPrefixFold(cell, party) {
			return cell[len(party):]
		}
	}
	return cell
}
