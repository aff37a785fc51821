"""A pronoun that is not a subject never stands for the subject of its own clause ("the police arrested him" is
not the police arresting themselves); farther up, it may."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.resolve.actors.coreference import co_arguments
from tests.tiers import Parse


def _target(text: str, kind: str) -> tuple[str | None, str | None]:
    (event,) = [e for e in code_text(text, published="2024-05-02") if e.type == kind]
    assert event.target is not None
    return event.target.country, event.target.sector


@pytest.mark.parametrize(
    ("text", "pronoun", "barred"),
    [
        ("The police arrested him on Friday.", "him", ["police"]),
        ("The soldiers tried to arrest him.", "him", ["soldiers"]),
        ("The rebels fired at him.", "him", ["rebels"]),
        ("The court ordered him jailed.", "him", ["court"]),
        ("The police said they arrested him.", "him", ["they", "police"]),
        ("The minister said he would resign.", "he", []),
    ],
)
def test_the_subjects_of_a_pronouns_own_clause(parse: Parse, text: str, pronoun: str, barred: list[str]) -> None:
    doc = parse(text)
    (token,) = [t for t in doc if t.lower_ == pronoun]
    assert [t.lower_ for t in co_arguments(token)] == barred


@pytest.mark.slow
def test_the_one_arrested_is_not_the_arresting_police() -> None:
    assert _target("The police said they arrested him.", "COERCE")[1] != "COP"
    assert _target("The Kenyan police arrested him on Friday.", "COERCE") == (None, None)


@pytest.mark.slow
def test_the_one_jailed_is_not_the_court() -> None:
    assert _target("The court ordered him jailed for five years.", "COERCE")[1] != "JUD"
    assert _target("The court jailed him for five years.", "COERCE")[1] != "JUD"


@pytest.mark.slow
def test_a_pronoun_still_finds_a_person_named_before_its_clause() -> None:
    text = "The French foreign minister arrived in Cairo on Monday. Protesters later attacked him."
    assert _target(text, "ASSAULT") == ("FRA", "GOV")


@pytest.mark.slow
def test_a_pronoun_object_of_an_ing_clause_is_not_the_main_subject() -> None:
    """ "X imposed a boycott on Y, accusing it of ...": those who imposed it accuse Y, not themselves."""
    text = "Ruritania and Freedonia imposed a boycott on Qatar, accusing it of funding militants."
    targets = [e.target for e in code_text(text, published="2024-05-02") if e.type == "ACCUSE"]
    assert targets and all(t is not None and t.country == "QAT" for t in targets)


@pytest.mark.slow
def test_every_coordinated_subject_is_barred() -> None:
    text = "Egypt and Bahrain imposed a boycott on Qatar in June, accusing it of supporting armed groups."
    events = code_text(text, published="2024-05-02")
    supports = [e for e in events if e.type == "SUPPORT"]
    assert all(e.source is None or e.source.country in (None, "QAT") for e in supports)
