"""A known armed group the tagger reads as a common noun ("an Isis ambush") is still a party and a doer."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.names import is_actorish
from eventwire.pipeline import code_text
from tests.tiers import Parse

PAD = "The war has gone on for years. Talks are planned for next month. "


@pytest.mark.slow
def test_the_group_named_on_the_attack_noun_is_the_doer_of_the_killing() -> None:
    text = PAD + "The photographer was killed in an Isis ambush near the river."
    (event,) = [e for e in code_text(text, published="2024-05-02") if e.evidence.trigger == "killed"]
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("IMG", "REB")


def test_a_capitalized_common_noun_at_the_start_is_no_group(parse: Parse) -> None:
    doc = parse("Fact is, the talks failed.")
    assert not is_actorish(doc[0], frozenset())
