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
Headings ("3.1 The VX-4 drive controller") are never answers. Around the sentences chosen, the
shapes manuals give answers (bench/serve/RESULTS.md, seventh round): an option or a definition's
term on a line of its own is kept with its description ("-nocpp: Suppresses ..."); a sentence
that ends in ":" brings the list items or code lines it introduces, one per line; a sentence that
leans on the one before ("This can be useful ...", "To get around this, ...") brings that one.

When nothing relevant was retrieved (low cosine similarity and little term overlap) the answer
says so instead of quoting the nearest noise, and the citations show what was nearest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
#: the answer's length budget: sentences join in score order until the next one does not fit,
#: and then no lower-scored one takes its place (filling the budget with shorter, weaker sentences
#: had dropped the second best: answers 9 characters shorter on the manuals at the same check
#: rate); 400 -> 450 then took it to 0.57 (dev 25 -> 26) for 285 characters, as long as before
#: this round (500: 0.59 for 313 characters; bench/serve/RESULTS.md, seventh round)
MAX_ANSWER_CHARS = 450
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
#: a sentence that opens on what the one before it said ("This can be useful for ...", "To get
#: around this, ...", "If those types are used ...", "Hence, ...") is quoted with the sentence
#: before it: alone it does not say what it is about
_DEPENDENT_OPENING = re.compile(
    r"^(?:(?:This|These|That|Those|It|They|Such|Hence|Thus|Therefore|Otherwise|Then)\b"
    r"|(?:\S+ ){1,2}(?:this|these|those)\b"
    r"|[^,.;:]{0,40}\b(?:this|that|these|those|it)\s*,)"
)
#: a list item or a line of code after a sentence that ends in ":"
_LIST_OR_CODE = re.compile(r"^(?:[•·▪◦*–-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|[^A-Z\s])")
#: at most this many units after a sentence ending in ":" join it
INTRODUCED_UNITS = 6
_QUANTITY_QUESTION = re.compile(
    r"\b(how (many|much|long|often|far|heavy|high|large|big|hot|cold|fast|old)|what (size|temperature|"
    r"pressure|speed|port|number|value|limit|percentage|interval|version)|which (port|number|value|version))\b",
    re.IGNORECASE,
)
#: a line ending so is finished: the next line starts a new unit even if it starts in lower case
_FINISHED = (".", "!", "?", ":", ";")
#: a section heading's number ("14.3 Compilation on Unix computers", "3 Invoking Gri"): the line
#: after it never continues it, whatever its case (a chunk starts with its section's heading)
_SECTION_HEADING = re.compile(r"^(\d+(\.\d+)+\.?\s|\d+\s+[A-Z])")
#: a definition's term: an option ("-nocpp", "--disable-frepo", "-D symbol=value"), an identifier
#: ("tickUp", "table.frame.border", "gri_merge"), a lower-case word ("visible"), a command in braces
#: ("{rpn x mean}") or a backslash name; capitalised words ("Description", "Options") are not
#: terms, nor several words that start with a plain one ("skip 10", "draw axes": code)
_TERM = re.compile(r"^(?:[-/\\.{<@$%]|[a-z]|[A-Za-z]\w*[_.=(<\[/-]\S|[a-z]+[A-Z])")
_TERM_NOT_ENDING = (".", "!", "?", ",", ";")
MAX_TERM_CHARS = 40
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
    return [sentence for sentence, _ in _sentence_units(text)]


def _sentence_units(text: str) -> list[tuple[str, bool]]:
    """(sentence, is a definition) of a chunk: ``split_sentences`` with the definitions marked.

    Lines are joined before sentences are cut: a wrapped prose line continues the one before it
    (lower-case start, the line before unfinished), also across one blank line when the line before
    is a long unfinished sentence (a paragraph the PDF broke over a page or column: "it will display
    set font" / "" / "size: default is 12 point"), but never onto a numbered heading ("14.3
    Compilation on Unix computers" / "of Spring 1997, the GNU compiler ..."). A definition's term
    on a line of its own ("-nocpp", "tickUp", "{rpn x mean}") is kept with its description
    ("-nocpp: Suppresses the pre-processing of source IDL files."): alone it is too short to be an
    answer and the description alone does not name what it describes.
    """
    units: list[str] = []
    definitions: set[int] = set()
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            if units and units[-1]:
                units.append("")
            continue
        last = units[-1] if units else ""
        if last and line[0].islower() and not last.endswith(_FINISHED) and not _SECTION_HEADING.match(last):
            units[-1] = f"{last} {line}"
        elif (
            not last and len(units) >= 2 and line[0].islower() and len(units[-2].split()) >= 6
            and units[-2][-1].isalpha() and not _SECTION_HEADING.match(units[-2])
        ):
            units.pop()
            units[-1] = f"{units[-1]} {line}"
        elif (term := _term_before(units)) is not None and line[0].isupper():
            while units[-1] != term:
                units.pop()
            separator = " " if term.endswith(":") else ": "
            units[-1] = f"{term}{separator}{line}"
            definitions.add(len(units) - 1)
        else:
            units.append(line)
    out: list[tuple[str, bool]] = []
    for i, unit in enumerate(units):
        pieces = [s.strip() for s in _split_at_sentence_ends(unit) if s.strip()]
        out.extend((piece, i in definitions and j == 0) for j, piece in enumerate(pieces))
    return out


def _term_before(units: list[str]) -> str | None:
    """The last unit if it is a definition's term standing alone (after at most one blank line)
    at the start of an entry: first in the chunk or after a blank line, a finished sentence or a
    section heading. Code lines ("skip 10" right after "open file") are not entries."""
    at = len(units) - 1
    if at >= 1 and not units[at]:
        at -= 1
    if at < 0:
        return None
    term = units[at]
    if len(term) > MAX_TERM_CHARS or len(term.split()) > 3 or term.endswith(_TERM_NOT_ENDING):
        return None
    if not _TERM.match(term) or _SECTION_HEADING.match(term) or not any(ch.isalnum() for ch in term):
        return None
    if " " in term and term.split(None, 1)[0].isalpha():  # "skip 10", "draw axes": a code line
        return None
    before = units[at - 1] if at >= 1 else ""
    if before and not before.endswith(_FINISHED) and not _SECTION_HEADING.match(before):
        return None
    return term


def _split_at_sentence_ends(text: str) -> list[str]:
    """``text`` cut after each ".", "!" or "?" that is followed by a capital or a digit, unless
    the word it ends is an initial or an abbreviation: cutting "written by Peter S. Galbraith"
    after "S." loses the answer's last word."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        words = text[start : end.start()].rsplit(None, 1)  # only the last word is read
        if words and _is_abbreviation(words[-1]):
            continue
        # "at 0, 0.1, 0.2, ... 1)": an ellipsis before a number leaves out items, it ends nothing
        if words and words[-1].endswith(("...", "…")) and text[end.end()].isdigit():
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
        for position, sentence in enumerate(_chunk_units(chunk_text))
        if not _is_heading(sentence) or (sentence in _definitions(chunk_text) and len(sentence.split()) >= 3)
    )


@lru_cache(maxsize=4096)
def _split_chunk(chunk_text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    units = _sentence_units(chunk_text)
    return tuple(u for u, _ in units), frozenset(u for u, definition in units if definition)


def _chunk_units(chunk_text: str) -> tuple[str, ...]:
    """Every sentence and line of a chunk, headings and code included, in order (cached)."""
    return _split_chunk(chunk_text)[0]


def _definitions(chunk_text: str) -> frozenset[str]:
    """The chunk's "term: description" sentences: never headings, however short."""
    return _split_chunk(chunk_text)[1]


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
    max_chars: int = MAX_ANSWER_CHARS,
    cite: Sequence[int] | None = None,
) -> Answer:
    """Pick the sentences of ``pool`` that answer ``question``.

    ``similarity`` (cosine of each candidate sentence to the question, same order as ``pool``)
    catches paraphrases that share no word with the question ("how heavy" / "weighs").
    ``cite`` is the citation number (1-based) of each of ``hits`` when the answer reads chunks
    other than the ones cited (their pages' citations); by default ``hits`` are the citations.
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
    chunks = [_chunk_units(hit.chunk["text"]) for hit in hits[:ANSWER_CHUNKS]]
    chosen: dict[tuple[int, int], str] = {}
    introduced: set[tuple[int, int]] = set()  # list items and code lines a chosen sentence introduces
    length = 0

    def take(hit: int, position: int, text: str, force: bool = False) -> bool:
        nonlocal length
        if (hit, position) in chosen:
            return True
        if not force and length + len(text) + 5 > max_chars:
            return False
        chosen[(hit, position)] = text
        length += len(text) + 5
        return True

    def take_with_context(candidate: Candidate, force: bool = False) -> None:
        if not take(candidate.hit, candidate.position, candidate.text, force):
            return
        units = chunks[candidate.hit]
        # "This can be useful for ..." / "To get around this, ...": the sentence before says what
        if candidate.position > 0 and _DEPENDENT_OPENING.match(candidate.text):
            before = units[candidate.position - 1]
            if not _is_heading(before):
                take(candidate.hit, candidate.position - 1, before)
        # "... is determined as follows (in the order presented):" - the list or code is the answer
        if candidate.text.endswith(":"):
            for offset, unit in enumerate(_introduced(units, candidate.position + 1), start=1):
                if not take(candidate.hit, candidate.position + offset, unit):
                    break
                introduced.add((candidate.hit, candidate.position + offset))

    take_with_context(best, force=True)
    sentences = 1
    for score, _, candidate in scored[1:]:
        if sentences == max_sentences:
            break
        neighbour = candidate.hit == best.hit and abs(candidate.position - best.position) == 1
        if score < (NEIGHBOUR_KEEP_RATIO if neighbour else KEEP_RATIO) * best_score:
            continue
        if (candidate.hit, candidate.position) in chosen:
            continue
        if length + len(candidate.text) + 5 > max_chars:
            break  # a shorter sentence that scores lower does not take the place of this one
        take_with_context(candidate)
        sentences += 1
    # Read in document order: by chunk rank, then position inside the chunk; the items a sentence
    # introduces go on lines of their own, with one citation after the last.
    def number(hit: int) -> int:
        return cite[hit] if cite is not None else hit + 1

    parts: list[str] = []
    order = sorted(chosen)
    for i, (hit, position) in enumerate(order):
        text = _clip(chosen[(hit, position)], max_chars)
        follows = i + 1 < len(order) and order[i + 1] == (hit, position + 1) and order[i + 1] in introduced
        parts.append(f"{text}\n" if follows else f"{text} [{number(hit)}] ")
    return Answer("".join(parts).rstrip(), True, tuple(sorted({number(hit) - 1 for hit, _ in chosen})))


def _introduced(units: tuple[str, ...], start: int) -> list[str]:
    """What a sentence ending in ":" introduces: the next unit, then the list items and code lines
    that follow it (at most ``INTRODUCED_UNITS``), up to the next prose sentence or heading."""
    out: list[str] = []
    for unit in units[start : start + INTRODUCED_UNITS]:
        if _SECTION_HEADING.match(unit) or (out and not _LIST_OR_CODE.match(unit) and not _is_heading(unit)):
            break
        out.append(unit)
    return out


def _clip(sentence: str, max_chars: int) -> str:
    """A single over-long "sentence" (a table flattened into one line) is cut at a word."""
    if len(sentence) <= max_chars:
        return sentence
    return sentence[:max_chars].rsplit(" ", 1)[0] + " …"
