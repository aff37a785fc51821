"""Partners of a nominal meeting ("talks", "negotiations") that the parser hung on another word.

In "After negotiations of the envoy, first with A, and then with B in Paris, the country proposed ...",
the "with" phrases belong to "negotiations", but the parser attaches them to the preposition "After" or to the
main verb. A "with" phrase is taken back to the nearest preceding meeting noun when it follows the noun with no
other event word between them, its head governs the noun, and either that head is the noun's own preposition or
the phrase stands before the head verb and its subject (a phrase fronted before the main clause; "met with",
"clashed with" after their subject keep theirs).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.names import is_actorish
from eventwire.extract.tree import child

#: nominal event types whose partner is named with "with" ("talks with", "negotiations with")
PARTNER_TYPES = frozenset({"CONSULT"})


def with_partners(noun: Token, triggers: frozenset[int], actors: frozenset[str]) -> list[Token]:
    """Heads of the "with" phrases that name the partners of the meeting ``noun``, in text order."""
    ancestors = set(noun.ancestors)
    own = {c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"}
    found = []
    for prep in noun.sent:
        if prep.lower_ != "with" or prep.i <= noun.i or prep.dep_ not in ("prep", "conj"):
            continue
        if any(i in triggers for i in range(noun.i + 1, prep.i)):
            break  # a nearer event word owns what follows
        obj = child(prep, "pobj")
        if obj is not None and is_actorish(obj, actors) and _belongs(prep, own, ancestors, triggers):
            found.append(obj)
    return found


def _belongs(prep: Token, own: set[Token], ancestors: set[Token], triggers: frozenset[int]) -> bool:
    anchor = prep
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "with A and with B": the first phrase decides
    if anchor in own:
        return True
    head = anchor.head
    if anchor.dep_ != "prep" or head not in ancestors:
        return False
    if head.pos_ == "ADP":
        return head.i not in triggers
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.i < min([head.i, *subjects])
