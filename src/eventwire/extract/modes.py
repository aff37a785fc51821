"""The mode of an attack whose lexicon entry gives none: drone, aerial, explosives, firearms, ... from the words
around its trigger (``assault_modes`` in ``cues.yaml``, the first mode whose words appear, in the file's order)."""

from __future__ import annotations

from eventwire.extract.context import Extraction
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate


def assault_mode(cand: Candidate, ex: Extraction) -> str | None:
    """The first ASSAULT mode with a word in the trigger's subtree or its head's."""
    if cand.entry.type != "ASSAULT":
        return None
    nearby = {lemma(t) for t in cand.token.subtree} | {lemma(t) for t in cand.token.head.subtree}
    return next((mode for mode, words in ex.data.cues.assault_modes if nearby & words), None)
