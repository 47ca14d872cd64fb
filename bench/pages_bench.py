"""Pages served as production serves them, beside a bare Django view served the same way.

A synthetic archive (the search bench's generator; ``MOOT_BENCH_SCALE``, ``MOOT_BENCH_ITEMS``)
is written to a folder of this bench's own; two gunicorn servers are started with the same
settings (``moot/gunicorn_conf.py``, 2 workers): Moot and ``bench/bare_site.py``. Each page is
loaded by wrk (8 connections) in ``MOOT_BENCH_SECONDS`` (default 5) windows of a second, each
beside a second of the bare view, in turn: a page's ratio is the median of its windows' ratios
to the bare second just before, so a moment when the machine is busy with other work (which
slowed one page or another to 0.12× of a bare view measured once, minutes earlier) lowers both
sides of a ratio rather than one page's figure. Its p99 is the median window's; the worst
window's is printed beside it. A signed-in member's meeting page is timed in-process (server
time and queries). Targets: issue 19, docs/deploying.md.

Needs wrk (Debian's ``wrk``); without it the page loads are skipped and said so.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONNECTIONS = 8

# (label, path template, target ratio to the bare view, target p99 in ms)
PAGES = [
    ("home page, anonymous", "/", 0.3, 25),
    ("committee page, anonymous", "/committees/{committee}/", 0.3, 25),
    ("meeting page, anonymous", "/meetings/{meeting}/", 0.3, 25),
    ("councillor page, anonymous", "/councillors/{person}/", 0.3, 25),
    ("Atom feed", "/feeds/atom.xml", 0.3, 25),
    ("OParl meetings list", "/oparl/v1/body/{body}/meetings/", 0.2, 40),
    ("search, a rare word (repeated: from the page cache)", "/search?q={rare}", None, 25),
    ("search, a common word (repeated: from the page cache)", "/search?q={common}", None, 25),
]


def _env(var: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOOT_VAR")}
    env.update(
        MOOT_VAR_DIR=str(var),
        MOOT_DEBUG="false",
        MOOT_SECRET_KEY="bench-only-secret-key",
        MOOT_ALLOWED_HOSTS="127.0.0.1",
        MOOT_WORKERS="2",
        MOOT_ACCESS_LOG="off",
        DJANGO_SETTINGS_MODULE="moot.settings",
        PYTHONPATH=str(ROOT),
    )
    return env


def prepare(var: str) -> None:
    """In a process of its own (``--prepare VAR``): migrate, write the archive, a member and a
    councillor, index it, collect the static files; print the paths' values as JSON."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from bench.search_bench import generate, size_from_env
    from moot.meetings.models import Body, Committee, Meeting, Membership, Person

    size = size_from_env()
    started = time.perf_counter()
    generate(size)
    from django.contrib.auth import get_user_model

    committee = Committee.objects.order_by("pk").first()
    assert committee is not None
    user = get_user_model().objects.create_user("member", password="bench-password-1234")
    member = Person.objects.create(name="Cllr Bench Member", slug="cllr-bench-member", user=user)
    Membership.objects.create(person=member, committee=committee, role="member")
    meeting = Meeting.objects.filter(committee=committee).order_by("-start").first()
    assert meeting is not None
    call_command("reindex", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    body = Body.objects.get()
    print(
        json.dumps(
            {
                "size": str(size),
                "made_seconds": round(time.perf_counter() - started, 1),
                "body": body.pk,
                "committee": committee.slug,
                "meeting": meeting.pk,
                "meetings": list(
                    Meeting.objects.filter(agenda_published_at__isnull=False)
                    .order_by("-start")
                    .values_list("pk", flat=True)[:50]
                ),
                "person": member.slug,
                "rare": "hedgerow",
                "common": "council",
            }
        )
    )


def signed_in(var: str) -> None:
    """In a process of its own (``--signed-in VAR``): a member's meeting page, timed in the
    server (no network) with its queries counted; print JSON."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.timing import measure, percentile
    from moot.meetings.models import Meeting, Person

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.TWO_FACTOR_REQUIRED = False
    member = Person.objects.get(slug="cllr-bench-member")
    meeting = Meeting.objects.filter(committee__memberships__person=member).order_by("-start")[0]
    client = Client()
    client.force_login(member.user)
    url = f"/meetings/{meeting.pk}/"
    client.get(url)  # the first request of a process pays for its set-up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    count = len(queries)
    times = measure(lambda: client.get(url), runs=60)
    # The first reader of an audience after a change renders the content again.
    from moot.portal import cache

    def after_a_change() -> None:
        cache.bump()
        client.get(url)

    cache.bump()
    reset_queries()  # the log is kept to 9,000 queries: the count below must start from none
    with CaptureQueriesContext(connection) as cold_queries:
        client.get(url)
    cold_count = len(cold_queries)  # now: the log is cleared by the requests that follow
    cold = measure(after_a_change, runs=30)
    print(
        json.dumps(
            {
                "queries": count,
                "p50": percentile(times, 50) * 1000,
                "cold_queries": cold_count,
                "cold_p50": percentile(cold, 50) * 1000,
            }
        )
    )


def _start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    from tests.servers.redis import free_port

    port = free_port()
    env = {**env, "MOOT_BIND": f"127.0.0.1:{port}"}
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "python:moot.gunicorn_conf", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/", timeout=2)
            return process, base
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"gunicorn {' '.join(args)} did not start") from None
            time.sleep(0.2)


def _run_wrk(url: str, seconds: int) -> tuple[float, float]:
    """(requests a second, p99 in ms) of one wrk run on ``url``."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        raise SystemExit(f"{url} answered with errors:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    return rate, float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


@dataclass
class Paired:
    """A page measured in windows, each beside a window of the bare view."""

    rates: list[float]
    p99s: list[float]
    bare_rates: list[float]  # each the bare view's rate in the second just before the page's
    size: int

    @property
    def ratios(self) -> list[float]:
        return [rate / bare for rate, bare in zip(self.rates, self.bare_rates, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)

    @property
    def p99(self) -> float:
        return statistics.median(self.p99s)


def _paired(url: str, bare_url: str, windows: int) -> Paired:
    """``url`` loaded for ``windows`` seconds, each second just after a second of the bare
    view (``bare_url``)."""
    size = len(httpx.get(url, timeout=30).content)  # warm: the page cache, the templates
    # Then a second's load, so that every worker (each has its own cache unless Redis is
    # configured) has made the page before it is measured.
    _run_wrk(url, 1)
    result = Paired([], [], [], size)
    for _ in range(windows):
        bare_rate, _p99 = _run_wrk(bare_url, 1)
        rate, p99 = _run_wrk(url, 1)
        result.bare_rates.append(bare_rate)
        result.rates.append(rate)
        result.p99s.append(p99)
    return result


def last_json(args: list[str], env: dict[str, str]) -> Any:
    """Run ``python -m ARGS`` (a step of a bench, in a process of its own) and read the JSON
    of its last line."""
    done = subprocess.run(
        [sys.executable, "-m", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    var = Path(tempfile.mkdtemp(prefix="moot-pages-bench-"))
    env = _env(var)
    values = last_json(["bench.pages_bench", "--prepare", str(var)], env)
    print(f"archive {values['size']}, made and indexed in {values['made_seconds']} s")
    signed = last_json(["bench.pages_bench", "--signed-in", str(var)], env)
    met = signed["p50"] <= 15 and signed["queries"] <= 8
    print(
        f"meeting page, signed-in member: {signed['p50']:.1f} ms server time (p50), "
        f"{signed['queries']} queries (target ≤ 15 ms, ≤ 8 queries): "
        f"{'met' if met else 'NOT met'}; the first reader after a change: "
        f"{signed['cold_p50']:.1f} ms (with a bump of the version), {signed['cold_queries']} queries"
    )
    if shutil.which("wrk") is None:
        print("page loads skipped: install wrk (apt-get install wrk) to measure them")
        return
    windows = max(1, int(os.environ.get("MOOT_BENCH_SECONDS", "5")))
    moot, moot_url = _start(["moot.wsgi"], env)
    bare, bare_url = _start(["bench.bare_site:application"], env)
    try:
        _run_wrk(bare_url + "/", 1)  # warm
        bare_rate, bare_p99 = _run_wrk(bare_url + "/", windows)
        print(
            f"bare Django view: {bare_rate:,.0f} req/s, p99 {bare_p99:.1f} ms "
            f"(gunicorn, 2 workers, {CONNECTIONS} connections, {os.cpu_count()} CPUs); each page "
            f"below in {windows} windows of a second, each beside a second of the bare view"
        )
        for label, template, ratio_target, p99_target in PAGES:
            paired = _paired(moot_url + template.format(**values), bare_url + "/", windows)
            checks = [paired.p99 <= p99_target]
            if ratio_target is not None:
                checks.append(paired.ratio >= ratio_target)
            target = f"p99 ≤ {p99_target} ms" + (
                f", ≥ {ratio_target}× bare" if ratio_target is not None else ""
            )
            print(
                f"{label} ({paired.size / 1000:.0f} kB): {paired.rate:,.0f} req/s "
                f"({paired.ratio:.2f}× bare; windows {min(paired.ratios):.2f}–"
                f"{max(paired.ratios):.2f}×), p99 {paired.p99:.1f} ms (worst window "
                f"{max(paired.p99s):.1f} ms) (target {target}): "
                f"{'met' if all(checks) else 'NOT met'}"
            )
    finally:
        for process in (moot, bare):
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        prepare(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "--signed-in":
        signed_in(sys.argv[2])
    else:
        sys.path.insert(0, str(ROOT))
        main()
