"""An S3-compatible server for the tests: moto's standalone server (from PyPI, in the dev
lock), started on a free loopback port and stopped afterwards."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.servers.redis import free_port

KEY, SECRET, REGION = "moot", "moot-secret", "eu-west-2"


def client(endpoint: str):
    """A signed S3 client of the test server."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
        region_name=REGION,
    )


def make_bucket(endpoint: str, bucket: str):
    """Create ``bucket`` on the test server; its client."""
    s3 = client(endpoint)
    s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    return s3


def storage(endpoint: str, bucket: str) -> dict:
    """The ``STORAGES["default"]`` Moot's ``MOOT_STORAGE=s3`` settings make for this server."""
    import moot.settings as moot_settings

    options = {
        **moot_settings._S3_OPTIONS,
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": REGION,
        "access_key": KEY,
        "secret_key": SECRET,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


@contextmanager
def s3_server() -> Iterator[str]:
    """Start the server; yield its endpoint URL."""
    port = free_port()
    program = Path(sys.executable).parent / "moto_server"
    process = subprocess.Popen(
        [str(program), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(endpoint, timeout=0.5)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the S3 server did not start on port {port}") from None
                time.sleep(0.1)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)
