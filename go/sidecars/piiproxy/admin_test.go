package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAdminUpstreams(t *testing.T) {
	const initial = `{"stable":{"url":"http://127.0.0.1:8081"},"canary":null}`
	type args struct{ method, body string }
	type want struct {
		status int
		body   string // JSON, compared decoded; for errors only the prefix of "error"
		state  string // GET afterwards
	}
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "GET shows the start configuration",
			args:   args{method: "GET"},
			want:   want{200, initial, initial},
		},
		{
			reason: "PUT sets stable, canary and weight",
			args:   args{"PUT", `{"stable":{"url":"http://pred-v1:8080"},"canary":{"url":"https://pred-v2:8443/base","weight":10}}`},
			want: want{200,
				`{"stable":{"url":"http://pred-v1:8080"},"canary":{"url":"https://pred-v2:8443/base","weight":10}}`,
				`{"stable":{"url":"http://pred-v1:8080"},"canary":{"url":"https://pred-v2:8443/base","weight":10}}`},
		},
		{
			reason: "PUT without canary removes it",
			args:   args{"PUT", `{"stable":{"url":"http://pred-v2:8080"}}`},
			want:   want{200, `{"stable":{"url":"http://pred-v2:8080"},"canary":null}`, `{"stable":{"url":"http://pred-v2:8080"},"canary":null}`},
		},
		{
			reason: "weight above 100",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"http://b:1","weight":101}}`},
			want:   want{400, "canary weight 101 is outside 0..100", initial},
		},
		{
			reason: "negative weight",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"http://b:1","weight":-1}}`},
			want:   want{400, "canary weight -1 is outside 0..100", initial},
		},
		{
			reason: "weight without canary URL",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"","weight":5}}`},
			want:   want{400, "canary weight needs a canary upstream", initial},
		},
		{
			reason: "relative stable URL",
			args:   args{"PUT", `{"stable":{"url":"/pred"}}`},
			want:   want{400, "stable upstream:", initial},
		},
		{
			reason: "missing stable URL",
			args:   args{"PUT", `{"canary":{"url":"http://b:1","weight":5}}`},
			want:   want{400, "stable upstream:", initial},
		},
		{
			reason: "non-http canary",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"ftp://b/","weight":5}}`},
			want:   want{400, "canary upstream:", initial},
		},
		{
			reason: "misspelt field",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"http://b:1","weigth":5}}`},
			want:   want{400, "invalid upstreams document: json: unknown field", initial},
		},
		{
			reason: "weight as a string",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"},"canary":{"url":"http://b:1","weight":"5"}}`},
			want:   want{400, "invalid upstreams document:", initial},
		},
		{
			reason: "two documents",
			args:   args{"PUT", `{"stable":{"url":"http://a:1"}} {}`},
			want:   want{400, "invalid upstreams document: trailing data", initial},
		},
		{
			reason: "POST is not allowed",
			args:   args{"POST", `{}`},
			want:   want{405, "", initial},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			_, srv := startProxy(t, "http://127.0.0.1:8081", nil)
			got, _ := do(t, newRequest(t, tc.args.method, srv.URL+"/-/admin/upstreams", "application/json", tc.args.body))
			after, _ := do(t, newRequest(t, "GET", srv.URL+"/-/admin/upstreams", "", ""))
			gotW := want{status: got.Status, body: got.Body, state: normJSON(t, after.Body)}
			switch {
			case got.Status == 200:
				gotW.body = normJSON(t, got.Body)
			case got.Status == 400:
				var e struct{ Error string }
				if err := json.Unmarshal([]byte(got.Body), &e); err != nil {
					t.Fatalf("error body %q: %v", got.Body, err)
				}
				if strings.HasPrefix(e.Error, tc.want.body) {
					gotW.body = tc.want.body
				} else {
					gotW.body = e.Error
				}
			default:
				gotW.body = ""
			}
			wantW := tc.want
			if wantW.status == 200 {
				wantW.body = normJSON(t, wantW.body)
			}
			wantW.state = normJSON(t, wantW.state)
			if diff := cmp.Diff(wantW, gotW, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}
}

func normJSON(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func TestAdminLoopbackOnly(t *testing.T) {
	cases := []struct {
		reason string
		args   struct{ remote string }
		want   int
	}{
		{"IPv4 loopback", struct{ remote string }{"127.0.0.1:5555"}, 200},
		{"IPv6 loopback", struct{ remote string }{"[::1]:5555"}, 200},
		{"pod network", struct{ remote string }{"10.1.2.3:5555"}, 403},
		{"IPv4-mapped non-loopback", struct{ remote string }{"[::ffff:10.1.2.3]:5555"}, 403},
		{"garbage", struct{ remote string }{"nonsense"}, 403},
	}
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/-/admin/upstreams", nil)
			req.RemoteAddr = tc.args.remote
			rec := httptest.NewRecorder()
			loopbackOnly(ok).ServeHTTP(rec, req)
			if diff := cmp.Diff(tc.want, rec.Code); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}
}
