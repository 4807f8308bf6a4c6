package scrub

import "testing"

// TestProseNames: the prose rule's own cases, a name and its near-miss
// side by side (name_prose.go, name_eastasian.go).
func TestProseNames(t *testing.T) {
	checkTexts(t, []textCase{
		// a known given name and a known family name
		{"Please email John Smith about it.", "Please email <NAME_1> about it."},
		{"Schreib eine Antwort an Herrn Klaus Obermeier.", "Schreib eine Antwort an Herrn <NAME_1>."},
		{"Ask Kenji Watanabe whether it is done.", "Ask <NAME_1> whether it is done."},
		{"Francesca De Santis and Daan van Leeuwen", "<NAME_1> and <NAME_2>"},
		{"Remind Abdullah Al-Qahtani, Fatima Al Hashimi and Seán Ó Murchú.", "Remind <NAME_1>, <NAME_2> and <NAME_3>."},
		{"Maria de Fátima Correia e María del Carmen Ruiz", "<NAME_1> e <NAME_2>"},
		{"Ask Pieter van Østergaard and Jan van Ëlst", "Ask <NAME_1> and <NAME_2>"},
		{"Eric Allman's comments", "<NAME_1>'s comments"},
		{"Kovács Bence holnap nem jön be.", "<NAME_1> holnap nem jön be."},
		// a family name that is also a word, after a given name only; a company
		// form in lower case is a word of prose
		{"Nodig Thijs Bakker uit, en Mehmet Yılmaz ook.", "Nodig <NAME_1> uit, en <NAME_2> ook."},
		{"Ho incontrato Matteo Ferrari alla fiera.", "Ho incontrato <NAME_1> alla fiera."},
		{"Casa Branca, Monte Bianco, Ferrari Matteo", "Casa Branca, Monte Bianco, Ferrari Matteo"},
		{"We hired John Smith as a driver; Klaus Obermeier ab Montag.", "We hired <NAME_1> as a driver; <NAME_2> ab Montag."},
		// a given name after a relation word, and not after one
		{"my daughter Kayleigh missed school", "my daughter <NAME_1> missed school"},
		{"Kayleigh missed school", "Kayleigh missed school"},
		// places, institutions, companies, products, code, specimens, the notable
		{"Victoria Station and Max Connections", "Victoria Station and Max Connections"},
		{"The Marie Curie Hospital in Lake Louise", "The Marie Curie Hospital in Lake Louise"},
		{"La rue Émile Zola, le lycée Victor Hugo", "La rue Émile Zola, le lycée Victor Hugo"},
		{"Supplier: Juan Espinoza Rivera E.I.R.L.", "Supplier: Juan Espinoza Rivera E.I.R.L."},
		{"GH200 Grace Hopper Superchip, Škoda Octavia III", "GH200 Grace Hopper Superchip, Škoda Octavia III"},
		{"user.John Smith_test", "user.John Smith_test"},
		{"for example, John Q. Doe", "for example, John Q. Doe"},
		{"Ada Lovelace and Alan Turing", "Ada Lovelace and Alan Turing"},
		{"Is Trader Joe's open? Lester B. Pearson airport's gates", "Is Trader Joe's open? Lester B. Pearson airport's gates"},
		{"have John Smith close the ticket", "have <NAME_1> close the ticket"},
		{"Ship to:\n7 Anthony Gates\nBenjaminport, VIC, 2679", "Ship to:\n<ADDRESS_1>\nBenjaminport, VIC, 2679"},
		// names in a case other than the nominative
		{"Napisz maila do Agnieszki Zielińskiej.", "Napisz maila do <NAME_1>."},
		{"Напиши письмо Ивану Петровичу Сидорову.", "Напиши письмо <NAME_1>."},
		{"Γράψε στον Νικολαο Παπαδόπουλο.", "Γράψε στον <NAME_1>."},
		{"Email Professor Zhao Min and Wang Li.", "Email Professor <NAME_1> and <NAME_2>."},
		// a given name's abbreviation opens a name ("Ma." for María, "Md." for Mohammad)
		{"Ask Ma. Theresa Villanueva and Md. Rafiqul Islam.", "Ask <NAME_1> and <NAME_2>."},
		{"Baltimore, Md 21201; the Md. Supreme Court", "Baltimore, Md 21201; the Md. Supreme Court"},
		{"Γράψε στον Γιώργο Παπαδόπουλο. Ο Νίκος Αλεξίου ήρθε.", "Γράψε στον <NAME_1>. Ο <NAME_2> ήρθε."},
		{"Напиши лист Тарасу Шевченку.", "Напиши лист <NAME_1>."},
		{"Запроси Андрія Шевчука; rozmawiałem z Tomaszem Kowalczykiem.", "Запроси <NAME_1>; rozmawiałem z <NAME_2>."},
		{"Kirjoita Aino Korhoselle.", "Kirjoita <NAME_1>."},
		{"Írj egy e-mailt Nagy Gergelynek.", "Írj egy e-mailt <NAME_1>."},
		{"Atgādini Jānim Bērziņam, laišką Tomui Kazlauskui.", "Atgādini <NAME_1>, laišką <NAME_2>."},
		{"Mluvila s Lucií Novotnou; razgovarao s Ivanom Horvatom.", "Mluvila s <NAME_1>; razgovarao s <NAME_2>."},
		{"Письмо Дмитрию Морозову, email στην Ελένη Κωνσταντινίδου.", "Письмо <NAME_1>, email στην <NAME_2>."},
		{"Kupiłem Karty Graficzne i Dyski Twarde.", "Kupiłem Karty Graficzne i Dyski Twarde."},
		// East Asian names in Latin letters, and words that only look like them
		{"Assign it to Zhang Xiaoming and Kim Min-jun.", "Assign it to <NAME_1> and <NAME_2>."},
		{"Haruka Yamamoto joins; Takahashi Yuki presents.", "<NAME_1> joins; <NAME_2> presents."},
		{"Giao cho Nguyễn Văn An, anh Nguyen Van An.", "Giao cho <NAME_1>, anh <NAME_2>."},
		{"Sun Microsystems, Park Avenue, Kim Possible", "Sun Microsystems, Park Avenue, Kim Possible"},
		{"Le Monde, Long An, Pak Budi mengirim", "Le Monde, Long An, Pak Budi mengirim"},
		{"Sun Yat-sen University, Ho Chi Minh City", "Sun Yat-sen University, Ho Chi Minh City"},
	})
}

// TestTitledThings: a brand, character or work whose name begins with a
// courtesy title is no one's name; the same title before a person's is.
func TestTitledThings(t *testing.T) {
	checkTexts(t, []textCase{
		{"Does Dr. Martens sizing run small? Dr. Oetker's pizza, Mr Bean's car.", "Does Dr. Martens sizing run small? Dr. Oetker's pizza, Mr Bean's car."},
		{"Dr Jekyll and Mr Hyde, Madame Bovary", "Dr Jekyll and Mr Hyde, Madame Bovary"},
		{"Dr. Martinez called; ask Mr Beanland.", "Dr. <NAME_1> called; ask Mr <NAME_2>."},
	})
}
