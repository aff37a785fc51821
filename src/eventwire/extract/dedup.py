"""Events said twice: a backup trigger beside a main one, and repeated bare mentions of one event."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import lemma, to_infinitive
from eventwire.settings import SETTINGS

VISIT = "042"
# acts of force a stated threat stands for ("vowed to expel them"): one event, the THREATEN
THREATENED = frozenset({"ASSAULT", "COERCE"})
# the longest evidence (tokens) of one act told by two casualty verbs ("killing and wounding", "killed or wounded")
MAX_TOLL_SPAN = 3


def backup_triggers(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """A backup trigger ("protesters") beside a main trigger of its type in its sentence is dropped."""
    return [e for e in events if not _backup_beside_main(e, events, ex)]


def repeated_mentions(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """Repeats are dropped: the same type, head, parties and status, or a bare mention of a type and head kept."""
    kept: list[RawEvent] = []
    seen: set[tuple[str, ...]] = set()
    for event in events:
        cand = ex.candidate(event)
        head = cand.token if cand is not None else event.trigger.root
        key = (event.type, lemma(head), _text(event.source), _text(event.target), event.status)
        bare = event.source is None and event.target is None and head.pos_ == "NOUN"
        if (bare and key[:2] in seen) or (not bare and key in seen):
            continue
        seen.update({key, key[:2]})
        kept.append(event)
    return kept


def _backup_beside_main(event: RawEvent, events: list[RawEvent], ex: Extraction) -> bool:
    cand = ex.candidate(event)
    if cand is None or not cand.entry.backup:
        return False
    for other in events:
        found = ex.candidate(other)
        same = other is not event and other.type == event.type and other.sentence == event.sentence
        if same and found is not None and not found.entry.backup:
            return True
    return False


def _text(span: Span | None) -> str:
    return span.text.lower() if span is not None else ""


def one_per_act(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """One event per act: a threatened act of force and its THREATEN, a refused act and its REJECT, a promise of force
    and its THREATEN, a journey and the meeting at its end are one event each."""
    dropped = {id(e) for e in events for other in events if other is not e and _gives_way(e, other, ex)}
    return [e for e in events if id(e) not in dropped]


def _gives_way(event: RawEvent, other: RawEvent, ex: Extraction) -> bool:
    """Whether ``event`` gives way to ``other``: an act of force a stated threat stands for to that THREATEN ("vowed to
    expel them"), the THREATEN told of an attempt to the attempted act ("tried to hack into"), a refused act to the
    REJECT ("refused to surrender"), a journey to the meeting it was not made for ("travelled to Cairo, where he
    met ...")."""
    cand = ex.candidate(event)
    if cand is None or event.sentence != other.sentence:
        return False
    if _journey(event, cand.entry.cameo, ex) and other.type == "CONSULT" and _cameo(other, ex) != VISIT:
        return not _purpose_of(other.trigger.root, event.trigger.root)
    if event.status == "negated" and other.type == "REJECT" and _refused_in(event, other, ex):
        return True
    if event.type == "AGREE" and other.type == "THREATEN" and _promised_force(cand.token, other.trigger.root):
        return True  # "vowed they will expel every last Iranian boot": a threat, not a promise to cooperate
    if other.type == "THREATEN" and event.status != "asserted" and _threat_content(event, other, ex):
        return True  # "warned it would kill them if X did not ...": the threat is the event, its act and terms are not
    found = ex.candidate(other)
    if found is None or found.token.i != cand.token.i:
        return False
    own = cand.entry.type == event.type
    derived = found.entry.type != other.type
    if own and derived and other.type == "REJECT":
        return event.status == "negated"
    if own and derived and other.type == "THREATEN":
        return event.type in THREATENED and not _attempted(cand.token, ex)
    if not own and event.type == "THREATEN" and other.type == found.entry.type:
        return _attempted(found.token, ex)  # "tried to hack into": the attempt is the act
    return False


def _promised_force(promise: Token, threat: Token) -> bool:
    """Whether the threatened act is the clause a promise verb governs ("vowed to crush", "pledged they will expel")."""
    node = threat
    for _ in range(2):
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.i == promise.i:
            return True
    return False


def _threat_content(event: RawEvent, threat: RawEvent, ex: Extraction) -> bool:
    """Whether ``event`` is what a threat word's clause says will be done ("warned that they would execute them",
    "threatened to attack") by the threatener itself, or the terms set on it ("... if the state did not release
    them", "... unless the army withdrew")."""
    token, word = event.trigger.root, threat.trigger.root
    if ex.candidate(threat) is None or word.i == token.i:
        return False
    if event.type in THREATENED and _promised_force(word, token):
        return _same_doer(event, threat)
    return _terms(event, ex) and (token.head.i == word.i or _promised_force(word, token.head))


def _terms(event: RawEvent, ex: Extraction) -> bool:
    """A condition that says what the threatener demands: an act not done ("if the state did not release them") or
    one it is "unless" done; "if the US attacked Syria" is what it warns against, an event of its own."""
    token = event.trigger.root
    marks = [lemma(c) for c in token.children if c.dep_ == "mark" and lemma(c) in ex.data.cues.status.conditional]
    return token.dep_ == "advcl" and bool(marks) and (event.status == "negated" or "unless" in marks)


def _same_doer(event: RawEvent, threat: RawEvent) -> bool:
    """The threatened act's doer is the threatener: none named, a pronoun, or the same words."""
    doer = event.source
    return doer is None or doer.root.pos_ == "PRON" or _text(doer) == _text(threat.source)


def _attempted(trigger: Token, ex: Extraction) -> bool:
    """An act governed by a word of attempt ("tried to hack", "attempted to assassinate")."""
    head = trigger.head
    return trigger.dep_ == "xcomp" and lemma(head) in ex.data.cues.carriers.attempts


def _purpose_of(meeting: Token, journey: Token) -> bool:
    """ "travelled to Cairo to hold talks": the talks are what the visit is for, the visit is the event."""
    return meeting.head.i == journey.i and to_infinitive(meeting)


def _refused_in(event: RawEvent, rejection: RawEvent, ex: Extraction) -> bool:
    """ "refused to surrender": the act is the content of a refusal word the REJECT stands on ("denied they had
    detained him" denies a claim: the act stays, negated)."""
    head = event.trigger.root.head
    return head.i in {t.i for t in rejection.trigger} and lemma(head) in ex.data.cues.intent.refusal


def _journey(event: RawEvent, cameo: str | None, ex: Extraction) -> bool:
    """A travel word coded as a visit (``travel.journeys``), which gives way to the meeting it is made for."""
    return event.type == "CONSULT" and cameo == VISIT and lemma(event.trigger.root) in ex.data.cues.travel.journeys


def _cameo(event: RawEvent, ex: Extraction) -> str | None:
    cand = ex.candidate(event)
    return cand.entry.cameo if cand is not None else None


def casualty_tolls(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """One event per attack: casualties told with no doer right after an attack are its toll, not a second event.

    Harm told only by its casualties ("five others were wounded", "three died"), with no doer and no time of its
    own, in the sentence after an attack named by a word of attack rather than of harm ("Gunmen stormed a hotel. Five
    people were killed.") is dropped. Casualties after casualties ("Snipers killed the gunmen. No passengers were
    killed.") stay: they are other victims. The attack, when told with no target, takes the casualties as its
    target. (Tolls in the attack's own sentence are kept: the sentence-level gold sets count them as the event.)"""
    index = {sent.start: i for i, sent in enumerate(ex.doc.sents)}
    attacks = [e for e in events if e.type == "ASSAULT"]
    named: dict[int, list[RawEvent]] = {}
    for attack in (e for e in attacks if not _harm_word(e, ex) and _kept(e)):
        named.setdefault(index.get(attack.sentence.start, -9), []).append(attack)
    dropped: set[int] = set()
    for toll in (e for e in attacks if _toll(e, ex)):
        told = named.get(index.get(toll.sentence.start, 0) - 1)
        if told:
            dropped.add(id(toll))
            _give_casualties(toll, told)
    return [e for e in events if id(e) not in dropped]


def _give_casualties(toll: RawEvent, attacks: list[RawEvent]) -> None:
    """The first attack told with no target takes the toll's casualties as its target."""
    bare = next((a for a in attacks if a.target is None), None)
    if bare is not None:
        bare.target = toll.target


def _kept(event: RawEvent) -> bool:
    """Whether the rules score the event high enough to be coded (``min_rule_score``): an event that will be dropped
    takes no other's place."""
    return event.confidence >= float(SETTINGS["min_rule_score"].default)


def _toll(event: RawEvent, ex: Extraction) -> bool:
    """An attack known only by its casualties: a casualty verb (or an entry of harm known by its victims) with no
    doer, no time of its own ("in 2009, 25 people were killed" is an attack of its own) and not told as more
    victims ("four guards were also killed")."""
    root = event.trigger.root
    deps = {c.dep_ for c in root.children}
    added = any(c.dep_ == "advmod" and c.lower_ in ex.data.cues.casualty_additions for c in root.children)
    # "the biggest attack killed 25 people", "a blast that killed 25", "killed by a strike": an attack by its own name
    active = {"nsubj", "dobj"} <= deps or root.dep_ in ("acl", "relcl") or "agent" in deps  # "killed by a strike"
    return event.source is None and not (added or active or _own_time(root)) and _harm_word(event, ex)


def _harm_word(event: RawEvent, ex: Extraction) -> bool:
    """A casualty verb, or an entry of harm known by its victims ("sustained wounds")."""
    cand = ex.candidate(event)
    head = cand.token if cand is not None else event.trigger.root
    return lemma(head) in ex.data.cues.casualty_verbs or (cand is not None and cand.entry.harmed is not None)


def _own_time(trigger: Token) -> bool:
    """Whether a date or time phrase hangs in the trigger's clause ("On Friday two teachers were killed")."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)


def attacks_told_by_their_toll(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """One event per attack: an attack noun that only says how casualties came about ("five were wounded in the
    attack", "killed in an ambush by the rebels") is the event of its casualty verb, which takes the noun's doer."""
    tolls = {e.trigger.root.i: e for e in events if e.type == "ASSAULT" and _harm_word(e, ex) and _kept(e)}
    dropped: set[int] = set()
    for event in events:
        toll = _toll_of(event, tolls, ex)
        if toll is None:
            continue
        if toll.source is None:
            toll.source = event.source
        dropped.add(id(event))
    return [e for e in events if id(e) not in dropped]


def _toll_of(event: RawEvent, tolls: dict[int, RawEvent], ex: Extraction) -> RawEvent | None:
    """The casualty event whose verb takes ``event``'s attack noun as the object of "in", "during" or "by" ("were
    killed in the attack"), when the noun names no target of its own."""
    cand = ex.candidate(event)
    noun = cand.token if cand is not None else event.trigger.root
    if event.type != "ASSAULT" or event.target is not None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in ex.data.cues.casualty_means:
        return None
    toll = tolls.get(prep.head.i)
    return toll if toll is not None and toll is not event and toll.source is None else None


def joint_casualties(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """One event per attack: two casualty verbs joined side by side with the subject and object they share ("airstrikes
    killing and wounding hundreds", "killed or wounded 4,315 fighters") tell one act, whose evidence is both verbs.
    Verbs parted by their own objects ("killed 25 people and injured 60 others") stay two events: the sentence-level
    gold sets name either verb as the event."""
    harms = {e.trigger.root.i: e for e in events if e.type == "ASSAULT" and _casualty_verb(e, ex) and _kept(e)}
    dropped: set[int] = set()
    for event in harms.values():
        first = _joined_to(event, harms)
        if first is not None and event.trigger.end - first.trigger.start <= MAX_TOLL_SPAN:
            first.trigger = first.trigger.doc[first.trigger.start : event.trigger.end]  # "killing and wounding"
            first.target = event.target or first.target  # the object they share hangs on the last verb
            dropped.add(id(event))
    return [e for e in events if id(e) not in dropped]


def _casualty_verb(event: RawEvent, ex: Extraction) -> bool:
    root = event.trigger.root
    return root.pos_ == "VERB" and lemma(root) in ex.data.cues.casualty_verbs


def _joined_to(event: RawEvent, harms: dict[int, RawEvent]) -> RawEvent | None:
    """The casualty event of the same status a coordinated casualty verb with no subject of its own hangs on."""
    root = event.trigger.root
    first = harms.get(root.head.i)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    if root.dep_ != "conj" or first is None or first is event or own_subject or first.status != event.status:
        return None
    return first
