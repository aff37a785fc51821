"""Office holders of people.tsv are read with the role they held on the event's date."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.actors import ActorResolver

RESOLVER = ActorResolver()


@pytest.mark.parametrize(
    ("text", "when", "country", "sector"),
    [
        ("Riek Machar", date(2014, 6, 1), "SSD", "REB"),
        ("Riek Machar", date(2016, 5, 1), "SSD", "GOV"),
        ("Chedli Klibi", date(1985, 1, 1), "IGO", "GOV"),
        ("President Bouteflika", date(2005, 1, 1), "DZA", "GOV"),
        ("Ryutaro Hashimoto", date(1997, 1, 1), "JPN", "GOV"),
        ("Inspector General Douglas Kanja", date(2025, 1, 1), "KEN", "COP"),
    ],
)
def test_a_listed_office_holder_takes_the_role_held_on_the_event_date(
    text: str, when: date, country: str, sector: str
) -> None:
    reading = RESOLVER.reader.read(text, when)
    assert (reading.country, reading.sector) == (country, sector)


def test_a_listed_leader_out_of_office_is_a_former_official() -> None:
    reading = RESOLVER.reader.read("Zhivkov", date(1995, 1, 1))
    assert (reading.country, reading.sector) == ("BGR", "ELI")
