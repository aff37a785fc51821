"""The coder as a spaCy component and as an API: events on ``doc._.events``, bad documents skipped."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire import Coder, Document, Event, code_documents, code_text
from eventwire.errors import CodingError, EventwireError
from eventwire.extract.raw import RawEvent
from eventwire.pipeline import COMPONENT

TEXT = "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations."


@pytest.fixture
def nlp_with_component(nlp: Language) -> Iterator[Language]:
    """The shared model with the component added for one test, then removed again."""
    nlp.add_pipe(COMPONENT)
    try:
        yield nlp
    finally:
        nlp.remove_pipe(COMPONENT)


def root_events(doc: Doc, disabled: frozenset[str] = frozenset()) -> list[RawEvent]:
    """Stand-in extractor: one AGREE per sentence, at its root verb."""
    if "BOOM" in doc.text:
        raise EventwireError("stand-in extractor failed on purpose")
    if "CRASH" in doc.text:
        raise IndexError("a bug in the stand-in extractor")
    return [RawEvent(type="AGREE", trigger=doc[s.root.i : s.root.i + 1], sentence=s) for s in doc.sents]


@pytest.fixture
def stand_in_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.pipeline.extract_events", root_events)


def test_component_is_added_by_name_and_writes_a_list(nlp_with_component: Language) -> None:
    assert nlp_with_component.pipe_names[-1] == COMPONENT
    doc = nlp_with_component(TEXT)
    assert isinstance(doc._.events, list)
    assert all(isinstance(e, Event) for e in doc._.events)


def test_component_declares_what_it_reads_and_writes() -> None:
    meta = Language.get_factory_meta(COMPONENT)
    assert "doc._.events" in meta.assigns
    assert {"doc.ents", "doc.sents"} <= set(meta.requires)


@pytest.mark.usefixtures("stand_in_extractor")
def test_component_resolves_extracted_events(nlp_with_component: Language) -> None:
    doc = nlp_with_component(TEXT)
    assert [(e.type, e.evidence.trigger, e.doc_id) for e in doc._.events] == [("AGREE", "agreed", "doc")]
    assert doc._.events[0].evidence.sentence == TEXT


@pytest.mark.usefixtures("stand_in_extractor")
def test_component_over_nlp_pipe_codes_each_doc(nlp_with_component: Language) -> None:
    docs = list(nlp_with_component.pipe([TEXT, "Nothing here. Two sentences."]))
    assert [len(d._.events) for d in docs] == [1, 2]


@pytest.mark.slow  # the coder API loads the spaCy model itself
def test_code_text_returns_events_of_the_given_document() -> None:
    events = code_text(TEXT, published="2020-08-14", doc_id="uae")
    assert isinstance(events, list)
    assert all(e.doc_id == "uae" for e in events)


@pytest.mark.slow  # the coder API loads the spaCy model itself
def test_code_documents_skips_a_bad_document_and_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    docs = [Document(id="first", text=TEXT), Document(id="empty", text="   \n"), Document(id="last", text=TEXT)]
    with caplog.at_level(logging.WARNING, logger="eventwire.pipeline"):
        coded = list(code_documents(docs))
    assert [d.id for d, _ in coded] == ["first", "last"]
    assert "empty" in caplog.text
    assert "E101" in caplog.text


@pytest.mark.slow  # the coder API loads the spaCy model itself
@pytest.mark.usefixtures("stand_in_extractor")
def test_an_error_inside_the_coder_is_kept_with_its_document_and_the_batch_goes_on() -> None:
    docs = [Document(id="a", text=TEXT), Document(id="b", text="BOOM went the thing."), Document(id="c", text=TEXT)]
    results = list(Coder().code_many(docs, batch_size=2))
    assert [r.document.id for r in results] == ["a", "b", "c"]
    assert [r.error is None for r in results] == [True, False, True]
    assert [len(r.events) for r in results] == [1, 0, 1]
    assert [e.doc_id for r in results for e in r.events] == ["a", "c"]


@pytest.mark.slow  # the coder API loads the spaCy model itself
@pytest.mark.usefixtures("stand_in_extractor")
def test_a_bug_on_one_document_is_reported_as_a_coding_error_and_the_batch_goes_on() -> None:
    docs = [Document(id="a", text=TEXT), Document(id="b", text="CRASH went the thing."), Document(id="c", text=TEXT)]
    results = list(Coder().code_many(docs, batch_size=3))
    assert [r.document.id for r in results] == ["a", "b", "c"]
    error = results[1].error
    assert isinstance(error, CodingError)
    assert error.code == "E700"
    assert error.doc_id == "b"
    assert "IndexError" in str(error)
    assert [len(r.events) for r in results] == [1, 0, 1]
