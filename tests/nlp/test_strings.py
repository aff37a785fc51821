"""The lean string table: built from the installed model, and parses equal to those of the model's full table."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import spacy

from eventwire.eval.paths import default_corpus
from eventwire.nlp import load_model, model_path
from eventwire.nlp.strings import strings_file, write_strings

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXTS = [
    "Kenyan police arrested 12 protesters in Mombasa on Monday, the Interior Ministry said.",
    "Attakced by gunmen, the convoy retreated towards Baidoa; al-Shabaab claimed responsibility.",
    "Prime Minister Theresa May met Chancellor Angela Merkel in Berlin to discuss Brexit.",
    "SHARES OF XYZ CORP ROSE 3.5 PCT TO 45-3/8 DLRS IN ACTIVE TRADING, ANALYSTS SAID.",
]


def _annotations(nlp: spacy.language.Language, texts: list[str]) -> list[list[tuple[str, ...]]]:
    return [
        [
            (
                t.text,
                t.lemma_,
                t.tag_,
                t.pos_,
                t.dep_,
                t.head.text,
                t.ent_type_,
                t.ent_iob_,
                t.norm_,
                t.shape_,
                str(t.morph),
            )
            for t in doc
        ]
        for doc in nlp.pipe(texts)
    ]


def _texts() -> list[str]:
    corpus = default_corpus()
    if corpus is None:
        return TEXTS
    with corpus.open(encoding="utf-8") as lines:
        return TEXTS + [json.loads(line)["text"] for _, line in zip(range(40), lines, strict=False)]


def test_the_shipped_table_is_what_the_installed_model_gives(tmp_path: Path) -> None:
    path = model_path()
    fresh = write_strings(spacy.load(path), path, tmp_path / "strings.json.gz")
    with gzip.open(fresh) as new, gzip.open(strings_file()) as shipped:
        assert json.loads(new.read()) == json.loads(shipped.read()), "run `make model-strings` and commit the file"


def test_a_parse_with_the_lean_table_equals_one_with_the_full_table() -> None:
    full = spacy.load(model_path())
    lean = load_model()
    texts = _texts()
    lean_parse = _annotations(lean, texts)
    assert len(lean.vocab.strings) < len(full.vocab.strings) / 10
    full.add_pipe("eventwire_paragraphs", before="parser")
    assert lean_parse == _annotations(full, texts)
