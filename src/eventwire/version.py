"""The installed version of eventwire, read from the package metadata (``pyproject.toml``)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("eventwire")
except PackageNotFoundError:  # a source tree that was never installed
    VERSION = "0+unknown"
