package scrub

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMarkIndexLastIn checks markIndex against the search it replaces,
// strings.LastIndex over s[lo:hi], on random texts rich in both marks and
// in their near-misses (four dashes, OPENPGPKE).
func TestMarkIndexLastIn(t *testing.T) {
	pieces := []string{"-", "--", "-----", "------", "OPENPGPKEY", "OPENPGPKE", "Y", "a", "\n", " "}
	rng := rand.New(rand.NewPCG(7, 11))
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		marks := newArmourMarks(s)
		for _, m := range []*markIndex{&marks.dashes, &marks.openpgp} {
			for lo := 0; lo <= len(s); lo++ {
				for hi := lo; hi <= len(s); hi++ {
					want := strings.LastIndex(s[lo:hi], m.mark)
					if want >= 0 {
						want += lo
					}
					if got := m.lastIn(lo, hi); got != want {
						t.Fatalf("%q: lastIn(%d, %d) of %q = %d, strings.LastIndex says %d", s, lo, hi, m.mark, got, want)
					}
				}
			}
		}
	}
}
