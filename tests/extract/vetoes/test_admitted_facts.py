"""Accepting a fact is no agreement; admitting one's own act stays a concession."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, types_and_cameos


@pytest.mark.hand_built
def test_accepting_a_fact_is_no_agreement(run: Run) -> None:
    events = run("Several neighbouring states have accepted that the ruler has survived the war.")
    assert not {t for t, _ in types_and_cameos(events)} & {"AGREE", "CONCEDE"}


def test_admitting_ones_own_act_stays_a_concession(run: Run) -> None:
    assert "CONCEDE" in {t for t, _ in types_and_cameos(run("The army admitted that it had shelled the hospital."))}
