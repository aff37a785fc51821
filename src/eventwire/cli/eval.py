"""``eventwire eval``: score the coder (or a prediction file) against a gold file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire import eval as ev
from eventwire.errors import EvalError
from eventwire.model import EVENT_TYPES


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score these predicted events (event JSONL) instead of coding the gold documents.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON document.")
@click.option("--sample", type=click.IntRange(min=1), metavar="N", help="Score a seeded random sample of N documents.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of --sample.")
@click.option(
    "--write-pred",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also save the coded predictions here (event JSONL), to score again with --pred.",
)
@click.option("--per-document", is_flag=True, help="Also print event and strict figures for each document.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Drop coded events below this confidence (default: the coder's threshold, as `eventwire code`).",
)
@click.option(
    "-p", "--processes", type=click.IntRange(min=1), metavar="N", help="Coding processes (default: one per core)."
)
@click.option(
    "--disable",
    "disabled",
    multiple=True,
    metavar="STEP",
    help="Code with this step switched off (repeat for more); `--ablate` names every step.",
)
@click.option(
    "--ablate",
    is_flag=True,
    help="Print, for every step, the figures with it switched off against every step on (one parse, one coding "
    "per step).",
)
def eval_(
    gold: Path,
    pred: Path | None,
    as_json: bool,
    sample: int | None,
    seed: int,
    write_pred: Path | None,
    per_document: bool,
    min_confidence: float | None,
    processes: int | None,
    disabled: tuple[str, ...],
    ablate: bool,
) -> None:
    """Score events against GOLD, a gold JSONL file (docs/schema.md, section 3).

    Without --pred the gold documents are coded with the bundled model. Matching is one-to-one per
    document; event precision counts only documents marked exhaustive (sets of single labelled events,
    such as ACLED notes, measure no precision). The strict figures count an event right only when every
    field its gold event scores is right (spec section 4.4). Every figure comes with its count n.
    --disable switches extraction or resolution steps off by name (docs/extraction.md lists extraction's);
    --ablate says what each step is worth.
    """
    if (disabled or ablate) and pred is not None:
        raise click.UsageError("--disable and --ablate code the gold documents; they do not go with --pred")
    if ablate and write_pred is not None:
        raise click.UsageError("--ablate codes once per step; it does not go with --write-pred")
    _check_steps(disabled)
    try:
        docs = ev.sample(ev.read_gold(gold), sample, seed)
        if ablate:
            _print_ablation(docs, disabled, min_confidence, as_json, gold.name)
            return
        if pred is not None:
            predictions = ev.read_predictions(pred)
        else:
            predictions = ev.code_gold(docs, min_confidence=min_confidence, disable=disabled, processes=processes)
        if write_pred is not None:
            ev.write_predictions(write_pred, predictions)
    except EvalError as exc:
        raise click.ClickException(str(exc)) from exc
    report = ev.score(docs, predictions)
    if as_json:
        click.echo(json.dumps(report.to_json(documents=per_document), indent=2))
    else:
        console = Console()
        print_report(report, console, title=gold.name)
        if per_document:
            print_documents(report, console)


def _check_steps(names: tuple[str, ...]) -> None:
    """Refuse a step name no registry knows, listing the known ones."""
    if not names:
        return
    from eventwire.pipeline import step_registries
    from eventwire.steps import UnknownStep, checked

    try:
        checked(names, *step_registries())
    except UnknownStep as exc:
        raise click.BadParameter(str(exc), param_hint="--disable") from exc


def _print_ablation(
    docs: list[ev.GoldDocument], disabled: tuple[str, ...], min_confidence: float | None, as_json: bool, title: str
) -> None:
    def told(i: int, n: int, name: str) -> None:
        click.echo(f"eventwire: ablation {i}/{n}: {name} off", err=True)

    found = ev.ablate(docs, disable=disabled, min_confidence=min_confidence, on_step=told)
    if as_json:
        rows = [{"step": a.step, "kind": a.kind, "report": a.report.to_json()} for a in found]
        click.echo(json.dumps(rows, indent=2))
    else:
        print_ablation(found, Console(width=None if sys.stdout.isatty() else 132), title)


def print_ablation(found: list[ev.Ablation], console: Console, title: str) -> None:
    """One row per configuration: every step on, then each step off, with the change it makes."""
    base = found[0]
    table = Table(title=f"{title}: each step switched off ({base.report.docs} documents)", title_justify="left")
    table.add_column("step off", no_wrap=True)
    for column in ("tp", "fp", "fn", "F1", "ΔF1", "fields right", "Δ fields", "fully right", "Δ fully"):
        table.add_column(column, justify="right")
    for row in found:
        e = row.report.events
        f1_change = None if e.f1 is None or base.report.events.f1 is None else e.f1 - base.report.events.f1
        table.add_row(
            row.step or "(every step on)",
            str(e.tp),
            str(e.fp),
            str(e.fn),
            _num(e.f1),
            "" if row.step is None else _signed(f1_change),
            str(row.fields_right),
            "" if row.step is None else f"{row.fields_right - base.fields_right:+d}",
            str(row.report.strict.right),
            "" if row.step is None else f"{row.report.strict.right - base.report.strict.right:+d}",
        )
    console.print(table)


def print_report(report: ev.Report, console: Console, title: str) -> None:
    """The report as readable tables: events, fields, then per event type."""
    events = Table(title=f"{title}: {report.docs} documents ({report.skipped_docs} skipped)", title_justify="left")
    for column in ("", "precision", "recall", "F1", "tp", "fp", "fn", "events/doc"):
        events.add_column(column, justify="right" if column else "left")
    e, strict = report.events, report.strict
    measured = any(doc.exhaustive for doc in report.documents)
    precision = _num(e.precision) if measured else "not measured"
    events.add_row(
        "events", precision, _num(e.recall), _num(e.f1), str(e.tp), str(e.fp), str(e.fn), _num(report.events_per_doc)
    )
    strict_precision = _num(strict.precision) if measured else "not measured"
    events.add_row(
        "strict (whole event right)", strict_precision, _num(strict.recall), _num(strict.f1), str(strict.right)
    )
    console.print(events)
    if not measured:
        console.print("No document is exhaustive: extra events are not counted, so precision is not measured here.")
    fields = Table(title="field accuracy over matched events", title_justify="left")
    for column in ("field", "accuracy", "n"):
        fields.add_column(column, justify="left" if column == "field" else "right")
    for name, score in report.fields.items():
        fields.add_row(name, _num(score.accuracy), str(score.n))
    console.print(fields)
    types = Table(title="per event type", title_justify="left")
    for column in ("type", "precision", "recall", "F1", "n", "tp", "fp", "fn"):
        types.add_column(column, justify="left" if column == "type" else "right")
    for t in EVENT_TYPES:
        c = report.per_type[t]
        if c.tp or c.fp or c.fn:
            types.add_row(t, _num(c.precision), _num(c.recall), _num(c.f1), str(c.n), str(c.tp), str(c.fp), str(c.fn))
    console.print(types)


def print_documents(report: ev.Report, console: Console) -> None:
    """Event and strict figures per document, worst strict F1 first."""
    table = Table(title="per document", title_justify="left")
    for column in ("document", "tp", "fp", "fn", "P", "R", "strict right", "strict F1"):
        table.add_column(column, justify="left" if column == "document" else "right")
    for doc in sorted(report.documents, key=lambda d: (d.strict.f1 or 0.0, d.id)):
        c = doc.events
        row = [doc.id, str(c.tp), str(c.fp), str(c.fn), _num(c.precision), _num(c.recall)]
        table.add_row(*row, str(doc.strict.right), _num(doc.strict.f1))
    console.print(table)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.3f}"
