"""Counts by type, dyad and country per month, and the cooperation-conflict series of an actor or a pair."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.stats import goldstein_bar, months_between, sparkline
from eventwire.store import Store
from eventwire.store.query import EventQuery
from eventwire.store.stats import Count, counts, series

from .builders import KYIV, LVIV, MOSCOW, actor, event, put

RUSSIA, UKRAINE = actor("Russian forces", "RUS", "MIL"), actor("Ukraine", "UKR", "GOV")


@pytest.fixture
def filled(store: Store) -> Store:
    put(store, "s1", [event("s1", source=RUSSIA, target=UKRAINE, place=KYIV, day=date(2023, 3, 1), cameo="190")])
    put(store, "s2", [event("s2", source=RUSSIA, target=UKRAINE, place=KYIV, day=date(2023, 3, 1), cameo="190")])
    put(store, "s3", [event("s3", source=RUSSIA, target=UKRAINE, place=LVIV, day=date(2023, 4, 9), cameo="190")])
    talks = event("t", "CONSULT", UKRAINE, RUSSIA, date(2023, 4, 20), MOSCOW, cameo="046")
    put(store, "t", [talks])
    put(store, "x", [event("x", "CONSULT", actor("Xi Jinping", "CHN", "GOV"), None, date(2023, 4, 21), MOSCOW)])
    return store


def test_counts_by_type_and_month_count_events_not_reports(filled: Store) -> None:
    assert counts(filled.db, "type") == [
        Count("ASSAULT", "2023-03", 1),
        Count("ASSAULT", "2023-04", 1),
        Count("CONSULT", "2023-04", 2),
    ]


def test_counts_of_mentions_count_every_report(filled: Store) -> None:
    assert counts(filled.db, "type", unit="mention")[0] == Count("ASSAULT", "2023-03", 2)


def test_counts_by_dyad(filled: Store) -> None:
    assert [(c.key, c.month, c.events) for c in counts(filled.db, "dyad")] == [
        ("CHN>-", "2023-04", 1),
        ("RUS>UKR", "2023-03", 1),
        ("RUS>UKR", "2023-04", 1),
        ("UKR>RUS", "2023-04", 1),
    ]


def test_counts_by_country_count_each_party_once(filled: Store) -> None:
    april = {c.key: c.events for c in counts(filled.db, "country") if c.month == "2023-04"}
    assert april == {"CHN": 1, "RUS": 2, "UKR": 2}


def test_filters_apply_to_counts(filled: Store) -> None:
    assert sum(c.events for c in counts(filled.db, "type", EventQuery(place="Kyiv"))) == 1


def test_series_of_an_actor_gives_goldstein_and_quad_classes_by_month(filled: Store) -> None:
    march, april = series(filled.db, "UKR")
    assert (march.month, march.events, march.goldstein_mean, march.quad) == ("2023-03", 1, -10.0, (0, 0, 0, 1))
    assert (april.events, april.goldstein_total, april.quad) == (2, -3.0, (1, 0, 0, 1))


def test_series_of_a_pair_keeps_only_events_between_them(filled: Store) -> None:
    points = series(filled.db, "Xi Jinping", "RUS")
    assert points == []
    assert [p.events for p in series(filled.db, "RUS", "ukraine")] == [1, 2]


def test_the_sparkline_is_taller_for_more() -> None:
    assert sparkline([0, 1, 8]) == " ▁█"


def test_months_between_crosses_years() -> None:
    assert months_between("2022-11", "2023-02") == ["2022-11", "2022-12", "2023-01", "2023-02"]


def test_the_goldstein_bar_goes_left_for_conflict_right_for_cooperation() -> None:
    assert goldstein_bar(-10.0).index("|") == goldstein_bar(10.0).index("|")
    assert goldstein_bar(-5.0).endswith("█|")
    assert goldstein_bar(5.0).startswith(" ")


def test_stats_command_prints_a_chart_and_json(filled: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["stats", "--db", str(filled.path), "--by", "dyad"])
    assert table.exit_code == 0, table.output
    assert "RUS>UKR" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    series_json = runner.invoke(
        main, ["stats", "--db", str(filled.path), "--series", "RUS", "--with", "UKR", "-f", "json"]
    )
    assert [p["events"] for p in json.loads(series_json.stdout)] == [1, 2]


def test_the_network_weighs_dyads_by_events(filled: Store) -> None:
    from eventwire.store.stats import Edge, network

    edges = network(filled.db)
    assert edges[0] == Edge("RUS", "UKR", 2, -10.0)
    assert ("UKR", "RUS") in {(e.source, e.target) for e in edges}


def test_places_count_events_for_a_map(filled: Store) -> None:
    from eventwire.store.stats import places

    counted = {p.name: p.events for p in places(filled.db)}
    assert counted == {"Kyiv": 1, "Lviv": 1, "Moscow": 2}
