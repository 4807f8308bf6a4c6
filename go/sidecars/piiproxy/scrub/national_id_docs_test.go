package scrub

import "testing"

// TestDocumentIDs pins the identity documents' and health and tax
// numbers' rules (national_id_docs.go) where the eighth table does not:
// a wrong check, a company's number, a tax number with no person before it.
func TestDocumentIDs(t *testing.T) {
	checkTexts(t, []textCase{
		{"Medicare No.: 2948 17366 1", "Medicare No.: <NATIONAL_ID_1>"},
		{"Medicare No.: 2948 17365 1", "Medicare No.: 2948 17365 1"}, // wrong check digit
		{"NHI: ZAB4823", "NHI: <NATIONAL_ID_1>"},
		{"NHI: ZAB4824", "NHI: ZAB4824"},
		{"IRD number: 049-182-733", "IRD number: <PHONE_1>"}, // no IRD number with a wrong check; a phone's shape still
		{"統一編號 A228374613", "統一編號 <NATIONAL_ID_1>"},
		{"統一編號 A228374614", "統一編號 A228374614"},
		{"ID: 784-1987-4829173-3", "ID: <NATIONAL_ID_1>"},
		// a company's number right after its legal form, or an issuer's
		{"Vendor: Nordic Parts AB, Medicare No.: 2948 17366 1", "Vendor: Nordic Parts AB, Medicare No.: 2948 17366 1"},
		{"RUT emisor: 76.482.913-1", "RUT emisor: 76.482.913-1"},
		// a tax number is a person's only with the person before it
		{"TIN 0048291736, order 4471", "TIN 0048291736, order 4471"},
		{"Employee: Hirut Bekele\nTIN 0048291736", "Employee: <NAME_1>\nTIN <NATIONAL_ID_1>"},
		// a document number after its label, not an invoice's lower-case code
		{"Document No.\nEA482917", "Document No.\n<NATIONAL_ID_1>"},
		{"Document No.: inv-482917", "Document No.: inv-482917"},
	})
}
