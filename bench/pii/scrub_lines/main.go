// scrub_lines reads JSON lines {"id": ..., "text": ...} on standard input and
// writes one JSON line {"id": ..., "scrubbed": ...} per input line, in order,
// with the text passed through scrub.Text. It is the only Go in bench/pii: the
// benchmark (run.py) batches every generated sentence through one process.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

type in struct {
	ID   json.RawMessage `json:"id"`
	Text string          `json:"text"`
}

type out struct {
	ID       json.RawMessage `json:"id"`
	Scrubbed string          `json:"scrubbed"`
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r in
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			fmt.Fprintf(os.Stderr, "scrub_lines: line %d: %v\n", line, err)
			os.Exit(2)
		}
		got, _ := scrub.Text(r.Text)
		if err := enc.Encode(out{ID: r.ID, Scrubbed: got}); err != nil {
			fmt.Fprintf(os.Stderr, "scrub_lines: %v\n", err)
			os.Exit(1)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "scrub_lines: %v\n", err)
		os.Exit(2)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "scrub_lines: %v\n", err)
		os.Exit(1)
	}
}
