"""The packaged date lexicon loads and is complete (malformed files: tests/lexicons/test_dates.py)."""

from __future__ import annotations

from eventwire.lexicons.dates import load_lexicon


def test_packaged_lexicon_names_every_month_and_weekday() -> None:
    lex = load_lexicon()
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))
    assert lex.months["sept"] == 9
    assert lex.weekdays["friday"] == 4


def test_packaged_lexicon_offsets_and_seasons_are_sane() -> None:
    lex = load_lexicon()
    assert lex.relative_days["yesterday"] == -1
    assert lex.reference_days["the day after"] == 1
    assert all(-7 <= v <= 7 for v in (*lex.relative_days.values(), *lex.reference_days.values()))
    assert all(1 <= s.first <= 12 and 1 <= s.months <= 4 for s in lex.seasons.values())
    assert "say" in lex.reporting_verbs


def test_full_names_are_separated_from_abbreviations() -> None:
    full, short = load_lexicon().month_names()
    assert "September" in full
    assert "Sept" in short
    assert "May" in full


def test_sequence_words_and_times_of_day_are_loaded() -> None:
    lex = load_lexicon()
    assert {"after", "before", "following"} <= lex.sequence_words
    assert {"midnight", "dawn"} <= lex.times_of_day
    assert not lex.sequence_words & lex.times_of_day


def test_packaged_holidays_name_real_days() -> None:
    holidays = load_lexicon().holidays
    assert (holidays["Christmas Day"].month, holidays["Christmas Day"].first) == (12, 25)
    assert all(h.first <= h.last for h in holidays.values())


def test_packaged_future_frames_include_expectation_and_schedule() -> None:
    assert {"expect", "due", "schedule"} <= load_lexicon().future_frames
