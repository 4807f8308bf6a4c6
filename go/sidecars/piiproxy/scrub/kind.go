// Package scrub finds personal data (PII) in free text and in the prompt-bearing
// fields of the JSON protocols that reach a Vellum serving pod, and replaces it
// with typed, numbered placeholders such as "<EMAIL_1>" that a Session can
// turn back into the originals in the response (see NewRestorer).
//
// The detectors are small hand-written scanners rather than one large regular
// expression: each one knows the checksum or shape rules of its kind (Luhn for
// cards, mod-97 for IBANs, octet ranges for IPv4), which is what keeps version
// numbers, dates, hashes and UUIDs in technical prompts from being masked.
package scrub

import (
	"fmt"
	"slices"
	"strings"
)

// Kind is a category of personal data.
type Kind int

// The kinds of personal data the detectors mask. The order is the order in
// which detectors run: secrets first (a key or a PEM block may contain digit
// runs and "@"s that other detectors would cut into pieces), then kinds whose
// matches contain digits that another detector could misread (an e-mail with
// digits, an IBAN, a national identity number, a card number) before the
// looser phone detector; names and street addresses, found only with their
// cues, last. National ids run before cards because a 13-digit South African
// id passes Luhn and starts like a Visa number, and an 18-digit Chinese one
// like a UnionPay card; they run after IBANs, whose digits they never span.
// A date of birth runs before the phone detector too, which must never see
// a date's digits once a birth cue has claimed them.
const (
	Secret Kind = iota
	Email
	IBAN
	NationalID
	CreditCard
	SSN
	IP
	DateOfBirth
	Phone
	Name
	Address
	numKinds
)

var kindNames = [numKinds]string{"secret", "email", "iban", "national_id", "credit_card", "ssn", "ip", "date_of_birth", "phone", "name", "address"}

// Kinds lists every kind, in detector order.
func Kinds() []Kind {
	ks := make([]Kind, numKinds)
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// String is the lower-case name used as a metric label.
func (k Kind) String() string { return kindNames[k] }

// KindSet is a set of kinds, one bit per Kind.
type KindSet uint16

// AllKinds holds every kind: what a Session masks unless told otherwise.
const AllKinds KindSet = 1<<numKinds - 1

// Has says whether k is in the set.
func (ks KindSet) Has(k Kind) bool { return ks&(1<<k) != 0 }

// ParseKinds reads kind names as String writes them ("email", "iban",
// ...). An unknown name is an error that lists the known ones, so that a
// typo in a deployment's configuration stops the sidecar at start instead
// of leaving a kind unmasked.
func ParseKinds(names []string) (KindSet, error) {
	var ks KindSet
	for _, name := range names {
		i := slices.Index(kindNames[:], strings.ToLower(strings.TrimSpace(name)))
		if i < 0 {
			return 0, fmt.Errorf("unknown kind %q (known: %s)", name, strings.Join(kindNames[:], ", "))
		}
		ks |= 1 << i
	}
	return ks, nil
}

// Names lists the set's kinds by name, in detector order.
func (ks KindSet) Names() []string {
	var names []string
	for _, k := range Kinds() {
		if ks.Has(k) {
			names = append(names, k.String())
		}
	}
	return names
}

// placeholderNames are the upper-case names inside placeholders, as in
// "<CREDIT_CARD_2>".
var placeholderNames = [numKinds]string{"SECRET", "EMAIL", "IBAN", "NATIONAL_ID", "CREDIT_CARD", "SSN", "IP", "DATE_OF_BIRTH", "PHONE", "NAME", "ADDRESS"}

// Counts holds how many matches of each kind were masked. It is an array, not
// a map, so that counting costs no allocation on the request path.
type Counts [numKinds]int

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	for i := range c {
		c[i] += o[i]
	}
}

// Total is the number of masks of all kinds.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}
