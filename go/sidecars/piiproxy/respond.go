package main

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"sync"
)

// writeError answers with {"error": msg}, the shape every error of the
// proxy has, so clients can parse failures the same way as KServe's.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Del("Content-Length")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client may be gone; nothing to do
}

// newID returns a random 26-character base32 id from the OS random source.
func newID() string { return rand.Text() }

// bufferPool recycles the 32 KiB copy buffers of ReverseProxy, which it
// would otherwise allocate afresh for every response.
type bufferPool struct{ pool sync.Pool }

func newBufferPool() *bufferPool {
	return &bufferPool{pool: sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}}
}

func (b *bufferPool) Get() []byte  { return *b.pool.Get().(*[]byte) }
func (b *bufferPool) Put(p []byte) { b.pool.Put(&p) }
