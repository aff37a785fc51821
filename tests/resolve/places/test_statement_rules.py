"""The rules behind statement places, called on hand-built parses: which types keep to their own clause, the act a
participle shares its scene with, the frames a text sets, the story's country and the document facts they read."""

from __future__ import annotations

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.clause import aimed_measure, clause_placed, own_clause_place, scene_act
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frames import there_frame, where_antecedent
from eventwire.resolve.places.scene import scene_country
from tests.docs_builder import event, parsed, word

MARCH = "Hundreds of farmers marched in Lilongwe on Monday, demanding higher maize prices."
TEACHERS = "Teachers in Bulawayo demanded better pay."
WHERE = "The envoy flew on to Amman, where he met the king."
THERE = "The talks opened in Geneva on Monday. There, the envoy asked both sides for a truce."
STORY = (
    "Clashes went on in Aleppo on Sunday.\n\nShelling hit a market in Idlib.\n\n"
    "Gunmen later shot two guards at a checkpoint."
)
ONCE = "Rain fell in Aleppo on Sunday.\n\nGunmen later shot two guards at a checkpoint."


def test_statements_keep_to_their_own_clause() -> None:
    assert clause_placed("ACCUSE")


def test_attacks_do_not_keep_to_their_own_clause() -> None:
    assert not clause_placed("ASSAULT")


def test_sanctions_are_aimed_at_a_country() -> None:
    assert aimed_measure("SANCTION")


def test_a_participle_shares_the_scene_of_the_act_it_hangs_on() -> None:
    doc = parsed(MARCH)
    assert scene_act(word(doc, "demanding")).text == "marched"


def test_a_finite_verb_is_its_own_scene() -> None:
    doc = parsed(TEACHERS)
    assert scene_act(word(doc, "demanded")).text == "demanded"


def test_the_march_s_locative_phrase_places_its_demand() -> None:
    doc = parsed(MARCH)
    assert own_clause_place(word(doc, "Lilongwe"), scene_act(word(doc, "demanding")))


def test_the_place_of_those_who_demand_is_the_demand_s() -> None:
    doc = parsed(TEACHERS)
    assert own_clause_place(word(doc, "Bulawayo"), word(doc, "demanded"))


def test_a_where_clause_points_to_the_place_it_describes(gazetteer: Gazetteer) -> None:
    mention = where_antecedent(event(parsed(WHERE), "CONSULT", "met"), gazetteer)
    assert mention is not None
    assert mention.text == "Amman"


def test_a_clause_without_where_has_no_antecedent(gazetteer: Gazetteer) -> None:
    assert where_antecedent(event(parsed(TEACHERS), "REQUEST", "demanded"), gazetteer) is None


def test_there_points_to_the_last_place_of_the_sentence_before(gazetteer: Gazetteer) -> None:
    framed = there_frame(event(parsed(THERE), "REQUEST", "asked"), gazetteer)
    assert [mention.text for mention in framed] == ["Geneva"]


def test_there_frames_nothing_in_a_clause_that_does_not_open_with_it(gazetteer: Gazetteer) -> None:
    assert there_frame(event(parsed(THERE), "CONSULT", "opened"), gazetteer) == []


def test_the_story_s_country_is_named_by_the_other_sentences(gazetteer: Gazetteer) -> None:
    doc = parsed(STORY)
    assert scene_country(word(doc, "shot").sent, gazetteer) == "SYR"


def test_a_country_named_once_is_no_scene(gazetteer: Gazetteer) -> None:
    doc = parsed(ONCE)
    assert scene_country(word(doc, "shot").sent, gazetteer) is None


def test_document_facts_number_the_sentences() -> None:
    doc = parsed(THERE)
    assert facts(doc).sentence_index(facts(doc).sentences[1]) == 1


def test_document_facts_give_the_entities_of_a_span() -> None:
    doc = parsed(THERE)
    assert [ent.text for ent in facts(doc).ents_in(doc[:])] == [ent.text for ent in doc.ents]
