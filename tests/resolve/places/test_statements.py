"""Statements and dealings are placed by their own clause, their own sentence or a frame the text sets in so many
words; never by a neighbour sentence (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PlaceName = Callable[..., str | None]


@pytest.mark.hand_built
def test_a_visit_is_not_placed_by_the_next_sentence(place_name: PlaceName) -> None:
    text = (
        "Senior officers of the alliance are thought to have visited the camp on Monday. "
        "Ann Lowe, an analyst at the Carnegie Endowment in Washington, said the visit was short."
    )
    assert place_name(text, "visited", "CONSULT") is None


@pytest.mark.hand_built
def test_a_demand_is_not_placed_by_a_precedent_set_elsewhere(place_name: PlaceName) -> None:
    text = "Citing a ruling handed down last year in Peru, the union wants the court to open an inquiry."
    assert place_name(text, "wants", "REQUEST") is None


@pytest.mark.hand_built
def test_a_condemnation_is_not_placed_by_the_sentence_before(place_name: PlaceName) -> None:
    text = "Fighting flared in Kismayo on Monday. The president condemned the violence."
    assert place_name(text, "condemned", "ACCUSE") is None


@pytest.mark.hand_built
def test_a_statement_made_in_a_city_is_placed_there(place_name: PlaceName) -> None:
    assert place_name("The minister said in Nairobi that the talks had failed.", "said", "ACCUSE") == "Nairobi"


@pytest.mark.hand_built
def test_a_demand_made_while_marching_shares_the_march_s_place(place_name: PlaceName) -> None:
    text = "Hundreds of farmers marched in Lilongwe on Monday, demanding higher maize prices."
    assert place_name(text, "demanding", "REQUEST") == "Lilongwe"


@pytest.mark.hand_built
def test_the_place_of_those_who_make_a_demand_places_it(place_name: PlaceName) -> None:
    assert place_name("Teachers in Bulawayo demanded better pay.", "demanded", "REQUEST") == "Bulawayo"


@pytest.mark.hand_built
def test_an_agency_working_in_a_country_places_its_appeal(place_name: PlaceName) -> None:
    text = "The aid agency working in Chad appealed for more food."
    assert place_name(text, "appealed", "REQUEST") == "Chad"


@pytest.mark.hand_built
def test_a_meeting_in_a_where_clause_is_placed_at_the_place_it_describes(place_name: PlaceName) -> None:
    assert place_name("The envoy flew on to Amman, where he met the king.", "met", "CONSULT") == "Amman"


@pytest.mark.hand_built
def test_a_where_clause_with_a_place_of_its_own_keeps_it(place_name: PlaceName) -> None:
    text = "Troops pushed into the suburbs south of Aleppo, where commandos stormed the district of Hamdaniyah."
    assert place_name(text, "stormed") == "Hamdaniyah"


@pytest.mark.hand_built
def test_there_points_back_to_the_place_of_the_sentence_before(place_name: PlaceName) -> None:
    text = "The talks opened in Geneva on Monday. There, the envoy asked both sides for a truce."
    assert place_name(text, "asked", "REQUEST") == "Geneva"


@pytest.mark.hand_built
def test_an_attack_its_paragraph_does_not_place_happens_in_the_country_of_the_story(place_name: PlaceName) -> None:
    text = (
        "Clashes went on in Aleppo on Sunday.\n\nShelling hit a market in Idlib.\n\n"
        "Gunmen later shot two guards at a checkpoint."
    )
    assert place_name(text, "shot") == "Syria"


@pytest.mark.hand_built
def test_a_statement_is_not_placed_in_the_country_of_the_story(place_name: PlaceName) -> None:
    text = "Clashes went on in Aleppo on Sunday. Shelling hit a market in Idlib. The envoy condemned the attacks."
    assert place_name(text, "condemned", "ACCUSE") is None


@pytest.mark.hand_built
def test_a_country_named_once_elsewhere_is_no_scene(place_name: PlaceName) -> None:
    text = "Rain fell in Aleppo on Sunday.\n\nGunmen later shot two guards at a checkpoint."
    assert place_name(text, "shot") is None


@pytest.mark.hand_built
def test_there_places_a_request_between_parties_of_other_countries(place_name: PlaceName) -> None:
    text = "The talks broke down at the Geneva summit in May. There, the Iranian envoy asked the Americans for relief."
    assert place_name(text, "asked", "REQUEST", source="the Iranian envoy", target="the Americans") == "Geneva"


@pytest.mark.hand_built
def test_a_one_sentence_report_places_a_demand_by_the_place_it_names(place_name: PlaceName) -> None:
    text = "The Serb leaders demanded a truce with the government forces in eastern Bosnia."
    assert place_name(text, "demanded", "REQUEST") == "Bosnia"


@pytest.mark.hand_built
def test_in_a_longer_text_a_demand_is_not_placed_by_what_it_is_about(place_name: PlaceName) -> None:
    text = (
        "The talks resumed on Monday. The Serb leaders demanded a truce with the government forces in eastern Bosnia."
    )
    assert place_name(text, "demanded", "REQUEST") is None


@pytest.mark.hand_built
def test_an_opening_occasion_places_the_call_however_the_parse_hangs_it(place_name: PlaceName) -> None:
    text = (
        "The minister spoke for an hour. "
        "In a keynote speech given in Accra, billed as the high point of his regional tour, Mensah called for calm."
    )
    assert place_name(text, "called", "REQUEST") == "Accra"


def test_a_meeting_placed_after_a_time_phrase_is_placed_there(place_name: PlaceName) -> None:
    """ "for the first time in X": the parse hangs the place on the time noun; it is still the meeting's place."""
    text = "The talks had stalled for months. The rebels attended a peace conference for the first time in Accra."
    assert place_name(text, "attended", "CONSULT") == "Accra"


def test_a_city_that_is_also_the_party_visited_places_the_journey(place_name: PlaceName) -> None:
    """ "travelled to Moscow": Moscow is both whom the officials met and where they met them."""
    text = "The invasion began a week later. Army officers travelled to Moscow to seek guarantees."
    assert place_name(text, "travelled", "CONSULT", source="Army officers", target="Moscow") == "Moscow"


def test_the_object_of_a_bombardment_is_its_place(place_name: PlaceName) -> None:
    text = "The envoy spoke on Monday. He said little about the continuing bombardment of Eastern Ghouta."
    assert place_name(text, "bombardment") == "Eastern Ghouta"


def test_a_continent_is_no_event_s_place(place_name: PlaceName) -> None:
    """ "Middle East" is also a Maryland hamlet and "Africa" an alternate name of a Tunisian town: neither is
    where an event wider than a country happened."""
    assert place_name("Soldiers have fought in the Middle East for a decade.", "fought") is None
    assert place_name("Opposition leaders in Africa often face arrest.", "arrest", "COERCE") is None


def test_a_journey_made_to_a_nationality_s_capital_is_placed_in_that_capital(place_name: PlaceName) -> None:
    text = "The rapporteur reports to a council abroad. She has made several trips to the Afghan capital this year."
    assert place_name(text, "made", "CONSULT") == "Kabul"


def test_a_capital_named_or_qualified_is_not_the_nationality_s_capital(place_name: PlaceName) -> None:
    text = "Nothing changed. Thousands marched through the streets of the Malawian commercial capital on Monday."
    assert place_name(text, "marched", "PROTEST") is None
    named = "Nothing changed. Thousands demonstrated in the Togolese capital Lome on Saturday."
    assert place_name(named, "demonstrated", "PROTEST") == "Lome"


@pytest.mark.slow
def test_talks_are_placed_where_their_counterpart_was_met() -> None:
    from datetime import date

    from eventwire.model import Document
    from eventwire.pipeline import Coder

    text = (
        "After talks of the envoy, first with the unions, and then with the president in Lagos in May, the minister "
        "announced a plan. The plan was welcomed."
    )
    events = Coder(min_confidence=0.0).code(Document(id="talks", text=text, published=date(2023, 6, 17)))
    places = {e.target.text: e.location.name if e.location else None for e in events if e.target is not None}
    assert places["the president"] == "Lagos"
