"""Words pypdf split in two on pages justified with word spacing (the PDF's Tw operator).

Why: a producer that justifies a line by word spacing (Tw: extra width for every space glyph,
as groff's gropdf does on every filled line of a man page or an -ms document) and kerns a pair
of letters by moving the text position (a Td between "in" and "v", between "e" and "xpands")
shows a word in two strings. pypdf measures how far the first string reached without the word
spacing its spaces got, so the move to the second one looks like a gap and it puts a space
there: "upon in vocation", "it e xpands", "the b uiltin", "key-v alue" (679 words split on the
87 pages of bash's man page printed by gropdf; pdftotext places glyphs and reads them whole).

Which of pypdf's spaces are such splits is no longer known after extraction (it merges a line's
strings into one run), so the words are rejoined from the document's own vocabulary, and only
on the pages whose content sets a non-zero word spacing (`sets_word_spacing`): a space goes
between two letter runs when their concatenation is a word the document prints whole elsewhere
and one of the two is a fragment, a letter run that never occurs in the document but where it
makes such a word with the run beside it ("xpands" only after "e", "ofile" after "pr" and
"nopr"); a join that is itself such a fragment is none ("a syn" of "asyn chronous"). Two real words in a row stay
("a live" where "live" is written elsewhere), as does a split word the document never prints
whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: a letter run is a fragment when this share of its occurrences or more make a word with the run
#: beside them (not all: one kerned pair pdfminer breaks across a line is read apart)
FRAGMENT_SHARE = 0.9
#: a Tw operator whose operand is not zero: "0.882 Tw", "2.000 Tw", "-.5 Tw" (not "0 Tw", "0.000 Tw")
_NONZERO_TW = re.compile(rb"(?<![\w.])-?(?=[\d.]*[1-9])\d*\.?\d*\s+Tw\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n\s*(?=[^\W\d_])")
#: two letter runs with one space between (found overlapping: "upon in vocation"), neither
#: glued to a digit or an underscore
_PAIR = re.compile(r"(?<!\w)(?<!(?<!\w)-(?=[^\W\d_] ))([^\W\d_]+) (?=([^\W\d_]+)(?!\w))")


def sets_word_spacing(content: bytes) -> bool:
    """Does a page's (decoded) content stream set a non-zero word spacing?"""
    return b"Tw" in content and _NONZERO_TW.search(content) is not None


def rejoin_split_words(texts: tuple[str, ...], word_spaced: Iterable[int]) -> tuple[str, ...]:
    """`texts` (pypdf's, per page) with the words split at a kern rejoined on the 1-based pages
    `word_spaced` (module docstring)."""
    pages = set(word_spaced)
    if not pages:
        return texts
    words: Counter[str] = Counter()
    for text in texts:  # a word hyphenated at a line end counts whole, not as its two halves
        words.update(word.lower() for word in _LETTERS.findall(_LINE_END_HYPHEN.sub("", text)))
    pairs: Counter[tuple[str, str]] = Counter()
    for number in pages:
        for match in _PAIR.finditer(texts[number - 1]):
            pairs[match.group(1).lower(), match.group(2).lower()] += 1
    joinable = {pair: count for pair, count in pairs.items() if words[pair[0] + pair[1]]}
    before: Counter[str] = Counter()  # per letter run, its occurrences joinable to the run before it
    after: Counter[str] = Counter()  # ... and to the run after it
    for (first, second), count in joinable.items():
        after[first] += count
        before[second] += count
    fragments = {run for run, count in (before + after).items() if count >= FRAGMENT_SHARE * words[run]}
    # a join that makes another split's fragment is no word: "a syn" + "onym", "asyn" + "chronous"
    split = {pair for pair in joinable if (pair[0] in fragments or pair[1] in fragments)
             and pair[0] + pair[1] not in fragments}
    if not split:
        return texts

    return tuple(_without_spaces(text, split) if number in pages else text
                 for number, text in enumerate(texts, start=1))


def _without_spaces(text: str, split: set[tuple[str, str]]) -> str:
    """`text` without the space inside each pair of letter runs in `split`; of two such pairs in
    a row, only the second ("No ne w": "No new", not "Nonew")."""
    spaces = [match.end() - 1 for match in _PAIR.finditer(text)
              if (match.group(1).lower(), match.group(2).lower()) in split]
    spaces = [space for space, following in zip(spaces, spaces[1:] + [-1])
              if following != space + 1 + len(_LETTERS.match(text, space + 1).group())]
    if not spaces:
        return text
    pieces, start = [], 0
    for space in spaces:
        pieces.append(text[start:space])
        start = space + 1
    pieces.append(text[start:])
    return "".join(pieces)
