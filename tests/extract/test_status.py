"""Which governing words reach a clause's status: a clause describing a noun, an adverbial clause with its own
subject, a bare -ing clause and what happened "since" keep their own (tests load the spaCy model; sentences are
our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.extract.status import event_status
from eventwire.lexicons.cues import load_cues
from tests.docs_builder import parsed, word
from tests.extract.events import Run, of_type, status_of, text_of


def _status(events: list[RawEvent], trigger: str) -> list[str]:
    return [e.status for e in events if e.trigger.text == trigger]


@pytest.mark.hand_built
def test_a_relative_clause_under_a_request_is_a_fact(run: Run) -> None:
    events = run(
        "The senator called on Peru to avoid steps risking conflict with forces which have provided arms to rebels."
    )
    assert _status(events, "provided") == ["asserted"]


@pytest.mark.hand_built
def test_a_participle_under_a_request_is_a_fact(run: Run) -> None:
    events = run("The minister urged the army to free the prisoners held by the militia.")
    assert _status(events, "held") == ["asserted"]


@pytest.mark.hand_built
def test_whoever_a_clause_describes_keeps_the_future(run: Run) -> None:
    events = run("Those who reject the deal will be given safe passage to the north.")
    assert _status(events, "reject") != ["asserted"]


@pytest.mark.hand_built
def test_a_when_clause_with_its_own_subject_is_not_negated(run: Run) -> None:
    events = run("He was not fighting but working as a medic when the base was hit by an attack.")
    assert _status(events, "hit") == ["asserted"]
    assert _status(events, "fighting") == ["negated"]


@pytest.mark.hand_built
def test_a_bare_ing_clause_is_not_negated(run: Run) -> None:
    events = run("The rebels said they would not attend the talks, blaming the army's offensive.")
    assert _status(events, "blaming") == ["asserted"]


def test_what_happened_since_is_not_a_threat(run: Run) -> None:
    events = run(
        "The president has threatened to push deeper into the region since sending troops into the enclave in May."
    )
    assert _status(events, "sending") == ["asserted"]


def test_an_infinitive_describing_a_noun_keeps_the_governing_status(run: Run) -> None:
    # (the aim of a force built, "build a force to patrol", is no event at all: veto.purpose)
    events = run("The ministry said it would announce a plan to deploy troops to the frontier.")
    assert [e.status for e in events if e.trigger.text == "deploy" and e.type == "MOBILIZE"] == ["planned"]


def test_an_attack_braced_for_is_still_to_come(run: Run) -> None:
    events = run("Residents have been bracing themselves for an attack by the army.")
    assert _status(events, "attack") == ["planned"]


def test_a_likely_attack_is_hypothetical(run: Run) -> None:
    events = run("The minister cited the likelihood of attacks by militants.")
    assert _status(events, "attacks") == ["hypothetical"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Aid groups said they need approvals to deliver food to the camp.", "deliver"),
    ],
)
def test_a_begged_or_needed_act_is_not_asserted(run: Run, sentence: str, trigger: str) -> None:
    assert status_of(run(sentence), trigger) == "hypothetical"


def test_an_act_that_needs_to_be_done_is_no_event(run: Run) -> None:
    # what a party needs to do is advice, not an act (veto.advised)
    assert [e for e in run("The suspects need to be detained securely.") if e.trigger.text == "detained"] == []


def test_a_begged_act_is_the_request_alone(run: Run) -> None:
    events = run("The UN envoy begged Jordan to reopen its border to refugees.")
    assert [e.type for e in events] == ["REQUEST"]


def test_a_negated_need_negates_the_act(run: Run) -> None:
    events = run("The ruler felt no need to negotiate with the opposition.")
    assert status_of(events, "negotiate") == "negated"


def test_negation_stays_in_its_clause_when_the_next_has_its_own_subject(run: Run) -> None:
    events = run("The army has not withdrawn from the town, and the rebels accused them of shelling the market.")
    assert status_of(events, "withdrawn") == "negated"
    assert status_of(events, "accused") == "asserted"


def test_negation_is_shared_by_conjuncts_without_their_own_subject(run: Run) -> None:
    events = run("The army did not attack or shell the village.")
    assert status_of(events, "shell") == "negated"


def test_a_clause_describing_a_noun_keeps_its_own_status(run: Run) -> None:
    events = run("The ministry is not taking back the fighters currently being held by the militia in the north.")
    assert status_of(events, "held") == "asserted"


def test_purpose_named_by_the_object_makes_the_event_planned(run: Run) -> None:
    text = "The ministry called the main aim of the visit to strengthen bilateral ties with Chile."
    event = of_type(run(text), "SUPPORT")[0]
    assert event.status == "planned"
    assert text_of(event.target) == "Chile"


WITHDRAWN = "The army has not withdrawn from the town, and the rebels accused them of shelling the market."
GHANA = "Ghana announced that it will withdraw its soldiers from Mali unless the junta holds elections."


def _by_the_rule(sentence: str, trigger: str) -> str:
    return event_status(word(parsed(sentence), trigger), frozenset(), load_cues())


def test_a_negated_verb_and_its_conjunct_without_a_subject_are_negated() -> None:
    assert _by_the_rule("The army did not attack or shell the village.", "attack") == "negated"
    assert _by_the_rule("The army did not attack or shell the village.", "shell") == "negated"


def test_a_conjunct_with_its_own_subject_keeps_its_own_status() -> None:
    assert _by_the_rule(WITHDRAWN, "withdrawn") == "negated"
    assert _by_the_rule(WITHDRAWN, "accused") == "asserted"


def test_no_need_to_act_negates_the_act() -> None:
    assert _by_the_rule("The ruler felt no need to negotiate with the opposition.", "negotiate") == "negated"


def test_would_in_reported_speech_is_a_plan() -> None:
    assert _by_the_rule("The ministry said it would build a border force to patrol the frontier.", "build") == "planned"


def test_what_is_considered_is_hypothetical() -> None:
    assert _by_the_rule("Germany is considering sending tanks to Poland.", "sending") == "hypothetical"


def test_a_condition_is_hypothetical_and_what_will_be_done_planned() -> None:
    assert _by_the_rule(GHANA, "withdraw") == "planned"
    assert _by_the_rule(GHANA, "holds") == "hypothetical"


def test_a_past_act_is_asserted() -> None:
    assert (
        _by_the_rule("Gunmen shot two farmers and injured three others near the river on Friday.", "shot") == "asserted"
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Officials in Lima discussed the planned visit of the Bolivian president.", "visit", "planned"),
        ("Diplomats met on Monday ahead of the upcoming summit of the two leaders in Quito.", "summit", "planned"),
        ("Diplomats in Aden discussed a possible attack on the port of Hodeidah.", "attack", "hypothetical"),
        ("Residents were relieved by the cancelled offensive against the northern villages.", "offensive", "negated"),
        ("The rebels said the surprise attack on the port of Hodeidah killed four sailors.", "attack", "asserted"),
    ],
)
def test_a_word_before_an_event_noun_says_whether_it_happened(
    run: Run, sentence: str, trigger: str, status: str
) -> None:
    assert [e.status for e in run(sentence) if e.trigger.root.text == trigger] == [status]
