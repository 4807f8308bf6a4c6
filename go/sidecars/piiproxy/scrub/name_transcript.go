package scrub

import "strings"

// The speakers of a call's or a meeting's transcript, as the tools that
// write one name them (the fourteenth blind table): a WebVTT cue's voice
// span ("<v Maria Lopez>Thanks everyone"), a Zoom chat export's sender
// ("10:05:40 From Priya Nair to Everyone: …"), and a speaker line of
// Otter, Teams or Zoom's transcript, the name and the time it starts
// speaking alone on its line ("Maria Lopez (Customer)  0:14", "Schneider,
// Petra   2:14"). A bare role as a speaker ("Agent:", "Speaker 1") names
// no one and stays.

// voiceSpanOpen opens a WebVTT voice span; the speaker's name runs to ">".
const voiceSpanOpen = "<v "

// namesInTranscripts finds the speakers' names of the three layouts.
func namesInTranscripts(s string) []span {
	var out []span
	if strings.Contains(s, voiceSpanOpen) {
		for i := range indexesOf(s, voiceSpanOpen) {
			start := i + len(voiceSpanOpen)
			if end := strings.IndexByte(s[start:min(len(s), start+maxSpeakerName)], '>'); end > 0 {
				if name := s[start : start+end]; wholeName(name) >= 1 && !notAName(name) {
					out = append(out, span{start, start + end})
				}
			}
		}
	}
	if strings.Contains(s, zoomFrom) {
		out = append(out, zoomSenders(s)...)
	}
	if strings.Contains(s, "  ") && strings.IndexByte(s, ':') >= 0 {
		out = append(out, speakerLines(s)...)
	}
	if strings.Contains(s, "ppar") {
		out = append(out, namesAnswering(s)...)
	}
	return out
}

// answeringCues follow the name of whoever answers a phone in French and
// German, after a space: "Bonjour, Julie à l'appareil", "Praxis Dr. Wolf,
// Schneider am Apparat" (a text without their "ppar" is not searched for
// them).
var answeringCues = []string{" à l'appareil", " à l’appareil", " am Apparat"}

// namesAnswering finds the names before answeringCues: two to four
// capitalised words, or one right after a comma, a colon or the line's
// start (a first name after the greeting, a family name after the
// practice's).
func namesAnswering(s string) []span {
	var out []span
	for _, cue := range answeringCues {
		out = append(out, namesBefore(s, cue)...)
	}
	return out
}

// namesBefore finds the names before cue, as namesAnswering reads them.
func namesBefore(s, cue string) []span {
	var out []span
	for end := range indexesOf(s, cue) {
		if sp, ok := nameEndingAt(s, end); ok {
			out = append(out, sp)
			continue
		}
		start := end
		for start > 0 && s[start-1] != ' ' && s[start-1] != '\n' {
			start--
		}
		word := s[start:end]
		before := strings.TrimRight(s[:start], " ")
		if startsUpper(word) && !allUpper(word) && wholeName(word) == 1 && !notAName(word) &&
			(before == "" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "\n")) {
			out = append(out, span{start, end})
		}
	}
	return out
}

// maxSpeakerName bounds a speaker's name in bytes.
const maxSpeakerName = 64

// zoomFrom opens a Zoom chat export's sender; zoomTo are the addressees
// that close it.
const zoomFrom = "From "

var zoomTo = []string{" to Everyone", " to everyone", " to Me", " to All", " to all"}

// zoomRoles are the senders Zoom names by their role ("From Host to
// Everyone").
var zoomRoles = map[string]bool{"Host": true, "Co-host": true, "Cohost": true, "Moderator": true, "Panelist": true,
	"Organizer": true, "Organiser": true, "Presenter": true, "Me": true}

// zoomSenders: "From Priya Nair to Everyone", one to four capitalised words
// between Zoom's own words.
func zoomSenders(s string) []span {
	var out []span
	for i := range indexesOf(s, zoomFrom) {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
			continue
		}
		start := i + len(zoomFrom)
		sp, words := capitalisedWords(s, start)
		if words == 0 || !slicesHasPrefix(s[sp.end:], zoomTo) || notAName(s[sp.start:sp.end]) || zoomRoles[s[sp.start:sp.end]] {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// speakerLines finds the speaker lines of a transcript: a name, perhaps
// a role in brackets, two spaces or more and the time ("Maria Lopez
// (Customer)  0:14", "Schneider, Petra   2:14"). A video's chapter list
// has the same shape ("Getting Started  1:23"), so the name must carry a
// role in brackets or be written "Surname, Given".
func speakerLines(s string) []span {
	var out []span
	for ls, le := range lineBounds(s) {
		if sp, ok := speakerLine(s, ls, le); ok {
			out = append(out, sp)
		}
	}
	return out
}

// speakerLine reads one line [ls, le) as a speaker line.
func speakerLine(s string, ls, le int) (span, bool) {
	trimmed := strings.TrimLeft(s[ls:le], " \t")
	ls = le - len(trimmed)
	line := strings.TrimRight(trimmed, " \t\r")
	k := strings.LastIndex(line, "  ")
	if k <= 0 || !clockTime(strings.TrimLeft(line[k:], " ")) {
		return span{}, false
	}
	head := strings.TrimRight(line[:k], " ")
	name := head
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open <= 0 || !startsUpper(head[open+1:]) {
			return span{}, false
		}
		name = strings.TrimRight(head[:open], " ")
		if wholeName(name) == 0 || notAName(name) {
			return span{}, false
		}
		return span{ls, ls + len(name)}, true
	}
	family, given, ok := strings.Cut(name, ", ")
	if !ok || wholeName(family) == 0 || wholeName(given) == 0 || notAName(family+" "+given) {
		return span{}, false
	}
	return span{ls, ls + len(name)}, true
}

// clockTime: t is a time as a transcript prints it, "0:14", "2:14",
// "01:02:03": a chat's time (chatTime) of digits and colons only.
func clockTime(t string) bool {
	return chatTime(t, 0) == len(t) && strings.Trim(t, "0123456789:") == ""
}
