"""An attack noun with no one hit in its words: whom its own clause harmed, else, told again by a definite noun,
whom the attack told just before hit (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.model import Document
from eventwire.pipeline import Coder, code_text
from eventwire.resolve.carried import clause_target
from tests.docs_builder import event, parsed

STEP = "party.carried_target"


def _targets(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str | None, str | None]]:
    events = (
        Coder(disable=disable).code(Document(id="t", text=text, published=None))
        if disable
        else code_text(text, published="2021-03-01")
    )
    return [
        (e.target.text, e.target.country, e.target.sector) if e.target else ("", None, None)
        for e in events
        if e.type == "ASSAULT" and trigger in e.evidence.trigger
    ]


@pytest.mark.slow
def test_the_harm_an_attack_noun_s_clause_reports_names_its_target() -> None:
    assert _targets("An airstrike by the army killed at least thirty rebel fighters, officials said.", "airstrike") == [
        ("at least thirty rebel fighters", None, "REB")
    ]
    assert _targets("Three guards were wounded in the raid on the depot.", "raid")[0][0] != ""


@pytest.mark.slow
def test_an_attack_noun_with_a_targeting_participle_hits_its_object() -> None:
    found = _targets("The movement has carried out many attacks targeting police officers in the hills.", "attacks")
    assert found and found[0][2] == "COP"


@pytest.mark.slow
def test_nobody_hurt_names_no_target() -> None:
    assert _targets("Nobody was hurt in the blast, which shook the market.", "blast") in ([], [("", None, None)])


@pytest.mark.slow
def test_a_retold_attack_carries_the_target_told_just_before() -> None:
    text = (
        "Insurgents ambushed a police convoy near the town of Garissa on Monday. "
        "The insurgents later claimed responsibility for the attack."
    )
    assert [t[2] for t in _targets(text, "claimed responsibility")] == ["COP"]
    assert _targets(text, "claimed responsibility", disable=(STEP,)) == [("", None, None)]


@pytest.mark.slow
def test_an_offensive_by_the_side_attacked_before_hits_the_attacker() -> None:
    text = "Kurdish militias have fought Turkey in the enclave for weeks. Turkey's offensive has displaced thousands."
    assert [t[0] for t in _targets(text, "offensive")] == ["Kurdish militias"]


@pytest.mark.slow
def test_an_indefinite_or_named_attack_tells_a_new_one() -> None:
    text = "Insurgents ambushed a police convoy near Garissa on Monday. Officials fear an attack on the capital soon."
    assert [t[0] for t in _targets(text, "attack")] in ([], ["the capital"], [""])
    named = "Insurgents ambushed a police convoy near Garissa on Monday. Officials recalled the Nairobi attack."
    assert all(t[2] != "COP" for t in _targets(named, "attack"))


@pytest.mark.slow
def test_an_attack_told_too_far_back_is_not_carried() -> None:
    text = (
        "Insurgents ambushed a police convoy near Garissa on Monday. Parliament met on Tuesday. The budget passed. "
        "Markets rose. Teachers went back to work. The group claimed responsibility for the attack on Friday."
    )
    assert all(t[2] != "COP" for t in _targets(text, "claimed responsibility"))


@pytest.mark.slow
def test_an_attack_by_another_named_doer_is_a_new_one() -> None:
    text = "Rebels ambushed a police convoy near Garissa on Monday. Soldiers of the army later began the offensive."
    assert _targets(text, "offensive") == [("", None, None)]
    same = "Rebels ambushed a police convoy near Garissa on Monday. The rebels said the attack was a warning."
    assert [t[2] for t in _targets(same, "attack")] == ["COP"]


@pytest.mark.slow
def test_a_count_an_attack_noun_harmed_is_civilians() -> None:
    found = _targets("A bomb attack in the market wounded five on Monday.", "attack")
    assert [t[2] for t in found] == ["CVL"]


@pytest.mark.slow
def test_a_date_is_no_harmed_party() -> None:
    assert all(t[0] != "Monday" for t in _targets("The attack killed Monday morning commuters.", "attack"))


@pytest.mark.hand_built
def test_the_harmed_of_an_attack_noun_s_clause_on_hand_built_parses() -> None:
    wounded = parsed("Two guards were wounded in the raid on Monday.")
    assert str(clause_target(event(wounded, "ASSAULT", "raid"))) == "Two guards"
    killed = parsed("An airstrike killed five soldiers near the border.")
    assert str(clause_target(event(killed, "ASSAULT", "airstrike"))) == "five soldiers"
    assert clause_target(event(killed, "ASSAULT", "airstrike", target="five soldiers")) is None  # named already
    assert clause_target(event(parsed("No one was hurt in the blast."), "ASSAULT", "blast")) is None
