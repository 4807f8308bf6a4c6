#!/usr/bin/env bash
# Re-vendors the CRDs and the Compose JSON schema that tests/cluster validates against.
# They come from the Go modules of the upstream projects (Go module proxy, checksum-verified by
# sum.golang.org); bump a version here and in crds/SOURCES.md together. Not run by the tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
KSERVE=github.com/kserve/kserve@v0.20.0
CROSSPLANE=github.com/crossplane/crossplane/v2@v2.4.0
COMPOSE=github.com/compose-spec/compose-go/v2@v2.16.2
dir() { GOTOOLCHAIN=local GOFLAGS=-mod=mod go mod download -json "$1" | sed -n 's/.*"Dir": "\(.*\)",/\1/p'; }
k="$(dir "$KSERVE")"; c="$(dir "$CROSSPLANE")"; s="$(dir "$COMPOSE")"
install -m 0644 "$k/config/crd/full/serving.kserve.io_inferenceservices.yaml" "$here/crds/"
for f in apiextensions.crossplane.io_compositeresourcedefinitions apiextensions.crossplane.io_compositions pkg.crossplane.io_functions; do
  install -m 0644 "$c/cluster/crds/$f.yaml" "$here/crds/"
done
install -m 0644 "$s/schema/compose-spec.json" "$here/schemas/"
