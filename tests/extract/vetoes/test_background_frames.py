"""Unit tests of ``extract.vetoes.background`` on hand-built parses: an event noun in a background frame ("in the
conditions of", "against the backdrop of") or after a background preposition for its type ("amid") is background."""

from __future__ import annotations

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.vetoes.background import background_mention, in_background
from eventwire.lexicons.cues import BackgroundCues
from tests.docs_builder import parsed, word
from tests.extract.candidates import candidate

CONDITIONS = "In the conditions of European sanctions, analysts say, the economy of Ruritania depends on trade."
BACKDROP = "The ministers of Freedonia and Ruritania met in Geneva against the backdrop of the naval blockade."
AMID = "The Freedonian president visited Ruritania on Monday amid tightening American sanctions."
AFTER = "Oil prices fell sharply after the announcement."

CUES = BackgroundCues(
    frames={"in": frozenset({"condition"}), "against": frozenset({"backdrop"})},
    preps={"amid": frozenset({"SANCTION"})},
)


def test_a_noun_in_the_conditions_of_is_background() -> None:
    assert in_background(word(parsed(CONDITIONS), "sanctions"), "SANCTION", CUES)


def test_a_noun_against_the_backdrop_of_is_background() -> None:
    assert in_background(word(parsed(BACKDROP), "blockade"), "SANCTION", CUES)


def test_a_frame_not_listed_for_its_preposition_is_no_background() -> None:
    cues = BackgroundCues(frames={"in": frozenset({"backdrop"})}, preps={})
    assert not in_background(word(parsed(BACKDROP), "blockade"), "SANCTION", cues)


def test_the_object_of_a_gerund_after_amid_is_background_for_a_listed_type() -> None:
    assert in_background(word(parsed(AMID), "sanctions"), "SANCTION", CUES)


def test_a_type_not_listed_for_amid_is_no_background() -> None:
    assert not in_background(word(parsed(AMID), "sanctions"), "ASSAULT", CUES)


def test_a_preposition_with_no_listed_types_is_no_background() -> None:
    assert not in_background(word(parsed(AFTER), "announcement"), "SANCTION", CUES)


def test_a_verb_is_never_background() -> None:
    assert not in_background(word(parsed(AMID), "visited"), "SANCTION", CUES)


def test_the_step_reads_the_cues_of_the_data_layer() -> None:
    doc = parsed(BACKDROP)
    cand = candidate(doc, "blockade", "SANCTION")
    assert background_mention(cand, Extraction(doc, (cand,), load_data()))
