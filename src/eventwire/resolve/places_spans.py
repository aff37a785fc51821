"""Which words of a sentence name a place: entities, and proper nouns that stand where a place name stands.

A GPE/LOC/FAC entity is a place unless it only modifies another noun ("the Iraq war"); the model often labels
a village PERSON or ORG, so other proper-noun phrases count when their grammar places them ("the town of
Marka", "her Reshimbagh residence", "displaced in Igembe Central") or the gazetteer knows them after a
locative preposition. The helpers here also read the small grammar of place phrases that the linking rules
(``places_links``) and the choice among names (``places``) share: locative links, place nouns, people nouns.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.resolve.gazetteer import Entry, Gazetteer, cues, variants
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


def bare_name(span: Span) -> str:
    """``span`` without a leading article, trailing common nouns or a bracket ("Kapkwen (Bomet)")."""
    words = list(span)
    if any(t.text == "(" for t in words[1:]):
        words = words[: next(i for i, t in enumerate(words) if i and t.text == "(")]
    while len(words) > 1 and (words[0].lower_ in {"the", "a", "an"} or _leading_direction(words[0])):
        words = words[1:]  # "the", "central Algiers", "over southern Aleppo"
    while len(words) > 1 and ((words[-1].is_lower and words[-1].is_alpha) or words[-1].tag_ == "POS"):
        words = words[:-1]
    return span.doc.text[words[0].idx : words[-1].idx + len(words[-1])]


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
    named = [_without_people(ent) for ent in sentence.ents if ent.label_ in MISLABELLED]
    spans += [ent for ent in named if _placed_like_a_place(ent, gazetteer)]
    taken = {t.i for ent in sentence.ents for t in ent}
    for token in sentence:
        if token.i in taken or token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            continue
        span = _without_people(propn_phrase(token))
        if not any(t.i in taken for t in span) and _placed_like_a_place(span, gazetteer, entity=False):
            spans.append(span)
    return [span for span in spans if _looks_like_a_name(span)]


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
    return any(ch.isupper() for ch in words[0]) and not (len(words) == 2 and words[0].lower() == words[1].lower())


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
    if names_place_noun(root):  # "the Uber office", "the FIFA headquarters" name no place
        return root.head.lemma_.lower() not in cues()["named_place_nouns"]
    if _settlement_apposition(root):  # "Tessalit, a town near Gao": a place, known or not
        return span.label_ != "PERSON" or root.dep_ == "pobj"
    if names_people(root):  # not a person's followers, nor an acronym ("U.N. workers")
        return span.label_ != "PERSON" and not bare_name(span).replace(".", "").isupper() and known(span, gazetteer)
    if root.dep_ in PLACE_VERB_ARGS and root.head.lemma_.lower() in cues()["place_object_verbs"]:
        return _place_verb_object(span, gazetteer)
    if root.dep_ != "pobj" or root.head.lower_ not in cues()["locative_preps"]:
        return False
    return bool(gazetteer.candidates(span.text)) or (not entity and root.head.lower_ in SCENE_PREPS)


def _place_verb_object(span: Span, gazetteer: Gazetteer) -> bool:
    """The object of a verb whose object is a place ("captured X", "X was stormed") is one when its name has the
    shape of a place's ("Jabal X", "X Hill") or the gazetteer knows it; a name the model took for a person's only
    when it is a sizeable place by its whole name ("Kisangani was captured"; "captured Abu X" stays a man)."""
    if toponym_shaped(span):
        return True
    name = bare_name(span)
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
    if head.lower_ == "of":
        return head.head.lemma_.lower() in cues()["place_nouns"] | cues()["direction_words"] | cues()["resident_nouns"]
    return head.lower_ in cues()["locative_preps"]


def of_name(noun: Token) -> int | None:
    """The index of the name in "<noun> of <name>", if any."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.i
    return None
