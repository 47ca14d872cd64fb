"""Small helpers the benchmarks share: run a callable many times and report percentiles."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(
    fn: Callable[[], object],
    *,
    runs: int,
    warmup: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Seconds per call over ``runs`` calls, after ``warmup`` calls that are not counted.
    ``clock=time.process_time`` measures CPU time: unlike wall-clock time, not inflated by
    other busy processes on the machine (though it leaves out time waiting on PostgreSQL)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = clock()
        fn()
        times.append(clock() - started)
    return times


def percentile(times: list[float], p: float) -> float:
    if len(times) == 1:
        return times[0]
    return statistics.quantiles(times, n=100, method="inclusive")[int(p) - 1]


def report(label: str, times: list[float], target_ms: float | None = None, p: float = 95) -> str:
    p50 = percentile(times, 50) * 1000
    pp = percentile(times, p) * 1000
    line = f"{label}: p50 {p50:.2f} ms, p{int(p)} {pp:.2f} ms over {len(times)} runs"
    if target_ms is not None:
        verdict = "meets" if pp <= target_ms else "MISSES"
        line += f" — target p{int(p)} ≤ {target_ms:g} ms: {verdict}"
    print(line)
    return line
