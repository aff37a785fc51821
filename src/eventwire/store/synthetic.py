"""Synthetic event data for the store benchmark: happenings, each reported by a few documents in
slightly different ways (a party or the place left out, the date a day off), from a fixed seed.

The countries, places and sources are made up ("XBF", "XBF town 3", "source 12"): the benchmark
times the store, not the coder. The same seed always gives the same documents and events.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.model import EVENT_TYPES, Actor, Document, Event, EventDate, Evidence, Place

COUNTRIES = tuple(f"X{a}{b}" for a in "ABCDEFGHIJ" for b in "ABCDEFGHIJKL")  # 120 codes of ISO's user range
SECTORS = ("GOV", "MIL", "COP", "REB", "OPP", "CVL", "BUS", "MED", None)
TYPE_WEIGHTS = (6, 10, 3, 1, 3, 2, 1, 3, 8, 3, 3, 8, 2, 2, 8, 20)  # in EVENT_TYPES order: many assaults
MODES = {"CONSULT": ("visit", "phone", "multilateral", None), "ASSAULT": ("firearms", "explosives", "aerial", None)}
START = date(2021, 1, 1)
PLACES_PER_COUNTRY = 12
MENTIONS_PER_DOCUMENT = 6


@dataclass(frozen=True, slots=True)
class Happening:
    """One thing that happened, before reporters describe it."""

    number: int
    type: str
    mode: str | None
    source: Actor
    target: Actor
    day: date
    place: Place


def _zipf(rng: random.Random, n: int) -> int:
    """An index in range(n), small ones far more often (news is about a few countries)."""
    return min(n - 1, int(rng.paretovariate(1.1)) - 1)


def _place(country: str, k: int) -> Place:
    number = COUNTRIES.index(country)
    lat = -50 + (number * 7.3) % 110 + (k % 4) * 0.6
    lon = -170 + (number * 23.9) % 340 + (k // 4) * 0.6
    return Place(f"{country} town {k}", country, round(lat, 4), round(lon, 4), 10_000_000 + number * 100 + k, "city")


def _actor(rng: random.Random, country: str) -> Actor:
    sector = rng.choice(SECTORS)
    name = f"{country} {sector or 'people'}"
    return Actor(text=name, name=name, country=country, sector=sector)


def happenings(seed: int, count: int, days: int, first_number: int = 0, start: date = START) -> Iterator[Happening]:
    """``count`` happenings spread over ``days`` days from ``start``, in date order."""
    rng = random.Random(seed)
    spread = sorted(rng.randrange(days) for _ in range(count))
    for i, offset in enumerate(spread):
        type_ = rng.choices(EVENT_TYPES, TYPE_WEIGHTS)[0]
        a, b = rng.sample(range(len(COUNTRIES)), 2) if rng.random() < 0.7 else [_zipf(rng, len(COUNTRIES))] * 2
        src, tgt = COUNTRIES[_zipf(rng, len(COUNTRIES)) if rng.random() < 0.5 else a], COUNTRIES[b]
        where = rng.choice((src, tgt))
        yield Happening(
            first_number + i,
            type_,
            rng.choice(MODES.get(type_, (None,))),
            _actor(rng, src),
            _actor(rng, tgt),
            start + timedelta(days=offset),
            _place(where, rng.randrange(PLACES_PER_COUNTRY)),
        )


def _report(rng: random.Random, h: Happening, doc_id: str, at: int) -> Event:
    """One report of a happening: most say it all; some leave out a party or the place, or are a day off."""
    roll = rng.random()
    day = h.day + timedelta(days=rng.choice((-1, 1))) if roll < 0.1 else h.day
    place: Place | None = h.place if rng.random() > 0.2 else None
    if place is not None and rng.random() < 0.1:
        place = Place(place.country or "", place.country, None, None, None, "country")
    return Event(
        doc_id=doc_id,
        type=h.type,
        mode=h.mode if rng.random() > 0.3 else None,
        source=h.source if rng.random() > 0.15 else None,
        target=h.target if rng.random() > 0.15 else None,
        date=EventDate(day, day, "day") if rng.random() > 0.05 else None,
        location=place,
        evidence=Evidence(f"Report {h.number}.", at, at + 40, "reported"),
        confidence=round(0.5 + rng.random() / 2, 3),
    )


def base_happenings(seed: int, mentions: int, days: int) -> Iterator[Happening]:
    """The happenings ``corpus(seed, mentions, days)`` reports."""
    return happenings(seed, max(1, int(mentions / 2.05)), days, first_number=seed * 10_000_000)


def corpus(
    seed: int,
    mentions: int,
    days: int,
    prefix: str = "syn",
    reuse: list[Happening] | None = None,
    start: date = START,
) -> Iterator[tuple[Document, list[Event]]]:
    """Documents with about ``mentions`` events in all: each happening is reported by 1-8 documents.

    With ``reuse``, about a fifth of the reports are of those (earlier) happenings: late reports that
    must join the clusters already stored.
    """
    rng = random.Random(seed + 1)
    fresh = happenings(seed, max(1, int(mentions / 2.05)), days, first_number=seed * 10_000_000, start=start)
    pending: list[tuple[date, Happening]] = []
    counter = {"made": 0, "documents": 0}
    for h in fresh:
        pending += [(h.day, h)] * min(8, int(rng.expovariate(1 / 1.6)) + 1)
        if reuse and rng.random() < 0.5:
            old = rng.choice(reuse)
            pending.append((max(old.day, h.day - timedelta(days=3)), old))
        if len(pending) >= 64:
            rng.shuffle(pending)
            yield from _documents(rng, pending, 32, mentions, prefix, counter)
        if counter["made"] >= mentions:
            return
    yield from _documents(rng, pending, 0, mentions, prefix, counter)


def _documents(
    rng: random.Random,
    pending: list[tuple[date, Happening]],
    keep: int,
    mentions: int,
    prefix: str,
    counter: dict[str, int],
) -> Iterator[tuple[Document, list[Event]]]:
    """Documents of ``MENTIONS_PER_DOCUMENT`` reports taken from ``pending`` until ``keep`` are left."""
    while len(pending) > keep and counter["made"] < mentions:
        batch = pending[:MENTIONS_PER_DOCUMENT]
        del pending[:MENTIONS_PER_DOCUMENT]
        number = counter["documents"]
        doc_id = f"{prefix}-{number}"
        published = max(day for day, _ in batch) + timedelta(days=rng.randrange(3))
        events = [_report(rng, h, doc_id, 100 * n) for n, (_, h) in enumerate(batch)]
        yield Document(doc_id, f"Synthetic report {number}.", None, published, None, f"source {number % 97}"), events
        counter["made"] += len(events)
        counter["documents"] += 1
