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
# A worker is replaced after this many requests (a guard against slow leaks; 0: never; the
# jitter keeps them from all going at once). Not
# too soon: a new worker loads Moot afresh and starts with an empty per-process cache, and at
# a thousand requests a second 5,000 meant a new worker every few seconds, each one a burst
# of slow requests (p99 of half a second in `make bench`).
max_requests = int(os.environ.get("MOOT_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# The proxy in front (nginx, a load balancer, the CDN's origin shield) whose X-Forwarded-*
# headers are believed.
forwarded_allow_ips = os.environ.get("MOOT_FORWARDED_ALLOW_IPS", "127.0.0.1")
# "-": standard output; "off": none (the proxy in front keeps one already).
_access = os.environ.get("MOOT_ACCESS_LOG", "-")
accesslog = None if _access == "off" else _access
errorlog = "-"
