#!/bin/sh
# Real manuals for the retrieval-quality bench, from Debian documentation packages.
# Installs the packages (needs root + apt) and copies the PDFs, decompressed, to
# var/bench/quality/pdfs/ (dev + held-out) and var/bench/quality/unseen/ (the unseen split).
# Usage: sh bench/quality/corpus.sh
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/var/bench/quality/pdfs"
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    camlidl-doc gri-pdf-doc auto-multiple-choice-doc-pdf docbook-xsl-doc-pdf python-reportlab-doc \
    r-doc-pdf why3-doc-pdf >/dev/null
UNSEEN="$ROOT/var/bench/quality/unseen"
mkdir -p "$OUT" "$UNSEEN"
copy() {  # copy SRC NAME [DIR]: decompress .gz on the way
    dir=${3:-$OUT}
    case "$1" in
        *.gz) gzip -dc "$1" >"$dir/$2" ;;
        *) cp "$1" "$dir/$2" ;;
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
# unseen split: questions written after the retrieval method of the seventh round was fixed,
# from pages drawn at random, and scored once per method change; never tuned on. Its own
# collection (R's texinfo manual and a Sphinx manual, distractors for each other).
copy /usr/share/R/doc/manual/R-admin.pdf r-admin.pdf "$UNSEEN"
copy /usr/share/doc/why3-doc-pdf/manual.pdf why3-manual.pdf "$UNSEEN"
ls -l "$OUT" "$UNSEEN"
