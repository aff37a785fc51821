"""Charges an arrest states: "was arrested for spying" is also an accusation (ACCUSE `allege`, CAMEO 112) by
whoever made the arrest against the one arrested, as being held "on charges of" a crime is (PLOVER's ACCUSE
covers charging, judicially or informally). What the arrested is charged with ("for collaborating with the enemy",
"on suspicion of attacking a station") is alleged, not reported as done: the schema has no status for an allegation
(``hypothetical`` is for what is considered, planned-for or conditional), and PLOVER codes it as the ACCUSE, so the
charged act is no event of its own. Violence is the exception: "arrested for murdering a man" reports a man
killed; only who did it is alleged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract.context import ARREST_CAMEO, Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import child, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import load_cues

ALLEGE_CAMEO = "112"
REPORTED_HARM = frozenset({"ASSAULT"})  # a charged killing or beating still reports its victims' harm


def alleged_act(cand: Candidate, ex: Extraction) -> bool:
    """A trigger naming what an arrest charges ("arrested for spying", "on charges of X"): alleged, not reported."""
    return is_alleged(cand.token, cand.entry.type, ex.arrests, ex.data.cues.charges.nouns)


def is_alleged(token: Token, event_type: str, arrests: frozenset[int], charge_nouns: frozenset[str]) -> bool:
    """A trigger (not of violence, whose harm is reported) naming what an arrest charges: the "for X-ing" of an
    arrest verb (token indices in ``arrests``), or the of-object of a charge noun on an arrest verb ("arrested on
    charges/suspicion of X")."""
    if token.dep_ == "dobj" and token.head.tag_ == "VBG" and token.head.dep_ == "pcomp":
        token = token.head  # "on charges of organizing an illegal protest": the protest organized
    prep = token.head
    if event_type in REPORTED_HARM or token.dep_ not in ("pcomp", "pobj") or prep.i == token.i:
        return False
    if prep.lower_ == "for":
        return prep.head.i in arrests and charged_act(prep.head) == token
    if prep.lower_ != "of" or lemma(prep.head) not in charge_nouns:
        return False
    outer = prep.head.head  # "on" / "under"
    return outer.dep_ == "prep" and outer.head.i in arrests


def charged_act(verb: Token) -> Token | None:
    """The gerund of a "for X-ing" phrase on an arrest verb: what the arrested is said to have done."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    act = child(prep, "pcomp") if prep is not None else None
    reasons = load_cues().charges.holding_reasons  # "held for questioning": the reason for holding, not a charge
    if act is None or act.tag_ != "VBG" or lemma(act) in reasons or act.lower_ in reasons:
        return None
    return act


def charge_accusations(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """An ACCUSE for each asserted arrest that names what the arrested did."""
    return charges(events)


def charges(events: list[RawEvent]) -> list[RawEvent]:
    """One ACCUSE for each asserted arrest whose verb names what the arrested did ("arrested for collaborating
    with the enemy"), with the arrest's parties; its evidence is the verb (with the "for" when next to it)."""
    out = []
    for event in events:
        if event.type != "COERCE" or event.cameo != ARREST_CAMEO or event.target is None:
            continue
        verb = event.trigger.root
        act = charged_act(verb) if verb.pos_ == "VERB" else None
        if act is None or event.status != "asserted":
            continue
        end = act.head.i + 1 if act.head.i - verb.i <= 2 else verb.i + 1  # "arrested for", else the verb alone
        trigger = verb.doc[verb.i : end]
        out.append(
            replace(
                event,
                type="ACCUSE",
                mode="allege",
                cameo=ALLEGE_CAMEO,
                trigger=trigger,
                confidence=round(event.confidence - 0.05, 2),
            )
        )
    return out
