"""The model's string table without the words of its vector table: ~24k strings instead of ~709k.

spaCy keeps every string it has seen in ``vocab/strings.json``; for en_core_web_md that is ~709k strings, 685k of
them the keys of the static vector table. Loading them costs ~0.6 s of processor time and ~125 MB of memory per
process, yet the parse never needs them: the vector table is looked up by hash, and every string a parse produces
(token texts, lemmas, norms, shapes, tags, labels) is added to the table when it is made. So the model is loaded
without ``strings.json`` and given only the strings that are not vector keys (and every label of its components),
kept in ``data/model/strings.json.gz`` with the model's name and version. Should the installed model be another,
its own full table is read instead, and the parse is the same either way: a string missing from the table would
raise an error, it could not change an annotation.

Rebuild the file after changing the model: ``python -m eventwire.nlp.strings`` (``make model-strings``).
"""

from __future__ import annotations

import gzip
import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.strings import get_string_id

log = logging.getLogger(__name__)

FILE = "strings.json.gz"


def strings_file() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "model" / FILE))


def lean_strings(nlp: Language, model_path: Path) -> list[str]:
    """The strings of ``model_path``'s table that are not keys of its vector table, or labels of its components."""
    vector_keys = {int(key) for key in nlp.vocab.vectors.key2row}
    labels = {label for _, pipe in nlp.pipeline for label in getattr(pipe, "labels", ()) or ()}
    with (model_path / "vocab" / "strings.json").open(encoding="utf-8") as handle:
        strings: list[str] = json.load(handle)
    return [s for s in strings if s in labels or get_string_id(s) not in vector_keys]


def write_strings(nlp: Language, model_path: Path, target: Path | None = None) -> Path:
    """Write the lean table of the model at ``model_path`` (``nlp`` is that model, loaded) to the package data."""
    target = target or strings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    body = {"model": _model_id(nlp), "strings": lean_strings(nlp, model_path)}
    with gzip.GzipFile(target, "wb", mtime=0) as out:  # mtime 0: the same model gives the same bytes
        out.write(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return target


def add_strings(nlp: Language, model_path: Path) -> None:
    """Give a model loaded without ``strings.json`` the strings it needs: the lean table when it was made from this
    model, the model's own full table otherwise."""
    body = _read()
    if body is not None and body.get("model") == _model_id(nlp):
        for text in body["strings"]:
            nlp.vocab.strings.add(text)
        return
    log.warning("no lean string table for the model %s; reading its full table", _model_id(nlp))
    nlp.vocab.strings.from_disk(model_path / "vocab" / "strings.json")


def _read() -> dict[str, Any] | None:
    try:
        with gzip.open(strings_file(), "rb") as handle:
            body: dict[str, Any] = json.loads(handle.read())
    except (OSError, ValueError):
        return None
    return body


def _model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


if __name__ == "__main__":  # pragma: no cover - the build command
    import spacy

    from eventwire.nlp import model_path

    path = model_path()
    print(write_strings(spacy.load(path), path))
