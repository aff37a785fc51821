"""Stage 3: find events in a parsed document (trigger, type, mode, status, parties, attribution).

``extract_events(doc, disabled)`` runs the extraction steps of ``STEPS`` (registered in ``rules.py``, run by
``run.py``), except those named in ``disabled``. The module map and the table of steps are in
``docs/extraction.md``.
"""

from __future__ import annotations

from eventwire.extract import rules  # noqa: F401  (registers the steps)
from eventwire.extract.raw import RawEvent
from eventwire.extract.registry import STEPS
from eventwire.extract.run import extract_events

__all__ = ["STEPS", "RawEvent", "extract_events"]
