"""Fixtures of the explorer tests: the example store coded by the real coder, real servers on localhost ports,
and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.serve.bench import free_port, server

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WRITE_TOKEN = "test-token-3f9a"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: Any
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Server:
    """A running `eventwire serve` and the store it reads."""

    url: str
    db: Path

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> Reply:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return Reply(response.status, _decode(response.read()), dict(response.headers))
        except urllib.error.HTTPError as error:
            return Reply(error.code, _decode(error.read()), dict(error.headers))


def _decode(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", errors="replace")


def code_into(db: Path, *args: str) -> None:
    result = CliRunner().invoke(main, ["code", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store `make run` builds: examples/ (the Xi visit report among them), coded for real."""
    db = tmp_path_factory.mktemp("explorer") / "examples.db"
    code_into(db, str(REPO / "examples"))
    return db


@pytest.fixture(scope="session")
def api(example_db: Path) -> Iterator[Server]:
    """A read-only server on the example store (a real uvicorn on a free localhost port)."""
    port = free_port()
    with server(example_db, port, env={"EVENTWIRE_WRITE_TOKEN": ""}):
        yield Server(f"http://127.0.0.1:{port}", example_db)


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory, example_db: Path) -> Iterator[Server]:
    """A server with writes on (a token set), over a copy of the example store."""
    db = tmp_path_factory.mktemp("writable") / "store.db"
    with sqlite3.connect(example_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    port = free_port()
    with server(db, port, env={"EVENTWIRE_WRITE_TOKEN": WRITE_TOKEN}):
        yield Server(f"http://127.0.0.1:{port}", db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, with a fresh profile; Playwright drives it and downloads no browser."""
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: `make test` installs it (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="eventwire-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot as a test artefact (artifacts/ is git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
