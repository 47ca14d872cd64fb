"""The production set-up of docs/deploying.md, run for real: gunicorn with
``moot/gunicorn_conf.py`` and the documented production settings behind a TLS proxy, and
``moot check --deploy`` on those settings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.servers.redis import free_port

BIN = Path(sys.executable).parent


def _production(var: Path, **more: str) -> dict[str, str]:
    """The settings the one-server example of docs/deploying.md sets."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MOOT_", "DJANGO_"))}
    env.update(
        MOOT_DEBUG="false",
        MOOT_SECRET_KEY="a-long-random-production-secret-0123456789-abcdefghijklmnop",
        MOOT_ALLOWED_HOSTS="democracy.example.gov.uk,127.0.0.1",
        MOOT_SITE_URL="https://democracy.example.gov.uk",
        MOOT_VAR_DIR=str(var),
        MOOT_HSTS_INCLUDE_SUBDOMAINS="true",
        MOOT_SSL_REDIRECT="true",
        MOOT_TWO_FACTOR_REQUIRED="true",
    )
    env.update(more)
    return env


def _check_deploy(env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(BIN / "moot"), "check", "--deploy"], env=env, capture_output=True, text=True
    )
    return done.stdout + done.stderr


def test_check_deploy_on_the_documented_settings_leaves_only_the_explained_preload(tmp_path):
    output = _check_deploy(_production(tmp_path / "var"))
    assert "security.W021" in output  # preload: only for a domain of the council's own
    warnings = [line for line in output.splitlines() if "(security." in line]
    assert len(warnings) == 1, output


def test_check_deploy_is_clean_with_preload_for_a_registrable_domain(tmp_path):
    output = _check_deploy(_production(tmp_path / "var", MOOT_HSTS_PRELOAD="true"))
    assert "no issues" in output, output


@contextmanager
def _serving(env: dict[str, str], log: Path):
    """gunicorn with ``moot/gunicorn_conf.py`` on a free port, its log in ``log``; yields the
    address once it answers."""
    port = free_port()
    env = {**env, "MOOT_BIND": f"127.0.0.1:{port}"}
    with open(log, "wb") as errors:
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "python:moot.gunicorn_conf", "moot.wsgi"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(log.read_text()) from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _prepared(var: Path, **more: str) -> dict[str, str]:
    env = _production(var, MOOT_WORKERS="2", MOOT_ACCESS_LOG="off", **more)
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input", "-v", "0"]):
        subprocess.run([str(BIN / "moot"), *command], env=env, check=True)
    return env


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production")
    with _serving(_prepared(folder / "var"), folder / "gunicorn.log") as base:
        yield base


def test_gunicorn_serves_the_site_over_the_proxy_s_https_with_its_security_headers(gunicorn):
    response = httpx.get(
        gunicorn + "/",
        headers={"Host": "democracy.example.gov.uk", "X-Forwarded-Proto": "https"},
    )
    assert response.status_code == 200
    assert "Meetings" in response.text
    assert response.headers["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # The style sheet is named by its content, so it may be kept for a year.
    assert re.search(r'href="/static/portal/portal\.[0-9a-f]{12}\.css"', response.text)


def test_plain_http_through_the_proxy_is_sent_to_https(gunicorn):
    response = httpx.get(gunicorn + "/committees/", headers={"Host": "democracy.example.gov.uk"})
    assert response.status_code == 301
    assert response.headers["Location"] == "https://democracy.example.gov.uk/committees/"


def test_an_unknown_host_is_refused(gunicorn):
    response = httpx.get(
        gunicorn + "/", headers={"Host": "evil.example", "X-Forwarded-Proto": "https"}
    )
    assert response.status_code == 400


def test_moot_is_loaded_once_in_the_master_unless_turned_off(monkeypatch):
    import importlib

    from moot import gunicorn_conf

    try:
        monkeypatch.delenv("MOOT_PRELOAD", raising=False)
        assert importlib.reload(gunicorn_conf).preload_app is True
        monkeypatch.setenv("MOOT_PRELOAD", "false")
        assert importlib.reload(gunicorn_conf).preload_app is False
    finally:
        monkeypatch.undo()
        importlib.reload(gunicorn_conf)


def test_replaced_workers_forked_from_the_loaded_master_keep_serving(tmp_path):
    """Workers replaced every few requests (forks of the master, which loaded Moot and closed
    its database connection): every page is served, from the database, by the new ones.

    A worker that is retiring may still take a connection and close it unanswered (gunicorn's
    threaded worker, benoitc/gunicorn#3038): the reason ``MOOT_MAX_REQUESTS`` is 0 (never) by
    default. Such a drop is asked again here, as a browser or a proxy would."""
    env = _prepared(
        tmp_path / "var", MOOT_MAX_REQUESTS="3", MOOT_THREADS="1", MOOT_PAGE_CACHE_SECONDS="0"
    )
    log = tmp_path / "gunicorn.log"
    headers = {"Host": "democracy.example.gov.uk", "X-Forwarded-Proto": "https"}
    served = []
    with _serving(env, log) as base:
        for _ in range(24):
            for attempt in range(5):
                try:
                    response = httpx.get(base + "/", headers=headers)
                    break
                except httpx.TransportError:
                    if attempt == 4:
                        raise
                    time.sleep(0.1)
            served.append((response.status_code, "Meetings" in response.text))
    assert served == [(200, True)] * 24
    booted = re.findall(r"Booting worker with pid", log.read_text())
    assert len(booted) >= 6, log.read_text()  # the first two and at least four replacements
