"""Stage 4: resolve extracted events to codes: actors, dates, places.

- ``events``: the ``Resolver``, which codes each extracted event, phase by phase.
- ``home``: the country an actor takes from the event's context (the event's place, the document's, a party's),
  and the country a new state's actors had on the event's date.
- ``parties``: the optional rules about an event's parties, as named steps (``STEPS``) that
  ``Resolver(disabled=...)`` can switch off: ``agents`` (a doer named in a by-phrase or blamed by the document) and
  ``implicit`` (an unidentified source, an implicit target, victims known only by their count).
- ``actors/`` (phrases and documents to actors), ``dates/`` (date phrases to ranges, and which one dates an event),
  ``places/`` (where an event happened).
"""

from __future__ import annotations

from eventwire.resolve.events import Resolver
from eventwire.resolve.implicit import UNIDENTIFIED, implicit_source, implicit_target
from eventwire.resolve.parties import STEPS

__all__ = ["STEPS", "UNIDENTIFIED", "Resolver", "implicit_source", "implicit_target"]
