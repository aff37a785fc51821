"""Unit tests of ``extract.parties.refine`` on hand-built parses: each ``party_rule`` adjusts the parties a
dependency reading found for a trigger."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.context import load_data
from eventwire.extract.parties.record import ArgumentCues, Parties
from eventwire.extract.parties.refine import (
    coordination,
    document_issuer,
    doer_behind_means,
    drop_own_words,
    drop_times,
    named_conjuncts,
    place_as_target,
    reciprocal,
)
from tests.docs_builder import parsed, text, word

GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."
BATTLE = "Ruritanian forces battle with the rebels near the border."
MET = "The ministers of Freedonia and Ruritania met in Geneva against the backdrop of the naval blockade."
ARRIVED = "The Chilean foreign minister arrived in Lima on Tuesday."
ACCUSED = "Ukraine accused Russia and Belarus of shelling the town."
LISTED = "Ecuador accused Peru, Chile and Bolivia of hiding the shipments."
UN_REPORT = "A UN report accused the army of killing civilians."
BOMB = "Nine people were killed and many more wounded by a bomb in the city."


def _cues() -> ArgumentCues:
    return load_data().arguments


def test_a_date_named_as_doer_is_dropped() -> None:
    doc = parsed(GUNMEN)
    parties = Parties(source=word(doc, "Friday"), target=word(doc, "farmers"))
    drop_times(parties, word(doc, "shot"), "ASSAULT", _cues())
    assert parties.source is None


def test_a_target_that_is_no_date_stays() -> None:
    doc = parsed(GUNMEN)
    parties = Parties(source=word(doc, "Friday"), target=word(doc, "farmers"))
    drop_times(parties, word(doc, "shot"), "ASSAULT", _cues())
    assert text(parties.target) == "farmers"


def test_a_plural_doer_of_a_reciprocal_verb_is_both_sides() -> None:
    doc = parsed(BATTLE)
    parties = Parties(source=word(doc, "forces"))
    reciprocal(parties, word(doc, "battle"), "ASSAULT", _cues())
    assert (text(parties.target), parties.symmetric) == ("forces", True)


def test_a_plural_doer_of_another_verb_is_no_target() -> None:
    doc = parsed(BATTLE)
    parties = Parties(source=word(doc, "forces"))
    reciprocal(parties, word(doc, "battle"), "ASSAULT", replace(_cues(), reciprocal=frozenset()))
    assert parties.target is None


def test_coordinated_doers_of_a_meeting_meet_each_other() -> None:
    doc = parsed(MET)
    parties = Parties(source=word(doc, "Freedonia"))
    coordination(parties, word(doc, "met"), "CONSULT", _cues())
    assert (text(parties.source), text(parties.target), parties.symmetric) == ("Freedonia", "Ruritania", True)


def test_coordinated_doers_of_a_protest_act_together() -> None:
    doc = parsed(MET)
    parties = Parties(source=word(doc, "Freedonia"))
    coordination(parties, word(doc, "met"), "PROTEST", _cues())
    assert parties.target is None


def test_with_no_party_the_place_arrived_in_is_the_target() -> None:
    doc = parsed(ARRIVED)
    parties = Parties(source=word(doc, "minister"))
    place_as_target(parties, word(doc, "arrived"), "CONSULT", _cues())
    assert text(parties.target) == "Lima"


def test_a_named_party_coordinated_with_the_target_is_one_more_target() -> None:
    doc = parsed(ACCUSED)
    parties = Parties(source=word(doc, "Ukraine"), target=word(doc, "Russia"))
    named_conjuncts(parties, word(doc, "accused"), "ACCUSE", _cues())
    assert [t.text for t in parties.more_targets] == ["Belarus"]


def test_every_name_of_a_longer_list_is_one_more_target() -> None:
    doc = parsed(LISTED)
    parties = Parties(source=word(doc, "Ecuador"), target=word(doc, "Peru"))
    named_conjuncts(parties, word(doc, "accused"), "ACCUSE", _cues())
    assert [t.text for t in parties.more_targets] == ["Chile", "Bolivia"]


def test_a_report_named_as_doer_gives_way_to_its_owner() -> None:
    doc = parsed(UN_REPORT)
    parties = Parties(source=word(doc, "report"), target=word(doc, "army"))
    document_issuer(parties, word(doc, "accused"), "ACCUSE", _cues())
    assert text(parties.source) == "UN"


def test_a_bomb_named_as_doer_with_no_user_leaves_no_doer() -> None:
    doc = parsed(BOMB)
    parties = Parties(source=word(doc, "bomb"), target=word(doc, "people"))
    cues = replace(_cues(), devices=frozenset({"bomb"}))
    doer_behind_means(parties, word(doc, "killed"), "ASSAULT", cues)
    assert parties.source is None


def test_a_doer_that_is_no_means_stays() -> None:
    doc = parsed(GUNMEN)
    parties = Parties(source=word(doc, "Gunmen"), target=word(doc, "farmers"))
    doer_behind_means(parties, word(doc, "shot"), "ASSAULT", _cues())
    assert text(parties.source) == "Gunmen"


def test_a_word_of_the_trigger_phrase_is_no_party() -> None:
    doc = parsed(GUNMEN)
    others = word(doc, "others")
    parties = Parties(source=word(doc, "Gunmen"), target=others)
    drop_own_words(parties, word(doc, "injured"), "ASSAULT", replace(_cues(), extra=frozenset({others.i})))
    assert parties.target is None


def test_the_doer_is_not_its_own_target() -> None:
    doc = parsed(GUNMEN)
    gunmen = word(doc, "Gunmen")
    parties = Parties(source=gunmen, target=gunmen)
    drop_own_words(parties, word(doc, "shot"), "ASSAULT", _cues())
    assert (text(parties.source), parties.target) == ("Gunmen", None)
