"""`make bench`: run every benchmark module (bench/*_bench.py) in a scratch folder of its own.

Each module has a ``main()`` that prints its measurements. Benchmarks are not tests: they
report numbers beside their targets and never fail the build over speed.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def setup_django() -> Path:
    """Point Moot at a fresh var folder and migrate it. Returns the folder."""
    var = Path(tempfile.mkdtemp(prefix="moot-bench-"))
    atexit.register(shutil.rmtree, var, ignore_errors=True)  # nothing left behind
    os.environ["MOOT_VAR_DIR"] = str(var)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    # Measured as served in production: cached templates, no query log.
    os.environ.setdefault("MOOT_DEBUG", "false")
    os.environ.setdefault("MOOT_SECRET_KEY", "bench-only-secret-key")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    # Pages name their static files by the manifest, as in production.
    call_command("collectstatic", interactive=False, verbosity=0)
    return var


def main(argv: list[str]) -> int:
    setup_django()
    wanted = set(argv)
    modules = sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))
    for name in modules:
        if wanted and name not in wanted and name.removesuffix("_bench") not in wanted:
            continue
        print(f"\n## {name}")
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        module.main()
        print(f"({name} took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
