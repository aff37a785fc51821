"""Beside the stages: the same stage functions run in parallel, on this machine's cores (``local``) or on a Dask
cluster (``dask.distributed``).

The package holds no coding logic of its own: each worker loads the coder once and codes documents with
``Coder.code_many``, exactly as one process does, so a run gives the same events with the same ids. ``local`` is the
process pool of ``eventwire code``; for Dask, ``partitions`` cuts the input, ``worker`` is what runs on a worker
(the plugin that loads the coder, the task that codes a partition), ``output`` the Parquet folder the workers write,
``engine`` the client that hands out partitions and ``run`` a whole run from a file or the store. See
``docs/scale.md``. Names are imported on first use, so that the local engine does not import Dask.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "DaskEngine": "engine",
    "DaskOptions": "engine",
    "Failure": "output",
    "Marker": "output",
    "ParquetFolder": "output",
    "Partition": "partitions",
    "plan": "partitions",
    "plan_documents": "partitions",
    "read_partition": "partitions",
    "RunSummary": "run",
    "code_file": "run",
    "code_stored": "run",
    "LocalEngine": "local",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'eventwire.scale' has no attribute {name!r}")
    return getattr(importlib.import_module(f"eventwire.scale.{_EXPORTS[name]}"), name)
