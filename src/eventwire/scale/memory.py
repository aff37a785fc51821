"""The C heap of coding processes: large blocks go back to the system when freed.

glibc's malloc serves blocks of at least its mmap threshold (128 KiB) with their own mapping, which ``free``
unmaps at once. By default it raises that threshold each time such a block is freed, up to 32 MiB, after which
the arrays of every spaCy batch are carved from the heap instead, and the heap's top pages stay with the process
whatever is freed below them. Fixing the threshold (``malloc_mmap_threshold_kb``) keeps the arrays of one batch
from weighing on the next: a coding worker peaks 20-30 MB lower, but every large array is then mapped and unmapped
again, which costs ~15 % of the coding throughput (docs/performance.md). So it is off by default (0) and a choice for
machines short of memory. Elsewhere than on glibc (macOS, musl) nothing is changed.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import cast

from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # mallopt's parameter number in glibc's malloc.h
THRESHOLD_KB = int(SETTINGS["malloc_mmap_threshold_kb"].default)

_fixed: int | None = None


def fix_mmap_threshold(kilobytes: int = THRESHOLD_KB) -> bool:
    """Fix glibc's mmap threshold at ``kilobytes`` for this process (and the processes it forks later).

    Returns whether malloc took the value: False on another C library, or when ``kilobytes`` is 0 (leave malloc's
    own moving threshold). Calling it again with the value already set does nothing."""
    global _fixed
    if kilobytes <= 0 or not sys.platform.startswith("linux"):
        return False
    if _fixed == kilobytes:
        return True
    mallopt = _glibc_mallopt()
    if mallopt is None:
        return False
    if not mallopt(M_MMAP_THRESHOLD, kilobytes * 1024):
        log.warning("malloc refused an mmap threshold of %d KiB", kilobytes)
        return False
    _fixed = kilobytes
    return True


def _glibc_mallopt() -> Callable[[int, int], int] | None:
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # noqa: B018 - glibc only: musl has mallopt as a stub that does nothing
    except (OSError, AttributeError):
        return None
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return cast("Callable[[int, int], int]", mallopt)
