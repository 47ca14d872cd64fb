"""Load, honestly measured: many readers at once on two app servers.

The archive of the pages bench (``MOOT_BENCH_SCALE``) is served by two gunicorn servers with
the documented production settings (``moot/gunicorn_conf.py``) on one database, with a Redis
server for the shared cache when ``redis-server`` is installed. wrk sends ``MOOT_LOAD_READERS``
readers (default 200) for ``MOOT_LOAD_SECONDS`` (default 60; the issue's measurement is 300),
spread over both servers, each asking in turn for meeting pages, committee pages, the home page
and searches. Printed: requests a second, errors, p50 and p99, and whether the targets hold
(no errors; at least 10× the 89 req/s of the first measurement). Loopback only.

Then the first measurement's own set-up, again: the demo archive (``moot demo``) on one app
server as docs/deploying.md documents it for one machine (gunicorn with its default workers,
2 × cores + 1, each with its own cache), 100 readers (``MOOT_LOAD_ONE_READERS``) for 120 seconds
(``MOOT_LOAD_ONE_SECONDS``; 0 leaves it out). Target: at least 10× the 89 req/s it served.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from bench.pages_bench import ROOT, _env, _start, last_json

FIRST_MEASURED = 89  # req/s under 100 readers, before issue 19

# wrk, one script: each connection walks its own list of paths.
SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def _paths(values: dict) -> list[str]:
    meetings = values.get("meetings", [values["meeting"]])
    paths = [f"/meetings/{pk}/" for pk in meetings]
    paths += [f"/committees/{values['committee']}/", "/"]
    paths += [f"/search?q={word}" for word in ("budget", "safety", "council", "hedgerow")]
    return paths


def _wrk(url: str, readers: int, seconds: int, script: Path) -> dict:
    options = ["-t2", f"-c{readers}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    out = subprocess.run(
        ["wrk", *options, "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: (.*)", out)
    return {
        "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p50": ms("50%"),
        "p99": ms("99%"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket": socket.group(1) if socket else "",
    }


def _load(servers: list[str], readers: int, seconds: int, paths: list[str], var: Path) -> dict:
    """wrk on every server at once, the readers shared out; the summed rate, the errors and the
    worst p50 and p99, with each server's own."""
    script = var / "walk.lua"
    script.write_text(SCRIPT % ", ".join(json.dumps(p) for p in paths))
    with concurrent.futures.ThreadPoolExecutor(len(servers)) as pool:
        share = max(1, readers // len(servers))
        futures = [pool.submit(_wrk, base, share, seconds, script) for base in servers]
        results = [f.result() for f in futures]
    rate = sum(r["rate"] for r in results)
    errors = sum(r["errors"] for r in results)
    return {
        "rate": rate,
        "errors": errors,
        "p50": max(r["p50"] for r in results),
        "p99": max(r["p99"] for r in results),
        "met": errors == 0
        and not any(r["socket"] for r in results)
        and rate >= 10 * FIRST_MEASURED,
        "servers": list(zip(servers, results, strict=True)),
    }


def _print(load: dict) -> None:
    print(
        f"{load['rate']:,.0f} req/s, {load['errors']} errors, p50 {load['p50']:.0f} ms, "
        f"p99 {load['p99']:.0f} ms (target: no errors, ≥ {10 * FIRST_MEASURED} req/s): "
        f"{'met' if load['met'] else 'NOT met'}"
    )
    for base, result in load["servers"]:
        extra = f", socket errors {result['socket']}" if result["socket"] else ""
        print(f"  {base}: {result['rate']:,.0f} req/s, p99 {result['p99']:.0f} ms{extra}")


def two_servers() -> None:
    readers = int(os.environ.get("MOOT_LOAD_READERS", "200"))
    seconds = int(os.environ.get("MOOT_LOAD_SECONDS", "60"))
    var = Path(tempfile.mkdtemp(prefix="moot-load-bench-"))
    env = _env(var)
    values = last_json(["bench.pages_bench", "--prepare", str(var)], env)
    paths = _paths(values)
    with ExitStack() as stack:
        cache = "local cache per process"
        if shutil.which("redis-server"):
            from tests.servers.redis import redis_server

            url = stack.enter_context(redis_server(var / "redis"))
            env.update(MOOT_CACHE="redis", MOOT_REDIS_URL=url)
            cache = "one Redis"
        servers = []
        for _ in (1, 2):
            process, base = _start(["moot.wsgi"], {**env, "MOOT_VAR_DIR": str(var)})
            stack.callback(process.wait, 30)
            stack.callback(process.terminate)
            servers.append(base)
        load = _load(servers, readers, seconds, paths, var)
    print(
        f"{readers} readers for {seconds} s on 2 app servers (gunicorn, 2 workers each, "
        f"SQLite, {cache}, {os.cpu_count()} CPUs, archive {values['size']}), "
        f"{len(paths)} pages in turn (meetings, committee, home, searches)"
    )
    _print(load)
    shutil.rmtree(var, ignore_errors=True)


def prepare_demo() -> None:
    """In a process of its own (``--prepare-demo``): the demo archive loaded as ``moot demo``
    loads it, the static files collected; print the pages to walk as JSON."""
    import django

    django.setup()
    from django.core.management import call_command

    from moot.meetings.models import Committee, Meeting

    call_command("demo", no_serve=True, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    meetings = Meeting.objects.filter(agenda_published_at__isnull=False).order_by("-start")
    paths = [f"/meetings/{pk}/" for pk in meetings.values_list("pk", flat=True)[:50]]
    paths += [f"/committees/{slug}/" for slug in Committee.objects.values_list("slug", flat=True)]
    paths += ["/"] + [f"/search?q={word}" for word in ("safety", "budget", "council", "crime")]
    print(json.dumps(paths))


def one_server() -> None:
    readers = int(os.environ.get("MOOT_LOAD_ONE_READERS", "100"))
    seconds = int(os.environ.get("MOOT_LOAD_ONE_SECONDS", "120"))
    if not seconds:
        return
    var = Path(tempfile.mkdtemp(prefix="moot-load-bench-demo-"))
    env = _env(var)
    del env["MOOT_WORKERS"]  # the documented default: 2 × cores + 1
    paths = last_json(["bench.load_bench", "--prepare-demo"], env)
    with ExitStack() as stack:
        process, base = _start(["moot.wsgi"], env)
        stack.callback(process.wait, 30)
        stack.callback(process.terminate)
        load = _load([base], readers, seconds, paths, var)
    print(
        f"{readers} readers for {seconds} s on the demo archive, one app server as documented "
        f"for one machine (gunicorn, {2 * (os.cpu_count() or 1) + 1} workers, SQLite, a cache "
        f"per process, {os.cpu_count()} CPUs), {len(paths)} pages in turn"
    )
    _print(load)
    shutil.rmtree(var, ignore_errors=True)


def main() -> None:
    if shutil.which("wrk") is None:
        print("skipped: install wrk (apt-get install wrk) to measure load")
        return
    two_servers()
    one_server()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:] == ["--prepare-demo"]:
        prepare_demo()
    else:
        main()
