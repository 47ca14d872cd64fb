"""Gunicorn's settings for Moot in production (docs/deploying.md):

    gunicorn -c python:moot.gunicorn_conf moot.wsgi

Threaded workers: a request mostly waits on the database, the search index or a file, so
four threads per process keep a core busy; two processes per core (plus one) ride over a
worker busy with a long request (building a paper). Every value can be set in the
environment, as the rest of Moot's settings are.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("MOOT_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("MOOT_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "gthread"
threads = int(os.environ.get("MOOT_THREADS", "4"))
# A clerk's publish builds the papers in its request: a minute is enough for a large pack.
timeout = int(os.environ.get("MOOT_WORKER_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Workers are never replaced by default (0). A retiring threaded worker may take one more
# connection and close it unanswered (benoitc/gunicorn#3038): each replacement could fail a
# reader's request. Set a number (a guard against a slow leak: the jitter keeps workers from
# all going at once) only behind a proxy that asks another server again on such an error.
max_requests = int(os.environ.get("MOOT_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# Moot is loaded once, in the master, and every worker is a fork of it: a replaced worker
# serves at once instead of importing Moot again (a second or more of a core on a busy machine,
# while the connections queued on it wait), and the workers share the loaded code's memory.
# New code therefore needs a restart of the service, not a HUP (docs/deploying.md, Upgrading).
# "false" loads Moot in each worker instead.
preload_app = os.environ.get("MOOT_PRELOAD", "true").lower() not in ("false", "0", "no", "off")
# The proxy in front (nginx, a load balancer, the CDN's origin shield) whose X-Forwarded-*
# headers are believed.
forwarded_allow_ips = os.environ.get("MOOT_FORWARDED_ALLOW_IPS", "127.0.0.1")
# "-": standard output; "off": none (the proxy in front keeps one already).
_access = os.environ.get("MOOT_ACCESS_LOG", "-")
accesslog = None if _access == "off" else _access
errorlog = "-"


def when_ready(server) -> None:
    """In the master, once Moot is loaded (``preload_app``): import every view as well (the
    URL patterns) so that no worker does it on its first request, close any database
    connection the loading opened (a connection must never be shared by forked workers), and
    move what is loaded out of the garbage collector's sight, so that the workers' collections
    neither walk it nor copy its memory by touching it."""
    if not server.cfg.preload_app:
        return
    import gc

    from django.db import connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every URL module and view
    connections.close_all()
    gc.collect()
    gc.freeze()
