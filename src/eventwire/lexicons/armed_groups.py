"""The names of armed groups and forces in the actor tables, for extraction (``names_armed_group``).

The rows are those of ``data/actors/organizations.tsv`` and ``data/actors/groups.tsv`` whose sector or kind the
``armed_groups`` section of ``data/extract/cues.yaml`` lists (REB or MIL; armed or security). Extraction only needs
to know that a subject names an armed body, so that verbs which take forces as their subject (entering, encircling,
firing) accept it; ``lexicons.actors`` reads the same tables in full for resolution, which gives the actor its
country and sector. Names are folded: no case, no leading article, hyphens and spaces alike.
"""

from __future__ import annotations

import re

from eventwire.lexicons.cues import ArmedGroupCues, load_cues
from eventwire.lexicons.files import Row, loader, read_tsv

__all__ = ["armed_names", "fold"]

ORGANIZATIONS = "actors/organizations.tsv"
GROUPS = "actors/groups.tsv"
_SEPARATORS = re.compile(r"[\s\-‐–]+")


def fold(name: str) -> str:
    """A name compared without case, a leading article or the difference between hyphens and spaces."""
    words = _SEPARATORS.sub(" ", name.strip().lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@loader
def armed_names() -> frozenset[str]:
    """Folded names and aliases of the armed groups and forces in the actor tables."""
    cues = load_cues().armed_groups
    names: set[str] = set()
    for row in read_tsv(ORGANIZATIONS, ("name", "aliases", "country", "sector")):
        if row["sector"] in cues.sectors:
            names |= _names(row)
    for row in read_tsv(GROUPS, ("name", "aliases", "countries", "sector", "kind")):
        if _armed(row, cues):
            names |= _names(row)
    names.discard("")
    return frozenset(names)


def _armed(row: Row, cues: ArmedGroupCues) -> bool:
    return row["kind"] in cues.kinds or row["sector"] in cues.sectors


def _names(row: Row) -> set[str]:
    return {fold(name) for name in [row["name"], *row["aliases"].split(";")] if name.strip()}
