"""The host of a meeting named on the meeting noun: "the UN-led talks", "a Turkish-hosted conference".

The one a participle of hosting or leading (``host_participles`` of ``data/actors/words.yaml``) names before the
noun of a meeting is a party to it: the meeting's source when the text names no other, else its counterpart. The
one such a participle names on another event noun or its modifier leads the doers ("US-led coalition airstrikes").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import child
from eventwire.lexicons.actors.words import load_actor_words

__all__ = ["MEETING_TYPE", "host_of", "hosted_meeting", "leader_named"]

MEETING_TYPE = "CONSULT"
# the dependencies the parser gives the name before a hyphenated participle ("UN-led": UN npadvmod of led)
NAMER_DEPS = ("npadvmod", "compound", "nmod", "poss", "amod")
HYPHENS = ("-", "\u2010", "\u2013")


def hosted_meeting(parties: Parties, trigger: Token, event_type: str) -> None:
    """Adds the host a meeting noun names to the parties of a meeting: its source when it has none, else its target
    when it has none and the host is not the source."""
    if event_type != MEETING_TYPE:
        return
    meeting = trigger if trigger.pos_ in ("NOUN", "PROPN") else child(trigger, "dobj")
    host = host_of(meeting) if meeting is not None else None
    if host is None:
        return
    if parties.source is None:
        parties.source = host
    elif parties.target is None and parties.source.i != host.i:
        parties.target = host


def host_of(noun: Token) -> Token | None:
    """The word naming the host of a meeting noun ("UN" of "the UN-led talks"); for a participle the tokenizer kept
    whole with its host ("U.N.-organized"), the participle itself."""
    hosts = load_actor_words().host_participles
    for modifier in noun.children:
        if modifier.dep_ != "amod" or modifier.i > noun.i:
            continue
        if modifier.lower_ in hosts or modifier.lemma_.lower() in hosts:
            return next((c for c in modifier.children if c.dep_ in NAMER_DEPS and c.i < modifier.i), None)
        parts = _split_compound(modifier.lower_)
        if parts is not None and parts[1] in hosts and parts[0]:
            return modifier
    return None


def leader_named(noun: Token, event_type: str) -> Token | None:
    """ "US-led coalition airstrikes", "a Saudi-led offensive": the one a participle of leading names on a modifier
    of the event noun, or on the noun itself, is its doer; a meeting's host is left to ``hosts`` (who attends a
    hosted conference is its source)."""
    if event_type == MEETING_TYPE:
        return None
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN":
            leader = host_of(c)
            if leader is not None:
                return leader
    return host_of(noun)  # the parser may hang "US-led" on the strikes themselves


def _split_compound(word: str) -> tuple[str, str] | None:
    """ "u.n.-organized" -> ("u.n.", "organized"); None for a word with no hyphen."""
    for hyphen in HYPHENS:
        if hyphen in word:
            head, _, tail = word.rpartition(hyphen)
            return head, tail
    return None
