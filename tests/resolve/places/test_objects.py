"""Places named by the object of a place verb, its possessor or a direction word before it (loads the spaCy
model). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.spans import _maybe_mislabelled, toponym_shaped
from tests.tiers import Parse

PlaceName = Callable[..., str | None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Government troops captured Jebel Marra after two days of fighting.", "Jebel Marra"),
        ("Rebel units seized Kotoko Hill on Monday.", "Kotoko Hill"),
    ],
)
def test_a_name_shaped_like_a_place_is_the_place_of_a_capture(place_name: PlaceName, text: str, name: str) -> None:
    assert place_name(text, text.split()[2]) == name


@pytest.mark.hand_built
def test_the_subject_of_a_passive_capture_is_its_place_when_a_sizeable_town(place_name: PlaceName) -> None:
    assert place_name("After a week of shelling, Kisangani was captured by the rebels.", "captured") == "Kisangani"


@pytest.mark.hand_built
def test_a_captured_man_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Police captured Ahmed Salim near the market on Friday.", "captured") is None


@pytest.mark.hand_built
def test_the_possessor_of_a_patrolled_place_is_the_place(place_name: PlaceName) -> None:
    text = "Soldiers patrolled Nairobi's main thoroughfares on Sunday."
    assert place_name(text, "patrolled", kind="MOBILIZE", target="Nairobi") == "Nairobi"


@pytest.mark.hand_built
def test_a_direction_word_before_a_city_is_not_part_of_its_name(place_name: PlaceName) -> None:
    assert place_name("A bomb exploded in central Lagos on Tuesday, killing four people.", "exploded") == "Lagos"


def test_inside_of_and_close_to_are_locative(place_name: PlaceName) -> None:
    assert place_name("The army destroyed three rebel camps close to Gulu last week.", "destroyed") == "Gulu"
    assert place_name("Militants fired at the troops stationed inside of Kismayo.", "fired") == "Kismayo"


@pytest.mark.hand_built
def test_a_place_noun_modified_by_a_town_places_the_event(place_name: PlaceName) -> None:
    assert place_name("A guard was shot at a Hebron roadblock on Monday.", "shot") == "Hebron"


@pytest.mark.hand_built
def test_the_house_someone_is_taken_from_places_the_capture(place_name: PlaceName) -> None:
    text = "Osei was captured along with three engineers from their Kumasi house on Friday."
    assert place_name(text, "captured", kind="COERCE", target="Osei") == "Kumasi"


@pytest.mark.hand_built
def test_the_holder_ground_is_taken_from_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Rebels captured Goma from the army in 2012.", "captured", target="Goma") == "Goma"


@pytest.mark.hand_built
def test_a_person_origin_is_not_the_place_of_the_event(place_name: PlaceName) -> None:
    text = "Mendez, from Valparaiso, was arrested on Thursday."
    assert place_name(text, "arrested", kind="COERCE", target="Mendez") is None


def test_the_possessor_of_a_destroyed_structure_places_the_event(place_name: PlaceName) -> None:
    text = "A truck bomb destroyed one of Mogadishu's busiest markets, killing nine."
    assert place_name(text, "destroyed", target="one of Mogadishu's busiest markets") == "Mogadishu"


def test_the_place_fought_for_is_the_place_of_the_killing(place_name: PlaceName) -> None:
    assert (
        place_name("Dozens of fighters were killed in the battle for Kismayo, officials said.", "killed") == "Kismayo"
    )


def test_a_stormed_name_after_an_arabic_article_is_the_place(place_name: PlaceName) -> None:
    text = "Syrian Arab Army units are storming Al-Madiyounah, while jets bombard positions near Al-Bab."
    assert place_name(text, "storming", target="Al-Madiyounah") == "Al-Madiyounah"


def test_a_nationality_labelled_village_name_is_the_village(place_name: PlaceName) -> None:
    text = "Troops clashed with militants near the village of Tarmiyah in the Baghdad countryside."
    assert place_name(text, "clashed") == "Tarmiyah"


def test_a_nationality_after_a_quarter_of_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Since 2011, over a quarter of a million Syrians have been killed.", "killed") is None


def test_a_visit_that_dates_the_event_places_it(place_name: PlaceName) -> None:
    assert (
        place_name("Riots took place during a visit by the president to Mwanza.", "Riots", kind="PROTEST") == "Mwanza"
    )


def test_a_protested_visit_does_not_place_the_protest(place_name: PlaceName) -> None:
    text = "Hundreds of students protested against the minister's visit to Mwanza."
    assert place_name(text, "protested", kind="PROTEST") is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Panic gripped Garissa when gunmen opened fire on a bus.", "opened", "Garissa"),
        ("Explosions rocked Mogadishu as militants attacked a hotel.", "Explosions", "Mogadishu"),
    ],
)
def test_the_place_a_blast_or_panic_seizes_places_the_event(
    place_name: PlaceName, text: str, trigger: str, name: str
) -> None:
    assert place_name(text, trigger) == name


def test_the_district_a_blast_strikes_places_the_blast(place_name: PlaceName) -> None:
    text = "A massive explosion struck the Bab Tuma district of Damascus, killing five people."
    assert place_name(text, "explosion") == "Bab Tuma"


@pytest.mark.parametrize(
    ("text", "trigger", "target", "name"),
    [
        (
            "Rebel columns have captured nearly half of Zaire in five months.",
            "captured",
            "nearly half of Zaire",
            "Zaire",
        ),
        (
            "Militias have seized 60 percent of Bosnia's territory.",
            "seized",
            "60 percent of Bosnia's territory",
            "Bosnia",
        ),
    ],
)
def test_a_share_of_a_place_taken_is_taken_in_that_place(
    place_name: PlaceName, text: str, trigger: str, target: str, name: str
) -> None:
    assert place_name(text, trigger, target=target) == name


def test_the_named_capital_a_clause_destroys_is_its_place(place_name: PlaceName) -> None:
    assert place_name("The invaders advanced fast, destroying the Belarusian capital Minsk.", "destroying") == "Minsk"


def test_the_object_of_a_participle_after_the_trigger_is_not_its_place(place_name: PlaceName) -> None:
    text = "The invaders quickly captured the east of the country, destroying the Belarusian capital Minsk."
    assert place_name(text, "captured") is None


@pytest.mark.parametrize("text", ["The Caspian Shipping office was hit.", "Drones hit Sharia courts and oil fields."])
def test_a_nationality_or_type_before_a_building_is_not_a_place(place_name: PlaceName, text: str) -> None:
    assert place_name(text, "hit") is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "The army pressed its assault in the east of Homs, targeting the Al-Zahour Suburb held by the militants.",
            "targeting",
            "Al-Zahour Suburb",
        ),
        (
            "Rebels fought in the south of Hama on Friday, striking the Tal Nasr Neighborhood with mortars.",
            "striking",
            "Tal Nasr Neighborhood",
        ),
        (
            "The brigade opened an offensive north of Homs that targeted the rebel-held mountaintop of Jabal Qarun.",
            "targeted",
            "Jabal Qarun",
        ),
    ],
)
def test_the_site_a_participle_targets_is_its_place(place_name: PlaceName, text: str, trigger: str, name: str) -> None:
    """A name ending in a settlement part ("X Suburb", "X Neighborhood") or named by a hilltop noun is the place
    of the act that targets it, not the district the main clause opened in."""
    assert place_name(text, trigger) == name


@pytest.mark.parametrize(
    ("text", "words", "shaped"),
    [
        ("Shells fell on the Al-Nour Suburb overnight.", "Al-Nour Suburb", True),
        ("Fighting reached the Karm Neighbourhood at dawn.", "Karm Neighbourhood", True),
        ("The Homs Mountains were quiet.", "Homs Mountains", True),
        ("The Assad Foundation gave money.", "Assad Foundation", False),
    ],
)
def test_a_settlement_part_ends_a_name_shaped_like_a_place(parse: Parse, text: str, words: str, shaped: bool) -> None:
    doc = parse(text)
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    assert toponym_shaped(span) is shaped


def test_a_name_the_parse_hung_on_a_time_noun_is_still_a_place(place_name: PlaceName) -> None:
    """ "in X day and night": the parse takes the name for a modifier of "day"; it is where the patrol went."""
    text = "For months the soldiers patrolled in Northern Ireland day and night with the local police."
    assert place_name(text, "patrolled", "MOBILIZE") == "Northern Ireland"


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("Peacekeepers have patrolled South Ossetia since the truce.", "South Ossetia", True),
        ("Government troops attacked Somalis near the camp.", "Somalis", False),
    ],
)
def test_a_nationality_label_on_a_place_verb_s_object_is_read_as_a_place_unless_it_is_one(
    parse: Parse, gazetteer: Gazetteer, text: str, words: str, place: bool
) -> None:
    """The model may label "South Ossetia" a nationality (NORP): as the object of a place verb, a name that is no
    nationality word is a place; "Somalis" stays a people."""
    doc = parse(text)
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), label="NORP")
    assert span is not None
    assert _maybe_mislabelled(span, gazetteer) is place


def test_a_nationality_attacked_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Government troops attacked Somalis near the camp.", "attacked") is None


def test_a_town_s_police_act_in_that_town(place_name: PlaceName) -> None:
    assert place_name("Nakuru policemen arrested six traders on Monday.", "arrested", "COERCE") == "Nakuru"


def test_an_unknown_object_of_a_place_verb_gives_way_to_a_known_place_of_the_verb(place_name: PlaceName) -> None:
    """ "captured X in Y", with "in Y" on the verb: Y is where, X (unknown to the gazetteer) is who was taken."""
    text = "Israel captured Eichmann in Argentina in 1960 and tried him."
    assert place_name(text, "captured") == "Argentina"


def test_an_unknown_town_named_by_a_settlement_noun_keeps_its_name(place_name: PlaceName) -> None:
    assert place_name("Rebels captured the town of Zzyxville in Kenya on Friday.", "captured") == "Zzyxville"
