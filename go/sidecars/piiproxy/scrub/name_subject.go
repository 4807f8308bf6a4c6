package scrub

import "strings"

// A mail about a person names them at the end of its subject, after a
// dash: "Subject: New hire paperwork – Tyler Brooks", "Asunto: Alta en la
// Seguridad Social – Marta Sánchez Vidal", "主题: 入职材料 – 陈晓明" (the
// twelfth blind table's HR mails, whose greeting or sign-off then gives
// the first name alone: nameEchoes). A subject ends as often in a
// project's or a product's name ("Weekly update – Project Phoenix"), so
// the mail must also hold the kind of data a file about a person does: an
// id, a date of birth, an account, a home address, masked already. A
// doctor's or a school's letter names its patient or pupil on a line of
// its own after "Re:" or "Betreft:", under the same condition.

// subjectLabels are a mail header's subject label, in lower case.
var subjectLabels = map[string]bool{
	"subject": true, "betreff": true, "objet": true, "asunto": true, "assunto": true, "oggetto": true,
	"onderwerp": true, "temat": true, "předmět": true, "predmet": true, "ämne": true, "emne": true, "aihe": true,
	"konu": true, "тема": true, "θέμα": true, "tárgy": true, "subiect": true, "件名": true, "主题": true,
	"主旨": true, "제목": true, "الموضوع": true, "נושא": true, "perihal": true, "subjek": true, "chủ đề": true,
}

// fileDataPlaceholders open the placeholders of the data a file about a
// person holds, beyond the contacts every mail has.
var fileDataPlaceholders = []string{"<NATIONAL_ID_", "<DATE_OF_BIRTH_", "<IBAN_", "<ADDRESS_", "<SSN_"}

// regardingLabels open the line of a letter that names whom it is about,
// the patient of a doctor's letter or the pupil of a school's: "Re: Seán
// Brennan, DOB …", "Betreft: dhr. Bram Jansen", "Betrifft: Frau …".
var regardingLabels = map[string]bool{"re": true, "betreft": true, "betrifft": true, "concerne": true,
	"ref": true}

// regardingName reads the person right after a regarding label's colon,
// past the titles: two to four capitalised words that end the line or
// stand before a comma or a bracket.
func regardingName(s string, i int) (span, bool) {
	at := skipFormTitles(s, skipSpaces(s, i), min(len(s), i+64))
	sp, words := capitalisedWords(s, at)
	if words < 2 || sp.start != at || notAName(s[sp.start:sp.end]) {
		return span{}, false
	}
	rest := strings.TrimLeft(s[sp.end:], " ")
	return sp, rest == "" || strings.IndexByte(",(\n\r", rest[0]) >= 0
}

// subjectDashes set a subject's person off from its topic.
var subjectDashes = []string{" – ", " — ", " - "}

// namesInSubjects finds the person at the end of a mail's subject, and
// the person a letter's "Re:" line names.
func namesInSubjects(s string) []span {
	if !containsAnyOf(s, fileDataPlaceholders) {
		return nil
	}
	var out []span
	for ls, le := range lineBounds(s) {
		line := strings.TrimRight(s[ls:le], " \r")
		label, value, ok := strings.Cut(line, ":")
		if !ok || len(label) > 24 {
			continue
		}
		if label = strings.ToLower(strings.TrimSpace(label)); regardingLabels[label] {
			if sp, ok := regardingName(s, ls+len(line)-len(value)); ok {
				out = append(out, sp)
			}
			continue
		}
		if !subjectLabels[label] {
			continue
		}
		for _, dash := range subjectDashes {
			k := strings.LastIndex(line, dash)
			if k < 0 {
				continue
			}
			name := line[k+len(dash):]
			if w := wholeName(name); w >= 2 && w <= 4 && !notAName(name) || caselessNameText(name) {
				out = append(out, span{ls + k + len(dash), ls + len(line)})
			}
			break
		}
	}
	return out
}
