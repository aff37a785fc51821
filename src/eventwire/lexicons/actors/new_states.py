"""States that became independent within the period news may describe (``data/actors/new_states.tsv``): before
that day, their territory and people belong to the state they left (Juba in 1990 is in Sudan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from eventwire.lexicons.actors.tables import check_unique, country_code, table_rows
from eventwire.lexicons.files import Row, loader

__all__ = ["NewState", "country_on", "load_new_states", "new_states"]


@dataclass(frozen=True, slots=True)
class NewState:
    """``country`` became independent of ``before`` on ``independent``."""

    country: str
    independent: date
    before: str


@loader
def load_new_states() -> tuple[NewState, ...]:
    """Every row of ``new_states.tsv``: real ISO3 codes, two different ones, a ``YYYY-MM-DD`` date."""
    rows = table_rows("new_states.tsv")
    check_unique(rows, "country")
    return tuple(_new_state(row) for row in rows)


def _new_state(row: Row) -> NewState:
    country, before = country_code(row, "country"), country_code(row, "before")
    if country == before:
        raise row.error(f"before {before!r} is the new state itself")
    try:
        independent = date.fromisoformat(row["independent"])
    except ValueError as exc:
        raise row.error(f"independent {row['independent']!r} is not a YYYY-MM-DD date") from exc
    return NewState(country, independent, before)


@lru_cache(maxsize=1)
def new_states() -> dict[str, tuple[date, str]]:
    """Country code to the day it became independent and the code of the state it belonged to before."""
    return {state.country: (state.independent, state.before) for state in load_new_states()}


def country_on(country: str | None, when: date | None) -> str | None:
    """``country`` as it stood on ``when``: the state it was part of before its independence."""
    if country is None or when is None or country not in new_states():
        return country
    independent, before = new_states()[country]
    return before if when < independent else country
