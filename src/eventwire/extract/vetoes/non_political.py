"""Non-events: sports, markets, business, accidents and disasters; and the political-actor requirement.

Four steps judge a trigger with its parties (``party_veto.sports``, ``.markets``, ``.disaster``,
``.needs_political_actor``) and one a derived event (``derived_veto.business_news``), all from the ``nonevent``
section of ``cues.yaml``, the political actor nouns and the word class ``partitive``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.extract.context import ExtractData, Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import ACTOR_ENTS, CLAUSAL, PRONOUNS, descendants, lemma, prep_object
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import NoneventCues

SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
# people protest or fight "over", "against", "about" a disaster: there the disaster is the grievance, not the event
GRIEVANCE_PREPS = frozenset({"over", "against", "about"})
PHYSICAL_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
DOCUMENT_BUSINESS_WORDS = 6  # business words in a document that make all of it business news


@dataclass(frozen=True)
class Filters:
    """The non-event words (``nonevent`` in ``cues.yaml``), the political actor nouns and the words naming a share of
    a whole (word class ``partitive``)."""

    words: NoneventCues
    actors: frozenset[str]
    partitive: frozenset[str]

    def is_business(self, span: Span, at_least: int = 2) -> bool:
        """Business news: ``at_least`` business cue words in the span (earnings, shares, acquisitions)."""
        return self._business_words(span) >= at_least

    def in_business_news(self, sentence: Span) -> bool:
        """A sentence of business news: two business words in it, or six in its document (counted once per
        document, not once per trigger, which made long documents quadratic)."""
        if self.is_business(sentence):
            return True
        doc = sentence.doc
        key = "eventwire.business_words"
        if key not in doc.user_data:
            doc.user_data[key] = self._business_words(doc[:])
        return int(doc.user_data[key]) >= DOCUMENT_BUSINESS_WORDS

    def _business_words(self, span: Span) -> int:
        return sum(1 for t in span if lemma(t) in self.words.business or t.lower_ in self.words.business)

    def party_heads(self, cand: Candidate, parties: Parties) -> list[Token]:
        """The heads of the parties, without people of the markets (traders, investors) where they act
        physically or face a statesman: then they are parties of a political event, not a market move."""
        heads = [h for h in (parties.source, parties.target) if h is not None]
        if cand.entry.type in PHYSICAL_TYPES or any(self._statesman(h) for h in heads):
            heads = [h for h in heads if lemma(h) not in self.words.market_people]
        return heads

    def political(self, spans: list[Span], business: bool) -> bool:
        """Whether one of the parties is a political actor (not a company, not people in an economic role such as
        customers or investors, not a pronoun in business news)."""
        for span in spans:
            words = {lemma(t) for t in span} | {t.lower_ for t in span}
            if words & self.words.corporate or lemma(span.root) in self.words.economic_roles:
                continue
            ents = ("GPE", "NORP") if business else ACTOR_ENTS
            if any(t.ent_type_ in ents for t in span) or lemma(span.root) in self.actors:
                return True
            if not business and span.root.lower_ in PRONOUNS:
                return True
        return False

    def sports(self, trigger: Token) -> bool:
        """Sports words near the trigger or in its sentence (aside from its grounds), or a score."""
        aside = _grounds(trigger)
        words = [t for t in trigger.sent if t.i not in aside]
        cues = sum(1 for t in words if lemma(t) in self.words.sports)
        score = any(SCORE.search(t.text) and not t.ent_type_.startswith("DATE") for t in words)
        unambiguous = self.words.sports - self.words.sports_ambiguous
        near = any(lemma(t) in unambiguous and t.i not in aside for t in descendants(trigger, 2))
        return near or cues >= 2 or (score and cues >= 1) or (score and trigger.lemma_ in self.words.score_verbs)

    def _statesman(self, head: Token) -> bool:
        """ "investors sought a meeting with the prime minister": a party in office makes traders or investors
        facing it parties to a political event, not a market move."""
        word = lemma(head)
        return head.ent_type_ in ("PERSON", "GPE") or (word in self.actors and word not in self.words.market)

    def market(self, heads: list[Token]) -> bool:
        """A party headed by a market word (shares, prices, the economy)."""
        return any(self._market_word(h) for h in heads)

    def _market_word(self, head: Token) -> bool:
        """A market word that names no place or people, and no share of a non-market whole ("a quarter of the
        buildings", "90 percent of the homes")."""
        if lemma(head) not in self.words.market or head.ent_type_ in ("GPE", "NORP", "PERSON"):
            return False
        whole = prep_object(head, "of") if lemma(head) in self.partitive else None
        return whole is None or lemma(whole) in self.words.market

    def disaster(self, trigger: Token, heads: list[Token], own: frozenset[int] = frozenset()) -> bool:
        """A party that is weather or nature, or a disaster word in the trigger's phrases; ``own`` are the trigger's
        own extra words ("set on fire"), which name no disaster."""
        # "a wave of attacks", "a storm of protest": a measure of events, not weather
        if any(lemma(h) in self.words.nature and prep_object(h, "of") is None and not self._gunfire(h) for h in heads):
            return True
        around = list(descendants(trigger, 3))
        if trigger.head.i != trigger.i:
            around += list(descendants(trigger.head, 2))
        return any(self._disaster_word(t) and not _grievance(t) for t in around if t.i not in own)

    def _disaster_word(self, token: Token) -> bool:
        """A word naming an accident or illness in the trigger's phrases: an organ only as a modifier ("a heart
        attack", not "the heart of the city"); fire that is gunfire ("sniper fire", "opening fire") is none."""
        if lemma(token) in self.words.disaster_modifiers:
            return token.dep_ == "compound"
        named = lemma(token) in self.words.disaster and token.dep_ in ("pobj", "nsubj", "compound")
        return named and not self._gunfire(token)

    def _gunfire(self, token: Token) -> bool:
        """ "killed by sniper fire", "hit by artillery fire": shooting, not a disaster."""
        return any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in self.words.gunfire for c in token.children)


def filters(data: ExtractData) -> Filters:
    """The filters of the loaded extraction data."""
    return Filters(data.cues.nonevent, data.cues.actors, data.classes.words("partitive"))


def sports_report(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A trigger in a report of sport: sports words near it or in its sentence, or a score."""
    return filters(ex.data).sports(cand.token)


def market_report(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A party headed by a market word ("prices fell", "shares rallied")."""
    found = filters(ex.data)
    return found.market(found.party_heads(cand, parties))


def disaster_report(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """An accident, illness or disaster ("killed in a car crash") or nature as a party ("the storm destroyed")."""
    found = filters(ex.data)
    own = frozenset(t.i for t in cand.extra)
    return found.disaster(cand.token, found.party_heads(cand, parties), own)


def no_political_party(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """No political party for an entry that needs one (constraint ``actor``), or for any trigger in business news."""
    found, token = filters(ex.data), cand.token
    business = found.in_business_news(token.sent)
    if not (cand.entry.needs_actor or business):
        return False
    return not found.political([s for s in parties.spans(token) if s is not None], business)


def business_news(event: RawEvent, ex: Extraction) -> bool:
    """A derived event in business news with no political party, as a lexicon trigger there would need."""
    found = filters(ex.data)
    business = found.in_business_news(event.sentence)
    spans = [s for s in (event.source, event.target) if s is not None]
    return business and not found.political(spans, business)


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
