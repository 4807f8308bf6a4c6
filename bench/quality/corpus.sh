#!/bin/sh
# Real manuals for the retrieval-quality bench, from Debian documentation packages.
# Installs the packages (needs root + apt) and copies the PDFs, decompressed, to
# var/bench/quality/pdfs/ (dev + held-out) and var/bench/quality/unseen*/ (the unseen splits).
# Usage: sh bench/quality/corpus.sh
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/var/bench/quality/pdfs"
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    camlidl-doc gri-pdf-doc auto-multiple-choice-doc-pdf docbook-xsl-doc-pdf python-reportlab-doc \
    r-doc-pdf why3-doc-pdf gnuplot-doc sdcc-doc sbcl-doc yosys-doc swig4.0-doc rtklib-doc \
    altos pmw-doc clips-doc xfig-doc debmake-doc odb esnacc-doc libdwarf-dev libsilo-dev erlang-doc >/dev/null
UNSEEN="$ROOT/var/bench/quality/unseen"
UNSEEN2="$ROOT/var/bench/quality/unseen2"
UNSEEN3="$ROOT/var/bench/quality/unseen3"
UNSEEN4="$ROOT/var/bench/quality/unseen4"
UNSEEN5="$ROOT/var/bench/quality/unseen5"
UNSEEN6="$ROOT/var/bench/quality/unseen6"
UNSEEN7="$ROOT/var/bench/quality/unseen7"
UNSEEN8="$ROOT/var/bench/quality/unseen8"
UNSEEN9="$ROOT/var/bench/quality/unseen9"
UNSEEN10="$ROOT/var/bench/quality/unseen10"
mkdir -p "$OUT" "$UNSEEN" "$UNSEEN2" "$UNSEEN3" "$UNSEEN4" "$UNSEEN5" "$UNSEEN6" "$UNSEEN7" "$UNSEEN8" "$UNSEEN9" "$UNSEEN10"
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
# second unseen split: questions written in the thirteenth round, from pages drawn at random
# (seed 20261128), before Vellum was run on these manuals; two LaTeX manuals (gnuplot's
# reference and SDCC's LyX user guide) with running headers, option lists and code listings
copy /usr/share/doc/gnuplot/gnuplot.pdf gnuplot.pdf "$UNSEEN2"
copy /usr/share/doc/sdcc-doc/sdccman.pdf.gz sdccman.pdf "$UNSEEN2"
# third unseen split: questions written in the fourteenth round, from pages drawn at random
# (seed 20261129), blind, before Vellum was run on these manuals; SBCL's texinfo user manual
# (Lisp compiler and runtime) and Yosys's LaTeX manual (HDL synthesis, a long command reference
# of numbered option listings), distractors for each other (questions_unseen3.jsonl)
copy /usr/share/doc/sbcl/sbcl.pdf.gz sbcl.pdf "$UNSEEN3"
copy /usr/share/doc/yosys/manual.pdf yosys-manual.pdf "$UNSEEN3"
# fourth unseen split: questions written blind from pages drawn at random (seed 20261130),
# before Vellum was run on these manuals; the first two made by neither TeX, FOP nor ReportLab:
# SWIG's manual (C/C++ wrapper generator, 517 pages of HTML printed by wkhtmltopdf 0.12.6.1 on
# Qt 4.8.7: a running footer of title, section and page number, a section list atop each chapter,
# inline code words on lines of their own) and RTKLIB's manual (GNSS positioning, 183 pages of
# Microsoft Word printed through PScript5.dll and Acrobat Distiller 9.5.3: no-break spaces between
# words, a running header with the printed page number, equations in Symbol-font glyphs),
# distractors for each other (questions_unseen4.jsonl)
copy /usr/share/doc/swig4.0-doc/Manual/SWIGDocumentation.pdf swig-documentation.pdf "$UNSEEN4"
copy /usr/share/doc/rtklib-doc/manual_2.4.2.pdf.gz rtklib-manual.pdf "$UNSEEN4"
# fifth unseen split: questions written blind from pages drawn at random (seed 20261201), before
# Vellum was run on these manuals; two more producers new to the bench: the Altus Metrum manual
# (AltOS rocketry flight computers and ground software, 144 pages of AsciiDoc printed by
# Asciidoctor PDF 2.3.4 on Prawn 2.4.0: a running footer of copyright line and page number on
# alternate sides, admonition blocks, terminal tables, many pages of release notes that differ by
# version only) and PMW's specification (Philip's Music Writer, music typesetting, 219 pages set by
# SDoP 0.90 and turned into PDF by GPL Ghostscript 9.56.1: a running footer of page number, chapter
# title and number, fi/fl ligatures, hyphenation, code listings of its input language, and music
# examples whose glyphs pypdf extracts as glyph-name garbage such as "/6ġave˘")
# (questions_unseen5.jsonl)
copy /usr/share/doc/altos/altusmetrum.pdf.gz altusmetrum.pdf "$UNSEEN5"
copy /usr/share/doc/pmw-doc/spec.pdf.gz pmw-spec.pdf "$UNSEEN5"
# sixth unseen split: questions written blind from pages drawn at random (seed 20261202), before
# Vellum was run on these manuals; two more producers new to the bench: CLIPS's Basic Programming
# Guide (the CLIPS 6.30 expert-system language, 438 pages of Microsoft Word printed by Mac OS X 10.10.2
# Quartz PDFContext: subset TrueType fonts in MacRoman encoding, a running header of "CLIPS Reference
# Manual" and printed page number with the section title or guide title on alternate pages, curly
# quotes, many "CLIPS>" session listings, a BNF appendix, appendices of error and warning messages with
# bracketed ids) and xfig's reference manual (the X11 drawing program, 176 pages of HTML printed by
# htmldoc 1.9.16 in embedded Times, Helvetica and Courier: a running footer of chapter and section
# title and page number, bullet lists of menu items, option and X-resource lists with their
# defaults, paper-size tables, the Fig file format in a preformatted listing, and 32 pages printed
# twice under a different footer, as htmldoc was given some HTML files twice: the Fig format appendix
# is pages 74-83 and again 156-165, so a drawn page whose text recurs elsewhere has no unique answer
# and was skipped) (questions_unseen6.jsonl)
copy /usr/share/doc/clips-doc/basic_programming_guide.pdf.gz clips-basic-programming-guide.pdf "$UNSEEN6"
copy /usr/share/doc/xfig/xfig_ref_en.pdf xfig-reference.pdf "$UNSEEN6"
# seventh unseen split: questions written blind from pages drawn at random (seed 20261203), before
# Vellum was run on these manuals; two more producers new to the bench: the Guide for Debian
# Maintainers (debmake, 143 pages of DocBook set by dblatex through XeTeX and xdvipdfmx: justified
# text whose inter-word spaces pypdf drops on ~40% of the long lines, an upper-case running header
# of chapter and section, tree listings in box-drawing glyphs, many shell listings and one worked
# example in 13 variants) and ODB's manual (C++ object persistence, 418 pages of XHTML printed by
# html2ps and Ghostscript 9.05: running header and footer both extracted at the end of each page
# and glued to the page number, C++ pragma and SQL listings, type-mapping tables of one row per
# line, and parallel chapters per database that say the same things) (questions_unseen7.jsonl)
copy /usr/share/doc/debmake-doc/debmake-doc.en.pdf debmake-doc.pdf "$UNSEEN7"
copy /usr/share/doc/odb/odb-manual.pdf.gz odb-manual.pdf "$UNSEEN7"
# eighth unseen split: questions written blind from pages drawn at random (seed 20261204: one
# random.Random shuffling esnacc's pages, then libdwarf's; title, contents, bibliography and blank
# pages, pages of example-figure code alone and pages whose only prose recurs elsewhere drawn again),
# before Vellum was run on these manuals; two more producers new to the bench: eSNACC's manual (an
# ASN.1 to C/C++ compiler and its runtime libraries, 112 pages of LibreOffice 7.4 Writer: a footer of
# the bare page number, contents with dot leaders, curly quotes, options printed with en dashes
# ("–mm"), bullets in a private-use glyph (U+F0B7), stray spaces inside words ("sup- ported",
# "BUF_ TYPE"), and whole pages of C++ class declarations whose long lines wrap mid-comment) and
# libdwarf's consumer API (DWARF debugging information, 276 pages of groff 1.22.4 printed through
# Ghostscript 9.50: a running header "-NN -" and footer "Rev3.27 15 May 2021 -NN -" with printed
# numbers 15 ahead of pypdf's, the contents at the end (pages 262-275) and the title last, kerned
# words that pypdf splits or glues ("D WARF", "ne verrequests", "Itnev erreturns", "newasofJuly"),
# "fi" extracted as "f i" ("f ield", "f ile"), line-end hyphenation, a prototype and return-value
# boilerplate per function that recurs on many pages, and numbered example figures of C code),
# distractors for each other (questions_unseen8.jsonl)
copy /usr/share/doc/esnacc-doc/Esnacc.pdf esnacc.pdf "$UNSEEN8"
copy /usr/share/doc/libdwarf-dev/libdwarf2.1.pdf.gz libdwarf.pdf "$UNSEEN8"
# ninth unseen split: questions written blind from pages drawn at random (seed 20261205), before
# Vellum was run on these manuals; two more producers new to the bench: Silo's user's guide (a
# mesh and field I/O library, 358 pages of FrameMaker 10 printed by Acrobat Distiller 11; libsilo-dev)
# and the graph theory package of Giac/Xcas (182 pages of TeXmacs 2.1.2; giac-doc, whose xcas
# dependency is not needed to read a PDF, so the package is unpacked rather than installed)
# (questions_unseen9.jsonl)
copy /usr/share/doc/libsilo-dev/Silo.book.pdf.gz silo.pdf "$UNSEEN9"
GIAC=$(mktemp -d)
(cd "$GIAC" && apt-get download -qq giac-doc >/dev/null && dpkg-deb -x giac-doc_*.deb .)
copy "$GIAC/usr/share/giac/doc/graphtheory-user_manual.pdf" giac-graphtheory.pdf "$UNSEEN9"
rm -rf "$GIAC"
# tenth unseen split: questions written blind from pages drawn at random (seed 20261206: one
# random.Random shuffling the ConTeXt manual's pages, then Common Test's; contents, a blank page, the
# licence page and pages of code alone drawn again), before Vellum was run on these manuals; two more
# producers new to the bench: ConTeXt's "ConTeXt Lua Documents" (cld-mkiv, Lua from and for the
# ConTeXt macro package, 214 pages set by ConTeXt MkIV 2020.06.25 on LuaTeX 2.06; from the context
# package, whose TeX Live and Ruby dependencies are not needed to read a PDF, so it is unpacked
# rather than installed: a cover page of the word "CLD" some 2,800 times, a running header of
# chapter title and printed page number (two behind pypdf's) over the line "preliminary, uncorrected
# version – June 25, 2020" on every page, inline code words glued to the word before them
# ("whenb andn are defined", "The\par is needed"), line-end hyphenation, small caps names extracted
# in capitals (LUA, CONTEXT, TEX), many Lua and \startluacode listings with their typeset results,
# and pages of typeset example text that repeat their source) and Erlang/OTP's Common Test manual
# (the Erlang test framework, user's guide then reference manual, 194 pages of Erlang's own XSL-FO
# printed by Apache FOP 2.8, the first FOP on the bench; erlang-doc: a running header of section
# title, or of module name in the reference part, a footer "Ericsson AB. All Rights Reserved.:
# Common Test | N" with N two behind pypdf's, on the outer side so even pages start with "N | ",
# fi ligatures in headings only, a cover dated when the package was built, Erlang type
# specifications of one type a line, and listings of test specification terms and config files)
# (questions_unseen10.jsonl)
CONTEXT=$(mktemp -d)
(cd "$CONTEXT" && apt-get download -qq context >/dev/null && dpkg-deb -x context_*.deb .)
copy "$CONTEXT/usr/share/texmf/doc/context/documents/general/manuals/cld-mkiv.pdf" context-cld.pdf "$UNSEEN10"
rm -rf "$CONTEXT"
copy /usr/share/doc/erlang-doc/lib/common_test-1.23.3/doc/pdf/common_test-1.23.3.pdf erlang-common-test.pdf "$UNSEEN10"
ls -l "$OUT" "$UNSEEN" "$UNSEEN2" "$UNSEEN3" "$UNSEEN4" "$UNSEEN5" "$UNSEEN6" "$UNSEEN7" "$UNSEEN8" "$UNSEEN9" "$UNSEEN10"
