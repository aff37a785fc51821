"""Unit tests of ``extract.vetoes.non_events`` and ``extract.vetoes.figurative`` on hand-built parses: a likelihood
denied, a habit, a rule stated in the abstract, the goal of a compelling act and a figurative sense report no act;
the same words used plainly do."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import load_data
from eventwire.extract.vetoes.figurative import figurative_sense
from eventwire.extract.vetoes.non_events import denied_likelihood, goal_of_compulsion, habit, stated_rule
from tests.docs_builder import parsed

CUES = load_data().cues
WORDS = CUES.non_events


def _word(sentence: str, text: str) -> Token:
    return next(t for t in parsed(sentence) if t.text == text)


def test_an_attack_hardly_likely_is_a_denied_likelihood() -> None:
    assert denied_likelihood(_word("The militia are hardly likely to attack the convoy.", "attack"), WORDS)


def test_an_attack_called_likely_is_no_denied_likelihood() -> None:
    assert not denied_likelihood(_word("The army is likely to attack the town.", "attack"), WORDS)


def test_often_detaining_is_a_habit() -> None:
    assert habit(_word("Soldiers often detain reporters at the border.", "detain"), WORDS)


def test_detaining_once_in_the_past_is_no_habit() -> None:
    assert not habit(_word("Soldiers detained reporters at the border.", "detained"), WORDS)


def test_what_a_constitution_allows_is_a_stated_rule() -> None:
    assert stated_rule(_word("The constitution allows the president to dissolve parliament.", "allows"), WORDS)


def test_a_verb_with_a_party_as_subject_is_no_stated_rule() -> None:
    assert not stated_rule(_word("Soldiers often detain reporters at the border.", "detain"), WORDS)


def test_surrender_someone_is_trying_to_force_is_a_goal() -> None:
    assert goal_of_compulsion(_word("The envoys are trying to force the rebels to surrender.", "surrender"), WORDS)


def test_the_compelling_act_itself_is_no_goal_of_compulsion() -> None:
    assert not goal_of_compulsion(_word("The envoys are trying to force the rebels to surrender.", "force"), WORDS)


def test_releasing_a_video_is_a_figurative_release() -> None:
    assert figurative_sense(_word("The ministry released a video of the ceremony.", "released"), CUES.figurative)


def test_releasing_prisoners_is_a_release() -> None:
    assert not figurative_sense(_word("The police released the prisoners.", "released"), CUES.figurative)


def test_meeting_a_target_is_no_meeting() -> None:
    sentence = "The provinces will have to build more shelters to meet the target."
    assert figurative_sense(_word(sentence, "meet"), CUES.figurative)


def test_meeting_a_delegation_is_a_meeting() -> None:
    assert not figurative_sense(_word("The ministers will meet the visiting delegation.", "meet"), CUES.figurative)


def test_pleading_innocence_is_no_request() -> None:
    assert figurative_sense(_word("The two suspects plead their innocence.", "plead"), CUES.figurative)


def test_pleading_with_a_party_is_a_request() -> None:
    sentence = "The mayor pleaded with the commanders to spare the town."
    assert not figurative_sense(_word(sentence, "pleaded"), CUES.figurative)
