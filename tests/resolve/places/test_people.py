"""Places named through the people of an event, in brackets or elsewhere in a short report, and small namesakes
abroad (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place
from eventwire.resolve.places.event import Gazetteer, document_country
from tests.tiers import Parse

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_town_naming_the_protesters_places_their_protest(locate: Locate) -> None:
    place = locate("Mombasa demonstrators protested against the levy.", "protested", kind="PROTEST")
    assert place is not None
    assert place.name == "Mombasa"
    assert place.country == "KEN"
    assert place.lat is not None


@pytest.mark.hand_built
def test_the_town_of_the_students_university_places_their_protest(locate: Locate) -> None:
    place = locate("Kisii University students staged a protest over fees.", "staged", kind="PROTEST")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None
    assert place.lat is not None
    assert abs(place.lat - -0.68) < 0.2


@pytest.mark.hand_built
def test_a_bracket_after_an_unknown_village_gives_its_county(locate: Locate) -> None:
    place = locate("Bandits attacked Chepkalacha (Baringo county) at dawn.", "attacked", kind="ASSAULT")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None


@pytest.mark.hand_built
def test_a_bracket_is_not_part_of_the_name(locate: Locate) -> None:
    place = locate("Residents of Kericho (Kericho county) protested after a crash.", "protested", kind="PROTEST")
    assert place is not None
    assert place.name == "Kericho"
    assert place.country == "KEN"


@pytest.mark.hand_built
def test_a_place_noun_after_in_sets_the_scope(locate: Locate) -> None:
    text = "More than twenty people were injured in a brawl between two groups of refugees in Kakuma camp."
    place = locate(text, "injured", kind="ASSAULT")
    assert place is not None
    assert place.name == "Kakuma"
    assert place.country == "KEN"


@pytest.mark.hand_built
def test_a_short_report_names_its_place_once(locate: Locate) -> None:
    text = "Traders in Garissa held a protest on Monday. The road was closed. Police fired tear gas to disperse them."
    place = locate(text, "disperse", kind="COERCE")
    assert place is not None
    assert place.name == "Garissa"


def test_a_small_namesake_abroad_loses_to_the_county_named_with_it(locate: Locate) -> None:
    place = locate("A trader was killed in Saku village, Marsabit county.", "killed", kind="ASSAULT")
    assert place is not None
    assert place.country == "KEN"


def test_the_document_country_is_the_clear_leader_of_its_places(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse("Police in Kisumu arrested two men. Traders in Nakuru and Eldoret closed their shops.")
    assert document_country(doc, gazetteer) == "KEN"


def test_a_document_without_places_has_no_country(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse("Two men were arrested on Monday after a quarrel.")
    assert document_country(doc, gazetteer) is None


def test_a_town_opening_a_sentence_that_the_tagger_took_for_an_adjective_places_its_residents(
    locate: Locate,
) -> None:
    place = locate("Gulu residents protested the closure of the market.", "protested", kind="PROTEST")
    assert place is not None
    assert place.name == "Gulu"
    assert place.country == "UGA"


def test_a_common_adjective_opening_a_sentence_is_no_town(locate: Locate) -> None:
    assert locate("Most residents protested the closure of the market.", "protested", kind="PROTEST") is None


def test_the_owner_of_a_struck_shop_places_the_attack(locate: Locate) -> None:
    place = locate("Two men died in a grenade attack on a Garissa shop.", "attack", kind="ASSAULT")
    assert place is not None
    assert place.name == "Garissa"


def test_the_town_in_a_university_of_x_name_places_its_students_protest(locate: Locate) -> None:
    place = locate(
        "University of Dodoma students protested the delay of their allowances.", "protested", kind="PROTEST"
    )
    assert place is not None
    assert place.country == "TZA"
    assert place.lat is not None
    assert abs(place.lat - -6.17) < 0.3


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Students of the Kericho Teachers College went on strike on Friday.", "strike", "PROTEST"),
        ("Students of Kericho National Polytechnic engaged in running battles with police.", "battles", "ASSAULT"),
    ],
)
def test_the_town_in_the_name_of_the_students_school_places_their_act(
    locate: Locate, text: str, trigger: str, kind: str
) -> None:
    place = locate(text, trigger, kind=kind)
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None
    assert abs(place.lat - -0.37) < 0.2


def test_a_worker_from_a_country_names_an_origin_not_the_place(locate: Locate) -> None:
    place = locate(
        "A nurse from Poland was shot outside her flat in the Georgian capital of Tbilisi.", "shot", kind="PROTEST"
    )
    assert place is not None
    assert place.name == "Tbilisi"


def test_a_noun_trigger_at_the_root_of_a_fragment_is_its_own_clause(parse: Parse) -> None:
    """The walk up to a noun trigger's verb stops at the root: a headline fragment has no verb at all (it once
    looped for ever there, because a token's head is a new object on every access)."""
    import signal

    from eventwire.resolve.places.links import _clause_verb

    doc = parse("Protest by Lodwar residents over the killing of a herder")
    root = next(t for t in doc if t.dep_ == "ROOT")
    signal.alarm(10)
    try:
        assert _clause_verb(root).i == root.i
    finally:
        signal.alarm(0)
