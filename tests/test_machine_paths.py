"""No absolute machine paths in the repository's code, docs or tests: data is found relative to the checkout
(``../shared`` beside it, ``tmp_path`` in tests), so the project runs on any machine."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from tests.paths import REPO

# what is scanned: the code, the docs, the tests and the files that build and check them
SCANNED = ("src", "docs", "tests", ".ci", "README.md", "Makefile", "pyproject.toml")
SUFFIXES = frozenset({".py", ".md", ".txt", ".toml", ".yaml", ".yml", ".json", ".tsv", ".cfg", ".ini", ".sh", ""})
# the home of one machine's files: a user's folder, a scratch or mount folder, a Windows drive
MACHINE_PATH = re.compile(
    r"(?<![\w.~/-])/(?:work|home|root|tmp|Users|mnt|media|private/var|var/folders|scratch)/[\w.-]"
    r"|(?<![\w\\])[A-Z]:\\{1,2}[A-Za-z]\w{2,}"
)
# system paths (/usr/bin/chromium, /etc/...) are the same on every machine and are not matched; a machine path that
# must stay is listed here as (file, path) with the reason
ALLOWED: dict[tuple[str, str], str] = {}


def _files() -> Iterator[Path]:
    for name in SCANNED:
        top = REPO / name
        if top.is_file():
            yield top
        elif top.is_dir():
            yield from (
                p
                for p in sorted(top.rglob("*"))
                if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts
            )


def machine_paths() -> list[str]:
    """Every absolute machine path found, as ``file:line: path``."""
    found = []
    for path in _files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        name = path.relative_to(REPO).as_posix()
        for number, line in enumerate(text.splitlines(), start=1):
            allowed = any(file == name and known in line for file, known in ALLOWED)
            if MACHINE_PATH.search(line) and not allowed:
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_absolute_machine_paths_in_code_docs_or_tests() -> None:
    found = machine_paths()
    assert not found, "use a path relative to the repository (../shared for the shared folder):\n" + "\n".join(found)


def _absolute(*parts: str, root: str = "/", sep: str = "/") -> str:
    """A path built at run time, so that this file holds no machine path itself."""
    return root + sep.join(parts)


def test_the_pattern_finds_user_scratch_and_drive_paths() -> None:
    lines = (
        f"read {_absolute('work', 'shared', 'dev', 'x.jsonl')}",
        f"--db {_absolute('tmp', 'x.db')}",
        f'"{_absolute("home", "ana", "corpus")}"',
        _absolute("Users", "ana", "x.csv", root="C:\\", sep="\\"),
    )
    for line in lines:
        assert MACHINE_PATH.search(line), line


def test_the_pattern_leaves_relative_and_system_paths_alone() -> None:
    for line in ("../shared/dev/x.jsonl", "src/eventwire/data/places", "/usr/bin/chromium", "file:///etc/passwd"):
        assert not MACHINE_PATH.search(line), line


def test_the_pattern_leaves_escaped_text_in_strings_alone() -> None:
    assert not MACHINE_PATH.search(r'"a:\n  - x\n"')
