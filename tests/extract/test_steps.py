"""Extraction as registered, named steps: each step is named after its kind, says what it decides and what data it
reads, and can be switched off by name (fast: documents are built by hand, no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.extract import STEPS, extract_events
from eventwire.extract.raw import RawEvent
from eventwire.extract.registry import KINDS
from eventwire.lexicons.classes import CLASSES_FILE, load_classes
from eventwire.lexicons.cues import CUES_FILE
from eventwire.lexicons.files import read_yaml

VOCAB = spacy.blank("en").vocab

# (word, part of speech, tag, dependency, head index, lemma, entity label)
ARREST = [
    ("Police", "NOUN", "NNS", "nsubj", 1, "police", ""),
    ("arrested", "VERB", "VBD", "ROOT", 1, "arrest", ""),
    ("the", "DET", "DT", "det", 3, "the", ""),
    ("protesters", "NOUN", "NNS", "dobj", 1, "protester", ""),
    ("in", "ADP", "IN", "prep", 1, "in", ""),
    ("Nairobi", "PROPN", "NNP", "pobj", 4, "Nairobi", "GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", ""),
]
PLANNED = [
    ("Police", "NOUN", "NNS", "nsubj", 2, "police", ""),
    ("will", "AUX", "MD", "aux", 2, "will", ""),
    ("arrest", "VERB", "VB", "ROOT", 2, "arrest", ""),
    ("the", "DET", "DT", "det", 4, "the", ""),
    ("protesters", "NOUN", "NNS", "dobj", 2, "protester", ""),
    (".", "PUNCT", ".", "punct", 2, ".", ""),
]
RESTATED = [
    ("This", "PRON", "DT", "nsubj", 1, "this", ""),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", ""),
    ("the", "DET", "DT", "det", 4, "the", ""),
    ("first", "ADJ", "JJ", "amod", 4, "first", ""),
    ("visit", "NOUN", "NN", "attr", 1, "visit", ""),
    (".", "PUNCT", ".", "punct", 1, ".", ""),
]


def built(rows: list[tuple[str, str, str, str, int, str, str]]) -> Doc:
    """A parsed document built by hand: words with their part of speech, dependency, head, lemma and entity."""
    words, pos, tags, deps, heads, lemmas, ents = (list(column) for column in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    labels = [f"B-{label}" if label else "O" for label in ents]
    return Doc(VOCAB, words, spaces, pos=pos, tags=tags, deps=deps, heads=heads, lemmas=lemmas, ents=labels)


def summary(events: list[RawEvent]) -> list[tuple[str, str, str | None, str | None, str]]:
    def text(span: object) -> str | None:
        return getattr(span, "text", None)

    return [(e.type, e.trigger.text, text(e.source), text(e.target), e.status) for e in events]


def test_every_step_is_named_after_a_known_kind() -> None:
    misnamed = [s.name for s in STEPS.steps.values() if s.kind not in KINDS or not s.name.startswith(f"{s.kind}.")]
    assert not misnamed


def test_every_step_says_what_it_decides() -> None:
    assert not [s.name for s in STEPS.steps.values() if not s.doc]


def test_every_data_section_a_step_reads_is_in_its_file() -> None:
    cue_sections = set(read_yaml(CUES_FILE).mapping())
    classes = load_classes()
    known = {f"cues.yaml:{s}" for s in cue_sections} | {f"classes.yaml:{c}" for c in classes} | {"triggers.tsv"}
    unknown = {(s.name, r) for s in STEPS.steps.values() for r in s.reads if r not in known}
    assert not unknown, f"steps read sections that {CUES_FILE} or {CLASSES_FILE} do not have"


def test_all_steps_on_code_the_arrest_and_the_protest_it_meets() -> None:
    assert summary(extract_events(built(ARREST))) == [
        ("COERCE", "arrested", "Police", "the protesters", "asserted"),
        ("PROTEST", "protesters", None, "Police", "asserted"),
    ]


def test_without_the_counterpart_step_the_protest_has_no_target() -> None:
    events = extract_events(built(ARREST), frozenset({"counterpart.protest_forces"}))
    assert ("PROTEST", "protesters", None, None, "asserted") in summary(events)


def test_without_the_dependency_finder_the_arrest_has_no_parties() -> None:
    events = extract_events(built(ARREST), frozenset({"parties.dependency"}))
    assert summary(events)[0] == ("COERCE", "arrested", None, None, "asserted")


def test_a_future_arrest_is_planned() -> None:
    assert summary(extract_events(built(PLANNED)))[0][-1] == "planned"


def test_without_the_status_step_every_event_is_asserted() -> None:
    events = extract_events(built(PLANNED), frozenset({"status.cues"}))
    assert {e.status for e in events} == {"asserted"}


def test_a_restated_visit_is_no_event() -> None:
    assert not any(e.type == "CONSULT" for e in extract_events(built(RESTATED)))


def test_switching_the_restating_veto_off_keeps_the_visit() -> None:
    events = extract_events(built(RESTATED), frozenset({"veto.restated"}))
    assert [e.trigger.text for e in events if e.type == "CONSULT"] == ["visit"]


def test_a_name_no_step_has_switches_nothing_off() -> None:
    assert summary(extract_events(built(ARREST), frozenset({"no.such_step"}))) == summary(extract_events(built(ARREST)))
