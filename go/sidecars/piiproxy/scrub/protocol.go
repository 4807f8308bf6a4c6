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
)

var protocolNames = [...]string{"none", "kserve_v1", "kserve_v2", "openai_chat", "openai_completions", "ollama_generate", "ollama_chat"}

func (p Protocol) String() string { return protocolNames[p] }

// ProtocolFor picks the protocol from the request path. The path is cleaned
// first so that "/v1//chat/completions/" cannot slip past the scrubber.
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
	case OpenAIChat, OllamaChat:
		scrubChat(d, root)
	case OpenAICompletions, OllamaGenerate:
		for k, v := range d.members(root) {
			if k == "prompt" || k == "system" || k == "suffix" {
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

// scrubChat masks messages[].content, either a string or a list of
// {"type":"text","text":...} parts (images and other parts are left alone).
func scrubChat(d *doc, root value) {
	for k, v := range d.members(root) {
		if k != "messages" {
			continue
		}
		for msg := range d.elems(v) {
			for mk, content := range d.members(msg) {
				if mk != "content" {
					continue
				}
				if !d.isArray(content) {
					d.pick(content)
					continue
				}
				for part := range d.elems(content) {
					for _, t := range d.membersWhen(part, "type", "text", "text") {
						d.pick(t)
					}
				}
			}
		}
	}
}
