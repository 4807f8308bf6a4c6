// Command piiproxy is the user-facing port of a Vellum serving pod: a
// reverse proxy in front of the KServe RAG predictor (and optionally an LLM
// backend) that masks personal data in prompts before they reach a model,
// streams responses through unbuffered, and splits traffic between a stable
// and a canary upstream for rollouts.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	cfg, err := parseConfig(os.Args[1:], os.Getenv, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "piiproxy:", err)
		os.Exit(2)
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if limit := applyMemoryLimit(cfg.MemoryLimit, os.Getenv, containerMemoryLimit(os.ReadFile)); limit > 0 {
		log.Info("memory limit", "bytes", limit)
	}
	if err := run(ctx, cfg, log); err != nil {
		log.Error("exit", "error", err.Error())
		os.Exit(1)
	}
}

// run listens and serves until ctx is cancelled, then drains.
func run(ctx context.Context, cfg Config, log *slog.Logger) error {
	p, err := newProxy(cfg, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	var adminLn net.Listener
	if cfg.AdminListen != "" {
		if adminLn, err = net.Listen("tcp", cfg.AdminListen); err != nil {
			ln.Close()
			return err
		}
	}
	return p.serve(ctx, ln, adminLn)
}

// serve runs the main server (and the admin one when adminLn is not nil)
// until ctx is done, then marks the pod not ready and lets in-flight
// requests finish for up to ShutdownTimeout; what is still running then is
// cut. The user port closes first; the admin port keeps answering (readyz
// 503) until the user port has drained.
func (p *proxy) serve(ctx context.Context, ln, adminLn net.Listener) error {
	servers := []*http.Server{p.userServer(adminLn == nil)}
	listeners := []net.Listener{p.admission.listener(ln)}
	if adminLn != nil {
		servers = append(servers, p.server(p.adminListenerHandler()))
		listeners = append(listeners, adminLn)
	}
	reclaimCtx, stopReclaim := context.WithCancel(ctx)
	defer stopReclaim()
	go p.reclaimWhenIdle(reclaimCtx, reclaimInterval)

	errc := make(chan error, len(servers))
	for i, srv := range servers {
		p.log.Info("listening", "addr", listeners[i].Addr().String(), "admin", i == 1 || adminLn == nil,
			"upstreams", docOf(p.ups.Load()), "mask_kinds", p.maskKinds.Names())
		go func() { errc <- srv.Serve(listeners[i]) }()
	}

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-errc:
	}
	p.ready.draining.Store(true)
	p.log.Info("draining", "timeout", p.cfg.ShutdownTimeout.String(), "in_flight", p.metrics.inFlight.Load())
	sctx, cancel := context.WithTimeout(context.Background(), p.cfg.ShutdownTimeout)
	defer cancel()
	p.admission.drain(sctx) // requests that arrived are served, not cut as idle
	var errs []error
	for _, srv := range servers {
		if err := srv.Shutdown(sctx); err != nil {
			errs = append(errs, err)
			srv.Close() // Shutdown leaves active connections open when it gives up
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("drain: %w", err)
	}
	p.log.Info("stopped")
	if errors.Is(serveErr, http.ErrServerClosed) {
		serveErr = nil
	}
	return serveErr
}

func (p *proxy) server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: p.cfg.ReadHeaderTimeout,
		IdleTimeout:       p.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(p.log.Handler(), slog.LevelWarn),
		// No ReadTimeout/WriteTimeout: they would cut long LLM streams.
		// Slow upstreams are bounded by the transport's timeouts instead.
	}
}

// userServer serves the user-facing port: the proxy, its own /-/
// endpoints, and admission in front of both (its listener must come from
// p.admission.listener).
func (p *proxy) userServer(adminOnMain bool) *http.Server {
	srv := p.server(p.admission.handler(p.mainHandler(adminOnMain)))
	srv.ConnContext = p.admission.connContext
	return srv
}

// mainHandler routes the reserved /-/ namespace to the proxy's own
// endpoints and everything else to the upstreams. It does not use a
// ServeMux for the proxied paths because ServeMux cleans and redirects
// paths, which a proxy must pass through as sent. adminOnMain serves the
// admin API here too, to loopback clients only: with no admin listener,
// only processes inside the pod (the rollout agent) may change routing.
func (p *proxy) mainHandler(adminOnMain bool) http.Handler {
	var admin http.Handler
	if adminOnMain {
		admin = loopbackOnly(p.adminHandler())
	}
	own := p.probesMux(admin)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/-/") {
			own.ServeHTTP(w, r)
			return
		}
		p.ServeHTTP(w, r)
	})
}

// probesMux serves health, readiness and metrics, plus admin when given.
func (p *proxy) probesMux(admin http.Handler) *http.ServeMux {
	mux := http.NewServeMux()
	p.handleProbes(mux, "/-")
	if admin != nil {
		mux.Handle("/-/admin/", admin)
	}
	mux.HandleFunc("/-/", notFound)
	return mux
}

// adminListenerHandler serves -admin-listen: the admin API, and the probes
// both under /-/ (what the manifests use) and as the conventional /healthz,
// /readyz and /metrics, which the user port cannot offer because those
// paths belong to the predictor behind it (it has its own /metrics).
func (p *proxy) adminListenerHandler() http.Handler {
	mux := p.probesMux(p.adminHandler())
	p.handleProbes(mux, "")
	mux.HandleFunc("/", notFound)
	return mux
}

func (p *proxy) handleProbes(mux *http.ServeMux, prefix string) {
	mux.HandleFunc("GET "+prefix+"/healthz", healthz)
	mux.HandleFunc("GET "+prefix+"/readyz", p.readyz)
	mux.Handle("GET "+prefix+"/metrics", p.metrics)
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	writeError(w, http.StatusNotFound, "no such endpoint")
}
