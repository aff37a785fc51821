"""Hand-built Docs: a parse table becomes the Doc the model would give, and the stored parses still agree with it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.docs_builder import (
    TableError,
    build,
    describe,
    escape,
    has_parse,
    parsed,
    read_table,
    stored_parses,
    unescape,
)

HEADLINE = "Raiders attakced houses in Kisumu.\n\nPolice said."
TABLE = """
Raiders   raider   NOUN   NNS  nsubj  1
attakced  attakce  VERB   VBD  ROOT   1   oov
houses    house    NOUN   NNS  dobj   1
in        in       ADP    IN   prep   1
Kisumu    Kisumu   PROPN  NNP  pobj   3   B-GPE  oov
.         .        PUNCT  .    punct  1
\\n\\n      \\n\\n     SPACE  _SP  dep    5
Police    police   NOUN   NNS  nsubj  8
said      say      VERB   VBD  ROOT   8
.         .        PUNCT  .    punct  8
"""


def test_the_words_spell_the_text_with_its_spaces() -> None:
    doc = build(HEADLINE, TABLE)
    assert doc.text == HEADLINE
    assert [t.whitespace_ for t in doc][:3] == [" ", " ", " "]
    assert doc[5].whitespace_ == ""


def test_each_column_sets_its_attribute() -> None:
    token = build(HEADLINE, TABLE)[1]
    assert (token.lemma_, token.pos_, token.tag_, token.dep_, token.head.i) == ("attakce", "VERB", "VBD", "ROOT", 1)


def test_sentences_follow_the_heads() -> None:
    assert [s.text for s in build(HEADLINE, TABLE).sents] == ["Raiders attakced houses in Kisumu.\n\n", "Police said."]


def test_entities_come_from_the_iob_column() -> None:
    assert [(e.text, e.label_) for e in build(HEADLINE, TABLE).ents] == [("Kisumu", "GPE")]


def test_only_the_words_marked_oov_are_unknown() -> None:
    doc = build(HEADLINE, TABLE)
    assert [t.text for t in doc if t.is_oov and not t.is_space] == ["attakced", "Kisumu"]


def test_a_verb_takes_the_tense_of_its_tag() -> None:
    doc = build(HEADLINE, TABLE)
    assert doc[1].morph.get("Tense", []) == ["Past"]
    assert doc[2].morph.get("Tense", []) == []


def test_a_table_not_spelling_its_text_is_refused() -> None:
    with pytest.raises(TableError, match="'says' is not at character 7"):
        build("Police said.", "Police police NOUN NNS nsubj 1\nsays say VERB VBZ ROOT 1\n. . PUNCT . punct 1")


def test_a_short_row_names_its_line() -> None:
    with pytest.raises(TableError, match="line 2 needs text, lemma, POS, tag, dep and head"):
        read_table("Police police NOUN NNS nsubj 1\nsaid say VERB")


def test_an_unknown_column_names_its_line() -> None:
    with pytest.raises(TableError, match="line 1: unknown columns"):
        read_table("Police police NOUN NNS nsubj 0 police")


def test_a_head_past_the_last_token_is_refused() -> None:
    with pytest.raises(TableError, match="past the last of 1 tokens"):
        build("Police", "Police police NOUN NNS ROOT 3")


def test_whitespace_in_a_token_is_written_as_an_escape() -> None:
    assert escape("\n\n \u00a0\\") == "\\n\\n\\s\\u00a0\\\\"
    assert unescape(escape("\n\n \u00a0\\")) == "\n\n \u00a0\\"


def test_describe_writes_back_the_table_a_doc_was_built_from() -> None:
    assert describe(build(HEADLINE, TABLE)).split() == TABLE.split()


def test_a_stored_parse_is_found_by_its_sentence() -> None:
    sentence = next(sentence for _, sentence, _ in stored_parses())
    assert has_parse(sentence)
    assert parsed(sentence).text == sentence


def test_a_sentence_without_a_stored_parse_says_how_to_add_one() -> None:
    with pytest.raises(TableError, match=r"python -m tests\.docs_builder"):
        parsed("No parse was ever stored for this sentence.")


def test_every_stored_parse_builds() -> None:
    for path, sentence, table in stored_parses():
        assert build(sentence, table).text == sentence, path.name


@pytest.mark.parametrize(("sentence", "table"), [(s, t) for _, s, t in stored_parses()], ids=lambda v: v[:40])
def test_a_stored_parse_is_what_the_model_gives(nlp: Language, sentence: str, table: str) -> None:
    doc = nlp(sentence)
    assert describe(doc).split() == table.split()
    built = build(sentence, table)
    assert [t.morph.get("Tense", []) for t in built] == [t.morph.get("Tense", []) for t in doc]
