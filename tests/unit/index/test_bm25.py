"""BM25 behaviour retrieval quality depends on (bench/quality/RESULTS.md)."""

from __future__ import annotations

import numpy as np

from vellum.index.bm25 import BM25Index, _compound_parts, _negated_term, tokenize

TEXTS = [
    "The package was packaged by the maintainers.",
    "Set max_inflight_msgs to bound unacknowledged messages.",
    "The pump pump pump pump runs. The motor runs.",
    "The motor runs quietly.",
]


def test_porter_stemming_joins_word_forms():
    assert tokenize("packaging executes graylevels") == tokenize("packaged execute graylevel")


def test_compound_tokens_match_whole_and_by_part():
    index = BM25Index(TEXTS)
    assert int(np.argmax(index.scores("max_inflight_msgs"))) == 1
    assert int(np.argmax(index.scores("how many inflight messages"))) == 1


def test_stopwords_alone_match_nothing():
    assert not BM25Index(TEXTS).scores("what is the").any()


def test_rare_terms_outweigh_common_ones():
    index = BM25Index(TEXTS)
    assert index.idf("quietli") > index.idf("motor") > 0
    assert int(np.argmax(index.scores("motor quietly"))) == 3


def test_term_frequency_saturates():
    """Four mentions score well under four times one mention (k1 bounds the gain)."""
    scores = BM25Index(["pump pump pump pump", "pump valve seal gasket", "motor"]).scores("pump")
    assert scores[1] < scores[0] < 2 * scores[1]


def test_camel_case_names_match_the_words_they_are_made_of():
    texts = ["Set rl_config.emptyTableAction to decide.", "A table has rows.", "An empty cup.", "Actions run."]
    index = BM25Index(texts)
    assert int(np.argmax(index.scores("what action for an empty table"))) == 0
    assert int(np.argmax(index.scores("emptyTableAction"))) == 0


def test_a_spelling_the_collection_lacks_is_scored_as_the_one_it_writes():
    """"u-blox" asked of a manual that writes "ublox", "plugin" of one that writes "plug-in";
    where the collection writes both, each is scored as itself, the word not weighed twice."""
    texts = ["The ubx format reads ublox raw logs.", "Plug-in modules load at start.", "Raw logs of other makers."]
    index = BM25Index(texts)
    assert int(np.argmax(index.scores("u-blox logs"))) == 0
    assert int(np.argmax(index.scores("which plugins load"))) == 1
    both = BM25Index(["an e-mail client", "an email client", "a web client"])
    assert both.scores("email")[0] == 0 and both.scores("e-mail")[1] == 0
    assert not BM25Index(["utf8 text"]).scores("utf-8").any()  # a version, not a word


def test_glued_compounds_are_indexed_under_their_parts():
    """LEFTPADDING has no case or separator to split on; its parts come from the vocabulary."""
    filler = [f"the left margin {n}" for n in range(5)] + [f"padding of box {n}" for n in range(5)]
    index = BM25Index(["Cell style LEFTPADDING 6.", *filler])
    assert int(np.argmax(index.scores("how much left padding"))) == 0


def test_compound_split_needs_parts_more_common_than_the_compound():
    cases = [
        ("leftpad", {"leftpad": 2, "left": 10, "pad": 8}, ("left", "pad")),
        ("function", {"function": 20, "func": 6, "tion": 6}, None),  # an ordinary word stays whole
        ("leftpad", {"leftpad": 2, "left": 10, "pad": 4}, None),  # a part too rare to trust
        ("backgroundcolor", {"backgroundcolor": 3, "background": 9, "backgroundcol": 4, "color": 30, "or": 99}, ("background", "color")),
        ("setpad", {"setpad": 1, "set": 50, "pad": 50}, None),  # too short to be a compound
        ("pad2left", {"pad2left": 1, "pad2": 9, "left": 9}, None),  # not a word
    ]
    for term, df, want in cases:
        assert _compound_parts(term, df) == want, term


def test_a_negation_is_indexed_under_the_word_it_negates():
    """"Is the AVR port still maintained?" must find "currently unmaintained": without the rule
    the shorter text about the port wins (the negation matched nothing)."""
    filler = [f"the library is maintained by team {n}" for n in range(5)]
    texts = ["The AVR port is currently unmaintained.", "The AVR port has pragmas.", "The AVR port banks registers."]
    index = BM25Index([*texts, *filler])
    assert int(np.argmax(index.scores("is the avr port still maintained"))) == 0


def test_only_a_negation_of_an_indexed_word_of_five_letters_or_more_is_cut():
    cases = [
        ("unmaintain", {"unmaintain": 1, "maintain": 6}, ("maintain",)),
        ("nonempti", {"nonempti": 1, "empti": 9}, ("empti",)),
        ("unmaintain", {"unmaintain": 1, "maintain": 2}, None),  # the base too rare to trust
        ("unit", {"unit": 9, "it": 99}, None),
        ("under", {"under": 9, "der": 9}, None),
        ("uniform", {"uniform": 9, "form": 9}, None),  # "iform" is no indexed word
    ]
    for term, df, want in cases:
        assert _negated_term(term, df) == want, term
