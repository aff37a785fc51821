"""Merging what the sources say about the same person or organisation, earlier sources winning.

People: a Wikidata record joins an own entry of the same name and country; a Phoenix or OFAC record joins the
one person of that country it shares a full name with (none or several: it stays apart). A role from a later
source is dropped when it overlaps in time a role of the same country and sector from an earlier source
(Phoenix's open-ended ``USAGOV >090120`` for Obama gives way to the project's dated presidency).

Organisations: two records sharing a name join when their countries agree (or one has none, or one is a
transnational armed group) and their sectors agree (the project's own entry decides when they do not); an
acronym ("SDF") joins only records of the same country and sector, since acronyms are reused across countries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from eventwire.knowledge.build.aliases import Stoplists, add_surnames
from eventwire.knowledge.build.records import OrgRecord, PersonRecord, RoleRecord, priority
from eventwire.knowledge.matching import alias_key, is_strict_acronym


def merge_people(sources: Iterable[list[PersonRecord]], stop: Stoplists) -> list[PersonRecord]:
    merged: list[PersonRecord] = []
    by_id: dict[str, PersonRecord] = {}
    by_name: dict[tuple[str, str], list[PersonRecord]] = defaultdict(list)
    for records in sources:
        for record in records:
            target = by_id.get(record.id) or _match(record, by_name)
            if target is None:
                target = record
                merged.append(record)
            else:
                _absorb(target, record)
            by_id[record.id] = target
            for name in _full_names(record):
                if target not in by_name[(alias_key(name), record.country)]:
                    by_name[(alias_key(name), record.country)].append(target)
    for person in merged:
        person.roles = _settle(person.roles)
        person.aliases = _distinct(person.name, person.aliases, digits=False)
    add_surnames(merged, stop)
    return sorted(merged, key=lambda p: (priority(p.source), p.id))


def _full_names(record: PersonRecord) -> list[str]:
    return [n for n in (record.name, *record.aliases) if len(n.split()) > 1]


def _match(record: PersonRecord, by_name: dict[tuple[str, str], list[PersonRecord]]) -> PersonRecord | None:
    """The one person of the record's country known by its name, else by one of its full-name aliases."""
    for names in ([record.name], _full_names(record)):
        found: list[PersonRecord] = []
        for name in names:
            for person in by_name.get((alias_key(name), record.country), []):
                if person not in found and person.source != record.source:
                    found.append(person)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _absorb(target: PersonRecord, record: PersonRecord) -> None:
    if record.id.startswith("Q") and not target.id.startswith("Q"):
        target.id = record.id
    target.aliases.extend([record.name, *record.aliases])
    target.roles.extend(record.roles)
    target.sources.extend(s for s in record.sources if s not in target.sources)


def _settle(roles: list[RoleRecord]) -> list[RoleRecord]:
    """Keep each source's roles unless an earlier source covers the same country and sector at that time, or
    the project's own entries cover that country at that time (the team has checked that person)."""
    kept: list[RoleRecord] = []
    seen: set[tuple[str, str, str, str]] = set()
    for role in sorted(roles, key=lambda r: priority(r.source)):
        same = (role.title.lower(), role.country, role.start, role.end)
        if same in seen or any(_covers(k, role) for k in kept):
            continue
        seen.add(same)
        kept.append(role)
    return sorted(kept, key=lambda r: (r.start, r.end, r.title, r.source))


def _covers(kept: RoleRecord, role: RoleRecord) -> bool:
    """True when an earlier source's role makes ``role`` redundant or doubtful."""
    if priority(kept.source) >= priority(role.source) or kept.country != role.country or not kept.start:
        return False
    return (kept.sector == role.sector or kept.source == "eventwire") and role.overlaps(kept)


def _distinct(name: str, aliases: list[str], *, digits: bool) -> list[str]:
    """Aliases without repeats (by key) and without junk ("?"; digits unless ``digits``: "M23" is a name)."""
    seen = {alias_key(name)}
    result = []
    for alias in aliases:
        key = alias_key(alias)
        if key and key not in seen and "?" not in alias and (digits or not any(c.isdigit() for c in alias)):
            seen.add(key)
            result.append(alias.strip())
    return result


def merge_organisations(
    sources: Iterable[list[OrgRecord]], stop: Stoplists, person_keys: frozenset[str] = frozenset()
) -> list[OrgRecord]:
    """Join organisation records; a source's alias that is a person's name ("Zarqawi" under Islamic State in
    Phoenix) or a stop word is dropped first."""
    merged: list[OrgRecord] = []
    by_key: dict[str, list[OrgRecord]] = defaultdict(list)
    for records in sources:
        for record in records:
            if record.source != "eventwire":
                record.aliases = [a for a in record.aliases if not stop.blocks(a) and alias_key(a) not in person_keys]
                if stop.blocks(record.name):
                    continue
            target = _org_match(record, by_key)
            if target is None:
                merged.append(record)
                target = record
            else:
                _absorb_org(target, record)
            for name in (record.name, *record.aliases):
                if target not in by_key[alias_key(name)]:
                    by_key[alias_key(name)].append(target)
    for org in merged:
        org.aliases = _distinct(org.name, org.aliases, digits=org.source == "eventwire")
    return sorted(merged, key=lambda o: (priority(o.source), o.id))


def _org_match(record: OrgRecord, by_key: dict[str, list[OrgRecord]]) -> OrgRecord | None:
    for name in (record.name, *record.aliases):
        key = alias_key(name)
        for org in by_key.get(key, []):
            if _joins(org, record, name, key):
                return org
    return None


def _joins(org: OrgRecord, record: OrgRecord, name: str, key: str) -> bool:
    acronym = is_strict_acronym(name)
    specific = " " in key or key == alias_key(org.name)
    if org.source == "eventwire" and not acronym and specific:
        return True  # the name of a body the team has entered is that body, whatever a source's country
    if acronym:
        same_country = org.country == record.country or (not record.country and org.country in record.countries)
        return bool(org.country) and same_country and org.sector == record.sector
    countries_agree = not org.country or not record.country or org.country == record.country
    if "IMG" in (org.country, record.country):  # a transnational group joins a record active in several countries
        countries_agree = countries_agree or len(record.countries) > 1 or len(org.countries) > 1
    sectors_agree = org.sector == record.sector or org.source == "eventwire"
    return countries_agree and sectors_agree


def _absorb_org(target: OrgRecord, record: OrgRecord) -> None:
    target.aliases.extend([record.name, *record.aliases])
    if not target.country and record.country and record.country != "IMG":
        target.country = record.country
    for code in (record.country, *record.countries):
        if code and code not in target.countries:
            target.countries.append(code)
    target.sources.extend(s for s in record.sources if s not in target.sources)
