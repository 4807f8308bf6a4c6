package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/vellum-rag/vellum/go/sidecars/piiproxy/scrub"
)

// proxy is the user-facing handler: it scrubs request bodies and forwards
// them to the stable or canary upstream, streaming the response back.
type proxy struct {
	cfg     Config
	log     *slog.Logger
	ups     atomic.Pointer[upstreamSet]
	metrics *metrics
	ready   *readiness
	rp      *httputil.ReverseProxy
	// passUnscanned is -pass-unscanned-content-types, parsed once.
	passUnscanned []mediaRange
	// maskKinds is -mask-kinds, parsed once.
	maskKinds scrub.KindSet
	admission *admission
}

func newProxy(cfg Config, log *slog.Logger) (*proxy, error) {
	set, err := newUpstreamSet(cfg.Upstream, cfg.CanaryUpstream, cfg.CanaryWeight)
	if err != nil {
		return nil, err
	}
	p := &proxy{cfg: cfg, log: log, metrics: newMetrics(), admission: newAdmission(cfg.MaxInFlight)}
	for _, s := range cfg.PassUnscanned {
		mr, err := parseMediaRange(s)
		if err != nil {
			return nil, err
		}
		p.passUnscanned = append(p.passUnscanned, mr)
	}
	if p.maskKinds, err = scrub.ParseKinds(cfg.MaskKinds); err != nil {
		return nil, err
	}
	p.ups.Store(set)
	p.metrics.weight = func() int { return p.ups.Load().weight }
	p.metrics.waiting = p.admission.waiting.Load
	transport := newUpstreamTransport(cfg)
	if inline, ok := transport.(*inlineTransport); ok {
		p.metrics.pools = inline.stats
	}
	p.ready = newReadiness(transport)
	p.rp = &httputil.ReverseProxy{
		Rewrite:   p.rewrite,
		Transport: transport,
		// 0, not -1: ReverseProxy already flushes every write of an SSE or
		// unknown-length (chunked) body, i.e. every stream, including restored
		// ones (restore.go sets ContentLength -1). -1 would also flush
		// known-length answers twice, headers from a timer goroutine and then
		// the body: two writes to the client per request instead of one.
		FlushInterval:  0,
		BufferPool:     newBufferPool(),
		ModifyResponse: p.modifyResponse,
		ErrorHandler:   p.errorHandler,
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return p, nil
}

// The values of -upstream-transport.
const (
	transportInline   = "inline"
	transportStandard = "standard"
)

// upstreamTransport is what the proxy, the readiness probe and the idle
// reclaim need from the way requests reach the upstream.
type upstreamTransport interface {
	http.RoundTripper
	CloseIdleConnections()
}

func newUpstreamTransport(cfg Config) upstreamTransport {
	standard := newTransport(cfg)
	if cfg.UpstreamTransport == transportStandard {
		return standard
	}
	return newInlineTransport(cfg, standard)
}

// newTransport is tuned for many concurrent clients funnelled to one or two
// local upstreams: without MaxConnsPerHost, 10k client connections become
// 10k upstream connections (and as many file descriptors and buffers).
// Compression is off so that responses, including streams, pass through
// byte for byte instead of being decoded and re-chunked here.
func newTransport(cfg Config) *http.Transport {
	return &http.Transport{
		Proxy: nil, // a sidecar talks to its pod's upstream, never via HTTP_PROXY
		DialContext: (&net.Dialer{
			Timeout:   cfg.DialTimeout,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxConnsPerHost:       cfg.MaxConnsPerHost,
		MaxIdleConnsPerHost:   cfg.MaxConnsPerHost,
		MaxIdleConns:          2 * cfg.MaxConnsPerHost,
		IdleConnTimeout:       cfg.UpstreamIdleTimeout,
		ResponseHeaderTimeout: cfg.ResponseHeaderTimeout,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
	}
}

// route is the per-request state shared by ServeHTTP and the ReverseProxy
// hooks, carried in the request context.
type route struct {
	id       string
	upstream string
	target   *url.URL
	protocol scrub.Protocol // scrub.None: a pass-through path
	session  *scrub.Session // the placeholders of a scrubbed body; nil when not scrubbed
	masked   int
	sent     time.Time // when the request was handed to the transport
	err      error     // the upstream failure, if any, for the access log
}

type routeKey struct{}

func routeOf(r *http.Request) *route { return r.Context().Value(routeKey{}).(*route) }

// ServeHTTP proxies one request.
func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	p.metrics.inFlight.Add(1)
	defer p.metrics.inFlight.Add(-1)

	id, fromClient := requestID(r)
	name, target := p.ups.Load().pick(id, fromClient)
	rt := &route{id: id, upstream: name, target: target, protocol: scrub.ProtocolFor(r.URL.Path)}
	w.Header().Set("X-Request-Id", id)
	w.Header().Set("X-Vellum-Upstream", name)
	sw := &statusWriter{ResponseWriter: w}
	// Deferred: ReverseProxy aborts a response whose upstream breaks
	// mid-stream by panicking (http.ErrAbortHandler).
	defer p.account(r, rt, sw, start)

	if !pathAllowed(p.cfg.AllowPaths, r.URL.Path) {
		writeError(sw, http.StatusNotFound, "path not served by this proxy")
		return
	}
	p.forward(w, sw, r, rt)
}

// account records a finished request in the metrics and, when the level
// asks for it, the log.
func (p *proxy) account(r *http.Request, rt *route, sw *statusWriter, start time.Time) {
	code, took := sw.code(), time.Since(start)
	p.metrics.requests[class(code)].Add(1)
	p.metrics.duration(rt.protocol).observe(took)
	// Only failures the operator can act on are logged above debug: a
	// client hanging up (499) is routine and, when a load balancer drops
	// 10k connections at once, would flood the log.
	level := slog.LevelDebug
	if code >= 500 {
		level = slog.LevelWarn
	}
	// Never the body or the query string; the path is masked like a
	// prompt, since pass-through paths may carry ids such as e-mails.
	if p.log.Enabled(r.Context(), level) {
		maskedPath, _ := scrub.Text(r.URL.Path)
		attrs := []slog.Attr{
			slog.String("request_id", rt.id), slog.String("method", r.Method), slog.String("path", maskedPath),
			slog.String("route", routeLabel(rt.protocol)), slog.String("upstream", rt.upstream), slog.Int("status", code),
			slog.Int("pii_masked", rt.masked), slog.Duration("duration", took),
		}
		if rt.err != nil {
			attrs = append(attrs, slog.String("error", rt.err.Error()))
		}
		p.log.LogAttrs(r.Context(), level, "request", attrs...)
	}
}

// forward scrubs the body and proxies the request, or answers with the
// reason it may not be forwarded. w is the server's writer (MaxBytesReader
// needs it), sw the same wrapped to record the status.
func (p *proxy) forward(w http.ResponseWriter, sw *statusWriter, r *http.Request, rt *route) {
	if status, err := p.scrubBody(w, r, rt); err != nil {
		writeError(sw, status, err.Error())
		return
	}
	p.rp.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), routeKey{}, rt)))
}

// rewrite builds the upstream request. Rewrite (unlike Director) starts from
// a copy whose hop-by-hop and X-Forwarded-* headers are already stripped, so
// a client cannot smuggle its own X-Forwarded-For past us.
func (p *proxy) rewrite(pr *httputil.ProxyRequest) {
	rt := routeOf(pr.In)
	pr.SetURL(rt.target)
	pr.SetXForwarded()
	pr.Out.Header.Set("X-Request-Id", rt.id)
	if rt.session != nil {
		pr.Out.Header.Set("X-PII-Masked", strconv.Itoa(rt.masked))
		// ReverseProxy wraps the outgoing body in a reader the transport
		// cannot tell is in memory, so it would send headers and body in two
		// writes. The scrubbed body is our own byte slice (GetBody, set by
		// scrubBody, never fails): one write per request instead.
		pr.Out.Body, _ = pr.Out.GetBody()
	} else {
		pr.Out.Header.Del("X-PII-Masked") // only we may claim a body was scrubbed
	}
	if p.restores(rt) {
		// A compressed answer could not be restored; ask for plain bytes.
		pr.Out.Header.Del("Accept-Encoding")
	}
	rt.sent = time.Now()
}

func (p *proxy) modifyResponse(res *http.Response) error {
	rt := routeOf(res.Request)
	um := p.metrics.upstream(rt.upstream)
	um.latency.observe(time.Since(rt.sent))
	um.requests[class(res.StatusCode)].Add(1)
	// Ours were set on the client response already; an upstream's copy
	// would be appended as a second value.
	res.Header.Del("X-Request-Id")
	res.Header.Del("X-Vellum-Upstream")
	if p.restores(rt) {
		restoreResponse(res, rt.session, rt.protocol)
	}
	return nil
}

// errorHandler answers for an upstream that could not be reached (502), was
// too slow to answer (504), or a body that turned out too large while
// streaming (413).
func (p *proxy) errorHandler(w http.ResponseWriter, r *http.Request, err error) {
	rt := routeOf(r)
	rt.err = err
	status, msg := classifyUpstreamError(r, err)
	if status != http.StatusRequestEntityTooLarge {
		um := p.metrics.upstream(rt.upstream)
		if !rt.sent.IsZero() {
			um.latency.observe(time.Since(rt.sent))
		}
		um.requests[class(status)].Add(1)
	}
	writeError(w, status, msg)
}

// statusClientClosedRequest is nginx's code for a client that left before
// the response: it must not count as an upstream failure in the canary's
// error rate.
const statusClientClosedRequest = 499

func classifyUpstreamError(r *http.Request, err error) (int, string) {
	var tooLarge *http.MaxBytesError
	var opErr *net.OpError
	var netErr net.Error
	switch {
	case errors.As(err, &tooLarge):
		return http.StatusRequestEntityTooLarge, "request body too large"
	case r.Context().Err() != nil:
		return statusClientClosedRequest, "client closed request"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return http.StatusBadGateway, "upstream unavailable: " + err.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return http.StatusGatewayTimeout, "upstream timeout: " + err.Error()
	}
	return http.StatusBadGateway, "upstream unavailable: " + err.Error()
}

// statusWriter records the status code for metrics and logs. Unwrap lets
// http.ResponseController reach the real writer, which ReverseProxy needs
// to flush streams and hijack upgraded connections.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 || w.status < 200 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}

// maxRequestIDLen bounds an id we echo into logs and headers.
const maxRequestIDLen = 128

// requestID returns the client's X-Request-Id when it is sane (printable
// ASCII, bounded), otherwise a fresh random one; fromClient says which.
func requestID(r *http.Request) (id string, fromClient bool) {
	id = r.Header.Get("X-Request-Id")
	if id != "" && len(id) <= maxRequestIDLen && strings.IndexFunc(id, func(c rune) bool { return c <= ' ' || c > '~' }) < 0 {
		return id, true
	}
	return newID(), false
}
