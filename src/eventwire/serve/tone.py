"""Cooperation or conflict: PLOVER's quad classes, and the score the explorer colours dyads with.

The quad classes are PLOVER's (manual, table 7.2). The score is ours: material cooperation +1, verbal
cooperation +0.5, verbal conflict -0.5, material conflict -1, so the mean over a dyad's events runs from
-1 (all fighting) to +1 (all helping).
"""

from __future__ import annotations

QUADS: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

QUAD_OF_TYPE: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "SANCTION": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

SCORE_OF_QUAD: dict[int, float] = {1: 0.5, 2: 1.0, 3: -0.5, 4: -1.0}


def tone(event_type: str) -> float:
    """The cooperation (+) or conflict (-) score of one event type."""
    return SCORE_OF_QUAD[QUAD_OF_TYPE[event_type]]


def tone_sql(column: str) -> str:
    """A SQL expression giving the score of the event type held in ``column``."""
    cases = " ".join(f"WHEN '{t}' THEN {tone(t)}" for t in QUAD_OF_TYPE)
    return f"(CASE {column} {cases} END)"
