"""`moot reindex`: the whole index rebuilt from the database, in worker processes when asked.

Worker processes read the database themselves, so this test runs Moot as a subprocess with a
database of its own (the test's database lives inside a transaction no other process sees).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SEED = """
import sys
sys.path.insert(0, ".")
from tests.factories import (
    local, make_committee, make_decision, make_document, make_exempt_item, make_item,
    make_meeting,
)
from moot.meetings.choices import MinutesState
from django.utils import timezone
committee = make_committee(name="Safer Stockton Partnership", reference_prefix="SSP")
for n in range(12):
    meeting = make_meeting(
        committee, start=local(2024, 1 + n, 10), minutes_state=MinutesState.APPROVED,
        minutes_published_at=timezone.now(),
    )
    item = make_item(
        meeting, title=f"Community safety update {n}",
        agenda_text="<p>The CSP reviewed the DAPO pilot.</p>",
        minutes=f"<p>Members reviewed parking number {n}.</p>",
    )
    make_decision(item, "AGREED that the CSPs be thanked.")
    make_document(
        meeting, item, title=f"Report {n}",
        text="Opening page about youth justice.\\fSecond page on domestic abuse and the DAPO.",
    )
    secret = make_exempt_item(meeting, minutes="<p>The xylophonic contract was let.</p>")
    make_document(meeting, secret, title="Contract", text="Xylophonic tender prices.",
                  restriction=secret.restriction)
"""

QUERY = """
import json
from moot.access.policy import Viewer
from moot.search.service import search
out = {}
for who, viewer in (("public", Viewer.public()), ("clerk", Viewer(user_id=0, superuser=True))):
    for q in ("reviews", "DAPO", "CSPs", '"domestic abuse"', "xylophonic", "parking -9"):
        page = search(viewer, q, per_page=100)
        found = sorted([r.kind, r.url, str(r.snippet)] for r in page.results)  # ties: any order
        out[f"{who} {q}"] = [page.total, found]
print(json.dumps(out))
"""


def _moot(env: dict, *args: str) -> str:
    script = Path(sys.executable).with_name("moot")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "moot.cli"]
    result = subprocess.run(
        [*command, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, f"moot {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture
def fresh(tmp_path) -> dict:
    """A Moot of its own: SQLite database and search index in a scratch folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOOT_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env |= {"MOOT_VAR_DIR": str(tmp_path / "var"), "MOOT_TESTING": "true"}
    _moot(env, "migrate", "--verbosity", "0")
    _moot(env, "shell", "-c", SEED)
    return env


def _results(env: dict) -> dict:
    return json.loads(_moot(env, "shell", "-c", QUERY).strip().splitlines()[-1])


def test_a_rebuild_in_worker_processes_gives_the_same_results_as_one_process(fresh):
    said = _moot(fresh, "reindex", "--workers", "2", "--no-progress")
    # 12 meetings × (3 units of the public item, 2 of the exempt one, 2 pages + 1 page)
    assert "Indexed 96 searchable units" in said
    parallel = _results(fresh)
    _moot(fresh, "reindex", "--workers", "1", "--no-progress")
    assert _results(fresh) == parallel
    assert parallel["public reviews"][0] == 24  # agenda and minutes of each public item
    assert parallel["public DAPO"][0] == 24  # as written: the agenda and the second page
    assert parallel["public xylophonic"] == [0, []]
    assert parallel["clerk xylophonic"][0] == 24  # withheld minutes and the exempt report
    assert parallel["public parking -9"][0] == 11


def test_workers_must_be_one_or_more(fresh):
    script = Path(sys.executable).with_name("moot")
    result = subprocess.run(
        [str(script), "reindex", "--workers", "0"],
        env=fresh,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "--workers must be 1 or more" in result.stderr
