"""Writing the tables: gzip-compressed TSV with fixed headers, no timestamps, rows in a fixed order, so the
same inputs give byte-identical files."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventwire.knowledge.base import CASE_SAFE_FILE, ORGANISATIONS_FILE, PEOPLE_FILE, ROLES_FILE
from eventwire.knowledge.build.records import OrgRecord, PersonRecord
from eventwire.knowledge.tables import ORGANISATION_COLUMNS, PEOPLE_COLUMNS, ROLE_COLUMNS

MANIFEST_FILE = "manifest.json"


def _cell(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def _gzip_tsv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    text = "\t".join(columns) + "\n" + "".join("\t".join(_cell(c) for c in row) + "\n" for row in rows)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def write_tables(out: Path, people: list[PersonRecord], orgs: list[OrgRecord], case_safe: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    _gzip_tsv(
        out / PEOPLE_FILE,
        PEOPLE_COLUMNS,
        ([p.id, p.name, ";".join(p.aliases), p.country, ";".join(p.sources)] for p in people),
    )
    _gzip_tsv(
        out / ROLES_FILE,
        ROLE_COLUMNS,
        ([p.id, r.title, r.country, r.sector, r.start, r.end, r.as_of, r.source] for p in people for r in p.roles),
    )
    _gzip_tsv(
        out / ORGANISATIONS_FILE,
        ORGANISATION_COLUMNS,
        (
            [
                o.id,
                o.name,
                ";".join(o.aliases),
                o.country,
                ";".join(o.countries),
                o.sector,
                o.kind,
                ";".join(o.sources),
            ]
            for o in orgs
        ),
    )
    (out / CASE_SAFE_FILE).write_text("".join(f"{w}\n" for w in sorted(set(case_safe))), encoding="utf-8")


def write_manifest(out: Path, manifest: dict[str, object]) -> None:
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (out / MANIFEST_FILE).write_text(text, encoding="utf-8")
