"""Clustering in the store: reports of one event become one cluster, whatever the order they arrive in."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from eventwire.model import Document, Event, Place
from eventwire.store import Store

from .builders import IRPIN, KYIV, LVIV, MOSCOW, UKRAINE, actor, clusters_of, event, put

RUSSIA = actor("Russian forces", "RUS", "MIL")
UKRAINE_ACTOR = actor("Ukraine", "UKR")
DAY = date(2023, 3, 20)


def _table(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.db.execute(sql).fetchall()


def test_five_reports_of_one_strike_are_one_event_with_five_mentions(store: Store) -> None:
    for n in range(5):
        put(store, f"r{n}", [event(f"r{n}", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV)], source=f"outlet {n % 4}")
    [row] = _table(store, "SELECT n_mentions, n_documents, n_sources, first_report, last_report FROM clusters")
    assert row == (5, 5, 4, "2023-03-21", "2023-03-21")


def test_two_mentions_in_one_document_are_one_event_of_one_document(store: Store) -> None:
    put(store, "r", [event("r", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, at=at) for at in (0, 300)])
    assert _table(store, "SELECT n_mentions, n_documents FROM clusters") == [(2, 1)]


def test_a_report_from_elsewhere_or_another_day_is_another_event(store: Store) -> None:
    put(store, "a", [event("a", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV)])
    put(store, "b", [event("b", source=RUSSIA, target=UKRAINE_ACTOR, place=LVIV)])
    put(store, "c", [event("c", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, day=DAY + timedelta(days=5))])
    assert store.count("clusters") == 3


def test_daily_strikes_on_one_town_do_not_chain_into_one_event(store: Store) -> None:
    for n in range(10):
        day = DAY + timedelta(days=n)
        put(store, f"d{n}", [event(f"d{n}", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, day=day)])
    spans = [
        int(str(s[0])) for s in _table(store, "SELECT max(day_start) - min(day_start) FROM events GROUP BY cluster_id")
    ]
    assert max(spans) <= 1


def test_a_vague_report_does_not_bridge_two_different_events(store: Store) -> None:
    put(store, "kyiv", [event("kyiv", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV)])
    put(store, "moscow", [event("moscow", source=UKRAINE_ACTOR, target=actor("Russia", "RUS"), place=MOSCOW)])
    put(store, "vague", [event("vague", source=None, target=None, place=None)])
    assert {len(c) for c in clusters_of(store)} == {1}


def test_a_report_without_any_date_is_an_event_of_its_own(store: Store) -> None:
    put(store, "a", [event("a", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, day=None)], published=None)
    put(store, "b", [event("b", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, day=None)], published=None)
    assert store.count("clusters") == 2


def test_an_undated_event_takes_its_documents_publication_day(store: Store) -> None:
    put(store, "a", [event("a", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV, day=None)])
    put(store, "b", [event("b", source=RUSSIA, target=UKRAINE_ACTOR, place=IRPIN)])
    assert store.count("clusters") == 1


def _random_corpus(seed: int, documents: int = 60) -> list[tuple[str, list[Event]]]:
    """Documents reporting a few dozen happenings, each partly and differently (missing parties, nearby places)."""
    rng = random.Random(seed)
    parties = [actor("Russia", "RUS"), actor("Ukraine", "UKR"), actor("Poland", "POL"), actor("police", None, "COP")]
    places: list[Place | None] = [KYIV, IRPIN, LVIV, UKRAINE, MOSCOW, None]
    corpus = []
    for d in range(documents):
        events = []
        for at in range(rng.randint(1, 4)):
            source, target = rng.sample([*parties, None], 2)
            events.append(
                event(
                    f"doc{d}",
                    rng.choice(["ASSAULT", "CONSULT", "ACCUSE"]),
                    source,
                    target,
                    DAY + timedelta(days=rng.randint(0, 6)),
                    rng.choice(places),
                    at=at * 100,
                    status=rng.choice(["asserted", "asserted", "planned", "negated"]),
                )
            )
        corpus.append((f"doc{d}", events))
    return corpus


def _clusters_after(path: Path, batches: list[list[tuple[str, list[Event]]]]) -> tuple[set[frozenset[str]], set[str]]:
    with Store(path) as store:
        for batch in batches:
            for doc_id, _ in batch:
                store.add_document(_doc(doc_id))
            store.write_events(batch)
        ids = {row[0] for row in store.db.execute("SELECT id FROM clusters")}
        return clusters_of(store), ids


def _doc(doc_id: str) -> Document:
    from .builders import document

    return document(doc_id, published=DAY + timedelta(days=int(doc_id.removeprefix("doc")) % 7))


def test_clusters_do_not_depend_on_the_order_documents_arrive_in(tmp_path: Path) -> None:
    corpus = _random_corpus(7)
    expected = _clusters_after(tmp_path / "all.db", [corpus])
    rng = random.Random(1)
    for run in range(3):
        shuffled = rng.sample(corpus, len(corpus))
        batches = [shuffled[i : i + 7] for i in range(0, len(shuffled), 7)]
        assert _clusters_after(tmp_path / f"run{run}.db", batches) == expected


def test_clusters_merge_some_reports_in_the_random_corpus(tmp_path: Path) -> None:
    clusters, _ = _clusters_after(tmp_path / "all.db", [_random_corpus(7)])
    assert max(len(c) for c in clusters) > 1
    assert sum(len(c) for c in clusters) > len(clusters)


def test_incremental_clusters_equal_a_rebuild_from_scratch(tmp_path: Path) -> None:
    corpus = _random_corpus(11)
    clusters, ids = _clusters_after(tmp_path / "s.db", [[item] for item in corpus])
    with Store(tmp_path / "s.db") as store:
        store.recluster()
        assert (clusters_of(store), {r[0] for r in store.db.execute("SELECT id FROM clusters")}) == (clusters, ids)


def test_recoding_a_document_with_fewer_events_repairs_the_clusters(tmp_path: Path) -> None:
    corpus = _random_corpus(5)
    _clusters_after(tmp_path / "s.db", [corpus])
    with Store(tmp_path / "s.db") as store:
        for doc_id, events in corpus[::3]:
            store.set_events(doc_id, events[1:])
        repaired = clusters_of(store)
        rows = _table(store, "SELECT * FROM clusters ORDER BY id")
        store.recluster()
        assert clusters_of(store) == repaired
        assert _table(store, "SELECT * FROM clusters ORDER BY id") == rows


def test_coding_the_same_documents_twice_changes_no_row(store: Store) -> None:
    corpus = _random_corpus(3, documents=20)
    for doc_id, _ in corpus:
        store.add_document(_doc(doc_id))
    store.write_events(corpus)
    tables = ("documents", "events", "event_actors", "places", "clusters")
    before = {t: _table(store, f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    store.write_events(corpus)
    assert {t: _table(store, f"SELECT * FROM {t} ORDER BY 1") for t in tables} == before


def test_cluster_counts_follow_their_mentions(store: Store) -> None:
    put(store, "a", [event("a", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV)], source="one")
    put(store, "b", [event("b", source=RUSSIA, target=UKRAINE_ACTOR, place=KYIV)], source="two")
    store.set_events("b", [])
    assert _table(store, "SELECT n_mentions, n_documents, n_sources FROM clusters") == [(1, 1, 1)]
