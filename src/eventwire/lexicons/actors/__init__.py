"""The actor dictionaries: the files under ``data/actors/``, one typed loader each, and the alias indexes built
from them.

- ``countries`` (``countries.tsv``): country names, nationality adjectives, plural demonyms; ``country_name``.
- ``seats`` (``seats.tsv``): seats of power and capital aliases.
- ``organizations`` (``organizations.tsv``) and ``groups`` (``groups.tsv``): named bodies and groups.
- ``blocs`` (``blocs.tsv``): words for a group of countries.
- ``roles`` (``roles.tsv``): role nouns with their sector.
- ``new_states`` (``new_states.tsv``): states that became independent; ``country_on``.
- ``people`` (``people.tsv``): office holders and their dated roles.
- ``rulers`` (``rulers.tsv``): armed movements that took power, and when (``ruling``).
- ``words`` (``words.yaml``): the open-class words the actor rules read (staff and visitor nouns, verbs of blame,
  attack nouns, ...).
- ``tables``: the declared columns of every table and the checks of their cells; ``aliases``: alias matching;
  ``cities``: GeoNames cities by name; ``lexicon``: the alias indexes (``Lexicon``).

``docs/dictionaries-actors.md`` says how to add entries.
"""

from __future__ import annotations

from eventwire.lexicons.actors.aliases import AliasIndex, Hit, normalize
from eventwire.lexicons.actors.countries import country_name
from eventwire.lexicons.actors.lexicon import Entry, Lexicon
from eventwire.lexicons.actors.new_states import country_on, new_states
from eventwire.lexicons.actors.rulers import ruling
from eventwire.lexicons.actors.tables import SPECIAL_COUNTRIES, split_list, table_rows

__all__ = [
    "SPECIAL_COUNTRIES",
    "AliasIndex",
    "Entry",
    "Hit",
    "Lexicon",
    "country_name",
    "country_on",
    "new_states",
    "normalize",
    "ruling",
    "split_list",
    "table_rows",
]

# The rows of an actor table by file name, under the name the data tests have used.
_rows = table_rows
