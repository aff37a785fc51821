from __future__ import annotations

import pytest

from eventwire.ingest.dedup import Deduplicator, fingerprint, shingles

BASE = (
    "Government forces and rebel fighters clashed near the northern border town on Saturday, leaving at least "
    "twelve people dead, local officials said. The army said it had regained control of two villages after "
    "heavy fighting overnight, while the rebels accused the military of shelling civilian homes. Aid groups "
    "called for a ceasefire so that the wounded could be evacuated to hospitals in the regional capital."
)


def test_exact_duplicates_match_despite_case_and_spacing() -> None:
    dedup = Deduplicator()
    dedup.add("first", fingerprint(BASE))
    found = dedup.find(fingerprint(BASE.upper().replace(" ", "  ")))
    assert found is not None
    assert (found.of, found.kind) == ("first", "exact")


def test_near_duplicates_with_a_small_edit_are_linked_to_the_first_copy() -> None:
    dedup = Deduplicator(threshold=0.8)
    dedup.add("first", fingerprint(BASE))
    edited = BASE.replace("on Saturday", "on Saturday morning") + " Updated at 10:00."
    found = dedup.find(fingerprint(edited))
    assert found is not None
    assert found.of == "first"
    assert found.kind == "near"
    assert 0.8 <= found.similarity < 1.0


def test_different_stories_are_not_duplicates() -> None:
    dedup = Deduplicator()
    dedup.add("first", fingerprint(BASE))
    other = "The central bank raised interest rates by half a point on Thursday, citing persistent inflation."
    assert dedup.find(fingerprint(other)) is None


def test_signatures_survive_a_round_trip_through_bytes() -> None:
    fp = fingerprint(BASE)
    restored = Deduplicator()
    restored.load([("stored", fp)])
    found = restored.find(fingerprint(BASE + " Extra words at the end of it."))
    assert found is not None
    assert found.of == "stored"


def test_short_texts_still_get_a_shingle() -> None:
    assert shingles("Hi there") == {b"hi there"}


def test_threshold_outside_zero_one_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        Deduplicator(threshold=1.5)
