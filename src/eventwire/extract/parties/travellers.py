"""The traveller of a trip named in a phrase of the clause around it: "On a visit to X, the minister said ...",
"She spoke during a tour of Y": the subject of the verb the phrase qualifies made the trip."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.tree import child, lemma
from eventwire.lexicons.cues import load_cues

__all__ = ["TRIP_PREPS", "traveller"]

# the prepositions that set a clause within a trip ("on a visit", "during a trip"); not "after" or "before", which
# may tell of a trip someone else made ("after the president's visit, protesters gathered")
TRIP_PREPS = frozenset({"on", "during"})


def traveller(noun: Token) -> Token | None:
    """The subject of the active verb a trip noun's "on"/"during" phrase qualifies (``travel.trip_nouns`` of
    ``cues.yaml``), the one who made the trip; None for another noun or frame, or a passive verb ("during a visit,
    he was received by X": X did not travel); none for a subject in the first person."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in TRIP_PREPS or prep.dep_ != "prep":
        return None
    if lemma(noun) not in load_cues().travel.trip_nouns:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i or child(verb, "nsubjpass", "auxpass") is not None:
        return None
    found = subject_of(verb)
    if found is not None and found.lower_ in load_cues().travel.writer:
        return None  # "I found during this trip that ...": the speaker, whom a quotation may not name
    return found
