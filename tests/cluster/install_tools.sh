#!/usr/bin/env bash
# Installs the tools tests/cluster needs, idempotently: kustomize v5 into <repo>/.venv/gobin (or
# $VELLUM_GOBIN; Debian's kubectl is too old to render our overlays), and the modules of the
# compose-go checker (tests/cluster/composecheck) into the Go module cache.
# Pinned to the newest kustomize that builds on the machine's Go 1.26 (v5.8.3 needs Go 1.27).
set -euo pipefail
KUSTOMIZE_VERSION="${KUSTOMIZE_VERSION:-v5.8.1}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
gobin="${VELLUM_GOBIN:-$root/.venv/gobin}"
mkdir -p "$gobin"
export GOTOOLCHAIN=local
if "$gobin/kustomize" version 2>/dev/null | grep -q "${KUSTOMIZE_VERSION}"; then
  echo "kustomize ${KUSTOMIZE_VERSION} already in $gobin"
else
  GOBIN="$gobin" go install "sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE_VERSION}"
  "$gobin/kustomize" version
fi
(cd "$root/tests/cluster/composecheck" && go build -o /dev/null .)
