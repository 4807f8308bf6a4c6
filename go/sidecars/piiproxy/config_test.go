package main

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

func defaultConfig() Config {
	return Config{
		Listen:                "127.0.0.1:8080",
		Upstream:              "http://127.0.0.1:8081",
		MaxBodyBytes:          1 << 20,
		MaxConnsPerHost:       256,
		MaxInFlight:           256,
		UpstreamIdleTimeout:   90 * time.Second,
		ReadHeaderTimeout:     10 * time.Second,
		IdleTimeout:           120 * time.Second,
		DialTimeout:           5 * time.Second,
		ResponseHeaderTimeout: 60 * time.Second,
		ShutdownTimeout:       25 * time.Second,
		UpstreamTransport:     transportInline,
		LogLevel:              slog.LevelInfo,
		ReadyPath:             "/v2/health/ready",
		MemoryLimit:           240 << 20,
		MaskKinds:             scrub.AllKinds.Names(),
	}
}

func TestParseConfig(t *testing.T) {
	type args struct {
		args []string
		env  map[string]string
	}
	type want struct {
		cfg Config
		err bool
	}
	with := func(f func(*Config)) Config { c := defaultConfig(); f(&c); return c }
	cases := []struct {
		reason string
		args   args
		want   want
	}{
		{
			reason: "defaults",
			want:   want{cfg: defaultConfig()},
		},
		{
			reason: "environment fallbacks",
			args: args{env: map[string]string{
				"PIIPROXY_LISTEN": "0.0.0.0:9000", "PIIPROXY_UPSTREAM": "http://pred:8081",
				"PIIPROXY_CANARY_UPSTREAM": "http://canary:8081", "PIIPROXY_CANARY_WEIGHT": "25",
				"PIIPROXY_RESPONSE_HEADER_TIMEOUT": "2m", "PIIPROXY_LOG_LEVEL": "debug",
			}},
			want: want{cfg: with(func(c *Config) {
				c.Listen, c.Upstream, c.CanaryUpstream, c.CanaryWeight = "0.0.0.0:9000", "http://pred:8081", "http://canary:8081", 25
				c.ResponseHeaderTimeout, c.LogLevel = 2*time.Minute, slog.LevelDebug
			})},
		},
		{
			reason: "a flag wins over its environment variable",
			args: args{
				args: []string{"-listen", ":7000", "-max-body-bytes", "2048", "-admin-listen", "127.0.0.1:7001"},
				env:  map[string]string{"PIIPROXY_LISTEN": "0.0.0.0:9000", "PIIPROXY_MAX_BODY_BYTES": "1"},
			},
			want: want{cfg: with(func(c *Config) { c.Listen, c.MaxBodyBytes, c.AdminListen = ":7000", 2048, "127.0.0.1:7001" })},
		},
		{
			reason: "lists from flags and environment, blanks dropped",
			args: args{
				args: []string{"-allow-paths", "/v1/models/, /v2/,,", "-restore-placeholders"},
				env:  map[string]string{"PIIPROXY_PASS_UNSCANNED_CONTENT_TYPES": "multipart/form-data,text/*"},
			},
			want: want{cfg: with(func(c *Config) {
				c.AllowPaths, c.PassUnscanned = stringList{"/v1/models/", "/v2/"}, stringList{"multipart/form-data", "text/*"}
				c.RestorePlaceholders = true
			})},
		},
		{
			reason: "restore from the environment",
			args:   args{env: map[string]string{"PIIPROXY_RESTORE_PLACEHOLDERS": "true"}},
			want:   want{cfg: with(func(c *Config) { c.RestorePlaceholders = true })},
		},
		{
			reason: "kinds to mask from the environment",
			args:   args{env: map[string]string{"PIIPROXY_MASK_KINDS": "email, phone"}},
			want:   want{cfg: with(func(c *Config) { c.MaskKinds = stringList{"email", "phone"} })},
		},
		{
			reason: "a kind that does not exist stops the sidecar instead of masking less",
			args:   args{args: []string{"-mask-kinds", "email,creditcard"}},
			want:   want{err: true},
		},
		{
			reason: "no kind to mask",
			args:   args{args: []string{"-mask-kinds", ""}},
			want:   want{err: true},
		},
		{
			reason: "memory limit from the environment, or off",
			args:   args{args: []string{"-memory-limit", "0"}, env: map[string]string{"PIIPROXY_MEMORY_LIMIT": "1GiB"}},
			want:   want{cfg: with(func(c *Config) { c.MemoryLimit = 0 })},
		},
		{
			reason: "memory limit in GOMEMLIMIT syntax",
			args:   args{env: map[string]string{"PIIPROXY_MEMORY_LIMIT": "1GiB"}},
			want:   want{cfg: with(func(c *Config) { c.MemoryLimit = 1 << 30 })},
		},
		{
			reason: "memory limit that is not a size",
			args:   args{args: []string{"-memory-limit", "lots"}},
			want:   want{err: true},
		},
		{
			reason: "the standard upstream transport from the environment",
			args:   args{env: map[string]string{"PIIPROXY_UPSTREAM_TRANSPORT": "standard"}},
			want:   want{cfg: with(func(c *Config) { c.UpstreamTransport = transportStandard })},
		},
		{
			reason: "an upstream transport that does not exist",
			args:   args{args: []string{"-upstream-transport", "http2"}},
			want:   want{err: true},
		},
		{
			reason: "an allowed path must be absolute",
			args:   args{args: []string{"-allow-paths", "v1/models/"}},
			want:   want{err: true},
		},
		{
			reason: "a pass-through media type must be type/subtype",
			args:   args{args: []string{"-pass-unscanned-content-types", "plain"}},
			want:   want{err: true},
		},
		{
			reason: "unparsable environment value",
			args:   args{env: map[string]string{"PIIPROXY_DIAL_TIMEOUT": "soon"}},
			want:   want{err: true},
		},
		{
			reason: "weight above 100",
			args:   args{args: []string{"-canary-upstream", "http://c:1", "-canary-weight", "101"}},
			want:   want{err: true},
		},
		{
			reason: "weight without a canary",
			args:   args{args: []string{"-canary-weight", "10"}},
			want:   want{err: true},
		},
		{
			reason: "relative upstream",
			args:   args{args: []string{"-upstream", "127.0.0.1:8081"}},
			want:   want{err: true},
		},
		{
			reason: "non-http upstream",
			args:   args{args: []string{"-upstream", "unix:///run/pred.sock"}},
			want:   want{err: true},
		},
		{
			reason: "zero timeout",
			args:   args{args: []string{"-response-header-timeout", "0s"}},
			want:   want{err: true},
		},
		{
			reason: "admin on the user port",
			args:   args{args: []string{"-admin-listen", "127.0.0.1:8080"}},
			want:   want{err: true},
		},
		{
			reason: "stray argument",
			args:   args{args: []string{"extra"}},
			want:   want{err: true},
		},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			cfg, err := parseConfig(tc.args.args, func(k string) string { return tc.args.env[k] }, io.Discard)
			got := want{cfg: cfg, err: err != nil}
			if err != nil {
				got.cfg = Config{}
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("parseConfig(%q, %v): -want +got:\n%s\nerr: %v", tc.args.args, tc.args.env, diff, err)
			}
		})
	}
}
