"""Regressions from the audit on unseen manuals: prose lines that start with a code keyword,
sentence-like comments inside a listing, and line-end hyphens inside hyphenated compounds."""

from __future__ import annotations

import pytest

from vellum.documents import parse_pdf
from vellum.documents.hyphenation import Vocabulary, join_hyphenated
from vellum.documents.lines import is_code_line
from vellum.documents.reflow import reflow

from .factory import build_manual, lines, para

W = "A package may declare its dependencies in the DESCRIPTION file of the source"


@pytest.mark.parametrize("line", [
    "package itself): for example it makes sense that a user of package foo (https://",
    "for your users: they can make packages very slow to download and use up unwelcome",
    "if the whole label is to be used), data is an array of length at least n of the",
    "from the namespace) when detach is called on the package. It is called with a single",
])
def test_keyword_led_prose_line_is_not_code(line):
    assert not is_code_line(line)


@pytest.mark.parametrize("line", [
    "for (int i = 0; i < length(list); i++)",
    "if(!isEnvironment(rho)) error(\"rho should be an environment\")",
    "void R_init_mypkg(DllInfo *dll)",
    "int myReadConsole(const char *prompt, unsigned char *buf, int len, int addtohistory)",
    "export(mle) # exporting methods implicitly exports the generic",
])
def test_keyword_led_code_stays_code(line):
    assert is_code_line(line)


def test_keyword_led_prose_line_does_not_split_a_paragraph():
    page = [
        W,
        "package itself): for example it makes sense that a user of package foo (https://",
        "example.org/foo) can rely on it, and the check will say so when it is missing.",
    ]
    assert reflow(page, width=len(W)) == " ".join(page)


def test_sentence_like_comment_stays_inside_its_listing():
    page = [
        "if (require(\"rgl\", quietly = TRUE)) {",
        "   plot3d(x, y, z)",
        "} else {",
        "   ## do something else not involving rgl.",
        "   plot(x, y)",
        "}",
    ]
    text = reflow(page, width=len(W))
    assert "\n\n" not in text  # one listing block, kept line by line
    assert text.split("\n")[3] == "   ## do something else not involving rgl."


def test_hyphen_kept_when_the_broken_token_is_a_compound():
    vocab = Vocabulary([[
        "keep empty dirs with an option; the loader is system specific",
        "a one pixel wide line; see the region start and the postarguments of a command",
        "the security archive is on the mirror",
    ]])
    join = lambda *ls: join_hyphenated(list(ls), vocab)  # noqa: E731
    # another hyphen in the token before or after the break: TeX breaks such words only there
    assert join("use the option --keep-empty-", "dirs here") == ["use the option --keep-empty-dirs here"]
    assert join("uses the operating-", "system-specific loader") == \
        ["uses the operating-system-specific loader"]
    assert join("so that a one-pixel-", "wide line is drawn") == ["so that a one-pixel-wide line is drawn"]
    # a URL is broken without adding a hyphen
    assert join("see http://example.org/debian-", "security/ for it") == \
        ["see http://example.org/debian-security/ for it"]
    # a plain word broken by TeX is still joined, with or without a compound around it
    assert join("the com-", "mand runs") == ["the command runs"]
    # groff splits inside compounds too: a tail that is no word of its own is joined
    assert join("every non-print-", "ing character") == ["every non-printing character"]


def test_compound_option_broken_at_line_end_keeps_its_hyphen_in_a_pdf():
    text = ("To keep them, install with the option --keep-empty-|dirs so that empty dirs "
            "survive the build. Empty dirs are otherwise removed by the build step.")
    pdf = build_manual([[para(text), lines(W)]])
    page = parse_pdf(pdf, "compound.pdf").pages[0].text
    assert "--keep-empty-dirs" in page
    assert "emptydirs" not in page
