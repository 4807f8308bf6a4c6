package scrub

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// chatEvent is one OpenAI chat-completion chunk carrying content.
func chatEvent(content string) string {
	c := quote(content)
	return fmt.Sprintf("data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":%s},\"finish_reason\":null}]}\n\n", c)
}

const (
	chatFinish = "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
	chatDone   = "data: [DONE]\n\n"
)

// ollamaEvent is one Ollama /api/chat NDJSON line.
func ollamaEvent(content string, done bool) string {
	c := quote(content)
	return fmt.Sprintf("{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":%s},\"done\":%t}\n", c, done)
}

// responsesDelta is one OpenAI Responses API output_text.delta event's data line.
func responsesDelta(item, delta string) string {
	return fmt.Sprintf("data: {\"type\":\"response.output_text.delta\",\"item_id\":%q,\"content_index\":0,\"delta\":%s}\n\n", item, quote(delta))
}

// streamOut restores a stream read one byte at a time (the worst cut).
func streamOut(t *testing.T, prompt string, p Protocol, sse bool, stream string) string {
	t.Helper()
	s := NewSession()
	TextIn(s, prompt)
	rc := NewStreamRestorer(io.NopCloser(iotest.OneByteReader(strings.NewReader(stream))), s, p, sse)
	out, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("restoring: %v", err)
	}
	return string(out)
}

func TestStreamRestorer(t *testing.T) {
	type args struct {
		prompt string
		p      Protocol
		sse    bool
		stream []string
	}
	cases := []struct {
		reason string
		args   args
		want   string
	}{
		{
			reason: "a placeholder cut into four tokens goes out whole, as the original, with its last token",
			args: args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{
				chatEvent("Mail "), chatEvent("<EM"), chatEvent("AIL"), chatEvent("_1"), chatEvent("> now"), chatFinish, chatDone,
			}},
			want: chatEvent("Mail ") + chatEvent("") + chatEvent("") + chatEvent("") + chatEvent("jo@ex.com now") + chatFinish + chatDone,
		},
		{
			reason: "a national id placeholder cut into tokens goes out whole, as the original",
			args: args{prompt: "身份证号 11010519491231002X", p: OpenAIChat, sse: true, stream: []string{
				chatEvent("ID "), chatEvent("<NATION"), chatEvent("AL_ID"), chatEvent("_1"), chatEvent(">."), chatFinish, chatDone,
			}},
			want: chatEvent("ID ") + chatEvent("") + chatEvent("") + chatEvent("") + chatEvent("11010519491231002X.") + chatFinish + chatDone,
		},
		{
			reason: "text held at the finish event that never became a placeholder goes out before it, unchanged",
			args: args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{
				chatEvent("a <EMAIL_"), chatFinish, chatDone,
			}},
			want: chatEvent("a ") + chatEvent("<EMAIL_") + chatFinish + chatDone,
		},
		{
			reason: "held text is let out at [DONE] when no finish event came",
			args:   args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{chatEvent("x <"), chatDone}},
			want:   chatEvent("x ") + chatEvent("<") + chatDone,
		},
		{
			reason: "held text is let out at the end of the stream",
			args:   args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{chatEvent("x <PH")}},
			want:   chatEvent("x ") + chatEvent("<PH"),
		},
		{
			reason: "a placeholder the session did not issue, and markup, pass as they came",
			args: args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{
				chatEvent("<EMAIL"), chatEvent("_2> <b"), chatEvent(">x</b>"), chatFinish,
			}},
			want: chatEvent("") + chatEvent("<EMAIL_2> <b") + chatEvent(">x</b>") + chatFinish,
		},
		{
			reason: "a whole placeholder in tool-call arguments is restored too",
			args: args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{
				"data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":\"{\\\"to\\\":\\\"<EMAIL_1>\\\"}\"}}]}}]}\n\n",
			}},
			want: "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":\"{\\\"to\\\":\\\"jo@ex.com\\\"}\"}}]}}]}\n\n",
		},
		{
			reason: "two choices are joined each with its own earlier text",
			args: args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{
				`data: {"choices":[{"index":0,"delta":{"content":"<EMA"}},{"index":1,"delta":{"content":"no <"}}]}` + "\n\n",
				`data: {"choices":[{"index":1,"delta":{"content":"EMAIL_1>"}}]}` + "\n\n",
				`data: {"choices":[{"index":0,"delta":{"content":"IL_1>!"}}]}` + "\n\n",
			}},
			want: `data: {"choices":[{"index":0,"delta":{"content":""}},{"index":1,"delta":{"content":"no "}}]}` + "\n\n" +
				`data: {"choices":[{"index":1,"delta":{"content":"jo@ex.com"}}]}` + "\n\n" +
				`data: {"choices":[{"index":0,"delta":{"content":"jo@ex.com!"}}]}` + "\n\n",
		},
		{
			reason: "OpenAI completions stream choices[].text",
			args: args{prompt: "jo@ex.com", p: OpenAICompletions, sse: true, stream: []string{
				`data: {"choices":[{"text":"to <EMAIL","index":0,"finish_reason":null}]}` + "\n\n",
				`data: {"choices":[{"text":"_1>","index":0,"finish_reason":"length"}]}` + "\n\n",
			}},
			want: `data: {"choices":[{"text":"to ","index":0,"finish_reason":null}]}` + "\n\n" +
				`data: {"choices":[{"text":"jo@ex.com","index":0,"finish_reason":"length"}]}` + "\n\n",
		},
		{
			reason: "Ollama chat NDJSON: the done line flushes what is held",
			args: args{prompt: "+44 20 7946 0958", p: OllamaChat, stream: []string{
				ollamaEvent("call <PHO", false), ollamaEvent("NE_1>", false), ollamaEvent(" <", false), ollamaEvent("", true),
			}},
			want: ollamaEvent("call ", false) + ollamaEvent("+44 20 7946 0958", false) + ollamaEvent(" ", false) + ollamaEvent("<", true),
		},
		{
			reason: "placeholders escaped by Go's encoding/json (as Ollama writes them) are joined too",
			args: args{prompt: "jo@ex.com", p: OllamaChat, stream: []string{
				`{"message":{"content":"to \u003cEMA"},"done":false}` + "\n", `{"message":{"content":"IL_1\u003e."},"done":false}` + "\n",
			}},
			want: `{"message":{"content":"to "},"done":false}` + "\n" + `{"message":{"content":"jo@ex.com."},"done":false}` + "\n",
		},
		{
			reason: "Ollama generate NDJSON, CRLF line endings kept",
			args: args{prompt: "jo@ex.com", p: OllamaGenerate, stream: []string{
				"{\"response\":\"<EMAIL_\",\"done\":false}\r\n", "{\"response\":\"1>\",\"done\":true}\r\n",
			}},
			want: "{\"response\":\"\",\"done\":false}\r\n{\"response\":\"jo@ex.com\",\"done\":true}\r\n",
		},
		{
			reason: "OpenAI Responses deltas are joined per item and part; the done event releases what is held and is restored whole",
			args: args{prompt: "jo@ex.com", p: OpenAIResponses, sse: true, stream: []string{
				"event: response.output_text.delta\n" + responsesDelta("msg_1", "Mail <EMA"),
				"event: response.output_text.delta\n" + responsesDelta("msg_1", "IL_1> or <"),
				"event: response.output_text.done\n" + `data: {"type":"response.output_text.done","item_id":"msg_1","content_index":0,"text":"Mail <EMAIL_1> or <"}` + "\n\n",
			}},
			want: "event: response.output_text.delta\n" + responsesDelta("msg_1", "Mail ") +
				"event: response.output_text.delta\n" + responsesDelta("msg_1", "jo@ex.com or ") +
				"event: response.output_text.delta\n" + responsesDelta("msg_1", "<") +
				"event: response.output_text.done\n" + `data: {"type":"response.output_text.done","item_id":"msg_1","content_index":0,"text":"Mail jo@ex.com or <"}` + "\n\n",
		},
		{
			reason: "Anthropic text deltas are joined per content block",
			args: args{prompt: "jo@ex.com", p: AnthropicMessages, sse: true, stream: []string{
				"event: content_block_delta\n" + `data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"to <EMAIL"}}` + "\n\n",
				"event: content_block_delta\n" + `data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"_1>."}}` + "\n\n",
				"event: content_block_stop\n" + `data: {"type":"content_block_stop","index":0}` + "\n\n",
			}},
			want: "event: content_block_delta\n" + `data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"to "}}` + "\n\n" +
				"event: content_block_delta\n" + `data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"jo@ex.com."}}` + "\n\n" +
				"event: content_block_stop\n" + `data: {"type":"content_block_stop","index":0}` + "\n\n",
		},
		{
			reason: "text held at a block's stop goes out as its own delta event, named as such, before the stop event",
			args: args{prompt: "jo@ex.com", p: AnthropicMessages, sse: true, stream: []string{
				"event: content_block_delta\nid: 7\n" + `data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"a <EMAIL_"}}` + "\n\n",
				"event: content_block_stop\n" + `data: {"type":"content_block_stop","index":1}` + "\n\n",
			}},
			want: "event: content_block_delta\nid: 7\n" + `data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"a "}}` + "\n\n" +
				"event: content_block_delta\nid: 7\n" + `data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"<EMAIL_"}}` + "\n\n" +
				"event: content_block_stop\n" + `data: {"type":"content_block_stop","index":1}` + "\n\n",
		},
		{
			reason: "SSE comments, event names and non-JSON data lines pass through",
			args:   args{prompt: "jo@ex.com", p: OpenAIChat, sse: true, stream: []string{": keep-alive\n", "event: note\ndata: <EMAIL_1> plain\n\n"}},
			want:   ": keep-alive\nevent: note\ndata: jo@ex.com plain\n\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got := streamOut(t, tc.args.prompt, tc.args.p, tc.args.sse, strings.Join(tc.args.stream, ""))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}
}

// TestStreamRestorerBoundsFieldLines: SSE field lines are held until their
// event's data line, but never more than maxStreamLine bytes of them.
func TestStreamRestorerBoundsFieldLines(t *testing.T) {
	s := NewSession()
	TextIn(s, "jo@ex.com")
	open := make(chan struct{})
	t.Cleanup(func() { close(open) })
	fields := strings.Repeat("id: 0123456789\n", maxStreamLine/15+2)
	rc := NewStreamRestorer(io.NopCloser(io.MultiReader(strings.NewReader(fields), openStream(open))), s, OpenAIResponses, true)
	first := make(chan byte, 1)
	go func() {
		b := make([]byte, 1)
		if _, err := io.ReadFull(rc, b); err == nil {
			first <- b[0]
		}
	}()
	select {
	case b := <-first:
		if b != 'i' {
			t.Fatalf("first byte %q, want the first field line's", b)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("every field line held while the stream stays open")
	}
}

// openStream is a stream that sends nothing more until its channel closes.
type openStream chan struct{}

func (o openStream) Read([]byte) (int, error) {
	<-o
	return 0, io.EOF
}

// TestStreamRestorerLongLine: a line longer than maxStreamLine is no event
// stream this restorer knows; whole placeholders in it are still restored.
func TestStreamRestorerLongLine(t *testing.T) {
	long := strings.Repeat("x", maxStreamLine+10)
	got := streamOut(t, "jo@ex.com", OpenAIChat, true, chatEvent("a <EM")+"data: "+long+" <EMAIL_1>\n\n")
	want := chatEvent("a ") + chatEvent("<EM") + "data: " + long + " jo@ex.com\n\n"
	if got != want {
		t.Errorf("long line: got %d bytes ending %q, want %d bytes ending %q", len(got), got[max(0, len(got)-40):], len(want), want[len(want)-40:])
	}
}

// TestStreamRestorerFlowsLineByLine: each whole line is passed on before the
// rest of the stream exists.
func TestStreamRestorerFlowsLineByLine(t *testing.T) {
	s := NewSession()
	TextIn(s, "jo@ex.com")
	pr, pw := io.Pipe()
	rc := NewStreamRestorer(pr, s, OpenAIChat, true)
	buf := make([]byte, 4096)
	for _, event := range []string{chatEvent("one"), chatEvent("two <EMAIL_1>")} {
		go pw.Write([]byte(event))
		n, err := rc.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.ReplaceAll(event, "<EMAIL_1>", "jo@ex.com"); string(buf[:n]) != want {
			t.Errorf("read %q, want %q", buf[:n], want)
		}
	}
	pw.Close()
}

func TestStreamRestorerWithoutPlaceholdersIsTheBody(t *testing.T) {
	body := io.NopCloser(strings.NewReader(""))
	if got := NewStreamRestorer(body, NewSession(), OpenAIChat, true); got != body {
		t.Errorf("NewStreamRestorer on an empty session wrapped the body: %T", got)
	}
}
