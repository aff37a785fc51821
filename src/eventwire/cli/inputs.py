"""The input side of the commands: reading inputs, reporting each refused or skipped one, opening the store.

Every refusal is one line on stderr naming the input (path, URL, ``path:line``), the stage and the error code::

    eventwire: refused inbox/page.html (read): has no main text that could be extracted ... [E101]
    eventwire: skipped inbox/sub (read): a subfolder; pass -r/--recursive to read subfolders too

A command exits with status 1 when any input was refused or missing (the others are still done), and 0 when
every input was read (skipped inputs do not count: they are reported, not refused). ``docs/ingest.md`` has it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from eventwire.errors import EventwireError, IdentityClash, NotAStore, StoreError
from eventwire.ingest.clean import clean_text, doubled_title
from eventwire.ingest.files import Item
from eventwire.ingest.identity import Identities
from eventwire.ingest.sources import SourceReader

if TYPE_CHECKING:
    from eventwire.store import Store

# Libraries that log warnings of their own about an input we then refuse by name (trafilatura's "discarding
# data: None"); their warnings are shown with -v.
NOISY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def refusal_line(error: EventwireError, name: str | None = None) -> str:
    """One line naming the refused input, the stage and the code."""
    where = error.doc_id or name or "input"
    return f"eventwire: refused {where} ({error.stage}): {error.message} [{error.code}]"


def skipped_line(name: str, reason: str, stage: str = "read") -> str:
    """One line naming an input passed over on purpose, and why."""
    return f"eventwire: skipped {name} ({stage}): {reason}"


def report(item: Item) -> None:
    """Print the item's refusal or skip line, if it has one."""
    if item.error is not None:
        click.echo(refusal_line(item.error, item.name), err=True)
    elif item.skipped is not None:
        click.echo(skipped_line(item.name, item.skipped), err=True)
    elif item.note is not None:
        click.echo(f"eventwire: renamed {item.name} (identity): {item.note}", err=True)


def quiet_libraries() -> None:
    """Keep other libraries' warnings about inputs off stderr unless -v was given (we report those inputs)."""
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        for name in NOISY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.CRITICAL)


def open_store(db: Path, stack: ExitStack) -> Store:
    """The --db store, or exit 1 with one line naming it (missing folder, not SQLite, damaged)."""
    from eventwire.store import Store

    where = f"--db {db}"
    try:
        return stack.enter_context(Store(db))
    except StoreError as exc:
        exc.doc_id = exc.doc_id or where
        fail(exc)
    except sqlite3.DatabaseError as exc:
        fail(NotAStore(f"is not an eventwire store (SQLite says: {exc}); give a new file name", doc_id=where))
    except sqlite3.Error as exc:
        fail(StoreError(f"cannot be opened ({exc})", doc_id=where))


def fail(error: EventwireError) -> NoReturn:
    """Print one refusal line and exit with status 1."""
    click.echo(refusal_line(error), err=True)
    sys.exit(1)


@dataclass
class Tally:
    """What became of the inputs of one ``code`` run."""

    documents: int = 0
    refused: int = 0
    skipped: int = 0

    def add(self, item: Item) -> None:
        if item.error is not None:
            self.refused += 1
        elif item.skipped is not None:
            self.skipped += 1
        elif item.document is not None:
            self.documents += 1


def code_items(paths: tuple[str, ...], tally: Tally, store: Store | None = None) -> Iterator[Item]:
    """The inputs of ``eventwire code``, streamed, each reported when refused, skipped or renamed.

    Files and folders (read recursively) are read as ``ingest`` reads them, under the same size policy, without
    fetching; with no paths, stdin is read (JSONL when its first line is a JSON object with a text). Plain text
    and HTML lose scraping debris; JSON, JSONL and CSV documents are coded as given. Each document gets an id
    that names no other text in this run or in ``store`` (``ingest.identity``); a text given twice under one
    id is coded once.
    """
    reader = SourceReader(None, recursive=True)
    identities = Identities(store.stored_hash if store is not None else _nowhere)
    with ExitStack() as stack:
        sources = paths or (_spooled_stdin(stack),)
        for source in sources:
            for item in reader.read(source):
                item = _named_stdin(item, source, paths)
                if item.document is not None:
                    item = _identified(item if item.verbatim else _cleaned(item), identities)
                tally.add(item)
                report(item)
                if item.document is not None:
                    yield item


def _nowhere(doc_id: str) -> str | None:
    return None


def _identified(item: Item, identities: Identities) -> Item:
    """The item under the id its document takes; skipped when this run has its text under that id already."""
    assert item.document is not None
    try:
        resolved = identities.resolve(item.document, item.aliases)
    except IdentityClash as exc:
        return Item(item.name, error=exc)
    if resolved.held == "run":
        reason = f"the same text as an earlier input with id {resolved.document.id!r}; coded once"
        return Item(item.name, skipped=reason)
    return replace(item, document=resolved.document, note=resolved.note())


def _spooled_stdin(stack: ExitStack) -> str:
    """stdin copied to a temporary file, so it is read (and streamed) exactly as a file is."""
    spool = stack.enter_context(tempfile.TemporaryDirectory(prefix="eventwire-stdin-"))
    path = Path(spool) / "stdin"
    with path.open("wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out)
    return str(path)


def _named_stdin(item: Item, source: str, paths: tuple[str, ...]) -> Item:
    """Items read from the stdin spool are named ``<stdin>``; a plain-text document from it has id ``stdin``."""
    if paths:
        return item
    name = item.name.replace(source, "<stdin>")
    error = item.error
    if error is not None and error.doc_id:
        error.doc_id = error.doc_id.replace(source, "<stdin>")
    document = item.document
    if document is not None and document.source == source:
        document = replace(document, id="stdin", source="<stdin>")
    return replace(item, name=name, document=document, error=error, aliases=())


def _cleaned(item: Item) -> Item:
    """Plain text loses a doubled title, share lines and "Original Source Link"."""
    assert item.document is not None
    doc = item.document
    title = doc.title or doubled_title(doc.text)
    return replace(item, document=replace(doc, text=clean_text(doc.text, title), title=title))


def home_country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The ``--country`` option: the home country (ISO3) of the feed or outlet the documents come from."""
    from eventwire.model import check_country

    try:
        return check_country(value.upper() if value else value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


COUNTRY_HELP = (
    "Home country (ISO3, e.g. KEN) of the feed or outlet, for documents that give none: unnamed role nouns "
    '("police", "the home secretary") take it when the text does not say whose they are.'
)
