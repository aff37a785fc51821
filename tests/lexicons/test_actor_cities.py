"""Cities as the actor rules use them: the country of a city name, and how large the largest of that name is."""

from __future__ import annotations

from eventwire.lexicons.actors.cities import city_countries, city_populations


def test_a_city_name_gives_the_country_of_its_largest_namesake() -> None:
    assert city_countries().get("nairobi") == "KEN"


def test_a_subdivision_of_one_country_gives_that_country() -> None:
    assert city_countries().get("nakuru") == "KEN"


def test_the_population_of_a_large_city_is_known() -> None:
    assert city_populations().get("nairobi") > 1_000_000
