"""Travel that is no visit: a private person going somewhere ("travelled to Syria to join the group"), or the
writer going or meeting someone ("I travelled to the border town", "we met the commander"), told outside quotation
marks: a reporter's or columnist's work, not a party's.

A visit (CAMEO 042) is a party's representative going to another party; travelling, coming or arriving is one only
when the traveller can stand for a party (not a pronoun, whose office the sentence does not give, nor a bare name)
and the journey is not for a private purpose (joining a group, fighting,
living, working, fleeing), unless its purpose is a meeting ("flew to Cairo to hold talks").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import CLAUSAL, lemma, to_infinitive
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import TravelCues
from eventwire.nlp.quotes import quoted

VISIT_CAMEO = "042"
# how an office is hung on a name ("Jane Doe, the envoy", "envoy Jane Doe", "the country's envoy Jane Doe")
TITLE_DEPS = frozenset({"appos", "compound", "amod", "nmod"})


def private_journey(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A travel trigger coded as a visit whose traveller stands for no party or travels for a private aim."""
    return private_travel(cand.token, cand.entry.cameo, parties.source, ex.data.cues.travel)


def writers_meeting(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A meeting or visit whose doer is the writer ("I", "we" outside quotation marks)."""
    return cand.entry.type == "CONSULT" and by_writer(parties.source, ex.data.cues.travel)


def by_writer(doer: Token | None, cues: TravelCues) -> bool:
    """Whether the doer is a first-person pronoun of the writer: outside any quotation."""
    return doer is not None and doer.lower_ in cues.writer and doer.pos_ == "PRON" and not quoted(doer)


def private_travel(trigger: Token, cameo: str | None, traveller: Token | None, cues: TravelCues) -> bool:
    """Whether a travel trigger coded as a visit is a private journey, so no event."""
    if cameo != VISIT_CAMEO or lemma(trigger) not in cues.verbs:
        return False
    aims = [lemma(a) for a in _purposes(trigger)]
    if any(a in cues.meeting_purposes for a in aims):
        return False
    if any(a in cues.private_purposes for a in aims):
        return True
    if traveller is None or traveller.like_num:  # "with about 82% travelling to Italy": a share of people
        return True
    if lemma(traveller) in cues.private_travellers or traveller.lower_ in cues.private_travellers:
        return True
    return trigger.pos_ == "VERB" and _untitled_person(traveller)  # a trip or tour is undertaken in an office


def _untitled_person(traveller: Token) -> bool:
    """A pronoun or a person's bare name ("she arrived in Syria", "Amira came to the camp"): nothing makes the
    traveller stand for a party, as an office would ("the envoy", "the minister, Jane Doe, arrived")."""
    if traveller.pos_ == "PRON":
        return True
    if traveller.ent_type_ != "PERSON":
        return False
    # a title before or beside the name: a noun, or a capitalised word outside the name ("President Jane Doe")
    titled = any(_title(c) for c in traveller.children if c.dep_ in TITLE_DEPS)
    return not titled and not (traveller.dep_ == "appos" and traveller.head.pos_ == "NOUN")


def _title(word: Token) -> bool:
    """A noun, or a capitalised word outside the name, hung on a name ("President Jane Doe"); not an age."""
    return word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.ent_type_ not in ("PERSON", "DATE", "CARDINAL"))


def _purposes(trigger: Token) -> list[Token]:
    """The verbs of the trigger's "to ..." purpose clauses, with their coordinated verbs."""
    found = []
    for clause in trigger.children:
        if clause.dep_ not in CLAUSAL | {"xcomp"} or clause.pos_ != "VERB":
            continue
        if to_infinitive(clause):
            found.append(clause)
            found += [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return found
