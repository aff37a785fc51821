"""One JSON error shape for the whole API, pinned: {"code", "message", "doc_id"} with an eventwire code."""

from __future__ import annotations

import re

import pytest

from .conftest import WRITE_TOKEN, Server

pytestmark = pytest.mark.slow  # starts servers on the example store

SHAPE = {"code", "message", "doc_id", "stage"}

READ_ONLY_CASES = [
    ("GET", "/api/nothing-here", 404, "E804", "/api/nothing-here"),
    ("GET", "/api/events/0000000000000000", 404, "E804", "0000000000000000"),
    ("GET", "/api/documents/no-such-doc", 404, "E804", "no-such-doc"),
    ("GET", "/api/events?type=VISIT", 400, "E801", "'type'"),
    ("GET", "/api/events?status=maybe", 400, "E801", "'status'"),
    ("GET", "/api/events?country=Russia", 400, "E801", "'country'"),
    ("GET", "/api/events?since=2023-02-30", 400, "E801", "'since'"),
    ("GET", "/api/events?since=2023-03-01&until=2023-02-01", 400, "E801", "'until'"),
    ("GET", "/api/events?text=%22unclosed", 400, "E801", "'text'"),
    ("GET", "/api/documents?text=%22unclosed", 400, "E801", "'text'"),
    ("GET", "/api/events?bbox=1,2,3", 400, "E801", "'bbox'"),
    ("GET", "/api/events?limit=100000", 400, "E801", "'limit'"),
    ("GET", "/api/events?sort=title", 400, "E801", "'sort'"),
    ("GET", "/api/events?min_confidence=2", 400, "E801", "'min_confidence'"),
    ("GET", "/api/timeline?interval=week", 400, "E801", "'interval'"),
    ("DELETE", "/api/events", 405, "E805", "DELETE"),
    ("POST", "/api/documents", 403, "E802", "EVENTWIRE_WRITE_TOKEN"),
]


def check(reply_status: int, body: object, status: int, code: str, names: str) -> None:
    assert isinstance(body, dict), body
    assert set(body) == SHAPE, body
    assert re.fullmatch(r"E\d{3}", body["code"])
    assert (reply_status, body["code"]) == (status, code), body
    assert names in body["message"], body["message"]


@pytest.mark.parametrize(("method", "path", "status", "code", "names"), READ_ONLY_CASES)
def test_read_only_server_errors_share_one_shape(
    api: Server, method: str, path: str, status: int, code: str, names: str
) -> None:
    body = {"id": "x", "text": "Police arrested ten people."} if method == "POST" else None
    reply = api.request(method, path, body)
    check(reply.status, reply.body, status, code, names)
    assert reply.headers["content-type"] == "application/json"


WRITE_CASES = [
    ({}, {"id": "w1", "text": "Police arrested ten people."}, 401, "E803", "Bearer"),
    ({"Authorization": "Bearer wrong"}, {"id": "w1", "text": "Police arrested ten people."}, 401, "E803", "Bearer"),
    ({"Authorization": f"Bearer {WRITE_TOKEN}"}, {"id": "w1"}, 400, "E801", "'text'"),
    ({"Authorization": f"Bearer {WRITE_TOKEN}"}, {"id": "w1", "text": "x", "published": "May"}, 400, "E801", "May"),
]


@pytest.mark.parametrize(("headers", "body", "status", "code", "names"), WRITE_CASES)
def test_write_errors_share_the_same_shape(
    writable: Server, headers: dict[str, str], body: dict[str, str], status: int, code: str, names: str
) -> None:
    reply = writable.request("POST", "/api/documents", body, headers)
    check(reply.status, reply.body, status, code, names)
