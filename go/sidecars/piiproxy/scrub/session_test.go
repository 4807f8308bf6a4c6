package scrub

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestBodyInSession(t *testing.T) {
	type args struct {
		protocol Protocol
		body     string
	}
	type want struct {
		Body   string
		Counts Counts
		Len    int
		Err    error
	}
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "the same value in two fields and two spellings gets one placeholder",
			args: args{OpenAIChat, `{"messages":[{"role":"user","content":"I am Jane@Example.com, +44 20 7946 0958"},` +
				`{"role":"user","content":"again: jane@example.com or 0044 20 7946 0958, not bob@example.com"}]}`},
			want: want{
				Body: `{"messages":[{"role":"user","content":"I am <EMAIL_1>, <PHONE_1>"},` +
					`{"role":"user","content":"again: <EMAIL_1> or <PHONE_1>, not <EMAIL_2>"}]}`,
				Counts: Counts{Email: 3, Phone: 2},
				Len:    3,
			},
		},
		{
			reason: "a name a cue announced in one message is masked where a later message writes a word of it alone",
			args: args{OpenAIChat, `{"messages":[{"role":"system","content":"Customer: Maria Alvarez, order 4500-2231"},` +
				`{"role":"user","content":"Maria called again about the refund; Alvarez is her family name, maria is not a word here"}]}`},
			want: want{
				Body: `{"messages":[{"role":"system","content":"Customer: <NAME_1>, order 4500-2231"},` +
					`{"role":"user","content":"<NAME_2> called again about the refund; <NAME_3> is her family name, maria is not a word here"}]}`,
				Counts: Counts{Name: 3},
				Len:    3,
			},
		},
		{
			reason: "IBAN grouped and compact, card with and without spaces",
			args:   args{OllamaGenerate, `{"prompt":"GB82 WEST 1234 5698 7654 32 = gb82west12345698765432; 4111 1111 1111 1111 / 4111111111111111"}`},
			want: want{
				Body:   `{"prompt":"<IBAN_1> = <IBAN_1>; <CREDIT_CARD_1> / <CREDIT_CARD_1>"}`,
				Counts: Counts{IBAN: 2, CreditCard: 2},
				Len:    2,
			},
		},
		{
			reason: "a user-typed placeholder anywhere in the body moves the numbering past it",
			args:   args{OpenAIChat, `{"user":"<EMAIL_4>","messages":[{"role":"user","content":"a@b.io"},{"role":"user","content":"I wrote <EMAIL_1> and \u003cSECRET_7\u003e"}]}`},
			want: want{
				Body:   `{"user":"<EMAIL_4>","messages":[{"role":"user","content":"<EMAIL_5>"},{"role":"user","content":"I wrote <EMAIL_1> and \u003cSECRET_7\u003e"}]}`,
				Counts: Counts{Email: 1},
				Len:    1,
			},
		},
		{
			reason: "placeholders are not HTML-escaped, other text keeps its bytes",
			args:   args{KServeV1, `{"instances":[{"question":"<b>a@b.io</b> & co","top_k":1.50}]}`},
			want: want{
				Body:   `{"instances":[{"question":"<b><EMAIL_1></b> & co","top_k":1.50}]}`,
				Counts: Counts{Email: 1},
				Len:    1,
			},
		},
		{
			reason: "a scrubbed body scrubs to itself",
			args:   args{OpenAIChat, `{"messages":[{"role":"user","content":"<EMAIL_1>, <PHONE_2> and <SECRET_1>"}]}`},
			want:   want{Body: `{"messages":[{"role":"user","content":"<EMAIL_1>, <PHONE_2> and <SECRET_1>"}]}`},
		},
		{
			reason: "malformed body leaves the session empty",
			args:   args{OpenAIChat, `{"messages":[{"content":"a@b.io"}`},
			want:   want{Err: ErrMalformed},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			s := NewSession()
			out, err := BodyIn(s, tc.args.protocol, []byte(tc.args.body))
			got := want{Body: string(out), Counts: s.Counts(), Len: s.Len(), Err: err}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("BodyIn(%s): -want +got:\n%s", tc.args.body, diff)
			}
		})
	}
}

func TestTextInAcrossCalls(t *testing.T) {
	type want struct {
		Outs     []string
		Restored string
	}
	cases := []struct {
		reason string
		args   struct{ texts []string }
		want   want
	}{
		{
			reason: "numbering continues across calls",
			args:   struct{ texts []string }{[]string{"a@b.io", "c@d.io and A@B.IO"}},
			want:   want{Outs: []string{"<EMAIL_1>", "<EMAIL_2> and <EMAIL_1>"}, Restored: "a@b.io|c@d.io and a@b.io"},
		},
		{
			reason: "a later literal equal to an issued placeholder is masked and restored as typed",
			args:   struct{ texts []string }{[]string{"a@b.io", "I typed <EMAIL_1> myself"}},
			want:   want{Outs: []string{"<EMAIL_1>", "I typed <EMAIL_2> myself"}, Restored: "a@b.io|I typed <EMAIL_1> myself"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			s := NewSession()
			var got want
			for _, text := range tc.args.texts {
				got.Outs = append(got.Outs, TextIn(s, text))
			}
			got.Restored = restoreString(t, s, strings.Join(got.Outs, "|"), false)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("TextIn: -want +got:\n%s", diff)
			}
		})
	}
}

func TestKindsAndNames(t *testing.T) {
	var got []string
	for _, k := range Kinds() {
		got = append(got, k.String()+"="+placeholderText(k, 1))
	}
	want := []string{"secret=<SECRET_1>", "email=<EMAIL_1>", "iban=<IBAN_1>", "national_id=<NATIONAL_ID_1>", "credit_card=<CREDIT_CARD_1>", "ssn=<SSN_1>", "ip=<IP_1>", "date_of_birth=<DATE_OF_BIRTH_1>", "phone=<PHONE_1>", "name=<NAME_1>", "address=<ADDRESS_1>"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kinds: -want +got:\n%s", diff)
	}
}
