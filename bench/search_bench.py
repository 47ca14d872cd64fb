"""Search at archive scale: a synthetic archive of UK council committee papers, then p50/p95
latency per query class for the raw engine and for the whole search page (query, access
re-check, snippets, rendering). Target: search page p95 ≤ 25 ms on tantivy.

Size with ``MOOT_BENCH_ITEMS`` (default 20,000 items; meetings, documents and committees
scale with it). The PostgreSQL engine is measured too when the database is PostgreSQL.
Run with ``make bench`` (all benchmarks) or ``python -m bench search``.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

from bench.timing import measure, percentile, report

TARGET_PAGE_P95_MS = 25.0
RUNS = 60

COMMITTEES = [
    ("Safer Stockton Partnership", "SSP"),
    ("Cabinet", "CAB"),
    ("Planning Committee", "PLN"),
    ("Licensing Committee", "LIC"),
    ("Audit and Governance Committee", "AUD"),
    ("Children and Young People Select Committee", "CYP"),
    ("Adult Social Care and Health Select Committee", "ASC"),
    ("Health and Wellbeing Board", "HWB"),
    ("Place Select Committee", "PLA"),
    ("Corporate Parenting Board", "CPB"),
    ("Council", "CNL"),
    ("Pensions Committee", "PEN"),
]
TOPICS = [
    "youth justice",
    "domestic abuse",
    "anti-social behaviour",
    "knife crime",
    "serious violence",
    "town centre regeneration",
    "highways maintenance",
    "flood risk management",
    "adult social care",
    "children's services",
    "special educational needs",
    "housing allocations",
    "homelessness",
    "council tax support",
    "medium term financial plan",
    "capital programme",
    "treasury management",
    "waste collection",
    "street lighting",
    "libraries review",
    "leisure centres",
    "public health",
    "air quality",
    "climate change action plan",
    "local plan",
    "licensing policy",
    "taxi licensing",
    "corporate parenting",
    "safeguarding adults",
    "community safety",
    "drug and alcohol services",
    "modern slavery",
    "hate crime",
    "road safety",
    "school admissions",
    "apprenticeships",
]
ACRONYMS = ["CSP", "DAPO", "ASB", "SEND", "MTFP", "CCTV", "PCC", "ICB", "NHS", "ONS", "YOT", "DHR"]
OPENINGS = [
    "Members considered a report of the Director of {dept} on {topic}.",
    "The Chair welcomed officers from {org} who presented an update on {topic}.",
    "Consideration was given to the quarterly performance report on {topic}.",
    "The {acronym} lead officer outlined progress against the {topic} action plan.",
    "Members received a presentation on {topic} and the associated budget pressures.",
]
MIDDLES = [
    "It was noted that demand had increased by {n} per cent compared with the previous year.",
    "Members asked about the impact on residents in {ward} and were advised that a review was under way.",
    "The {acronym} had agreed revised priorities following consultation with partners.",
    "Concerns were raised about recruitment and retention of qualified staff.",
    "An overspend of £{n}0,000 was forecast and mitigating actions were being identified.",
    "Officers confirmed that the statutory guidance had been followed throughout.",
    "The partnership welcomed the additional funding from the Home Office.",
    "A further report would be brought to a future meeting of the committee.",
    "Members reviewed the risk register and noted the red-rated risks.",
    "Data from the {acronym} showed a reduction in repeat incidents in {ward}.",
]
DECISIONS = [
    "AGREED that the report be noted.",
    "RESOLVED that the recommendations set out in the report be approved.",
    "AGREED that the action plan for {topic} be endorsed.",
    "RESOLVED that a task and finish group be established to review {topic}.",
    "RECOMMENDED to Cabinet that the revised {topic} policy be adopted.",
]
DEPTS = ["Adults and Health", "Children's Services", "Finance", "Place", "Community Services"]
ORGS = [
    "Cleveland Police",
    "the Probation Service",
    "Cleveland Fire Brigade",
    "the ICB",
    "Thirteen Group",
]
WARDS = [
    "Stockton Town Centre",
    "Norton South",
    "Billingham Central",
    "Thornaby",
    "Ingleby Barwick",
]
RARE = ("xylophonic", "zeppelin", "marmalade")  # each in about one item in two thousand


@dataclass
class Archive:
    items: int
    documents: int
    committees: list
    first: date
    last: date


def _sentence(rng: random.Random, pool: list[str], topic: str) -> str:
    return rng.choice(pool).format(
        topic=topic,
        dept=rng.choice(DEPTS),
        org=rng.choice(ORGS),
        ward=rng.choice(WARDS),
        acronym=rng.choice(ACRONYMS),
        n=rng.randint(2, 40),
    )


def _paragraphs(rng: random.Random, topic: str, count: int) -> list[str]:
    out = [_sentence(rng, OPENINGS, topic)]
    out += [_sentence(rng, MIDDLES, topic) for _ in range(count - 1)]
    return out


def generate(
    *,
    committees: int = 12,
    meetings: int = 2000,
    items: int = 20_000,
    documents: int = 4000,
    pages: int = 4,
    exempt_share: float = 0.03,
    seed: int = 4,
) -> Archive:
    """Write a synthetic archive with bulk inserts (no signals; index afterwards)."""
    from django.db import transaction

    from moot.meetings.choices import ItemKind, MinutesState, Restriction
    from moot.meetings.models import Body, Committee, Decision, Document, Item, Meeting
    from tests.factories import local

    rng = random.Random(seed)
    with transaction.atomic():
        body = Body.objects.create(name="Stockton-on-Tees Borough Council", slug="stockton")
        names = COMMITTEES + [
            (f"Committee {n}", f"C{n}") for n in range(len(COMMITTEES), committees)
        ]
        made = Committee.objects.bulk_create(
            Committee(body=body, name=name, slug=f"c{i}-{prefix.lower()}", reference_prefix=prefix)
            for i, (name, prefix) in enumerate(names[:committees])
        )
        first = date(2015, 5, 1)
        span = (date(2025, 4, 30) - first).days
        when = sorted(first + timedelta(days=rng.randrange(span)) for _ in range(meetings))
        rows = Meeting.objects.bulk_create(
            Meeting(
                committee=rng.choice(made),
                start=local(d.year, d.month, d.day, 14),
                agenda_published_at=local(d.year, d.month, d.day) - timedelta(days=8),
                minutes_state=MinutesState.APPROVED,
                minutes_published_at=local(d.year, d.month, d.day) + timedelta(days=10),
            )
            for d in when
        )
        item_rows = []
        per_meeting = max(1, items // meetings)
        for index in range(items):
            meeting = rows[min(index // per_meeting, len(rows) - 1)]
            topic = rng.choice(TOPICS)
            exempt = rng.random() < exempt_share
            agenda = _paragraphs(rng, topic, 3)
            minutes = _paragraphs(rng, topic, 5)
            for word in RARE:
                if rng.random() < 0.0005 or index == 0:
                    minutes.append(f"The {word} proposal was withdrawn.")
            item_rows.append(
                Item(
                    meeting=meeting,
                    position=index % per_meeting + 1,
                    reference=f"{meeting.committee.reference_prefix}/{index % 90 + 1}/{meeting.start.year % 100}",
                    kind=rng.choice([ItemKind.DECISION, ItemKind.INFORMATION, ItemKind.VERBAL]),
                    title=topic.capitalize()
                    + rng.choice(["", " update", " annual report", " review"]),
                    agenda_text="".join(f"<p>{p}</p>" for p in agenda),
                    minutes="".join(f"<p>{p}</p>" for p in minutes),
                    restriction=Restriction.EXEMPT if exempt else "",
                    exempt_paragraphs=[3] if exempt else [],
                    public_summary="Members considered exempt information." if exempt else "",
                    published_at=meeting.agenda_published_at,
                )
            )
        made_items = Item.objects.bulk_create(item_rows, batch_size=2000)
        Decision.objects.bulk_create(
            (
                Decision(item=item, text=_sentence(rng, DECISIONS, item.title.lower()))
                for item in made_items
            ),
            batch_size=2000,
        )
        Document.objects.bulk_create(
            (
                Document(
                    meeting=item.meeting,
                    item=item,
                    title=f"{item.title} report",
                    text="\f".join(
                        " ".join(_paragraphs(rng, item.title.lower(), 8)) for _ in range(pages)
                    ),
                    page_count=pages,
                    published_at=item.meeting.agenda_published_at,
                    restriction=item.restriction,
                )
                for item in rng.sample(made_items, min(documents, len(made_items)))
            ),
            batch_size=1000,
        )
    return Archive(items=items, documents=documents, committees=made, first=when[0], last=when[-1])


def measure_cpu(fn, *, runs: int, warmup: int = 3) -> list[float]:
    """CPU seconds per call: unlike wall-clock time, not inflated by other busy processes on
    the machine (though it leaves out time spent waiting on PostgreSQL)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return times


def query_classes(archive: Archive) -> dict[str, list[tuple[str, dict]]]:
    """Queries per class, each with its page parameters (filters)."""
    committee = archive.committees[0]
    return {
        "one word": [
            (w, {}) for w in ("budget", "recruitment", "consultation", "funding", "guidance")
        ],
        "phrase": [
            (f'"{t}"', {})
            for t in ("youth justice", "domestic abuse", "risk register", "task and finish group")
        ],
        "filtered": [
            (
                w,
                {
                    "committee": committee.pk,
                    "date_from": "2019-01-01",
                    "date_to": "2022-12-31",
                    "kind": ["minutes"],
                },
            )
            for w in ("budget", "reviews", "partners")
        ],
        "rare word": [(word, {}) for word in RARE],
        "common word": [(w, {}) for w in ("members", "report", "council")],
    }


def _bench_engine(engine_name: str, archive: Archive) -> None:
    from django.conf import settings
    from django.test import Client

    from moot.access.policy import Viewer
    from moot.search import indexer
    from moot.search.engine import Order, get_engine
    from moot.search.forms import SearchForm
    from moot.search.query import parse

    settings.SEARCH_ENGINE = engine_name
    engine = get_engine()
    started = time.perf_counter()
    units = indexer.rebuild(engine)
    print(f"[{engine_name}] indexed {units} units in {time.perf_counter() - started:.1f} s")
    client = Client()
    public = Viewer.public()
    for label, queries in query_classes(archive).items():
        compiled = []
        for q, params in queries:
            form = SearchForm({"q": q, **params}, committees=archive.committees)
            assert form.is_valid(), form.errors
            compiled.append((parse(q), form.filters()))
        i = iter(range(10**9))

        def raw(compiled=compiled, i=i):
            query, filters = compiled[next(i) % len(compiled)]
            return engine.search(query, public, filters, Order.RELEVANCE, 0, 20)

        j = iter(range(10**9))

        def page(queries=queries, j=j):
            q, params = queries[next(j) % len(queries)]
            response = client.get("/search", {"q": q, **params})
            assert response.status_code == 200
            return response

        totals = [
            engine.search(query, public, f, Order.RELEVANCE, 0, 1).total for query, f in compiled
        ]
        print(f"[{engine_name}] {label}: {len(queries)} queries, {min(totals)}–{max(totals)} hits")
        report(f"[{engine_name}]   engine      {label}", measure(raw, runs=RUNS))
        report(
            f"[{engine_name}]   search page {label}",
            measure(page, runs=RUNS),
            target_ms=TARGET_PAGE_P95_MS if engine_name == "tantivy" else None,
        )
        cpu = measure_cpu(page, runs=RUNS)
        print(
            f"[{engine_name}]   search page {label} (CPU time of this process): "
            f"p50 {percentile(cpu, 50) * 1000:.2f} ms, p95 {percentile(cpu, 95) * 1000:.2f} ms"
        )


def main() -> None:
    from django.conf import settings
    from django.db import connection

    items = int(os.environ.get("MOOT_BENCH_ITEMS", "20000"))
    started = time.perf_counter()
    archive = generate(
        items=items,
        meetings=max(1, items // 10),
        documents=max(1, items // 5),
        committees=12,
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load:.1f} (wall-clock times suffer above 1 a CPU)"
    )
    print(
        f"archive: {items} items, {archive.documents} documents, {len(archive.committees)} "
        f"committees, meetings {archive.first} to {archive.last}, made in "
        f"{time.perf_counter() - started:.1f} s"
    )
    settings.DEBUG = False  # no query log growing through the runs
    _bench_engine("tantivy", archive)
    if connection.vendor == "postgresql":
        _bench_engine("postgres", archive)
    else:
        print("[postgres] skipped: set MOOT_DATABASE_URL=postgres://… to measure it")


if __name__ == "__main__":
    from bench.__main__ import setup_django

    setup_django()
    main()
