"""A place a distance is measured from is where the event happened only when it is near: "12 km south of X" is at X,
"60 km north of X" is nowhere the sentence names (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.resolve.places.scope import measured_direction, measured_km
from tests.tiers import Parse

PlaceName = Callable[..., str | None]


def test_an_ambush_far_from_the_town_it_is_measured_from_is_not_placed_there(place_name: PlaceName) -> None:
    text = "Gunmen ambushed a police convoy on Monday about 60 kilometres north of Garissa."
    assert place_name(text, "ambushed") is None


def test_an_ambush_near_the_town_it_is_measured_from_is_placed_there(place_name: PlaceName) -> None:
    text = "Gunmen ambushed a police convoy on Monday about 12 kilometres north of Garissa."
    assert place_name(text, "ambushed") == "Garissa"


@pytest.mark.parametrize(
    ("text", "direction", "km"),
    [
        ("The patrol was hit 40 miles (64 kilometers) west of the capital.", "west", 64.4),
        ("The patrol was hit some 300 metres outside the camp.", "outside", 0.3),
        ("The patrol was hit 18 km southeast of the town.", "southeast", 18.0),
    ],
)
def test_how_far_a_measured_direction_lies(parse: Parse, text: str, direction: str, km: float) -> None:
    word = next(token for token in parse(text) if token.text == direction)
    assert measured_direction(word)
    assert measured_km(word) == pytest.approx(km, abs=0.5)


def test_the_length_of_a_border_is_no_measured_direction(parse: Parse) -> None:
    doc = parse("Troops patrol the 900 km border between the two states.")
    assert not any(measured_direction(token) for token in doc)
