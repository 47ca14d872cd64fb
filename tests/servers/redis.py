"""A real Redis server for the tests, started on a free loopback port in a folder of its own
and stopped afterwards (Debian's ``redis-server``; ``.ci/run`` installs it)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def require(program: str) -> str:
    """The program's path; the test is skipped where it is not installed, unless
    ``MOOT_REQUIRE_SERVERS`` is set (CI sets it, so a missing server fails the run)."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (apt-get install {program})"
        if os.environ.get("MOOT_REQUIRE_SERVERS"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """Start ``redis-server``; yield its URL."""
    program = require("redis-server")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    arguments = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(
        [program, *arguments, "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
