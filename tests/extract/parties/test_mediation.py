"""Mediation between two sides targets both sides."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.mediation import mediated, pair_phrase
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type, target_text


@pytest.mark.hand_built
def test_mediation_between_two_sides_targets_them(run: Run) -> None:
    text = "The Norwegian envoy began a mediation effort between Colombia and Venezuela."
    consult = of_type(run(text), "CONSULT")
    assert {target_text(e) for e in consult} == {"Colombia", "Venezuela"}
    assert all(e.source is not None and e.source.root.lower_ == "envoy" for e in consult)


MEDIATION = "The Norwegian envoy began a mediation effort between Colombia and Venezuela."


def test_the_between_phrase_of_the_effort_a_mediation_names_holds_the_first_side() -> None:
    assert text(pair_phrase(word(parsed(MEDIATION), "mediation"))) == "Colombia"


def test_the_mediator_goes_between_every_side() -> None:
    doc = parsed(MEDIATION)
    found = mediated(word(doc, "mediation"), frozenset({"mediation"}), word(doc, "Colombia"))
    assert found is not None
    assert text(found.mediator) == "envoy"
    assert [side.text for side in found.sides] == ["Colombia", "Venezuela"]


def test_a_noun_that_is_no_mediation_word_mediates_nothing() -> None:
    doc = parsed(MEDIATION)
    assert mediated(word(doc, "mediation"), frozenset({"talks"}), word(doc, "Colombia")) is None
