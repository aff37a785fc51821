"""Properties that must hold for any input: the readers, the HTML cleaner, the date resolver and the gazetteer.

Every property runs in the ordinary test run with Hypothesis's 100 examples; ``test_fuzz_run.py`` runs them all
again with a recorded budget (``EVENTWIRE_FUZZ_EXAMPLES`` examples each); docs/security.md records a run.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Span

from eventwire.errors import EventwireError
from eventwire.extract.raw import RawEvent
from eventwire.ingest.clean import clean_text, normalise_whitespace
from eventwire.ingest.files import jsonl_items
from eventwire.ingest.html import extract_page, fragment_text
from eventwire.ingest.records import read_csv

# The date resolver and the gazetteer are imported here only, by module, for their public functions
# (sentence_dates, event_date; Gazetteer, fold): fix these two lines if they move again.
from eventwire.lexicons.gazetteer import index as gazetteer_module
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Document, EventDate, Status
from eventwire.resolve.dates import linking as date_resolver
from eventwire.resolve.dates.clauses import background
from eventwire.resolve.dates.phrases import counts_from_another

# --- strategies -------------------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Sept."]  # fmt: skip
DATE_WORDS = [*WEEKDAYS, *MONTHS, "last", "next", "this", "week", "month", "year", "ago", "on", "in", "since",
              "until", "from", "to", "between", "and", "early", "late", "mid", "the", "of", "day", "days",
              "yesterday", "today", "tomorrow", "weekend", "night", "morning", "1", "3", "17", "31", "32", "2019",
              "2024", "1999", "0", "9999", "-", "/", ",", "."]  # fmt: skip
CLAUSES = ["Police arrested protesters", "The minister will visit Kenya", "Talks were held", "Troops attacked the town",
           "Leaders may meet", "The army did not withdraw", "Officials said they would sign a deal"]  # fmt: skip

date_phrases = st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=6).map(" ".join)
sentences = st.builds(lambda c, d: f"{c} {d}.", st.sampled_from(CLAUSES), date_phrases)
published_dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
documents = st.builds(
    Document,
    id=st.text(min_size=1, max_size=20).filter(str.strip),
    text=st.text(min_size=1, max_size=200).filter(str.strip),
    title=st.one_of(st.none(), st.text(max_size=30)),
)
html_tags = st.sampled_from(["p", "div", "span", "article", "main", "script", "style", "a", "b", "table", "li", "h1"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Pages of nested tags around text, some unclosed, some with entities and stray brackets."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(html_tags)
        inner = draw(st.text(max_size=60))
        closed = draw(st.booleans())
        parts.append(f"<{tag}>{inner}" + (f"</{tag}>" if closed else ""))
    noise = draw(st.sampled_from(["", "&amp;", "&#0;", "<!--", "]]>", "<?xml?>", "\x00", "<", ">"]))
    return f"<html><head><title>{draw(st.text(max_size=20))}</title></head><body>{''.join(parts)}{noise}</body></html>"


# --- events to resolve ------------------------------------------------------------------------------------


def _raw_event(sent: Span, status: Status) -> RawEvent:
    root = sent.root
    return RawEvent(type="CONSULT", trigger=sent.doc[root.i : root.i + 1], sentence=sent, status=status)


# --- readers ------------------------------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_jsonl_reader_never_raises_and_names_every_error(data: bytes) -> None:
    for item in jsonl_items(io.BufferedReader(io.BytesIO(data)), "in.jsonl"):
        assert (item.document is None) != (item.error is None)
        if item.error is not None:
            assert (item.error.doc_id or "").startswith("in.jsonl"), item.error


@given(st.lists(documents, max_size=8))
def test_jsonl_reader_reads_back_what_was_written(docs: list[Document]) -> None:
    data = "".join(json.dumps(d.to_json()) + "\n" for d in docs).encode("utf-8")
    items = list(jsonl_items(io.BufferedReader(io.BytesIO(data)), "in.jsonl"))
    if not docs:
        assert [i.error.code for i in items if i.error] == ["E101"]
        return
    assert [(i.document.id, i.document.text, i.document.title) for i in items if i.document] == [
        (d.id, d.text, d.title) for d in docs
    ]


@given(st.binary(max_size=2000), st.one_of(st.none(), st.sampled_from(["text", "body", "story"])))
def test_csv_reader_never_raises_and_names_every_error(data: bytes, column: str | None) -> None:
    for item in read_csv(data, "in.csv", column):
        assert (item.document is None) != (item.error is None)
        if item.error is not None:
            assert (item.error.doc_id or "").startswith("in.csv"), item.error


@given(st.lists(st.tuples(st.text(max_size=10), st.text(max_size=120).filter(str.strip)), min_size=1, max_size=8))
def test_csv_reader_reads_back_what_was_written(rows: list[tuple[str, str]]) -> None:
    rows = [(ref.replace("\x00", ""), text.replace("\x00", "").replace("\r", "")) for ref, text in rows]
    rows = [(ref, text) for ref, text in rows if text.strip()]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["ref", "text"])
    writer.writerows(rows)
    items = list(read_csv(out.getvalue().encode("utf-8"), "in.csv"))
    assert [i.document.text for i in items if i.document] == [text for _, text in rows]


# --- HTML cleaner -------------------------------------------------------------------------------------------


@given(st.one_of(html_pages(), st.text(max_size=500), st.binary(max_size=500)))
def test_page_extraction_only_ever_refuses_with_a_named_error(page: str | bytes) -> None:
    try:
        extracted = extract_page(page, where="page.html")
    except EventwireError as exc:
        assert exc.doc_id == "page.html"
        assert exc.code in {"E101", "E104"}
    else:
        assert extracted.text.strip()


@given(st.one_of(html_pages(), st.text(max_size=500)))
def test_fragment_text_never_raises(fragment: str) -> None:
    assert isinstance(fragment_text(fragment), str)


@given(st.text(max_size=800), st.one_of(st.none(), st.text(max_size=40)))
def test_cleaned_text_is_normalised(text: str, title: str | None) -> None:
    cleaned = clean_text(text, title)
    assert "\r" not in cleaned
    assert "\n\n\n" not in cleaned
    assert "  " not in cleaned
    assert cleaned == cleaned.strip()
    assert normalise_whitespace(normalise_whitespace(text)) == normalise_whitespace(text)


# --- date resolver ------------------------------------------------------------------------------------------


@given(st.lists(sentences, min_size=1, max_size=3), published_dates, st.sampled_from(["asserted", "planned"]))
def test_date_resolver_gives_a_well_formed_date_for_any_phrase(
    nlp: Language, parts: list[str], published: date | None, status: Status
) -> None:
    doc = nlp(" ".join(parts))
    for sent in doc.sents:
        for located in date_resolver.sentence_dates(sent):
            assert sent.start <= located.span.start
            assert located.span.end <= sent.end
        raw = _raw_event(sent, status)
        when = date_resolver.event_date(raw, published)
        assert when is None or isinstance(when, EventDate)
        counted = any(counts_from_another(located) for located in date_resolver.sentence_dates(sent))
        # a planned step that nothing dates has no date (it comes after the day reported, docs/dates.md)
        if published is not None and not background(raw.trigger.root) and not counted and status != "planned":
            assert when is not None, "with a publication date, every event but a background or counted one gets a date"


# --- gazetteer ----------------------------------------------------------------------------------------------


@given(st.text(max_size=60))
def test_gazetteer_lookups_never_raise(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is None or place.name
    assert isinstance(gazetteer.countries_of(name), set)


@given(st.sampled_from(["Nairobi", "Kenya", "Mogadishu", "Kharkiv", "Gaza", "São Paulo", "Al Bab"]), st.data())
def test_gazetteer_ignores_case_spacing_and_marks(gazetteer: Gazetteer, name: str, data: st.DataObject) -> None:
    variant = data.draw(st.sampled_from([name.upper(), name.lower(), f"  {name} ", name.replace(" ", "  ")]))
    assert gazetteer.lookup(variant) == gazetteer.lookup(name)
    folded = gazetteer_module.fold(variant)
    assert folded == folded.strip()
    assert "  " not in folded
