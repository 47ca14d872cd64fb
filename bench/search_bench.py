"""Search at archive scale: a synthetic archive of UK council committee papers, then p50/p95
latency per query class for the raw engine and for the whole search page (query, access
re-check, snippets, rendering). Target: search page p95 ≤ 25 ms on tantivy.

Size with ``MOOT_BENCH_SCALE`` (``small`` by default, so ``make bench`` finishes in a few
minutes; ``full`` is a large council: 60 committees, 12,000 meetings, 150,000 items, 100,000
documents) or ``MOOT_BENCH_ITEMS`` (a full-shaped archive of that many items). The PostgreSQL engine is measured too when the database is PostgreSQL.
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
    pages: int
    characters: int
    committees: list
    first: date
    last: date


@dataclass(frozen=True)
class Size:
    """How big an archive to make. ``full`` is a large council's archive (issue 4)."""

    name: str
    committees: int
    meetings: int
    items: int
    documents: int

    def __str__(self) -> str:
        return (
            f"{self.name}: {self.committees} committees, {self.meetings:,} meetings, "
            f"{self.items:,} items, {self.documents:,} documents"
        )


SIZES = {
    "full": Size("full", 60, 12_000, 150_000, 100_000),
    "medium": Size("medium", 30, 4_000, 50_000, 33_000),
    "small": Size("small", 12, 1_200, 15_000, 10_000),
    "tiny": Size("tiny", 6, 120, 1_500, 1_000),
}


def size_from_env() -> Size:
    """``MOOT_BENCH_SCALE`` (tiny, small, medium, full; default small), or
    ``MOOT_BENCH_ITEMS`` for a full-shaped archive scaled to that many items."""
    items = os.environ.get("MOOT_BENCH_ITEMS")
    if items:
        n = int(items)
        full = SIZES["full"]
        return Size(
            f"{n:,} items",
            max(6, min(full.committees, n * full.committees // full.items)),
            max(1, n * full.meetings // full.items),
            n,
            n * full.documents // full.items,
        )
    name = os.environ.get("MOOT_BENCH_SCALE", "small")
    if name not in SIZES:
        raise SystemExit(f"MOOT_BENCH_SCALE must be one of {', '.join(SIZES)}, not {name!r}")
    return SIZES[name]


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


# A page of a council report is about 300 words; reports run from a page to a few dozen.
PAGE_PARAGRAPHS = 5
PAGES = [1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 10, 12, 16, 24]


class _Pages:
    """Pages of report text for a topic, drawn from a pool of paragraphs so that a full-size
    archive (a few hundred million characters) is made in seconds rather than minutes."""

    def __init__(self, rng: random.Random, per_topic: int = 120):
        self.rng = rng
        self.pool = {
            topic: [" ".join(_paragraphs(rng, topic, 5)) for _ in range(per_topic)]
            for topic in TOPICS
        }

    def page(self, topic: str) -> str:
        return "\n\n".join(self.rng.choices(self.pool[topic], k=PAGE_PARAGRAPHS))


def generate(
    size: Size | None = None,
    *,
    exempt_share: float = 0.03,
    seed: int = 4,
    chunk: int = 5000,
    progress=None,
) -> Archive:
    """Write a synthetic archive with bulk inserts in batches (no signals; index afterwards).

    Items are spread evenly over meetings, and documents over items; each item has agenda
    text, minutes and a decision; each document several pages of report text.
    """
    from django.db import transaction

    from moot.meetings.choices import ItemKind, MinutesState, Restriction
    from moot.meetings.models import Body, Committee, Decision, Document, Item, Meeting
    from tests.factories import local

    size = size or SIZES["small"]
    rng = random.Random(seed)
    pages = _Pages(rng)
    page_count = characters = 0
    with transaction.atomic():
        body = Body.objects.create(name="Stockton-on-Tees Borough Council", slug="stockton")
        names = COMMITTEES + [
            (f"Committee {n}", f"C{n}") for n in range(len(COMMITTEES), size.committees)
        ]
        made = Committee.objects.bulk_create(
            Committee(body=body, name=name, slug=f"c{i}-{prefix.lower()}", reference_prefix=prefix)
            for i, (name, prefix) in enumerate(names[: size.committees])
        )
        first = date(2015, 5, 1)
        span = (date(2025, 4, 30) - first).days
        when = sorted(first + timedelta(days=rng.randrange(span)) for _ in range(size.meetings))
        meetings = Meeting.objects.bulk_create(
            (
                Meeting(
                    committee=rng.choice(made),
                    start=local(d.year, d.month, d.day, 14),
                    agenda_published_at=local(d.year, d.month, d.day) - timedelta(days=8),
                    minutes_state=MinutesState.APPROVED,
                    minutes_published_at=local(d.year, d.month, d.day) + timedelta(days=10),
                )
                for d in when
            ),
            batch_size=2000,
        )
        positions: dict[int, int] = {}
        for begin in range(0, size.items, chunk):
            item_rows, topics = [], []
            for index in range(begin, min(size.items, begin + chunk)):
                meeting = meetings[index * size.meetings // size.items]
                position = positions[meeting.pk] = positions.get(meeting.pk, 0) + 1
                topic = rng.choice(TOPICS)
                topics.append(topic)
                exempt = rng.random() < exempt_share
                agenda = _paragraphs(rng, topic, 3)
                minutes = _paragraphs(rng, topic, 5)
                for word in RARE:
                    if rng.random() < 0.0005 or index == 0:
                        minutes.append(f"The {word} proposal was withdrawn.")
                item_rows.append(
                    Item(
                        meeting=meeting,
                        position=position,
                        reference=f"{meeting.committee.reference_prefix}/{position}"
                        f"/{meeting.start.year % 100}",
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
            made_items = Item.objects.bulk_create(item_rows, batch_size=1000)
            Decision.objects.bulk_create(
                (
                    Decision(item=item, text=_sentence(rng, DECISIONS, item.title.lower()))
                    for item in made_items
                ),
                batch_size=1000,
            )
            document_rows = []
            for offset, item in enumerate(made_items):
                index = begin + offset
                # Exactly size.documents documents, spread evenly over the items.
                if (
                    index + 1
                ) * size.documents // size.items == index * size.documents // size.items:
                    continue
                text = "\f".join(pages.page(topics[offset]) for _ in range(rng.choice(PAGES)))
                page_count += text.count("\f") + 1
                characters += len(text)
                document_rows.append(
                    Document(
                        meeting=item.meeting,
                        item=item,
                        title=f"{item.title} report",
                        text=text,
                        page_count=text.count("\f") + 1,
                        published_at=item.meeting.agenda_published_at,
                        restriction=item.restriction,
                    )
                )
            Document.objects.bulk_create(document_rows, batch_size=500)
            if progress:
                progress(len(made_items))
    return Archive(
        items=size.items,
        documents=size.documents,
        pages=page_count,
        characters=characters,
        committees=made,
        first=when[0],
        last=when[-1],
    )


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


def _plain_postgres(q: str) -> list:
    """PostgreSQL full-text search as the manual has it, for comparison: the top 20 public
    matches by ts_rank (every match ranked), and their count."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, ts_rank(vector, query) AS rank, count(*) OVER () "
            "FROM search_searchentry, websearch_to_tsquery('english', %s) query "
            "WHERE public_ok AND vector @@ query ORDER BY rank DESC LIMIT 20",
            [q],
        )
        return cursor.fetchall()


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
    print(
        f"[{engine_name}] moot reindex: {units:,} units from {archive.items:,} items and "
        f"{archive.documents:,} documents in {time.perf_counter() - started:.1f} s "
        f"(target for 150,000 items: under a minute)"
    )
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
        if engine_name == "postgres":
            k = iter(range(10**9))

            def plain(queries=queries, k=k):
                q, _ = queries[next(k) % len(queries)]
                return _plain_postgres(q)

            report(f"[{engine_name}]   plain FTS   {label}", measure(plain, runs=RUNS))
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

    size = size_from_env()
    print(f"size {size} (MOOT_BENCH_SCALE=full for a large council's archive)")
    started = time.perf_counter()
    archive = generate(size)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load:.1f} "
        "(wall-clock times suffer above 1 a CPU)"
    )
    print(
        f"archive: {archive.items:,} items, {archive.documents:,} documents "
        f"({archive.pages:,} pages, {archive.characters / 1e6:,.0f} million characters), "
        f"{len(archive.committees)} committees, meetings {archive.first} to {archive.last}, "
        f"made in {time.perf_counter() - started:.1f} s on {connection.vendor}"
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
