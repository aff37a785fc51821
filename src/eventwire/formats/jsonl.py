"""Spec JSONL: one event JSON object a line, exactly as ``Event.to_json`` writes it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from eventwire.formats import FormatError, WriteOptions
from eventwire.formats.records import EventRecord
from eventwire.model import Event


class JsonlWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, record: EventRecord) -> None:
        self.out.write(json.dumps(record.event.to_json(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> JsonlWriter:
    return JsonlWriter(out)


def read(stream: IO[Any], source: str, name: str) -> Iterator[EventRecord]:
    """Events from JSONL; a line that is not an event raises ``FormatError`` naming ``source:line``."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            yield EventRecord(Event.from_json(obj))
        except (ValueError, KeyError, TypeError) as exc:
            raise FormatError(f"{source}:{number}: not an event of the schema ({exc})") from exc
