"""The explorer app answered in process (no server started): health, the one error shape, the write guard, and the
tone that colours dyads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import BadQuery, BadToken, StoreError, WritesDisabled
from eventwire.serve.app import create_app
from eventwire.serve.errors import status_of
from eventwire.serve.models import Health
from eventwire.serve.routes import router
from eventwire.serve.tone import tone
from eventwire.serve.writer import Writer
from eventwire.store import Store
from tests.store.builders import event, put


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "store.db"
    with Store(db) as store:
        put(store, "kenya", [event("kenya", "PROTEST")])
    with TestClient(create_app(db, static=tmp_path / "no-page")) as test_client:
        yield test_client


def test_health_says_the_store_is_read_only_and_the_page_unbuilt(client: TestClient) -> None:
    health = Health(**client.get("/api/health").json())
    assert health.status == "ok"
    assert not health.writes
    assert not health.page


def test_the_server_answers_as_many_requests_at_once_as_it_is_told(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    Store(db).close()
    assert create_app(db, static=tmp_path).state.threads == 0  # not started yet
    with TestClient(create_app(db, threads=3, static=tmp_path)) as started:
        assert Health(**started.get("/api/health").json()).threads == 3
    with TestClient(create_app(db, static=tmp_path)) as started:
        assert Health(**started.get("/api/health").json()).threads == (os.cpu_count() or 1) + 1


def test_events_of_the_store_are_listed(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert [e["type"] for e in body["items"]] == ["PROTEST"]


def test_a_bad_parameter_gets_the_one_error_shape(client: TestClient) -> None:
    reply = client.get("/api/events?type=NOPE")
    assert reply.status_code == 400
    assert reply.json()["code"] == "E801"
    assert "type" in reply.json()["message"]


def test_every_route_is_under_api() -> None:
    assert router.prefix == "/api"


def test_errors_map_to_http_statuses() -> None:
    assert status_of(BadQuery("x")) == 400
    assert status_of(StoreError("x")) == 503


def test_a_read_only_server_refuses_writes_and_a_wrong_token_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WritesDisabled):
        Writer(tmp_path / "store.db", "").check("Bearer anything")
    with pytest.raises(BadToken):
        Writer(tmp_path / "store.db", "secret").check("Bearer guess")
    Writer(tmp_path / "store.db", "secret").check("Bearer secret")


def test_cooperation_scores_above_zero_and_conflict_below() -> None:
    assert tone("COOPERATE") > 0
    assert tone("ASSAULT") < 0
