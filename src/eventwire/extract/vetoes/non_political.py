"""Non-events: sports, markets, business, accidents and disasters; and the political-actor requirement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from eventwire.extract.tree import ACTOR_ENTS, CLAUSAL, PRONOUNS, descendants, lemma, prep_object

SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
# people protest or fight "over", "against", "about" a disaster: there the disaster is the grievance, not the event
GRIEVANCE_PREPS = frozenset({"over", "against", "about"})
PHYSICAL_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
CORPORATE = frozenset({"inc", "corp", "co", "ltd", "plc", "company", "bank", "llc", "ag", "sa", "group"})


@dataclass(frozen=True)
class Filters:
    sports: frozenset[str]
    market: frozenset[str]
    business: frozenset[str]
    disaster: frozenset[str]
    nature: frozenset[str]
    actors: frozenset[str]
    market_people: frozenset[str] = frozenset()
    sports_ambiguous: frozenset[str] = frozenset()
    gunfire: frozenset[str] = frozenset()
    economic_roles: frozenset[str] = frozenset()
    disaster_modifiers: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, cues: dict[str, Any], shares: frozenset[str] = frozenset()) -> Filters:
        """The filters of ``cues.yaml``'s ``nonevent`` section; ``shares`` are the words naming a share of a whole."""
        ne = cues["nonevent"]
        sports, market, business, disaster, nature = (
            frozenset(ne[k]) for k in ("sports", "market", "business", "disaster", "nature")
        )
        people, ambiguous = (frozenset(ne.get(k, [])) for k in ("market_people", "sports_ambiguous"))
        gunfire, roles = (frozenset(ne.get(k, [])) for k in ("gunfire", "economic_roles"))
        organs = frozenset(ne.get("disaster_modifiers", []))
        actors = frozenset(cues["actors"])
        return cls(
            sports, market, business, disaster, nature, actors, people, ambiguous, gunfire, roles, organs, shares
        )

    def is_business(self, span: Span, at_least: int = 2) -> bool:
        """Business news: ``at_least`` business cue words in the span (earnings, shares, acquisitions)."""
        return sum(1 for t in span if lemma(t) in self.business or t.lower_ in self.business) >= at_least

    def non_event(
        self, trigger: Token, heads: list[Token], event_type: str = "", own: frozenset[int] = frozenset()
    ) -> bool:
        """Whether the trigger describes sport, markets or a disaster rather than a political event; ``own`` are
        the trigger's own extra words ("set on fire"), which name no disaster."""
        if event_type in PHYSICAL_TYPES or any(self._statesman(h) for h in heads):
            heads = [h for h in heads if lemma(h) not in self.market_people]
        return self._sports(trigger) or self._market(heads) or self._disaster(trigger, heads, own)

    def political(self, spans: list[Span], business: bool) -> bool:
        """Whether one of the parties is a political actor (not a company, not people in an economic role such as
        customers or investors, not a pronoun in business news)."""
        for span in spans:
            words = {lemma(t) for t in span} | {t.lower_ for t in span}
            if words & CORPORATE or lemma(span.root) in self.economic_roles:
                continue
            ents = ("GPE", "NORP") if business else ACTOR_ENTS
            if any(t.ent_type_ in ents for t in span) or lemma(span.root) in self.actors:
                return True
            if not business and span.root.lower_ in PRONOUNS:
                return True
        return False

    def _sports(self, trigger: Token) -> bool:
        aside = _grounds(trigger)
        words = [t for t in trigger.sent if t.i not in aside]
        cues = sum(1 for t in words if lemma(t) in self.sports)
        score = any(SCORE.search(t.text) and not t.ent_type_.startswith("DATE") for t in words)
        unambiguous = self.sports - self.sports_ambiguous
        near = any(lemma(t) in unambiguous and t.i not in aside for t in descendants(trigger, 2))
        return near or cues >= 2 or (score and cues >= 1) or (score and trigger.lemma_ in ("beat", "defeat"))

    def _statesman(self, head: Token) -> bool:
        """ "investors sought a meeting with the prime minister": a party in office makes traders or investors
        facing it parties to a political event, not a market move."""
        return head.ent_type_ in ("PERSON", "GPE") or (lemma(head) in self.actors and lemma(head) not in self.market)

    def _market(self, heads: list[Token]) -> bool:
        return any(self._market_word(h) for h in heads)

    def _market_word(self, head: Token) -> bool:
        """A market word that names no place or people, and no share of a non-market whole ("a quarter of the
        buildings", "90 percent of the homes")."""
        if lemma(head) not in self.market or head.ent_type_ in ("GPE", "NORP", "PERSON"):
            return False
        whole = prep_object(head, "of") if lemma(head) in self.partitive else None
        return whole is None or lemma(whole) in self.market

    def _disaster(self, trigger: Token, heads: list[Token], own: frozenset[int] = frozenset()) -> bool:
        # "a wave of attacks", "a storm of protest": a measure of events, not weather
        if any(lemma(h) in self.nature and prep_object(h, "of") is None and not self._gunfire(h) for h in heads):
            return True
        around = list(descendants(trigger, 3))
        if trigger.head.i != trigger.i:
            around += list(descendants(trigger.head, 2))
        return any(self._disaster_word(t) and not _grievance(t) for t in around if t.i not in own)

    def _disaster_word(self, token: Token) -> bool:
        """A word naming an accident or illness in the trigger's phrases: an organ only as a modifier ("a heart
        attack", not "the heart of the city"); fire that is gunfire ("sniper fire", "opening fire") is none."""
        if lemma(token) in self.disaster_modifiers:
            return token.dep_ == "compound"
        return (
            lemma(token) in self.disaster and token.dep_ in ("pobj", "nsubj", "compound") and not self._gunfire(token)
        )

    def _gunfire(self, token: Token) -> bool:
        """ "killed by sniper fire", "hit by artillery fire": shooting, not a disaster."""
        return any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in self.gunfire for c in token.children)


def _grounds(trigger: Token) -> set[int]:
    """What the trigger is about rather than what happened: its clauses ("protested ... to excoriate the
    government over stadium spending") and grievance phrases ("protested against the World Cup"), whose sports
    words say nothing about the event itself."""
    aside: set[int] = set()
    stack = list(trigger.children)
    while stack:
        node = stack.pop()
        if node.dep_ in CLAUSAL - {"conj"} or (node.dep_ == "prep" and node.lower_ in GRIEVANCE_PREPS):
            aside.update(t.i for t in node.subtree)
        else:
            stack.extend(node.children)
    return aside


def _grievance(token: Token) -> bool:
    """ "protested over road accidents": the object of a grievance preposition, or a noun modifying it."""
    node = token.head if token.dep_ == "compound" else token
    return node.dep_ == "pobj" and node.head.lower_ in GRIEVANCE_PREPS
