"""Issue 15's identity reproductions with the real command and model: two different stories under one id are
both kept, each with its own events; one text given twice under one id is one document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.ingest.identity import derived_id
from eventwire.store import Store

pytestmark = pytest.mark.slow  # loads the spaCy model

EVENTWIRE = Path(sys.executable).with_name("eventwire")
SHELLING = "Russian forces shelled villages near the border with Ukraine on Monday, killing 12 civilians."
VISIT = "The president of Egypt will visit Kenya next week for talks on trade, his office said on Tuesday."


def _eventwire(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EVENTWIRE), *args], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600
    )


def test_code_of_two_files_of_one_name_keeps_both_texts_and_their_events(tmp_path: Path) -> None:
    for folder, text in (("ca", SHELLING), ("cb", VISIT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text + "\n", encoding="utf-8")
    done = _eventwire("code", "ca/report.txt", "cb/report.txt", "--db", "c.db", "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "renamed cb/report.txt (identity): id 'report' names another text; this one is 'cb/report'" in done.stderr
    with Store(tmp_path / "c.db") as store:
        texts = {d.document.id: d.document.text.strip() for d in store.documents()}
        assert texts == {"report": SHELLING, "cb/report": VISIT}
        types = {doc_id: {e.type for e in store.events(doc_id)} for doc_id in texts}
    assert "ASSAULT" in types["report"] and "CONSULT" in types["cb/report"]
    assert not types["report"] & {"CONSULT"} and not types["cb/report"] & {"ASSAULT"}
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {e["doc_id"] for e in written} == {"report", "cb/report"}
    for event in written:  # each event's evidence is in its own document's text
        assert event["evidence"]["sentence"] in texts[event["doc_id"]]


def test_code_of_jsonl_with_two_texts_under_one_id_codes_both_and_a_repeat_once(tmp_path: Path) -> None:
    rows = [{"id": "1", "text": SHELLING}, {"id": "1", "text": VISIT}, {"id": "1", "text": SHELLING}]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = _eventwire("code", "docs.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "skipped docs.jsonl:3 (read): the same text as an earlier input with id '1'; coded once" in done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    by_doc = {doc_id: {e["type"] for e in events if e["doc_id"] == doc_id} for doc_id in {e["doc_id"] for e in events}}
    assert set(by_doc) == {"1", derived_id("1", VISIT)}
    assert "ASSAULT" in by_doc["1"] and "CONSULT" in by_doc[derived_id("1", VISIT)]
