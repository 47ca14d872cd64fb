"""`moot index-worker`: apply queued search index tasks, in a loop or once."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from moot.search import indexer
from moot.search.engine import get_engine


class Command(BaseCommand):
    help = (
        "Apply queued search index tasks. Changes are normally applied right after they "
        "commit; this worker catches anything left over (say, after a crash) and suits "
        "servers that prefer indexing out of the request."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain the queue once and exit.")
        parser.add_argument(
            "--interval", type=float, default=2.0, help="Seconds between polls (default 2)."
        )

    def handle(self, *args, once=False, interval=2.0, **options):
        engine = get_engine()
        while True:
            applied = indexer.drain(engine)
            if applied and options["verbosity"]:
                self.stdout.write(f"Applied {applied} index task{'s' if applied != 1 else ''}.")
            if once:
                return
            time.sleep(interval)
            close_old_connections()  # as a request would: drop a broken or expired connection
