"""The resolver checks every data file when it starts: a bad row fails there, naming its file and line, instead of
failing every document later."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import read_text, substituted
from eventwire.resolve import Resolver

PEOPLE = "actors/people.tsv"


def _bad_date() -> tuple[str, int]:
    lines = read_text(PEOPLE).splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if "\t1993-01-20\t" in line)
    lines[number] = lines[number].replace("\t1993-01-20\t", "\t1993-13-20\t")
    return "".join(lines), number + 1


def test_a_bad_date_in_people_fails_when_the_resolver_starts() -> None:
    text, line = _bad_date()
    with substituted(PEOPLE, text), pytest.raises(DataFileError, match=f"data/{PEOPLE} line {line}: start"):
        Resolver()


def test_the_start_up_failure_is_e303() -> None:
    text, _ = _bad_date()
    with substituted(PEOPLE, text), pytest.raises(DataFileError) as caught:
        Resolver()
    assert caught.value.code == "E303"


@pytest.mark.slow
def test_a_coder_with_a_bad_people_row_does_not_start() -> None:
    from eventwire.pipeline import Coder

    text, line = _bad_date()
    with substituted(PEOPLE, text), pytest.raises(DataFileError, match=f"data/{PEOPLE} line {line}"):
        Coder()
