"""`moot schedule`: queue the scheduled jobs (settings.SCHEDULE) as their times come."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from moot.background import schedule


class Command(BaseCommand):
    help = (
        "Queue each scheduled job (alert emails, releases, the search index catch-up) when its "
        "time comes, as a task for the workers. Safe to run on several servers at once: each "
        "run is queued once. Runs until stopped, or once with --once (from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Look once and exit.")
        parser.add_argument(
            "--interval", type=float, default=30.0, help="Seconds between looks (default 30)."
        )

    def handle(self, *args, once=False, interval=30.0, **options):
        schedule.jobs()  # a wrong schedule fails at start, saying which job
        while True:
            for name in schedule.queue_due():
                if options["verbosity"]:
                    self.stdout.write(f"Queued {name}.")
            schedule.prune()
            if once:
                return
            time.sleep(interval)
            close_old_connections()
