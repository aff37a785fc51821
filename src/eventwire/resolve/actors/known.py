"""The knowledge base (``eventwire.knowledge``) as the phrase reader asks it: who a name in a phrase is.

The hand tables (``eventwire.lexicons.actors``) are read first; what they do not know is looked up here. A phrase
is cut into runs of capitalised words, which may hold the small words of ``name_particles`` inside them ("Ministry
of Defence", "Abu Bakr al-Baghdadi"); every stretch of a run that begins and ends on a capitalised word is a
candidate name, longest first. A candidate that the hand tables read as a country, a nationality, a bloc or a role
noun ("Syrian", "Police") is not asked about.

People come back as the hand tables' ``Person`` records, so the reader treats them alike: their dated roles count
only while held, and a role the source saw open in a snapshot only up to that day. A name the knowledge base finds
ambiguous (two people so named hold roles then) gives no one. Organisations come back as an ``Entry`` of kind
``org`` with their country (none for a group of several, whose ``countries`` the document's country chooses among)
and sector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cached_property, lru_cache

from eventwire.knowledge import Person as KnownPerson
from eventwire.knowledge.lookup import NameLookups
from eventwire.knowledge.stored import stored_knowledge
from eventwire.lexicons.actors import Entry, Hit, Lexicon, normalize
from eventwire.lexicons.actors.people import Person, Role
from eventwire.lexicons.actors.words import load_actor_words

__all__ = ["KnownActors", "candidate_names"]

TOKEN = re.compile(r"[^\W\d_][\w'.\-]*")
POSSESSIVE = re.compile(r"'s?$")
MAX_NAME_WORDS = 8  # no name the knowledge base holds is longer


def candidate_names(text: str) -> Iterator[tuple[int, int]]:
    """The character stretches of ``text`` that may be names, longest first, then leftmost."""
    particles = load_actor_words().name_particles
    tokens = [(m.start(), _token_end(m), m.group(0)) for m in TOKEN.finditer(normalize(text))]
    runs: list[list[tuple[int, int, bool]]] = [[]]
    for start, end, word in tokens:
        named = _capitalised(word)
        if not named and word.lower() not in particles:
            runs.append([])
            continue
        runs[-1].append((start, end, named))
        if end < start + len(word) and word.endswith(("'s", "'")):
            # a possessive closes a name ("Javid's office"), and may open one that holds it ("Kurdish People's
            # Protection Units": "People's Protection Units")
            runs.append([(start, start + len(word), named)])
    spans = []
    for run in runs:
        for i, (start, _, opens) in enumerate(run):
            if not opens:
                continue
            for j in range(i, min(len(run), i + MAX_NAME_WORDS)):
                if run[j][2]:
                    spans.append((j - i, start, run[j][1]))
    for _, start, end in sorted(spans, key=lambda s: (-s[0], s[1])):
        yield start, end


def _token_end(match: re.Match[str]) -> int:
    """Where a word ends, without a possessive ending or a sentence's full stop ("Britain's", "Assad."); the dots of
    an abbreviation stay ("U.N.")."""
    word = match.group(0)
    if word.endswith(".") and "." not in word[:-1]:
        word = word[:-1]
    if len(word) > 2 and word.endswith(("'s", "'")):
        word = POSSESSIVE.sub("", word)
    return match.start() + len(word)


def _capitalised(word: str) -> bool:
    """A word of a name: it opens with a capital ("Assad", "SDF"), or has one after a hyphen ("al-Assad")."""
    if word[:1].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and head.isalpha()


class KnownActors:
    """Looks up the names of a phrase in the knowledge base (its stored file, opened on first use and shared by the
    process: ``knowledge.stored``)."""

    def __init__(self, lexicon: Lexicon, kb: NameLookups | None = None) -> None:
        self.lexicon = lexicon
        self._kb = kb

    @cached_property
    def kb(self) -> NameLookups:
        return self._kb or stored_knowledge()

    def person(self, text: str, when: date | None) -> Hit[Person] | None:
        """The first (longest) name in ``text`` that stands for one person in the knowledge base on ``when``."""
        for start, end in candidate_names(text):
            name = normalize(text)[start:end]
            if self._reserved(name):
                continue
            found = self.kb.person_named(name, when)
            if found is not None:
                return Hit(start, end, name, _as_person(found))
        return None

    def organisation(self, text: str) -> Hit[Entry] | None:
        """The first (longest) name in ``text`` that stands for one organisation in the knowledge base."""
        for start, end in candidate_names(text):
            name = normalize(text)[start:end]
            if self._reserved(name):
                continue
            found = self.kb.organisation_named(name)
            if found is not None:
                countries = () if found.country else found.countries  # a group of several: the document chooses
                entry = Entry(found.name, found.country or None, found.sector or None, "org", countries=countries)
                return Hit(start, end, name, entry)
        return None

    def _reserved(self, name: str) -> bool:
        """The hand tables read ``name`` whole as a country, nationality, bloc, seat or role noun."""
        lex = self.lexicon
        key = name.lower()
        return any(key in index for index in (lex.countries, lex.blocs, lex.roles, lex.seats))


@lru_cache(maxsize=4096)
def _as_person(known: KnownPerson) -> Person:
    """A knowledge-base person as the hand tables' record: dated roles only (an undated one never counts as held);
    an open role seen in a snapshot is known to be held up to the snapshot's day."""
    roles = tuple(
        Role(role.title, role.sector, role.start, role.end, role.country, role.as_of if role.end is None else None)
        for role in known.roles
        if role.start is not None
    )
    return Person(known.name, known.aliases, known.country, roles, before_office=None)
