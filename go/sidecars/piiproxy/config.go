package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// Config is everything piiproxy needs to start. Every flag can also be set
// through an environment variable named PIIPROXY_<FLAG> (upper case, "-"
// as "_"), which is how a Kubernetes sidecar container is usually
// configured; a flag on the command line wins over its variable.
type Config struct {
	Listen                string
	AdminListen           string
	Upstream              string
	CanaryUpstream        string
	CanaryWeight          int
	MaxBodyBytes          int64
	MaxConnsPerHost       int
	MaxInFlight           int
	ReadHeaderTimeout     time.Duration
	IdleTimeout           time.Duration
	UpstreamIdleTimeout   time.Duration
	DialTimeout           time.Duration
	ResponseHeaderTimeout time.Duration
	ShutdownTimeout       time.Duration
	// UpstreamTransport is "inline" (round trips in the request's own
	// goroutine, transport.go) or "standard" (net/http's Transport only).
	UpstreamTransport string
	LogLevel          slog.Level
	ReadyPath         string
	// AllowPaths are the path prefixes that may be proxied; empty allows
	// every path. The proxy's own /-/ endpoints are not subject to it.
	AllowPaths stringList
	// PassUnscanned are the media types that a prompt path forwards
	// without scanning; any other non-JSON body there is refused (415).
	PassUnscanned stringList
	// MaskKinds are the kinds of personal data masked (scrub.Kind names);
	// every kind by default.
	MaskKinds stringList
	// RestorePlaceholders puts the originals back into the response of a
	// request whose body was masked (off: the caller sees placeholders).
	RestorePlaceholders bool
	// MemoryLimit is the runtime's soft memory limit unless GOMEMLIMIT
	// is set; 0: none.
	MemoryLimit byteSize
}

// stringList is a comma-separated flag value; empty items are dropped so
// that "a,,b," and an unset variable behave as expected.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	*l = nil
	for item := range strings.SplitSeq(v, ",") {
		if item = strings.TrimSpace(item); item != "" {
			*l = append(*l, item)
		}
	}
	return nil
}

const envPrefix = "PIIPROXY_"

// defaultMemoryLimit keeps a sidecar holding 10k busy connections under
// 256 MB (250 MB peak measured, 315 MB without a limit). It sits above the
// ~210 MB those connections hold live once waiting requests stay unparsed
// (admission.go); lower, the collector would run nearly non-stop and
// latency reach client timeouts (BENCHMARKS.md).
const defaultMemoryLimit byteSize = 240 << 20

// envName is the variable that backs a flag: "max-body-bytes" ->
// "PIIPROXY_MAX_BODY_BYTES".
func envName(flagName string) string {
	return envPrefix + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parseConfig reads args (without the program name) over the environment
// seen through getenv, and validates the result. It returns flag.ErrHelp
// for -h.
func parseConfig(args []string, getenv func(string) string, usage io.Writer) (Config, error) {
	var c Config
	fs := flag.NewFlagSet("piiproxy", flag.ContinueOnError)
	fs.SetOutput(usage)
	fs.StringVar(&c.Listen, "listen", "127.0.0.1:8080", "address users connect to")
	fs.StringVar(&c.AdminListen, "admin-listen", "", "address of the admin API (and metrics/health); empty: admin under /-/admin/ on -listen, loopback clients only")
	fs.StringVar(&c.Upstream, "upstream", "http://127.0.0.1:8081", "stable upstream URL (the KServe predictor or an LLM backend)")
	fs.StringVar(&c.CanaryUpstream, "canary-upstream", "", "canary upstream URL (optional)")
	fs.IntVar(&c.CanaryWeight, "canary-weight", 0, "percentage 0-100 of requests sent to the canary")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", 1<<20, "largest accepted request body; larger ones get 413")
	fs.IntVar(&c.MaxConnsPerHost, "max-conns-per-upstream", 256, "connection cap to each upstream (requests beyond it queue)")
	fs.IntVar(&c.MaxInFlight, "max-in-flight", 256, "requests parsed, scrubbed and forwarded at once; the connections of more wait with their request unparsed (0: no limit)")
	fs.DurationVar(&c.ReadHeaderTimeout, "read-header-timeout", 10*time.Second, "time allowed to read a client's request headers")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", 120*time.Second, "how long an idle client keep-alive connection is kept")
	fs.DurationVar(&c.UpstreamIdleTimeout, "upstream-idle-timeout", 90*time.Second, "how long an idle upstream connection is kept for reuse")
	fs.DurationVar(&c.DialTimeout, "dial-timeout", 5*time.Second, "time allowed to connect to an upstream")
	fs.DurationVar(&c.ResponseHeaderTimeout, "response-header-timeout", 60*time.Second, "time allowed for an upstream to start its response (504 after)")
	fs.StringVar(&c.UpstreamTransport, "upstream-transport", transportInline, "how requests reach the upstream: inline (in the request's goroutine; bodies over 64 KiB, upgrades and Expect still use net/http's Transport) or standard (net/http's Transport for all)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", 25*time.Second, "how long in-flight requests may drain after SIGTERM")
	fs.StringVar(&c.ReadyPath, "ready-path", "/v2/health/ready", "upstream path that answers 200 only when it can serve; KServe's /v2/health/ready is 200 while a model still loads, so point this at /v2/models/<name>/ready")
	fs.Var(&c.AllowPaths, "allow-paths", "comma-separated path prefixes that may be proxied, e.g. /v1/models/,/v2/; others get 404 without reaching the upstream; empty: all paths")
	fs.Var(&c.PassUnscanned, "pass-unscanned-content-types", "comma-separated media types (type/subtype or type/*) forwarded unscanned on a prompt path; any other non-JSON body there gets 415; empty: none")
	c.MaskKinds = scrub.AllKinds.Names()
	fs.Var(&c.MaskKinds, "mask-kinds", "comma-separated kinds of personal data to mask: "+strings.Join(scrub.AllKinds.Names(), ",")+" (all by default); leave one out only where it must reach the upstream")
	fs.BoolVar(&c.RestorePlaceholders, "restore-placeholders", false, "put the masked originals back into responses, so the caller sees its own data (the upstream still never does)")
	c.MemoryLimit = defaultMemoryLimit
	fs.Var(&c.MemoryLimit, "memory-limit", "soft memory limit of the Go runtime (GOMEMLIMIT syntax, e.g. 240MiB; 0: none); GOMEMLIMIT wins when set")
	fs.TextVar(&c.LogLevel, "log-level", slog.LevelInfo, "debug logs every request; info logs errors and lifecycle")
	fs.VisitAll(func(f *flag.Flag) {
		f.Usage += fmt.Sprintf(" (env %s)", envName(f.Name))
	})

	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if v := getenv(envName(f.Name)); v != "" {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = errors.Join(envErr, fmt.Errorf("%s: %w", envName(f.Name), err))
			}
		}
	})
	if envErr != nil {
		return Config{}, envErr
	}
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	return c, c.validate()
}

func (c Config) validate() error {
	var errs []error
	if _, err := newUpstreamSet(c.Upstream, c.CanaryUpstream, c.CanaryWeight); err != nil {
		errs = append(errs, err)
	}
	if c.MaxBodyBytes <= 0 {
		errs = append(errs, errors.New("max-body-bytes must be positive"))
	}
	if c.MaxConnsPerHost <= 0 {
		errs = append(errs, errors.New("max-conns-per-upstream must be positive"))
	}
	if c.UpstreamTransport != transportInline && c.UpstreamTransport != transportStandard {
		errs = append(errs, fmt.Errorf("upstream-transport must be %s or %s, not %q", transportInline, transportStandard, c.UpstreamTransport))
	}
	if c.MaxInFlight < 0 {
		errs = append(errs, errors.New("max-in-flight must not be negative"))
	}
	for name, d := range map[string]time.Duration{
		"read-header-timeout": c.ReadHeaderTimeout, "idle-timeout": c.IdleTimeout, "upstream-idle-timeout": c.UpstreamIdleTimeout, "dial-timeout": c.DialTimeout,
		"response-header-timeout": c.ResponseHeaderTimeout, "shutdown-timeout": c.ShutdownTimeout,
	} {
		if d <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive", name))
		}
	}
	for _, prefix := range c.AllowPaths {
		if !strings.HasPrefix(prefix, "/") {
			errs = append(errs, fmt.Errorf("allow-paths: %q does not start with /", prefix))
		}
	}
	for _, mt := range c.PassUnscanned {
		if _, err := parseMediaRange(mt); err != nil {
			errs = append(errs, fmt.Errorf("pass-unscanned-content-types: %w", err))
		}
	}
	if len(c.MaskKinds) == 0 {
		errs = append(errs, errors.New("mask-kinds must name at least one kind; a sidecar that masks nothing is a misconfiguration"))
	} else if _, err := scrub.ParseKinds(c.MaskKinds); err != nil {
		errs = append(errs, fmt.Errorf("mask-kinds: %w", err))
	}
	if c.AdminListen != "" && c.AdminListen == c.Listen && !strings.HasSuffix(c.Listen, ":0") { // :0 picks two ports
		errs = append(errs, errors.New("admin-listen must differ from listen"))
	}
	return errors.Join(errs...)
}
