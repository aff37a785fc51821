"""The explorer page in Debian's Chromium: charts and table agree with the API, filters narrow every view,
every chart links to its events, and the article view highlights an event's parts. Screenshots are saved
in artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Server, screenshot

pytestmark = pytest.mark.slow  # codes the examples, starts a server and a browser


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    tab.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    tab.problems = problems
    yield tab
    tab.close()
    assert not problems, problems


def ready(tab: Any) -> None:
    tab.wait_for_selector("body[data-state=ready]", timeout=30_000)


def go(tab: Any, url: str) -> None:
    tab.goto(url)
    ready(tab)


def follow(tab: Any, link: Any) -> None:
    """Click a link that changes the hash, and wait for the page to have rendered the new state."""
    before = tab.evaluate("location.hash")
    link.click()
    tab.wait_for_function("h => location.hash !== h", arg=before)
    ready(tab)


def counts(tab: Any, selector: str, attribute: str = "data-count") -> list[int]:
    return [int(v) for v in tab.eval_on_selector_all(selector, f"els => els.map(e => e.getAttribute('{attribute}'))")]


def column(tab: Any, attribute: str) -> list[str]:
    return list(tab.eval_on_selector_all("#events tbody tr", f"rows => rows.map(r => r.getAttribute('{attribute}'))"))


def test_the_page_shows_timeline_network_map_and_table_as_the_api_counts_them(api: Server, page: Any) -> None:
    go(page, api.url + "/")
    stats = api.get("/api/stats").body
    dated = sum(r["count"] for r in api.get("/api/timeline?interval=year").body)
    assert sum(counts(page, "#timeline a.bar")) == dated
    assert page.locator("#network a.edge").count() == len(api.get("/api/dyads").body)
    assert sorted(counts(page, "#map a.place")) == sorted(p["count"] for p in api.get("/api/places").body)
    assert page.locator("#map path.country").count() > 150  # the world-atlas outlines
    assert page.locator("#events tbody tr").count() == min(50, stats["events"])
    assert f"{stats['events']} reports of {stats['clusters']} events" in page.inner_text("#summary")
    screenshot(page, "explorer-overview")
    screenshot(page, "explorer-overview-top", full_page=False)  # the picture in the README (docs/images/)


def test_a_filter_set_in_the_form_narrows_every_view(api: Server, page: Any) -> None:
    go(page, api.url + "/")
    page.select_option("select[name=type]", "ASSAULT")
    page.fill("input[name=country]", "KEN")
    follow(page, page.locator("#filters button[type=submit]"))
    assert "type=ASSAULT" in page.evaluate("location.hash")
    expected = api.get("/api/events?type=ASSAULT&country=KEN&limit=500").body
    assert expected["total"] > 0
    assert set(column(page, "data-event")) == {e["id"] for e in expected["items"]}
    assert {b for b in page.eval_on_selector_all("#timeline a.bar", "els => els.map(e => e.dataset.type)")} == {
        "ASSAULT"
    }
    assert page.input_value("input[name=country]") == "KEN"
    screenshot(page, "explorer-filtered")


def test_every_chart_links_to_its_events(api: Server, page: Any) -> None:
    go(page, api.url + "/")
    bar = page.locator("#timeline a.bar").first
    kind, count = bar.get_attribute("data-type"), int(bar.get_attribute("data-count"))
    follow(page, bar)
    assert set(column(page, "data-type")) == {kind}
    assert len(column(page, "data-event")) == count

    go(page, api.url + "/")
    place = page.locator("#map a.place").last  # drawn last, so no other marker lies over it
    name, count = place.get_attribute("data-place"), int(place.get_attribute("data-count"))
    follow(page, place)
    assert len(column(page, "data-event")) == count
    assert page.input_value("input[name=place]") == name

    go(page, api.url + "/")
    edge = page.locator("#network a.edge").first
    source, target, count = (edge.get_attribute(a) for a in ("data-source", "data-target", "data-count"))
    follow(page, edge)
    ids = set(column(page, "data-event"))
    matching = api.get(f"/api/events?source={source}&target={target}&limit=500".replace(" ", "%20")).body
    assert ids == {e["id"] for e in matching["items"]}
    assert len(ids) >= int(count or 0)

    go(page, api.url + "/#/?type=CONSULT")
    follow(page, page.locator("#network .to-events"))
    assert set(column(page, "data-type")) == {"CONSULT"}


def test_an_article_highlights_its_event_with_the_coded_values_beside(api: Server, page: Any) -> None:
    go(page, api.url + "/#/?type=ASSAULT")
    row = page.locator("#events tbody tr").first
    event_id = row.get_attribute("data-event")
    follow(page, row.locator("a").first)
    detail = api.get(f"/api/events/{event_id}").body
    shown = page.eval_on_selector_all("#article .text .hl", "els => els.map(e => [e.dataset.roles, e.textContent])")
    for span in detail["spans"]:
        text = "".join(t for roles, t in shown if span["role"] in roles.split())
        assert text == span["text"], span
    for span in detail["spans"]:
        if span["role"] != "evidence":
            row = page.locator(f"#article table.coded tr[data-role={span['role']}]")
            assert span["value"] in row.inner_text()
    assert page.locator("#article .doc-events li").count() == len(
        api.get(f"/api/events?doc={detail['event']['doc_id']}").body["items"]
    )
    screenshot(page, "explorer-article")
    follow(page, page.locator("#article a.back"))
    assert page.locator("#explore").is_visible()
    assert "type=ASSAULT" in page.evaluate("location.hash")
