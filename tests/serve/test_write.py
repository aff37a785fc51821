"""The one write: POST /api/documents codes a document with the real model, only for holders of the token."""

from __future__ import annotations

import pytest

from .conftest import WRITE_TOKEN, Server

pytestmark = pytest.mark.slow  # the server loads the spaCy model on the first write

AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}
DOC = {
    "id": "api-submitted-1",
    "title": "Talks in Nairobi",
    "published": "2024-05-06",
    "text": "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday.",
}


def test_health_says_writes_are_on(writable: Server) -> None:
    assert writable.get("/api/health").body["writes"] is True


def test_a_submitted_document_is_coded_stored_and_then_readable(writable: Server) -> None:
    reply = writable.request("POST", "/api/documents", DOC, AUTH)
    assert reply.status == 201, reply.body
    assert reply.body["new"] is True
    assert reply.body["doc_id"] == DOC["id"]
    consult = [e for e in reply.body["events"] if e["type"] == "CONSULT"]
    assert consult, reply.body["events"]
    assert {consult[0]["source"]["country"], consult[0]["target"]["country"]} == {"KEN", "SOM"}
    stored = writable.get(f"/api/documents/{DOC['id']}").body
    assert stored["title"] == DOC["title"]
    assert [e["event"]["id"] for e in stored["events"]] == [e["id"] for e in reply.body["events"]]
    listed = writable.get(f"/api/events?doc={DOC['id']}").body
    assert listed["total"] == len(reply.body["events"])


def test_submitting_the_same_document_again_returns_what_is_stored(writable: Server) -> None:
    first = writable.request("POST", "/api/documents", DOC, AUTH)
    again = writable.request("POST", "/api/documents", DOC, AUTH)
    assert again.status == 200
    assert again.body["new"] is False
    assert again.body["events"] == first.body["events"]


def test_the_same_id_with_other_text_is_refused(writable: Server) -> None:
    writable.request("POST", "/api/documents", DOC, AUTH)
    reply = writable.request("POST", "/api/documents", DOC | {"text": "Something else entirely."}, AUTH)
    assert reply.status == 400
    assert reply.body["code"] == "E801"
    assert DOC["id"] in reply.body["message"]


def test_an_empty_document_is_refused_and_recorded_as_a_failure(writable: Server) -> None:
    reply = writable.request("POST", "/api/documents", {"id": "blank-1", "text": "   "}, AUTH)
    assert reply.status == 400
    assert reply.body["code"] == "E101"
    assert reply.body["doc_id"] == "blank-1"
    assert writable.get("/api/stats").body["store"]["failures"] >= 1
