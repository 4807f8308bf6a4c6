"""Character-level cleanup of raw extracted text, before any line logic looks at it.

NFKC folds the compatibility forms PDFs are full of (ligatures "ﬁ" -> "fi", non-breaking and
typographic spaces -> " ", full-width forms, "…" -> "..."), so the same word is the same string
for header matching, hyphenation and, later, for the embedder's tokenizer.
Soft hyphens (U+00AD) at a line end mark a typesetter's hyphenation point: the two lines are
joined directly; anywhere else a soft hyphen is invisible and dropped. Sphinx's LaTeX builder
wraps a code line too long for the page and starts the continuation with "˓→" (after a "␣" when
it broke at a space): the two parts are joined back into the line the listing holds.
Symbol-font bullets (Private Use Area code points, e.g. Word's U+F0B7) become "•" at the start
of a line and are dropped elsewhere; so do C1 control codes (U+0080-U+009F), which are never
text but what pypdf gives for a glyph of a custom-encoded font it has no Unicode for (gnuplot's
manual draws the 132 bullets of its version notes as a Type 3 glyph "a136", code 0x88: read as
a control, the items ran together into one paragraph). Leading spaces are kept (they can indent
code listings); trailing spaces are not. Internal whitespace runs are collapsed later, per block,
because code listings need their alignment.
Look-alikes of ASCII punctuation that NFKC keeps become the ASCII character (``_ASCII_LOOKALIKES``):
Word documents printed to PDF through Windows' PostScript driver (RTKLIB's manual) give every
hyphen as U+2010 ("real‐time", the option "‐p", which a reader copies into a shell) and the
straight quotes as the modifier letters U+02BA/U+02B9 ("ʺFilesʺ tab", "receiversʹ"). Those two are
letters to a tokenizer: MiniLM's read each quoted word as an unknown token, losing the word, and
the parser's compound and hyphenation rules look for "-".
"""

from __future__ import annotations

import re
import unicodedata

_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
_SPHINX_WRAP = "\u02d3\u2192"  # "˓→"
_VISIBLE_SPACE = "\u2423"  # "␣"
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0c\u2028\u2029\x85]")
_PUA_BULLET = re.compile("^([ \t]*)[\ue000-\uf8ff\x80-\x9f]+[ \t]*", re.M)
_PUA = re.compile("[\ue000-\uf8ff\x80-\x9f]")
#: hyphen, non-breaking hyphen (NFKC makes it U+2010 first), minus sign; modifier letter prime
#: and double prime used as quotes. Not U+02BC (a letter of Ukrainian, Belarusian and Hawaiian
#: words) nor the dashes U+2013/U+2014, which are punctuation to every tokenizer already.
_ASCII_LOOKALIKES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u02b9": "'", "\u02ba": '"'})


def normalize_text(raw: str) -> list[str]:
    """Raw page text -> list of lines with unicode and invisible characters cleaned."""
    text = _LINE_BREAKS.sub("\n", raw)
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = _join_sphinx_wraps(text)
    text = unicodedata.normalize("NFKC", text).translate(_ASCII_LOOKALIKES)
    text = _INVISIBLE.sub("", text)
    text = _PUA_BULLET.sub(r"\1• ", text)
    text = _PUA.sub("", text)
    text = text.replace("\t", "    ")
    return [line.rstrip() for line in text.split("\n")]


def _join_sphinx_wraps(text: str) -> str:
    """Each part before a "˓→" loses the whitespace and the line break that end it, and a "␣"
    there becomes the space it stands for. Split and stripped piece by piece, not by one
    regular expression: a page of 200k spaces would make a pattern that starts with
    whitespace backtrack quadratically."""
    if _SPHINX_WRAP not in text:
        return text
    *heads, tail = text.split(_SPHINX_WRAP)
    joined = []
    for head in heads:
        head = head.rstrip(" \t")
        if head.endswith("\n"):
            head = head[:-1].rstrip(" \t")
        joined.append(head[:-1].rstrip(" \t") + " " if head.endswith(_VISIBLE_SPACE) else head)
    return "".join(joined) + tail
