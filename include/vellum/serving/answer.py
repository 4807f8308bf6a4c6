"""Extractive answers with citations: the default, LLM-free answer.

Why extractive: no small model that runs offline here writes faithful answers (DESIGN.md), and a
sentence quoted verbatim from the cited page cannot hallucinate a number. The answer is the one
to three sentences of the top chunks that best cover the question's terms, each followed by the
number of its citation (``[1]`` = first citation), quoted whole so numbers and units stay intact.

Sentence score = cosine similarity of the sentence to the question (catches paraphrases:
"how heavy" / "weighs"; optional and adaptive, see ``similarity_shortlist``)
+ 0.5 x the idf-weighted share of the question's terms the sentence contains
+ a prior for the rank of its chunk (retrieval already judged the chunk as a whole)
+ a bonus for sentences that hold a quantity when the question asks for one ("how many ...").
On the sample eval set the similarity term lifted the answer check rate from 0.67 to 0.76.
Headings ("3.1 The VX-4 drive controller") are never answers.

When nothing relevant was retrieved (low cosine similarity and little term overlap) the answer
says so instead of quoting the nearest noise, and the citations show what was nearest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from vellum.index import SearchHit
from vellum.index.bm25 import tokenize

NO_ANSWER = "I could not find an answer to that in the indexed documents."

#: Cosine similarity (MiniLM) below which a chunk is unlikely to be about the question ...
MIN_SIMILARITY = 0.3
#: ... unless its best sentence still covers this share of the question's weighted terms.
MIN_COVERAGE = 0.5
LEXICAL_WEIGHT = 0.5
RANK_PRIOR = 0.15
QUANTITY_BONUS = 0.1
#: further sentences join the best one only if they score at least this share of it
KEEP_RATIO = 0.8
#: ... or this share for the sentence right before or after it in its chunk: manuals split one
#: answer over two sentences ("--single-output use this option if you need all annotated copies
#: in a single PDF file. Default behavior is one PDF file per student."). On the quality bench's
#: manuals the answer check rate rose 0.45 -> 0.51 (dev 19 -> 22 of 40, held-out 18 -> 20 of 42)
#: for answers 20% longer on average; samples/eval unchanged (bench/serve/RESULTS.md)
NEIGHBOUR_KEEP_RATIO = 0.5
#: chunks whose sentences are considered; deeper hits are citations only
ANSWER_CHUNKS = 3
#: a sentence covering this share of the question's weighted terms settles the answer by words
#: alone: no encoder pass (on samples/eval the similarity never changed such an answer)
CONFIDENT_COVERAGE = 0.4
#: otherwise only this many sentences, the best by coverage, are embedded and compete (~14 on
#: average before; 8 kept the sample answer check rate at 0.76, 6 dropped it to 0.73)
SIMILARITY_CANDIDATES = 8

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
#: a word of single letters each followed by a period: an initial ("Peter S. Galbraith") or an
#: abbreviation such as "e.g.", "i.e.", "U.S.", "z.B.", "d.h."
_LETTER_DOTS = re.compile(r"^(?:[^\W\d_]\.)+$")
#: abbreviations that manuals put before a capital or a number ("see Fig. 3", "p. 12", "vs. IPv6",
#: "Nr. 5"); "etc." is not among them, nor words such as "app.": they end sentences as often as not
_ABBREVIATIONS = frozenset(
    "fig. figs. sec. secs. eq. eqs. no. nos. nr. vol. ch. chap. p. pp. cf. vs. approx. incl. "
    "dr. mr. mrs. ms. prof. st. bzw. vgl. ca. resp. ref. refs.".split()
)
_QUANTITY_QUESTION = re.compile(
    r"\b(how (many|much|long|often|far|heavy|high|large|big|hot|cold|fast|old)|what (size|temperature|"
    r"pressure|speed|port|number|value|limit|percentage|interval|version)|which (port|number|value|version))\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(\d+(\.\d+)*|[A-Z]\.|Chapter|Section|Table|Figure)\s")
_QUANTITY = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|"
    r"million|once|twice|half|quarter|dozen)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    text: str
    found: bool
    #: positions in the hit list of the chunks the answer quotes (citation number - 1)
    cited: tuple[int, ...]


@dataclass(frozen=True)
class Candidate:
    text: str
    hit: int  # rank of its chunk
    position: int  # order inside the chunk
    #: its BM25 terms, tokenized once: coverage is computed twice per answer (shortlist, score)
    terms: frozenset[str]


def split_sentences(text: str) -> list[str]:
    """Sentences of a chunk; lines of code/tables stay separate, wrapped prose lines are joined."""
    units: list[str] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            units.append("")
        # A line that continues a sentence (previous line unfinished, this one lower-case).
        elif units and units[-1] and not units[-1].endswith((".", "!", "?", ":", ";")) and line[0].islower():
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
    out: list[str] = []
    for unit in units:
        out.extend(s.strip() for s in _split_at_sentence_ends(unit) if s.strip())
    return out


def _split_at_sentence_ends(text: str) -> list[str]:
    """``text`` cut after each ".", "!" or "?" that is followed by a capital or a digit, unless
    the word it ends is an initial or an abbreviation: cutting "written by Peter S. Galbraith"
    after "S." loses the answer's last word."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        words = text[start : end.start()].rsplit(None, 1)  # only the last word is read
        if words and _is_abbreviation(words[-1]):
            continue
        pieces.append(text[start : end.start()])
        start = end.end()
    pieces.append(text[start:])
    return pieces


def _is_abbreviation(word: str) -> bool:
    word = word.lstrip("([\"'")
    return _LETTER_DOTS.match(word) is not None or word.casefold() in _ABBREVIATIONS


def _is_heading(sentence: str) -> bool:
    """"3.1 The VX-4 drive controller": short, numbered or unpunctuated -> a heading, not an answer."""
    words = sentence.split()
    if len(words) < 4:
        return True
    return not sentence.endswith((".", "!", "?", ")", "\"")) and (len(words) <= 8 or _NUMBERED.match(sentence) is not None)


def candidates(hits: list[SearchHit]) -> list[Candidate]:
    """The sentences of the top chunks that could be an answer."""
    return [
        Candidate(sentence, rank, position, terms)
        for rank, hit in enumerate(hits[:ANSWER_CHUNKS])
        for position, sentence, terms in _answer_sentences(hit.chunk["text"])
    ]


@lru_cache(maxsize=4096)
def _answer_sentences(chunk_text: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """(position, sentence, BM25 terms) of a chunk's non-heading sentences.

    Cached by the chunk's text: chunks never change inside an index version, popular pages are
    cited over and over, and splitting and tokenizing three chunks was the largest part of the
    event loop's own work per request (bench/serve/RESULTS.md, fourth round).
    """
    return tuple(
        (position, sentence, frozenset(tokenize(sentence)))
        for position, sentence in enumerate(split_sentences(chunk_text))
        if not _is_heading(sentence)
    )


def _coverage(
    question: str, pool: list[Candidate], idf: Callable[[str], float], indexed: Callable[[str], bool] | None = None
) -> list[float]:
    """The idf-weighted share of the question's terms each candidate contains (0..1); only of
    the terms some chunk contains, if ``indexed`` says which."""
    terms = {t for t in tokenize(question) if indexed is None or indexed(t)}
    weights = {t: idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    return [sum(weights[t] for t in terms & c.terms) / total for c in pool]


def similarity_shortlist(
    question: str, pool: list[Candidate], idf: Callable[[str], float], indexed: Callable[[str], bool]
) -> list[Candidate]:
    """The candidates worth an encoder pass, in pool order; empty when words settle it.

    Why: embedding ~14 sentences costs an order of magnitude more than the query itself, so doing
    it for every question caps throughput far below the embedder's (bench/serve/RESULTS.md).
    Words the index does not contain at all ("how *often* ...") cannot be matched by any
    sentence, so they do not count against the coverage that decides this.
    """
    coverage = _coverage(question, pool, idf, indexed)
    if not pool or max(coverage) >= CONFIDENT_COVERAGE:
        return []
    order = sorted(range(len(pool)), key=lambda i: -coverage[i])[:SIMILARITY_CANDIDATES]
    return [pool[i] for i in sorted(order)]


def extractive_answer(
    question: str,
    hits: list[SearchHit],
    pool: list[Candidate],
    idf: Callable[[str], float],
    similarity: list[float] | None = None,
    *,
    max_sentences: int = 3,
    max_chars: int = 400,
) -> Answer:
    """Pick the sentences of ``pool`` that answer ``question``.

    ``similarity`` (cosine of each candidate sentence to the question, same order as ``pool``)
    catches paraphrases that share no word with the question ("how heavy" / "weighs").
    """
    if not pool:
        return Answer(NO_ANSWER, False, ())
    wants_quantity = bool(_QUANTITY_QUESTION.search(question))
    scored = []
    for i, (candidate, coverage) in enumerate(zip(pool, _coverage(question, pool, idf))):
        score = LEXICAL_WEIGHT * coverage + RANK_PRIOR / (1 + candidate.hit)
        if similarity is not None:
            score += similarity[i]
        if wants_quantity and _QUANTITY.search(candidate.text):
            score += QUANTITY_BONUS
        scored.append((score, coverage, candidate))
    scored.sort(key=lambda item: -item[0])
    best_score, best_coverage, best = scored[0]
    if hits[0].dense_score < MIN_SIMILARITY and best_coverage < MIN_COVERAGE:
        return Answer(NO_ANSWER, False, ())
    chosen = [best]
    length = len(best.text)
    for score, _, candidate in scored[1:]:
        if len(chosen) == max_sentences:
            break
        neighbour = candidate.hit == best.hit and abs(candidate.position - best.position) == 1
        if score < (NEIGHBOUR_KEEP_RATIO if neighbour else KEEP_RATIO) * best_score:
            continue
        if length + len(candidate.text) + 5 > max_chars:
            continue
        chosen.append(candidate)
        length += len(candidate.text) + 5
    # Read in document order: by chunk rank, then position inside the chunk.
    chosen.sort(key=lambda c: (c.hit, c.position))
    text = " ".join(f"{_clip(c.text, max_chars)} [{c.hit + 1}]" for c in chosen)
    return Answer(text, True, tuple(sorted({c.hit for c in chosen})))


def _clip(sentence: str, max_chars: int) -> str:
    """A single over-long "sentence" (a table flattened into one line) is cut at a word."""
    if len(sentence) <= max_chars:
        return sentence
    return sentence[:max_chars].rsplit(" ", 1)[0] + " …"
