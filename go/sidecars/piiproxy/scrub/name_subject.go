package scrub

import "strings"

// A mail about a person names them at the end of its subject, after a
// dash: "Subject: New hire paperwork – Tyler Brooks", "Asunto: Alta en la
// Seguridad Social – Marta Sánchez Vidal", "主题: 入职材料 – 陈晓明" (the
// twelfth blind table's HR mails, whose greeting or sign-off then gives
// the first name alone: nameEchoes). A subject ends as often in a
// project's or a product's name ("Weekly update – Project Phoenix"), so
// the mail must also hold the kind of data a file about a person does: an
// id, a date of birth, an account, a home address, masked already.

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

// subjectDashes set a subject's person off from its topic.
var subjectDashes = []string{" – ", " — ", " - "}

// namesInSubjects finds the person at the end of a mail's subject.
func namesInSubjects(s string) []span {
	if !containsAnyOf(s, fileDataPlaceholders) {
		return nil
	}
	var out []span
	for ls, le := range lineBounds(s) {
		line := strings.TrimRight(s[ls:le], " \r")
		label, _, ok := strings.Cut(line, ":")
		if !ok || len(label) > 24 || !subjectLabels[strings.ToLower(strings.TrimSpace(label))] {
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
