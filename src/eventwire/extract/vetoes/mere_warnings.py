"""Warnings that only alert: "the agency warned that the camp is critical" states a danger, not a threat.

PLOVER's THREATEN is a party's statement that it (or its side) will act against another unless something is done.
A warning is one only when it names a party warned ("warned the rebels"), a coercive consequence ("warned of
retaliation") or an act the speaker's side will take in the warned clause ("warned that police will no longer
tolerate rallies", "warned it would strike if ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import child, is_actorish, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import AlertCues

CLAUSES = frozenset({"ccomp", "acl", "xcomp", "advcl"})


def mere_warning(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A THREATEN trigger that only warns of a danger."""
    cues = ex.data.cues
    return cand.entry.type == "THREATEN" and mere_alert(cand.token, cues.alerts, cues.actors)


def mere_alert(token: Token, cues: AlertCues, actors: frozenset[str]) -> bool:
    """Whether a warning trigger only alerts to a danger, so is no THREATEN (``actors``: nouns that name a party)."""
    if lemma(token) not in cues.verbs:
        return False
    if _party_warned(token, actors) or _warned_of_consequence(token, cues):
        return False
    return not any(_speaker_act(c, cues, actors) for c in token.children if c.dep_ in CLAUSES)


def _party_warned(token: Token, actors: frozenset[str]) -> bool:
    """ "warned Iran", "warned the rebels to leave", "a warning to Israel": an object that can name a party."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.pos_ in ("NOUN", "PROPN", "PRON") and is_actorish(o, actors) for o in objects)


def _warned_of_consequence(token: Token, cues: AlertCues) -> bool:
    """ "warned of retaliation", "warned against any attack": a consequence or an act warned against."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "against", "about"):
            continue
        obj = child(prep, "pobj", "pcomp")
        if obj is not None and (prep.lower_ == "against" or lemma(obj) in cues.consequences):
            return True
    return False


def _speaker_act(clause: Token, cues: AlertCues, actors: frozenset[str]) -> bool:
    """A warned clause telling of an act to come by a party (a future or conditional auxiliary, a verb of doing
    and a subject that can name a party) or of consequences a party will face; or a condition ("if", "unless")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in cues.modals for c in clause.children)
    if modal and any(lemma(o) in cues.consequences for o in clause.children if o.dep_ == "dobj"):
        return True  # "warned that Taiwan would face consequences": a party warned of them
    if lemma(clause) in cues.state_verbs:
        return False
    subject = child(clause, "nsubj")
    return modal and subject is not None and is_actorish(subject, actors)
