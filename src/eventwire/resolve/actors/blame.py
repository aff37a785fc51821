"""Which named armed groups a report blames for its violence, in any sentence: "Authorities suspect X", "X claimed
responsibility", "blamed on X", "suspected X militants", "an X attack", "an attack by X".

The words of blame, responsibility, suspicion and attack come from ``data/actors/words.yaml``; a group is a rebel
(REB) or transnational (IMG) entry of the organization and group tables. ``DocumentActors.blamed`` asks this only
of short reports, and resolves the first group found that is not the event's own target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.actors import Lexicon
from eventwire.lexicons.actors.words import ActorWords

__all__ = ["blamed_groups"]

# the dependents of a verb of blame that are not what it blames: its subject, clauses, conjuncts and punctuation
NOT_BLAMED_DEPS = frozenset({"nsubj", "advcl", "conj", "cc", "punct", "mark"})
# the dependents before an attack noun that may name its doer ("an al-Shabaab attack", "the group's raid")
DOER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def blamed_groups(doc: Doc, lexicon: Lexicon, words: ActorWords) -> list[Span]:
    """The spans of the named armed groups ``doc`` blames, in document order (none without a parse)."""
    if not doc.has_annotation("DEP"):
        return []
    found = []
    for token in doc:
        for region in _blame_regions(token, words):
            found.extend(_armed_groups(doc, region, lexicon))
    return found


def _blame_regions(token: Token, words: ActorWords) -> list[list[Token]]:
    """The words that ``token`` says did the violence: the claimant of responsibility ("X claimed
    responsibility"), what is suspected or blamed ("police suspect X", "blamed on X"), the group a "suspected"
    describes ("suspected X militants"), or the doer of an attack noun ("an X attack", "an attack by X")."""
    lemma, children = token.lemma_.lower(), list(token.children)
    if lemma in words.responsibility_verbs and any(c.lower_ in words.responsibility_nouns for c in children):
        return [list(c.subtree) for c in children if c.dep_ in ("nsubj", "agent")]
    if lemma in words.blame_verbs and token.pos_ == "VERB" and token.dep_ != "amod":
        return [list(c.subtree) for c in children if c.dep_ not in NOT_BLAMED_DEPS]
    if token.lower_ in words.suspicion_words and token.dep_ in ("amod", "advmod"):
        return [list(token.head.subtree)]
    if lemma in words.attack_nouns and token.pos_ == "NOUN":
        modifiers = [t for t in token.lefts if t.dep_ in DOER_DEPS]
        agents = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "by"]
        return [list(t.subtree) for t in modifiers + agents]
    return []


def _armed_groups(doc: Doc, region: list[Token], lexicon: Lexicon) -> list[Span]:
    """The named armed groups (rebels, transnational militants) in a run of tokens."""
    if not region:
        return []
    span = doc[region[0].i : region[-1].i + 1]
    groups = []
    for hit in lexicon.orgs.find(span.text):
        if hit.value.sector == "REB" or hit.value.country == "IMG":
            start = span.start_char + hit.start
            group = doc.char_span(start, start + len(hit.text), alignment_mode="expand")
            if group is not None:
                groups.append(group)
    return groups
