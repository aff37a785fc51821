"""The names of armed groups and forces in the actor tables, for extraction (``names_armed_group``).

The rows are those of the actor tables (``lexicons.actors.organizations`` and ``lexicons.actors.groups``, which
read and check ``data/actors/organizations.tsv`` and ``groups.tsv``) whose sector or kind the ``armed_groups``
section of ``data/extract/cues.yaml`` lists (REB or MIL; armed or security). Extraction only needs to know that a
subject names an armed body, so that verbs which take forces as their subject (entering, encircling, firing) accept
it; resolution gives the actor its country and sector. Names are folded: no case, no leading article, hyphens and
spaces alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.lexicons.actors.groups import load_groups
from eventwire.lexicons.actors.organizations import load_organizations
from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.files import loader

__all__ = ["GROUPS", "ORGANIZATIONS", "armed_names", "fold"]

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
    for org in load_organizations():
        if org.sector in cues.sectors:
            names |= _folded([org.name, *org.aliases])
    for group in load_groups():
        if group.kind in cues.kinds or group.sector in cues.sectors:
            names |= _folded([group.name, *group.aliases])
    names.discard("")
    return frozenset(names)


def _folded(names: Iterable[str]) -> set[str]:
    return {fold(name) for name in names if name.strip()}
