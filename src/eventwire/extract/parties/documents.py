"""Parties named through plans and documents: the doer of a planned step ("China is considering the
possibility of supplying X") and the author of an appeal a document contains ("It contains a call for ...")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.extract.tree import PARTY_POSSESSIVES, child, lemma, prep_object, to_infinitive
from eventwire.lexicons.cues import DocumentCues, load_cues

POINTING = frozenset({"it", "this", "that"})
# "in a bid to", "in an effort to": a plan noun after these is the purpose of the verb the phrase qualifies
PURPOSE_PREPS = frozenset({"in", "as"})

Subject = Callable[[Token], Token | None]


def owner(noun: Token) -> Token | None:
    """Whose a plan or document is: a possessor, a nationality or named modifier, or a "by" agent."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in PARTY_POSSESSIVES:
            return c
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return c
    return prep_object(noun, "by")


def issuer(noun: Token) -> Token | None:
    """A document or medium named as a doer ("a UN report accused", "propaganda videos exhorting") does nothing of
    its own: the doer is its owner or maker ("the statement by the ministry", "a report released by X"), else none.
    Returns ``noun`` itself when it is no document or medium."""
    words = load_cues().documents
    if noun.ent_type_ or noun.pos_ != "NOUN" or lemma(noun) not in words.nouns | words.media:
        return noun
    found = owner(noun)
    if found is not None:
        return None if lemma(found) in words.media else found  # "Propaganda videos": no maker named
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in words.authors:
            return prep_object(c, "by")  # "a report released by the agency"
    return None


def plan_holder(verb: Token, subject_of: Subject) -> Token | None:
    """ "X is considering the possibility of supplying Y", "X announced plans to send troops": X does it."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of":
        noun = verb.head.head
    elif verb.dep_ == "acl" and to_infinitive(verb):
        noun = verb.head
    else:
        return None
    words = load_cues().documents
    if lemma(noun) not in words.plans or child(verb, "nsubj", "nsubjpass") is not None:
        return None
    found = owner(noun) or prep_object(noun, "from")  # "extracted a pledge from X to halt": X halts
    if found is not None:
        return found
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in PURPOSE_PREPS and governor.head.pos_ in ("VERB", "AUX"):
        return subject_of(governor.head)  # "X flew to Paris in a bid to persuade France": X persuades
    if noun.dep_ != "dobj" or governor.pos_ not in ("VERB", "AUX") or lemma(governor) in words.plan_judges:
        return None
    return subject_of(governor)


def document_voice(noun: Token, subject_of: Subject) -> Token | None:
    """ "X issued a declaration demanding that ...": what a document says, its author says; None for no document
    or none known."""
    words = load_cues().documents
    if lemma(noun) not in words.nouns:
        return None
    return _issuer(noun, words, subject_of)


def _issuer(document: Token, words: DocumentCues, subject_of: Subject) -> Token | None:
    """Who put out ``document``: its named owner ("the UN's report"), else the subject of the verb that authored it
    ("X issued a report")."""
    found = owner(document)
    if found is not None:
        return found
    if document.dep_ == "dobj" and lemma(document.head) in words.authors:
        return subject_of(document.head)
    return None


def document_author(noun: Token, subject_of: Subject) -> Token | None:
    """ "The plan contains a call for talks": the appeal is the author's, named on the document or, for a
    pointing subject, on the document put forward just before ("X put forward a plan. It contains ...")."""
    words = load_cues().documents
    if noun.dep_ != "dobj" or lemma(noun.head) not in words.contents:
        return None
    document = subject_of(noun.head)
    if document is None:
        return None
    if lemma(document) in words.nouns:
        found = owner(document)
        if found is not None or not any(c.lower_ in ("the", "this", "that") for c in document.children):
            return found
    elif document.lower_ not in POINTING:
        return None
    return _earlier_author(document, words, subject_of)


def _earlier_author(pointer: Token, words: DocumentCues, subject_of: Subject) -> Token | None:
    """The author of the nearest document named before ``pointer`` in the preceding sentence."""
    doc = pointer.doc
    start = pointer.sent.start
    if start == 0:
        return None
    previous = doc[start - 1].sent
    if any(t.is_space and t.text.count("\n") > 1 for t in doc[previous.start : start]):
        return None  # a new paragraph: no antecedent
    for token in reversed(previous):
        if lemma(token) in words.nouns and token.pos_ == "NOUN":
            return _issuer(token, words, subject_of)
    return None
