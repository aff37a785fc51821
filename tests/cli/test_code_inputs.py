"""The inputs of ``eventwire code``: files as given, folders as their text and JSONL files."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.code import expand_paths


def test_a_folder_gives_its_text_and_jsonl_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.jsonl", "notes.pdf", "deep/c.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = expand_paths((tmp_path,))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.jsonl", "b.txt", "deep/c.md"]


def test_a_file_is_kept_as_given_whatever_its_suffix(tmp_path: Path) -> None:
    given = tmp_path / "notes.pdf"
    assert expand_paths((given,)) == [given]
