"""moot demo — migrate, load the demo archive (with the seed meeting) and serve it."""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.urls import reverse

from moot import site
from moot.demo.loader import load_demo
from moot.search import indexer
from moot.search.engine import get_engine


class Command(BaseCommand):
    help = (
        "Migrate the database, load the demo archive (the Safer Stockton Partnership meeting of "
        "14 May 2025 through the page importer, plus made-up meetings around it) and serve the "
        "site. Safe to run again: nothing is loaded twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--addr", default="127.0.0.1:8000", help="Address to serve on (default 127.0.0.1:8000)."
        )
        parser.add_argument("--no-serve", action="store_true", help="Load the data and stop.")
        parser.add_argument(
            "--debug",
            action="store_true",
            help="Serve with Django's debug pages (as MOOT_DEBUG=true does); without it the demo "
            "shows Moot's own error pages.",
        )

    def handle(self, *args, **options):
        # Links built outside a request (the papers printed while loading) name the address
        # served on, unless MOOT_SITE_URL says otherwise.
        site.use_site_url(f"http://{_host(options['addr'])}")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated.")
        with _papers_left_out() as left_out:
            counts = load_demo()
        if left_out:
            self.stdout.write(
                f"{len(left_out)} report(s) of the seed meeting are not held online: its packs "
                "list them and say whom to ask for a copy."
            )
        self.stdout.write(
            f"Demo data loaded; the seed meeting is /meetings/{counts['seed_meeting']}/"
        )
        if counts.get("accounts"):
            self._print_sign_ins(counts["accounts"], options["addr"])
        if get_engine().is_empty() and indexer.count_rows():
            # Data loaded before, but no index: a new schema version starts empty.
            units = indexer.rebuild()
            self.stdout.write(f"Search index was empty: rebuilt with {units:,} units.")
        if options["no_serve"]:
            return
        settings.DEMO_SITE = True  # every page says its records are sample data
        # The demo looks like the product: Moot's own 404 and 500 pages, not Django's debug
        # pages, unless asked. Only the error pages change: the development defaults that
        # MOOT_DEBUG left (the development secret key, cookies over plain HTTP) stay.
        settings.DEBUG = options["debug"] or _asked_for_debug()
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Serving on http://{options['addr']}/ (Ctrl-C to stop)")
        # --insecure: runserver serves the static files even with DEBUG off (the demo only).
        call_command(
            "runserver", options["addr"], use_reloader=False, insecure_serving=not settings.DEBUG
        )

    def _print_sign_ins(self, accounts: list[dict], addr: str) -> None:
        """The demo's sign-ins, shown once: when they are made (their passwords are not kept)."""
        host = _host(addr)
        self.stdout.write("")
        self.stdout.write(f"Sign in at http://{host}{reverse('login')} as (shown only this once):")
        for account in accounts:
            self.stdout.write(
                f"  {account['role']:<17} username {account['username']:<12} "
                f"password {account['password']}"
            )
        self.stdout.write(
            "The clerk runs the back office (/clerk/), the member sees the Safer Stockton "
            "Partnership's exempt papers, the administrator has /admin/. Each sets up an "
            "authenticator app (two-factor sign-in) the first time. Forgot a password? "
            "moot changepassword USERNAME"
        )
        self.stdout.write("")


def _host(addr: str) -> str:
    """``--addr`` as a host and port (runserver takes a bare port for 127.0.0.1)."""
    return f"127.0.0.1:{addr}" if addr.isdigit() else addr


def _asked_for_debug() -> bool:
    """MOOT_DEBUG set to true in the environment (not merely left at its default)."""
    return os.environ.get("MOOT_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


@contextmanager
def _papers_left_out() -> Iterator[list[str]]:
    """While the demo loads, the papers builder's "paper left out" warnings (the seed's reports
    not held online, true and expected) are gathered instead of printed one by one."""
    found: list[str] = []

    class Gather(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record.getMessage())

    logger = logging.getLogger("moot.documents.papers.build")
    handler, propagate = Gather(level=logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
