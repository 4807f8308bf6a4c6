module github.com/vellum-rag/vellum/bench/pii/scrub_lines

go 1.26

require github.com/vellum-rag/vellum/go/sidecars/piiproxy v0.0.0

replace github.com/vellum-rag/vellum/go/sidecars/piiproxy => ../../../go/sidecars/piiproxy
