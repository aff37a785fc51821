"""Finding and reading the bundled data files: one way to find them, one reader per kind, errors with file and line.

Every data file lives under ``eventwire/data/`` and is named by its path there (``"actors/people.tsv"``).
Tables are TSV with a header row (lines starting with ``#`` are comments); word lists and cues are YAML
mappings. A reader hands back rows and sections that remember their line, so a loader that finds a bad
value raises ``DataFileError`` naming the file and line (``data/actors/people.tsv line 12: ...``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from eventwire.errors import DataFileError

__all__ = [
    "Lines",
    "Row",
    "Section",
    "clear_loaded",
    "data_path",
    "fail",
    "load_registered",
    "loader",
    "read_text",
    "read_tsv",
    "read_yaml",
    "substituted",
]

PACKAGE = "eventwire.data"

T = TypeVar("T")
_LOADERS: list[Callable[[], object]] = []
_SUBSTITUTES: dict[str, str] = {}  # data file -> text read instead (tests of broken rows)


def loader(func: Callable[[], T]) -> Callable[[], T]:
    """Mark a data file's loader: it runs once per process (cached) and ``load_registered`` runs it at start-up,
    so a bad row fails there, naming its file and line, and never later while a document is coded."""
    cached = lru_cache(maxsize=1)(func)
    _LOADERS.append(cached)
    return cached


def load_registered() -> int:
    """Run every registered loader (each once per process); the number of loaders."""
    for load in list(_LOADERS):
        load()
    return len(_LOADERS)


def clear_loaded() -> None:
    """Forget what the registered loaders read, so the next call reads the files again."""
    for load in _LOADERS:
        load.cache_clear()  # type: ignore[attr-defined]


@contextmanager
def substituted(name: str, text: str) -> Iterator[None]:
    """Read ``text`` instead of data file ``name`` inside the block (for tests of what a bad row does)."""
    _SUBSTITUTES[name] = text
    clear_loaded()
    try:
        yield
    finally:
        del _SUBSTITUTES[name]
        clear_loaded()


def data_path(name: str) -> Path:
    """The path of the data file ``name`` (relative to ``eventwire/data/``); missing files raise E301."""
    path = Path(str(resources.files(PACKAGE).joinpath(name)))
    if not path.is_file():
        raise DataFileError(f"data/{name} is missing; reinstall eventwire", code="E301")
    return path


def read_text(name: str) -> str:
    """The text of data file ``name`` (or its stand-in inside ``substituted``)."""
    if name in _SUBSTITUTES:
        return _SUBSTITUTES[name]
    try:
        return data_path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(f"data/{name} is not UTF-8 ({exc.reason}); fix the file", code="E302") from exc


def fail(name: str, line: int | None, problem: str) -> DataFileError:
    """The error for a bad value in data file ``name`` at ``line`` (None: the file as a whole)."""
    where = f"data/{name}" if line is None else f"data/{name} line {line}"
    return DataFileError(f"{where}: {problem}; fix the file", code="E303")


@dataclass(frozen=True, slots=True)
class Row:
    """One TSV row: its cells by column name (stripped, '' when empty) and the line it is on."""

    file: str
    line: int
    cells: Mapping[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def get(self, column: str, default: str = "") -> str:
        return self.cells.get(column, default)

    def error(self, problem: str) -> DataFileError:
        return fail(self.file, self.line, problem)

    def list(self, column: str) -> list[str]:
        """A ``;``-separated cell as a list, empty items dropped."""
        return [item.strip() for item in self.cells[column].split(";") if item.strip()]


def read_tsv(name: str, columns: Sequence[str], optional: Sequence[str] = ()) -> list[Row]:
    """The rows of TSV file ``name``. Its header must hold every one of ``columns`` (and may hold ``optional``
    ones, in any order); a row with more cells than the header, or a file with no header, is an error."""
    rows: list[Row] = []
    header: list[str] | None = None
    for number, raw in enumerate(read_text(name).splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            _check_header(name, number, header, columns, optional)
            continue
        if len(cells) > len(header):
            raise fail(name, number, f"{len(cells)} cells for {len(header)} columns (a stray tab?)")
        padded = [c.strip() for c in cells] + [""] * (len(header) - len(cells))
        rows.append(Row(name, number, dict(zip(header, padded, strict=True))))
    if header is None:
        raise fail(name, None, f"no header row (expected the columns {', '.join(columns)})")
    return rows


def _check_header(name: str, line: int, header: list[str], columns: Sequence[str], optional: Sequence[str]) -> None:
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns and c not in optional]
    if missing or unknown:
        problem = f"the header needs the columns {', '.join(columns)}"
        problem += f" (missing: {', '.join(missing)})" if missing else ""
        problem += f" (unknown: {', '.join(unknown)})" if unknown else ""
        raise fail(name, line, problem)


@dataclass(frozen=True, slots=True)
class Lines:
    """Where a YAML value and each of its keys (or items) start."""

    line: int
    children: Mapping[Any, Lines]


@dataclass(frozen=True, slots=True)
class Section:
    """A YAML value with the file and line it came from, for loaders that check shapes and name bad lines."""

    file: str
    value: Any
    lines: Lines

    @property
    def line(self) -> int:
        return self.lines.line

    def error(self, problem: str, key: Any = None) -> DataFileError:
        found = self.lines.children.get(key) if key is not None else None
        return fail(self.file, (found or self.lines).line, problem)

    def mapping(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.error("expected a mapping of names to values")
        return self.value

    def words(self, key: str) -> frozenset[str]:
        """The list under ``key`` as lower-case words; a missing key or a value that is not a list of words is
        an error, so a renamed section cannot silently switch a rule off."""
        section = self.child(key)
        items = section.value
        if not isinstance(items, list) or not all(isinstance(i, str | int | float) for i in items):
            raise self.error(f"section {key!r} must be a list of words", key)
        for index, item in enumerate(items):
            if isinstance(item, bool):  # YAML reads an unquoted on/off/yes/no as true/false
                raise section.error(f"item {item!r} of {key!r} is not a word (quote it)", index)
        return frozenset(str(item).lower() for item in items)

    def child(self, key: Any) -> Section:
        """The value under ``key`` as a section of its own (missing keys are an error)."""
        mapping = self.mapping()
        if key not in mapping:
            raise self.error(f"no section {key!r}")
        return Section(self.file, mapping[key], self.lines.children.get(key, self.lines))

    def items(self) -> Iterator[tuple[Any, Section]]:
        """Each key with its value as a section."""
        for key in self.mapping():
            yield key, self.child(key)


def _lines(loader: yaml.SafeLoader, node: yaml.Node) -> Lines:
    if isinstance(node, yaml.MappingNode):
        children = {loader.construct_object(k, deep=True): _lines(loader, v) for k, v in node.value}
        return Lines(node.start_mark.line + 1, children)
    if isinstance(node, yaml.SequenceNode):
        return Lines(node.start_mark.line + 1, {i: _lines(loader, item) for i, item in enumerate(node.value)})
    return Lines(node.start_mark.line + 1, {})


def read_yaml(name: str) -> Section:
    """The YAML file ``name`` as a section (its top level); malformed YAML names the line of the fault."""
    loader = yaml.SafeLoader(read_text(name))
    try:
        node = loader.get_single_node()
        if node is None:
            raise fail(name, None, "the file is empty")
        value = loader.construct_document(node)
        return Section(name, value, _lines(loader, node))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        raise fail(name, line, f"malformed YAML ({exc.problem})") from exc
    except yaml.YAMLError as exc:
        raise fail(name, None, f"malformed YAML ({exc})") from exc
    finally:
        loader.dispose()
