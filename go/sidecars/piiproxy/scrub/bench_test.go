package scrub

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"testing"
)

// typicalChat is a RAG chat request of about 2 KB: a system prompt, some
// retrieved context with technical text, and a user question with PII.
var typicalChat = []byte(`{"model":"llama3","stream":true,"temperature":0.2,"messages":[` +
	`{"role":"system","content":"You answer questions about the Vellum docs. Cite chunk ids like [doc-12#p3]. Keep answers short."},` +
	`{"role":"user","content":"Context:\n` + strings.Repeat(`Release 2.14.0 (2024-01-15) fixed a leak in 10.0.19041.1288 builds; sha 4b825dc642cb6eb9a060e54bf8d69288fbee4904, listen on 0.0.0.0:8080.\n`, 10) + `"},` +
	`{"role":"user","content":"Hi, I'm Jane (jane.doe+vellum@example.com, +44 20 7946 0958). My IBAN is GB82 WEST 1234 5698 7654 32. Why does my upload fail?"}]}`)

func BenchmarkScrubBodyChat(b *testing.B) {
	b.SetBytes(int64(len(typicalChat)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Body(OpenAIChat, typicalChat); err != nil {
			b.Fatal(err)
		}
	}
}

var typicalPredict = []byte(`{"instances":[{"question":"How do I rotate the S3 keys for bucket vellum-drops? Ask ops@vellum.dev","top_k":5}]}`)

func BenchmarkScrubBodyKServeV1(b *testing.B) {
	b.SetBytes(int64(len(typicalPredict)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Body(KServeV1, typicalPredict); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) {
	s := strings.Repeat("Plain prose about retrieval with no personal data at all, version 1.2.3. ", 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}

// sseAnswer is a streamed chat answer of about 64 KB: SSE events with JSON
// deltas, a few of which carry the session's placeholders.
var sseAnswer = []byte(strings.Repeat(`data: {"choices":[{"delta":{"content":"The upload fails because the bucket policy denies it; "}}]}`+"\n\n", 500) +
	`data: {"choices":[{"delta":{"content":"I will mail <EMAIL_1> and call <PHONE_1>."}}]}` + "\n\n")

func BenchmarkRestoreSSE(b *testing.B) {
	s := NewSession()
	if _, err := BodyIn(s, OpenAIChat, typicalChat); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 32<<10)
	b.SetBytes(int64(len(sseAnswer)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewRestorer(io.NopCloser(bytes.NewReader(sseAnswer)), s, true)
		if _, err := io.CopyBuffer(io.Discard, struct{ io.Reader }{r}, buf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTextBase64Paste is the worst case of the secret detector's
// look-back for an armour line (inPublicKeyBlock): 1 MiB of random base64
// in 76-character lines and no armour, every line a random token that
// asks. A search back from each line cost 0.6 s; armourMarks' index, built
// once, a few milliseconds of the total.
func BenchmarkTextBase64Paste(b *testing.B) {
	raw := make([]byte, 750<<10)
	for i := range raw {
		raw[i] = byte(i*2654435761>>13) ^ byte(i>>7)
	}
	enc := base64.StdEncoding.EncodeToString(raw)
	var sb strings.Builder
	for i := 0; i < len(enc); i += 76 {
		sb.WriteString(enc[i:min(i+76, len(enc))])
		sb.WriteByte('\n')
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Text(s)
	}
}

// BenchmarkTextWorstCase holds 256 KiB texts of the shapes that once made
// a detector read, before each of many candidates, back or ahead over a
// whole run without spaces (the address detectors' words, a field layout's
// value): each cost the square of its length until the reads were bounded
// (maxAddressWord, maxLayoutValue). They must stay linear: compare ns per
// byte here with BenchmarkText's.
func BenchmarkTextWorstCase(b *testing.B) {
	const size = 256 << 10
	for _, tc := range []struct{ name, unit string }{
		{"hl7-pipes", "PID|1||"},
		{"number-commas", "1,"},
		{"colon-fields", "a:1:"},
		{"minified-json", `{"a":1,"b":"x2"},`},
		{"spaced-digits", "1 2 3 4 5 6 7 8 9 0 "},
		{"section-list", "9.3.2.2 and "},    // every quad once read its line back from its start
		{"section-lines", "28.3.2.1 GTK\n"}, // each line's quad reads up to 16 lines back
		// the folded copy of pasted artefacts (artefacts.go): every byte
		// read through it, every span mapped back
		{"nbsp-numbers", "06\u00a012\u00a034\u00a056\u00a078 "},
		{"soft-breaks", "abcdefgh=\n"},         // each "=" reads its word back
		{"quoted-lines", "> 4761 7390 4821\n"}, // a reply's quoting dropped on every line
		{"entities", "a&#64;b&nbsp;1&amp;"},
	} {
		s := strings.Repeat(tc.unit, size/len(tc.unit))
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				Text(s)
			}
		})
	}
}

// BenchmarkScrubBodyDeep is a prompt list nested as deep as json.Valid
// allows (9,990 arrays): each level's walk finds its elements' ends, which
// cost a scan of everything below them until valueEnd remembered deep
// containers' ends (84 ms per body before, ~4 ms with the memo).
func BenchmarkScrubBodyDeep(b *testing.B) {
	const depth = 9990
	body := []byte(`{"instances":[` + strings.Repeat(`[`, depth) + `"a@b.cd"` + strings.Repeat(`]`, depth) + `]}`)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := Body(KServeV1, body); err != nil {
			b.Fatal(err)
		}
	}
}
