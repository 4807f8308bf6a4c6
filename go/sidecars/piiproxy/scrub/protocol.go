package scrub

import (
	"encoding/json"
	"errors"
	"path"
	"strings"
)

// Protocol is a request format whose prompt-bearing fields are known.
type Protocol int

// The protocols a serving pod receives. None means the path carries no
// known prompt format and its body is passed through untouched.
const (
	None              Protocol = iota
	KServeV1                   // POST /v1/models/<m>:predict
	KServeV2                   // POST /v2/models/<m>[/versions/<v>]/infer
	OpenAIChat                 // POST [/prefix]/v1/chat/completions
	OpenAICompletions          // POST [/prefix]/v1/completions
	OllamaGenerate             // POST /api/generate
	OllamaChat                 // POST /api/chat
	OpenAIResponses            // POST [/prefix]/v1/responses, /v1/responses/input_tokens
	AnthropicMessages          // POST [/prefix]/v1/messages (Anthropic-compatible backends)
	Embeddings                 // POST [/prefix]/v1/embeddings, /api/embed, /api/embeddings
)

var protocolNames = [...]string{
	"none", "kserve_v1", "kserve_v2", "openai_chat", "openai_completions", "ollama_generate", "ollama_chat",
	"openai_responses", "anthropic_messages", "embeddings",
}

func (p Protocol) String() string { return protocolNames[p] }

// Protocols lists every protocol, None first.
func Protocols() []Protocol {
	ps := make([]Protocol, len(protocolNames))
	for i := range ps {
		ps[i] = Protocol(i)
	}
	return ps
}

// ProtocolFor picks the protocol from the request path. The path is cleaned
// first so that "/v1//chat/completions/" cannot slip past the scrubber.
// Embedding requests are prompts too: their input leaves the pod for the
// backend just like a chat message does.
func ProtocolFor(p string) Protocol {
	p = strings.TrimSuffix(path.Clean("/"+p), "/")
	switch {
	case strings.HasPrefix(p, "/v1/models/") && (strings.HasSuffix(p, ":predict") || strings.HasSuffix(p, ":explain")):
		return KServeV1
	case strings.HasPrefix(p, "/v2/models/") && strings.HasSuffix(p, "/infer"):
		return KServeV2
	case strings.HasSuffix(p, "/chat/completions"):
		return OpenAIChat
	case strings.HasSuffix(p, "/completions"):
		return OpenAICompletions
	case strings.HasSuffix(p, "/api/generate"):
		return OllamaGenerate
	case strings.HasSuffix(p, "/api/chat"):
		return OllamaChat
	case strings.HasSuffix(p, "/v1/responses") || strings.HasSuffix(p, "/v1/responses/input_tokens"):
		return OpenAIResponses
	case strings.HasSuffix(p, "/v1/messages"):
		return AnthropicMessages
	case strings.HasSuffix(p, "/embeddings") || strings.HasSuffix(p, "/api/embed"):
		return Embeddings
	}
	return None
}

// ErrMalformed is returned for a body that is not valid JSON.
var ErrMalformed = errors.New("request body is not valid JSON")

// Body masks the prompt-bearing strings of a JSON body in protocol p with a
// fresh Session and returns the new body with the counts of what it masked.
func Body(p Protocol, body []byte) ([]byte, Counts, error) {
	var s Session
	out, err := BodyIn(&s, p, body)
	return out, s.counts, err
}

// BodyIn masks the prompt-bearing strings of a JSON body in protocol p with
// s's placeholders and returns the new body; when nothing is masked it
// returns body itself. Fields are chosen by shape as well as by name: a v1
// instance may be a string or an object, chat content may be a string or a
// list of parts, and only BYTES tensors of v2 carry text. A body that is not
// valid JSON is refused with ErrMalformed and leaves s unchanged.
func BodyIn(s *Session, p Protocol, body []byte) ([]byte, error) {
	if !json.Valid(body) {
		return nil, ErrMalformed
	}
	d := &doc{src: body}
	root := d.root()
	switch p {
	case KServeV1:
		scrubKServeV1(d, root)
	case KServeV2:
		scrubKServeV2(d, root)
	case OpenAIChat, OllamaChat, AnthropicMessages:
		scrubChat(d, root)
	case OpenAIResponses:
		scrubResponses(d, root)
	case OpenAICompletions, OllamaGenerate:
		for k, v := range d.members(root) {
			if k == "prompt" || k == "system" || k == "suffix" {
				d.pickDeep(v)
			}
		}
	case Embeddings:
		for k, v := range d.members(root) {
			if k == "input" || k == "prompt" {
				d.pickDeep(v)
			}
		}
	}
	d.scrub(s)
	return d.output(), nil
}

// promptKeys are the fields of a KServe v1 instance object that hold text.
var promptKeys = map[string]bool{"question": true, "query": true, "prompt": true, "text": true, "input": true}

// scrubKServeV1 handles {"instances":[...]}, its column-format twin
// {"inputs":[...]}, and a bare {"question": "..."}.
func scrubKServeV1(d *doc, root value) {
	for k, v := range d.members(root) {
		switch {
		case promptKeys[k]:
			d.pickDeep(v)
		case k == "instances" || k == "inputs":
			for inst := range d.elems(v) {
				if d.isObject(inst) {
					for ik, iv := range d.members(inst) {
						if promptKeys[ik] {
							d.pickDeep(iv)
						}
					}
				} else {
					d.pickDeep(inst)
				}
			}
		}
	}
}

// scrubKServeV2 masks the data of BYTES input tensors.
func scrubKServeV2(d *doc, root value) {
	for k, v := range d.members(root) {
		if k != "inputs" {
			continue
		}
		for in := range d.elems(v) {
			for _, dv := range d.membersWhen(in, "datatype", "BYTES", "data") {
				d.pickDeep(dv)
			}
		}
	}
}

// scrubChat masks the conversation of a chat request: each message of
// messages[] (see pickItem) and a top-level system prompt (Anthropic's
// "system", a string or a list of text blocks).
func scrubChat(d *doc, root value) {
	for k, v := range d.members(root) {
		switch k {
		case "messages":
			for msg := range d.elems(v) {
				d.pickItem(msg)
			}
		case "system":
			d.pickContent(v)
		}
	}
}

// scrubResponses masks an OpenAI Responses API request: "instructions", and
// "input", either a string or a list of conversation items (see pickItem).
func scrubResponses(d *doc, root value) {
	for k, v := range d.members(root) {
		switch k {
		case "instructions":
			d.pick(v)
		case "input":
			if !d.isArray(v) {
				d.pick(v)
				continue
			}
			for item := range d.elems(v) {
				d.pickItem(item)
			}
		}
	}
}

// textParts are the content-part types whose "text" member holds what a
// person or a model wrote: chat and Anthropic "text", the Responses API's
// "input_text", "output_text" and a reasoning item's "summary_text". Other
// parts (images, audio, files) are left alone.
var textParts = map[string]bool{"text": true, "input_text": true, "output_text": true, "summary_text": true}

// pickContent selects the text of a message's content: a string, or a list
// of parts (see pickItem).
func (d *doc) pickContent(content value) {
	if !d.isArray(content) {
		d.pick(content)
		return
	}
	for part := range d.elems(content) {
		d.pickItem(part)
	}
}

// pickItem selects the text of one message, conversation item or content
// part, by its "type" (absent on plain chat messages):
//   - content (of a message, or of an Anthropic tool_result): pickContent;
//   - text of a text part;
//   - tool-call arguments, which carry values the model took from the
//     conversation: OpenAI tool_calls[].function.arguments (a JSON string)
//     and Ollama's (an object), the legacy function_call, a Responses
//     function_call item's arguments, an Anthropic tool_use's input;
//   - a tool's answer: a Responses function_call_output's output;
//   - a model's reasoning summary, which restates the conversation: a
//     Responses reasoning item's summary.
//
// Names, ids and roles are never text to scrub.
func (d *doc) pickItem(item value) {
	kind := d.tag(item, "type")
	for k, v := range d.members(item) {
		switch {
		case k == "content" && (kind == "" || kind == "message" || kind == "tool_result"):
			d.pickContent(v)
		case k == "text" && textParts[kind]:
			d.pick(v)
		case k == "tool_calls":
			for call := range d.elems(v) {
				for args := range d.nestedMembers(call, "function", "arguments") {
					d.pickAll(args)
				}
			}
		case k == "function_call" && kind == "":
			for args := range d.membersNamed(v, "arguments") {
				d.pickAll(args)
			}
		case (k == "arguments" && kind == "function_call") || (k == "input" && kind == "tool_use"):
			d.pickAll(v)
		case k == "output" && kind == "function_call_output", k == "summary" && kind == "reasoning":
			d.pickContent(v)
		}
	}
}
