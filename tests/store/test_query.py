"""Every filter of ``EventQuery`` on a small store of hand-made events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.model import Place
from eventwire.store import Store
from eventwire.store.query import EventQuery, QueryError

from .builders import KYIV, LVIV, MOSCOW, actor, event, put

NAIROBI = Place("Nairobi", "KEN", -1.2864, 36.8172, 184745, "city")
SUVA = Place("Suva", "FJI", -18.14, 178.44, 2198148, "city")


@pytest.fixture
def filled(store: Store) -> Store:
    russia, ukraine = actor("Russian forces", "RUS", "MIL"), actor("Ukraine", "UKR", "GOV")
    put(store, "kyiv", [event("kyiv", source=russia, target=ukraine, place=KYIV, day=date(2023, 3, 1))], source="one")
    put(store, "kyiv2", [event("kyiv2", source=russia, target=ukraine, place=KYIV, day=date(2023, 3, 1))], source="two")
    put(store, "lviv", [event("lviv", source=russia, target=None, place=LVIV, day=date(2023, 4, 2), confidence=0.6)])
    xi, kremlin = actor("Xi Jinping", "CHN", "GOV"), actor("Kremlin", "RUS", "GOV")
    crowd = actor("protesters", "KEN", "CVL")
    put(store, "talks", [event("talks", "CONSULT", xi, kremlin, date(2023, 3, 20), MOSCOW)])
    put(store, "kenya", [event("kenya", "PROTEST", crowd, None, date(2024, 6, 25), NAIROBI)])
    put(store, "fiji", [event("fiji", "AID", None, actor("Fiji", "FJI"), date(2024, 1, 5), SUVA, status="planned")])
    return store


def _docs(store: Store, **filters: Any) -> list[str]:
    return sorted(r.event.doc_id for r in store.mentions(EventQuery(**filters)))


def test_no_filter_returns_every_mention(filled: Store) -> None:
    assert _docs(filled) == ["fiji", "kenya", "kyiv", "kyiv2", "lviv", "talks"]


def test_actor_by_name_in_any_case(filled: Store) -> None:
    assert _docs(filled, actor="xi JINPING") == ["talks"]


def test_actor_by_country_code_matches_either_party(filled: Store) -> None:
    assert _docs(filled, actor="RUS") == ["kyiv", "kyiv2", "lviv", "talks"]


def test_actor_by_country_and_sector_code(filled: Store) -> None:
    assert _docs(filled, actor="RUSGOV") == ["talks"]


def test_country_matches_a_party_or_the_place(filled: Store) -> None:
    assert _docs(filled, country="UKR") == ["kyiv", "kyiv2", "lviv"]


def test_sector_matches_either_party(filled: Store) -> None:
    assert _docs(filled, sector="CVL") == ["kenya"]


def test_types_modes_and_statuses(filled: Store) -> None:
    assert _docs(filled, types=("PROTEST", "AID")) == ["fiji", "kenya"]
    assert _docs(filled, statuses=("planned",)) == ["fiji"]


def test_dates_overlap_the_range(filled: Store) -> None:
    assert _docs(filled, since=date(2023, 3, 15), until=date(2023, 4, 30)) == ["lviv", "talks"]


def test_place_by_name(filled: Store) -> None:
    assert _docs(filled, place="kyiv") == ["kyiv", "kyiv2"]


def test_bounding_box(filled: Store) -> None:
    assert _docs(filled, bbox=(20.0, 45.0, 40.0, 60.0)) == ["kyiv", "kyiv2", "lviv", "talks"]


def test_bounding_box_across_the_date_line(filled: Store) -> None:
    assert _docs(filled, bbox=(170.0, -30.0, -170.0, 0.0)) == ["fiji"]


def test_text_searches_the_documents(filled: Store) -> None:
    assert _docs(filled, text="kenya") == ["kenya"]


def test_minimum_confidence(filled: Store) -> None:
    assert "lviv" not in _docs(filled, min_confidence=0.7)


def test_one_document(filled: Store) -> None:
    assert _docs(filled, doc_id="talks") == ["talks"]


def test_filters_combine(filled: Store) -> None:
    assert _docs(filled, actor="RUS", types=("ASSAULT",), place="Kyiv") == ["kyiv", "kyiv2"]


def test_sort_limit_and_offset(filled: Store) -> None:
    got = [r.event.doc_id for r in filled.mentions(EventQuery(sort="-date", limit=2, offset=1))]
    assert got == ["fiji", "lviv"]


def test_the_clusters_view_has_one_row_per_happening(filled: Store) -> None:
    [strike] = filled.clusters(EventQuery(place="Kyiv"))
    assert strike.cluster is not None
    assert (strike.cluster.mentions, strike.cluster.documents, strike.cluster.sources) == (2, 2, 2)
    assert filled.count_clusters() == 5


def test_a_clusters_mentions_are_found_by_its_id(filled: Store) -> None:
    [strike] = filled.clusters(EventQuery(place="Kyiv"))
    assert strike.cluster is not None
    assert _docs(filled, cluster_id=strike.cluster.id) == ["kyiv", "kyiv2"]


def test_counts_ignore_paging(filled: Store) -> None:
    assert filled.count_mentions(EventQuery(actor="RUS", limit=1)) == 4


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"types": ("ATTACK",)}, "unknown type ATTACK"),
        ({"bbox": (0.0, 50.0, 10.0, 40.0)}, "bounding box"),
        ({"since": date(2024, 1, 2), "until": date(2024, 1, 1)}, "ends before it starts"),
        ({"sort": "size"}, "unknown sort"),
    ],
)
def test_bad_filters_are_refused_saying_why(filters: dict[str, Any], message: str) -> None:  # wrong on purpose
    with pytest.raises(QueryError, match=message):
        EventQuery(**filters)


def test_bad_search_syntax_is_a_query_error(filled: Store) -> None:
    with pytest.raises(QueryError, match="full-text"):
        list(filled.mentions(EventQuery(text='"unclosed')))
