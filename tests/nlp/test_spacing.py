"""Runs of spaces are parsed as one space, and every offset the coder reports is the document's own."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Coder, Document
from eventwire.nlp.spacing import squeeze


def test_a_text_without_runs_is_left_as_it_is() -> None:
    squeezed = squeeze("one space\n\nbetween words")
    assert not squeezed.changed
    assert squeezed.text == "one space\n\nbetween words"
    assert squeezed.start(4) == 4
    assert squeezed.end(9) == 9


def test_runs_of_spaces_become_one_and_offsets_map_back() -> None:
    original = "Rebels took  Bani   Saad on Monday."
    squeezed = squeeze(original)
    assert squeezed.text == "Rebels took Bani Saad on Monday."
    word = squeezed.text.index("Saad")
    start, end = squeezed.start(word), squeezed.end(word + len("Saad"))
    assert original[start:end] == "Saad"
    whole = squeezed.start(0), squeezed.end(len(squeezed.text))
    assert original[whole[0] : whole[1]] == original


def test_line_breaks_are_not_squeezed() -> None:
    assert squeeze("Headline\n\n  Body  text").text == "Headline\n\n Body text"


@pytest.mark.slow
def test_a_double_space_inside_a_name_codes_like_a_single_one() -> None:
    coder = Coder()
    single = "Gunmen attacked a police station in Tal Afar on Monday, killing two officers."
    double = "Gunmen  attacked a police station in  Tal  Afar on Monday, killing two officers."
    plain = coder.code(Document(id="single", text=single, published=date(2024, 5, 8)))
    spaced = coder.code(Document(id="double", text=double, published=date(2024, 5, 8)))
    assert [e.location.name if e.location else None for e in spaced] == [
        e.location.name if e.location else None for e in plain
    ]
    assert any(e.location and "Tal Afar" in e.location.name for e in spaced)
    for event in spaced:
        assert double[event.evidence.start : event.evidence.end] == event.evidence.sentence
        for actor in (event.source, event.target):
            if actor is not None and actor.start is not None and actor.end is not None:
                assert double[actor.start : actor.end] == actor.text
