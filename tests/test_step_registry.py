"""The registry of named rule steps: registered in order by kind, switched off by name, unknown names refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.steps import Registry, UnknownStep, checked

Veto = Callable[[str], bool]


def _registry() -> Registry[Veto]:
    steps: Registry[Veto] = Registry("extract", ("veto", "parties"))

    @steps.register("sport", "veto", reads=("nonevent.sports",))
    def sport(text: str) -> bool:
        """A match report is no event."""
        return "match" in text

    @steps.register("travel", "veto")
    def travel(text: str) -> bool:
        return "travelled" in text

    return steps


def test_steps_of_a_kind_come_in_registration_order() -> None:
    assert [s.name for s in _registry().of_kind("veto")] == ["sport", "travel"]


def test_a_step_keeps_what_it_reads_and_the_first_line_of_its_doc() -> None:
    step = _registry().steps["sport"]
    assert step.reads == ("nonevent.sports",)
    assert step.doc == "A match report is no event."
    assert step.func("the cup match")


def test_a_step_switched_off_by_name_is_left_out() -> None:
    assert [s.name for s in _registry().of_kind("veto", frozenset({"sport"}))] == ["travel"]


def test_a_step_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind 'derived'"):
        _registry().register("readiness", "derived")


def test_a_name_registered_twice_is_refused() -> None:
    steps = _registry()
    with pytest.raises(ValueError, match="'sport' is registered twice"):
        steps.register("sport", "veto")(lambda text: False)


def test_names_to_switch_off_must_be_known_steps() -> None:
    steps = _registry()
    assert checked(["sport"], steps) == frozenset({"sport"})
    with pytest.raises(UnknownStep, match=r"unknown step\(s\) golf; known steps: sport, travel"):
        checked(["golf"], steps)


def test_a_registry_tells_which_names_are_its_own() -> None:
    assert _registry().check(["sport", "golf"]) == frozenset({"sport"})
