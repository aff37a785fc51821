"""Where the tests find files: the repository, and the shared reference folder beside it (``../shared``).

The shared folder is found one way, relative to the repository root; a test reading it asks the ``shared_file``
fixture, which skips the test with a message naming the missing path when the folder is not there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SharedFile = Callable[..., Path]


def shared_path(*parts: str) -> Path:
    """``../shared/<parts>`` beside the repository; skips the calling test, naming the path, when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        shown = "/".join(("..", "shared", *parts))
        pytest.skip(f"{shown} is absent: the shared folder belongs beside the repository root")
    return path
