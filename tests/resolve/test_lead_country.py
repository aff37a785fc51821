"""Where an article's opening sentence sets its story: the places of its main clause, not of a clause inside it
(loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.home import Homes, lead_country

pytestmark = pytest.mark.slow


def _lead(nlp: Language, gazetteer: Gazetteer, text: str) -> str | None:
    return lead_country(next(iter(nlp(text).sents)), gazetteer)


def test_a_lead_placing_its_main_clause_sets_the_story(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _lead(nlp, gazetteer, "A magistrate in Malawi on Monday freed three reporters held since May.") == "MWI"


def test_a_town_of_the_main_clause_sets_the_story(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _lead(nlp, gazetteer, "Gunmen raided a market in the Nigerian town of Maiduguri on Friday.") == "NGA"


def test_a_place_of_a_clause_inside_the_lead_does_not(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A retired nurse appeared in court on Monday charged with travelling to fight in Yemen."
    assert _lead(nlp, gazetteer, text) is None


def test_a_region_of_several_countries_sets_none(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _lead(nlp, gazetteer, "Opposition leaders in Africa face arrest and worse.") is None


def test_people_take_the_lead_country_after_the_event_s_own_place() -> None:
    assert Homes(place="ETH", lead="SOM").of() == "ETH"
    assert Homes(lead="SOM", document="KEN").of() == "SOM"


def test_an_office_holder_takes_the_outlet_s_home_not_the_lead() -> None:
    assert Homes(lead="SOM", document="KEN").of(office=True) == "KEN"
    assert Homes(lead="SOM").of(office=True) is None
