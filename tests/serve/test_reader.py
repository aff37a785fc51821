"""The read adapter over a small hand-built store: filters, order, paging, the count cap, aggregates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.errors import NotFound
from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place
from eventwire.serve.query import Filter, Page
from eventwire.serve.reader import Reader
from eventwire.store import Store
from eventwire.store.query import EventQuery

TEXT = "Police arrested protesters in Nairobi. Kenya and Somalia held talks. Fiji helped Tonga."
NAIROBI = Place("Nairobi", "KEN", -1.28, 36.82, 184745, "city")
SUVA = Place("Suva", "FJI", -18.14, 178.44, 2198148, "city")


def ev(
    kind: str, start: int, source: Actor | None, target: Actor | None, day: str | None, place: Place | None
) -> Event:
    when = EventDate(date.fromisoformat(day), date.fromisoformat(day), "day") if day else None
    return Event(
        doc_id="d1",
        type=kind,
        evidence=Evidence(TEXT[start : start + 10], start, start + 10, "x"),
        source=source,
        target=target,
        date=when,
        location=place,
        confidence=0.9,
    )


POLICE = Actor("Police", "Kenya Police", "KEN", "COP", 0, 6)
PROTESTERS = Actor("protesters", "Kenya Protesters", "KEN", "CVL", 16, 26)
KENYA, SOMALIA = Actor("Kenya", "Kenya", "KEN", "GOV", 39, 44), Actor("Somalia", "Somalia", "SOM", "GOV", 49, 56)
FIJI, TONGA = Actor("Fiji", "Fiji", "FJI", "GOV", 69, 73), Actor("Tonga", "Tonga", "TON", "GOV", 81, 86)
EVENTS = [
    ev("COERCE", 0, POLICE, PROTESTERS, "2024-06-25", NAIROBI),
    ev("CONSULT", 39, KENYA, SOMALIA, "2024-06-20", None),
    ev("AID", 69, FIJI, TONGA, None, SUVA),
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Reader:
    path = tmp_path_factory.mktemp("reader") / "small.db"
    with Store(path) as store:
        store.add_document(Document("d1", TEXT, title="Three events", published=date(2024, 6, 26)))
        store.set_events("d1", EVENTS)
    return Reader(path, count_cap=2)


def ids(reader: Reader, f: Filter, page: Page | None = None) -> list[str]:
    return [e["id"] for e in json.loads(reader.events_json(f, page or Page()))["items"]]


def test_newest_first_with_undated_events_last_and_oldest_first_with_them_first(reader: Reader) -> None:
    coerce, consult, aid = (e.id for e in EVENTS)
    assert ids(reader, Filter()) == [coerce, consult, aid]
    assert ids(reader, Filter(), Page(sort="date")) == [aid, consult, coerce]


def test_the_count_stops_at_the_cap_and_says_it_is_not_exact(reader: Reader) -> None:
    page = json.loads(reader.events_json(Filter(), Page(limit=1)))
    assert (page["total"], page["total_exact"], len(page["items"])) == (2, False, 1)
    one = json.loads(reader.events_json(Filter(EventQuery(types=("AID",))), Page()))
    assert (one["total"], one["total_exact"]) == (1, True)
    last = json.loads(reader.events_json(Filter(), Page(limit=2, offset=2)))
    assert (last["total"], last["total_exact"], len(last["items"])) == (3, True, 1)


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (Filter(EventQuery(actor="kenya police")), [0]),
        (Filter(EventQuery(actor="Police")), [0]),  # the words as written
        (Filter(EventQuery(actor="KEN")), [0, 1]),
        (Filter(EventQuery(actor="KENGOV")), [1]),
        (Filter(source="Kenya"), [1]),
        (Filter(target="KEN"), [0]),
        (Filter(source="Fiji", target="TON"), [2]),
        (Filter(EventQuery(sector="CVL")), [0]),
        (Filter(EventQuery(country="SOM")), [1]),
        (Filter(EventQuery(country="FJI")), [2]),
        (Filter(EventQuery(since=date(2024, 6, 21))), [0]),
        (Filter(EventQuery(until=date(2024, 6, 21))), [1]),
        (Filter(EventQuery(place="NAIROBI")), [0]),
        (Filter(EventQuery(bbox=(170.0, -25.0, -170.0, -10.0))), [2]),  # across the antimeridian
        (Filter(EventQuery(text='"held talks"')), [0, 1, 2]),  # words of the document: all its events
        (Filter(EventQuery(text="ceasefire")), []),
        (Filter(EventQuery(doc_id="other")), []),
    ],
)
def test_each_filter(reader: Reader, f: Filter, expected: list[int]) -> None:
    assert sorted(ids(reader, f)) == sorted(EVENTS[i].id for i in expected)


def test_aggregates(reader: Reader) -> None:
    q = Filter()
    assert reader.timeline(q, "month") == [
        {"period": "2024-06", "type": "COERCE", "count": 1},
        {"period": "2024-06", "type": "CONSULT", "count": 1},
    ]
    tones = {(d["source"], d["target"]): d["tone"] for d in reader.dyads(q, 10)}
    assert tones == {("Kenya Police", "Kenya Protesters"): -1.0, ("Kenya", "Somalia"): 0.5, ("Fiji", "Tonga"): 1.0}
    assert {p["name"]: p["count"] for p in reader.places(q, 10)} == {"Nairobi": 1, "Suva": 1}
    kenya = next(a for a in reader.actors(q, 10) if a["name"] == "Kenya")
    assert (kenya["as_source"], kenya["as_target"]) == (1, 0)
    stats = reader.stats(Filter(EventQuery(country="KEN")))
    assert (stats["events"], stats["first_date"], stats["last_date"]) == (2, "2024-06-20", "2024-06-25")


def test_unknown_ids_are_not_found(reader: Reader) -> None:
    with pytest.raises(NotFound, match="nope"):
        reader.event("nope")
    with pytest.raises(NotFound, match="nope"):
        reader.document("nope")
