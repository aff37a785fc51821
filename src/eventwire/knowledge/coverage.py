"""How many named actors of gold events the knowledge base resolves to the right country and sector.

For each gold ``source``/``target`` whose ``text`` holds a name (a run of capitalised words that is not a
country, a demonym or a title), the name is looked up as of the document's publication date: a person by the
role held then (else their country, and the sector of their latest role begun by then), an organisation by its
country and sector. A phrase counts as right when every gold field it has (country, sector) agrees. The same
is done with only the resolver's hand-made tables (``data/actors/``) for comparison. This measures gaps in
general knowledge; it is not a target to fit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eventwire.knowledge.base import KnowledgeBase
from eventwire.knowledge.build import country_words
from eventwire.knowledge.build.names import strip_offices
from eventwire.knowledge.build.own import own_organisations, own_people
from eventwire.knowledge.build.records import OrgRecord, PersonRecord
from eventwire.knowledge.matching import alias_key
from eventwire.knowledge.model import Organisation, Person, Role, parse_partial_date
from eventwire.lexicons.actors.names import load_name_words

PARTICLES = frozenset({"al", "el", "bin", "ibn", "of", "the", "de", "von", "der", "van", "la", "le"})


@dataclass(slots=True)
class Coverage:
    phrases: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def gold_actors(path: Path) -> Iterator[tuple[str, str | None, str | None, date | None]]:
    """(text, country, sector, published) of every gold source and target with a text."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        published = date.fromisoformat(doc["published"][:10]) if doc.get("published") else None
        for event in doc.get("events", []):
            for side in ("source", "target"):
                actor = event.get(side) or {}
                if actor.get("text"):
                    yield actor["text"], actor.get("country"), actor.get("sector"), published


def names_in(text: str, countries: frozenset[str]) -> list[list[str]]:
    """The names a phrase holds, each as the forms to try, longest first: "Chinese President Xi Jinping" gives
    ["Chinese President Xi Jinping", "President Xi Jinping", "Xi Jinping", "Jinping"] (and the same with titles
    dropped). A run of capitalised words that is a country or demonym ("the United States") is not a name."""
    found = []
    for words in _capitalised_runs(re.sub(r"\([^)]*\)", " ", text)):
        if alias_key(" ".join(words)) in countries:
            continue
        suffixes = [" ".join(words[i:]) for i in range(len(words))]
        forms = [f for f in dict.fromkeys([*suffixes, *map(strip_offices, suffixes)]) if _is_name(f, countries)]
        forms.sort(key=lambda f: -len(f.split()))
        if forms:
            found.append(forms)
    return found


def _capitalised_runs(text: str) -> Iterator[list[str]]:
    """Runs of capitalised words ("al-Assad" counts as one; "of", "bin" may join two)."""
    run: list[str] = []
    for raw in text.split():
        word = raw.strip(",;:'’\"“”!?/")
        word = word if re.match(r"^(?:[A-Z]\.)+$", word) else word.rstrip(".")
        core = word.split("-", 1)[1] if word.lower().startswith(("al-", "el-")) else word
        if core[:1].isupper() or (run and word.lower() in PARTICLES):
            run.append(word)
        else:
            yield from _trimmed(run)
            run = []
        if (raw != word and run and raw[-1] in ",;:!?/") or (raw.endswith(".") and not word.endswith(".")):
            yield from _trimmed(run)
            run = []
    yield from _trimmed(run)


def _trimmed(run: list[str]) -> Iterator[list[str]]:
    while run and run[-1].lower() in PARTICLES:
        run = run[:-1]
    if run:
        yield run


def _is_name(form: str, countries: frozenset[str]) -> bool:
    key = alias_key(form)
    return bool(key) and key not in countries and key not in load_name_words().coverage_titles and len(key) > 1


def lookup(kb: KnowledgeBase, name: str, when: date | None) -> tuple[str, str | None] | None:
    """(country, sector) the knowledge base gives a name on a day, or None when it does not know it."""
    person = kb.person_named(name, when)
    if person is not None:
        role = person.role_at(when) if when else None
        if role is not None:
            return role.country, role.sector
        earlier = [r for r in person.roles if r.start is not None and (when is None or r.start <= when)]
        latest = max(earlier, key=lambda r: r.start or date.min, default=None)
        return person.country, latest.sector if latest else None
    org = kb.organisation_named(name)
    return (org.country, org.sector) if org is not None else None


def _first_known(kb: KnowledgeBase, forms: list[str], when: date | None) -> tuple[str, str | None] | None:
    return next((a for a in (lookup(kb, f, when) for f in forms) if a is not None), None)


def measure(kb: KnowledgeBase, gold: Path) -> Coverage:
    countries = country_words()
    result = Coverage()
    for text, country, sector, when in gold_actors(gold):
        names = names_in(text, countries)
        if not names:
            continue
        result.phrases += 1
        answers = [a for a in (_first_known(kb, forms, when) for forms in names) if a is not None]
        if not answers:
            result.misses.append(text)
            continue
        result.found += 1
        got_country, got_sector = answers[0]
        if (country is None or country == got_country) and (sector is None or sector == got_sector):
            result.right += 1
        else:
            result.wrong.append(f"{text}: gold {country}/{sector}, kb {got_country}/{got_sector}")
    return result


def tables_only() -> KnowledgeBase:
    """The resolver's hand-made tables (``data/actors/``) alone, read as a knowledge base, for comparison."""
    people = [_person(p) for p in own_people(include_own=False)]
    orgs = [_org(o) for o in own_organisations() if not o.id.startswith("ew:own:")]
    return KnowledgeBase(people, orgs, ())


def _person(record: PersonRecord) -> Person:
    roles = tuple(
        Role(
            r.title,
            r.country,
            r.sector,
            parse_partial_date(r.start),
            parse_partial_date(r.end, end=True) if r.end else None,
            None,
            r.source,
        )
        for r in record.roles
    )
    return Person(record.id, record.name, tuple(record.aliases), record.country, roles, tuple(record.sources))


def _org(record: OrgRecord) -> Organisation:
    return Organisation(
        record.id,
        record.name,
        tuple(record.aliases),
        record.country,
        tuple(record.countries),
        record.sector,
        record.kind,
        tuple(record.sources),
    )
