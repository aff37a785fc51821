"""Named armed groups: "Jaish al-Fateh entered the town" is forces entering, when the actor tables know the name.

The names come from the actor tables through ``lexicons.armed_groups`` (rows of an armed sector or kind). They are
matched here, not resolved: extraction only needs to know that a subject names an armed body, so that verbs which
take forces as their subject (entering, encircling, firing) accept it; resolve later gives the actor its country and
sector.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons.armed_groups import armed_names, fold

__all__ = ["armed_names", "fold", "names_armed_group"]


def names_armed_group(token: Token) -> bool:
    """Whether ``token`` heads the name of a known armed group ("Jaish al-Fateh", "Hezbollah", "the SDF")."""
    names = armed_names()
    # a name is written with capitals: "is" and "ana" in running text are no groups
    return any(fold(text) in names for text in _name_texts(token) if text != text.lower())


def _name_texts(token: Token) -> list[str]:
    """The texts ``token`` may head: its named entity, and the token with the compounds before it."""
    texts = [token.text]
    start = token
    while True:
        left = [c for c in start.children if c.dep_ in ("compound", "punct") and c.i < start.i]
        if not left:
            break
        start = min(left, key=lambda t: t.i)
    if start.i < token.i:
        texts.append(token.doc[start.i : token.i + 1].text)
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        texts.append(ent.text)
    return texts
