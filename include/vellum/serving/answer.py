"""Extractive answers with citations: the default, LLM-free answer.

Why extractive: no small model that runs offline here writes faithful answers (DESIGN.md), and a
sentence quoted verbatim from the cited page cannot hallucinate a number. The answer is the one
to three sentences of the top chunks that best cover the question's terms, each followed by the
number of its citation (``[1]`` = first citation), quoted whole so numbers and units stay intact.

Sentence score = idf-weighted share of the question's terms the sentence contains
+ a prior for the rank of its chunk (retrieval already judged the chunk as a whole)
+ a bonus for sentences that hold a quantity when the question asks for one ("how many ...").

When nothing relevant was retrieved (low cosine similarity and little term overlap) the answer
says so instead of quoting the nearest noise, and the citations show what was nearest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vellum.index import SearchHit
from vellum.index.bm25 import tokenize

NO_ANSWER = "I could not find an answer to that in the indexed documents."

#: Cosine similarity (MiniLM) below which a chunk is unlikely to be about the question ...
MIN_SIMILARITY = 0.3
#: ... unless its best sentence still covers this share of the question's weighted terms.
MIN_COVERAGE = 0.5
RANK_PRIOR = 0.3
QUANTITY_BONUS = 0.2
#: chunks whose sentences are considered; deeper hits are citations only
ANSWER_CHUNKS = 3

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_QUANTITY_QUESTION = re.compile(
    r"\b(how (many|much|long|often|far|heavy|high|large|big|hot|cold|fast|old)|what (size|temperature|"
    r"pressure|speed|port|number|value|limit|percentage|interval|version)|which (port|number|value|version))\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|once|twice|half|quarter|dozen)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    text: str
    found: bool
    #: positions in the hit list of the chunks the answer quotes (citation number - 1)
    cited: tuple[int, ...]


@dataclass(frozen=True)
class _Sentence:
    text: str
    hit: int  # rank of its chunk
    position: int  # order inside the chunk
    score: float
    coverage: float


def split_sentences(text: str) -> list[str]:
    """Sentences of a chunk; lines of code/tables stay separate, wrapped prose lines are joined."""
    lines = [line.strip() for line in text.splitlines()]
    units: list[str] = []
    for line in lines:
        if not line:
            units.append("")
            continue
        # A line that continues a sentence (previous line unfinished, this one lower-case).
        if units and units[-1] and not units[-1].endswith((".", "!", "?", ":", ";")) and line[0].islower():
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
    out: list[str] = []
    for unit in units:
        out.extend(s.strip() for s in _SENTENCE_END.split(unit) if s.strip())
    return out


def extractive_answer(
    question: str,
    hits: list[SearchHit],
    idf: Callable[[str], float],
    *,
    max_sentences: int = 3,
    max_chars: int = 400,
) -> Answer:
    """Pick the sentences that answer ``question`` from the top ``hits``."""
    terms = set(tokenize(question))
    weights = {t: idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    wants_quantity = bool(_QUANTITY_QUESTION.search(question))
    candidates: list[_Sentence] = []
    for rank, hit in enumerate(hits[:ANSWER_CHUNKS]):
        for position, sentence in enumerate(split_sentences(hit.chunk["text"])):
            tokens = set(tokenize(sentence))
            if len(tokens) < 3:  # headings and stray labels are not answers
                continue
            coverage = sum(weights[t] for t in terms & tokens) / total
            score = coverage + RANK_PRIOR / (1 + rank)
            if wants_quantity and _QUANTITY.search(sentence):
                score += QUANTITY_BONUS
            candidates.append(_Sentence(sentence, rank, position, score, coverage))
    if not candidates:
        return Answer(NO_ANSWER, False, ())
    candidates.sort(key=lambda s: -s.score)
    best = candidates[0]
    if hits[0].dense_score < MIN_SIMILARITY and best.coverage < MIN_COVERAGE:
        return Answer(NO_ANSWER, False, ())
    chosen = [best]
    length = len(best.text)
    for candidate in candidates[1:]:
        if len(chosen) == max_sentences or candidate.score < 0.75 * best.score:
            break
        if length + len(candidate.text) + 5 > max_chars:
            continue
        chosen.append(candidate)
        length += len(candidate.text) + 5
    # Read in document order: by chunk rank, then position inside the chunk.
    chosen.sort(key=lambda s: (s.hit, s.position))
    text = " ".join(f"{_clip(s.text, max_chars)} [{s.hit + 1}]" for s in chosen)
    return Answer(text, True, tuple(sorted({s.hit for s in chosen})))


def _clip(sentence: str, max_chars: int) -> str:
    """A single over-long "sentence" (a table flattened into one line) is cut at a word."""
    if len(sentence) <= max_chars:
        return sentence
    return sentence[:max_chars].rsplit(" ", 1)[0] + " …"
