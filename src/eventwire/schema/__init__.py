"""The JSON Schema (draft 2020-12) of one event, as ``Event.to_json`` writes it; see ``docs/schema.md``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.errors import DataFileError

SCHEMA_FILE = "event.schema.json"


@lru_cache(maxsize=1)
def _load() -> str:
    try:
        return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"the bundled event schema {SCHEMA_FILE} is missing; reinstall eventwire") from exc


def event_schema() -> dict[str, Any]:
    """A fresh copy of the event schema (safe to modify)."""
    schema: dict[str, Any] = json.loads(_load())
    return schema


def event_errors(obj: object) -> list[str]:
    """Every way ``obj`` breaks the event schema, as ``path: message`` lines; empty when it is valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(event_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '<root>'}: {e.message}" for e in errors]


__all__ = ["event_errors", "event_schema"]
