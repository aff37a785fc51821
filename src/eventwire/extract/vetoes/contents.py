"""Event nouns that are what another event is about: "called for talks", "rejected the offer of a ceasefire".

A nominal trigger that is the object (or in the object phrase) of a request, refusal, threat, concession, retreat or
sanction is that event's content, not an event of its own: the talks asked for have not happened. A step of force a
command verb orders is the exception ("ordered the arrest of the mayor", "ordered air strikes"): it is carried out,
and coded from its own noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import ORDERED_TYPES, Extraction
from eventwire.extract.tree import NOUN_POS, lemma
from eventwire.extract.triggers.candidates import Candidate

# a noun that is the content of one of these events is not an event of its own ("called for talks")
CONTENT_OF = frozenset({"REQUEST", "REJECT", "THREATEN", "CONCEDE", "RETREAT", "SANCTION"})
CONTENT_DEPS = frozenset({"pobj", "prep", "conj", "dobj", "pcomp"})
# the auxiliaries of an act asked for ("to lift", "should not be sent")
ASKED_AUX = frozenset({"to", "should", "must", "shall"})


def content_of_another(cand: Candidate, ex: Extraction) -> bool:
    """A nominal trigger that is what another event asks for, refuses or threatens ("called for talks").

    A step of force that a command verb orders is carried out, so no content ("ordered the arrest of X")."""
    token = cand.token
    if token.pos_ not in NOUN_POS:
        return False
    node = token
    for _ in range(4):
        dep = node.dep_
        if dep not in CONTENT_DEPS or node.head.i == node.i:
            return False
        node = node.head
        governor = ex.by_token.get(node.i)
        # a coordinated event noun shares its conjunct's governor ("lifted the state of emergency and the curfew")
        if governor is not None and not (dep == "conj" and node.pos_ in NOUN_POS):
            ordered = ex.data.lexicon.in_class(lemma(node), "command") and cand.entry.type in ORDERED_TYPES
            return governor.entry.type in CONTENT_OF and not ordered
    return False


def requested_act(cand: Candidate, ex: Extraction) -> bool:
    """A verb that is what a request asks for ("called on the Taliban to lift the ban", "urged that they should not be
    sent"): the request is the event; the act asked for has not happened. A command verb's order is carried out
    ("ordered troops to withdraw"), so it stays."""
    token = cand.token
    if token.pos_ not in ("VERB", "AUX") or token.head.i == token.i:
        return False
    if token.dep_ not in ("xcomp", "ccomp") and not (token.dep_ == "advcl" and _for_clause(cand)):
        return False
    if not _unrealised(token):
        return False
    governor = ex.by_token.get(token.head.i)
    if governor is None or governor.entry.type != "REQUEST":
        return False
    return not ex.data.lexicon.in_class(lemma(token.head), "command")


def _for_clause(cand: Candidate) -> bool:
    """ "called for the Taliban to lift": an infinitive clause opened by "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in cand.token.children)


def _unrealised(token: Token) -> bool:
    """An infinitive, a bare verb or a clause with "should"/"must": what is asked, not a fact told ("insisted
    that they had allowed ...")."""
    return token.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ASKED_AUX for c in token.children)
