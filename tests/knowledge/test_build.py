"""`eventwire kb build`: the committed tables equal a fresh build; the pieces it is made of."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.knowledge.base import bundled_tables
from eventwire.knowledge.build import build
from eventwire.knowledge.build.aliases import surname_candidates
from eventwire.knowledge.build.names import org_case, person_case, strip_offices, words
from eventwire.knowledge.build.phoenix import is_person
from eventwire.knowledge.build.phoenix_format import parse_code, read_entries
from eventwire.knowledge.build.positions import position_sector
from eventwire.knowledge.codes import cameo_to_actor
from eventwire.knowledge.matching import accepts, alias_key
from tests.paths import SharedFile

MAX_BYTES = 2_000_000


@pytest.mark.slow  # reads and merges every source of ../shared/actors
def test_committed_tables_equal_a_fresh_build(tmp_path: Path, shared_file: SharedFile) -> None:
    build(shared_file("actors").parent, tmp_path)
    for path in sorted(bundled_tables().iterdir()):
        if path.suffix in (".gz", ".txt", ".json"):
            fresh = (tmp_path / path.name).read_bytes()
            assert path.read_bytes() == fresh, f"{path.name} is stale: run `make kb` and commit the tables"


def test_no_table_is_over_two_megabytes() -> None:
    for path in bundled_tables().iterdir():
        assert path.stat().st_size < MAX_BYTES, path.name


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("CHNGOV", ("CHN", "GOV")),
        ("GBRGOVMED", ("GBR", "GOV")),
        ("USAGOVLEG", ("USA", "LEG")),
        ("USAMIL", ("USA", "MIL")),
        ("IGOUNO", ("IGO", "IGO")),
        ("NGOHRI", ("NGO", "NGO")),
        ("IMGMUSALQ", ("IMG", "REB")),
        ("SYRREBMUS", ("SYR", "REB")),
        ("ROMGOV", ("ROU", "GOV")),
        ("KSVGOV", ("SRB", "GOV")),
        ("MEAREB", (None, "REB")),
        ("USAGUM", ("USA", None)),
    ],
)
def test_cameo_codes_map_to_country_and_sector(code: str, expected: tuple[str | None, str | None]) -> None:
    assert cameo_to_actor(code) == expected


def test_dictionary_entries_and_dated_codes_are_read() -> None:
    text = (
        "XI_JINPING\n+PRESIDENT_XI_JINPING\n\t[CHNGOV >20121115]\n"
        "JEREMY_HUNT_  # CountryInfo.txt\n\t[GBRGOVMED >100601]\n"
    )
    entries = read_entries(text)
    assert [e.name for e in entries] == ["XI_JINPING", "JEREMY_HUNT_"]
    assert entries[0].aliases == ["PRESIDENT_XI_JINPING"]
    assert entries[1].codes[0].start == "2010-06-01"
    assert entries[1].comment == "CountryInfo.txt"
    assert parse_code("CHNGOV 030101-070531") is not None
    assert parse_code("IRQOCC 1920030320-20060520") is None


def test_a_rulers_list_entry_naming_a_body_is_no_person() -> None:
    text = (
        "SUPREME_MILITARY_COUNCIL_  # CountryInfo.txt\n\t[GHAGOV 780705-790604]\n"
        "KOFI_ANTWI_BOATENG_  # CountryInfo.txt\n\t[GHAGOV 780705-790604]\n"
    )
    assert [is_person(e) for e in read_entries(text)] == [False, True]


def test_names_are_written_as_news_writes_them() -> None:
    assert strip_offices(person_case(words("BASHAR_AL-ASSAD_"))) == "Bashar al-Assad"
    assert strip_offices(person_case(words("SECRETARY_OF_STATE_JOHN_KERRY_"))) == "John Kerry"
    assert person_case("JOHN MCCAIN") == "John McCain"
    assert org_case(words("UNITED_STATES_DEPARTMENT_OF_STATE_")) == "United States Department of State"


@pytest.mark.parametrize(
    ("name", "country", "surnames"),
    [
        ("Bashar al-Assad", "SYR", ["al-Assad", "Assad"]),
        ("Xi Jinping", "CHN", ["Xi"]),
        ("Abiy Ahmed", "ETH", []),
        ("Mohammed bin Salman", "SAU", []),
        ("Andrés Manuel López Obrador", "MEX", []),
        ("Ursula von der Leyen", "DEU", ["von der Leyen"]),
    ],
)
def test_surnames_follow_naming_customs(name: str, country: str, surnames: list[str]) -> None:
    assert surname_candidates(name, country) == surnames


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Chief of the General Staff", "MIL"),
        ("Speaker of the House of Representatives", "LEG"),
        ("Chief Justice", "JUD"),
        ("Minister of Justice", "GOV"),
        ("Secretary of State for the Home Department", "GOV"),
        ("Director of National Intelligence", "SPY"),
        ("Chief of the National Police", "COP"),
    ],
)
def test_office_titles_give_sectors(title: str, sector: str) -> None:
    assert position_sector(title, "GBR") == sector


def test_lookup_keys_ignore_accents_hyphens_dots_and_a_leading_the() -> None:
    assert alias_key("Erdoğan") == alias_key("ERDOGAN")
    assert alias_key("al-Shabaab") == alias_key("Al Shabaab")
    assert alias_key("U.N.") == "un"
    assert alias_key("The Guardian") == "guardian"
    assert not accepts("Is", "IS", person=False)
    assert accepts("Un", "UN", person=False, safe=frozenset({"UN"}))


def test_a_one_word_name_of_a_person_in_capitals_is_an_acronym() -> None:
    assert accepts("Gatt", "Gatt", person=True)
    assert not accepts("GATT", "Gatt", person=True)
    assert not accepts("gatt", "Gatt", person=True)
