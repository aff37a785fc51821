"""The inputs of ``eventwire code``: a folder read whole, each refused input told in one line naming it."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.code import code
from eventwire.cli.inputs import Tally, code_items, refusal_line, skipped_line
from eventwire.errors import EmptyDocument


def test_a_folder_gives_the_documents_of_its_files_and_counts_what_it_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police arrested ten protesters in Nairobi on Monday.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "Talks began in Addis Ababa."}\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("   ", encoding="utf-8")
    tally = Tally()
    ids = sorted(item.document.id for item in code_items((str(tmp_path),), tally) if item.document is not None)
    assert ids == ["a", "b1"]
    assert (tally.documents, tally.refused) == (2, 1)


def test_a_refusal_names_the_input_the_stage_and_the_code() -> None:
    line = refusal_line(EmptyDocument("is empty; nothing to code", doc_id="news/c.txt"))
    assert line.startswith("eventwire: refused news/c.txt (")
    assert line.endswith("[E101]")


def test_a_skipped_input_says_why() -> None:
    assert skipped_line("notes.pdf", "not a text file") == "eventwire: skipped notes.pdf (read): not a text file"


def test_the_command_is_named_code() -> None:
    assert code.name == "code"
