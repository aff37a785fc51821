"""An ICEWS-style event table: tab-separated, with a header of ICEWS's 20 column names.

Names and sectors are written in words and countries by name, as ICEWS does; ``Intensity`` is the
Goldstein value of the CAMEO code and ``Event Text`` the code's name. eventwire does not number
sentences, so ``Sentence Number`` is empty; ``District`` is empty (no admin2 in the gazetteer).
"""

from __future__ import annotations

from typing import IO, Any

from eventwire.formats import WriteOptions, cameo, countries
from eventwire.formats.gdelt import numeric_id
from eventwire.formats.records import EventRecord
from eventwire.model import Actor

COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)


def _party(actor: Actor | None) -> list[str]:
    if actor is None:
        return ["", "", ""]
    sector = cameo.sector_names().get(actor.sector or "", actor.sector or "")
    return [actor.name or actor.text, sector, countries.name(actor.country)]


def row(record: EventRecord) -> list[str]:
    """The 20 cells of one event."""
    e, doc, place = record.event, record.document, record.event.location
    day = e.date.start if e.date else (doc.published if doc else None)
    code = cameo.event_code(e)
    entry = cameo.lookup(code)
    precision = place.precision if place else None
    cells = [
        str(numeric_id(e.id)),
        day.isoformat() if day else "",
        *_party(e.source),
        entry.name if entry else "",
        code,
        f"{entry.goldstein:.1f}" if entry else "",
        *_party(e.target),
        e.doc_id,
        "",
        doc.source or "" if doc else "",
        place.name if place and precision not in {"country", "admin1", "region"} else "",
        "",
        place.name if place and precision in {"admin1", "region"} else "",
        countries.name(place.country) if place else "",
        f"{place.lat:.4f}" if place and place.lat is not None else "",
        f"{place.lon:.4f}" if place and place.lon is not None else "",
    ]
    return [c.replace("\t", " ").replace("\n", " ") for c in cells]


class IcewsWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.out.write("\t".join(COLUMNS) + "\n")

    def write(self, record: EventRecord) -> None:
        self.out.write("\t".join(row(record)) + "\n")

    def close(self) -> None:
        self.out.flush()


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> IcewsWriter:
    return IcewsWriter(out)
