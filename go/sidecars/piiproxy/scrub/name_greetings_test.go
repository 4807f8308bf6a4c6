package scrub

import "testing"

// TestGreetingsAndVocatives pins the greetings of the day, the informal
// ones and the titles in the vocative that open a message, the
// Vietnamese "ơi" after a name and the Turkish titles after one: the name
// is masked when it ends at a comma, the line's end or those words; the
// same words opening a sentence stay.
func TestGreetingsAndVocatives(t *testing.T) {
	checkTexts(t, []textCase{
		{"Hoi Sanne,\nde leverancier houdt de prijs vast.", "Hoi <NAME_1>,\nde leverancier houdt de prijs vast."},
		{"Καλημέρα Ελένη,\nο προμηθευτής δέχεται.", "Καλημέρα <NAME_1>,\nο προμηθευτής δέχεται."},
		{"Buongiorno Giulia,\nconfermiamo lo sconto.", "Buongiorno <NAME_1>,\nconfermiamo lo sconto."},
		{"Bom dia Fernanda,\no frete fica em R$ 3.850,00.", "Bom dia <NAME_1>,\no frete fica em R$ 3.850,00."},
		{"Pani Anno,\ndostawca potwierdził dostawę.", "Pani <NAME_1>,\ndostawca potwierdził dostawę."},
		{"Пане Андрію, постачальник погоджується.", "Пане <NAME_1>, постачальник погоджується."},
		{"Bu Siti, vendor setuju harga lama.", "Bu <NAME_1>, vendor setuju harga lama."},
		{"Dobrý den, paní Dvořáková,\nservis zvládneme.", "Dobrý den, paní <NAME_1>,\nservis zvládneme."},
		{"Chị Mai ơi, nhà cung cấp đồng ý.", "Chị <NAME_1> ơi, nhà cung cấp đồng ý."},
		{"Người tham khảo: Ông Lê Văn Hùng, Trưởng phòng IT", "Người tham khảo: Ông <NAME_1>, Trưởng phòng IT"},
		{"Mehmet Bey merhaba,\nkira bedeli sabitlendi.", "<NAME_1> Bey merhaba,\nkira bedeli sabitlendi."},
		{"Sayın Ayşe Nur Hanım,\nkira bedeli sabitlendi.", "Sayın <NAME_1> Hanım,\nkira bedeli sabitlendi."},
		// the same words opening sentences, and words that begin like the titles
		{"Pak Budi mengirim paket kemarin.", "Pak Budi mengirim paket kemarin."},
		{"Anh Minh đã gửi đơn hàng.", "Anh Minh đã gửi đơn hàng."},
		{"Em Linux, geralmente é um link simbólico.", "Em Linux, geralmente é um link simbólico."},
		{"CHÚ Ý: shell của bạn có thể có lệnh test riêng.", "CHÚ Ý: shell của bạn có thể có lệnh test riêng."},
		{"Beyoğlu şubesi, Ali Beyaz ile görüştü.", "Beyoğlu şubesi, Ali Beyaz ile görüştü."},
		{"Dobrý den,\nposílám fakturu.", "Dobrý den,\nposílám fakturu."},
	})
}
