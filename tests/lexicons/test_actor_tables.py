"""Validation of every actor data file: codes exist, sectors are known, dates ordered, no duplicate keys."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest

from eventwire.lexicons.actors import SPECIAL_COUNTRIES, _rows, split_list
from eventwire.lexicons.actors.people import parse_month
from eventwire.lexicons.files import Row
from eventwire.model import SECTORS

ISO3 = {c.alpha_3 for c in pycountry.countries}


def _valid_country(code: str) -> bool:
    return code in ISO3 or code in SPECIAL_COUNTRIES


def _people_rows() -> list[Row]:
    return _rows("people.tsv")


def test_countries_table_uses_real_iso3_codes_once_each() -> None:
    rows = _rows("countries.tsv")
    codes = [row["iso3"] for row in rows]
    assert all(code in ISO3 for code in codes), [c for c in codes if c not in ISO3]
    assert not [c for c, n in Counter(codes).items() if n > 1]


def test_country_aliases_do_not_point_to_two_countries() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in _rows("countries.tsv"):
        for alias in split_list(row["names"]) + split_list(row["adjectives"]) + split_list(row["people"]):
            if owner.setdefault(alias.lower(), row["iso3"]) != row["iso3"]:
                clashes.append(alias)
    assert clashes == []


@pytest.mark.parametrize("name", ["seats.tsv", "organizations.tsv"])
def test_named_tables_have_known_countries_and_sectors(name: str) -> None:
    for row in _rows(name):
        country = row.get("iso3") or row.get("country")
        assert not country or _valid_country(country), row
        assert row["sector"] in SECTORS, row


@pytest.mark.parametrize(
    ("name", "key"), [("seats.tsv", "alias"), ("organizations.tsv", "name"), ("roles.tsv", "phrase")]
)
def test_named_tables_have_no_duplicate_keys(name: str, key: str) -> None:
    keys = Counter(row[key].lower() for row in _rows(name))
    assert [k for k, n in keys.items() if n > 1] == []


def test_organization_aliases_name_one_organization_each() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in _rows("organizations.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            if owner.setdefault(alias.lower(), row["name"]) != row["name"]:
                clashes.append(alias)
    assert clashes == []


def test_roles_have_known_sectors_and_flags() -> None:
    for row in _rows("roles.tsv"):
        assert row["sector"] in SECTORS, row
        assert row["domestic"] in {"0", "1"}, row
        assert row["person"] in {"0", "1"}, row


def test_people_rows_have_valid_codes_and_ordered_dates() -> None:
    rows = _people_rows()
    assert len(rows) > 500
    for row in rows:
        assert _valid_country(row["country"]), row
        assert row["sector"] in SECTORS, row
        start, end = parse_month(row["start"]), parse_month(row["end"], end=True)
        assert start is not None, row
        assert end is None or start <= end, row


def test_people_have_no_duplicate_roles() -> None:
    keys = Counter((row["name"], row["role"], row["start"]) for row in _people_rows())
    assert [k for k, n in keys.items() if n > 1] == []


def test_people_keep_one_home_country_per_name_in_their_first_row() -> None:
    first: dict[str, str] = {}
    for row in _people_rows():
        first.setdefault(row["name"], row["country"])
    assert all(_valid_country(code) for code in first.values())


GROUP_KINDS = {"security", "party", "armed", "community"}


def test_groups_have_real_countries_known_sectors_and_kinds() -> None:
    rows = _rows("groups.tsv")
    assert len(rows) > 300
    for row in rows:
        countries = split_list(row["countries"])
        assert countries, row
        assert all(code in ISO3 for code in countries), row
        assert len(set(countries)) == len(countries), row
        assert not row["sector"] or row["sector"] in SECTORS, row
        assert row["kind"] in GROUP_KINDS, row


def test_groups_cover_many_countries() -> None:
    covered = {code for row in _rows("groups.tsv") for code in split_list(row["countries"])}
    assert len(covered) >= 40


def test_group_aliases_name_one_thing_across_groups_organizations_and_countries() -> None:
    owner: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        for alias in split_list(row["names"]) + split_list(row["adjectives"]) + split_list(row["people"]):
            owner[alias.lower()] = row["iso3"]
    for row in _rows("organizations.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            owner[alias.lower()] = row["name"]
    clashes = []
    for row in _rows("groups.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            if owner.setdefault(alias.lower(), row["name"]) != row["name"]:
                clashes.append(alias)
    assert clashes == []


def test_new_states_name_real_countries_and_dates() -> None:
    from datetime import date

    rows = _rows("new_states.tsv")
    assert rows
    for row in rows:
        assert row["country"] in ISO3, row
        assert row["before"] in ISO3, row
        assert row["country"] != row["before"], row
        assert date.fromisoformat(row["independent"]) > date(1945, 1, 1), row
