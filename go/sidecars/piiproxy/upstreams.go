package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
)

// Upstream names, as they appear in X-Vellum-Upstream and metric labels.
const (
	stableName = "stable"
	canaryName = "canary"
)

// upstreamSet is an immutable routing table. The proxy holds it in an
// atomic.Pointer so the admin API can swap stable, canary and weight in one
// step: a request never sees a new canary URL with the old weight.
type upstreamSet struct {
	stable *url.URL
	canary *url.URL // nil when there is no canary
	weight int      // 0..100, share of requests sent to canary
}

// newUpstreamSet validates and builds a set. An empty canaryURL means no
// canary, and then the weight must be 0.
func newUpstreamSet(stableURL, canaryURL string, weight int) (*upstreamSet, error) {
	var errs []error
	stable, err := parseUpstreamURL(stableURL)
	if err != nil {
		errs = append(errs, fmt.Errorf("stable upstream: %w", err))
	}
	var canary *url.URL
	if canaryURL != "" {
		if canary, err = parseUpstreamURL(canaryURL); err != nil {
			errs = append(errs, fmt.Errorf("canary upstream: %w", err))
		}
	}
	if weight < 0 || weight > 100 {
		errs = append(errs, fmt.Errorf("canary weight %d is outside 0..100", weight))
	} else if canaryURL == "" && weight != 0 {
		errs = append(errs, errors.New("canary weight needs a canary upstream"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &upstreamSet{stable: stable, canary: canary, weight: weight}, nil
}

func parseUpstreamURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an absolute http(s) URL", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("%q must not carry a query, fragment or user info", raw)
	}
	return u, nil
}

// pick chooses the upstream for a request. A client-supplied request id is
// hashed so that a retry with the same id lands on the same upstream; a
// generated id would make that pointless, so those requests roll a die.
func (s *upstreamSet) pick(requestID string, fromClient bool) (string, *url.URL) {
	if s.canary == nil || s.weight == 0 {
		return stableName, s.stable
	}
	var roll int
	if fromClient {
		roll = int(fnv32a(requestID) % 100)
	} else {
		roll = rand.IntN(100)
	}
	if roll < s.weight {
		return canaryName, s.canary
	}
	return stableName, s.stable
}

// fnv32a is FNV-1a, inlined to hash without allocating, with murmur3's
// finaliser so that ids differing only in their last digit ("req-1",
// "req-2") still spread evenly over the 100 buckets.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}
