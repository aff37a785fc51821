"""The fuzz run: every property of ``test_properties.py`` with a recorded budget, in a subprocess; 0 crashes.

The budget is ``EVENTWIRE_FUZZ_EXAMPLES`` examples per property (default 1,000; CI runs the default). The run prints
each property's example count and time from Hypothesis's statistics; docs/security.md records a run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROPERTIES = Path(__file__).with_name("test_properties.py")
DEFAULT_BUDGET = 1000


@pytest.mark.fuzz
@pytest.mark.slow
def test_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    budget = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES") or DEFAULT_BUDGET)
    env = {**os.environ, "EVENTWIRE_FUZZ_EXAMPLES": str(budget)}
    argv = [sys.executable, "-m", "pytest", str(PROPERTIES), "-q", "-p", "no:cacheprovider", "-p", "no:logging"]
    started = time.monotonic()
    run = subprocess.run(
        [*argv, "--hypothesis-show-statistics"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=3000
    )
    elapsed = time.monotonic() - started
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
    stats = _statistics(run.stdout)
    total = sum(passing for passing, _ in stats.values())
    print(f"fuzz: {len(stats)} properties, {total} examples, 0 crashes, {elapsed:.0f} s (budget {budget} each)")
    for name, (passing, stopped) in stats.items():
        print(f"fuzz:   {name}: {passing} examples ({stopped})")
    assert len(stats) >= 10
    for name, (passing, stopped) in stats.items():
        assert "max_examples" in stopped or "nothing left to do" in stopped, (name, passing, stopped)


def _statistics(output: str) -> dict[str, tuple[int, str]]:
    """Per property: passing examples (all phases) and why Hypothesis stopped, from --hypothesis-show-statistics."""
    stats: dict[str, tuple[int, str]] = {}
    for block in re.split(r"\n(?=\S*::test_)", output):
        name = re.match(r"\S*::(test_\w+):", block)
        if name is None:
            continue
        passing = sum(int(n) for n in re.findall(r"(\d+) passing", block))
        stopped = re.search(r"Stopped because (.+)", block)
        stats[name.group(1)] = (passing, stopped.group(1).strip() if stopped else "unknown")
    return stats
