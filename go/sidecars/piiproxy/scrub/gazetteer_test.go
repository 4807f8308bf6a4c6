package scrub

import (
	"strings"
	"testing"
)

func TestNameLists(t *testing.T) {
	for _, tc := range []struct {
		word          string
		given, family bool
	}{
		{"John", true, true}, {"Klaus", true, false}, {"Obermeier", false, true}, {"Lucía", true, false},
		{"Lucia", true, false}, {"Müller", false, true}, {"Αθανασία", true, false}, {"Jean-Pierre", true, true}, {"Al-Rashid", true, true}, {"Müller-Lüdenscheid", false, true},
		{"O'Connor", false, true}, {"Wiśniewski", false, true}, {"Ольга", true, false},
		// common words are in neither list, however many people bear them
		{"Station", false, false}, {"Connections", false, false}, {"Will", false, false}, {"Paris", false, true},
		{"", false, false}, {"zzzzzz", false, false}, {"aaaa", false, false},
	} {
		if got := knownGiven(tc.word); got != tc.given {
			t.Errorf("knownGiven(%q) = %v, want %v", tc.word, got, tc.given)
		}
		if got := knownFamily(tc.word); got != tc.family {
			t.Errorf("knownFamily(%q) = %v, want %v", tc.word, got, tc.family)
		}
	}
}

// TestNameListsSorted: the binary search needs byte order and one name per
// line; a hand edit that breaks either would make names silently unknown.
func TestNameListsSorted(t *testing.T) {
	for name, list := range map[string]string{"given": givenNames, "family": familyNames} {
		prev := ""
		for i, line := range strings.Split(strings.TrimSuffix(list, "\n"), "\n") {
			if line == "" || line <= prev {
				t.Fatalf("%s.txt line %d %q is empty or not after %q", name, i+1, line, prev)
			}
			if !sortedLinesHave(list, []byte(line)) {
				t.Fatalf("%s.txt: %q not found by the search", name, line)
			}
			prev = line
		}
	}
}
