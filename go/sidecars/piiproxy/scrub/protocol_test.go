package scrub

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestProtocolFor(t *testing.T) {
	cases := []struct {
		reason string
		args   struct{ path string }
		want   Protocol
	}{
		{"KServe v1 predict", struct{ path string }{"/v1/models/rag:predict"}, KServeV1},
		{"KServe v1 explain", struct{ path string }{"/v1/models/rag:explain"}, KServeV1},
		{"KServe v2 infer", struct{ path string }{"/v2/models/rag/infer"}, KServeV2},
		{"KServe v2 versioned infer", struct{ path string }{"/v2/models/rag/versions/3/infer"}, KServeV2},
		{"OpenAI chat", struct{ path string }{"/v1/chat/completions"}, OpenAIChat},
		{"OpenAI chat under a prefix", struct{ path string }{"/openai/v1/chat/completions"}, OpenAIChat},
		{"OpenAI chat with slashes", struct{ path string }{"/v1//chat/completions/"}, OpenAIChat},
		{"OpenAI completions", struct{ path string }{"/v1/completions"}, OpenAICompletions},
		{"Ollama generate", struct{ path string }{"/api/generate"}, OllamaGenerate},
		{"Ollama chat", struct{ path string }{"/api/chat"}, OllamaChat},
		{"OpenAI Responses", struct{ path string }{"/v1/responses"}, OpenAIResponses},
		{"OpenAI Responses token count", struct{ path string }{"/v1/responses/input_tokens"}, OpenAIResponses},
		{"a stored response is fetched, not a prompt", struct{ path string }{"/v1/responses/resp_123"}, None},
		{"Anthropic messages", struct{ path string }{"/v1/messages"}, AnthropicMessages},
		{"Anthropic messages under a prefix", struct{ path string }{"/anthropic/v1/messages"}, AnthropicMessages},
		{"a thread's messages are not the Anthropic API", struct{ path string }{"/v1/threads/t1/messages"}, None},
		{"OpenAI embeddings", struct{ path string }{"/v1/embeddings"}, Embeddings},
		{"Ollama embed", struct{ path string }{"/api/embed"}, Embeddings},
		{"Ollama legacy embeddings", struct{ path string }{"/api/embeddings"}, Embeddings},
		{"KServe v2 metadata", struct{ path string }{"/v2/models/rag"}, None},
		{"model list", struct{ path string }{"/v1/models"}, None},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ProtocolFor(tc.args.path)); diff != "" {
				t.Errorf("ProtocolFor(%q): -want +got:\n%s", tc.args.path, diff)
			}
		})
	}
}

func TestBody(t *testing.T) {
	type args struct {
		protocol Protocol
		body     string
	}
	type want struct {
		body   string
		masked int
		err    error
	}
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "KServe v1 object instances keep other fields byte for byte",
			args:   args{KServeV1, `{"instances": [{"question": "mail bob@x.org", "top_k": 3, "ratio": 1.000000000000000001}]}`},
			want:   want{body: `{"instances": [{"question": "mail <EMAIL_1>", "top_k": 3, "ratio": 1.000000000000000001}]}`, masked: 1},
		},
		{
			reason: "full-width digits, raw or JSON-escaped, are masked and the rest of the string kept",
			args:   args{OpenAIChat, `{"messages":[{"role":"user","content":"携帯：\uff10\uff19\uff10－１２３４－５６７８です"}]}`},
			want:   want{body: `{"messages":[{"role":"user","content":"携帯：<PHONE_1>です"}]}`, masked: 1},
		},
		{
			reason: "KServe v1 string instances",
			args:   args{KServeV1, `{"instances":["call 555-123-4567","no pii"]}`},
			want:   want{body: `{"instances":["call <PHONE_1>","no pii"]}`, masked: 1},
		},
		{
			reason: "KServe v1 bare question",
			args:   args{KServeV1, `{"question":"a@b.io?","k":1e400}`},
			want:   want{body: `{"question":"<EMAIL_1>?","k":1e400}`, masked: 1},
		},
		{
			reason: "KServe v1 non-prompt fields are not scrubbed",
			args:   args{KServeV1, `{"instances":[{"question":"hi","user":"a@b.io"}]}`},
			want:   want{body: `{"instances":[{"question":"hi","user":"a@b.io"}]}`},
		},
		{
			reason: "KServe v2 BYTES tensor, datatype after data",
			args:   args{KServeV2, `{"id":"1","inputs":[{"name":"question","shape":[2],"data":["x@y.com","+44 20 7946 0958"],"datatype":"BYTES"}]}`},
			want:   want{body: `{"id":"1","inputs":[{"name":"question","shape":[2],"data":["<EMAIL_1>","<PHONE_1>"],"datatype":"BYTES"}]}`, masked: 2},
		},
		{
			reason: "KServe v2 non-BYTES tensor untouched",
			args:   args{KServeV2, `{"inputs":[{"name":"ids","datatype":"INT64","shape":[1],"data":[4111111111111111]}]}`},
			want:   want{body: `{"inputs":[{"name":"ids","datatype":"INT64","shape":[1],"data":[4111111111111111]}]}`},
		},
		{
			reason: "OpenAI chat string and text parts, images untouched",
			args: args{OpenAIChat, `{"model":"m","messages":[{"role":"system","content":"be nice"},` +
				`{"role":"user","content":[{"type":"text","text":"I am jo@ex.com"},{"type":"image_url","image_url":{"url":"http://a@b.io/x.png"}}]},` +
				`{"role":"user","content":"IBAN DE89370400440532013000 <b>&</b>"}],"stream":true}`},
			want: want{body: `{"model":"m","messages":[{"role":"system","content":"be nice"},` +
				`{"role":"user","content":[{"type":"text","text":"I am <EMAIL_1>"},{"type":"image_url","image_url":{"url":"http://a@b.io/x.png"}}]},` +
				`{"role":"user","content":"IBAN <IBAN_1> <b>&</b>"}],"stream":true}`, masked: 2},
		},
		{
			reason: "escaped at sign is still found",
			args:   args{OpenAIChat, `{"messages":[{"role":"user","content":"jo\u0040ex.com"}]}`},
			want:   want{body: `{"messages":[{"role":"user","content":"<EMAIL_1>"}]}`, masked: 1},
		},
		{
			reason: "OpenAI completions prompt list, token ids untouched",
			args:   args{OpenAICompletions, `{"prompt":["a@b.io",[5551234567]],"max_tokens":5}`},
			want:   want{body: `{"prompt":["<EMAIL_1>",[5551234567]],"max_tokens":5}`, masked: 1},
		},
		{
			reason: "Ollama generate prompt and system",
			args:   args{OllamaGenerate, `{"model":"llama3","prompt":"ip 203.0.113.7","system":"ssn 123-45-6789"}`},
			want:   want{body: `{"model":"llama3","prompt":"ip <IP_1>","system":"ssn <SSN_1>"}`, masked: 2},
		},
		{
			reason: "Ollama chat",
			args:   args{OllamaChat, `{"model":"llama3","messages":[{"role":"user","content":"4111 1111 1111 1111"}]}`},
			want:   want{body: `{"model":"llama3","messages":[{"role":"user","content":"<CREDIT_CARD_1>"}]}`, masked: 1},
		},
		{
			reason: "OpenAI chat tool-call arguments (a JSON string) and the tool's answer; names and ids kept",
			args: args{OpenAIChat, `{"messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"call_jo@ex.com","type":"function",` +
				`"function":{"name":"lookup","arguments":"{\"email\":\"jo@ex.com\"}"}}]},{"role":"tool","tool_call_id":"call_1","content":"jo@ex.com: +44 20 7946 0958"}]}`},
			want: want{body: `{"messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"call_jo@ex.com","type":"function",` +
				`"function":{"name":"lookup","arguments":"{\"email\":\"<EMAIL_1>\"}"}}]},{"role":"tool","tool_call_id":"call_1","content":"<EMAIL_1>: <PHONE_1>"}]}`, masked: 3},
		},
		{
			reason: "Ollama chat tool-call arguments are an object: every value in it",
			args:   args{OllamaChat, `{"messages":[{"role":"assistant","tool_calls":[{"function":{"name":"mail","arguments":{"to":"jo@ex.com","cc":["al@ex.org"],"n":2}}}]}]}`},
			want:   want{body: `{"messages":[{"role":"assistant","tool_calls":[{"function":{"name":"mail","arguments":{"to":"<EMAIL_1>","cc":["<EMAIL_2>"],"n":2}}}]}]}`, masked: 2},
		},
		{
			reason: "OpenAI Responses: instructions and a string input",
			args:   args{OpenAIResponses, `{"model":"m","instructions":"user is jo@ex.com","input":"call +44 20 7946 0958"}`},
			want:   want{body: `{"model":"m","instructions":"user is <EMAIL_1>","input":"call <PHONE_1>"}`, masked: 2},
		},
		{
			reason: "OpenAI Responses: items with input_text/output_text parts, a function call and its output; images and ids kept",
			args: args{OpenAIResponses, `{"input":[{"role":"user","content":[{"type":"input_text","text":"I am jo@ex.com"},{"type":"input_image","image_url":"https://x/jo@ex.com.png"}]},` +
				`{"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hi jo@ex.com"}]},` +
				`{"type":"function_call","call_id":"c1","name":"crm","arguments":"{\"iban\":\"DE89 3704 0044 0532 0130 00\"}"},` +
				`{"type":"function_call_output","call_id":"c1","output":"card 4111 1111 1111 1111"}]}`},
			want: want{body: `{"input":[{"role":"user","content":[{"type":"input_text","text":"I am <EMAIL_1>"},{"type":"input_image","image_url":"https://x/jo@ex.com.png"}]},` +
				`{"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hi <EMAIL_1>"}]},` +
				`{"type":"function_call","call_id":"c1","name":"crm","arguments":"{\"iban\":\"<IBAN_1>\"}"},` +
				`{"type":"function_call_output","call_id":"c1","output":"card <CREDIT_CARD_1>"}]}`, masked: 4},
		},
		{
			reason: "OpenAI Responses: a reasoning item's summary restates the conversation; its encrypted content is left alone",
			args:   args{OpenAIResponses, `{"input":[{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"The user jo@ex.com asks"}],"encrypted_content":"gAAAAB"}]}`},
			want:   want{body: `{"input":[{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"The user <EMAIL_1> asks"}],"encrypted_content":"gAAAAB"}]}`, masked: 1},
		},
		{
			reason: "Anthropic: system blocks, text blocks, tool_use input and tool_result content",
			args: args{AnthropicMessages, `{"system":[{"type":"text","text":"owner jo@ex.com"}],"messages":[{"role":"user","content":"ip 203.0.113.7"},` +
				`{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"ping","input":{"host":"203.0.113.7"}}]},` +
				`{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"reply from 203.0.113.7"}]}]}]}`},
			want: want{body: `{"system":[{"type":"text","text":"owner <EMAIL_1>"}],"messages":[{"role":"user","content":"ip <IP_1>"},` +
				`{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"ping","input":{"host":"<IP_1>"}}]},` +
				`{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"reply from <IP_1>"}]}]}]}`, masked: 4},
		},
		{
			reason: "Anthropic: a string system prompt",
			args:   args{AnthropicMessages, `{"system":"SSN 123-45-6789","messages":[]}`},
			want:   want{body: `{"system":"SSN <SSN_1>","messages":[]}`, masked: 1},
		},
		{
			reason: "embeddings: an input list, token ids untouched",
			args:   args{Embeddings, `{"model":"e","input":["jo@ex.com",[5551234567],"no pii"]}`},
			want:   want{body: `{"model":"e","input":["<EMAIL_1>",[5551234567],"no pii"]}`, masked: 1},
		},
		{
			reason: "embeddings: Ollama's legacy prompt",
			args:   args{Embeddings, `{"model":"e","prompt":"card 4111 1111 1111 1111"}`},
			want:   want{body: `{"model":"e","prompt":"card <CREDIT_CARD_1>"}`, masked: 1},
		},
		{
			reason: "duplicate keys are both masked",
			args:   args{OllamaGenerate, `{"prompt":"a@b.io","prompt":"c@d.io"}`},
			want:   want{body: `{"prompt":"<EMAIL_1>","prompt":"<EMAIL_2>"}`, masked: 2},
		},
		{
			reason: "non-object root passes",
			args:   args{OpenAIChat, ` ["a@b.io"] `},
			want:   want{body: ` ["a@b.io"] `},
		},
		{
			reason: "malformed JSON",
			args:   args{OpenAIChat, `{"messages":[`},
			want:   want{err: ErrMalformed},
		},
		{
			reason: "trailing garbage is malformed",
			args:   args{KServeV1, `{"question":"x"} {}`},
			want:   want{err: ErrMalformed},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			out, counts, err := Body(tc.args.protocol, []byte(tc.args.body))
			got := want{body: string(out), masked: counts.Total(), err: err}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{}), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Body(%s, %s): -want +got:\n%s", tc.args.protocol, tc.args.body, diff)
			}
		})
	}
}
