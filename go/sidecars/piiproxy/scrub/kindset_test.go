package scrub

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSessionMasking(t *testing.T) {
	const text = "I am jane.doe@example.com, +44 20 7946 0958, host 192.168.1.20, card 4111 1111 1111 1111"
	type want struct {
		Text   string
		Counts Counts
	}
	cases := []struct {
		reason string
		kinds  []string
		want   want
	}{
		{
			reason: "every kind: the default",
			kinds:  AllKinds.Names(),
			want: want{
				Text:   "I am <EMAIL_1>, <PHONE_1>, host <IP_1>, card <CREDIT_CARD_1>",
				Counts: Counts{Email: 1, Phone: 1, IP: 1, CreditCard: 1},
			},
		},
		{
			reason: "IP addresses let through: the other kinds are still masked",
			kinds:  []string{"secret", "email", "iban", "national_id", "credit_card", "ssn", "date_of_birth", "phone", "name", "address"},
			want: want{
				Text:   "I am <EMAIL_1>, <PHONE_1>, host 192.168.1.20, card <CREDIT_CARD_1>",
				Counts: Counts{Email: 1, Phone: 1, CreditCard: 1},
			},
		},
		{
			reason: "only e-mail; names are case-insensitive and trimmed",
			kinds:  []string{" EMAIL "},
			want:   want{Text: "I am <EMAIL_1>, +44 20 7946 0958, host 192.168.1.20, card 4111 1111 1111 1111", Counts: Counts{Email: 1}},
		},
		{
			reason: "no kind at all: the text passes unchanged",
			kinds:  nil,
			want:   want{Text: text},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			ks, err := ParseKinds(tc.kinds)
			if err != nil {
				t.Fatal(err)
			}
			s := NewSessionMasking(ks)
			got := want{Text: TextIn(s, text), Counts: s.Counts()}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("TextIn(NewSessionMasking(%v)): -want +got:\n%s", tc.kinds, diff)
			}
		})
	}
}

func TestParseKinds(t *testing.T) {
	cases := []struct {
		reason  string
		names   []string
		want    []string
		wantErr bool
	}{
		{reason: "names come back in detector order", names: []string{"phone", "secret", "email"}, want: []string{"secret", "email", "phone"}},
		{reason: "a repeated name counts once", names: []string{"ip", "IP"}, want: []string{"ip"}},
		{reason: "a typo is an error, never a kind silently left unmasked", names: []string{"email", "creditcard"}, wantErr: true},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			ks, err := ParseKinds(tc.names)
			if (err != nil) != tc.wantErr {
				t.Fatalf("ParseKinds(%q) error = %v, want error %v", tc.names, err, tc.wantErr)
			}
			if err == nil {
				if diff := cmp.Diff(tc.want, ks.Names()); diff != "" {
					t.Errorf("ParseKinds(%q).Names(): -want +got:\n%s", tc.names, diff)
				}
			}
		})
	}
	if got := len(AllKinds.Names()); got != int(numKinds) {
		t.Errorf("AllKinds has %d kinds, want %d", got, numKinds)
	}
}
