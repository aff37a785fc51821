"""The doer of an -ing clause framed by "in", "on" or "apart from", and of a participle coordinated with one that
names its agent; the subject of a light verb such as "deliver" or "ramp up" does the act its noun names."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, source_of


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        ("In condemning the coup, the Nigerian envoy called for calm.", "condemning", "the Nigerian envoy"),
        ("The militia succeeded in capturing two border posts.", "capturing", "The militia"),
        ("Ghana has done nothing apart from urging Togo to hold talks.", "urging", "Ghana"),
        ("Ghana did little aside from urging Togo to hold talks.", "urging", "Ghana"),
        ("The navy focused on shelling rebel positions near the coast.", "shelling", "The navy"),
    ],
)
def test_a_framed_ing_clause_is_done_by_the_subject(run: Run, sentence: str, trigger: str, doer: str) -> None:
    assert source_of(run(sentence), trigger) == doer


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition insisted on attacking the ruling party in its campaign.",
        "The mayor congratulated the police on arresting the gang leader.",
    ],
)
def test_an_on_phrase_after_its_verb_names_no_doer(run: Run, sentence: str) -> None:
    trigger = "attacking" if "attacking" in sentence else "arresting"
    events = [e for e in run(sentence) if e.trigger.root.lower_ == trigger]
    assert all(e.source is None or e.source.root.lower_ not in ("opposition", "mayor") for e in events)


def test_coordinated_participles_share_the_agent_of_the_last(run: Run) -> None:
    events = run("The militias, armed and trained by the Ugandan army, seized the town.")
    assert source_of(events, "armed") == "the Ugandan army"


def test_participles_with_agents_of_their_own_do_not_borrow(run: Run) -> None:
    events = run("The front, founded by exiles and backed by Sudan, attacked the garrison.")
    backed = [e for e in events if e.trigger.root.lower_ == "backed"]
    assert all(e.source is None or e.source.text != "exiles" for e in backed)


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        ("The European Union ramped up sanctions on Belarus in June.", "sanctions", "The European Union"),
        ("The Kenyan president delivered a stern rebuke to the cartels.", "rebuke", "The Kenyan president"),
    ],
)
def test_the_subject_of_a_light_verb_does_its_act(run: Run, sentence: str, trigger: str, doer: str) -> None:
    events = [e for e in run(sentence) if trigger in e.trigger.text]
    assert events
    assert events[0].source is not None
    assert events[0].source.text == doer
