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
The ModernGov web-service import is measured the same way, at 48 and 192 generated meetings
of 125 items (bench/moderngov_bench.py).
"""

from __future__ import annotations

import json
import subprocess
import sys

N = 100
# ModernGov web-service meetings of 125 items (bench/moderngov_bench.py): 6,000 items and more.
MODERNGOV_N = 48
LIMIT = 1.5

CHILD = """
import json, resource, sys, tracemalloc
from bench.__main__ import setup_django
setup_django()
from bench import moderngov_bench, oparl_import_bench
from moot.search import indexer
importer, meetings, what = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if what == "import":
    indexer.drain = lambda *args, **kwargs: 0
if importer == "oparl":
    oparl_import_bench.MEETINGS = meetings
    routes = oparl_import_bench.generated()
    run = lambda: oparl_import_bench.run(routes, f"{oparl_import_bench.BASE}/")
else:
    answers = moderngov_bench.generated(meetings, moderngov_bench.ITEMS)
    run = lambda: moderngov_bench.run(answers)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
report, *_ = run()
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss
print(json.dumps({"peak": peak, "rss": grown * 1024, "failed": len(report.failed)}))
"""


def _measure(importer: str, meetings: int, what: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, importer, str(meetings), what],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    for importer, title, n in (("oparl", "OParl", N), ("moderngov", "ModernGov", MODERNGOV_N)):
        for what, name in (("import", "the import alone"), ("drain", "with the search drain")):
            small, large = _measure(importer, n, what), _measure(importer, 4 * n, what)
            for key, label in (("peak", "tracemalloc peak"), ("rss", "peak RSS growth")):
                ratio = large[key] / max(small[key], 1)
                mark = "meets" if ratio <= LIMIT else "MISSES"
                print(
                    f"{title} import, {name}, {label}: {small[key] / 2**20:.1f} MiB at {n} "
                    f"meetings, {large[key] / 2**20:.1f} MiB at {4 * n}: x{ratio:.2f} "
                    f"({mark} flat, x <= {LIMIT})"
                )
