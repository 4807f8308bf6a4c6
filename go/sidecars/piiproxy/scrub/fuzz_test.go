package scrub

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// emailOracle is an independent, ASCII-only e-mail pattern: anything it
// finds in a scrubbed field is an address the detector missed.
var emailOracle = regexp.MustCompile(`[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b`)

func FuzzScrubText(f *testing.F) {
	for _, s := range []string{
		"jane@example.com", "+44 20 7946 0958", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111",
		"2024-01-15T10:30:00Z", "v1.2.3.4", "2001:db8::1:2", "a@b.cc@d.ee", "123-45-6789 555-123-4567",
		"x@1.2.3.4.ab", "(+44) 20 7946 0958a@b.io",
		"AKIAIOSFODNN7EXAMPLE", "password=hunter22!", "Bearer abc123DEF456ghi789", "<EMAIL_1> a@b.io <EMAIL_2",
		"-----BEGIN PRIVATE KEY-----\nMIIE<EMAIL_1>\n-----END PRIVATE KEY-----", "token: <SECRET_1>x9Zq", "8 (495) 123-45-67",
		"ssh -T git@github.com; mail a@b.io", "machine h.io login u password p4ss!", "رقم ٠٥٠١٢٣٤٥٦٧", "اسمي محمد أحمد",
		"Name;E-Mail\nJane Doe;j@x.io", "https://hooks.slack.com/services/T1/B2/Xk9mZ2vQ7rT4wY1nB8cDeFgH", "docker login -p Pw12345 r",
		"ผมชื่อสมชาย ใจดีครับ นายก", "Vinohradská 1234/5a, 120 00 Praha 2", "số 45 Lê Lợi, P. 7, Q. 3", "الاسم: محمد أحمد العلي\n",
		"CPF 123.456.789-09 / 12345678909", "PESEL: 44051401359 tel 0612345678", "身份证号11010519491231002X，", "QQ 12 34 56 C AB123456C",
		"131052-308T 800101-1234560 RSSMRA85T10A562S", "SA ID 4509095671083 4111 1111 1111 1111",
		"DOB: 1985-03-12, tel 030 12345678", "née le 1er mars 1985", "生年月日：昭和60年3月12日", "1990年5月3日生まれ",
		"생년월일 1985. 3. 12.", "id,dob\n1,12.03.85", `{"birthDate":"1990-06-15T00:00:00Z"}`, "DOB <DATE_OF_BIRTH_1> 01/02/1970",
		"https:\\/\\/discord.com\\/api\\/v10\\/webhooks\\/1\\/aB3dE5gH7jK9mN1pQ3sT5vX7z",
		"PID|1||12345^^^H^MR||DOE^JOHN||19800101|M|||1 A ST^^B^C^1||(555)555-1234\rNK1|1|DOE^JANE|SPO|2 B AVE|5551234567",
		"AHV 756.1234.5678.97 RFC GODE561231GR8 C.C. 1.020.304.050 Ausweisnummer L01X00T47 hetu 131052308T",
		"pedido sin 046454286, SIN: 046 454 286, Customer ID: 48213377, MRN MR48213377",
		"วันเกิด 3 ก.ค. พ.ศ. 2530 تاريخ الولادة: 3 تشرين الثاني 1979",
		"SG.4-Y8kiURi4py_hLe3r_she.hJNv2JMf6WUsdzZtETI3gh. dp.st.prd.OX5M936ksKW2vE2Omyb",
		"6259797640:AAt0waNGksrq5RnCJnzb3zhEzsZBGg5lpR6 access_token$production$2lkodnh12opiru6m$d6c6",
		// the sixth blind table's formats (realworld6_test.go)
		`{"nome":"Marco Rossi","cellulare":"+39 347 812 5609"} titular="MARIANA COSTA" card=4525081250622642`,
		"[27.11.26, 18:42:10] Jörg Müller: 0176 48213957\n09:14\t田中花子\t090-4812-7395",
		"INSERT INTO c (nombre, telefono) VALUES ('Lucía García', '634 918 207'), ('X', '1');",
		"From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <t@x.jp>\nTo: Smith, Oliver <o@x.uk>",
		"?email=a%40b.pl&tel=%2B48601482739 https://wa.me/5511974123856 E-mail : p @ s.cz", "tel=%2B4917112345%2", "x %2",
		"<Cdtr><Nm>Jan Novák</Nm></Cdtr><IBAN>CZ6508000000192000145399</IBAN> :86:/NAME/P DE BOER/",
		"| Naam | E-mail |\n|---|---|\n| Jan de Vries | j@z.nl |\nPESEL;Name\n85031512344;Anna Nowak",
		// the ninth blind table's artefacts (realworld9_test.go)
		"Tél.\u00a0: 06\u202f12\u202f48\u202f29\u202f17 j\u200bean&#64;x.fr", "r=C3=A9pondre =C3=A0 nicolas@lapo=\nste.net",
		"> Please charge card 4761 7390 4821\n> 5739 x", "185[.]220[.]101[.]47 tel=%2B49%2030%201234567",
		"CUIL: 20\u201134829173\u20115 \u200f+971 50 123 4567\u200f ０９０ー１２３４ー５６７８", "a\u00ad@b\u2060.io\ufeff",
		// records read by their keys (records_rules_test.go)
		`{"name":[{"family":"van der Berg","given":["Sanne"]}],"address":[{"line":["Meir 48"],"city":"A"}]}`,
		"street=Rue+de+Lyon+22&customer_name=Ab+Cd <street>Storgata 9</street>\nPV1|1|||||1^AB^CD~2^EF|",
		"NM1*IL*1*GARCIA*MARIA*L***MI*XOH739164028~\nN3*1186 ALDER CREEK DR~\nDMG*D8*19790722*F~\nPER*IP**HP*5035550148~",
		"ORGANIZER;CN=\"Lind, Maja\":mailto:m@x.se\ndn: cn=Ab Cd,ou=P\nobjectClass: person\nsn: Cd",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, _ := Text(s)
		twice, more := Text(once)
		if twice != once || more.Total() != 0 {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
		for _, m := range emailOracle.FindAllStringIndex(once, -1) {
			gitRemote := strings.HasPrefix(once[m[0]:], "git@") && strings.HasPrefix(once[m[1]:], ":")
			if !gitRemote && !remoteLogin(once, m[0]) { // a git host's SSH remote and ssh's user@host are no addresses
				t.Fatalf("e-mail %q survived in %q", once[m[0]:m[1]], once)
			}
		}
	})
}

// FuzzRestoreText checks that restoring a scrubbed text gives the input
// back, whatever the read sizes. The one allowed difference is spelling: a
// value seen twice in two spellings ("Jo@x.io", "jo@x.io") has one
// placeholder and comes back in its first spelling, so the restored text
// must then scrub to the same text as the input did. (JSON mode is checked
// on whole bodies by FuzzScrubBody.)
func FuzzRestoreText(f *testing.F) {
	for _, s := range []string{
		"jo@ex.com and JO@EX.COM", "+44 20 7946 0958 / 0044 20 7946 0958", "I typed <EMAIL_1> and a@b.io",
		"AKIAIOSFODNN7EXAMPLE <SECRET_1> <SECRET_2>", "<<EMAIL_1>>", "no pii at all",
		"DNI 12345678Z and 12345678-Z", "<NATIONAL_ID_1> BSN 111222333",
		"DOB 12.03.1985 and geb. 12.03.1985", "I typed <DATE_OF_BIRTH_1>; born on March 12, 1985",
	} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, chunk uint8) {
		sess := NewSession()
		scrubbed := TextIn(sess, s)
		restored := restoreInChunks(t, sess, scrubbed, 1+int(chunk)%16, false)
		if restored == s {
			return
		}
		if again, _ := Text(restored); again != scrubbed {
			t.Fatalf("restore(%q) = %q, which scrubs to %q, not %q", s, restored, again, scrubbed)
		}
	})
}

func restoreInChunks(t *testing.T, s *Session, body string, n int, escapeJSON bool) string {
	t.Helper()
	got, err := io.ReadAll(NewRestorer(io.NopCloser(&fixedReads{body, n}), s, escapeJSON))
	if err != nil {
		t.Fatal(err)
	}
	return string(got)
}

// fixedReads returns at most n bytes per Read.
type fixedReads struct {
	s string
	n int
}

func (r *fixedReads) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), r.n)], r.s)
	r.s = r.s[k:]
	return k, nil
}

func FuzzScrubBody(f *testing.F) {
	for _, s := range []string{
		`{"instances":[{"question":"mail bob@x.org"}]}`,
		`{"instances":["a@b.io", 1, null, {"question": ["x@y.zz"]}]}`,
		`{"inputs":[{"name":"q","datatype":"BYTES","shape":[1],"data":[["a@b.io"]]}]}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"a\u0040b.io"}]}],"n":1.5e300}`,
		`{"prompt":"x","system":"+1 555 123 4567"}`,
		`{"messages":[{"role":"user","content":"Date of birth: 12/03/1985, DOB \u003cDATE_OF_BIRTH_1\u003e"}]}`,
		`[1,2,{"a":"b"}]`, `"str"`, `{"messages":[`,
		`{"prompt":"key \u003cSECRET_1\u003e AKIAIOSFODNN7EXAMPLE, -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"}`,
		`{"messages":[{"role":"user","content":"Jo@Ex.com jo@ex.com \"q\"@ex.com"}]}`,
		`{"instructions":"a@b.io","input":[{"role":"user","content":[{"type":"input_text","text":"c@d.io"}]},{"type":"function_call","arguments":"{\"e\":\"e@f.io\"}"}]}`,
		`{"system":[{"type":"text","text":"a@b.io"}],"messages":[{"role":"user","content":[{"type":"tool_result","content":"c@d.io"},{"type":"tool_use","input":{"x":["e@f.io"]}}]}]}`,
		`{"messages":[{"role":"assistant","tool_calls":[{"function":{"arguments":{"to":"a@b.io"}}}]}],"input":["c@d.io"]}`,
	} {
		for p := range protocolNames {
			f.Add(p, []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, p int, body []byte) {
		proto := Protocol(uint(p) % uint(len(protocolNames)))
		once, _, err := Body(proto, body)
		if err != nil {
			if json.Valid(body) {
				t.Fatalf("valid JSON rejected: %v", err)
			}
			return
		}
		if !json.Valid(once) {
			t.Fatalf("invalid output %q from %q", once, body)
		}
		twice, more, err := Body(proto, once)
		if err != nil || !bytes.Equal(once, twice) || more.Total() != 0 {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", body, once, twice, err)
		}
		for _, str := range promptStrings(t, proto, once) {
			if m := emailOracle.FindString(str); m != "" {
				t.Fatalf("e-mail %q survived in %q (body %q)", m, str, once)
			}
		}

		// Restoring the scrubbed body, as if the upstream echoed it, gives
		// back the same JSON value (up to the spelling of repeated values,
		// as in FuzzRestoreText).
		sess := NewSession()
		scrubbed, err := BodyIn(sess, proto, body)
		if err != nil {
			t.Fatal(err)
		}
		restored := restoreInChunks(t, sess, string(scrubbed), 1+len(body)%7, true)
		if !json.Valid([]byte(restored)) {
			t.Fatalf("restored body %q is not JSON (scrubbed %q)", restored, scrubbed)
		}
		if diff := cmp.Diff(decodeJSON(t, body), decodeJSON(t, []byte(restored))); diff != "" {
			if again, _, _ := Body(proto, []byte(restored)); !bytes.Equal(again, scrubbed) {
				t.Fatalf("restored body differs from %q: -want +got:\n%s", body, diff)
			}
		}
	})
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
	return v
}

// promptStrings is an independent reading of which strings each protocol
// scrubs, on a generic decode of the body.
func promptStrings(t *testing.T, proto Protocol, body []byte) []string {
	t.Helper()
	obj, _ := decodeJSON(t, body).(map[string]any)
	var out []string
	deep := func(v any) { out = appendStrings(out, v) }
	switch proto {
	case KServeV1:
		for k, v := range obj {
			if promptKeys[k] {
				deep(v)
			}
			if k == "instances" || k == "inputs" {
				for _, inst := range asSlice(v) {
					if m, ok := inst.(map[string]any); ok {
						for ik, iv := range m {
							if promptKeys[ik] {
								deep(iv)
							}
						}
					} else {
						deep(inst)
					}
				}
			}
		}
	case KServeV2:
		for _, in := range asSlice(obj["inputs"]) {
			if m, ok := in.(map[string]any); ok && m["datatype"] == "BYTES" {
				deep(m["data"])
			}
		}
	case OpenAIChat, OllamaChat, AnthropicMessages:
		for _, msg := range asSlice(obj["messages"]) {
			out = appendItem(out, msg)
		}
		out = appendContent(out, obj["system"])
	case OpenAIResponses:
		if s, ok := obj["instructions"].(string); ok {
			out = append(out, s)
		}
		out = appendContent(out, obj["input"])
	case Embeddings:
		deep(obj["input"])
		deep(obj["prompt"])
	case OpenAICompletions, OllamaGenerate:
		deep(obj["prompt"])
		deep(obj["system"])
		deep(obj["suffix"])
	}
	return out
}

// appendContent adds a message content's text: a string, or the text of
// each item or part of a list.
func appendContent(out []string, content any) []string {
	if s, ok := content.(string); ok {
		return append(out, s)
	}
	for _, item := range asSlice(content) {
		out = appendItem(out, item)
	}
	return out
}

// appendItem adds the text of a message, conversation item or content part,
// as README's "What is masked" describes it.
func appendItem(out []string, item any) []string {
	m, _ := item.(map[string]any)
	switch m["type"] {
	case nil, "message", "tool_result":
		out = appendContent(out, m["content"])
	case "text", "input_text", "output_text", "summary_text":
		if s, ok := m["text"].(string); ok {
			out = append(out, s)
		}
	case "function_call":
		out = appendAll(out, m["arguments"])
	case "function_call_output":
		out = appendContent(out, m["output"])
	case "reasoning":
		out = appendContent(out, m["summary"])
	case "tool_use":
		out = appendAll(out, m["input"])
	}
	for _, call := range asSlice(m["tool_calls"]) {
		if c, ok := call.(map[string]any); ok {
			if fn, ok := c["function"].(map[string]any); ok {
				out = appendAll(out, fn["arguments"])
			}
		}
	}
	return out
}

// appendAll adds every string at any depth of arrays and objects.
func appendAll(out []string, v any) []string {
	switch v := v.(type) {
	case string:
		return append(out, v)
	case []any:
		for _, e := range v {
			out = appendAll(out, e)
		}
	case map[string]any:
		for _, e := range v {
			out = appendAll(out, e)
		}
	}
	return out
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

func appendStrings(out []string, v any) []string {
	switch v := v.(type) {
	case string:
		return append(out, v)
	case []any:
		for _, e := range v {
			out = appendStrings(out, e)
		}
	}
	return out
}

// FuzzStreamRestorer checks that restoring a scrubbed text streamed as
// events (OpenAI chat chunks, or OpenAI Responses deltas under SSE event
// names), a few runes per event and read in arbitrary pieces, gives the
// client exactly what restoring the whole text at once gives, wherever the
// tokens cut its placeholders.
func FuzzStreamRestorer(f *testing.F) {
	for _, s := range []string{
		"mail jo@ex.com now", "+44 20 7946 0958 or jo@ex.com, <EMAIL_1> typed", "<<EMAIL_1>> \"quoted\" \\ back", "no pii",
	} {
		f.Add(s, uint8(2), uint8(5), uint8(0))
		f.Add(s, uint8(3), uint8(7), uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, runesPerEvent, readSize, format uint8) {
		if !utf8.ValidString(s) || len(s) > 4096 {
			// A JSON string holds text, and invalid UTF-8 would not survive
			// either way; a longer text only makes runs slow (every event of
			// it read a byte at a time) without new ways to cut a placeholder.
			return
		}
		sf := streamFormats[int(format)%len(streamFormats)]
		sess := NewSession()
		scrubbed := TextIn(sess, s)
		want := restoreInChunks(t, sess, scrubbed, len(scrubbed)+1, false)

		var stream bytes.Buffer
		runes := []rune(scrubbed)
		for n := 1 + int(runesPerEvent)%6; len(runes) > 0; runes = runes[min(n, len(runes)):] {
			stream.WriteString(sf.event(string(runes[:min(n, len(runes))])))
		}
		stream.WriteString(sf.end)
		out, err := io.ReadAll(NewStreamRestorer(io.NopCloser(&fixedReads{stream.String(), 1 + int(readSize)%64}), sess, sf.protocol, true))
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, line := range strings.Split(string(out), "\n") {
			data, ok := strings.CutPrefix(line, "data: ")
			if !ok || data == "[DONE]" {
				continue
			}
			text, err := sf.text(data)
			if err != nil {
				t.Fatalf("event %q is not JSON: %v", data, err)
			}
			got.WriteString(text)
		}
		if got.String() != want {
			t.Fatalf("streamed %q restored to %q, want %q", scrubbed, got.String(), want)
		}
	})
}

// streamFormats are the SSE answer formats FuzzStreamRestorer streams: how
// an event carries text, how the stream ends, and how a client reads the
// streamed text back from one data line.
var streamFormats = []struct {
	protocol Protocol
	event    func(text string) string
	end      string
	text     func(data string) (string, error)
}{
	{OpenAIChat, chatEvent, chatFinish + chatDone, func(data string) (string, error) {
		var chunk struct {
			Choices []struct {
				Delta struct{ Content string } `json:"delta"`
			} `json:"choices"`
		}
		err := json.Unmarshal([]byte(data), &chunk)
		var text strings.Builder
		for _, c := range chunk.Choices {
			text.WriteString(c.Delta.Content)
		}
		return text.String(), err
	}},
	{OpenAIResponses, func(text string) string { return "event: response.output_text.delta\n" + responsesDelta("msg_1", text) },
		"event: response.output_text.done\ndata: {\"type\":\"response.output_text.done\",\"item_id\":\"msg_1\",\"content_index\":0}\n\n",
		func(data string) (string, error) {
			var event struct{ Type, Delta string }
			err := json.Unmarshal([]byte(data), &event)
			if event.Type != "response.output_text.delta" {
				return "", err
			}
			return event.Delta, err
		}},
}
