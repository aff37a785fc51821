"""Acceptance: on the store `make run` builds, the page shows the Xi visit article's events on the timeline,
the network and the map, and its article view highlights "will visit" with Xi Jinping and Russia.

The article is the team-written report of the visit in examples/ (`ex-xi-visit-russia-2023`), which `make run`
codes with the other examples."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Server, screenshot
from .test_page import follow, go

pytestmark = pytest.mark.slow

DOC = "ex-xi-visit-russia-2023"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    yield tab
    tab.close()


def visit(api: Server) -> dict[str, Any]:
    """The coded visit: CONSULT, Xi Jinping (CHN) to Russia, planned, March 20 to 22."""
    found = api.get(f"/api/events?doc={DOC}&type=CONSULT&status=planned&limit=100").body["items"]
    visits = [e for e in found if e["source"] and e["target"] and e["source"]["name"] == "Xi Jinping"]
    visits = [e for e in visits if e["target"]["country"] == "RUS" and e["date"] and e["date"]["start"] == "2023-03-20"]
    assert visits, f"no coded visit of Xi Jinping to Russia among {found}"
    first: dict[str, Any] = visits[0]
    return first


def test_the_xi_events_are_on_the_network_and_the_map_of_the_whole_store(api: Server, page: Any) -> None:
    go(page, api.url + "/")
    edges = page.eval_on_selector_all("#network a.edge", "els => els.map(e => [e.dataset.source, e.dataset.target])")
    assert ["Xi Jinping", "Russia"] in edges
    assert page.locator('#map a.place[data-place="Russia"]').count() == 1


def test_the_xi_article_s_events_on_the_timeline_network_and_map(api: Server, page: Any) -> None:
    event = visit(api)
    go(page, api.url + "/")
    page.fill("input[name=actor]", "Xi Jinping")
    follow(page, page.locator("#filters button[type=submit]"))
    bars = page.eval_on_selector_all("#timeline a.bar", "els => els.map(e => [e.dataset.period, e.dataset.type])")
    assert ["2023-03", "CONSULT"] in bars
    edges = page.eval_on_selector_all("#network a.edge", "els => els.map(e => [e.dataset.source, e.dataset.target])")
    assert ["Xi Jinping", "Russia"] in edges
    assert page.locator('#map a.place[data-place="Russia"]').count() == 1
    assert page.locator(f'#events tr[data-event="{event["id"]}"]').count() == 1
    screenshot(page, "xi-explorer")


def test_the_xi_article_highlights_will_visit_with_xi_jinping_and_russia(api: Server, page: Any) -> None:
    event = visit(api)
    go(page, api.url + "/#/?actor=Xi%20Jinping")
    follow(page, page.locator(f'#events tr[data-event="{event["id"]}"] a').first)
    trigger = "".join(page.eval_on_selector_all("#article .text .hl-trigger", "els => els.map(e => e.textContent)"))
    source = "".join(page.eval_on_selector_all("#article .text .hl-source", "els => els.map(e => e.textContent)"))
    target = "".join(page.eval_on_selector_all("#article .text .hl-target", "els => els.map(e => e.textContent)"))
    assert trigger == "will visit"
    assert "Xi Jinping" in source
    assert target == "Russia"
    coded = page.inner_text("#article table.coded")
    assert "Xi Jinping · CHN GOV" in coded
    assert "Russia · RUS" in coded
    assert "2023-03-20 – 2023-03-22" in coded
    screenshot(page, "xi-article", full_page=False)
