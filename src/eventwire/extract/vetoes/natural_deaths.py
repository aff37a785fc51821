"""Deaths that need no killer: bodies found after a flood, a crash or a capsized ferry.

An entry that knows violence only by its victims (constraint ``harmed=``: "the bodies of four men were found") is no
attack when a disaster word stands anywhere in the sentence, unless that word names shooting ("sniper fire").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate


def died_naturally(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A harm known only by its victims, in a sentence with a disaster word ("after the ferry capsized")."""
    words = ex.data.cues.nonevent
    return cand.entry.harmed is not None and natural_death(cand.token, words.disaster, words.gunfire)


def natural_death(trigger: Token, disaster: frozenset[str], gunfire: frozenset[str]) -> bool:
    """A disaster word anywhere in the sentence (not a shooting: "sniper fire") means the dead need not have been
    killed."""
    for token in trigger.sent:
        if lemma(token) not in disaster and token.lower_ not in disaster:
            continue
        if not any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in gunfire for c in token.children):
            return True
    return False
