"""Stage 6: the explorer, an HTTP API and a web page over the store.

``create_app`` is imported on first use, so the benchmark's helpers (``synthetic``, ``load``) load no web stack.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from eventwire.serve.app import create_app

        return create_app
    raise AttributeError(f"module 'eventwire.serve' has no attribute {name!r}")
