package scrub

import (
	"bytes"
	"encoding/json"
	"regexp"
	"testing"
)

// emailOracle is an independent, ASCII-only e-mail pattern: anything it
// finds in a scrubbed field is an address the detector missed.
var emailOracle = regexp.MustCompile(`[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b`)

func FuzzScrubText(f *testing.F) {
	for _, s := range []string{
		"jane@example.com", "+44 20 7946 0958", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111",
		"2024-01-15T10:30:00Z", "v1.2.3.4", "2001:db8::1:2", "a@b.cc@d.ee", "123-45-6789 555-123-4567",
		"x@1.2.3.4.ab", "(+44) 20 7946 0958a@b.io",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, _ := Text(s)
		twice, more := Text(once)
		if twice != once || more.Total() != 0 {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if m := emailOracle.FindString(once); m != "" {
			t.Fatalf("e-mail %q survived in %q", m, once)
		}
	})
}

func FuzzScrubBody(f *testing.F) {
	for _, s := range []string{
		`{"instances":[{"question":"mail bob@x.org"}]}`,
		`{"instances":["a@b.io", 1, null, {"question": ["x@y.zz"]}]}`,
		`{"inputs":[{"name":"q","datatype":"BYTES","shape":[1],"data":[["a@b.io"]]}]}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"a\u0040b.io"}]}],"n":1.5e300}`,
		`{"prompt":"x","system":"+1 555 123 4567"}`,
		`[1,2,{"a":"b"}]`, `"str"`, `{"messages":[`,
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
	})
}

// promptStrings is an independent reading of which strings each protocol
// scrubs, on a generic decode of the body.
func promptStrings(t *testing.T, proto Protocol, body []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("decode %q: %v", body, err)
	}
	obj, _ := root.(map[string]any)
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
	case OpenAIChat, OllamaChat:
		for _, msg := range asSlice(obj["messages"]) {
			m, _ := msg.(map[string]any)
			switch c := m["content"].(type) {
			case string:
				out = append(out, c)
			case []any:
				for _, part := range c {
					if p, ok := part.(map[string]any); ok && p["type"] == "text" {
						if s, ok := p["text"].(string); ok {
							out = append(out, s)
						}
					}
				}
			}
		}
	case OpenAICompletions, OllamaGenerate:
		deep(obj["prompt"])
		deep(obj["system"])
		deep(obj["suffix"])
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
