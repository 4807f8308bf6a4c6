# syntax=docker/dockerfile:1
# The piiproxy sidecar: a static Go binary on distroless/static (no shell, no libc, non-root).
# Build from the repository root: docker build -f docker/piiproxy.Dockerfile -t ghcr.io/vellum-rag/piiproxy:0.1.0 .
ARG GO_VERSION=1.26
FROM golang:${GO_VERSION} AS build
WORKDIR /src
# CGO off: a static binary that needs nothing from the base image.
ENV CGO_ENABLED=0 GOTOOLCHAIN=local
COPY go/sidecars/piiproxy/go.mod go/sidecars/piiproxy/go.sum ./
RUN go mod download
COPY go/sidecars/piiproxy/ ./
# The module root is package main (there is no cmd/ directory).
RUN go build -trimpath -ldflags="-s -w" -o /piiproxy .

# busybox's static wget, for `docker compose` healthchecks only (Kubernetes probes are kubelet's).
FROM busybox:1.37-musl AS wget

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /piiproxy /piiproxy
COPY --from=wget /bin/busybox /bin/wget
EXPOSE 8080
# Numeric, so that Kubernetes' runAsNonRoot can verify it (a user name cannot be checked
# without the image's /etc/passwd); 65532 is distroless' "nonroot".
USER 65532:65532
ENTRYPOINT ["/piiproxy"]
CMD ["-listen", ":8080", "-upstream", "http://127.0.0.1:8081"]
