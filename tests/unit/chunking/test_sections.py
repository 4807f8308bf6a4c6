"""Section-aware chunking: every chunk starts with its section's heading, within the size budget."""

from __future__ import annotations

from vellum.chunking import ChunkingConfig, chunk_pages
from vellum.chunking.chunker import _word_piece_counter
from vellum.documents.headings import HEADING_MARK

SENTENCE = "The relay keeps a copy of every message on disk until the upstream queue acknowledges it. "
LONG = SENTENCE * 30  # several chunks' worth
CONFIG = ChunkingConfig(chunk_tokens=64, overlap_tokens=8)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_every_chunk_of_a_section_starts_with_its_heading_also_on_the_next_page():
    pages = [
        (1, _page(HEADING_MARK + "3.2 Retention", LONG)),
        (2, _page(LONG, HEADING_MARK + "3.3 Quotas", "Each tenant may hold at most 4,000 queues.")),
    ]
    chunks = chunk_pages("doc-1", pages, CONFIG)
    *retention, quotas = chunks
    assert len(retention) > 4 and {c.page for c in retention} == {1, 2}
    assert all(c.text.startswith("3.2 Retention\n") for c in retention)
    assert quotas.text == "3.3 Quotas\nEach tenant may hold at most 4,000 queues." and quotas.page == 2
    assert not any(HEADING_MARK in c.text for c in chunks)
    assert [c.ordinal for c in chunks if c.page == 2] == list(range(sum(c.page == 2 for c in chunks)))


def test_chunks_with_their_heading_stay_within_the_word_piece_budget():
    heading = HEADING_MARK + "9.3.41.42 set tic size and the other axis settings"
    count = _word_piece_counter()
    for chunk in chunk_pages("doc-1", [(1, _page(heading, LONG))], CONFIG):
        assert len(count(chunk.text)) <= CONFIG.chunk_tokens, chunk.text


def test_an_overlong_heading_is_cut_to_a_quarter_of_the_budget():
    heading = "Appendix " + " ".join(f"word{i}" for i in range(80))
    chunks = chunk_pages("doc-1", [(1, _page(HEADING_MARK + heading, LONG))], CONFIG)
    first_line = chunks[0].text.split("\n", 1)[0]
    assert heading.startswith(first_line) and len(_word_piece_counter()(first_line)) <= CONFIG.chunk_tokens // 4
    assert SENTENCE.strip() in chunks[0].text


def test_headings_without_text_between_them_form_one_heading():
    page = _page(HEADING_MARK + "9 Commands", HEADING_MARK + "9.1 Overview", "Commands are read line by line.")
    (chunk,) = chunk_pages("doc-1", [(1, page)], CONFIG)
    assert chunk.text == "9 Commands\n9.1 Overview\nCommands are read line by line."


def test_a_heading_at_the_foot_of_a_page_heads_the_next_page():
    pages = [(1, _page("Earlier text.", HEADING_MARK + "4 Loops")), (2, "Gri has only one kind of loop.")]
    first, second = chunk_pages("doc-1", pages, CONFIG)
    assert first.text == "Earlier text." and second.text == "4 Loops\nGri has only one kind of loop."


def test_without_section_headings_the_text_is_chunked_as_it_reads():
    pages = [(1, _page(HEADING_MARK + "3.2 Retention", "Messages are kept for seven days."))]
    (chunk,) = chunk_pages("doc-1", pages, ChunkingConfig(chunk_tokens=64, overlap_tokens=8, section_headings=False))
    assert chunk.text == "3.2 Retention\n\nMessages are kept for seven days."


def test_chunk_ids_are_stable_and_the_recipe_names_the_heading_switch():
    pages = [(1, _page(HEADING_MARK + "3.2 Retention", LONG))]
    assert [c.chunk_id for c in chunk_pages("doc-1", pages, CONFIG)] == [c.chunk_id for c in chunk_pages("doc-1", pages, CONFIG)]
    assert ChunkingConfig().to_dict()["section_headings"] is True
