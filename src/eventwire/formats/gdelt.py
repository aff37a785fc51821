"""The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header (as GDELT writes it).

One row per event (cluster) by default, with NumMentions, NumSources and NumArticles from the cluster.
What GDELT has and eventwire does not is approximated, as ``docs/store.md`` lists: the ids are numbers
made from our ids, IsRootEvent is "the evidence starts in the first ``ROOT_CHARS`` characters", actor
geography is the event's place when the actor is of that place's country, ADM1 codes are the country's
FIPS code, feature ids are GeoNames ids, AvgTone and the ethnic, religion and known-group codes are empty.
"""

from __future__ import annotations

from typing import IO, Any

from eventwire.formats import WriteOptions, cameo, countries
from eventwire.formats.records import EventRecord
from eventwire.model import Actor, Place

ROOT_CHARS = 400

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{field}"
        for n in (1, 2)
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{block}Geo_{field}"
        for block in ("Actor1", "Actor2", "Action")
        for field in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)
US_STATE, US_CITY, WORLD_CITY, WORLD_STATE, COUNTRY = 2, 3, 4, 5, 1


def numeric_id(event_id: str) -> int:
    """A positive 60-bit integer from a hexadecimal id (GDELT's ids are integers)."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int.from_bytes(event_id.encode("utf-8")[:7].ljust(7, b"\0"), "big")


def _actor(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * 10
    code = (actor.country or "") + (actor.sector or "")
    name = (actor.name or actor.text).upper()
    return [code, name, actor.country or "", "", "", "", "", actor.sector or "", "", ""]


def _geo_type(place: Place) -> int:
    us = place.country == "USA"
    if place.precision == "country":
        return COUNTRY
    if place.precision in {"admin1", "region"}:
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def _geo(place: Place | None) -> list[str]:
    if place is None:
        return [""] * 8
    country = countries.name(place.country)
    full = place.name if place.precision == "country" or not country else f"{place.name}, {country}"
    code = countries.fips(place.country)
    lat = f"{place.lat:.4f}" if place.lat is not None else ""
    lon = f"{place.lon:.4f}" if place.lon is not None else ""
    feature = str(place.geonameid) if place.geonameid is not None else ""
    return [str(_geo_type(place)), full, code, code, "", lat, lon, feature]


def _actor_geo(actor: Actor | None, place: Place | None) -> list[str]:
    located = actor is not None and place is not None and actor.country is not None and actor.country == place.country
    return _geo(place) if located else [""] * 8


def row(record: EventRecord, per_cluster: bool = True) -> list[str]:
    """The 61 cells of one event (a cluster's id when rows are clusters, else the mention's own)."""
    event, cluster, doc = record.event, record.cluster, record.document
    day = event.date.start if event.date else (doc.published if doc else None)
    code = cameo.event_code(event)
    entry = cameo.lookup(code)
    reported = (cluster.first_report if cluster else None) or (doc.published if doc else None) or day
    counts = (cluster.mentions, cluster.sources, cluster.documents) if cluster else (1, 1, 1)
    cells = [
        str(numeric_id(cluster.id if cluster and per_cluster else event.id)),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *_actor(event.source),
        *_actor(event.target),
        "1" if event.evidence.start < ROOT_CHARS else "0",
        code,
        code[:3],
        code[:2],
        str(entry.quad_class) if entry else "",
        f"{entry.goldstein:.1f}" if entry else "",
        *(str(n) for n in counts),
        "",
        *_actor_geo(event.source, event.location),
        *_actor_geo(event.target, event.location),
        *_geo(event.location),
        reported.strftime("%Y%m%d000000") if reported else "",
        (doc.url if doc and doc.url else event.doc_id),
    ]
    return [c.replace("\t", " ").replace("\n", " ") for c in cells]


class GdeltWriter:
    def __init__(self, out: IO[str], per_cluster: bool) -> None:
        self.out = out
        self.per_cluster = per_cluster

    def write(self, record: EventRecord) -> None:
        self.out.write("\t".join(row(record, self.per_cluster)) + "\n")

    def close(self) -> None:
        self.out.flush()


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> GdeltWriter:
    return GdeltWriter(out, options.unit == "cluster")
