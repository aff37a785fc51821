"""Finding people and organisations by a name as written: the rules shared by the knowledge base held in memory
(``base.KnowledgeBase``, which the ``kb`` commands use) and the one read from its stored SQLite file
(``stored.StoredKnowledge``, which the coder uses). Each says only which records a lookup key indexes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import date
from typing import TypeVar

from eventwire.knowledge.matching import accepts, alias_key
from eventwire.knowledge.model import Organisation, Person

T = TypeVar("T")


class NameLookups(ABC):
    """``people_named``, ``person_named``, ``organisations_named`` and ``organisation_named`` over an index of
    lookup keys (``matching.alias_key``) to records with the alias they are indexed by, in table order."""

    case_safe: frozenset[str]

    @abstractmethod
    def _people_entries(self, key: str) -> list[tuple[Person, str]]:
        """The people indexed under ``key``, each with its alias; one object per person."""

    @abstractmethod
    def _organisation_entries(self, key: str) -> list[tuple[Organisation, str]]:
        """The organisations indexed under ``key``, each with its alias; one object per organisation."""

    def people_named(self, name: str, when: date | None = None) -> list[Person]:
        """Every person ``name`` (as written) may stand for; with ``when``, those holding a role that day first."""
        found = [p for p, alias in self._people_entries(alias_key(name)) if self._accepts(name, alias, True)]
        unique = distinct(found)
        if when is None:
            return unique
        return sorted(unique, key=lambda p: p.role_at(when) is None)

    def person_named(self, name: str, when: date | None = None) -> Person | None:
        """The one person ``name`` stands for: the only one so named, or the only one so named holding a role on
        ``when``. None when the name is unknown or ambiguous."""
        people = self.people_named(name, when)
        if len(people) == 1:
            return people[0]
        if when is not None:
            holding = [p for p in people if p.role_at(when) is not None]
            if len(holding) == 1:
                return holding[0]
        return None

    def organisations_named(self, name: str) -> list[Organisation]:
        """Every organisation ``name`` (as written) may stand for, in table order."""
        key = alias_key(name)
        return distinct([o for o, alias in self._organisation_entries(key) if self._accepts(name, alias, False)])

    def organisation_named(self, name: str) -> Organisation | None:
        """The one organisation ``name`` stands for, or None when unknown or shared by organisations of different
        countries or sectors (records that agree on both stand for the same body: the first, the best sourced, wins)."""
        found = self.organisations_named(name)
        if found and len({(o.country, o.sector) for o in found}) == 1:
            return found[0]
        return None

    def _accepts(self, written: str, alias: str, person: bool) -> bool:
        return accepts(written.strip(), alias, person=person, safe=self.case_safe)


def distinct(items: list[T]) -> list[T]:
    """The items in order, each once (by identity: records are not compared field by field)."""
    return list({id(item): item for item in items}.values())
