"""The target of an attack noun whose words name no one it hit: whom its own clause says it harmed, else, for an
attack told again ("the attack", "the strikes", "its offensive"), whom the attack the story told just before hit.

An attack noun's clause may report its harm: "the strike killed five soldiers", "attacks targeting police", "two
guards were wounded in the raid", "ten people died in the attack" (``clause_harm_verbs`` and ``dying_verbs`` of
``data/actors/words.yaml``): the harmed are its target (``clause_target``; "no one was hurt" names none).

A story states an attack's victim once ("Rebels attacked an army base ...") and then refers back to it by a
definite noun ("The group later claimed responsibility for the attack"). The retold attack takes the target of the
nearest earlier attack within ``REACH`` sentences, unless the two name different doers (two attacks, not one told
again; a claim of responsibility names the doer a report may have named only vaguely). When the retold attack's
doer is that earlier attack's target (one side's attack on X, then "X's offensive"), the two are the sides of one
fight, and its target is the earlier attack's doer. An indefinite noun ("an attack", "several attacks") tells a new
attack and carries nothing. A count the clause harmed ("wounded five") is civilians, as counted victims are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import TIME_ENTS
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.model import Actor, Event
from eventwire.resolve.actors.document import DocumentActors

__all__ = ["REACH", "RETOLD_TYPES", "carried_target", "clause_target"]

RETOLD_TYPES = frozenset({"ASSAULT"})
REACH = 4  # sentences before the retold attack's own that the attack it retells may be in
POSSESSIVE_DEPS = frozenset({"poss"})
CLAUSE_PREPS = frozenset({"in", "during", "by"})
CLAUSE_MODIFIER_DEPS = frozenset({"acl", "relcl"})
NEGATIVE_DETERMINERS = frozenset({"no"})


def clause_target(raw: RawEvent) -> Span | None:
    """The harmed its own clause names for an attack noun with no target in its text ("the strike killed five
    soldiers" -> five soldiers; "two guards were wounded in the raid" -> two guards); None when it names none."""
    if raw.type not in RETOLD_TYPES or raw.target is not None:
        return None
    words = load_actor_words()
    for token in raw.trigger:
        if token.pos_ == "NOUN" and token.lemma_.lower() in words.retold_attack_nouns:
            harmed = _harmed_of(token)
            if harmed is not None and harmed.ent_type_ not in TIME_ENTS and not _negated(harmed):
                return _phrase(harmed)
    return None


def _negated(head: Token) -> bool:
    """ "no one", "no passengers": a harm that names none."""
    return any(c.lower_ in NEGATIVE_DETERMINERS for c in head.children)


def _phrase(head: Token) -> Span:
    """The harmed phrase of ``head``: its words up to it, with an of-phrase after it ("scores of civilians")."""
    end = head.i + 1
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        end = next((c.i + 1 for c in prep.children if c.dep_ == "pobj"), end)
        break
    return head.doc[head.left_edge.i : end]


def _harmed_of(noun: Token) -> Token | None:
    """The harmed phrase's head in the clause of the attack noun ``noun``, if the clause reports harm."""
    words = load_actor_words()
    verb: Token | None = None
    deps: tuple[str, ...] = ("dobj",)
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in CLAUSE_PREPS:
        verb, deps = noun.head.head, ("nsubjpass", "nsubj")
    else:
        verb = next((c for c in noun.children if c.dep_ in CLAUSE_MODIFIER_DEPS and c.pos_ == "VERB"), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.clause_harm_verbs:
        return None
    if "nsubj" in deps and verb.lemma_.lower() not in words.dying_verbs:
        deps = ("nsubjpass",)
    return next((c for c in verb.children if c.dep_ in deps and c.i != noun.i), None)


def carried_target(
    raw: RawEvent, source: Actor | None, earlier: Sequence[Event], actors: DocumentActors
) -> Actor | None:
    """The target a definite attack noun with no target in its text carries from the nearest earlier attack
    within ``REACH`` sentences (see the module's notes); None when there is none, or it is the doer itself."""
    if raw.type not in RETOLD_TYPES or raw.target is not None or _retold_noun(raw.trigger) is None:
        return None
    told = _told_before(raw, earlier, actors)
    if told is None or told.target is None:
        return None
    if source is not None and _same(source, told.target):
        return told.source if told.source is not None and told.source.text and not _same(source, told.source) else None
    if _two_doers(source, told.source) and not _claimed(raw):
        return None
    return told.target


def _claimed(raw: RawEvent) -> bool:
    """The retold attack is claimed ("X claimed responsibility for the attack"): its claimer names the doer an
    earlier report may have named only vaguely ("gunmen", "militants")."""
    return raw.trigger.root.lemma_.lower() in load_actor_words().responsibility_verbs


def _two_doers(one: Actor | None, other: Actor | None) -> bool:
    """Both attacks' texts name a doer and they differ: two attacks, not one told again."""
    return one is not None and other is not None and bool(one.text and other.text) and not _same(one, other)


def _retold_noun(trigger: Span) -> Token | None:
    """The definite attack noun of the trigger ("the attack", "claimed responsibility for the attack", "Turkey's
    offensive"), if it has one."""
    words = load_actor_words()
    for token in trigger:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in words.retold_attack_nouns:
            continue
        if any(w.pos_ == "PROPN" for c in token.lefts if c.dep_ not in POSSESSIVE_DEPS for w in c.subtree):
            continue  # a named attack ("the Salisbury attack") is its own, not the one just told
        if any(
            c.dep_ in POSSESSIVE_DEPS or (c.dep_ == "det" and c.lower_ in words.retold_determiners)
            for c in token.children
        ):
            return token
    return None


def _told_before(raw: RawEvent, earlier: Sequence[Event], actors: DocumentActors) -> Event | None:
    """The nearest earlier attack with a target in its text, in one of the ``REACH`` sentences before ``raw``'s."""
    here = actors.sentence_of(raw.sentence)
    for event in reversed(earlier):
        if event.evidence.start >= raw.sentence.start_char:
            continue
        token = actors.token_at(event.evidence.start)
        if token is None or here - actors.sentence_of(token.doc[token.i : token.i + 1]) > REACH:
            break
        if event.type in RETOLD_TYPES and event.target is not None and event.target.text:
            return event
    return None


def _same(one: Actor, other: Actor) -> bool:
    """The two actors are one: the same name or words, or the same country and sector."""
    if one.text and one.text.lower() == other.text.lower():
        return True
    if one.name and one.name != "unidentified" and one.name == other.name:
        return True
    return (
        one.country is not None
        and one.sector is not None
        and (one.country, one.sector) == (other.country, other.sector)
    )
