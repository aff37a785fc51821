"""Office holders of people.tsv are read with the role they held on the event's date."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.actors.document import ActorResolver
from tests.tiers import Parse

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


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("General Michel Aoun", "MIL"),
        ("Gen. Michel Aoun", "MIL"),
        ("army commander Michel Aoun", "MIL"),
        ("Prime Minister Michel Aoun", "GOV"),
        ("Michel Aoun", "GOV"),
    ],
)
def test_a_title_picks_which_of_two_offices_held_at_once_a_mention_names(text: str, sector: str) -> None:
    reading = RESOLVER.reader.read(text, date(1989, 6, 1))
    assert (reading.country, reading.sector) == ("LBN", sector)


def test_a_title_of_an_office_not_held_on_the_date_does_not_override_it() -> None:
    reading = RESOLVER.reader.read("General Michel Aoun", date(2018, 1, 1))
    assert reading.sector == "GOV"


@pytest.mark.hand_built
def test_a_titled_surname_takes_the_office_of_the_listed_person_named_before(parse: Parse) -> None:
    text = "Michel Aoun rejected the accord. General Aoun ordered his troops to shell the port."
    doc = parse(text)
    actors = RESOLVER.for_document(doc, date(1989, 10, 1))
    start = text.index("General Aoun")
    span = doc.char_span(start, start + len("General Aoun"))
    assert span is not None
    actor = actors.resolve(span, date(1989, 10, 1))
    assert (actor.country, actor.sector) == ("LBN", "MIL")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Prime Minister Jacques Chirac", "GOV"),  # listed as president from 1995 only
        ("Finance Minister Edouard Balladur", "GOV"),  # listed as prime minister from 1993 only
        ("Senator Edouard Balladur", "LEG"),
        ("former Prime Minister Jacques Chirac", "ELI"),
        ("Jacques Chirac", "PTY"),  # no title: what the tables say before his first listed office
        ("Edouard Balladur", None),
        ("the minister's son Edouard Balladur", None),  # the title is not his
    ],
)
def test_the_title_before_a_listed_person_holding_no_listed_office_gives_the_sector(
    text: str, sector: str | None
) -> None:
    reading = RESOLVER.reader.read(text, date(1987, 4, 1))
    assert (reading.country, reading.sector) == ("FRA", sector)


@pytest.mark.hand_built
def test_a_short_name_keeps_the_sector_the_full_mention_title_gave(parse: Parse) -> None:
    text = "Finance Minister Edouard Balladur arrived on Monday. Balladur met the central bankers."
    doc = parse(text)
    actors = RESOLVER.for_document(doc, date(1987, 4, 1))
    actors.resolve(doc.char_span(0, len("Finance Minister Edouard Balladur")), date(1987, 4, 1))  # type: ignore[arg-type]
    start = text.index("Balladur met")
    span = doc.char_span(start, start + len("Balladur"))
    assert span is not None
    actor = actors.resolve(span, date(1987, 4, 1))
    assert (actor.country, actor.sector) == ("FRA", "GOV")
    alone = RESOLVER.for_document(parse("Balladur met the central bankers."), date(1987, 4, 1))
    span = alone.doc.char_span(0, len("Balladur"))
    assert span is not None
    assert alone.resolve(span, date(1987, 4, 1)).sector is None
