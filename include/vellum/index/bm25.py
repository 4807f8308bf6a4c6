"""Okapi BM25 over chunk texts, with an inverted index in numpy arrays.

Why keyword search at all: paraphrased questions about technical manuals often hinge on a rare
literal (a flag, a part number, "4,000 hours") that a 384-dim sentence embedding blurs; measured
on real manuals BM25 alone found the right page far more often than dense search alone
(DESIGN.md / issue 5), and fusing both beats either.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np
from nltk.stem.porter import PorterStemmer

_TOKEN = re.compile(r"[0-9a-z]+(?:[._-][0-9a-z]+)*")
_STOPWORDS = frozenset(
    """a an and are as at be by can do does for from has have how i if in is it its of on or
    should that the their there these this to was what when where which who why will with you your
    """.split()
)


_PORTER = PorterStemmer()


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    """Porter stemming (NLTK, already a llama-index dependency): "packaged"/"packaging" and
    "executes"/"execution" meet; on the dev manuals it lifted hit@5 by 5 points over a
    plural-only stemmer (bench/quality/RESULTS.md)."""
    return _PORTER.stem(token)


#: a lower-case letter or digit followed by a capital: where ``emptyTableAction`` has its parts
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: what joins the parts of a compound token once lower-cased (``max_conns``, ``1.2.3``)
_PART_SEPARATOR = re.compile(r"[._-]")
#: letters joined by hyphens only: not a version ("utf-8"), a path or an identifier ("max_conns")
_HYPHENATED_WORD = re.compile(r"[a-z]+(?:-[a-z]+)+")


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; compound tokens (``max_conns``, ``1.2.3``, ``emptyTableAction``)
    also yield their parts. Manuals name options and functions in camel case and questions spell
    them as words ("a table that has no rows"): splitting them lifted BM25-only hit@1 on the dev
    manuals from 0.62 to 0.68 (bench/quality/RESULTS.md)."""
    out: list[str] = []
    text = _CAMEL_BOUNDARY.sub("_", text)  # then split like max_conns
    for match in _TOKEN.finditer(text.lower().replace(",", "")):
        token = match.group()
        parts = _PART_SEPARATOR.split(token)
        for piece in ([token] + parts) if len(parts) > 1 else [token]:
            if piece and piece not in _STOPWORDS:
                out.append(_stem(piece))
    return out


#: glued compounds (below) are split only into parts of at least this many letters that stand
#: alone in at least this many texts, and only compounds of at least this length
_MIN_PART_LENGTH = 3
_MIN_PART_DF = 5
_MIN_COMPOUND_LENGTH = 7


def _compound_parts(term: str, df: dict[str, int]) -> tuple[str, str] | None:
    """The two indexed terms a glued compound is made of (``leftpad`` from LEFTPADDING: ``left``
    and ``pad``), or None.

    Manuals glue words into option names with no case or separator to split on (LEFTPADDING,
    answersheet, backgroundcolor), which a question spells as words. The parts come from the
    index's own vocabulary, and a compound is split only when each part is more common than the
    compound itself, so an ordinary word ("function") is not taken for "func" + "tion"; among
    several splits, the one whose rarer part is the most common wins.
    """
    if len(term) < _MIN_COMPOUND_LENGTH or not term.isalpha():
        return None
    best: tuple[int, str, str] | None = None
    for cut in range(_MIN_PART_LENGTH, len(term) - _MIN_PART_LENGTH + 1):
        head, tail = term[:cut], term[cut:]
        support = min(df.get(head, 0), df.get(tail, 0))
        if support >= _MIN_PART_DF and support > df[term] and (best is None or support > best[0]):
            best = (support, head, tail)
    return best[1:] if best else None


#: negating prefixes, and the least length of the (stemmed) word they negate
_NEGATIONS = ("un", "non")
_MIN_NEGATED_LENGTH = 5


def _negated_term(term: str, df: dict[str, int]) -> tuple[str] | None:
    """The indexed term a negation negates (``maintain`` from ``unmaintain``), or None.

    Why: a question asks whether something is still maintained, supported or available, and the
    manual says it is "unmaintained", "unsupported", "unavailable": Porter keeps those apart from
    their base, so BM25 missed the one page that answers (SDCC's manual, bench/quality/RESULTS.md).
    The base must stand alone in at least ``_MIN_PART_DF`` texts and have 5 or more letters, so
    "under", "unique", "unit" or "uniform" are never cut; in the nine bench manuals every term
    this cuts is a negation ("uninstall", "unknown", "undefined", ...).
    """
    for prefix in _NEGATIONS:
        base = term[len(prefix):]
        if term.startswith(prefix) and len(base) >= _MIN_NEGATED_LENGTH and df.get(base, 0) >= _MIN_PART_DF:
            return (base,)
    return None


def _add_compound_parts(postings: dict[str, list[tuple[int, int]]]) -> None:
    """Index every text holding a glued compound under its parts too, and one holding a
    negation under the word it negates (with the compound's term frequency, where the text
    does not hold the part already)."""
    df = {term: len(hits) for term, hits in postings.items()}
    rows_of: dict[str, set[int]] = {}  # the texts each part is indexed for, built once per part
    for term, hits in list(postings.items()):
        parts = _compound_parts(term, df) or _negated_term(term, df)
        if parts is None:
            continue
        for part in parts:
            rows = rows_of.get(part)
            if rows is None:
                rows = rows_of[part] = {row for row, _ in postings[part]}
            for row, tf in hits:
                if row not in rows:
                    rows.add(row)
                    postings[part].append((row, tf))


def _joined(term: str) -> str | None:
    """The one-word spelling of a word hyphenated from words ("ublox" for "u-blox"), or None."""
    return _stem(term.replace("-", "")) if _HYPHENATED_WORD.fullmatch(term) else None


def _one_word_spellings(postings: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
    """One-word spelling -> the hyphenated word the collection writes instead ("plugin" ->
    "plug-in"), for the words it never writes as one."""
    out = {}
    for term in postings:
        joined = _joined(term)
        if joined is not None and joined not in postings:
            out[joined] = term
    return out


class BM25Index:
    #: k1/b below the textbook 1.2/0.75: chunks are already short and of similar length, so
    #: length normalisation and term-frequency saturation matter less (measured on the dev set)
    def __init__(self, texts: list[str], *, k1: float = 0.9, b: float = 0.4) -> None:
        self.size = len(texts)
        lengths = np.zeros(self.size, dtype=np.float32)
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for row, text in enumerate(texts):
            counts = Counter(tokenize(text))
            lengths[row] = sum(counts.values())
            for term, tf in counts.items():
                postings[term].append((row, tf))
        _add_compound_parts(postings)
        self._hyphenated = _one_word_spellings(postings)
        self.avg_length = float(lengths.mean()) if self.size else 0.0
        norm = k1 * (1 - b + b * lengths / max(self.avg_length, 1e-9))
        # Each posting keeps its whole score, idf times the saturated, length-normalised term
        # frequency, so a query only gathers and adds: a third of the per-query cost at 50k
        # chunks (bench/serve/RESULTS.md).
        self._postings = {}
        for term, hits in postings.items():
            rows = np.array([r for r, _ in hits], dtype=np.int32)
            tf = np.array([t for _, t in hits], dtype=np.float32)
            saturated = (tf * (k1 + 1) / (tf + norm[rows])).astype(np.float32)
            self._postings[term] = (rows, np.float32(self._idf_of_df(len(rows))) * saturated)

    def df(self, term: str) -> int:
        """How many texts contain the already-tokenized ``term``."""
        hit = self._postings.get(term)
        return len(hit[0]) if hit is not None else 0

    def idf(self, term: str) -> float:
        """BM25 idf of an already-tokenized ``term`` (terms never seen weigh the most)."""
        return self._idf_of_df(self.df(term))

    def _idf_of_df(self, df: int) -> float:
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for ``query`` (zeros where no term matches)."""
        out = np.zeros(self.size, dtype=np.float32)
        for term in set(tokenize(query)):
            hit = self._postings.get(term)
            if hit is None:  # the other spelling, where the collection writes only that one
                hit = self._postings.get(self._hyphenated.get(term) or _joined(term) or "")
            if hit is None:
                continue
            rows, weights = hit
            out[rows] += weights
        return out
