"""Words pypdf split in two on pages justified with word spacing (the PDF's Tw operator).

Why: a producer that justifies a line by word spacing (Tw: extra width for every space glyph,
as groff's gropdf does on every filled line of a man page or an -ms document) and kerns a pair
of letters by moving the text position (a Td between "in" and "v", between "e" and "xpands")
shows a word in two strings. pypdf measures how far the first string reached without the word
spacing its spaces got, so the move to the second one looks like a gap and it puts a space
there: "upon in vocation", "it e xpands", "the b uiltin", "key-v alue" (679 words split on the
87 pages of bash's man page printed by gropdf; pdftotext places glyphs and reads them whole).

Which of pypdf's spaces are such splits is no longer known after extraction (it merges a line's
strings into one run), so the words are rejoined from the page's content and the document's
own vocabulary. Only on a page whose content sets a non-zero word spacing, and only where it
shows a string ending in the first letter run, moves the text position (Td, TD, Tm) and shows
a string starting with the second (`word_spaced_moves`: a literal string's letters as they are,
so a font shown by hex or two-byte codes is left alone; reportlab's justified paragraphs set
Tw too, but show a line as one string, and none of them changes), a space goes when
  * the two runs make a word the document prints whole elsewhere, as a word (lower case,
    capitalised or capitals: an identifier such as "trustedHosts" does not make "trusted hosts"
    one word, nor does a word hyphenated at a line end), and
  * one of the two is a fragment, a letter run at least half of whose occurrences are beside
    such a move ("xpands", "ed" of "check ed"); gropdf also moves to an argument set in another
    font, "a" | "name", but "name" stands alone elsewhere in the document, so it stays;
  * and the join is no fragment itself ("a syn" of "asyn chronous").
A split word the document never prints whole stays split ("K orn", "r cfile": 62 of the 679).
"""

from __future__ import annotations

import re
from collections import Counter

#: a letter run is a fragment when this share of its occurrences or more are beside a move
#: between strings (not all: a string that ends in a ligature or an escape is not read)
FRAGMENT_SHARE = 0.5
#: a Tw operator whose operand is not zero: "0.882 Tw", "2.000 Tw", "-.5 Tw" (not "0 Tw", "0.000 Tw")
_NONZERO_TW = re.compile(rb"(?<![\w.])-?(?=[\d.]*[1-9])\d*\.?\d*\s+Tw\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n\s*(?=[^\W\d_])")  # "asyn-" / "chronous"
#: two letter runs with one space between (found overlapping: "upon in vocation"), neither
#: glued to a digit or an underscore
_PAIR = re.compile(r"(?<!\w)(?<!(?<!\w)-(?=[^\W\d_] ))([^\W\d_]+) (?=([^\W\d_]+)(?!\w))")


#: a string ending in letters, shown, then a move of the text position (and perhaps a new word
#: spacing or font) and a string starting with letters: "(upon in)] TJ 228.904 0 Td 0 Tw (v) Tj"
_MOVE = re.compile(rb"([A-Za-z]+)\)\s*\]?\s*T[Jj]([^()\[\]]{1,80}?)\[?\s*\(([A-Za-z]+)")
_POSITIONED = re.compile(rb"\bT[dDm]\b")

#: per page, the letters that end a string shown before a move -> the letters that start the next
Moves = dict[str, set[str]]


def word_spaced_moves(content: bytes) -> Moves | None:
    """Where a page's (decoded) content stream moves the text position between two strings of
    letters (`_MOVE`), if it sets a non-zero word spacing; None if it sets none."""
    if b"Tw" not in content or _NONZERO_TW.search(content) is None:
        return None
    moves: Moves = {}
    for match in _MOVE.finditer(content):
        if _POSITIONED.search(match.group(2)):
            moves.setdefault(match.group(1).decode().lower(), set()).add(match.group(3).decode().lower())
    return moves


def rejoin_split_words(texts: tuple[str, ...], page_moves: dict[int, Moves]) -> tuple[str, ...]:
    """`texts` (pypdf's, per page) with the words split at a kern rejoined on the 1-based pages
    of `page_moves`, each where its content moves between the two strings (module docstring)."""
    pages = {number: moves for number, moves in page_moves.items() if moves}
    if not pages:
        return texts
    words: Counter[str] = Counter()  # every letter run, case-folded
    whole: Counter[str] = Counter()  # ... of those written as words: not "trustedHosts", "TTFont"
    for text in texts:  # the halves of a word hyphenated at a line end count as neither
        for word in _LETTERS.findall(_LINE_END_HYPHEN.sub(" ", text)):
            words[word.lower()] += 1
            if word.islower() or word.istitle() or word.isupper():
                whole[word.lower()] += 1
    pairs: Counter[tuple[str, str]] = Counter()
    for number, moves in pages.items():
        for match in _PAIR.finditer(texts[number - 1]):
            pair = match.group(1).lower(), match.group(2).lower()
            if _moved(pair, moves):
                pairs[pair] += 1
    moved: Counter[str] = Counter()  # per letter run, its occurrences beside such a move
    for (first, second), count in pairs.items():
        moved[first] += count
        moved[second] += count
    fragments = {run for run, count in moved.items() if count >= FRAGMENT_SHARE * words[run]}
    # a join that makes another split's fragment is no word: "a syn" + "onym", "asyn" + "chronous"
    split = {pair for pair in pairs if whole[pair[0] + pair[1]] and (pair[0] in fragments or pair[1] in fragments)
             and pair[0] + pair[1] not in fragments}
    if not split:
        return texts

    return tuple(_without_spaces(text, split, pages[number]) if number in pages else text
                 for number, text in enumerate(texts, start=1))


def _moved(pair: tuple[str, str], moves: Moves) -> bool:
    """Does the page's content move the text position between the two letter runs of `pair`
    (the second may go on past the string its move starts: "in" | "v" | "ocation")?"""
    heads = moves.get(pair[0])
    return heads is not None and any(pair[1].startswith(head) for head in heads)


def _without_spaces(text: str, split: set[tuple[str, str]], moves: Moves) -> str:
    """`text` without the space inside each pair of letter runs in `split` that the page's
    content `moves` between; of two such pairs in a row, only the second ("No ne w": "No new",
    not "Nonew")."""
    spaces = [match.end() - 1 for match in _PAIR.finditer(text)
              if (pair := (match.group(1).lower(), match.group(2).lower())) in split and _moved(pair, moves)]
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
