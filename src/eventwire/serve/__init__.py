"""Stage 6: the explorer, an HTTP API and a web page over the store."""

from eventwire.serve.app import create_app

__all__ = ["create_app"]
