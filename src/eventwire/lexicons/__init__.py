"""The data layer: every reviewed data file under ``eventwire/data/``, found, read and validated in one place.

Each data file has one typed loader here (``lexicons.triggers``, ``lexicons.actors``, ...), registered with
``files.loader`` so that ``load_all()`` (called when a coder starts) reads and checks every file once: a bad
row fails at start-up with an E3xx error naming its file and line. ``extract`` and ``resolve`` read their
words and tables only through these loaders.
"""

from __future__ import annotations

import importlib

from eventwire.lexicons.files import load_registered

# The modules that register loaders; importing them registers their loaders.
LOADER_MODULES: tuple[str, ...] = (
    "eventwire.lexicons.classes",
    "eventwire.lexicons.cues",
    "eventwire.lexicons.boilerplate",
    "eventwire.lexicons.english",
    "eventwire.lexicons.headings",
    "eventwire.lexicons.triggers",
    "eventwire.lexicons.armed_groups",
    "eventwire.lexicons.country_names",
    "eventwire.lexicons.dates",
    "eventwire.lexicons.actors.countries",
    "eventwire.lexicons.actors.seats",
    "eventwire.lexicons.actors.organizations",
    "eventwire.lexicons.actors.groups",
    "eventwire.lexicons.actors.blocs",
    "eventwire.lexicons.actors.roles",
    "eventwire.lexicons.actors.new_states",
    "eventwire.lexicons.actors.people",
    "eventwire.lexicons.actors.rulers",
    "eventwire.lexicons.actors.words",
    "eventwire.lexicons.actors.names",
    "eventwire.lexicons.actors.offices",
    "eventwire.lexicons.places.aliases",
    "eventwire.lexicons.places.country_centroids",
    "eventwire.lexicons.places.regions",
    "eventwire.lexicons.places.cues",
    "eventwire.lexicons.places.figurative",
    "eventwire.lexicons.calibration",
)


def load_all() -> int:
    """Read and validate every data file once (cached per process); the number of loaders run."""
    for module in LOADER_MODULES:
        importlib.import_module(module)
    return load_registered()
