"""Places named by the object of a place verb, its possessor or a direction word before it (loads the spaCy
model). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.places import Gazetteer, event_place

pytestmark = pytest.mark.slow

Locate = Callable[..., str | None]


@pytest.fixture(scope="module")
def locate(raw_event: Callable[..., RawEvent], nlp: Language, gazetteer: Gazetteer) -> Locate:

    def _locate(text: str, trigger: str, *, kind: str = "ASSAULT", target: str | None = None) -> str | None:
        raw = raw_event(nlp(text), trigger, kind, target=target)
        place: Place | None = event_place(raw, gazetteer)
        return place.name if place is not None else None

    return _locate


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Government troops captured Jebel Marra after two days of fighting.", "Jebel Marra"),
        ("Rebel units seized Kotoko Hill on Monday.", "Kotoko Hill"),
    ],
)
def test_a_name_shaped_like_a_place_is_the_place_of_a_capture(locate: Locate, text: str, name: str) -> None:
    assert locate(text, text.split()[2]) == name


def test_the_subject_of_a_passive_capture_is_its_place_when_a_sizeable_town(locate: Locate) -> None:
    assert locate("After a week of shelling, Kisangani was captured by the rebels.", "captured") == "Kisangani"


def test_a_captured_man_is_no_place(locate: Locate) -> None:
    assert locate("Police captured Ahmed Salim near the market on Friday.", "captured") is None


def test_the_possessor_of_a_patrolled_place_is_the_place(locate: Locate) -> None:
    text = "Soldiers patrolled Nairobi's main thoroughfares on Sunday."
    assert locate(text, "patrolled", kind="MOBILIZE", target="Nairobi") == "Nairobi"


def test_a_direction_word_before_a_city_is_not_part_of_its_name(locate: Locate) -> None:
    assert locate("A bomb exploded in central Lagos on Tuesday, killing four people.", "exploded") == "Lagos"


def test_inside_of_and_close_to_are_locative(locate: Locate) -> None:
    assert locate("The army destroyed three rebel camps close to Gulu last week.", "destroyed") == "Gulu"
    assert locate("Militants fired at the troops stationed inside of Kismayo.", "fired") == "Kismayo"


def test_a_place_noun_modified_by_a_town_places_the_event(locate: Locate) -> None:
    assert locate("A guard was shot at a Hebron roadblock on Monday.", "shot") == "Hebron"


def test_the_house_someone_is_taken_from_places_the_capture(locate: Locate) -> None:
    text = "Osei was captured along with three engineers from their Kumasi house on Friday."
    assert locate(text, "captured", kind="COERCE", target="Osei") == "Kumasi"


def test_the_holder_ground_is_taken_from_is_no_place(locate: Locate) -> None:
    assert locate("Rebels captured Goma from the army in 2012.", "captured", target="Goma") == "Goma"


def test_a_person_origin_is_not_the_place_of_the_event(locate: Locate) -> None:
    text = "Mendez, from Valparaiso, was arrested on Thursday."
    assert locate(text, "arrested", kind="COERCE", target="Mendez") is None


def test_the_possessor_of_a_destroyed_structure_places_the_event(locate: Locate) -> None:
    text = "A truck bomb destroyed one of Mogadishu's busiest markets, killing nine."
    assert locate(text, "destroyed", target="one of Mogadishu's busiest markets") == "Mogadishu"


def test_the_place_fought_for_is_the_place_of_the_killing(locate: Locate) -> None:
    assert locate("Dozens of fighters were killed in the battle for Kismayo, officials said.", "killed") == "Kismayo"


def test_a_stormed_name_after_an_arabic_article_is_the_place(locate: Locate) -> None:
    text = "Syrian Arab Army units are storming Al-Madiyounah, while jets bombard positions near Al-Bab."
    assert locate(text, "storming", target="Al-Madiyounah") == "Al-Madiyounah"


def test_a_nationality_labelled_village_name_is_the_village(locate: Locate) -> None:
    text = "Troops clashed with militants near the village of Tarmiyah in the Baghdad countryside."
    assert locate(text, "clashed") == "Tarmiyah"


def test_a_nationality_after_a_quarter_of_is_no_place(locate: Locate) -> None:
    assert locate("Since 2011, over a quarter of a million Syrians have been killed.", "killed") is None


def test_a_visit_that_dates_the_event_places_it(locate: Locate) -> None:
    assert locate("Riots took place during a visit by the president to Mwanza.", "Riots", kind="PROTEST") == "Mwanza"


def test_a_protested_visit_does_not_place_the_protest(locate: Locate) -> None:
    text = "Hundreds of students protested against the minister's visit to Mwanza."
    assert locate(text, "protested", kind="PROTEST") is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Panic gripped Garissa when gunmen opened fire on a bus.", "opened", "Garissa"),
        ("Explosions rocked Mogadishu as militants attacked a hotel.", "Explosions", "Mogadishu"),
    ],
)
def test_the_place_a_blast_or_panic_seizes_places_the_event(locate: Locate, text: str, trigger: str, name: str) -> None:
    assert locate(text, trigger) == name


def test_the_district_a_blast_strikes_places_the_blast(locate: Locate) -> None:
    text = "A massive explosion struck the Bab Tuma district of Damascus, killing five people."
    assert locate(text, "explosion") == "Bab Tuma"


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
    locate: Locate, text: str, trigger: str, target: str, name: str
) -> None:
    assert locate(text, trigger, target=target) == name


def test_the_named_capital_a_clause_destroys_is_its_place(locate: Locate) -> None:
    assert locate("The invaders advanced fast, destroying the Belarusian capital Minsk.", "destroying") == "Minsk"


def test_the_object_of_a_participle_after_the_trigger_is_not_its_place(locate: Locate) -> None:
    text = "The invaders quickly captured the east of the country, destroying the Belarusian capital Minsk."
    assert locate(text, "captured") is None


@pytest.mark.parametrize("text", ["The Caspian Shipping office was hit.", "Drones hit Sharia courts and oil fields."])
def test_a_nationality_or_type_before_a_building_is_not_a_place(locate: Locate, text: str) -> None:
    assert locate(text, "hit") is None
