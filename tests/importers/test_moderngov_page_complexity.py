"""The page parser stays readable: no function in ``moot/importers/moderngov_page`` has a
cyclomatic complexity above 15 (ruff's C901, the McCabe count)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import moot.importers.moderngov_page

MAX_COMPLEXITY = 15
PACKAGE = Path(moot.importers.moderngov_page.__file__).resolve().parent


def test_it_keeps_every_function_of_the_page_parser_at_complexity_15_or_less():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "C901",
            "--config",
            f"lint.mccabe.max-complexity={MAX_COMPLEXITY}",
            "--output-format",
            "concise",
            "--no-cache",
            str(PACKAGE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    offenders = [line for line in result.stdout.splitlines() if "C901" in line]
    assert result.returncode in (0, 1), result.stderr
    assert not offenders, "Functions too complex (split them):\n" + "\n".join(offenders)
