module github.com/vellum-rag/vellum/go/sidecars/piiproxy

go 1.26

require github.com/google/go-cmp v0.7.0
