"""Who did it to whom: the party finders (steps of kind ``parties``), the first that answers winning.

``parties.harmed`` (in ``harmed.py``) answers for entries that know violence only by its victims; ``parties.ing_doers``
for an -ing word before the people doing it ("rioting students"); ``parties.dependency`` for every other trigger:
the verbal, nominal or headline reading of the dependency tree, then the party rules (``refine.py``) in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.hosts import hosted_meeting
from eventwire.extract.parties.nominal import nominal_parties, received_parties
from eventwire.extract.parties.record import ArgumentCues, Parties
from eventwire.extract.parties.verbal import headline_parties, verbal_parties
from eventwire.extract.registry import PartyRule, functions
from eventwire.extract.tree import NOUN_POS, lemma
from eventwire.extract.triggers.candidates import Candidate, doers_modifier
from eventwire.extract.triggers.headlines import is_headline_verb

# what a verb of getting (classes.yaml receiving) can be coded as: what the subject got from the "from" party
GIVEN_TYPES = frozenset({"AID"})


def dependency_parties(cand: Candidate, ex: Extraction) -> Parties:
    """The parties read from the dependency tree, refined by the party rules that are switched on."""
    cues = replace(ex.data.arguments, extra=frozenset(t.i for t in cand.extra), triggers=ex.triggers)
    as_noun = cand.entry.pos == "N" and cand.token.pos_ not in NOUN_POS
    return find_parties(cand.token, cand.entry.type, cand.entry.of_role, cues, as_noun, ex.disabled)


def ing_doers(cand: Candidate, ex: Extraction) -> Parties | None:
    """ "rioting students": the people an -ing word stands before are its doers."""
    return Parties(source=cand.token.head) if doers_modifier(cand.token, ex.data.lexicon) else None


def find_parties(
    trigger: Token,
    event_type: str,
    of_role: str | None,
    cues: ArgumentCues,
    as_noun: bool = False,
    disabled: frozenset[str] = frozenset(),
) -> Parties:
    """Who did it to whom, for a verbal or nominal trigger (``as_noun``: an -ing form used as a noun)."""
    parties = reading(trigger, event_type, of_role, cues, as_noun)
    rules: Iterator[PartyRule] = functions("party_rule", disabled)
    for rule in rules:
        rule(parties, trigger, event_type, cues)
    hosted_meeting(parties, trigger, event_type)
    return parties


def reading(trigger: Token, event_type: str, of_role: str | None, cues: ArgumentCues, as_noun: bool) -> Parties:
    """The parties of the headline, nominal or verbal reading of the trigger."""
    if is_headline_verb(trigger):
        return headline_parties(trigger, event_type, cues.targets)
    if as_noun or trigger.pos_ in NOUN_POS:
        return nominal_parties(trigger, event_type, of_role, cues)
    if event_type in GIVEN_TYPES and lemma(trigger) in cues.receiving:
        return received_parties(trigger, cues)
    return verbal_parties(trigger, event_type, cues.targets)
