package scrub

import "strings"

// A column's header names what its cells hold, as a label does for the
// value after it: "PESEL" over a column of eleven digits, "telefono" over
// '634 918 207' in a SQL INSERT. columnCells reads the header of every
// pasted table (CSV, TSV, Markdown: see cellsInTables) and of every
// INSERT's column list, so that the number detectors can take a cell's
// header as its cue.

// maxColumnHeader is the longest header cell, in bytes, that columnCells
// reads: longer cells are the clauses of a sentence with commas.
const maxColumnHeader = 48

// columnCells calls cell on each cell, without the spaces and quotes
// around it, of the columns whose header pick accepts, in the tables and
// SQL INSERTs of s, and returns what cell finds.
func columnCells(s string, pick func(header string) bool, cell func(s, header string, start, end int) (span, bool)) []span {
	var out []span
	if strings.IndexByte(s, '\n') >= 0 {
		for start := 0; start < len(s); {
			line := lineAt(s, start)
			start += len(line) + 1
			// a header's first cell is as short as the others: the first
			// delimiter is looked for only where it could end one
			k := strings.IndexAny(line[:min(len(line), maxColumnHeader+1)], tableDelimiters)
			if k < 0 {
				continue
			}
			delim := line[k : k+1]
			if start < len(s) && ruleLine(lineAt(s, start)) {
				start += len(lineAt(s, start)) + 1 // psql's "----+----" under the header
			}
			if start >= len(s) || strings.Count(lineAt(s, start), delim) != strings.Count(line, delim) {
				continue // no row follows: prose or code with a comma, not a table's header
			}
			var headers [64]string
			var columns uint64
			for col, rest := 0, line; rest != "" && col < 64; col++ {
				c, after, _ := strings.Cut(rest, delim)
				rest = after
				if c = trimCell(c); c != "" && len(c) <= maxColumnHeader && pick(c) {
					columns |= 1 << col
					headers[col] = c
				}
			}
			if columns == 0 {
				continue
			}
			delims := strings.Count(line, delim)
			for start < len(s) {
				row := lineAt(s, start)
				if strings.Count(row, delim) != delims {
					break
				}
				for col, at := 0, start; col < 64; col++ {
					end := start + len(row)
					if k := strings.Index(s[at:end], delim); k >= 0 {
						end = at + k
					}
					if columns&(1<<col) != 0 {
						if cs, ce, ok := trimmedCell(s, at, end); ok {
							if sp, ok := cell(s, headers[col], cs, ce); ok {
								out = append(out, sp)
							}
						}
					}
					if end == start+len(row) {
						break
					}
					at = end + 1
				}
				start += len(row) + 1
			}
		}
	}
	for _, in := range insertsIn(s) {
		for col, name := range in.cols {
			if !pick(name) {
				continue
			}
			for _, row := range in.rows {
				if col < len(row) && len(row) == len(in.cols) {
					if cs, ce, ok := trimmedCell(s, row[col].start, row[col].end); ok {
						if sp, ok := cell(s, name, cs, ce); ok {
							out = append(out, sp)
						}
					}
				}
			}
		}
	}
	return disjoint(out)
}

// ruleLine: line is a table's rule, drawn with "-" and "+" (or "=" and
// ":") between the header and the rows, as psql and mysql print one.
func ruleLine(line string) bool {
	line = strings.TrimSpace(line)
	return strings.IndexByte(line, '-') >= 0 && strings.Trim(line, "-+=:| ") == ""
}

// trimmedCell is the cell s[start:end] without the spaces and quotes
// around it.
func trimmedCell(s string, start, end int) (int, int, bool) {
	t := trimCell(s[start:end])
	if t == "" {
		return 0, 0, false
	}
	start += strings.Index(s[start:end], t)
	return start, start + len(t), true
}

// sqlInsert is an INSERT's column list and, for each row of its VALUES,
// the bounds of each value (quotes included).
type sqlInsert struct {
	cols []string
	rows [][]span
}

// insertsIn reads the INSERT statements of s that name their columns:
// "INSERT INTO t (a, b) VALUES ('x', 1), ('y', 2);", their keyword
// spelled as SQL is written, "VALUES", "values" or "Values".
func insertsIn(s string) []sqlInsert {
	var out []sqlInsert
	for _, kw := range [...]string{"VALUES", "values", "Values"} {
		for k := 0; k < len(s); {
			p := strings.Index(s[k:], kw)
			if p < 0 {
				break
			}
			p += k
			k = p + len(kw)
			if p > 0 && isWordByte(s[p-1]) || k < len(s) && isWordByte(s[k]) {
				continue
			}
			cols, ok := insertColumns(s, p)
			if !ok {
				continue
			}
			rows, end := insertRows(s, k)
			if len(rows) > 0 {
				out = append(out, sqlInsert{cols, rows})
				k = end
			}
		}
	}
	return out
}

// insertColumns reads the column list "(a, b, c)" that ends just before
// the VALUES keyword at v.
func insertColumns(s string, v int) ([]string, bool) {
	j := v
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\t' || s[j-1] == '\r') {
		j--
	}
	if j == 0 || s[j-1] != ')' {
		return nil, false
	}
	open := strings.LastIndexByte(s[max(0, j-1024):j-1], '(')
	if open < 0 {
		return nil, false
	}
	open += max(0, j-1024)
	list := s[open+1 : j-1]
	if strings.ContainsAny(list, "()'") {
		return nil, false
	}
	var cols []string
	for c := range strings.SplitSeq(list, ",") {
		cols = append(cols, strings.Trim(c, " \t\r\n`\"[]"))
	}
	return cols, len(cols) > 1
}

// insertRows reads the rows of VALUES from i: each "(…)" and its values,
// a quoted string (where a doubled quote stands for one) or anything up to
// the next "," or ")".
func insertRows(s string, i int) ([][]span, int) {
	var rows [][]span
	for len(rows) < 10000 {
		i = skipBlanks(s, i)
		if i >= len(s) || s[i] != '(' {
			break
		}
		i++
		var row []span
		for {
			i = skipBlanks(s, i)
			start := i
			if i < len(s) && s[i] == '\'' {
				i++
				for i < len(s) {
					if s[i] == '\'' {
						if i+1 < len(s) && s[i+1] == '\'' {
							i += 2
							continue
						}
						break
					}
					i++
				}
				if i >= len(s) {
					return rows, i
				}
				i++
			} else {
				for i < len(s) && s[i] != ',' && s[i] != ')' && s[i] != '\n' {
					i++
				}
			}
			end := i
			for end > start && s[end-1] == ' ' {
				end--
			}
			row = append(row, span{start, end})
			i = skipBlanks(s, i)
			if i < len(s) && s[i] == ',' {
				i++
				continue
			}
			break
		}
		if i >= len(s) || s[i] != ')' {
			break
		}
		i++
		rows = append(rows, row)
		i = skipBlanks(s, i)
		if i >= len(s) || s[i] != ',' {
			break
		}
		i++
	}
	return rows, i
}

// skipBlanks skips spaces, tabs and line breaks.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// namesInInserts finds the names in the name columns of SQL INSERTs whose
// row also holds a person's other data, masked by now.
func namesInInserts(s string) []span {
	var out []span
	for _, in := range insertsIn(s) {
		for col, name := range in.cols {
			minWords, ok := nameKeyMin(name)
			if !ok {
				continue
			}
			for _, row := range in.rows {
				if len(row) != len(in.cols) {
					continue
				}
				cs, ce, ok := trimmedCell(s, row[col].start, row[col].end)
				if ok && nameText(s[cs:ce], minWords, true) && personalPlaceholderIn(s[row[0].start:row[len(row)-1].end]) {
					out = append(out, span{cs, ce})
				}
			}
		}
	}
	return out
}

// cuePrefixes indexes cue words in lower case for a header cell, which is
// tested against the prefixes of its lower-case spelling that have a
// cue's first byte and length: a few map lookups instead of a comparison
// with each of hundreds of cues.
type cuePrefixes struct {
	cues  map[string]cueEnd
	first [256]bool // the first bytes of the cues, and of their upper case
	lens  uint64    // bit n: a cue has n bytes (n < 64)
}

// cueEnd says where a cue may end: anywhere (a stem), or at a word's end.
type cueEnd uint8

const (
	stemCue cueEnd = iota + 1
	wordCue
	acronymCue // a word, in capitals
)

func newCuePrefixes(c cueSet) *cuePrefixes {
	p := &cuePrefixes{cues: map[string]cueEnd{}}
	add := func(list []string, end cueEnd) {
		for _, w := range list {
			if p.cues[w] == 0 && len(w) < 64 {
				p.cues[w] = end
				p.lens |= 1 << len(w)
				p.first[w[0]] = true
				p.first[strings.ToUpper(w)[0]] = true
			}
		}
	}
	add(c.stems, stemCue)
	add(c.words, wordCue)
	add(c.acronyms, acronymCue)
	return p
}

// match reports whether the header cell h starts with one of the cues.
func (p *cuePrefixes) match(h string) bool {
	if h == "" || len(h) > maxColumnHeader || !p.first[h[0]] {
		return false
	}
	lower := h
	if hasUpper(h) {
		if lower = strings.ToLower(h); len(lower) != len(h) {
			return false // a letter whose cases differ in length: no cue has one
		}
	}
	for k := 1; k <= len(lower) && k < 64; k++ {
		if p.lens&(1<<k) == 0 || k < len(lower) && !utf8RuneStart(lower[k]) {
			continue
		}
		switch p.cues[lower[:k]] {
		case stemCue:
			return true
		case wordCue:
			if k == len(lower) || lower[k] < 0x80 && !isWordByte(lower[k]) {
				return true
			}
		case acronymCue:
			if (k == len(lower) || lower[k] < 0x80 && !isWordByte(lower[k])) && upperASCII(h[:k]) {
				return true
			}
		}
	}
	return false
}

// hasUpper reports whether s may have an upper-case letter: an ASCII
// capital or any non-ASCII byte.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
