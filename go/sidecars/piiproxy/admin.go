package main

import (
	"encoding/json"
	"net"
	"net/http"
	"net/netip"
)

// upstreamsDoc is the JSON of the admin API:
//
//	{"stable":{"url":"http://127.0.0.1:8081"},"canary":{"url":"http://127.0.0.1:8082","weight":10}}
//
// A null or absent canary means no canary.
type upstreamsDoc struct {
	Stable struct {
		URL string `json:"url"`
	} `json:"stable"`
	Canary *canaryDoc `json:"canary"`
}

type canaryDoc struct {
	URL    string `json:"url"`
	Weight int    `json:"weight"`
}

const maxAdminBody = 64 << 10

func (p *proxy) adminHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /-/admin/upstreams", p.getUpstreams)
	mux.HandleFunc("PUT /-/admin/upstreams", p.putUpstreams)
	return mux
}

func (p *proxy) getUpstreams(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, docOf(p.ups.Load()))
}

// putUpstreams replaces stable, canary and weight in one atomic swap.
// Unknown fields are rejected so that a typo ("weigth") is an error rather
// than a silent weight of 0.
func (p *proxy) putUpstreams(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxAdminBody))
	dec.DisallowUnknownFields()
	var doc upstreamsDoc
	if err := dec.Decode(&doc); err != nil {
		writeError(w, http.StatusBadRequest, "invalid upstreams document: "+err.Error())
		return
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, "invalid upstreams document: trailing data")
		return
	}
	var canaryURL string
	var weight int
	if doc.Canary != nil {
		canaryURL, weight = doc.Canary.URL, doc.Canary.Weight
	}
	set, err := newUpstreamSet(doc.Stable.URL, canaryURL, weight)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	old := p.ups.Swap(set)
	p.log.Info("upstreams changed", "from", docOf(old), "to", docOf(set), "remote", r.RemoteAddr)
	writeJSON(w, http.StatusOK, docOf(set))
}

func docOf(s *upstreamSet) upstreamsDoc {
	var d upstreamsDoc
	d.Stable.URL = s.stable.String()
	if s.canary != nil {
		d.Canary = &canaryDoc{URL: s.canary.String(), Weight: s.weight}
	}
	return d
}

// loopbackOnly guards the admin API when it shares the user-facing listener.
func loopbackOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		addr, perr := netip.ParseAddr(host)
		if err != nil || perr != nil || !addr.Unmap().IsLoopback() {
			writeError(w, http.StatusForbidden, "the admin API is served to loopback clients only")
			return
		}
		next.ServeHTTP(w, r)
	})
}
