"""`moot reindex`: rebuild the search index from the database."""

from __future__ import annotations

from typing import TextIO, cast

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from moot.search import indexer
from moot.search.engine import get_engine


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the database (items, decisions and document pages). "
        "Searches keep working meanwhile; the new index replaces the old in one commit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine",
            choices=("tantivy", "postgres"),
            help="Rebuild this engine's index instead of the configured one (MOOT_SEARCH_ENGINE).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not show a progress bar."
        )
        parser.add_argument(
            "--workers",
            type=int,
            help=(
                "Processes building the index entries (default: one per CPU, up to 4, for "
                f"{indexer.PARALLEL_FROM:,} rows or more; else 1)."
            ),
        )

    def handle(self, *args, engine=None, no_progress=False, workers=None, **options):
        if workers is not None and workers < 1:
            raise CommandError("--workers must be 1 or more.")
        target = get_engine(engine)
        rows = indexer.count_rows()
        with tqdm(
            total=rows,
            unit="row",
            desc=f"Indexing ({target.name})",
            disable=no_progress or options["verbosity"] == 0,
            # OutputWrapper's own stream: its stub types every unknown attribute as a callable
            file=cast(TextIO, self.stderr._out),
        ) as bar:

            def progress(n: int) -> None:
                bar.update(n)
                if bar.n >= rows:
                    # Every row read; the engine now writes its index (on PostgreSQL, minutes
                    # for a large archive), which the bar cannot count.
                    bar.set_description(f"Writing the index ({target.name})")

            count = indexer.rebuild(
                target,
                progress=progress,
                workers=indexer.default_workers(rows) if workers is None else workers,
            )
        if options["verbosity"]:
            units = "unit" if count == 1 else "units"
            self.stdout.write(f"Indexed {count:,} searchable {units} with {target.name}.")
