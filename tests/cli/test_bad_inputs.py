"""The real ``eventwire`` command over a table of bad inputs: no traceback, every refusal names its input,
its stage and its code, skipped inputs are named with the reason, and the exit status says whether any input
was refused. Each case runs the installed console script in a subprocess, as a user would."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # one subprocess per case; two cases load the spaCy model

EVENTWIRE = Path(sys.executable).with_name("eventwire")
STORY = (
    "Police arrested dozens of protesters in Nairobi on Tuesday after a march against new taxes turned "
    "violent, officials said. The interior minister said the arrests were lawful.\n"
)
SHORT_SENTENCES = ("Talks went on.", "Rain fell.", "The port stayed shut.", "Prices rose.", "Schools opened.")
FEED_WITH_LINKS_ONLY = """<?xml version="1.0"?><rss version="2.0"><channel><title>Courier World</title>
<item><title>One</title><link>https://courier.example/one</link></item></channel></rss>"""


@dataclass
class Case:
    """argv after ``eventwire`` (``{tmp}`` stands for the case's folder), files to make first, and what must hold."""

    name: str
    argv: list[str]
    status: int
    expect: list[str] = field(default_factory=list)
    """Lines of stderr must contain each of these (``{tmp}`` replaced): the input's name, stage and code."""
    make: Callable[[Path], None] = lambda tmp: None
    stdin: bytes | None = None
    unprivileged: bool = False
    """Run without root's power to read any file (so a folder with no read permission is unreadable)."""


def _write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        path = tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return make


def _all(*makers: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        for maker in makers:
            maker(tmp)

    return make


def _huge_file(tmp: Path) -> None:
    with (tmp / "huge.txt").open("wb") as out:
        out.truncate(5_000_001)  # one byte over max_file_bytes; refused before it is read


def _locked_folder(tmp: Path) -> None:
    _write("locked/a.txt", STORY)(tmp)
    (tmp / "locked").chmod(0)


def _broken_link(tmp: Path) -> None:
    (tmp / "inbox").mkdir()
    _write("inbox/good.txt", STORY)(tmp)
    (tmp / "inbox" / "gone.txt").symlink_to(tmp / "nowhere.txt")


def _ten_thousand_sentences() -> str:
    sentences = [SHORT_SENTENCES[i % len(SHORT_SENTENCES)] for i in range(10_000)]
    sentences[5000] = "Police arrested dozens of protesters in Nairobi on Tuesday."
    return "\n\n".join(" ".join(sentences[i : i + 10]) for i in range(0, 10_000, 10))


def _jsonl(*objects: object) -> str:
    return "".join(json.dumps(o) + "\n" for o in objects)


GOOD_LINE = {"id": "good", "text": STORY}
DB = ["--db", "{tmp}/store.db"]

CASES = [
    Case(
        "utf16_with_bom_is_decoded",
        ["ingest", "{tmp}/utf16.txt", *DB],
        0,
        ["ingested 1 new"],
        _write("utf16.txt", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")),
    ),
    Case(
        "control_characters",
        ["ingest", "{tmp}/controls.txt", *DB],
        1,
        ["refused {tmp}/controls.txt (read): is mostly control characters", "[E102]"],
        _write("controls.txt", "\x1b\x07\x08\x01" * 300 + "text"),
    ),
    Case(
        "ten_thousand_sentence_document_is_coded_in_sections",
        ["code", "{tmp}/long.txt", "-o", "{tmp}/events.jsonl"],
        0,
        ["coded 1 of 1 inputs; 0 refused"],
        _write("long.txt", _ten_thousand_sentences()),
    ),
    Case(
        "csv_without_a_text_column",
        ["ingest", "{tmp}/wire.csv", *DB],
        1,
        ["refused {tmp}/wire.csv (read): has no text column", "--text-column", "[E104]"],
        _write("wire.csv", "ref,story\n1,Police arrested dozens.\n"),
    ),
    Case(
        "binary_file",
        ["ingest", "{tmp}/photo.txt", *DB],
        1,
        ["refused {tmp}/photo.txt (read): looks binary", "[E102]"],
        _write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
    ),
    Case(
        "empty_file",
        ["ingest", "{tmp}/empty.txt", *DB],
        1,
        ["refused {tmp}/empty.txt (read): is empty", "[E101]"],
        _write("empty.txt", b""),
    ),
    Case(
        "huge_file_read_whole",
        ["ingest", "{tmp}/huge.txt", *DB],
        1,
        ["refused {tmp}/huge.txt (read): is 5,000,001 bytes, over the 5,000,000-byte limit", "[E105]"],
        _huge_file,
    ),
    Case(
        "huge_document_in_jsonl_the_rest_stored",
        ["ingest", "{tmp}/big.jsonl", *DB],
        1,
        ["refused {tmp}/big.jsonl:1 (read): has 1,000,001 characters", "[E105]", "ingested 1 new"],
        _write("big.jsonl", _jsonl({"id": "big", "text": "a " * 500_000 + "b"}, GOOD_LINE)),
    ),
    Case(
        "mis_encoded_latin1",
        ["ingest", "{tmp}/latin1.txt", *DB],
        1,
        ["refused {tmp}/latin1.txt (read): is not valid UTF-8", "[E103]"],
        _write("latin1.txt", "Le président a rencontré le ministre à Nairobi.".encode("latin-1")),
    ),
    Case(
        "malformed_jsonl_line_the_rest_stored",
        ["ingest", "{tmp}/mixed.jsonl", *DB],
        1,
        ["refused {tmp}/mixed.jsonl:1 (read): is not a valid document", "[E104]", "ingested 1 new"],
        _write("mixed.jsonl", "{not json\n" + _jsonl(GOOD_LINE)),
    ),
    Case(
        "jsonl_line_that_is_not_an_object",
        ["ingest", "{tmp}/list.jsonl", *DB],
        1,
        ["refused {tmp}/list.jsonl:1 (read): is not a valid document: a line must be a JSON object", "[E104]"],
        _write("list.jsonl", "[1, 2, 3]\n"),
    ),
    Case(
        "deeply_nested_json",
        ["ingest", "{tmp}/deep.json", *DB],
        1,
        ["refused {tmp}/deep.json (read): is not valid JSON", "[E104]"],
        _write("deep.json", "[" * 100_000 + "]" * 100_000),
    ),
    Case(
        "html_that_cannot_be_extracted",
        ["ingest", "{tmp}/nested.html", *DB],
        1,
        ["refused {tmp}/nested.html (read): has no main text that could be extracted", "[E101]"],
        _write("nested.html", "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"),
    ),
    Case(
        "malformed_feed_named_by_its_path",
        ["ingest", "{tmp}/broken.rss", *DB],
        1,
        ["refused {tmp}/broken.rss (read): is malformed XML at line 1", "[E104]"],
        _write("broken.rss", '<?xml version="1.0"?><rss><channel><title>My Feed</title><item><title>x</title>'),
    ),
    Case(
        "unreadable_folder",
        ["ingest", "{tmp}/locked", *DB],
        1,
        ["refused {tmp}/locked (read): is a folder that cannot be read: Permission denied", "[E109]"],
        _locked_folder,
        unprivileged=True,
    ),
    Case(
        "db_that_is_not_sqlite",
        ["ingest", "{tmp}/good.txt", "--db", "{tmp}/notes.db"],
        1,
        ["refused --db {tmp}/notes.db (store): is not an eventwire store", "[E401]"],
        _all(_write("good.txt", STORY), _write("notes.db", "these are my notes, not a database\n" * 50)),
    ),
    Case(
        "db_in_a_missing_folder",
        ["ingest", "{tmp}/good.txt", "--db", "{tmp}/no/such/dir/store.db"],
        1,
        ["{tmp}/no/such/dir/store.db", "(store)", "[E400]"],
        _write("good.txt", STORY),
    ),
    Case(
        "mistyped_path_beside_a_good_one",
        ["ingest", "{tmp}/good.txt", "{tmp}/goood.txt", *DB],
        1,
        ["refused {tmp}/goood.txt (read): does not exist", "[E108]", "ingested 1 new"],
        _write("good.txt", STORY),
    ),
    Case(
        "file_url",
        ["ingest", "file://{tmp}/good.txt", *DB],
        0,
        ["ingested 1 new"],
        _write("good.txt", STORY),
    ),
    Case(
        "unsupported_url_scheme",
        ["ingest", "ftp://example.org/news.txt", *DB],
        1,
        ["refused ftp://example.org/news.txt (read): is a ftp: URL", "[E108]"],
    ),
    Case(
        "private_address_refused_before_connecting",
        ["ingest", "http://127.0.0.1:9/news.html", *DB],
        1,
        ["refused http://127.0.0.1:9/news.html (fetch): refused: 127.0.0.1 resolves to 127.0.0.1", "[E500]"],
    ),
    Case(
        "watch_with_every_source_refused",
        ["watch", "{tmp}/missing.rss", "http://127.0.0.1:9/feed", *DB, "--every", "0s", "--rounds", "3"],
        1,
        ["refused {tmp}/missing.rss (read): does not exist", "every source was refused; nothing to watch"],
    ),
    Case(
        "feed_given_to_code_has_entries_that_need_fetching",
        ["code", "{tmp}/world.rss"],
        1,
        ["refused https://courier.example/one (read): is a feed entry with only a link", "[E107]"],
        _write("world.rss", FEED_WITH_LINKS_ONLY),
    ),
    Case(
        "url_given_to_code",
        ["code", "https://courier.example/one"],
        1,
        ["refused https://courier.example/one (read): is a URL; `eventwire code` reads files", "[E107]"],
    ),
    Case(
        "unextractable_html_given_to_code",
        ["code", "{tmp}/pages"],
        1,
        ["refused {tmp}/pages/menu.html (read): has no main text", "skipped {tmp}/pages/logo.png (read)"],
        _all(
            _write(
                "pages/menu.html", "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"
            ),
            _write("pages/logo.png", b"\x89PNG"),
        ),
    ),
    Case(
        "subfolder_without_recursive",
        ["ingest", "{tmp}/inbox", *DB],
        0,
        ["skipped {tmp}/inbox/sub (read): a subfolder; pass -r/--recursive", "ingested 1 new"],
        _all(_write("inbox/good.txt", STORY), _write("inbox/sub/deeper.txt", STORY)),
    ),
    Case(
        "broken_link_in_a_folder",
        ["ingest", "{tmp}/inbox", *DB],
        1,
        ["refused {tmp}/inbox/gone.txt (read): is a link to a file that does not exist", "[E109]"],
        _broken_link,
    ),
    Case(
        "device_instead_of_a_file",
        ["ingest", "/dev/null", *DB],
        1,
        ["refused /dev/null (read): is not a regular file", "[E107]"],
    ),
    Case("empty_stdin", ["code"], 1, ["refused <stdin> (read): is empty", "[E101]"], stdin=b""),
    Case(
        "chinese_and_russian_are_reported_not_coded",
        ["code", "{tmp}/zh.txt", "{tmp}/ru.txt"],
        0,
        ["skipped {tmp}/zh.txt (language): language is 'zh'", "skipped {tmp}/ru.txt (language): language is 'ru'"],
        _all(
            _write("zh.txt", "中国外交部发言人周三表示，北京将对美国的新制裁措施作出坚决回应。"),
            _write("ru.txt", "Министр иностранных дел России заявил в среду, что Москва ответит на санкции."),
        ),
    ),
    Case(
        "bad_published_date",
        ["code", "{tmp}/good.txt", "--published", "16/12/2020"],
        2,
        ["YYYY-MM-DD"],
        _write("good.txt", STORY),
    ),
]


def _run(case: Case, tmp: Path) -> subprocess.CompletedProcess[bytes]:
    argv = [str(EVENTWIRE), *(arg.replace("{tmp}", str(tmp)) for arg in case.argv)]
    if case.unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a folder unreadable")
        argv = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *argv]
    return subprocess.run(argv, input=case.stdin or b"", capture_output=True, timeout=600, cwd=tmp, check=False)


def test_the_table_has_at_least_twenty_classes() -> None:
    assert len({case.name for case in CASES}) == len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_named_with_stage_and_code_and_never_a_traceback(case: Case, tmp_path: Path) -> None:
    case.make(tmp_path)
    result = _run(case, tmp_path)
    out, err = result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    assert result.returncode == case.status, err
    for expected in case.expect:
        assert expected.replace("{tmp}", str(tmp_path)) in err, (expected, err)
    for line in filter(None, err.splitlines()):
        assert line.startswith(("eventwire: ", "Usage:", "Try ", "Error:")), f"stray line on stderr: {line!r}"
        if line.startswith(("eventwire: refused ", "eventwire: skipped ")):
            assert " (" in line, f"no stage in {line!r}"
            assert "): " in line, f"no stage in {line!r}"
        if line.startswith("eventwire: refused "):
            assert line.rstrip().endswith("]"), f"no code in {line!r}"
            assert "[E" in line, f"no code in {line!r}"


def test_a_store_left_by_a_refused_run_is_still_a_store(tmp_path: Path) -> None:
    """The table's ingest runs never leave a half-made store behind: what they wrote is readable SQLite."""
    case = next(c for c in CASES if c.name == "malformed_jsonl_line_the_rest_stored")
    case.make(tmp_path)
    _run(case, tmp_path)
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("SELECT id FROM documents").fetchall() == [("good",)]
        assert db.execute("SELECT doc_id, code FROM failures").fetchall() == [(f"{tmp_path}/mixed.jsonl:1", "E104")]
