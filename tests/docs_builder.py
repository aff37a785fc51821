"""Hand-built spaCy ``Doc``s for fast tests of the parse rules: a parse written as a small table, no model loaded.

A table has one token per line, its columns separated by spaces::

    text   lemma   POS    tag   dep     head   [B-GPE | I-GPE ...]   [oov]

``head`` is the index of the token's head (a root is its own head); the optional columns give the token's entity
(IOB, as the model's ``ent_iob_``-``ent_type_``) and mark a word the model has no vector for (only misspelt words
matter to the rules: ``extract.triggers.typos`` reads them as meant). Sentences follow from the heads, each root's
subtree being one; the tense of a verb follows from its tag. In a token's text and lemma ``\\n``, ``\\t``, ``\\s``
and ``\\u00a0`` stand for a line break, a tab, a space and a non-breaking space.

The parses the tests share live in ``tests/parses/*.txt``, each a ``# <sentence>`` line followed by its table:
:func:`parsed` finds one by its sentence. They were written from what the bundled model gives (print a sentence's
table with ``python -m tests.docs_builder "<sentence>"``) and a slow test checks that they still agree with it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

import numpy
import spacy
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from thinc.types import Floats1d

from eventwire.extract.raw import RawEvent

PARSES = Path(__file__).resolve().parent / "parses"
ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", " ": "\\s", "\u00a0": "\\u00a0"}
UNESCAPE = re.compile(r"\\(\\|n|t|s|u00a0)")
UNESCAPED = {"\\": "\\", "n": "\n", "t": "\t", "s": " ", "u00a0": "\u00a0"}
IOB = re.compile(r"^[BI]-[A-Z_]+$")
# the morphology the rules read (the tense of a verb), as the model gives it for each tag
TAG_MORPH = {
    "VBD": "Tense=Past|VerbForm=Fin",
    "VBN": "Aspect=Perf|Tense=Past|VerbForm=Part",
    "VBG": "Aspect=Prog|Tense=Pres|VerbForm=Part",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
    "MD": "VerbType=Mod",
}


class TableError(ValueError):
    """A parse table that cannot be built, with the line at fault."""


@dataclass(frozen=True)
class Row:
    """One token of a parse table."""

    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str = "O"
    oov: bool = False


def escape(text: str) -> str:
    """``text`` with the characters that would break a table column written as escapes."""
    return "".join(ESCAPES.get(char, char) for char in text)


def unescape(text: str) -> str:
    return UNESCAPE.sub(lambda m: UNESCAPED[m.group(1)], text)


def read_table(table: str) -> list[Row]:
    """The rows of a parse table (blank lines are skipped)."""
    rows = []
    for number, line in enumerate(table.strip("\n").splitlines(), start=1):
        if line.strip():
            rows.append(_row(line, number))
    return rows


def _row(line: str, number: int) -> Row:
    columns = line.split()
    if len(columns) < 6:
        raise TableError(f"line {number} needs text, lemma, POS, tag, dep and head: {line.strip()!r}")
    text, lemma, pos, tag, dep, head, *rest = columns
    if not head.isdigit():
        raise TableError(f"line {number}: the head must be a token index, not {head!r}")
    extra = set(rest) - {"oov"}
    if any(not IOB.match(column) for column in extra) or len(extra) > 1:
        raise TableError(f"line {number}: unknown columns {sorted(extra)} (an IOB entity such as B-GPE, or oov)")
    ent = extra.pop() if extra else "O"
    return Row(unescape(text), unescape(lemma), pos, tag, dep, int(head), ent, "oov" in rest)


@cache
def vocab() -> Vocab:
    """The blank English vocabulary every hand-built Doc shares; words get vectors unless marked oov."""
    shared = spacy.blank("en").vocab
    shared.reset_vectors(width=1)
    return shared


def build(text: str, table: str) -> Doc:
    """The Doc of ``text`` parsed as ``table`` says; the words must spell ``text`` exactly."""
    rows = read_table(table)
    if any(row.head >= len(rows) for row in rows):
        raise TableError(f"{text!r}: a head points past the last of {len(rows)} tokens")
    _set_vectors(rows)
    doc = Doc(
        vocab(),
        words=[row.text for row in rows],
        spaces=_spaces(text, [row.text for row in rows]),
        lemmas=[row.lemma for row in rows],
        pos=[row.pos for row in rows],
        tags=[row.tag for row in rows],
        deps=[row.dep for row in rows],
        heads=[row.head for row in rows],
        morphs=[TAG_MORPH.get(row.tag, "") for row in rows],
        ents=[row.ent for row in rows],
    )
    return doc


def _spaces(text: str, words: list[str]) -> list[bool]:
    spaces, at = [], 0
    for word in words:
        if not text.startswith(word, at):
            raise TableError(f"{text!r}: the token {word!r} is not at character {at}")
        at += len(word)
        space = text.startswith(" ", at)
        spaces.append(space)
        at += space
    if at != len(text):
        raise TableError(f"{text!r}: the tokens stop at character {at} of {len(text)}")
    return spaces


def _set_vectors(rows: list[Row]) -> None:
    shared = vocab()
    for row in rows:
        known = shared.has_vector(row.text)
        if row.oov and known:
            raise TableError(f"{row.text!r} is marked oov here but has a vector from another parse")
        if not row.oov and not known:
            shared.set_vector(row.text, cast(Floats1d, numpy.zeros(1, dtype="float32")))


def describe(doc: Doc) -> str:
    """The table of a parsed Doc (the model's), in the form :func:`build` reads."""
    lines = []
    for token in doc:
        columns = [escape(token.text), escape(token.lemma_), token.pos_, token.tag_, token.dep_, str(token.head.i)]
        if token.ent_iob_ in ("B", "I"):
            columns.append(f"{token.ent_iob_}-{token.ent_type_}")
        if token.is_oov and not token.is_space:
            columns.append("oov")
        lines.append(columns)
    widths = [max(len(line[i]) for line in lines if len(line) > i) for i in range(max(map(len, lines)))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=False)).rstrip() for line in lines)


def stored_parses() -> Iterator[tuple[Path, str, str]]:
    """Every stored parse as (file, sentence, table), in file order."""
    for path in sorted(PARSES.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()):
            header, _, table = block.partition("\n")
            if not header.startswith("# "):
                raise TableError(f"{path.name}: a parse must start with '# <sentence>', not {header!r}")
            yield path, unescape_text(header[2:]), table


def unescape_text(text: str) -> str:
    """A sentence as written in a ``# `` line: ``\\n`` stands for a line break."""
    return text.replace("\\n", "\n")


def escape_text(text: str) -> str:
    return text.replace("\n", "\\n")


@cache
def _store() -> dict[str, str]:
    found: dict[str, str] = {}
    for path, sentence, table in stored_parses():
        if sentence in found:
            raise TableError(f"{path.name}: {sentence!r} has two parses")
        found[sentence] = table
    return found


def parsed(text: str) -> Doc:
    """A fresh Doc of ``text`` from its stored parse."""
    table = _store().get(text)
    if table is None:
        raise TableError(
            f"no hand-built parse of {text!r} in tests/parses/; print one with "
            f'`python -m tests.docs_builder "{escape_text(text)}"` and add it there'
        )
    return build(text, table)


def has_parse(text: str) -> bool:
    return text in _store()


def main(sentences: list[str]) -> None:
    """Print the stored-parse block of each sentence as the bundled model parses it (a tool for writing tests)."""
    from eventwire.nlp import load_model

    nlp = load_model()
    for sentence in sentences:
        text = unescape_text(sentence)
        print(f"# {escape_text(text)}\n{describe(nlp(text))}\n")


if __name__ == "__main__":
    main(sys.argv[1:])


def word(doc: Doc, text: str, nth: int = 0) -> Token:
    """The ``nth`` token of ``doc`` reading ``text``."""
    found = [token for token in doc if token.text == text]
    if len(found) <= nth:
        raise LookupError(f"{text!r} is not word {nth} of {doc.text!r}")
    return found[nth]


def text(found: Token | Span | None) -> str | None:
    """The words a rule found, None when it found nothing."""
    return found.text if found is not None else None


def event(doc: Doc, kind: str, trigger: str, source: str | None = None, target: str | None = None) -> RawEvent:
    """The extractor's record of an event of ``doc``, given by its trigger word and the words of its parties."""
    token = word(doc, trigger)
    return RawEvent(
        type=kind,
        trigger=doc[token.i : token.i + 1],
        sentence=token.sent,
        source=_words(doc, source),
        target=_words(doc, target),
    )


def _words(doc: Doc, words: str | None) -> Span | None:
    if words is None:
        return None
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    if span is None:
        raise LookupError(f"{words!r} are not whole words of {doc.text!r}")
    return span
