"""Which words of a sentence name a place: entities, and proper nouns that stand where a place name stands.

A GPE/LOC/FAC entity is a place unless it only modifies another noun ("the Iraq war"); the model often labels
a village PERSON or ORG, so other proper-noun phrases count when their grammar places them ("the town of
Marka", "her Reshimbagh residence", "displaced in Igembe Central") or the gazetteer knows them after a
locative preposition. Whether such a phrase is a name at all, or names a party or a person, is judged in
``resolve.places.names``. The helpers here also read the small grammar of place phrases that the linking rules
(``resolve.places.links``) and the choice among names (``resolve.places.event``) share: locative links, place
nouns, people nouns. The words they read are the sections of ``data/places/cues.yaml`` (``lexicons.places.cues``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.gazetteer.index import FAMOUS_CITY_POPULATION, Entry, Gazetteer, demonyms, fold, variants
from eventwire.lexicons.places.cues import hyphenated_article
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frame import SIZEABLE_TOWN, propn_phrase
from eventwire.resolve.places.names import (
    MODIFIER_DEPS,
    PLACE_LABELS,
    SCENE_PREPS,
    bare_name,
    looks_like_a_name,
    names_someone,
    organisation_names,
)

MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})
LIST_DEPS = frozenset({"conj", "appos", "npadvmod", "npmod"})
PLACE_VERB_ARGS = frozenset({"dobj", "nsubjpass"})  # "captured X", "X was captured"
SITE_TOWN = 10_000  # a site's name opening with a smaller town's name is more often named otherwise ("Belle Vista")
JOINED_PARTICLE_LEN = 3  # "ez", "al", "ash": a particle joined by a hyphen inside a name ("Deir ez-Zor")
HYPHENS = frozenset({"-", "‐", "‑"})
HYPHENATED_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")  # "Doron-Baga": a town's name whatever the label


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
    gazetteer knows and a locative preposition governs. Worked out once per sentence and gazetteer."""
    found = facts(sentence.doc).per_span(
        f"place_spans:{id(gazetteer)}", sentence, lambda: _place_spans(sentence, gazetteer)
    )
    return list(found)


def _place_spans(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    sentence_ents = facts(sentence.doc).ents_in(sentence)
    ents = [part for ent in sentence_ents for part in _split_at_of(_widened(_unbracketed(ent), gazetteer))]
    spans = [ent for ent in ents if ent.label_ in PLACE_LABELS and not only_modifies(ent)]
    named = [_without_dates(_without_people(ent)) for ent in ents if _maybe_mislabelled(ent, gazetteer)]
    spans += [ent for ent in named if _placed_like_a_place(ent, gazetteer)]
    spans += [span for span in _school_places(sentence, gazetteer) if not _overlaps(span, spans)]
    spans += [span for span in _capital_demonyms(sentence) if not _overlaps(span, spans)]
    taken = {t.i for ent in [*sentence_ents, *ents] for t in ent}
    for token in sentence:
        if token.i in taken or (token.dep_ == "compound" and token.head.pos_ == "PROPN") or _joined_on(token):
            continue
        if token.pos_ != "PROPN" and not _mistagged_name(token, gazetteer):
            continue
        span = _without_dates(_without_people(_with_joined_head(propn_phrase(token))))
        if not any(t.i in taken for t in span) and _placed_like_a_place(span, gazetteer, entity=False):
            spans.append(span)
    kept = [span for span in spans if looks_like_a_name(span) and not _names_someone(span, gazetteer)]
    return [_without_abbreviated_tail(span) for span in kept]


def _joined_particle(doc: Doc, start: int) -> bool:
    """The words from ``start`` on are a short lower-case particle written joined by a hyphen to a capitalised
    word ("ez-Zor", "al-Shughour"): the inner part of a transliterated name ("Deir ez-Zor")."""
    if start + 2 >= len(doc):
        return False
    particle, hyphen, word = doc[start], doc[start + 1], doc[start + 2]
    return (
        particle.is_lower
        and particle.is_alpha
        and len(particle) <= JOINED_PARTICLE_LEN
        and hyphen.text in HYPHENS
        and not particle.whitespace_
        and not hyphen.whitespace_
        and word.is_title
    )


def _joined_on(token: Token) -> bool:
    """``token`` is a proper noun that a joined particle continues ("Deir" of "Deir ez-Zor"): the name is read
    from its last word."""
    return token.pos_ == "PROPN" and bool(token.whitespace_) and _joined_particle(token.doc, token.i + 1)


def _with_joined_head(span: Span) -> Span:
    """``span`` with the proper noun before its joined particle ("Zor" -> "Deir ez-Zor"), when the parse split
    the name there."""
    doc, start = span.doc, span.start
    if start < 3 or not _joined_particle(doc, start - 2) or span[0].text != doc[start].text:
        return span
    head = doc[start - 3]
    if head.pos_ != "PROPN" or not head.whitespace_:
        return span
    return doc[propn_phrase(head).start : span.end]


def _without_abbreviated_tail(span: Span) -> Span:
    """A name without the abbreviation of its area's kind, which is no part of the name: "Maru LGA" -> Maru
    (the spelled-out "Kukawa Local Government Area" is kept whole, as it is written)."""
    tail = span[-1].text
    if len(span) > 1 and tail.isupper() and tail.lower() in cues().abbreviated_admin_tails:  # Nigeria's LGAs
        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    return span


def _school_places(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """Towns named in the name of a school whose people act or where something happens, whatever the model
    labelled it: "University of X students" -> X, "students of the X Teachers College", "at X Polytechnic"."""
    places: list[Span] = []
    for token in sentence:
        if token.pos_ != "PROPN" or not token.is_title or token.lemma_.lower() not in cues().school_words:
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


def _capital_demonyms(sentence: Span) -> list[Span]:
    """A nationality word naming a capital ("the Afghan capital"): the capital city is the place (``lookup``)."""
    return [
        sentence.doc[token.i : token.i + 1]
        for token in sentence
        if names_a_capital(token) and fold(token.text) in demonyms()
    ]


def names_a_capital(token: Token) -> bool:
    """``token`` is the only word describing the noun "capital": "the Afghan capital" (not "the Malawian commercial
    capital", another city; not "the Togolese capital Lome", which names it; not "capital punishment")."""
    noun = token.head
    if token.dep_ not in {"amod", "compound"} or noun.lower_ != "capital" or noun.pos_ != "NOUN":
        return False
    return all(child.i == token.i or child.dep_ == "det" for child in noun.children)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in spans)


def people_of(token: Token) -> Token | None:
    """The noun of people whose "of" phrase ``token`` (or the list it heads) is, or whose "from" phrase names
    their school: "students of X", "students from X Polytechnic" (not "a worker from X": an origin)."""
    while token.dep_ in LIST_DEPS and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or not _people_word(prep.head):
        return None
    if prep.lower_ == "of" or (prep.lower_ == "from" and token.lemma_.lower() in cues().school_words):
        return prep.head
    return None


def _widened(ent: Span, gazetteer: Gazetteer) -> Span:
    """An entity with the capitalised words right before it that the model left out, when the gazetteer knows
    the longer name and not the entity's: "General Santos City", whose first word was cut as a title."""
    start = ent.start
    while start > ent.sent.start and _left_out_name_word(ent.doc[start - 1]):
        start -= 1
    ent = _hyphen_widened(ent, gazetteer)
    if start == ent.start or gazetteer.candidates(ent.text):
        return ent
    longer = Span(ent.doc, start, ent.end, label=ent.label_)
    if _admin_area_name(ent) or toponym_shaped(ent):  # "Sheikh Yassine District", its first word cut as a title
        return longer
    return longer if gazetteer.candidates(longer.text) else ent


def _unbracketed(ent: Span) -> Span:
    """An entity cut before a bracket it opens and does not close: "X (Y" -> X, whose bracket names its area."""
    words = [t.text for t in ent]
    if "(" not in words[1:] or ")" in words:
        return ent
    return Span(ent.doc, ent.start, ent.start + words.index("("), label=ent.label_)


def _hyphen_widened(ent: Span, gazetteer: Gazetteer) -> Span:
    """An entity with the hyphenated name part the model left after it, when the gazetteer knows the whole:
    "KwaZulu-Natal" cut at "KwaZulu"."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end].whitespace_ or ent[-1].whitespace_:
        return ent
    after = doc[end + 1]
    if after.pos_ != "PROPN" or not after.is_title:
        return ent
    longer = Span(doc, ent.start, end + 2, label=ent.label_)
    return longer if gazetteer.candidates(longer.text) else ent


def _split_at_of(ent: Span) -> list[Span]:
    """An entity spanning "<A> District of <B> Province" is two places, the smaller first."""
    for token in ent[2:-1]:
        before = token.doc[token.i - 1]
        if token.lower_ == "of" and before.is_title and before.lower_ in cues().admin_tails:
            return [
                Span(ent.doc, ent.start, token.i, label=ent.label_),
                Span(ent.doc, token.i + 1, ent.end, label=ent.label_),
            ]
    return [ent]


def _left_out_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.dep_ == "compound"


def _mistagged_name(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised word the tagger took for a common noun or adjective that names a place by its shape: before
    a settlement noun ("Elwak town"), or a sizeable town modifying people ("Lodwar residents" opening a
    sentence)."""
    if not token.is_title or token.is_stop or token.tag_ not in {"NN", "NNS", "JJ"} or token.ent_type_:
        return False
    if before_settlement_noun(token):
        return True
    if people_head(token) is None:
        return False  # a mistagged word modifying people is a town's name only for a sizeable town
    return any(own and entry.population >= SIZEABLE_TOWN for entry, own in gazetteer.candidates(token.text))


def _maybe_mislabelled(ent: Span, gazetteer: Gazetteer) -> bool:
    """An entity the model may have mislabelled a place: an organisation, a person, ..., or a "nationality" the
    gazetteer knows as a place, or that is no nationality, right before a settlement noun ("the streets of X town",
    "the Sabr village"; not "the Iraqi town"), or
    the name of a settlement noun ("the village of X")."""
    if ent.label_ in MISLABELLED:
        return True
    if ent.label_ == "DATE":
        return _place_taken_for_a_date(ent) or _name_before_a_date(ent)
    if ent.label_ != "NORP":
        return False
    if _norp_before_place_noun(ent) or _norp_place_object(ent):
        return True
    if _of_settlement(ent.root):  # "near the village of X", not "a quarter of a million Syrians"
        return fold(ent.text) not in demonyms()
    return before_settlement_noun(ent[-1]) and (bool(gazetteer.candidates(ent.text)) or _no_nationality(ent))


def _norp_place_object(ent: Span) -> bool:
    """A "nationality" that is no nationality word, as the object of a place verb: "patrolled South Ossetia"."""
    root = ent.root
    if root.dep_ not in PLACE_VERB_ARGS or root.head.lemma_.lower() not in cues().place_object_verbs:
        return False
    return fold(ent.text) not in demonyms() and fold(bare_name(ent)) not in demonyms()


def _norp_before_place_noun(ent: Span) -> bool:
    """A "nationality" modifying a place noun that is no nationality word names the place: "in Huwaysis area",
    "the Tarmiyah pumping station" (not "the Iraqi area", "Kurdish neighbourhoods")."""
    root = ent.root
    if root.dep_ not in {"compound", "amod"} or root.head.i in range(ent.start, ent.end):
        return False
    noun = modified_noun(root)  # a lower-case place noun: "Islamic State" names no state, "Sharia courts" no place
    if not (noun.is_lower or _capitalised_settlement_noun(noun, ent)):
        return False
    if noun.lemma_.lower() not in cues().settlement_nouns | cues().area_nouns:
        return False
    return _no_nationality(ent) and not ent.text.endswith(("ian", "ean"))  # "this Caribbean territory"


def _capitalised_settlement_noun(noun: Token, ent: Span) -> bool:
    """A capitalised settlement noun right after the name, part of it: "Minyan Suburb", "Gwange Ward" (not
    "Islamic State", "X City", which may be a longer name the gazetteer knows whole, nor a large area: "the X
    Governorate's countryside" frames a place rather than gives it)."""
    part_of_name = cues().settlement_nouns - cues().wide_settlement_nouns
    return noun.i == ent.end and noun.is_title and noun.lower_ in part_of_name


def _place_taken_for_a_date(ent: Span) -> bool:
    """A one-word "date" with no digit that names a place noun or has a settlement noun in apposition:
    "the streets of Salonika, Greece's second city"."""
    root = ent.root
    if len(ent) != 1 or root.pos_ != "PROPN" or any(ch.isdigit() for ch in ent.text):
        return False
    return _settlement_apposition(root) or (root.dep_ == "pobj" and names_place_noun(root))


def _name_before_a_date(ent: Span) -> bool:
    """A "date" that is a name and the weekday after it: "raided X Friday"."""
    name = _without_dates(ent)
    return len(name) < len(ent) and name.start == ent.start and all(t.pos_ == "PROPN" and t.is_title for t in name)


def _no_nationality(ent: Span) -> bool:
    """A proper noun that is no nationality word: "Sabr" in "the Sabr village", not "Kurdish" nor "Iraqi"."""
    if ent.text.lower() in cues().faith_words:
        return False  # "a mostly Shia neighbourhood": its people's faith
    return ent.root.tag_ in {"NNP", "NNPS"} and fold(ent.text) not in demonyms() and ent.text[-3:] not in {"ish", "ese"}


def _of_settlement(root: Token) -> bool:
    """``root`` is the name in "the <settlement noun> of <name>"."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in cues().settlement_nouns


def _names_someone(span: Span, gazetteer: Gazetteer) -> bool:
    """The name is a party's or a person's (``names.names_someone``: "Kalenjin youths", "Norcross'
    brother"), unless the gazetteer knows a place by that name and it stands after a locative preposition or
    before a place noun ("clashes in Turkana district", "a Giriama village")."""
    if not names_someone(span) or _before_admin_noun(span[-1]):
        return False  # "Agatu local government area", "Turkana district": an area named for its people
    root = span.root
    if root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in cues().place_nouns:
        root = root.head
    placed = is_locative_link(root) or names_place_noun(span.root) or before_settlement_noun(span[-1])
    if fold(bare_name(span)) in organisation_names():
        return not (placed and _borne_by_large_city(bare_name(span), gazetteer))  # "within Nato"; but "in Brussels"
    return not (placed and known(span, gazetteer))


def _borne_by_large_city(name: str, gazetteer: Gazetteer) -> bool:
    """A city of ``FAMOUS_CITY_POPULATION`` people or more bears ``name`` itself: the place a body is named for
    ("Brussels"), not a small town abroad that shares an organisation's name ("Nato", a town of the Philippines)."""
    return any(own and hit.population >= FAMOUS_CITY_POPULATION for hit, own in gazetteer.candidates(name))


def _without_people(ent: Span) -> Span:
    """An entity without a people noun the model took into it ("Embu University Students" -> "Embu
    University")."""
    end = ent.end
    while end - 1 > ent.start and _people_word(ent.doc[end - 1]):
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _without_dates(span: Span) -> Span:
    """A name without the month or weekday the parse joined to it: "Sep. X residents" -> X, "X Friday" -> X."""
    start, end = span.start, span.end
    while end - start > 1 and _date_word(span.doc[start]):
        start += 1
    while end - start > 1 and _date_word(span.doc[end - 1]):
        end -= 1
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)


def _date_word(token: Token) -> bool:
    return token.is_title and token.lower_.rstrip(".") in cues().date_words


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
    while root.dep_ in LIST_DEPS and root.head.i != root.i:
        root = root.head
    if before_settlement_noun(span[-1]):  # "X town", however parsed
        return True
    if names_place_noun(root):  # "the Uber office", "the FIFA headquarters" name no place
        return root.head.lemma_.lower() not in cues().named_place_nouns
    if root is not span.root and _settlement_list_head(root):  # "two towns in the region, X and Y"
        return span.label_ not in MISLABELLED or known(span, gazetteer)
    if _settlement_apposition(root):  # "Tessalit, a town near Gao": a place, known or not
        return span.label_ != "PERSON" or root.dep_ == "pobj"
    if names_people(root):  # not a person's followers, nor an acronym ("U.N. workers")
        return span.label_ != "PERSON" and not bare_name(span).replace(".", "").isupper() and known(span, gazetteer)
    if root.dep_ in PLACE_VERB_ARGS and root.head.lemma_.lower() in cues().place_object_verbs:
        return _place_verb_object(span, gazetteer)
    if contested(root):  # "the fight for X"
        return span.label_ != "PERSON" or known(span, gazetteer)
    if root.dep_ != "pobj" or not (root.head.lower_ in cues().locative_preps or _visit_during(root.head.head)):
        return False
    known_name = bool(gazetteer.candidates(span.text)) or _admin_area_name(span) or _known_town(span, gazetteer)
    known_name = known_name or _site_in_known_town(span, gazetteer)
    at_scene = root.head.lower_ in SCENE_PREPS
    return known_name or (at_scene and (not entity or bool(HYPHENATED_NAME.match(bare_name(span)))))


def _known_town(span: Span, gazetteer: Gazetteer) -> bool:
    """A name ending in a settlement word whose stem the gazetteer knows: "Maralal Town", "Witu Village"."""
    words = bare_name(span).split()
    if len(words) < 2 or words[-1].lower() not in cues().settlement_nouns:
        return False
    return bool(gazetteer.candidates(" ".join(words[:-1])))


def _site_in_known_town(span: Span, gazetteer: Gazetteer) -> bool:
    """A hospital, school or hotel whose name opens with a town the gazetteer knows: "at the X County Referral
    Hospital", "at X Boys High School" (the organisation named by a person's name stays one: the town must be
    known by its own name)."""
    words = bare_name(span).split()
    if len(words) < 2 or words[-1].lower() not in cues().facility_words | cues().school_words:
        return False
    hits = gazetteer.candidates(words[0])
    return any(own and entry.precision == "city" and entry.population >= SITE_TOWN for entry, own in hits)


def _admin_area_name(span: Span) -> bool:
    """A capitalised name ending in an administrative area's word: "Mohammad Agha District", "X Governorate"."""
    words = bare_name(span).split()
    return len(words) >= 2 and words[-1][:1].isupper() and ends_with_admin_tail(words)


def ends_with_admin_tail(words: list[str]) -> bool:
    """The words end with an administrative area's word or phrase: "X District", "X Local Government Area"."""
    tails = cues().admin_tails
    return any(" ".join(words[-size:]).lower() in tails for size in (1, 3) if len(words) > size)


def _place_verb_object(span: Span, gazetteer: Gazetteer) -> bool:
    """The object of a verb whose object is a place ("captured X", "X was stormed") is one when its name has the
    shape of a place's ("Jabal X", "X Hill") or the gazetteer knows it; a passive subject, or a name the model took
    for a person's, only when it is a sizeable place by its whole name ("Kisangani was captured"; "captured Abu X"
    stays a man), of one word when the model took it for a person's ("Santa Cruz was captured", unlabelled)."""
    if toponym_shaped(span):
        return True
    name = bare_name(span)
    if (
        span.label_ == "ORG"
        and hyphenated_article().match(name)
        and span.root.head.lemma_.lower() in cues().territory_verbs
    ):
        return True  # "stormed Al-Madiyounah": one word after an Arabic article, taken or entered, is a place
    if span.label_ == "PERSON" or span.root.dep_ == "nsubjpass":  # "Ramadan was captured": a man
        one_word = len(name.split()) == 1 or span.label_ != "PERSON"  # "Rio de Janeiro was taken", no entity
        return one_word and any(_sizeable(entry) for entry, own in gazetteer.candidates(name) if own)
    wider = (variant for name in bracketed(span) for variant in variants(name))
    return bool(gazetteer.candidates(name)) or any(gazetteer.candidates(v) for v in wider)


def _sizeable(entry: Entry) -> bool:
    return entry.precision in {"country", "admin1", "region"} or entry.population >= FAMOUS_CITY_POPULATION


def toponym_shaped(span: Span) -> bool:
    """The name opens or ends with a word that makes it a place's: "Jabal al-Sayyid", "Tal Afar", "Biju Hill"."""
    words = bare_name(span).replace("-", " ").split()
    if len(words) < 2 or not all(word[:1].isupper() for word in (words[0], words[-1])):
        return False
    return words[0].lower() in cues().toponym_heads or words[-1].lower() in cues().toponym_tails


def before_settlement_noun(token: Token) -> bool:
    """A capitalised word right before a lower-case settlement noun names it, whatever the parse: "X town",
    "X village" (not "X Town", which may be a longer name, nor "the Y town of X")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and after is not None
        and after.is_lower
        and (after.lemma_.lower() in _settlement_or_admin_nouns() or _admin_phrase_at(after))
        and of_name(after) is None  # "the Iraqi town of X": X is the town
    )


def _before_admin_noun(token: Token) -> bool:
    """A capitalised word right before a lower-case administrative noun: "X district", "X local government area"
    (not "X division", a ``qualified_place_nouns`` word, more often a unit)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not token.is_title or after is None or not after.is_lower:
        return False
    return after.lemma_.lower() in cues().admin_tails - cues().qualified_place_nouns or _admin_phrase_at(after)


def _admin_phrase_at(token: Token) -> bool:
    """``token`` opens a lower-case administrative phrase of several words: "local government area"."""
    words = token.doc[token.i : token.i + 3]
    return len(words) == 3 and words.text.lower() in cues().admin_tails


def _settlement_or_admin_nouns() -> frozenset[str]:
    """Nouns that a capitalised word before them names: "X town", "X prefecture" (not the ``qualified_place_nouns``
    "X area", "X market", nor "X division", more often a unit)."""
    words = cues()
    return (words.settlement_nouns | words.admin_tails) - words.qualified_place_nouns


def _settlement_list_head(head: Token) -> bool:
    """``head``, the head of a list of names, is a common settlement or area noun: "captured two towns, X and Y",
    "in the region, X"."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues().settlement_nouns | cues().area_nouns


def _settlement_apposition(root: Token) -> bool:
    """``root`` has a settlement noun in apposition: "Tessalit, a town near Gao", "Lyon, France's third city"."""
    return any(
        child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in cues().settlement_nouns
        for child in root.children
    )


def names_place_noun(root: Token) -> bool:
    """``root`` names a place noun: "the Reshimbagh residence", "the town of Marka"."""
    if root.dep_ in MODIFIER_DEPS:
        return root.head.lemma_.lower() in cues().place_nouns | cues().resident_nouns
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        outer = root.head.head.lemma_.lower()
        return outer in cues().settlement_nouns | cues().area_nouns | cues().resident_nouns
    return False


def only_modifies(span: Span) -> bool:
    """A name used as a modifier of a non-place noun ("the Iraq war", "Kenya's police") is not a place; one
    modifying a place noun through other nouns is ("the Kmur transmission centre", "the X pumping station")."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i in range(span.start, span.end):
        return False
    if before_settlement_noun(span[-1]):
        return False  # "traders in X town protest", however the parse hung "town"
    if root.head.i == span.end and (_date_word(root.head) or root.head.lemma_.lower() in cues().time_nouns):
        return False  # "demonstrated in X Sunday", "patrolled in X day and night": hung on the time after it
    return modified_noun(root).lemma_.lower() not in cues().place_nouns | people_nouns()


def modified_noun(token: Token) -> Token:
    """The noun a modifier describes at the end of a chain of compound nouns: "Kmur" in "the Kmur transmission
    centre" -> centre. Stops at the first word that is no compound noun or verb form."""
    noun = token.head
    for _ in range(4):  # a compound chain is short; the bound keeps the walk finite on any parse
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        if noun.pos_ not in {"NOUN", "VERB"} and not _hyphen_pair(token, noun):
            break
        noun = noun.head
    return noun


def _hyphen_pair(first: Token, second: Token) -> bool:
    """Two names joined by a hyphen or a slash modify a noun together: "the Kenya-Somalia border"."""
    doc = first.doc
    between = doc[first.i + 1 : second.i]
    return len(between) == 1 and between[0].text in {"-", "–", "/"} and second.ent_type_ in PLACE_LABELS


def people_nouns() -> frozenset[str]:
    return cues().resident_nouns | cues().people_nouns


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
    if head.lower_ in {"of", "to"} and head.head.lower_ in cues().locative_preps:
        return True  # "inside of X", "close to X", "next to X"
    if contested(token):
        return True
    if head.lower_ == "to" and _visit_during(head.head):
        return True  # "during a visit by the president to X"
    if head.lower_ == "of":
        return head.head.lemma_.lower() in cues().place_nouns | cues().direction_words | cues().resident_nouns
    if head.lower_ == "between" and _parties_of_relation(head):
        return False
    return head.lower_ in cues().locative_preps


def _parties_of_relation(between: Token) -> bool:
    """``between`` joins the parties of a relation, not the ends of a place: "an understanding between X and Y",
    "talks between X and Y" (a noun that is no place noun), unlike "the border between X and Y" or "the area
    between X and Y"."""
    noun = between.head
    return noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() not in cues().place_nouns | cues().area_nouns


def _visit_during(noun: Token) -> bool:
    """``noun`` is a visit that dates what happens: "during a visit to X", "on a trip to X" (not "protested
    against a visit to X", which happens elsewhere)."""
    return noun.lemma_.lower() in cues().visit_nouns and noun.dep_ == "pobj" and noun.head.lower_ in {"during", "on"}


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
    return token.dep_ == "pobj" and prep.lower_ in {"for", "of"} and prep.head.lemma_.lower() in cues().contest_nouns
