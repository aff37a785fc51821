"""Acceptance test: the seed article (Xi Jinping's March 2023 visit to Russia) coded end to end by the CLI.

The article is read at run time from ``../shared/examples/`` beside the repository and never copied into
it. Assertions look for the expected events among everything coded, in any order; extra events are fine.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from tests.paths import SharedFile

SEED = ("examples", "xi-visit-russia.txt")
PUBLISHED = "2023-03-17"
MOSCOW = (55.7522, 37.6156)


pytestmark = pytest.mark.slow  # `eventwire code` loads the spaCy model

EventJSON = dict[str, Any]


@pytest.fixture(scope="module")
def coded(shared_file: SharedFile) -> list[EventJSON]:
    seed = shared_file(*SEED)
    result = CliRunner().invoke(main, ["code", str(seed), "--published", PUBLISHED])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def country(event: EventJSON, role: str) -> str | None:
    actor = event.get(role)
    return actor.get("country") if actor else None


def directed(event: EventJSON, source: str, target: str) -> bool:
    return country(event, "source") == source and country(event, "target") == target


def between(event: EventJSON, one: str, other: str) -> bool:
    return directed(event, one, other) or directed(event, other, one)


def dated_within(event: EventJSON, first: date, last: date) -> bool:
    when = event.get("date")
    if not when:
        return False
    return first <= date.fromisoformat(when["start"]) and date.fromisoformat(when["end"]) <= last


def dated_on(event: EventJSON, day: date) -> bool:
    return dated_within(event, day, day) and event["date"]["precision"] == "day"


def in_february(event: EventJSON) -> bool:
    return dated_within(event, date(2023, 2, 1), date(2023, 2, 28))


def km_from(lat: float, lon: float, point: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat), math.radians(point[0])
    dlat, dlon = p2 - p1, math.radians(point[1] - lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def in_moscow(event: EventJSON) -> bool:
    place = event.get("location")
    if not place or place.get("lat") is None or place.get("lon") is None:
        return False
    return str(place.get("name", "")).lower() == "moscow" and km_from(place["lat"], place["lon"], MOSCOW) <= 25


def xi_visit(e: EventJSON) -> bool:
    source = e.get("source") or {}
    named_xi = "xi" in f"{source.get('name') or ''} {source.get('text') or ''}".lower()
    return (
        e["type"] == "CONSULT"
        and directed(e, "CHN", "RUS")
        and source.get("sector") == "GOV"
        and named_xi
        and dated_within(e, date(2023, 3, 20), date(2023, 3, 22))
        and e["status"] == "planned"
    )


EXPECTED: dict[str, Callable[[EventJSON], bool]] = {
    "Xi (CHN/GOV) to visit Russia on March 20-22, planned": xi_visit,
    "CONSULT between China and Russia in Moscow in February": lambda e: (
        e["type"] == "CONSULT" and between(e, "CHN", "RUS") and in_february(e) and in_moscow(e)
    ),
    "CONSULT between China and Russia in February (the talks' second partner)": lambda e: (
        e["type"] == "CONSULT" and between(e, "CHN", "RUS") and in_february(e)
    ),
    "CONSULT between Ukraine and China by phone the day before (March 16)": lambda e: (
        e["type"] == "CONSULT" and between(e, "UKR", "CHN") and dated_on(e, date(2023, 3, 16))
    ),
    "THREATEN from the USA (Blinken) to China in February": lambda e: (
        e["type"] == "THREATEN" and directed(e, "USA", "CHN") and in_february(e)
    ),
    "ACCUSE from China to the USA": lambda e: e["type"] == "ACCUSE" and directed(e, "CHN", "USA"),
    "ACCUSE from China to Russia, negated (did not condemn)": lambda e: (
        e["type"] == "ACCUSE" and directed(e, "CHN", "RUS") and e["status"] == "negated"
    ),
}


def summary(events: list[EventJSON]) -> str:
    lines = []
    for e in events:
        when = e.get("date") or {}
        place = (e.get("location") or {}).get("name")
        lines.append(
            f"{e['type']:<9} {country(e, 'source')}->{country(e, 'target')} {when.get('start')}..{when.get('end')}"
            f" {place} {e['status']} [{e['evidence']['trigger']}]"
        )
    return "\n".join(lines) or "(no events)"


@pytest.mark.parametrize("name", list(EXPECTED))
def test_seed_article_yields_expected_event(coded: list[EventJSON], name: str) -> None:
    assert any(EXPECTED[name](e) for e in coded), f"missing: {name}\ncoded:\n{summary(coded)}"


def test_seed_article_events_all_come_from_the_article_body(coded: list[EventJSON], shared_file: SharedFile) -> None:
    """Offsets point into the cleaned text; nothing is coded from the doubled title or the source footer."""
    seed = shared_file(*SEED)
    text = seed.read_text(encoding="utf-8")
    title = text.splitlines()[0].strip()
    assert coded, "no events coded from the seed article"
    visits = [
        e for e in coded if e["type"] == "CONSULT" and e["status"] == "planned" and title in e["evidence"]["sentence"]
    ]
    assert not visits, "an event was coded from the repeated title"
    for e in coded:
        assert e["doc_id"] == seed.stem
        evidence = e["evidence"]
        assert evidence["sentence"].strip() in text
        assert "Original Source Link" not in evidence["sentence"]
