"""Stage 3: find events in a parsed document (trigger, type, mode, status, parties, attribution)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.extract.derived.charges import ARREST_CAMEO, charges, is_alleged
from eventwire.extract.derived.counterparts import CounterpartCues, with_counterparts
from eventwire.extract.derived.exercises import two_sided
from eventwire.extract.derived.stated import DerivedCues, derived_events, obligations, stated_readiness
from eventwire.extract.parties.attribution import find_attribution
from eventwire.extract.parties.find import find_parties
from eventwire.extract.parties.harmed import harmed_parties, natural_death
from eventwire.extract.parties.record import ArgumentCues, Parties
from eventwire.extract.parties.targets import shared_object
from eventwire.extract.raw import RawEvent
from eventwire.extract.status import StatusCues, event_status
from eventwire.extract.tree import child, lemma
from eventwire.extract.triggers.candidates import Candidate, doers_modifier, find_candidates
from eventwire.extract.triggers.span import trigger_span
from eventwire.extract.vetoes.admitted_facts import FactCues, accepts_fact
from eventwire.extract.vetoes.background import BackgroundCues, in_background
from eventwire.extract.vetoes.empty_requests import AskCues, asks_nobody, orders_an_act
from eventwire.extract.vetoes.generic_statements import generic_statement
from eventwire.extract.vetoes.mere_warnings import AlertCues, mere_alert
from eventwire.extract.vetoes.non_political import Filters
from eventwire.extract.vetoes.postures import standing_participle
from eventwire.extract.vetoes.private_travel import TravelCues, private_travel
from eventwire.extract.vetoes.void_claims import void_claim
from eventwire.lexicons.triggers import Lexicon, load_classes, load_cues, load_lexicon

__all__ = ["RawEvent", "extract_events"]

# a noun that is the content of one of these events is not an event of its own ("called for talks")
CONTENT_OF = frozenset({"REQUEST", "REJECT", "THREATEN", "CONCEDE", "RETREAT", "SANCTION"})
# what a command verb (word class `command`) orders is done by the commander's side: "ordered patrols",
# "ordered the arrest of X", "ordered air strikes" are the patrols, arrest and strikes
ORDERED_TYPES = frozenset({"MOBILIZE", "COERCE", "ASSAULT"})
# a nominal mention in a time phrase is background ("before the invasion", "during the negotiations")
# subjects that point back to an event already reported: "This is the first visit", "It was the second attack"
RESTATING_SUBJECTS = frozenset({"this", "that", "it"})
# a military exercise two sides hold is military cooperation (CAMEO 062), not a show of force
JOINT_EXERCISE = "062"
# prepositions that name whom an -ing clause of violence is aimed at ("firing at the crowd")
PARTY_PREPS = frozenset({"at", "on", "upon", "into"})
BACKGROUND_PREPS = frozenset({"before", "after", "since", "during", "following", "amid", "despite", "of", "until"})


@dataclass(frozen=True)
class Extractor:
    lexicon: Lexicon
    status: StatusCues
    filters: Filters
    arguments: ArgumentCues
    derived: DerivedCues
    assault_modes: tuple[tuple[str, frozenset[str]], ...]
    occurrence: frozenset[str]
    counterparts: CounterpartCues
    background: BackgroundCues
    charge_nouns: frozenset[str]
    alerts: AlertCues
    travel: TravelCues
    facts: FactCues
    asks: AskCues
    standing: frozenset[str]


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    cues = load_cues()
    modes = tuple((mode, frozenset(words)) for mode, words in cues["assault_modes"].items())
    classes = load_classes()
    people = (
        classes.get("human", frozenset()) | classes.get("victim", frozenset()) | classes.get("headcount", frozenset())
    )
    arguments = ArgumentCues(
        frozenset(cues["actors"]),
        frozenset(cues["light_verbs"]),
        titles=frozenset(cues.get("titles", [])),
        people=people,
        restrictions=classes.get("restriction", frozenset()),
        forces=classes.get("troop", frozenset()),
        sites=classes.get("property", frozenset()) | classes.get("place", frozenset()),
        reciprocal=classes.get("reciprocal", frozenset()),
        devices=classes.get("device", frozenset()),
        mediation=classes.get("mediation", frozenset()),
        arrivals=classes.get("arrival", frozenset()),
        participation=classes.get("participation", frozenset()),
        headcounts=classes.get("headcount", frozenset()),
        freeing=classes.get("freeing", frozenset()),
    )
    status = StatusCues.from_data(cues)
    derived = DerivedCues.from_data(cues, status.speech)
    occurrence = frozenset(cues.get("occurrence_verbs", []))
    counterparts = CounterpartCues.from_classes(classes)
    return Extractor(
        load_lexicon(),
        status,
        Filters.from_data(cues, classes.get("partitive", frozenset())),
        arguments,
        derived,
        modes,
        occurrence,
        counterparts,
        BackgroundCues.from_data(cues),
        frozenset(cues.get("charge_nouns", [])),
        AlertCues.from_data(cues),
        TravelCues.from_data(cues),
        FactCues.from_data(cues),
        AskCues.from_data(cues),
        frozenset(cues.get("standing_participles", [])),
    )


def extract_events(doc: Doc) -> list[RawEvent]:
    """All events in ``doc``, in text order."""
    ex = _extractor()
    candidates = find_candidates(doc, ex.lexicon)
    by_token = {c.token.i: c for c in candidates}
    arrests = frozenset(c.token.i for c in candidates if c.entry.cameo == ARREST_CAMEO)
    carried = frozenset(c.token.i for c in candidates if c.entry.type in ORDERED_TYPES)
    commands = ex.lexicon.classes.get("command", frozenset())
    events = []
    for cand in candidates:
        if (
            _is_content(cand, by_token, ex.lexicon)
            or _restated(cand.token)
            or in_background(cand.token, cand.entry.type, ex.background)
            or is_alleged(cand.token, cand.entry.type, arrests, ex.charge_nouns)
            or (cand.entry.type == "REQUEST" and orders_an_act(cand.token, carried, commands))
            or standing_participle(cand.token, ex.standing)
            or generic_statement(cand.token)
        ):
            continue
        events += _events(cand, frozenset(by_token), ex)
    extra = derived_events(events, ex.derived) + charges(events)
    for sent in doc.sents:
        extra += obligations(sent, ex.derived)
        extra += stated_readiness(sent, ex.derived, set(by_token))
    events += [e for e in extra if _political_enough(e, ex)]
    events.sort(key=lambda e: (e.trigger.start, e.type))
    return _deduplicate(with_counterparts(events, ex.counterparts), by_token)


def _events(cand: Candidate, triggers: frozenset[int], ex: Extractor) -> list[RawEvent]:
    """The event of a trigger; one more for each further partner ("talks first with A, then with B")."""
    if _bare_participle(cand, triggers) or void_claim(cand.token, list(cand.extra)):
        return []
    cues = replace(ex.arguments, extra=frozenset(t.i for t in cand.extra), triggers=triggers)
    as_noun = cand.entry.pos == "N" and cand.token.pos_ not in ("NOUN", "PROPN")
    if cand.entry.harmed is not None:
        parties = harmed_parties(cand.token, cand.entry.harmed)
    elif doers_modifier(cand.token, ex.lexicon):
        parties = Parties(source=cand.token.head)  # "rioting students": the students riot
    else:
        parties = find_parties(cand.token, cand.entry.type, cand.entry.of_role, cues, as_noun)
    found = []
    for target in [parties.target, *parties.more_targets]:
        event = _event(cand, replace(parties, target=target, more_targets=[]), triggers, ex)
        if event is not None:
            found.append(event)
    return found


def _bare_participle(cand: Candidate, triggers: frozenset[int]) -> bool:
    """An -ing clause of violence on another violent event ("shelled the town, killing 12") is an event of its own
    only with victims of its own: its object, a coordinated verb's, or a party after "at"/"on"; "opened fire,
    killing" with nobody named restates the main event."""
    token, governor = cand.token, cand.token.head
    if cand.entry.type != "ASSAULT" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj"):
        return False
    if governor.i == token.i or governor.i not in triggers:
        return False
    if child(token, "dobj", "dative") is not None or shared_object(token) is not None:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in token.children)


def _event(cand: Candidate, parties: Parties, triggers: frozenset[int], ex: Extractor) -> RawEvent | None:
    token, entry = cand.token, cand.entry
    heads = [h for h in (parties.source, parties.target) if h is not None]
    if ex.filters.non_event(token, heads, entry.type, frozenset(t.i for t in cand.extra)):
        return None
    if entry.type == "THREATEN" and mere_alert(token, ex.alerts):
        return None
    if private_travel(token, entry.cameo, parties.source, ex.travel):
        return None
    if entry.type in ("AGREE", "CONCEDE") and accepts_fact(token, ex.facts):
        return None
    if entry.type == "REQUEST" and asks_nobody(token, ex.asks):
        return None
    if entry.harmed is not None and natural_death(token, ex.filters.disaster, ex.filters.gunfire):
        return None
    source, target = parties.spans(token)
    spans = [s for s in (source, target) if s is not None]
    business = ex.filters.is_business(token.sent) or ex.filters.is_business(token.doc[:], 6)
    if (entry.needs_actor or business) and not ex.filters.political(spans, business):
        return None
    trigger = trigger_span(token, list(cand.extra), ex.arguments.light_verbs, ex.occurrence)
    type_, mode, cameo = entry.type, entry.mode or _assault_mode(cand, ex), entry.cameo
    if _joint_exercise(cand, parties, ex):
        type_, mode, cameo = "COOPERATE", None, JOINT_EXERCISE
    return RawEvent(
        type=type_,
        trigger=trigger,
        sentence=token.sent,
        mode=mode,
        cameo=cameo,
        status=event_status(token, set(triggers), ex.status),
        source=source,
        target=target,
        attribution=find_attribution(token, ex.status.speech),
        symmetric=parties.symmetric,
        confidence=_confidence(cand, parties, _reported(token, ex.occurrence)),
    )


def _joint_exercise(cand: Candidate, parties: Parties, ex: Extractor) -> bool:
    """A military exercise (word class `exercise`) coded as one side's show of force that two sides hold."""
    if cand.entry.type != "MOBILIZE" or not ex.lexicon.in_class(lemma(cand.token), "exercise"):
        return False
    return two_sided(cand.token, parties, ex.lexicon.classes.get("side", frozenset()))


def _political_enough(event: RawEvent, ex: Extractor) -> bool:
    """In business news a derived event needs a political party, as a lexicon trigger does."""
    business = ex.filters.is_business(event.sentence) or ex.filters.is_business(event.sentence.doc[:], 6)
    spans = [s for s in (event.source, event.target) if s is not None]
    return not business or ex.filters.political(spans, business)


def _assault_mode(cand: Candidate, ex: Extractor) -> str | None:
    if cand.entry.type != "ASSAULT":
        return None
    nearby = {lemma(t) for t in cand.token.subtree} | {lemma(t) for t in cand.token.head.subtree}
    return next((mode for mode, words in ex.assault_modes if nearby & words), None)


def _reported(token: Token, occurrence: frozenset[str]) -> bool:
    """A nominal event that is what its sentence reports: it heads the sentence, or is the subject of an
    occurrence verb ("violence erupted", "clashes were reported")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "ROOT":
        return True
    if _cause_of_death(token):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and lemma(token.head) in occurrence


def _cause_of_death(noun: Token) -> bool:
    """ "died of torture", "died as a result of the beating": the noun is what a reported death came from."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if lemma(node) == "die":
            return True
    return False


def _confidence(cand: Candidate, parties: Parties, reported: bool = False) -> float:
    """Lexicon reliability, raised by found parties, verbal triggers and nouns that are what the sentence
    reports, lowered for bare background nouns."""
    score = cand.entry.reliability + (0.1 if reported else 0.0)
    score += 0.1 if parties.source is not None else 0.0
    score += 0.05 if parties.target is not None else 0.0
    score += 0.05 if cand.extra else 0.0
    token = cand.token
    if token.pos_ in ("NOUN", "PROPN"):
        if parties.source is None and parties.target is None and not reported:
            score -= 0.1
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            score -= 0.15
    else:
        score += 0.05
    return round(min(max(score, 0.05), 0.99), 2)


def _is_content(cand: Candidate, by_token: dict[int, Candidate], lexicon: Lexicon) -> bool:
    """A nominal trigger that is what another event asks for, refuses or threatens (but not a step of
    force that a command verb orders: that is carried out)."""
    token = cand.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = token
    for _ in range(4):
        dep = node.dep_
        if dep not in ("pobj", "prep", "conj", "dobj", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
        governor = by_token.get(node.i)
        # a coordinated event noun shares its conjunct's governor ("lifted the state of emergency and the curfew")
        if governor is not None and not (dep == "conj" and node.pos_ in ("NOUN", "PROPN")):
            ordered = lexicon.in_class(lemma(node), "command") and cand.entry.type in ORDERED_TYPES
            return governor.entry.type in CONTENT_OF and not ordered
    return False


def _restated(token: Token) -> bool:
    """ "This is X's first visit to Y", "it was the second attack this month": a noun that characterises an event
    already reported, as the predicate of a copula with a pointing subject, is not a new event."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = token
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
        node = node.head  # "the first visit and the first trip"
    if node.dep_ not in ("attr", "conj") or lemma(node.head) != "be":
        return False  # a conjunct of the copula itself: "This is X's first visit ... and his first trip abroad"
    subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in RESTATING_SUBJECTS


def _deduplicate(events: list[RawEvent], by_token: dict[int, Candidate]) -> list[RawEvent]:
    """Drop backup triggers ("protesters") beside a main one, and repeated bare nominal mentions."""
    kept: list[RawEvent] = []
    seen: set[tuple[str, ...]] = set()
    for event in events:
        cand = _candidate(event, by_token)
        if cand is not None and cand.entry.backup and _has_main(event, events, by_token):
            continue
        head = cand.token if cand is not None else event.trigger.root
        key = (event.type, lemma(head), _text(event.source), _text(event.target), event.status)
        bare = event.source is None and event.target is None and head.pos_ == "NOUN"
        if (bare and key[:2] in seen) or (not bare and key in seen):
            continue
        seen.update({key, key[:2]})
        kept.append(event)
    return kept


def _has_main(event: RawEvent, events: list[RawEvent], by_token: dict[int, Candidate]) -> bool:
    for other in events:
        cand = _candidate(other, by_token)
        same = other is not event and other.type == event.type and other.sentence == event.sentence
        if same and cand is not None and not cand.entry.backup:
            return True
    return False


def _candidate(event: RawEvent, by_token: dict[int, Candidate]) -> Candidate | None:
    """The lexicon match behind an event (its trigger span may also hold a light verb)."""
    return next((by_token[t.i] for t in event.trigger if t.i in by_token), None)


def _text(span: Span | None) -> str:
    return span.text.lower() if span is not None else ""
