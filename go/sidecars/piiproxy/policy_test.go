package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPathAllowed(t *testing.T) {
	type args struct {
		prefixes []string
		path     string
	}
	cases := []struct {
		reason string
		args   args
		want   bool
	}{
		{"no list allows everything", args{nil, "/anything/at/all"}, true},
		{"a listed prefix", args{[]string{"/v1/models/"}, "/v1/models/rag:predict"}, true},
		{"a plain string prefix, not a segment", args{[]string{"/v1/models/rag"}, "/v1/models/rag:predict"}, true},
		{"outside the list", args{[]string{"/v1/models/"}, "/v1/admin"}, false},
		{"dot segments leaving a prefix", args{[]string{"/v1/models/"}, "/v1/models/../../admin"}, false},
		{"dot segments staying inside a prefix", args{[]string{"/v1/models/"}, "/v1/models/a/../rag:predict"}, true},
		{"dot segments entering a prefix from outside", args{[]string{"/v1/models/"}, "/x/../v1/models/rag:predict"}, false},
		{"a trailing slash is kept through cleaning", args{[]string{"/v2/"}, "/v2/"}, true},
		{"doubled slashes", args{[]string{"/v2/"}, "//v2/models"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			if got := pathAllowed(tc.args.prefixes, tc.args.path); got != tc.want {
				t.Errorf("pathAllowed(%q, %q) = %v, want %v", tc.args.prefixes, tc.args.path, got, tc.want)
			}
		})
	}
}

func TestMediaTypeIn(t *testing.T) {
	type args struct {
		ranges      []string
		contentType string
	}
	cases := []struct {
		reason string
		args   args
		want   bool
	}{
		{"exact type, parameters ignored", args{[]string{"text/plain"}, "text/plain; charset=utf-8"}, true},
		{"case-insensitive", args{[]string{"Text/Plain"}, "TEXT/plain"}, true},
		{"type wildcard", args{[]string{"multipart/*"}, "multipart/form-data; boundary=x"}, true},
		{"any", args{[]string{"*/*"}, "application/octet-stream"}, true},
		{"not listed", args{[]string{"text/plain"}, "text/html"}, false},
		{"missing Content-Type matches nothing", args{[]string{"*/*"}, ""}, false},
		{"unparsable Content-Type matches nothing", args{[]string{"*/*"}, "text/"}, false},
		{"empty list", args{nil, "text/plain"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			var ranges []mediaRange
			for _, s := range tc.args.ranges {
				r, err := parseMediaRange(s)
				if err != nil {
					t.Fatal(err)
				}
				ranges = append(ranges, r)
			}
			if got := mediaTypeIn(tc.args.contentType, ranges); got != tc.want {
				t.Errorf("mediaTypeIn(%q, %q) = %v, want %v", tc.args.contentType, tc.args.ranges, got, tc.want)
			}
		})
	}
}

func TestParseMediaRange(t *testing.T) {
	type want struct {
		r   mediaRange
		err bool
	}
	cases := []struct {
		reason string
		args   string
		want   want
	}{
		{"type/subtype", "Application/X-Ndjson", want{r: mediaRange{"application", "x-ndjson"}}},
		{"type/*", "text/*", want{r: mediaRange{"text", "*"}}},
		{"no slash", "text", want{err: true}},
		{"parameters are not a media range", "text/plain; charset=utf-8", want{err: true}},
		{"*/subtype", "*/json", want{err: true}},
		{"empty subtype", "text/", want{err: true}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			r, err := parseMediaRange(tc.args)
			got := want{r: r, err: err != nil}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{}, mediaRange{})); diff != "" {
				t.Errorf("parseMediaRange(%q): -want +got:\n%s", tc.args, diff)
			}
		})
	}
}
