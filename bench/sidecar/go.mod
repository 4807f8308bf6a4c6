module github.com/vellum-rag/vellum/bench/sidecar

go 1.26
