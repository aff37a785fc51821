"""The two test tiers: a test using the model is marked slow, and the fast tier fails a test loading the model.

Each test runs a small pytest session of its own with this suite's conftest as a plugin.
"""

from __future__ import annotations

import pytest

import eventwire.nlp

TESTS = """
import pytest


def test_plain():
    assert True


def test_uses_the_model(nlp):
    assert nlp is not None


@pytest.mark.slow
def test_marked_by_hand():
    assert True


@pytest.mark.hand_built
def test_twice(parse):
    assert callable(parse)


def test_parses_with_the_model(parse):
    assert callable(parse)
"""

LOADING = """
import pytest
import spacy

import eventwire.nlp


def test_loads_the_model():
    eventwire.nlp.load_model()


def test_loads_any_model_through_spacy():
    spacy.load("en_core_web_md")


def test_cannot_swallow_the_failure():
    try:
        eventwire.nlp.load_model()
    except Exception:
        pass
"""


def test_the_fast_tier_leaves_out_model_and_marked_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_tiers_sample=TESTS)
    result = pytester.runpytest("-p", "tests.conftest", "--fast", "-v")
    result.assert_outcomes(passed=2, deselected=4)
    result.stdout.fnmatch_lines(["*test_plain PASSED*", "*test_twice?hand-built? PASSED*"])


def test_a_model_test_is_marked_slow(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_tiers_sample=TESTS)
    result = pytester.runpytest("-p", "tests.conftest", "-m", "slow", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["*test_uses_the_model*", "*test_marked_by_hand*", "*test_twice?model?*", "*test_parses_with_the_model*"]
    )
    result.stdout.no_fnmatch_line("*test_plain*")
    result.stdout.no_fnmatch_line("*test_twice?hand-built?*")


def test_the_fast_tier_fails_every_way_of_loading_the_model(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_tiers_loading=LOADING)
    result = pytester.runpytest("-p", "tests.conftest", "--fast")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*loads the spaCy model in the fast tier*"])


def test_the_guard_is_undone_after_a_session(pytester: pytest.Pytester) -> None:
    loader = eventwire.nlp.load_model
    pytester.makepyfile(test_tiers_sample=TESTS)
    pytester.runpytest("-p", "tests.conftest", "--fast")
    assert eventwire.nlp.load_model is loader
