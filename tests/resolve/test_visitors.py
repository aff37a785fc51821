"""A visitor comes from elsewhere: an unnamed visitor takes no country from the place visited."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Document
from eventwire.pipeline import code_text, default_coder


def _visitor(text: str) -> tuple[str | None, str | None]:
    (visit,) = [e for e in code_text(text, published="2024-05-02") if e.cameo == "042"]
    assert visit.source is not None
    return visit.source.country, visit.source.sector


@pytest.mark.slow
def test_an_unnamed_visitor_is_not_of_the_place_visited() -> None:
    assert _visitor("The president visited Nairobi on Monday.") == (None, "GOV")
    assert _visitor("The French president visited Nairobi on Monday.") == ("FRA", "GOV")


@pytest.mark.slow
def test_an_unnamed_visitor_takes_the_outlets_home_when_the_input_gives_one() -> None:
    doc = Document(id="v1", text="The president visited Nairobi on Monday.", published=date(2024, 5, 2), country="UGA")
    (visit,) = [e for e in default_coder().code(doc) if e.cameo == "042"]
    assert visit.source is not None and visit.source.country == "UGA"
