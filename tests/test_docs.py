"""The docs stay in step with the code: every setting documented, the CLI reference regenerated."""

from __future__ import annotations

import json
import re

import pytest

from eventwire.docs_cli import command_help, command_names, render
from eventwire.model import EVENT_TYPES, SECTORS, STATUSES, Document
from eventwire.settings import SETTINGS
from tests.paths import REPO

DOCS = REPO / "docs"


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_every_setting_is_documented(name: str) -> None:
    rows = [line for line in _read("settings.md").splitlines() if line.startswith(f"| `{name}` |")]
    assert rows, f"setting {name!r} has no row in docs/settings.md; add one"


def test_settings_page_documents_no_removed_setting() -> None:
    documented = re.findall(r"^\| `([a-z_]+)` \|", _read("settings.md"), flags=re.MULTILINE)
    assert set(documented) == set(SETTINGS)


def test_cli_reference_is_up_to_date() -> None:
    assert _read("cli.md") == render(), "docs/cli.md is stale: run `make docs` and commit docs/cli.md"


def test_cli_reference_has_a_section_per_command() -> None:
    names = command_names()
    assert "code" in names
    text = render()
    for name in names:
        assert f"## eventwire {name}\n" in text
        assert f"Usage: eventwire {name} " in text


def test_command_help_is_the_commands_own_help() -> None:
    assert "--published DATE" in command_help("code")
    assert "Commands:" in command_help()


@pytest.mark.parametrize("words", [EVENT_TYPES, STATUSES, SECTORS, ("IGO", "NGO", "IMG", "ISM")])
def test_schema_page_lists_every_code(words: tuple[str, ...]) -> None:
    text = _read("schema.md")
    missing = [w for w in words if f"`{w}`" not in text]
    assert not missing, f"docs/schema.md does not mention {missing}"


def test_schema_page_documents_every_event_key_and_the_inherited_extension() -> None:
    text = _read("schema.md")
    for key in ("id", "doc_id", "type", "mode", "cameo", "source", "target", "date", "location", "status"):
        assert f"| `{key}` |" in text, key
    assert "| `inherited` |" in text


@pytest.mark.parametrize("stage", ["ingest", "nlp", "extract", "resolve", "store", "serve", "scale", "eval"])
def test_architecture_page_covers_every_stage(stage: str) -> None:
    assert f"eventwire/{stage}/" in _read("architecture.md")


def test_examples_are_short_dated_team_written_documents() -> None:
    lines = (DOCS.parent / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    assert 6 <= len(docs) <= 8
    assert len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        assert set(doc) == {"id", "title", "text", "published", "url", "source"}, doc["id"]
        assert 150 <= len(doc["text"].split()) <= 350, doc["id"]
        assert Document.from_json(doc).published is not None
        assert doc["url"] is None
        assert doc["source"] == "eventwire examples (written by the team)"
