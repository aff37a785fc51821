"""When two reports (mentions) are of one event: the rules, as pure functions of two mentions.

Two mentions are *linked* when nothing about them conflicts and at least one thing anchors them
together; a cluster is a set of mentions none of which conflict and each linked to another. What counts:

- type: the same PLOVER type, or two types of one ``cluster_type_groups`` group; status likewise
  (``cluster_status_groups``: by default a planned visit and the visit reported done are one event; a
  status in no group, by default hypothetical and negated, never clusters: what may happen or did not
  is not a happening);
  two different modes of a type (a visit, a phone call) are two events (``cluster_modes_differ``);
- dates: their day ranges (the event's date, else the document's publication day) start and end at most
  ``cluster_window_days`` apart; a mention with neither is an event of its own;
- dyad: source with source and target with target (either way round for ``cluster_symmetric_types``).
  Two parties conflict when both have countries and they differ, when their sectors differ outside one
  ``cluster_sector_groups`` group, or when neither has a country and their names differ; they anchor
  when their countries or names agree. A party missing from one report, or unnamed in its text, neither
  conflicts nor anchors;
- place: the same gazetteer entry or two points within ``cluster_place_km`` anchor; a country contains
  its places and a province or region (admin1) the points within ``cluster_area_km`` (no conflict, no
  anchor); the same country neither conflicts nor anchors; other pairs of places conflict.

How much anchoring links two reports depends on the dates (see ``relation``): when both texts give the
day, one anchor is enough; a date taken from the publication says little, so then it takes more.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.errors import EventwireError
from eventwire.model import EVENT_TYPES, SECTORS, STATUSES
from eventwire.settings import SETTINGS

AREA_PRECISIONS = frozenset({"admin1", "region"})
EARTH_KM = 6371.0
CELL_DEGREES = 1.0  # place grid for finding nearby points; one degree of latitude is ~111 km


class ClusterSettingError(EventwireError):
    """A clustering setting is malformed (E401)."""

    code = "E403"


@dataclass(frozen=True, slots=True)
class ClusterRules:
    """The clustering settings, read once."""

    window_days: int
    place_km: float
    area_km: float
    type_groups: dict[str, int]
    symmetric_types: frozenset[str]
    status_groups: dict[str, int]
    sector_groups: dict[str, int]
    modes_differ: bool = True

    @classmethod
    def from_settings(cls, **overrides: object) -> ClusterRules:
        """Rules from ``eventwire.settings`` (with keyword overrides, e.g. ``window_days=2``)."""
        value: dict[str, object] = {
            n.removeprefix("cluster_"): s.default for n, s in SETTINGS.items() if "cluster_" in n
        }
        value.update(overrides)
        return cls(
            window_days=int(str(value["window_days"])),
            place_km=float(str(value["place_km"])),
            area_km=float(str(value["area_km"])),
            type_groups=_groups(str(value["type_groups"]), EVENT_TYPES, "cluster_type_groups"),
            symmetric_types=frozenset(_words(str(value["symmetric_types"]), EVENT_TYPES, "cluster_symmetric_types")),
            status_groups=_groups(str(value["status_groups"]), STATUSES, "cluster_status_groups"),
            sector_groups=_groups(str(value["sector_groups"]), SECTORS, "cluster_sector_groups"),
            modes_differ=str(value["modes_differ"]).lower() in {"true", "1", "yes"},
        )

    def type_block(self, type_: str) -> str:
        """A name shared by all the types that may cluster with this one."""
        group = self.type_groups.get(type_)
        return f"g{group}" if group is not None else type_

    def block_types(self, block: str) -> list[str]:
        return [t for t in EVENT_TYPES if self.type_block(t) == block]

    def status_block(self, status: str) -> str:
        group = self.status_groups.get(status)
        return f"g{group}" if group is not None else status

    def block_statuses(self, block: str) -> list[str]:
        return [s for s in STATUSES if self.status_block(s) == block]


def _words(text: str, known: tuple[str, ...], setting: str) -> list[str]:
    words = text.split()
    unknown = [w for w in words if w not in known]
    if unknown:
        raise ClusterSettingError(f"setting {setting}: unknown {', '.join(unknown)}; expected {', '.join(known)}")
    return words


def _groups(text: str, known: tuple[str, ...], setting: str) -> dict[str, int]:
    """'A B; C D' -> {A: 0, B: 0, C: 1, D: 1}; a value may be in one group only."""
    groups: dict[str, int] = {}
    for number, part in enumerate(p for p in text.split(";") if p.strip()):
        for word in _words(part, known, setting):
            if word in groups:
                raise ClusterSettingError(f"setting {setting}: {word} is in two groups")
            groups[word] = number
    return groups


@dataclass(frozen=True, slots=True)
class Party:
    """What clustering reads of an actor."""

    country: str | None
    key: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class Spot:
    """What clustering reads of a place."""

    key: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event, as clustering sees it."""

    id: str
    type: str
    status: str
    mode: str | None
    day_start: int
    day_end: int
    explicit: bool  # the text gives its day (day precision, not taken from the publication date)
    specificity: int
    source: Party | None
    target: Party | None
    place: Spot | None

    def order(self) -> tuple[int, int, int, str]:
        """Canonical order: by day, the most specific report first, then by id (never by input order)."""
        return (self.day_start, -self.specificity, self.day_end, self.id)


def _sectors_agree(a: str | None, b: str | None, rules: ClusterRules) -> bool:
    if a is None or b is None or a == b:
        return True
    group = rules.sector_groups.get(a)
    return group is not None and group == rules.sector_groups.get(b)


def party_relation(a: Party | None, b: Party | None, rules: ClusterRules) -> int:
    """-1 the two cannot be one party; 0 nothing said; 1 same country; 2 same name, or same country and sector."""
    if a is None or b is None:
        return 0
    if a.sector != b.sector and not _sectors_agree(a.sector, b.sector, rules):
        return -1
    if a.country and b.country and a.country != b.country:
        return -1
    if a.key == b.key:
        return 2
    if a.country and b.country:
        return 2 if a.sector is not None and a.sector == b.sector else 1
    return -1 if not a.country and not b.country else 0


def _both(x: int, y: int) -> int:
    return -1 if x < 0 or y < 0 else x + y


def dyad_relation(a: Mention, b: Mention, rules: ClusterRules) -> int:
    """-1 the parties conflict, else how strongly they agree (0-4): source with source and target with target,
    either way round for symmetric types."""
    straight = _both(party_relation(a.source, b.source, rules), party_relation(a.target, b.target, rules))
    if a.type in rules.symmetric_types and b.type in rules.symmetric_types:
        crossed = _both(party_relation(a.source, b.target, rules), party_relation(a.target, b.source, rules))
        return max(straight, crossed)
    return straight


def distance_km(a: Spot, b: Spot) -> float:
    """Great-circle distance between two located places."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def place_relation(a: Spot | None, b: Spot | None, rules: ClusterRules) -> int:
    """-1 different places, 1 the same place, 0 one contains the other or nothing said.

    A whole country is too large to anchor two reports: the same country is 0.
    """
    if a is None or b is None:
        return 0
    if a.key == b.key:
        return 0 if a.precision == "country" else 1
    if a.country and b.country and a.country != b.country:
        return -1
    if "country" in (a.precision, b.precision):
        return 0 if a.precision != b.precision else -1
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0
    km = distance_km(a, b)
    if km <= rules.place_km:
        return 1
    area = a.precision in AREA_PRECISIONS or b.precision in AREA_PRECISIONS
    return 0 if area and km <= rules.area_km else -1


def relation(a: Mention, b: Mention, rules: ClusterRules) -> int:
    """-1 the two cannot report one event, 1 they are linked, 0 they may but not enough anchors them.

    Anchors weigh 1 (a party of the same country) or 2 (a party of the same name, or country and sector;
    the same place). When both texts give the day, any anchor links; otherwise (a date taken from the
    publication, or only a month or year) it takes 3: both parties, or a party and the place.
    """
    if rules.type_block(a.type) != rules.type_block(b.type):
        return -1
    if a.status not in rules.status_groups or rules.status_block(a.status) != rules.status_block(b.status):
        return -1
    return link(a, b, rules)


def link(a: Mention, b: Mention, rules: ClusterRules) -> int:
    """``relation`` of two mentions already known to be of compatible types and statuses (one block)."""
    if rules.modes_differ and a.mode and b.mode and a.mode != b.mode:
        return -1
    w = rules.window_days
    if abs(a.day_start - b.day_start) > w or abs(a.day_end - b.day_end) > w:
        return -1
    dyad = dyad_relation(a, b, rules)
    if dyad < 0:
        return -1
    place = place_relation(a.place, b.place, rules)
    if place < 0:
        return -1
    weight = dyad + 2 * place
    return int(weight >= (1 if a.explicit and b.explicit else 3))


def _party_keys(role: str, party: Party | None) -> Iterator[str]:
    if party is None:
        return
    if party.country:
        yield f"{role}:c:{party.country}"
    yield f"{role}:n:{party.key}"


def anchor_keys(m: Mention, rules: ClusterRules) -> list[str]:
    """Keys that any two linked mentions share at least one of (used to find candidates)."""
    symmetric = m.type in rules.symmetric_types
    keys = [*_party_keys("p" if symmetric else "s", m.source), *_party_keys("p" if symmetric else "t", m.target)]
    if m.place is not None:
        keys.append(f"k:{m.place.key}")
        if m.place.lat is not None and m.place.lon is not None:
            keys.append(f"cell:{math.floor(m.place.lat / CELL_DEGREES)}:{math.floor(m.place.lon / CELL_DEGREES)}")
    return keys


def probe_keys(m: Mention, rules: ClusterRules) -> list[str]:
    """The keys to look up: the mention's own, and neighbouring place cells within ``place_km``."""
    keys = [k for k in anchor_keys(m, rules) if not k.startswith("cell:")]
    if m.place is not None and m.place.lat is not None and m.place.lon is not None:
        row, col = math.floor(m.place.lat / CELL_DEGREES), math.floor(m.place.lon / CELL_DEGREES)
        lat_span = math.ceil(rules.place_km / (111.0 * CELL_DEGREES))
        cos = max(math.cos(math.radians(min(abs(m.place.lat) + CELL_DEGREES, 89.0))), 0.02)
        lon_span = min(math.ceil(rules.place_km / (111.0 * CELL_DEGREES * cos)), int(360 / CELL_DEGREES))
        keys += [
            f"cell:{row + dr}:{(col + dc + 180) % 360 - 180}"
            for dr in range(-lat_span, lat_span + 1)
            for dc in range(-lon_span, lon_span + 1)
        ]
    return keys
