"""Named rule steps: the registry that extraction and resolution run their rules from.

A step is one rule with a stable dotted name (``veto.generic_statement``), the kind of decision it makes,
the data sections it reads, and its function. Each stage keeps one ``Registry`` and runs the steps of a
kind in registration order; a caller may switch steps off by name (``Coder(disable=[...])``), which is how
``eventwire eval --disable STEP`` measures what a step is worth. Unknown names are refused, listing the
known ones, so a typo cannot silently switch nothing off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["Registry", "Step", "UnknownStep"]


class UnknownStep(ValueError):
    """A step name that no registry knows."""


@dataclass(frozen=True, slots=True)
class Step(Generic[F]):
    """One named rule: what kind of decision it makes, which data sections it reads, and its function."""

    name: str
    kind: str
    reads: tuple[str, ...]
    func: F
    doc: str = ""


@dataclass
class Registry(Generic[F]):
    """The ordered steps of one stage, grouped by kind."""

    stage: str
    kinds: tuple[str, ...]
    steps: dict[str, Step[F]] = field(default_factory=dict)

    def register(self, name: str, kind: str, reads: Iterable[str] = ()) -> Callable[[F], F]:
        """Decorator: register the function as step ``name`` of ``kind``, reading the data sections ``reads``."""
        if kind not in self.kinds:
            raise ValueError(f"{self.stage}: step {name!r} has unknown kind {kind!r}; kinds: {', '.join(self.kinds)}")

        def add(func: F) -> F:
            if name in self.steps:
                raise ValueError(f"{self.stage}: step {name!r} is registered twice")
            doc = (func.__doc__ or "").strip().split("\n")[0]
            self.steps[name] = Step(name, kind, tuple(reads), func, doc)
            return func

        return add

    def of_kind(self, kind: str, disabled: frozenset[str] = frozenset()) -> Iterator[Step[F]]:
        """The enabled steps of ``kind``, in registration order."""
        return (step for step in self.steps.values() if step.kind == kind and step.name not in disabled)

    def check(self, names: Iterable[str]) -> frozenset[str]:
        """``names`` that belong to this registry; the others are returned by ``unknown``."""
        return frozenset(name for name in names if name in self.steps)


def checked(names: Iterable[str], *registries: Registry[Any]) -> frozenset[str]:
    """``names`` as a set, after making sure each is a step of one of ``registries``."""
    wanted = frozenset(names)
    known = {name for registry in registries for name in registry.steps}
    unknown = sorted(wanted - known)
    if unknown:
        raise UnknownStep(f"unknown step(s) {', '.join(unknown)}; known steps: {', '.join(sorted(known))}")
    return wanted
