"""Section headings: a subheading glued to the next sentence of a flattened page ("Talks stall On Monday, ...")
restates what its section reports; its words are not an event of their own (``nlp/headings.py`` finds them)."""

from __future__ import annotations

from eventwire.extract.context import Extraction
from eventwire.extract.triggers.candidates import Candidate
from eventwire.nlp.headings import is_heading


def in_heading(cand: Candidate, ex: Extraction) -> bool:
    """The trigger stands in a section heading the parse cut from the sentence it was glued to."""
    return is_heading(cand.token.sent)
