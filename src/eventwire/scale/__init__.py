"""Beside the stages: the same stage functions run in parallel on a Dask cluster (``dask.distributed``).

The package holds no coding logic of its own: each worker loads the coder once (``worker.CoderPlugin``) and codes
partitions of the input (``partitions``) with ``Coder.code_many``, exactly as ``eventwire code`` does in one process,
so a run gives the same events with the same ids. ``output`` is the Parquet folder the workers write, ``engine`` the
client that hands out partitions, ``run`` a whole run from a file or the store. See ``docs/scale.md``.
"""

from eventwire.scale.engine import DaskEngine, DaskOptions
from eventwire.scale.output import Failure, Marker, ParquetFolder
from eventwire.scale.partitions import Partition, plan, plan_documents, read_partition
from eventwire.scale.run import RunSummary, code_file, code_stored

__all__ = [
    "DaskEngine",
    "DaskOptions",
    "Failure",
    "Marker",
    "ParquetFolder",
    "Partition",
    "RunSummary",
    "code_file",
    "code_stored",
    "plan",
    "plan_documents",
    "read_partition",
]
