"""Seventh round of the extractive answer: the shapes real manuals put answers in (option and
definition lists, lists and code after a colon, sentences that lean on the one before, lines
broken over a page) and the answer's length budget (bench/serve/RESULTS.md, seventh round)."""

from __future__ import annotations

from vellum.index import SearchHit
from vellum.serving.answer import candidates, extractive_answer, split_sentences


def hit(text: str, similarity: float = 0.6, page: int = 1) -> SearchHit:
    return SearchHit({"chunk_id": f"c{page}", "doc_id": "d", "page": page, "ordinal": 0, "text": text}, 0.03, similarity)


def words(question: str):
    """idf 1 for every term: coverage is the plain share of the question's terms."""
    return lambda term: 1.0


def answer_from(text: str, question: str) -> str:
    """The extractive answer to `question` from one chunk of `text`, every term weighing 1."""
    hits = [hit(text)]
    return extractive_answer(question, hits, candidates(hits), words("")).text


def test_an_option_on_its_own_line_is_kept_with_its_description():
    text = (
        "4.2 Options\nThe following command-line options are recognized by camlidl.\n\n"
        "-cpp\n\nPre-process the source IDL files with the C preprocessor.\n\n"
        "-nocpp\n\nSuppresses the pre-processing of source IDL files.\n\n"
        "-I dir\n\nAdd the directory dir to the list of directories searched."
    )
    assert split_sentences(text) == [
        "4.2 Options",
        "The following command-line options are recognized by camlidl.",
        "-cpp: Pre-process the source IDL files with the C preprocessor.",
        "-nocpp: Suppresses the pre-processing of source IDL files.",
        "-I dir: Add the directory dir to the list of directories searched.",
    ]
    answer = answer_from(text, "Which flag suppresses pre-processing?")
    assert "-nocpp" in answer


def test_a_short_definition_is_an_answer_not_a_heading():
    """"strokeColor" / "Color of the axis": five words, no period, but a definition, not a heading."""
    text = "11.5 Axes\nvisible\n\nShould the axis be drawn at all?\n\nstrokeColor\n\nColor of the axis\n\ntickUp\n\nHow far above the axis should the tick marks protrude?"
    sentences = [c.text for c in candidates([hit(text)])]
    assert sentences == [
        "visible: Should the axis be drawn at all?",
        "strokeColor: Color of the axis",
        "tickUp: How far above the axis should the tick marks protrude?",
    ]


def test_code_lines_and_capitalised_headings_are_not_terms():
    code = "open file\nread .skip.\nskip 10\n\nCase 3 - header lines marked by a textual key."
    assert "Case 3 - header lines marked by a textual key." in split_sentences(code)
    assert not any(s.startswith("skip 10:") for s in split_sentences(code))
    heading = "Description\n\nThis value will be used when there is no frame attribute on the table."
    assert split_sentences(heading)[0] == "Description"


def test_a_sentence_broken_over_a_page_is_joined_and_a_numbered_heading_is_not():
    page_break = "For example, sitting on a line that says set font size 10, it will display set font\n\nsize: default is 12 point."
    assert split_sentences(page_break) == [
        "For example, sitting on a line that says set font size 10, it will display set font size: default is 12 point."
    ]
    heading = "14.3 Compilation on Unix computers\nof Spring 1997, the GNU compiler has problems with templates."
    assert split_sentences(heading)[0] == "14.3 Compilation on Unix computers"
    # a short line before a blank one is not a broken sentence (code, a caption)
    assert split_sentences("draw axes\n\nset graylevel 0") == ["draw axes", "set graylevel 0"]


def test_an_ellipsis_before_a_number_does_not_end_the_sentence():
    text = "The example draws lines from the tics on the x axis (ie, at 0, 0.1, 0.2, ... 1): Done. Next... Then more."
    assert split_sentences(text)[0] == "The example draws lines from the tics on the x axis (ie, at 0, 0.1, 0.2, ... 1): Done."
    assert split_sentences("It stops here... Then it goes on.") == ["It stops here...", "Then it goes on."]


def test_a_sentence_that_leans_on_the_one_before_brings_it_along():
    text = (
        "With no optional parameters, draw labelled contours. With labelled, put the given label instead of a numeric label. "
        "This can be useful for using scientific notation for exponents. The lines are black."
    )
    answer = answer_from(text, "How do I use scientific notation exponents?")
    assert answer == (
        "With labelled, put the given label instead of a numeric label. [1] "
        "This can be useful for using scientific notation for exponents. [1]"
    )
    # "To get around this, ..." and "If those types ..." lean on the sentence before too
    text = "Gri ignores the new command. Gri warns you and ignores your newer definition. To get around this, use capital letters."
    answer = answer_from(text, "How do I get around a clash?")
    assert "ignores your newer definition" in answer


def test_the_list_a_sentence_introduces_is_quoted_with_it():
    text = (
        "Conversion proceeds element by element. The number of elements is determined as follows (in the order presented):\n\n"
        "• By the length_is attribute, if present.\n• By the size_is attribute, if present.\n"
        "• By the bound written in the array type, if any.\n\nStrings are handled apart."
    )
    answer = answer_from(text, "How is the number of elements determined?")
    assert answer == (
        "The number of elements is determined as follows (in the order presented):\n"
        "• By the length_is attribute, if present.\n• By the size_is attribute, if present.\n"
        "• By the bound written in the array type, if any. [1]"
    )


def test_code_after_a_colon_is_quoted_with_the_sentence():
    text = (
        "Draw several lines. The following example shows how to draw thin gray lines at the labelled tics:\n\n"
        "set x axis 0 1 0.1\ndraw axes\nset graylevel 0.75\ndraw lines vertically 0 1 0.1"
    )
    answer = answer_from(text, "How do I draw thin gray lines at labelled tics?")
    assert answer.startswith("The following example shows how to draw thin gray lines at the labelled tics:\n")
    assert "draw lines vertically 0 1 0.1 [1]" in answer


def test_a_weaker_shorter_sentence_does_not_take_the_place_of_one_that_did_not_fit():
    long = "The preprocessor symbol CAMLIDL is defined by camlidl when it preprocesses " + "its input files " * 20 + "."
    text = f"Camlidl defines a preprocessor symbol for its input files. {long} The symbol helps."
    hits = [hit(text)]
    pool = candidates(hits)
    similarity = [0.9, 0.85, 0.7]  # all three would pass the keep ratio; the second is too long
    answer = extractive_answer("Which preprocessor symbol?", hits, pool, lambda t: 0.0, similarity, max_chars=300)
    assert answer.text == "Camlidl defines a preprocessor symbol for its input files. [1]"
