"""Which names may stand for a person or an organisation: surnames only where they are safe.

A surname alias ("Erdoğan" for Recep Tayyip Erdoğan) is added for a person from the public sources when:

- the naming custom of the country puts a family name last (first in China, Taiwan, Hong Kong, the Koreas and
  Cambodia; Ethiopia, Eritrea, Somalia, Myanmar, Iceland and Arabic names with "bin"/"ibn" have none to take);
  in Spanish- and Portuguese-speaking countries only two-word names give one;
- it is not an English word (``own/common_words.txt``: "Hope", "Rice", "May", "Brown"), a country's name, or
  a generic role noun ("minister", "army");
- it is not the name of a sizeable place (a city of 50,000 people or more: "Garoua", "Florence");
- no other person (of any country) whose roles come within ten years of theirs has that word in their name
  (families in politics: Sharif, Bhutto, Kenyatta);
- fewer than 15 people in the whole knowledge base have it in their names ("Mohamed", "Kim");
- the person held a role in or after ``SURNAME_YEAR`` (1990): earlier statesmen are known by their full names
  only, and an article's later "Nakasone" finds them through its own first mention.

The project's own entries list their aliases by hand and get none added.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from eventwire.knowledge.build.records import SURNAME_YEAR, PersonRecord
from eventwire.knowledge.matching import alias_key
from eventwire.lexicons.actors.names import load_name_words
from eventwire.lexicons.wordlists import literal_alternation

FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
NO_FAMILY_NAME = frozenset({"ETH", "ERI", "SOM", "MMR", "ISL", "IDN"})
TWO_SURNAMES = frozenset(
    {
        "ESP",
        "MEX",
        "ARG",
        "COL",
        "PER",
        "CHL",
        "VEN",
        "ECU",
        "BOL",
        "PRY",
        "URY",
        "CUB",
        "DOM",
        "GTM",
        "HND",
        "SLV",
        "NIC",
        "CRI",
        "PAN",
        "PRT",
        "BRA",
        "AGO",
        "MOZ",
        "GNQ",
        "CPV",
        "GNB",
        "STP",
        "TLS",
    }
)
MARGIN = timedelta(days=10 * 366)
MAX_SHARED = 15


@dataclass(frozen=True, slots=True)
class Stoplists:
    """Keys of words that never stand alone for a person or an organisation."""

    common_words: frozenset[str]
    country_words: frozenset[str]
    generic_nouns: frozenset[str]
    places: frozenset[str] = frozenset()

    def blocks(self, alias: str) -> bool:
        key = alias_key(alias)
        return key in self.common_words or key in self.country_words or key in self.generic_nouns

    def blocks_surname(self, alias: str) -> bool:
        return self.blocks(alias) or alias_key(alias) in self.places


@cache
def _patronymic() -> re.Pattern[str]:
    """A particle that joins a father's name to a person's ("bin", ``data/actors/names.yaml``)."""
    return re.compile(rf"\b({literal_alternation(load_name_words().patronymic_particles)})\b", re.IGNORECASE)


@cache
def _article() -> re.Pattern[str]:
    """A family name with the Arabic article before a hyphen ("al-Assad"); group 2 is the name without it."""
    return re.compile(rf"^({literal_alternation(load_name_words().article_prefixes)})-(.+)$", re.IGNORECASE)


def surname_candidates(name: str, country: str) -> list[str]:
    """The forms of a person's family name news may use alone ("Bashar al-Assad" -> al-Assad, Assad)."""
    tokens = [t for t in re.sub(r"\b(Jr|Sr)\.?$|\b(II|III|IV)$", "", name).split() if t]
    if len(tokens) < 2 or country in NO_FAMILY_NAME or _patronymic().search(name):
        return []
    if country in TWO_SURNAMES and len(tokens) != 2:
        return []
    if country in FAMILY_NAME_FIRST:
        return [tokens[0]]
    last = tokens[-1]
    first_particle = len(tokens) - 1
    while first_particle > 1 and tokens[first_particle - 1].islower():
        first_particle -= 1
    if first_particle < len(tokens) - 1:
        compound = " ".join(tokens[first_particle:])
        return [compound, last] if tokens[first_particle] in ("de", "d'") else [compound]
    match = _article().match(last)
    return [last, match.group(2)] if match else [last]


def _spans(person: PersonRecord) -> list[tuple[date, date]]:
    spans = []
    for role in person.roles:
        if role.start:
            start, end = role.span()
            end = min(end, date(2100, 1, 1))
            spans.append((start - MARGIN, end + MARGIN))
    return spans


def add_surnames(people: list[PersonRecord], stop: Stoplists) -> None:
    """Give each person from the public sources the surname aliases that are safe (see the module docstring).

    One-word aliases a source gave (Phoenix "TANTAWI_", "BUHARI") are put through the same checks."""
    everyone: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        for token in _name_tokens(person):
            everyone[token].append(index)
    spans = [_spans(p) for p in people]
    for index, person in enumerate(people):
        if not person.surnames:
            continue
        given = [a for a in person.aliases if " " not in a.strip()]
        person.aliases = [a for a in person.aliases if " " in a.strip()]
        if not any(role.since(SURNAME_YEAR) for role in person.roles):
            continue  # out of office before SURNAME_YEAR: a surname alone is left to the article's own mentions
        existing = {alias_key(a) for a in (person.name, *person.aliases)}
        for surname in dict.fromkeys([*surname_candidates(person.name, person.country), *given]):
            key = alias_key(surname)
            if key in existing or _unsafe(key, surname, stop, len(everyone[key])):
                continue
            rivals = [j for j in dict.fromkeys(everyone[key]) if j != index]
            if not any(_meet(spans[index], spans[j]) for j in rivals):
                person.aliases.append(surname)


def _unsafe(key: str, surname: str, stop: Stoplists, shared_by: int) -> bool:
    letters = re.sub(r"[^a-z]", "", key)
    return len(letters) < 3 or stop.blocks_surname(surname) or shared_by >= MAX_SHARED


def _meet(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> bool:
    return any(a0 <= b1 and b0 <= a1 for a0, a1 in a for b0, b1 in b) or not a or not b


def _name_tokens(person: PersonRecord) -> set[str]:
    tokens: set[str] = set()
    for name in (person.name, *person.aliases):
        words = alias_key(name).split()
        tokens.update(words)
        tokens.update(w.split(" ", 1)[-1] for w in words)
        tokens.update(" ".join(words[i:]) for i in range(1, len(words)))
    return {t for t in tokens if t}
