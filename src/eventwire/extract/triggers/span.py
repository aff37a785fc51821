"""The words of a trigger: the matched lexicon words plus the verb that states the event took place.

A nominal trigger takes along its light verb ("launched an offensive"), the occurrence verb it is the subject of
("the clashes broke out", "the offensive began", "the fighting took place"; also through the noun it names the
kind of: "the bombing campaign continues"), the verb it comes under ("came under attack"), the deaths it caused
("died in clashes") and a claim of responsibility ("claimed responsibility for the bombing"). A verbal trigger
takes along the verb of achievement or attempt it completes ("managed to enter", "tried to storm"). So the
evidence names the action as one event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.tree import NOUN_POS, lemma
from eventwire.lexicons.cues import load_cues

MAX_WIDTH = 6  # a wider span would mostly hold words of other phrases
# the verb directly governing a nominal trigger may stand further off ("launched, this morning, a surprise attack")
CARRIER_WIDTH = 10
# "died in the clashes", "died during the raid": the deaths an event caused
DEATH_PREPS = frozenset({"in", "during"})


def trigger_span(token: Token, extra: list[Token], light_verbs: frozenset[str], occurrence: frozenset[str]) -> Span:
    """The trigger words of ``token`` and its extra words, with the verb that carries a nominal trigger."""
    ids = [token.i, *(t.i for t in extra)]
    verb = carrier(token, light_verbs, occurrence) if token.pos_ in NOUN_POS else attempt_verb(token)
    doc = token.doc
    if max(ids) - min(ids) > MAX_WIDTH:
        return doc[token.i : token.i + 1]
    if verb is not None and max(abs(verb.i - i) for i in ids) <= CARRIER_WIDTH:
        ids.append(verb.i)
    return doc[min(ids) : max(ids) + 1]


def carrier(noun: Token, light_verbs: frozenset[str], occurrence: frozenset[str]) -> Token | None:
    """The verb that says the nominal event happened: a light verb, an occurrence verb or a claim of it."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(head) in light_verbs:
        return head
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(head) in occurrence:
        return head
    if noun.dep_ == "compound" and head.dep_ in ("nsubj", "nsubjpass") and lemma(head.head) in occurrence:
        return head.head
    if (
        noun.dep_ == "nsubj"
        and lemma(head) == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    ):
        return head
    return came_under(noun) or died_in(noun) or claim_verb(noun)


def came_under(noun: Token) -> Token | None:
    """ "came under attack", "came under fire": the verb of the phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or lemma(prep.head) != "come":
        return None
    return prep.head


def died_in(noun: Token) -> Token | None:
    """ "50 people died in clashes", "died during the raid": the deaths the event caused."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in DEATH_PREPS or lemma(prep.head) != "die":
        return None
    return prep.head


def attempt_verb(verb: Token) -> Token | None:
    """ "managed to enter": the verb of achievement or attempt whose infinitive the trigger is."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and head.i < verb.i and lemma(head) in load_cues().carriers.attempts:
        return head
    return None


def claim_verb(noun: Token) -> Token | None:
    """ "X claimed responsibility for the bombing": the verb of the claim."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) != "responsibility":
        return None
    verb = prep.head.head
    return verb if lemma(verb) in load_cues().carriers.claims and prep.head.dep_ == "dobj" else None
