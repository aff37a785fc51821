"""Refinements of the parties a dependency reading found: the rules of kind ``party_rule``, run in order.

Each rule takes the parties found so far for a trigger and adjusts them in place: the doer behind an act or a
weapon, the issuer of a document, a partner named on the trigger's own words, the party in a target phrase, the
people a count stands for, named conjuncts, coordinated doers, a place as target, dates dropped, a name closing a
title, the trigger's own words dropped, and a plural doer of a reciprocal verb as both sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.counts import counted_noun
from eventwire.extract.parties.destinations import place_target
from eventwire.extract.parties.documents import issuer
from eventwire.extract.parties.holdings import HOLDING_TYPES, holdings_owner
from eventwire.extract.parties.names import is_actorish
from eventwire.extract.parties.nominal import nominal_source
from eventwire.extract.parties.orders import clause_parties
from eventwire.extract.parties.record import ArgumentCues, Parties
from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.parties.targets import party_head
from eventwire.extract.tree import ACTOR_ENTS, TIME_ENTS, conjuncts, deep_conjunct, lemma, prep_object
from eventwire.lexicons.cues import load_cues

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
MEETING_TYPE = "CONSULT"
# acts whose coordinated doers act together, never against each other ("students and teachers marched", "the
# EU and Japan urged calm"): a conjunct of the doer is no target
ONE_SIDED_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def doer_behind_means(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """A doer that is an act or a weapon ("a car bomb killed") gives way to its own doer or to its user.

    "an attack by X killed": X; "sprayed the car with bullets, killing": the one who sprayed."""
    if parties.source is not None and _act_or_means(parties.source, trigger, cues):
        parties.source = nominal_source(parties.source) or _wielder(parties.source)


def bare_and_ordered_clauses(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """ "having their assets frozen": the assets are acted on; "ordered him jailed": the commander is the doer."""
    clause_parties(parties, trigger, cues.commands)


def document_issuer(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """A document or medium as doer ("a UN report accused X"): its owner or maker, else no one."""
    if parties.source is not None:
        parties.source = issuer(parties.source)


def own_word_partner(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """ "strengthen ties with Russia", "cut relations with X": the party named on the entry's own extra word."""
    if parties.target is None:
        parties.target = _partner_of_own_words(trigger, cues)


def target_party(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """The party of a target phrase: itself, or for a thing the owner or nationality named on it."""
    if parties.target is not None:
        parties.target = party_head(parties.target, cues.targets)


def owner_of_holdings(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """A sanction or seizure on goods ("had their assets frozen") falls on their owner, not on the goods."""
    if parties.target is not None and event_type in HOLDING_TYPES:
        parties.target = holdings_owner(parties.target, cues.targets) or parties.target


def counted_people(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """A target that is only a count stands for the people it counts ("seven of the villagers")."""
    if parties.target is not None:
        parties.target = counted_noun(parties.target, parties.source, cues.people, cues.headcounts, cues.actors)


def named_conjuncts(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """ "accused Russia and Belarus": each named party coordinated with a named target is one more target."""
    if parties.target is not None:
        parties.more_targets += _named_conjuncts(parties.target, parties)


def coordination(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """Coordinated doers of a meeting, deal or clash are each other's sides; of a one-way act they act together.

    "Russia and China signed": source Russia, target China, symmetric. "Russia and Syria bombed the town", "A and B
    are responsible for the shelling": no target from the coordination."""
    if event_type in SYMMETRIC_TYPES or lemma(trigger) in cues.reciprocal or _at_each_other(trigger):
        venue = _venue(parties.target, trigger) if event_type == MEETING_TYPE else None
        if venue is not None and parties.source is not None and conjuncts(parties.source):
            parties.target = None  # "A and B were meeting at the X Hotel": B is the other side, the hotel a venue
        _coordination(parties, event_type, cues.actors)


def _venue(target: Token | None, trigger: Token) -> Token | None:
    """The target of a meeting is where it is held: the object of an "at" of the trigger ("meeting at the X Hotel")."""
    if target is None or target.dep_ != "pobj" or target.head.lower_ != "at" or target.head.head.i != trigger.i:
        return None
    return target


def _at_each_other(trigger: Token) -> bool:
    """ "threw stones at each other", "accused one another": the act is done by each doer to the other."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [o for c in trigger.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(
        o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children) for o in objects
    )


def place_as_target(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """With no party named, the place a step is taken in or sent to ("arrived in Amman")."""
    if parties.target is None:
        parties.target = place_target(trigger, event_type, cues.arrivals)


def drop_times(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """A date or time is when, never who: "Saturday's attack", "last year's assault on X"."""
    if parties.source is not None and parties.source.ent_type_ in TIME_ENTS:
        parties.source = None
    if parties.target is not None and parties.target.ent_type_ in TIME_ENTS:
        parties.target = None


def titled_name(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """ "President of China and leader of the party Xi Jinping will visit": the name closing a title phrase."""
    if parties.source is not None:
        parties.source = _titled_name(parties.source, cues.titles)


def drop_own_words(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """Words of the trigger phrase are no party ("exchange of views"), nor is the doer its own target.

    A word of the phrase that names a party stays ("came to Russia")."""
    if parties.source is not None and _own_word(parties.source, cues):
        parties.source = None
    if parties.target is not None and (_own_word(parties.target, cues) or parties.target == parties.source):
        parties.target = None


def reciprocal(parties: Parties, trigger: Token, event_type: str, cues: ArgumentCues) -> None:
    """ "two rival clans clashed", "the communities fought": a plural doer of a reciprocal verb is both sides."""
    source = parties.source
    if parties.target is not None or source is None or lemma(trigger) not in cues.reciprocal:
        return
    # an inflected plural ("clans"), not a collective noun ("police")
    if source.tag_ in ("NNS", "NNPS") and source.lower_ != lemma(source) and not conjuncts(source):
        parties.target = source
        parties.symmetric = True


def _act_or_means(source: Token, trigger: Token, cues: ArgumentCues) -> bool:
    """A doer that is itself an event or a weapon ("the offensive killed", "a car bomb killed"): the doer is the
    one it names as its own, if any."""
    if source.pos_ != "NOUN" or source.i == trigger.i or source.ent_type_:
        return False
    word = lemma(source)
    if word in cues.people or word in cues.actors or word in load_cues().class_groups.doers_not_acts:
        return False  # "the protesters blocked the road", "rioters burned the market"
    return source.i in cues.triggers or word in cues.devices


def _wielder(means: Token) -> Token | None:
    """ "police sprayed the car with bullets, killing one": the one who used the means."""
    prep = means.head
    if means.dep_ != "pobj" or prep.lower_ != "with":
        return None
    user = prep.head
    for _ in range(3):  # "sprayed a vehicle, its plate number, with bullets": the prepositional phrase hangs low
        if user.pos_ == "VERB" or user.dep_ not in ("dobj", "appos", "npadvmod", "compound"):
            break
        user = user.head
    return subject_of(user) if user.pos_ == "VERB" else None


def _named_conjuncts(target: Token, parties: Parties) -> list[Token]:
    """ "accused Russia and Belarus": each named party coordinated with a named target is a target too."""
    if parties.symmetric or target.ent_type_ not in ACTOR_ENTS:
        return []
    known = {t.i for t in parties.more_targets} | {target.i}
    if parties.source is not None:
        known.add(parties.source.i)
    others = _listed(target)
    joined = _joined([target, *others])  # not "a war against X, Y, a town near ...": names side by side across commas
    return [
        c
        for c in others
        if c.ent_type_ in ACTOR_ENTS and c.i not in known and (joined or _coordinator_between(target, c))
    ]


def _listed(head: Token) -> list[Token]:
    """Every conjunct of ``head``, down the chain the parser hangs a longer list on ("Russia, Belarus and Iran":
    Iran hangs on Belarus), in the order of the text."""
    found: list[Token] = []
    chain = conjuncts(head)
    while chain:
        token = chain.pop()
        if token.i != head.i and all(token.i != t.i for t in found):
            found.append(token)
            chain += conjuncts(token)
    return sorted(found, key=lambda t: t.i)


def _coordinator_between(first: Token, other: Token) -> bool:
    """A coordinator stands between two conjuncts, wherever the parser hung it ("met X, the head of Y, and Z")."""
    return any(t.dep_ == "cc" for t in first.doc[first.i + 1 : other.i])


def _joined(members: list[Token]) -> bool:
    """Whether the members of a list (``head`` and its conjuncts) form one closed by a coordinator of their own
    ("X, Y and Z", "X or Y"), not names the parser coordinated across commas alone (an apposition or the start of a
    new clause)."""
    return any(c.dep_ in ("cc", "preconj") for token in members for c in token.children)


def _partner_of_own_words(trigger: Token, cues: ArgumentCues) -> Token | None:
    """ "strengthen ties with Russia", "cut relations with X": the party named on the entry's own extra word."""
    for i in sorted(cues.extra):
        found = prep_object(trigger.doc[i], "with", "to")
        if found is not None and is_actorish(found, cues.actors):
            return found
    return None


def _coordination(parties: Parties, event_type: str, actors: frozenset[str]) -> None:
    """ "Russia and China signed": source Russia, target China, symmetric."""
    if parties.source is None or parties.symmetric or event_type in ONE_SIDED_TYPES:
        return
    other = next(iter(conjuncts(parties.source)), None)
    if other is None and event_type in SYMMETRIC_TYPES and parties.target is None:
        other = deep_conjunct(parties.source) or _paired_nationality(parties.source)
    if other is None:
        return
    # "A and B visited C": C stays the target; the conjunct is a co-doer, or the same person under two titles
    if _same_person(parties.source, other) and parties.target is not None:
        parties.source = other
        return
    if parties.target is None or not is_actorish(parties.target, actors):
        parties.target = other
        parties.symmetric = True


def _paired_nationality(head: Token) -> Token | None:
    """ "Hungarian and Romanian officials agreed": the second of two coordinated nationalities is the other side."""
    for c in head.children:
        if c.dep_ in ("amod", "compound") and c.i < head.i and c.ent_type_ in ("NORP", "GPE"):
            other = next((x for x in conjuncts(c) if x.ent_type_ in ("NORP", "GPE")), None)
            if other is not None:
                return other
    return None


def _titled_name(head: Token, titles: frozenset[str]) -> Token:
    """ "President of China and leader of the party Xi Jinping will visit": the name closing a title phrase."""
    if lemma(head) not in titles or head.ent_type_ == "PERSON":
        return head
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i)
    return last if last.ent_type_ == "PERSON" and last.head.i != last.i + 1 else head


def _same_person(title: Token, other: Token) -> bool:
    """ "President of China and leader of the party Xi Jinping": a bare title coordinated with a named title."""
    return title.pos_ == "NOUN" and not title.ent_type_ and other.ent_type_ == "PERSON"


def _own_word(token: Token, cues: ArgumentCues) -> bool:
    """A word of the trigger phrase itself ("exchange of views"), unless it names a party ("came to Russia")."""
    return token.i in cues.extra and token.ent_type_ not in ACTOR_ENTS
