"""The seed page: parse time (target ≤ 2 ms) and the meeting page's server time, cold and
warm (target p99 ≤ 25 ms)."""

from __future__ import annotations

import time

from bench.timing import measure, report


def main() -> None:
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from moot.demo.loader import SEED, load_demo
    from moot.importers.moderngov_page.parser import parse_page

    text = SEED.read_text(encoding="utf-8")
    report("parse seed page", measure(lambda: parse_page(text), runs=500), target_ms=2, p=95)

    counts = load_demo(papers=False)
    url = f"/meetings/{counts['seed_meeting']}/"
    client = Client()
    started = time.perf_counter()
    response = client.get(url)
    cold = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.status_code
    print(f"meeting page, cold (first request after start): {cold:.1f} ms")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    print(f"meeting page: {len(queries)} queries")
    reset_queries()
    report("meeting page, warm", measure(lambda: client.get(url), runs=300), target_ms=25, p=99)
    from django.test import override_settings

    with override_settings(PAGE_CACHE_SECONDS=0):
        report(
            "meeting page, rendered every time (cache off)",
            measure(lambda: client.get(url), runs=100),
            p=99,
        )
    report("home page, warm", measure(lambda: client.get("/"), runs=200), target_ms=25, p=99)
