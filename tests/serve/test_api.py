"""The API against a real server on the example store: every answer checked against the store itself."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from typing import Any

import pytest

from eventwire.model import EVENT_TYPES
from eventwire.settings import SETTINGS

from .conftest import Server

pytestmark = pytest.mark.slow  # codes the examples with the spaCy model and starts a server


def stored(server: Server) -> list[dict[str, Any]]:
    with sqlite3.connect(server.db) as db:
        return [json.loads(text) for (text,) in db.execute("SELECT json FROM events")]


def all_pages(server: Server, query: str, limit: int = 7) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        page = server.get(f"/api/events?{query}&limit={limit}&offset={len(items)}").body
        items += page["items"]
        if not page["items"]:
            return items


def parties(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in (event["source"], event["target"]) if a]


def test_health_says_read_only_and_page_built(api: Server) -> None:
    body = api.get("/api/health").body
    cache = body.pop("cache")
    assert body.pop("threads") == (os.cpu_count() or 1) + 1  # serve_threads 0: one more than the cores
    assert body == {"status": "ok", "db": str(api.db), "writes": False, "page": True}
    assert cache["entries"] == SETTINGS["serve_cache_entries"].default
    assert cache["held"] <= cache["misses"]


def test_unfiltered_events_are_every_stored_event_newest_first(api: Server) -> None:
    everything = stored(api)
    page = api.get("/api/events?limit=500").body
    assert page["total"] == len(everything)
    assert page["total_exact"]
    assert {e["id"] for e in page["items"]} == {e["id"] for e in everything}
    dates = [e["date"]["start"] for e in page["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert set(page["documents"]) == {e["doc_id"] for e in everything}


def test_paging_walks_every_event_once(api: Server) -> None:
    ids = [e["id"] for e in all_pages(api, "sort=date")]
    assert len(ids) == len(set(ids)) == len(stored(api))


@pytest.mark.parametrize("event_type", ["CONSULT", "ASSAULT", "AGREE"])
def test_type_filter_returns_exactly_the_stored_events_of_that_type(api: Server, event_type: str) -> None:
    expected = {e["id"] for e in stored(api) if e["type"] == event_type}
    assert expected, f"the examples have no {event_type} event"
    assert {e["id"] for e in all_pages(api, f"type={event_type}")} == expected


def test_country_filter_matches_a_party_or_the_place(api: Server) -> None:
    def kenyan(e: dict[str, Any]) -> bool:
        return "KEN" in {a["country"] for a in parties(e)} or bool(e["location"] and e["location"]["country"] == "KEN")

    expected = {e["id"] for e in stored(api) if kenyan(e)}
    assert expected
    assert {e["id"] for e in all_pages(api, "country=ken")} == expected


def test_actor_filter_matches_a_name_on_either_side(api: Server) -> None:
    def named(e: dict[str, Any]) -> bool:
        return any("william ruto" in {(a["name"] or "").lower(), a["text"].lower()} for a in parties(e))

    expected = {e["id"] for e in stored(api) if named(e)}
    assert expected
    assert {e["id"] for e in all_pages(api, "actor=William%20Ruto")} == expected
    by_code = {e["id"] for e in all_pages(api, "actor=KENGOV")}
    assert by_code == {
        e["id"] for e in stored(api) if any(a["country"] == "KEN" and a["sector"] == "GOV" for a in parties(e))
    }


def test_date_filter_keeps_events_overlapping_the_range(api: Server) -> None:
    def overlaps(e: dict[str, Any]) -> bool:
        return bool(e["date"]) and e["date"]["end"] >= "2023-01-01" and e["date"]["start"] <= "2023-12-31"

    expected = {e["id"] for e in stored(api) if overlaps(e)}
    assert expected
    assert {e["id"] for e in all_pages(api, "since=2023-01-01&until=2023-12-31")} == expected


def test_status_and_type_filters_combine(api: Server) -> None:
    expected = {e["id"] for e in stored(api) if e["status"] == "planned" and e["type"] in {"CONSULT", "AGREE"}}
    assert expected
    assert {e["id"] for e in all_pages(api, "status=planned&type=CONSULT,AGREE")} == expected


def test_place_and_bbox_filters(api: Server) -> None:
    in_nairobi = {e["id"] for e in stored(api) if e["location"] and e["location"]["name"] == "Nairobi"}
    assert in_nairobi
    assert {e["id"] for e in all_pages(api, "place=nairobi")} == in_nairobi
    around = {e["id"] for e in all_pages(api, "bbox=36,-2,37.5,0")}  # a box around Nairobi
    assert in_nairobi <= around


def test_text_filter_finds_words_of_the_article(api: Server) -> None:
    expected = {e["id"] for e in stored(api) if e["doc_id"] == "ex-kenya-finance-bill-2024"}
    found = {e["id"] for e in all_pages(api, "text=finance%20bill")}
    assert expected <= found


def test_one_event_has_its_document_mentions_and_highlights(api: Server) -> None:
    event = stored(api)[0]
    body = api.get(f"/api/events/{event['id']}").body
    assert body["event"] == event
    assert body["document"]["id"] == event["doc_id"]
    assert event["id"] in [m["event_id"] for m in body["mentions"]]
    assert body["cluster"]["mentions"] == len(body["mentions"])
    assert {m["document"]["id"] for m in body["mentions"]} >= {event["doc_id"]}
    evidence = next(s for s in body["spans"] if s["role"] == "evidence")
    assert (evidence["start"], evidence["end"]) == (event["evidence"]["start"], event["evidence"]["end"])


def test_documents_list_and_one_document_with_its_events(api: Server) -> None:
    events = Counter(e["doc_id"] for e in stored(api))
    listing = api.get("/api/documents?limit=100").body
    assert {d["id"]: d["events"] for d in listing["items"]} == {d: events.get(d, 0) for d in events}
    doc = api.get("/api/documents/ex-kenya-finance-bill-2024").body
    assert len(doc["events"]) == events["ex-kenya-finance-bill-2024"]
    for item in doc["events"]:
        for span in item["spans"]:
            assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_timeline_counts_add_up_to_the_dated_events(api: Server) -> None:
    rows = api.get("/api/timeline?interval=month").body
    dated = [e for e in stored(api) if e["date"]]
    assert sum(r["count"] for r in rows) == len(dated)
    assert Counter(e["date"]["start"][:7] for e in dated) == Counter(
        {p: sum(r["count"] for r in rows if r["period"] == p) for p in {r["period"] for r in rows}}
    )
    assert {r["type"] for r in rows} <= set(EVENT_TYPES)


def test_dyads_count_events_with_both_parties_and_score_their_tone(api: Server) -> None:
    rows = api.get("/api/dyads?limit=1000").body
    assert rows
    assert all(-1 <= r["tone"] <= 1 for r in rows)
    assert rows == sorted(rows, key=lambda r: -r["count"])
    accused = [r for r in rows if r["tone"] < 0]
    assert accused, "the examples have conflict dyads (Kenya's police and protesters)"


def test_places_and_actors_count_the_events(api: Server) -> None:
    located = [e for e in stored(api) if e["location"] and e["location"]["lat"] is not None]
    assert sum(p["count"] for p in api.get("/api/places?limit=1000").body) == len(located)
    actors = api.get("/api/actors?limit=1000").body
    assert sum(a["as_source"] for a in actors) == sum(1 for e in stored(api) if e["source"])


def test_stats_follow_the_filter(api: Server) -> None:
    everything = api.get("/api/stats").body
    assert everything["events"] == len(stored(api))
    assert 0 < everything["clusters"] <= everything["events"]
    assert everything["store"]["documents"] == everything["documents"]
    consult = api.get("/api/stats?type=CONSULT").body
    assert [t["type"] for t in consult["by_type"]] == ["CONSULT"]
    assert consult["by_type"][0]["quad"] == 1


def test_clusters_are_happenings_with_their_reports(api: Server) -> None:
    page = api.get("/api/clusters?limit=500").body
    with sqlite3.connect(api.db) as db:
        assert len(page["items"]) == db.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert sum(i["cluster"]["mentions"] for i in page["items"]) == len(stored(api))
    consult = api.get("/api/clusters?type=CONSULT&limit=500").body["items"]
    assert consult
    assert all(i["event"]["type"] == "CONSULT" for i in consult)


def test_openapi_documents_every_route_and_docs_load_no_cdn(api: Server) -> None:
    spec = api.get("/openapi.json").body
    for path in ("/api/events", "/api/events/{event_id}", "/api/clusters", "/api/documents", "/api/timeline"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    docs = api.get("/docs").body
    assert "/static/swagger/swagger-ui-bundle.js" in docs
    assert "https://" not in docs
    assert "http://" not in docs


def test_page_and_its_assets_are_served_from_the_package(api: Server) -> None:
    html = api.get("/").body
    assert '<script src="/static/app.js">' in html
    assert "https://" not in html
    atlas = api.get("/static/countries-110m.json").body
    assert atlas["type"] == "Topology"
    assert "countries" in atlas["objects"]
