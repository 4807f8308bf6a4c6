#!/usr/bin/env bash
# Installs the tools tests/cluster needs into /work/main/.venv/gobin (or $VELLUM_GOBIN),
# idempotently: kustomize v5 (Debian's kubectl is too old to render our overlays).
# Pinned to the newest kustomize that builds on the machine's Go 1.26 (v5.8.3 needs Go 1.27).
set -euo pipefail
KUSTOMIZE_VERSION="${KUSTOMIZE_VERSION:-v5.8.1}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
gobin="${VELLUM_GOBIN:-$root/.venv/gobin}"
mkdir -p "$gobin"
if "$gobin/kustomize" version 2>/dev/null | grep -q "${KUSTOMIZE_VERSION}"; then
  echo "kustomize ${KUSTOMIZE_VERSION} already in $gobin"
  exit 0
fi
GOTOOLCHAIN=local GOBIN="$gobin" go install "sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE_VERSION}"
"$gobin/kustomize" version
