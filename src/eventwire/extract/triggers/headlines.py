"""Verbs of headline-style sentences that the tagger reads as nouns or adjectives.

In a headline-style sentence ("Police battle gang in slum", "Bandits raid villages and attack herders") the parser
often takes the verb for a word modifying the object ("battle" -> compound of "gang", "detonate" -> an adjective
of "bombs"), so the sentence is headed by a noun. Such a word is read as a verb when the sentence's root is a
noun, no verb comes before it, it modifies a noun after it (its object) and a noun ends right before it (its
subject) or "and" follows such a verb. Its subject is the nearest noun to the left outside a prepositional phrase
(or the subject of the verb it is coordinated with), and must be a common noun or a people's name: a bare proper
name is more often a sports team."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.tree import NOUN_POS
from eventwire.lexicons.cues import load_cues

VERB_TAGS = frozenset({"VERB", "AUX"})
# participles that only modify a noun do not make a sentence verbal ("armed men", "suspected thief")
PARTICIPLE_MODIFIER_DEPS = frozenset({"amod", "acl", "compound"})


def is_headline_verb(token: Token) -> bool:
    """A noun-tagged word that stands where the verb of a verbless headline sentence should be."""
    if not _misread(token) or token.i == token.sent.start:
        return False
    sent = token.sent
    if sent.root.pos_ not in NOUN_POS:
        return False
    if any(t.pos_ in VERB_TAGS and t.dep_ not in PARTICIPLE_MODIFIER_DEPS for t in token.doc[sent.start : token.i]):
        return False
    before = token.doc[token.i - 1]
    if before.pos_ == "CCONJ":
        return _earlier_verb(token) is not None and _objected(token)
    return before.pos_ in NOUN_POS and _objected(token) and _people(headline_subject(token))


def _misread(token: Token) -> bool:
    """A compound noun or verb, or a bare present-tense verb form read as an adjective ("militants detonate
    bombs"): participles and -ing forms that modify a noun are real modifiers ("armed men", "rising prices")."""
    if token.pos_ in ("NOUN", "VERB"):
        return token.dep_ == "compound"
    if token.pos_ != "ADJ" or token.dep_ != "amod" or token.lower_.endswith(load_cues().participle_endings):
        return False
    return token.lower_ == token.lemma_.lower()


def _objected(token: Token) -> bool:
    return token.head.i > token.i and token.head.pos_ in NOUN_POS


def _people(subject: Token | None) -> bool:
    """A common noun or a people's name ("Police", "Maasai"): a bare proper name is more often a sports team
    ("Liverpool battle Everton") than a party of a political headline."""
    return subject is not None and (subject.pos_ == "NOUN" or subject.ent_type_ == "NORP")


def _earlier_verb(token: Token) -> Token | None:
    """The headline verb coordinated before ``token`` ("raid villages and attack herders")."""
    doc = token.doc
    return next((doc[i] for i in range(token.i - 2, token.sent.start, -1) if is_headline_verb(doc[i])), None)


def headline_subject(token: Token) -> Token | None:
    """The subject of a headline verb: the nearest noun before the last preposition ahead of the verb ("herdsmen
    from the hills attack"), else the nearest noun before the verb; for a second verb, the first verb's."""
    doc, start = token.doc, token.sent.start
    if doc[token.i - 1].pos_ == "CCONJ":
        earlier = _earlier_verb(token)
        return headline_subject(earlier) if earlier is not None else None
    preps = [i for i in range(start, token.i) if doc[i].pos_ == "ADP"]
    for limit in [*preps[-1:], token.i]:
        noun = next((doc[i] for i in range(limit - 1, start - 1, -1) if doc[i].pos_ in NOUN_POS), None)
        if noun is not None:
            return noun
    return None


def headline_object(token: Token) -> Token:
    """The noun the tagger hung the verb on: its object ("battle gang" -> "gang")."""
    return token.head
