"""A seat of power named as a place stands in its country's capital (loads the spaCy model; sentences written for
these tests)."""

from __future__ import annotations

from tests.resolve.conftest import Locate

WASHINGTON = (38.9, -77.04)
BEIJING = (39.9, 116.4)


def _near(lat: float | None, lon: float | None, point: tuple[float, float]) -> bool:
    return lat is not None and lon is not None and abs(lat - point[0]) + abs(lon - point[1]) < 0.5


def test_the_white_house_is_in_washington_not_a_small_town_of_its_name(locate: Locate) -> None:
    place = locate("The two leaders held talks at the White House on Thursday.", "talks", "CONSULT")
    assert place is not None
    assert place.name == "White House"
    assert place.country == "USA"
    assert _near(place.lat, place.lon, WASHINGTON)


def test_a_seat_the_gazetteer_does_not_know_is_in_its_country_s_capital(locate: Locate) -> None:
    place = locate("Police detained protesters at Zhongnanhai on Friday.", "detained", "COERCE")
    assert place is not None
    assert place.name == "Zhongnanhai"
    assert place.country == "CHN"
    assert _near(place.lat, place.lon, BEIJING)


def test_a_seat_that_is_a_city_of_its_own_keeps_it(locate: Locate) -> None:
    place = locate("Protesters marched in Washington on Saturday.", "marched", "PROTEST")
    assert place is not None
    assert place.country == "USA"
    assert _near(place.lat, place.lon, WASHINGTON)
