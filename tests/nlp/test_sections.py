"""Long documents are coded in sections: the cut is clean, nothing but whitespace is lost, offsets come back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import Document
from eventwire.nlp.sections import SECTION_CHARS, split_sections

PARAGRAPH = "Talks between the two governments resumed on Monday. Both sides said progress was slow."


@given(st.text(alphabet=st.sampled_from("ab .\n!?\t"), max_size=400), st.integers(min_value=1, max_value=60))
def test_sections_cover_the_text_within_the_limit_in_order(text: str, limit: int) -> None:
    sections = split_sections(text, limit)
    position = 0
    for section in sections:
        assert 0 < len(section.text) <= limit or (section.start == 0 and section.text == text)
        assert text[section.start : section.end] == section.text
        assert not text[position : section.start].strip(), "only whitespace may fall between sections"
        position = section.end
    assert not text[position:].strip()


def test_a_text_within_the_limit_is_one_section_unchanged() -> None:
    [section] = split_sections(PARAGRAPH, limit=len(PARAGRAPH))
    assert (section.start, section.text) == (0, PARAGRAPH)


def test_sections_end_at_paragraph_breaks_then_sentence_ends() -> None:
    text = "\n\n".join([PARAGRAPH] * 6)
    sections = split_sections(text, limit=2 * len(PARAGRAPH) + 10)
    assert len(sections) == 3
    assert all(s.text.strip() == f"{PARAGRAPH}\n\n{PARAGRAPH}" for s in sections)
    one_paragraph = " ".join([PARAGRAPH] * 6)
    for section in split_sections(one_paragraph, limit=100):
        assert section.text.rstrip().endswith(".")


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one character"):
        split_sections("text", 0)


@pytest.mark.slow
def test_a_long_document_is_coded_in_sections_with_its_own_offsets() -> None:
    from eventwire.pipeline import Coder

    story = (
        "Police arrested dozens of protesters in Nairobi on Tuesday, officials said. "
        "The weather stayed mild along the coast. Kenya and Somalia held talks in Mogadishu on Monday.\n\n"
    )
    text = story * (3 * SECTION_CHARS // len(story))
    assert len(split_sections(text)) >= 3
    coder = Coder()
    [result] = coder.code_many([Document("long", text, published=None)])
    assert result.error is None
    events = result.events
    assert len(events) >= 3 * len(coder.code(Document("one", story)))
    assert len({e.id for e in events}) == len(events), "events of different sections must not share an id"
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
        for actor in (event.source, event.target):
            if actor is not None and actor.start is not None and actor.end is not None:
                assert text[actor.start : actor.end] == actor.text
    assert [e.id for e in coder.code(Document("long", text))] == [e.id for e in events]
