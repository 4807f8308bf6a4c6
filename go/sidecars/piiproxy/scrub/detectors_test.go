package scrub

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type detectorCase struct {
	reason string
	args   struct{ text string }
	want   struct {
		text   string
		masked int
	}
}

// c builds a detectorCase: text in, text out, and how many of the kind under
// test were masked.
func c(reason, in, out string, masked int) detectorCase {
	var tc detectorCase
	tc.reason, tc.args.text, tc.want.text, tc.want.masked = reason, in, out, masked
	return tc
}

func runDetectorCases(t *testing.T, kind Kind, cases []detectorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got, counts := Text(tc.args.text)
			if diff := cmp.Diff(tc.want.text, got); diff != "" {
				t.Errorf("Text(%q): -want +got:\n%s", tc.args.text, diff)
			}
			if diff := cmp.Diff(tc.want.masked, counts[kind]); diff != "" {
				t.Errorf("Text(%q) %s count: -want +got:\n%s", tc.args.text, kind, diff)
			}
		})
	}
}

func TestEmail(t *testing.T) {
	runDetectorCases(t, Email, []detectorCase{
		c("plain address", "mail jane.doe@example.com today", "mail <EMAIL_1> today", 1),
		c("plus addressing", "jane+rag-test@example.co.uk", "<EMAIL_1>", 1),
		c("unicode local part", "écrire à josé.garcía@correo.es.", "écrire à <EMAIL_1>.", 1),
		c("IDN domain", "用户@例子.中国 と連絡", "<EMAIL_1> と連絡", 1),
		c("german umlaut domain", "<max@müller.de>", "<<EMAIL_1>>", 1),
		c("punycode domain", "a@xn--mller-kva.de", "<EMAIL_1>", 1),
		c("two addresses", "a@b.io, c_d@e-f.org", "<EMAIL_1>, <EMAIL_2>", 2),
		c("mailto url", "mailto:ops@vellum.dev?subject=x", "mailto:<EMAIL_1>?subject=x", 1),
		c("quoted", `"x.y@corp.example"`, `"<EMAIL_1>"`, 1),
		c("numeric labels", "root@10.0.0.1.nip.io", "<EMAIL_1>", 1),
		c("decorator is not an address", "@app.route('/x')", "@app.route('/x')", 0),
		c("npm version is not an address", "install lodash@4.17.21", "install lodash@4.17.21", 0),
		c("no dot in domain", "ssh user@localhost", "ssh user@localhost", 0),
		c("bare at sign", "meet @ noon", "meet @ noon", 0),
		c("docker digest", "image@sha256:abcdef0123", "image@sha256:abcdef0123", 0),
		c("an image's density suffix is no domain", "logo@2x.png", "logo@2x.png", 0),
		c("a domain that only starts like one", "Bo@0x.AAA and jo@2x.io", "<EMAIL_1> and <EMAIL_2>", 2),
		c("scp-style remote", "git@github.com:org/repo.git", "git@github.com:org/repo.git", 0),
		c("percent-encoded at sign", "/reset?email=jane.doe%40example.com&x=1", "/reset?email=<EMAIL_1>&x=1", 1),
	})
}

func TestPhone(t *testing.T) {
	runDetectorCases(t, Phone, []detectorCase{
		c("UK international", "call +44 20 7946 0958 now", "call <PHONE_1> now", 1),
		c("UK with trunk in parens", "+44 (0)20 7946 0958", "<PHONE_1>", 1),
		c("UK parenthesised country", "(+44) 20 7946 0958", "<PHONE_1>", 1),
		c("US parenthesised area", "(555) 123-4567", "<PHONE_1>", 1),
		c("US with country code", "+1 (555) 123-4567.", "<PHONE_1>.", 1),
		c("US dashes", "ring 555-123-4567", "ring <PHONE_1>", 1),
		c("US dots", "555.123.4567", "<PHONE_1>", 1),
		c("US leading 1", "1 555 123 4567", "<PHONE_1>", 1),
		c("German national", "Tel. 030 12345678", "Tel. <PHONE_1>", 1),
		c("German mobile slash", "0171/1234567", "<PHONE_1>", 1),
		c("French international", "+33 1 23 45 67 89", "<PHONE_1>", 1),
		c("French national", "06 12 34 56 78", "<PHONE_1>", 1),
		c("Japanese international", "+81-3-1234-5678", "<PHONE_1>", 1),
		c("Japanese national", "03-1234-5678", "<PHONE_1>", 1),
		c("Indian mobile", "+91 98765 43210", "<PHONE_1>", 1),
		c("Chinese mobile", "138 0013 8000", "<PHONE_1>", 1),
		c("00 international prefix", "0044 20 7946 0958", "<PHONE_1>", 1),
		c("compact E.164", "+4915112345678", "<PHONE_1>", 1),
		c("compact national", "07911123456", "<PHONE_1>", 1),
		c("tel uri", "tel:+1-555-123-4567", "tel:<PHONE_1>", 1),
		c("two in a list", "030 12345678, 555-123-4567", "<PHONE_1>, <PHONE_2>", 2),
		c("ISO date", "released 2024-01-15", "released 2024-01-15", 0),
		c("ISO timestamp", "2024-01-15T10:30:00Z", "2024-01-15T10:30:00Z", 0),
		c("european date and time", "am 15.01.2024 12:30", "am 15.01.2024 12:30", 0),
		c("date then number", "2024-01-15 1234567", "2024-01-15 1234567", 0),
		c("version", "kernel 10.0.19041.1288", "kernel 10.0.19041.1288", 0),
		c("semver", "v1.2.3 and 2.14.0-rc.1", "v1.2.3 and 2.14.0-rc.1", 0),
		c("port", "listen on localhost:8080", "listen on localhost:8080", 0),
		c("unix timestamp", "ts=1705312345", "ts=1705312345", 0),
		c("long id", "order 123456789012", "order 123456789012", 0),
		c("decimal", "pi is 3.14159265358", "pi is 3.14159265358", 0),
		c("zero decimal", "p=0.123456789", "p=0.123456789", 0),
		c("thousands", "1 000 000 000 rows", "1 000 000 000 rows", 0),
		c("ISBN", "ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0", 0),
		c("UUID", "id 550e8400-e29b-41d4-a716-446655440000", "id 550e8400-e29b-41d4-a716-446655440000", 0),
		c("hex hash", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", 0),
		c("arithmetic", "3+4155551234", "3+4155551234", 0),
		c("short number", "call 112 or 911", "call 112 or 911", 0),
		c("glued to a word", "abc555-123-4567", "abc555-123-4567", 0),
		c("matrix shape", "shape (1, 384) float32", "shape (1, 384) float32", 0),
	})
}

func TestIBAN(t *testing.T) {
	runDetectorCases(t, IBAN, []detectorCase{
		c("German compact", "IBAN DE89370400440532013000.", "IBAN <IBAN_1>.", 1),
		c("German grouped", "DE89 3704 0044 0532 0130 00", "<IBAN_1>", 1),
		c("British with letters", "GB82 WEST 1234 5698 7654 32 thanks", "<IBAN_1> thanks", 1),
		c("French", "FR14 2004 1010 0505 0001 3M02 606", "<IBAN_1>", 1),
		c("Norwegian shortest", "NO9386011117947", "<IBAN_1>", 1),
		c("Belgian", "BE68 5390 0754 7034", "<IBAN_1>", 1),
		c("Spanish lower case", "es9121000418450200051332", "<IBAN_1>", 1),
		c("Brazilian", "BR1800360305000010009795493C1", "<IBAN_1>", 1),
		c("Saudi", "SA0380000000608010167519", "<IBAN_1>", 1),
		c("bad checksum", "DE89370400440532013001", "DE89370400440532013001", 0),
		c("wrong length", "DE8937040044053201300", "DE8937040044053201300", 0),
		c("unknown country", "ZZ89370400440532013000", "ZZ89370400440532013000", 0),
		c("code-like token", "see RFC7230 and HTTP2", "see RFC7230 and HTTP2", 0),
		c("inside a word", "xDE89370400440532013000", "xDE89370400440532013000", 0),
	})
}

func TestCreditCard(t *testing.T) {
	runDetectorCases(t, CreditCard, []detectorCase{
		c("Visa compact", "card 4111111111111111 exp", "card <CREDIT_CARD_1> exp", 1),
		c("Visa grouped", "4111 1111 1111 1111", "<CREDIT_CARD_1>", 1),
		c("Mastercard dashes", "5500-0000-0000-0004", "<CREDIT_CARD_1>", 1),
		c("Mastercard 2-series", "2223003122003222", "<CREDIT_CARD_1>", 1),
		c("Amex", "3782 822463 10005", "<CREDIT_CARD_1>", 1),
		c("Discover", "6011111111111117", "<CREDIT_CARD_1>", 1),
		c("JCB", "3530111333300000", "<CREDIT_CARD_1>", 1),
		c("Luhn fails", "4111 1111 1111 1112", "4111 1111 1111 1112", 0),
		c("unknown issuer", "1234567812345670", "1234567812345670", 0),
		c("nanosecond timestamp", "t=1705312345123456789", "t=1705312345123456789", 0),
		c("mixed separators", "4111 1111-1111 1111", "4111 1111-1111 1111", 0),
		c("inside hex", "0x4111111111111111", "0x4111111111111111", 0),
	})
}

func TestSSN(t *testing.T) {
	runDetectorCases(t, SSN, []detectorCase{
		c("valid", "SSN 123-45-6789.", "SSN <SSN_1>.", 1),
		c("area 666 never issued", "666-45-6789", "666-45-6789", 0),
		c("area 9xx never issued", "912-45-6789", "912-45-6789", 0),
		c("group 00", "123-00-6789", "123-00-6789", 0),
		c("part of a longer token", "A-123-45-6789", "A-123-45-6789", 0),
		c("no hyphens", "123456789", "123456789", 0),
	})
}

func TestIP(t *testing.T) {
	runDetectorCases(t, IP, []detectorCase{
		c("IPv4", "from 203.0.113.7 at", "from <IP_1> at", 1),
		c("IPv4 with port", "10.0.0.1:8080", "<IP_1>:8080", 1),
		c("IPv4 host with its prefix length", "192.168.1.17/24", "<IP_1>/24", 1),
		c("a network in CIDR notation is no host", "192.168.1.0/24 and 2001:db8:abcd::/48", "192.168.1.0/24 and 2001:db8:abcd::/48", 0),
		c("a single host in CIDR notation", "203.0.113.5/32", "<IP_1>/32", 1),
		c("netmask, multicast and wildcard", "netmask 255.255.255.0 group 224.0.0.251 ff02::1:2 mask 0.0.0.255", "netmask 255.255.255.0 group 224.0.0.251 ff02::1:2 mask 0.0.0.255", 0),
		c("ambiguous quad is a valid address", "1.2.3.4", "<IP_1>", 1),
		c("IPv6", "client 2001:db8:85a3::8a2e:370:7334 said", "client <IP_1> said", 1),
		c("IPv6 bracketed with port", "[2001:db8::1:2]:443", "[<IP_1>]:443", 1),
		c("octet too large", "300.1.2.3", "300.1.2.3", 0),
		c("leading zero", "01.02.03.04", "01.02.03.04", 0),
		c("five parts is a version", "1.2.3.4.5", "1.2.3.4.5", 0),
		c("prefixed version", "v1.2.3.4", "v1.2.3.4", 0),
		c("quad after a version word", "firmware 2.0.1.12 and Version: 1.2.3.4 and versión=10.0.0.1", "firmware 2.0.1.12 and Version: 1.2.3.4 and versión=10.0.0.1", 0),
		c("a word that only ends like one is not a version word", "Conversion 10.0.0.1", "Conversion <IP_1>", 1),
		c("an address after other words", "server ip: 10.0.0.1 (version 3)", "server ip: <IP_1> (version 3)", 1),
		c("three parts", "1.2.3", "1.2.3", 0),
		c("clock time", "12:30:45", "12:30:45", 0),
		c("python slice", "x[::2]", "x[::2]", 0),
		c("C++ scope", "std::vector", "std::vector", 0),
		c("MAC address", "00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e", 0),
	})
}

func TestTextCountsAndIdempotence(t *testing.T) {
	type want struct {
		Text   string
		Counts Counts
	}
	cases := []struct {
		reason string
		args   struct{ text string }
		want   want
	}{
		{
			reason: "mixed PII in one prompt",
			args:   struct{ text string }{"I'm jo@ex.com, +44 20 7946 0958, IBAN GB82WEST12345698765432, from 203.0.113.7"},
			want: want{
				Text:   "I'm <EMAIL_1>, <PHONE_1>, IBAN <IBAN_1>, from <IP_1>",
				Counts: Counts{Email: 1, Phone: 1, IBAN: 1, IP: 1},
			},
		},
		{
			reason: "technical text is untouched",
			args:   struct{ text string }{"Upgrade to 2.14.0 on 2024-01-15; listen 0.0.0.0:8080? no, 127.0.0.1:9090; hash e3b0c442"},
			want: want{
				Text: "Upgrade to 2.14.0 on 2024-01-15; listen 0.0.0.0:8080? no, 127.0.0.1:9090; hash e3b0c442",
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			text, counts := Text(tc.args.text)
			if diff := cmp.Diff(tc.want, want{text, counts}); diff != "" {
				t.Errorf("Text: -want +got:\n%s", diff)
			}
			again, more := Text(text)
			if again != text || more.Total() != 0 {
				t.Errorf("Text is not idempotent: %q -> %q (%v)", text, again, more)
			}
		})
	}
}

func TestName(t *testing.T) {
	runDetectorCases(t, Name, []detectorCase{
		c("self-introduction", "Hi, my name is Jane Doe and I cannot log in", "Hi, my name is <NAME_1> and I cannot log in", 1),
		c("one given name is enough after an introduction", "My name's Zoë.", "My name's <NAME_1>.", 1),
		c("particles and compound names stay in the name", "Je m'appelle Jean-Luc van der Berg, merci", "Je m'appelle <NAME_1>, merci", 1),
		c("an apostrophe", "ich heiße Siobhán O'Brien.", "ich heiße <NAME_1>.", 1),
		c("initials", "my name is J. R. Tolkien", "my name is <NAME_1>", 1),
		c("Cyrillic", "Меня зовут Ольга Смирнова.", "Меня зовут <NAME_1>.", 1),
		c("Han after a cue", "你好，我叫王小明。", "你好，我叫<NAME_1>。", 1),
		c("courtesy title keeps the title", "Please ask Dr. Okafor or Mrs Müller.", "Please ask Dr. <NAME_1> or Mrs <NAME_2>.", 2),
		c("salutation ending in a comma", "Dear María José,\nthe build failed.", "Dear <NAME_1>,\nthe build failed.", 1),
		c("closing line", "Thanks for the help.\n\nBest regards,\nAhmet Yılmaz\n", "Thanks for the help.\n\nBest regards,\n<NAME_1>\n", 1),
		c("form label needs two words", "Name: Kwame Mensah\nName: Deployment", "Name: <NAME_1>\nName: Deployment", 1),
		c("the same name twice has one placeholder", "My name is Ann Lee. Dear Ann Lee,", "My name is <NAME_1>. Dear <NAME_1>,", 2),
		c("I'm with two capitalised words", "Hi, I'm Ana Souza from billing.", "Hi, I'm <NAME_1> from billing.", 1),
		c("I am with one capitalised word is no name", "I'm German and I am Happy to help", "I'm German and I am Happy to help", 0),
		c("no capital, no name", "my name is not important", "my name is not important", 0),
		c("salutations to no one", "Dear Customer, Hi Team, Hallo zusammen, Liebe Grüße", "Dear Customer, Hi Team, Hallo zusammen, Liebe Grüße", 0),
		c("a salutation without a comma is prose", "Hello World programs", "Hello World programs", 0),
		c("a closing followed by a sentence", "Regards,\nThe Vellum Team", "Regards,\nThe Vellum Team", 0),
		c("an acronym after a title", "MS Word and DR. Web", "MS Word and DR. Web", 0),
		c("a cue inside a word", "username: Build Agent, hostname: Web Server", "username: Build Agent, hostname: Web Server", 0),
		c("YAML keys", "name: vellum-predictor", "name: vellum-predictor", 0),
	})
}

func TestAddress(t *testing.T) {
	runDetectorCases(t, Address, []detectorCase{
		c("English", "Ship it to 221B Baker Street, London NW1 6XE.", "Ship it to <ADDRESS_1>, London NW1 6XE.", 1),
		c("English abbreviation", "I live at 1600 Pennsylvania Ave NW", "I live at <ADDRESS_1> NW", 1),
		c("French", "J'habite au 12 rue de la Paix, 75002 Paris", "J'habite au <ADDRESS_1>, 75002 Paris", 1),
		c("French bis", "5 bis avenue Victor Hugo", "<ADDRESS_1>", 1),
		c("German, type glued to the name", "Meine Adresse: Hauptstraße 5a, 10115 Berlin", "Meine Adresse: <ADDRESS_1>, 10115 Berlin", 1),
		c("German, type as a word", "Berliner Straße 12 im Hinterhaus", "<ADDRESS_1> im Hinterhaus", 1),
		c("Dutch", "Kerkstraat 3, Amsterdam", "<ADDRESS_1>, Amsterdam", 1),
		c("Spanish", "Vivo en Calle Mayor 3, Madrid", "Vivo en <ADDRESS_1>, Madrid", 1),
		c("Italian, comma before the number", "Via Roma, 10 - Torino", "<ADDRESS_1> - Torino", 1),
		c("Portuguese with a number sign", "Rua Augusta nº 45, Lisboa", "<ADDRESS_1>, Lisboa", 1),
		c("no street type", "3 Main features of the release", "3 Main features of the release", 0),
		c("a type word in prose", "set 2 place settings; go via Email 3 times", "set 2 place settings; go via Email 3 times", 0),
		c("a number that is no house number", "Section 4 Drive modes; version 2.3 Street", "Section 4 Drive modes; version 2.3 Street", 0),
		c("a word that only ends like a street", "call Substring 3 and Keyring 2", "call Substring 3 and Keyring 2", 0),
		c("a street without a number", "the office on Baker Street", "the office on Baker Street", 0),
	})
}

// TestDialStrings: a dial string keys in a conference id after the number's
// pause (",,") and ends it with "#"; the id, and any number ended by "#",
// is a conference id or a PIN, not a phone.
func TestDialStrings(t *testing.T) {
	checkTexts(t, []textCase{
		{"Einwahl (nur Audio): +49 69 120 073 446,,471920583# Deutschland",
			"Einwahl (nur Audio): <PHONE_1>,,471920583# Deutschland"},
		{"ID de conférence téléphonique : 725 913 064#", "ID de conférence téléphonique : 725 913 064#"},
		{"Tel. 0711 123456, Fax 0711 123457", "Tel. <PHONE_1>, Fax <PHONE_2>"},
	})
}
