module vellum/bench/serve/loadgen

go 1.26
