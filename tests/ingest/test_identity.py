"""Document identity: in one store an id names one text; a second text under a taken id gets an id of its own
(its path as given, its fetched URL, or the id with its content hash), never merged into the first nor dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.ingest.identity import Identities, derived_id, is_home_page, trusted_canonical
from eventwire.model import Document
from eventwire.store import Store

from .conftest import LocalServer
from .site import FLOODS_BODY, PROTEST_BODY, SUMMIT_BODY, article

SUMMIT = " ".join(SUMMIT_BODY)
FLOODS = " ".join(FLOODS_BODY)


def _ingest(*args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


def _texts(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {d.document.id: d.document.text for d in store.documents()}


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://courier.example", True),
        ("https://courier.example/", True),
        ("https://courier.example/index.html", True),
        ("https://courier.example/world/", False),
        ("https://courier.example/world/fishing-deal", False),
        ("https://courier.example/?p=123", False),
    ],
)
def test_a_sites_home_page_is_not_an_identity(url: str, home: bool) -> None:
    assert is_home_page(url) is home
    assert trusted_canonical(url) == (None if home else url)


def test_a_second_text_under_a_taken_id_takes_an_alias_then_a_derived_id() -> None:
    ids = Identities()
    first = ids.resolve(Document("report", SUMMIT), ("ca/report",))
    second = ids.resolve(Document("report", FLOODS), ("cb/report",))
    third = ids.resolve(Document("report", PROTEST_BODY))
    ids_taken = [r.document.id for r in (first, second, third)]
    assert ids_taken == ["report", "cb/report", derived_id("report", PROTEST_BODY)]
    assert third.document.id.startswith("report~") and len(third.document.id) == len("report~") + 12
    assert second.note() == "id 'report' names another text; this one is 'cb/report'"
    assert first.held is None and first.note() is None


def test_the_same_text_under_the_same_id_is_the_same_document_case_and_spacing_aside() -> None:
    ids = Identities(stored=lambda doc_id: None)
    ids.resolve(Document("1", SUMMIT))
    again = ids.resolve(Document("1", "  " + SUMMIT.upper() + "\n"))
    assert again.held == "run" and again.document.id == "1"


def test_the_store_says_who_holds_an_id(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_document(Document("report", SUMMIT))
        ids = Identities(store.stored_hash)
        assert ids.resolve(Document("report", SUMMIT)).held == "store"
        other = ids.resolve(Document("report", FLOODS))
        assert other.held is None and other.document.id == derived_id("report", FLOODS)


def _two_reports(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "ca" / "report.txt", tmp_path / "cb" / "report.txt"
    for path, text in ((a, SUMMIT), (b, FLOODS)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return a, b


def test_ingest_of_two_files_of_one_name_keeps_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _two_reports(tmp_path)
    db = tmp_path / "c.db"
    result = _ingest("ca/report.txt", "cb/report.txt", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stderr and "0 already stored" in result.stderr
    assert "renamed cb/report.txt (identity): id 'report' names another text; this one is 'cb/report'" in result.stderr
    assert _texts(db) == {"report": SUMMIT, "cb/report": FLOODS}
    again = _ingest("ca/report.txt", "cb/report.txt", "--db", str(db))
    assert "0 new" in again.stderr and "2 already stored" in again.stderr
    assert len(_texts(db)) == 2


def test_two_folders_with_files_of_one_name_keep_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _two_reports(tmp_path)
    db = tmp_path / "c.db"
    result = _ingest("ca", "cb", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert _texts(db) == {"report": SUMMIT, "cb/report": FLOODS}


def test_jsonl_with_two_texts_under_one_id_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    rows = [{"id": "1", "text": SUMMIT}, {"id": "1", "text": FLOODS}, {"id": "1", "text": SUMMIT}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    db = tmp_path / "j.db"
    result = _ingest(str(path), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stderr and "1 already stored" in result.stderr
    assert _texts(db) == {"1": SUMMIT, derived_id("1", FLOODS): FLOODS}
    assert f"renamed {path}:2 (identity)" in result.stderr


def test_pages_whose_canonical_url_is_the_home_page_keep_their_own_addresses(
    server: LocalServer, tmp_path: Path
) -> None:
    home = "https://courier.example/"
    one = server.add("/news/deal.html", article("Fishing deal signed", SUMMIT_BODY, home, "2024-03-05"))
    two = server.add("/news/floods.html", article("Floods", FLOODS_BODY, home, "2024-03-10"))
    db = tmp_path / "p.db"
    result = _ingest(one, two, "--db", str(db), "--allow-private")
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stderr
    with Store(db) as store:
        docs = {d.document.id: d.document for d in store.documents()}
    assert set(docs) == {one, two}
    assert docs[one].url == one and docs[one].meta["canonical_url"] == home


def test_pages_sharing_one_canonical_url_keep_both_texts(server: LocalServer, tmp_path: Path) -> None:
    shared = "https://courier.example/world/story"
    one = server.add("/a.html", article("Fishing deal signed", SUMMIT_BODY, shared, "2024-03-05"))
    two = server.add("/b.html", article("Floods", FLOODS_BODY, shared, "2024-03-10"))
    db = tmp_path / "p.db"
    result = _ingest(one, two, "--db", str(db), "--allow-private")
    assert result.exit_code == 0, result.output
    texts = _texts(db)
    assert set(texts) == {shared, two}  # the second page is known by the address it was fetched from
    assert SUMMIT_BODY[0] in texts[shared] and FLOODS_BODY[0] in texts[two]
