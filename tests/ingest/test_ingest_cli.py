"""Acceptance: `eventwire ingest` over a real local HTTP server, feeds, a CSV and a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.store import Store

from .conftest import LocalServer
from .site import FLOODS_BODY, SUMMIT_BODY, article, atom, rss

CANONICAL = "https://courier.example/world/fishing-deal"


def _ingest(*args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


@pytest.fixture
def site(server: LocalServer) -> LocalServer:
    summit = article("Fishing deal signed", SUMMIT_BODY, CANONICAL, "2024-03-05")
    server.add("/news/summit.html", summit)
    # The same story syndicated under another address, with one sentence added: a near duplicate.
    syndicated = article(
        "Fishing deal signed",
        SUMMIT_BODY,
        "https://other.example/fishing",
        "2024-03-05",
        "<p>This report was updated with comment from the unions.</p>",
    )
    server.add("/news/summit-feed.html", syndicated)
    server.add(
        "/news/floods.html",
        article("Floods force evacuations", FLOODS_BODY, "https://courier.example/floods", "2024-03-10"),
    )
    server.add("/feed.rss", rss(server.base), "application/rss+xml")
    server.add("/feed.atom", atom(server.base), "application/atom+xml")
    return server


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / "wire.csv").write_text(
        "id,headline,body,published\n"
        f'w1,Deal,"{SUMMIT_BODY[0]} {SUMMIT_BODY[1]}",2024-03-05\n'
        'w2,Quake,"A strong earthquake shook the coastal province overnight, damaging roads and bridges, '
        'and rescue teams were searching collapsed buildings for survivors, officials said.",2024-03-06\n'
        "w3,Empty,,2024-03-06\n",
        encoding="utf-8",
    )
    (root / "note.txt").write_text(
        "Ceasefire holds\nCeasefire holds\n\n• The ceasefire between the two militias held for a third day on "
        "Monday, residents said.\n\nOriginal Source Link",
        encoding="utf-8",
    )
    (root / "sub" / "deep.md").write_text("Border talks resumed in Lamont after a week of delays.", encoding="utf-8")
    (root / "picture.png").write_bytes(b"\x89PNG\r\n")
    return root


def test_pages_feeds_csv_and_folder_are_ingested_cleaned_and_deduplicated(
    site: LocalServer, folder: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "store.db")
    sources = [site.base + "/news/summit.html", site.base + "/feed.rss", site.base + "/feed.atom", str(folder)]
    result = _ingest(*sources, "--db", db, "--allow-private", "--recursive")
    assert result.exit_code == 1, result.output  # one CSV row was refused; the rest were stored
    assert f"refused {folder / 'wire.csv'}:4 (read): has no text in 'body' [E104]" in result.stderr
    assert f"skipped {folder / 'picture.png'} (read): not a file type eventwire reads" in result.stderr

    with Store(db) as store:
        page = store.document(CANONICAL)
        assert page is not None, [d.document.id for d in store.documents()]
        assert page.document.title == "Fishing deal signed"
        assert str(page.document.published) == "2024-03-05"
        assert page.document.meta["author"] == "Mara Lind"
        assert page.document.text.startswith("The prime ministers of Norland")
        for furniture in ("Share this", "Follow us", "cookies", "Home", "Copyright"):
            assert furniture not in page.document.text

        teachers = store.document(site.base + "/news/teachers")
        assert teachers is not None
        assert teachers.status == "ok"
        assert teachers.document.text.count("Thousands of teachers marched") == 2  # full content, not re-fetched
        assert "/news/teachers" not in site.hits

        floods = store.document(site.base + "/news/floods.html")
        assert floods is not None
        assert floods.document.text.startswith("Heavy rain flooded")
        assert str(floods.document.published) == "2024-03-10"

        french = store.document(site.base + "/fr/enseignants")
        assert french is not None
        assert (french.status, french.language) == ("not_english", "fr")

        syndicated = store.document(site.base + "/news/summit-feed.html")
        assert syndicated is not None
        assert syndicated.status == "duplicate"
        assert syndicated.duplicate_of == CANONICAL
        assert "near duplicate" in (syndicated.reason or "")

        wire = store.document("w1")
        assert wire is not None
        assert wire.duplicate_of is None

        note = store.document("note")
        assert note is not None
        assert note.document.title == "Ceasefire holds"
        assert (
            note.document.text
            == "The ceasefire between the two militias held for a third day on Monday, residents said."
        )
        assert store.document("sub/deep") is not None

        pending = {d.id for d in store.uncoded()}
        assert syndicated.document.id not in pending
        assert french.document.id not in pending
        assert CANONICAL in pending
        assert "w2" in pending
        assert [f["doc_id"] for f in store.failures()] == [f"{folder / 'wire.csv'}:4"]
        count = store.count("documents")

    again = _ingest(*sources, "--db", db, "--allow-private", "--recursive")
    assert again.exit_code == 1  # the same CSV row is refused again
    assert "ingested 0 new, 0 duplicate, 0 not English" in again.stderr
    with Store(db) as store:
        assert store.count("documents") == count
    assert site.hits["/news/floods.html"] == 1  # a feed entry seen before is not fetched again


def test_folder_without_recursive_reads_only_its_own_files(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    result = _ingest(str(folder), "--db", db)
    assert f"skipped {folder / 'sub'} (read): a subfolder; pass -r/--recursive" in result.stderr
    with Store(db) as store:
        assert store.document("sub/deep") is None
        assert store.document("note") is not None


def test_loopback_urls_are_refused_without_allow_private(site: LocalServer, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    result = _ingest(site.base + "/news/summit.html", "--db", db)
    assert result.exit_code == 1
    assert "loopback address; pass --allow-private" in result.stderr
    assert "/news/summit.html" not in site.hits
    with Store(db) as store:
        assert store.count("documents") == 0
        assert store.failures()[0]["code"] == "E500"
    assert _ingest(site.base + "/news/summit.html", "--db", db, "--allow-private").exit_code == 0


def test_since_skips_older_documents(site: LocalServer, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    result = _ingest(site.base + "/feed.rss", "--db", db, "--allow-private", "--since", "2024-03-09")
    assert "1 new" in result.stderr
    assert "1 before --since" in result.stderr


def test_csv_text_column_can_be_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("ref,story\nn1,The port reopened after the strike ended on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert _ingest(str(path), "--db", db).exit_code == 1
    assert _ingest(str(path), "--db", db, "--text-column", "story").exit_code == 0
    with Store(db) as store:
        assert store.count("documents") == 1


def test_watch_polls_feeds_for_the_given_rounds(site: LocalServer, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    args = ["watch", site.base + "/feed.rss", "--db", db, "--allow-private", "--every", "0s", "--rounds", "2"]
    result = CliRunner().invoke(main, [*args, "--no-code"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "round 1: 2 new" in result.stderr
    assert "round 2: 0 new" in result.stderr
    assert site.hits["/feed.rss"] == 2


@pytest.mark.slow
def test_watch_codes_new_documents_once(site: LocalServer, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    args = ["watch", site.base + "/feed.rss", "--db", db, "--allow-private", "--every", "0s", "--rounds", "2"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rounds = [line for line in result.stderr.splitlines() if "round" in line]
    assert len(rounds) == 2, result.stderr
    assert "coded 0" not in rounds[0]
    assert rounds[1].endswith("coded 0")
    with Store(db) as store:
        assert not list(store.uncoded())
        assert "PROTEST" in {event.type for event in store.events()}
