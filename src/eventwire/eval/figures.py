"""The figures table of ``docs/evaluation.md``, written by ``eventwire gate --report`` (never by hand)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from eventwire.errors import EvalError
from eventwire.eval.gate import Check, SetRun
from eventwire.eval.score import FieldScore

START = "<!-- figures:start -->"
END = "<!-- figures:end -->"

_COLUMNS = ("source_country", "target_country", "location", "date")


def commit_id(repo: Path) -> str:
    """The short commit of ``repo``, with ``+dirty`` when tracked files have changed; ``unknown`` outside git."""
    try:
        head = _git(repo, "rev-parse", "--short", "HEAD")
        dirty = _git(repo, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True, timeout=30)
    return done.stdout.strip()


def figures_markdown(runs: Sequence[SetRun], checks: Sequence[Check], commit: str, when: datetime | None = None) -> str:
    """The figures section: one row per set, then the gated figures with their bounds."""
    when = when or datetime.now(UTC)
    seconds = sum(r.seconds for r in runs)
    lines = [
        f"Measured on {when:%Y-%m-%d} at commit `{commit}` by `eventwire gate --report docs/evaluation.md` "
        f"(coding and scoring took {seconds:.0f} s in one process).",
        "",
        "| set | docs | gold events | recall | precision | F1 | source country | target country | location | date "
        "| events/doc |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    lines += [_row(run) for run in runs]
    lines += ["", "| set | gated figure | now | bound |", "|---|---|--:|--:|"]
    lines += [
        f"| {c.set} | `{c.metric}` | {c.value:.4f} | {c.kind} {c.bound:.4f} |"
        for c in checks
        if c.kind in ("floor", "ceiling") and c.value is not None and c.bound is not None
    ]
    return "\n".join(lines)


def _row(run: SetRun) -> str:
    r = run.report
    cells = [
        run.set.name,
        str(r.docs),
        str(r.events.n),
        _num(r.events.recall),
        _num(r.events.precision),
        _num(r.events.f1),
        *(_field(r.fields[name]) for name in _COLUMNS),
        _num(r.events_per_doc),
    ]
    return "| " + " | ".join(cells) + " |"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _field(score: FieldScore) -> str:
    return "–" if score.accuracy is None else f"{score.accuracy:.3f} (n={score.n})"


def rewrite_section(path: Path, body: str) -> None:
    """Replace what lies between the figures markers of ``path`` with ``body``."""
    rewrite_between(path, body, (START, END), "the figures go")


def rewrite_between(path: Path, body: str, markers: tuple[str, str], what: str) -> None:
    """Replace what lies between the two ``markers`` of the Markdown file ``path`` with ``body``; ``what`` says what
    goes there, for the error when a marker is missing."""
    opening, closing = markers
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"cannot read {path}: {exc.strerror}") from exc
    head, start, rest = text.partition(opening)
    _, end, tail = rest.partition(closing)
    if not start or not end:
        raise EvalError(f"{path} has no {opening} ... {closing} section; add the two markers where {what}")
    path.write_text(f"{head}{opening}\n{body}\n{closing}{tail}", encoding="utf-8")
