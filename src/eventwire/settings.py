"""Every setting, declared once as data: name, default, help. ``docs/settings.md`` documents each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: float | int | str | bool
    help: str


_ALL = (
    Setting("min_confidence", 0.5, "Events below this confidence are not output (CLI `--min-confidence`)."),
    Setting("max_document_bytes", 5_000_000, "Inputs larger than this are refused with error E105."),
    Setting("batch_size", 32, "Documents parsed per spaCy batch."),
)

SETTINGS: dict[str, Setting] = {s.name: s for s in _ALL}
