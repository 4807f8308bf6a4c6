#!/bin/sh
# Real manuals for the retrieval-quality bench, from Debian documentation packages.
# Installs the packages (needs root + apt) and copies the PDFs, decompressed, to
# var/bench/quality/pdfs/.  Usage: sh bench/quality/corpus.sh
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/var/bench/quality/pdfs"
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    camlidl-doc gri-pdf-doc auto-multiple-choice-doc-pdf docbook-xsl-doc-pdf python-reportlab-doc >/dev/null
mkdir -p "$OUT"
copy() {  # copy SRC NAME: decompress .gz on the way
    case "$1" in
        *.gz) gzip -dc "$1" >"$OUT/$2" ;;
        *) cp "$1" "$OUT/$2" ;;
    esac
}
# dev set (tuned on). live-manual-pdf was tried and dropped: pypdf extracts no text from
# its fonts (64 pages -> 2 KB of text), with or without fontTools.
copy /usr/share/doc/camlidl/camlidl-1.04.doc.pdf camlidl.pdf
copy /usr/share/doc/gri/gri.pdf.gz gri.pdf
# held-out set (only scored, never tuned on)
copy /usr/share/doc/auto-multiple-choice/auto-multiple-choice.en.pdf auto-multiple-choice.pdf
copy /usr/share/doc/docbook-xsl-doc-pdf/doc/reference.pdf.gz docbook-xsl-reference.pdf
copy /usr/share/doc/python-reportlab-doc/reportlab-userguide.pdf reportlab-userguide.pdf
ls -l "$OUT"
