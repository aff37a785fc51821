"""The word lists of the place rules (``data/places/cues.yaml``), loaded into one typed record.

Every section of the file is a field of ``PlaceCues`` (a frozen set of lower-case lemmas; a phrase may hold
spaces): a missing section, a section no field reads (a renamed one) or an item that is not a string (an
unquoted ``on`` or ``off`` reads as a YAML boolean) fails at start-up with an E303 error naming the file and
line. ``hyphenated_article`` is the pattern of an Arabic article joined to a name by a hyphen, built from
``arabic_articles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.places import word_list

__all__ = ["FILE", "PlaceCues", "hyphenated_article", "load_place_cues"]

FILE = "places/cues.yaml"


@dataclass(frozen=True, slots=True)
class PlaceCues:
    """The sections of ``cues.yaml``; ``docs/dictionaries-places.md`` and the file's comments say what each does."""

    # where a place stands in the parse
    locative_preps: frozenset[str]
    motion_preps: frozenset[str]
    vicinity_preps: frozenset[str]
    motion_verbs: frozenset[str]
    place_object_verbs: frozenset[str]
    territory_verbs: frozenset[str]
    removal_verbs: frozenset[str]
    damage_verbs: frozenset[str]
    scene_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    visit_nouns: frozenset[str]
    visit_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    part_words: frozenset[str]
    road_nouns: frozenset[str]
    lead_verbs: frozenset[str]
    distance_nouns: frozenset[str]
    mile_units: frozenset[str]
    metre_units: frozenset[str]
    direction_words: frozenset[str]
    # kinds of events
    clause_placed_types: frozenset[str]
    aimed_types: frozenset[str]
    party_types: frozenset[str]
    projected_types: frozenset[str]
    seated_sectors: frozenset[str]
    meeting_types: frozenset[str]
    abroad_modes: frozenset[str]
    force_nouns: frozenset[str]
    # place nouns
    place_nouns: frozenset[str]
    named_place_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    area_nouns: frozenset[str]
    town_nouns: frozenset[str]
    town_part_nouns: frozenset[str]
    other_describing_nouns: frozenset[str]
    wide_settlement_nouns: frozenset[str]
    qualified_place_nouns: frozenset[str]
    border_nouns: frozenset[str]
    building_nouns: frozenset[str]
    water_tails: frozenset[str]
    mission_nouns: frozenset[str]
    site_nouns: frozenset[str]
    # names
    name_suffixes: frozenset[str]
    admin_tails: frozenset[str]
    abbreviated_admin_tails: frozenset[str]
    toponym_heads: frozenset[str]
    toponym_tails: frozenset[str]
    institution_words: frozenset[str]
    facility_words: frozenset[str]
    school_words: frozenset[str]
    reference_words: frozenset[str]
    date_words: frozenset[str]
    time_nouns: frozenset[str]
    faith_words: frozenset[str]
    common_words: frozenset[str]
    world_regions: frozenset[str]
    arabic_articles: frozenset[str]
    glued_articles: frozenset[str]
    spellings: frozenset[str]
    # people
    resident_nouns: frozenset[str]
    people_nouns: frozenset[str]


@loader
def load_place_cues() -> PlaceCues:
    """Every section of the file as a set of words (each section required, no section unread)."""
    top = read_yaml(FILE)
    names = [field.name for field in fields(PlaceCues)]
    unknown = [key for key in top.mapping() if key not in names]
    if unknown:
        raise top.error(
            f"section {unknown[0]!r} is read by no rule (renamed? the sections are the fields of PlaceCues)", unknown[0]
        )
    return PlaceCues(**{name: word_list(top, name) for name in names})


@loader
def hyphenated_article() -> re.Pattern[str]:
    """One word after an Arabic article and a hyphen, the whole name: "Al-Madiyounah", "ash-Shaddadi"."""
    articles = sorted(load_place_cues().arabic_articles, key=lambda a: (-len(a), a))
    return re.compile(rf"^(?:{'|'.join(map(re.escape, articles))})-\w+$", re.IGNORECASE)
