"""Which names may frame or lend a place: phrases, paragraphs, namesakes (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.places.event import Gazetteer
from tests.tiers import Parse

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_an_untied_country_later_in_the_sentence_does_not_frame_a_city(locate: Locate) -> None:
    place = locate(
        "After talks with the president in Moscow in May, the envoy proposed a plan to end the war in Ukraine.",
        "talks",
        kind="CONSULT",
    )
    assert place is not None
    assert place.name == "Moscow"
    assert place.country == "RUS"
    assert place.precision == "city"


@pytest.mark.hand_built
def test_a_country_in_a_list_keeps_its_own_country(locate: Locate) -> None:
    place = locate("Ministers will meet in Russia and China next year.", "meet", kind="CONSULT")
    assert place is not None
    assert place.name == "Russia"
    assert place.country == "RUS"


@pytest.mark.hand_built
def test_a_small_town_in_a_list_is_located_by_the_larger_name_after_it(locate: Locate) -> None:
    place = locate("Gunmen attacked a bus at Zzyxville, Machakos on Friday.", "attacked")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None


@pytest.mark.hand_built
def test_a_place_does_not_carry_over_a_paragraph_break(locate: Locate) -> None:
    text = "Protesters marched in Lyon on Monday.\n\nLater, the two ministers condemned the violence."
    assert locate(text, "condemned", kind="ACCUSE") is None


@pytest.mark.hand_built
def test_a_place_carries_over_within_the_paragraph(locate: Locate) -> None:
    text = "Protesters marched in Lyon on Monday. Police arrested twelve of them."
    place = locate(text, "arrested", kind="COERCE")
    assert place is not None
    assert place.name == "Lyon"


@pytest.mark.hand_built
def test_a_call_between_two_foreign_parties_borrows_no_place(locate: Locate) -> None:
    text = "The envoy arrived in Lyon on Monday. The foreign ministers of Chile and Peru spoke by phone."
    place = locate(
        text, "spoke", kind="CONSULT", source="foreign ministers of Chile", target="Peru", prefer=["CHL", "PER"]
    )
    assert place is None


@pytest.mark.hand_built
def test_a_government_answering_from_elsewhere_borrows_no_place(locate: Locate) -> None:
    text = "The envoy met the premier in Lyon on Monday. Madrid rejected the proposal a day later."
    place = locate(text, "rejected", kind="REJECT", source="Madrid", prefer=["ESP"])
    assert place is None


@pytest.mark.hand_built
def test_a_party_of_the_borrowed_place_keeps_it(locate: Locate) -> None:
    text = "The envoy met the premier in Lyon on Monday. French police arrested two of his aides."
    place = locate(text, "arrested", kind="COERCE", source="French police", prefer=["FRA"])
    assert place is not None
    assert place.name == "Lyon"


@pytest.mark.hand_built
def test_the_city_inside_an_embassy_phrase_wins_over_the_embassy_country(locate: Locate) -> None:
    place = locate("Hundreds protested outside the US embassy in Brussels on Sunday.", "protested", kind="PROTEST")
    assert place is not None
    assert place.name == "Brussels"
    assert place.country == "BEL"


def test_a_big_city_beats_a_small_namesake_of_the_actors_country(locate: Locate) -> None:
    place = locate("A tourist was robbed in Brussels on Sunday.", "robbed", prefer=["USA"])
    assert place is not None
    assert place.country == "BEL"


def test_a_reduplicated_word_is_not_a_place(locate: Locate) -> None:
    place = locate("Boda Boda riders protested on Monday over new fees.", "protested", kind="PROTEST")
    assert place is None or place.name != "Boda Boda"


def test_an_explicit_locative_beats_the_home_of_the_people(locate: Locate) -> None:
    place = locate("Kisumu traders demonstrated in Nakuru town on Monday.", "demonstrated", kind="PROTEST")
    assert place is not None
    assert place.name == "Nakuru"


def test_a_place_the_parties_are_is_kept_when_they_are_the_place(locate: Locate) -> None:
    place = locate("Peacekeepers patrolled in Abkhazia for years.", "patrolled", kind="MOBILIZE", target="Abkhazia")
    assert place is not None
    assert place.name == "Abkhazia"


def test_a_name_in_a_hyphenated_modifier_is_not_a_place(locate: Locate) -> None:
    place = locate("A guard was killed near a UK-run clinic on the outskirts of Kandahar.", "killed")
    assert place is not None
    assert place.name == "Kandahar"


def test_the_city_after_embassies_of_several_countries_is_the_place(locate: Locate) -> None:
    place = locate(
        "Students protested outside the embassies of France and Italy in Lima on Friday.", "protested", kind="PROTEST"
    )
    assert place is not None
    assert place.name == "Lima"


def test_a_span_of_only_an_article_and_a_non_breaking_space_is_no_place_name() -> None:
    from eventwire.resolve.places.names import looks_like_a_name

    doc = Doc(spacy.blank("en").vocab, words=["the", "\u00a0", "Marden", "Highway"], spaces=[False, False, True, False])
    doc[0].pos_, doc[1].pos_ = "DET", "SPACE"
    assert not looks_like_a_name(doc[0:2])


def test_a_location_label_places_an_event_its_sentence_does_not(locate: Locate) -> None:
    text = "Gunmen killed three herders and drove off their cattle. LOCATION: Moroto town in Karamoja (Uganda)."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Moroto"
    assert place.country == "UGA"


def test_a_location_label_does_not_beat_a_place_the_sentence_ties(locate: Locate) -> None:
    text = "Gunmen attacked a bus in Gulu on Monday. Location: Moroto district."
    place = locate(text, "attacked")
    assert place is not None
    assert place.name == "Gulu"


def test_a_location_label_skips_lower_case_words_before_the_name(locate: Locate) -> None:
    text = "Raiders stole two hundred goats. Location: unidentified village near Kitgum town."
    place = locate(text, "stole")
    assert place is not None
    assert place.name == "Kitgum"
    assert place.country == "UGA"


def test_the_word_location_without_a_colon_is_no_label(locate: Locate) -> None:
    text = "Raiders stole two hundred goats.\n\nThe exact location remains unknown, the Kitgum police said."
    assert locate(text, "stole") is None


def test_a_locative_phrase_after_a_named_village_frames_it(locate: Locate) -> None:
    place = locate("Four herders were killed by bandits at Dabel village in Moyale.", "killed")
    assert place is not None
    assert place.name == "Dabel"


def test_a_school_name_places_a_clash_after_at(locate: Locate) -> None:
    place = locate("Rioters clashed with police at Kisumu Polytechnic on Monday.", "clashed")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None
    assert abs(place.lat - -0.10) < 0.2


def test_a_county_after_a_comma_frames_the_village_before_it(locate: Locate) -> None:
    place = locate("Gunmen killed a farmer in Kamuku village, in Kakamega county, on Monday.", "killed")
    assert place is not None
    assert place.name == "Kamuku"


def test_a_country_is_not_framed_by_an_island_after_it(locate: Locate) -> None:
    place = locate("Hundreds demonstrated against the curfew in Kenya, on Lamu Island.", "demonstrated", kind="PROTEST")
    assert place is not None
    assert place.name != "Kenya"


def test_borrowed_label_names_form_one_phrase_after_every_own_distance(
    parse: Parse, raw_event: Callable[..., RawEvent], gazetteer: Gazetteer
) -> None:
    from eventwire.resolve.places.scope import SCOPE_DISTANCE, borrowed_scope

    raw = raw_event(parse("Raiders stole forty cows. LOCATION: Zzyx village in Kotido District."), "stole")
    mentions = borrowed_scope(raw, gazetteer)
    assert [m.text for m in mentions][-1] == "Kotido District"
    assert len({m.phrase for m in mentions}) == 1
    assert all(m.borrowed and m.distance > SCOPE_DISTANCE for m in mentions)


def test_a_place_in_reported_content_sets_no_scope(parse: Parse, raw_event: Callable[..., RawEvent]) -> None:
    from eventwire.resolve.places.scope import untied_scope

    doc = parse("The minister said that soldiers fought rebels in Gao.")
    raw = raw_event(doc, "said", "ACCUSE")
    gao = next(ent for ent in doc.ents if ent.text == "Gao")
    assert untied_scope(gao, raw.trigger.root) is None


def test_a_place_opening_the_next_sentence_does_not_frame_the_one_before(locate: Locate) -> None:
    text = "The envoy warned on Tuesday that the rebels would face sanctions. In Nairobi, officials denied the talks."
    assert locate(text, "warned", kind="THREATEN") is None


def test_a_place_later_in_the_next_sentence_still_frames_the_one_before(locate: Locate) -> None:
    text = "Gunmen attacked a police post before dawn. Two officers died in Garissa, officials said."
    place = locate(text, "attacked")
    assert place is not None
    assert place.name == "Garissa"


FAR_CLAUSE = (
    "Several hundred farmers protested on Tuesday outside the offices of the agriculture minister as part of a long"
    " campaign to persuade the government to let their families settle with them on the land they were given in {}."
)


def test_a_far_locative_phrase_of_another_clause_sets_no_scope(locate: Locate) -> None:
    """A place many words away, in a clause the act's does not hang under, is about something else."""
    assert locate(FAR_CLAUSE.format("Kenya"), "protested", "PROTEST") is None


def test_a_sentence_about_somewhere_else_borrows_no_place(locate: Locate) -> None:
    text = "Police fired tear gas at traders in Nakuru on Monday. " + FAR_CLAUSE.format("Uganda")
    place = locate(text, "protested", "PROTEST")
    assert place is None or place.name not in {"Nakuru", "Uganda"}


def test_a_near_untied_phrase_still_sets_the_scope(locate: Locate) -> None:
    text = "Farmers protested on Tuesday after floods hit the land they were given in Kenya."
    place = locate(text, "protested", "PROTEST")
    assert place is not None
    assert place.country == "KEN"


def test_a_far_participle_saying_where_something_was_held_keeps_its_reach(locate: Locate) -> None:
    text = (
        "Six people were killed and dozens were injured on Sunday when unknown men threw two grenades into a crowd of"
        " worshippers at a prayer meeting against the planned tax increases, held in the main square of Kisumu."
    )
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Kisumu"
