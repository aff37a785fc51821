"""Hypothesis settings of the property tests: no per-example deadline (the machine is shared and timings vary).

The ordinary run uses Hypothesis's 100 examples per property. ``EVENTWIRE_FUZZ_EXAMPLES=N`` gives every property N
examples instead: the fuzz run (``tests/fuzz/test_fuzz_run.py``) sets it for a subprocess.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES") or 0)

settings.register_profile("eventwire", deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", settings.get_profile("eventwire"), max_examples=max(FUZZ_EXAMPLES, 1), database=None)
settings.load_profile("fuzz" if FUZZ_EXAMPLES else "eventwire")
