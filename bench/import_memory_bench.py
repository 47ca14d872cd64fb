"""Whether the OParl import keeps memory flat as the body grows (issue 19).

A generated body (bench/oparl_import_bench.py) of N and of 4N meetings is imported, each in
a fresh child process with a fresh migrated database. Measured: the tracemalloc peak of the
import itself (started once the served body is in memory) and the growth of the process's
peak RSS. Flat: the peak at 4N is at most 1.5x the peak at N (a linear importer is ~4x).
Measured twice: the import alone (the search index drain off, as when ``moot index-worker``
applies the tasks elsewhere), and with the drain the run does. The drain reads at most
``moot.search.indexer.PER_COMMIT`` tasks into one index commit, so its memory grows with the
body until then and is flat beyond: N (100 meetings of 50 items and 10 files, 6,000 tasks) is
past that, so the larger body is compared with one that already fills a commit.
The ModernGov web-service import is not measured here yet.
"""

from __future__ import annotations

import json
import subprocess
import sys

N = 100
LIMIT = 1.5

CHILD = """
import json, resource, sys, tracemalloc
from bench.__main__ import setup_django
setup_django()
from bench import oparl_import_bench as b
from moot.search import indexer
if sys.argv[2] == "import":
    indexer.drain = lambda *args, **kwargs: 0
b.MEETINGS = int(sys.argv[1])
routes = b.generated()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
report, *_ = b.run(routes, f"{b.BASE}/")
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss
print(json.dumps({"peak": peak, "rss": grown * 1024, "failed": len(report.failed)}))
"""


def _measure(meetings: int, what: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(meetings), what],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    for what, name in (("import", "the import alone"), ("drain", "with the search drain")):
        small, large = _measure(N, what), _measure(4 * N, what)
        for key, label in (("peak", "tracemalloc peak"), ("rss", "peak RSS growth")):
            ratio = large[key] / max(small[key], 1)
            mark = "meets" if ratio <= LIMIT else "MISSES"
            print(
                f"OParl import, {name}, {label}: {small[key] / 2**20:.1f} MiB at {N} "
                f"meetings, {large[key] / 2**20:.1f} MiB at {4 * N}: x{ratio:.2f} "
                f"({mark} flat, x <= {LIMIT})"
            )
