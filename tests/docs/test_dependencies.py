"""What pyproject.toml asks for is pinned in the lock files that CI and deployments install
from (requirements/dev.lock, requirements/prod.lock; `make lock` rewrites them), and every
library has an upper bound, so a new major release does not arrive unnoticed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = [Requirement(line) for line in PROJECT["dependencies"]]
DEV = [Requirement(line) for line in PROJECT["optional-dependencies"]["dev"]]

# A new 0.x minor of holidays comes each month with new holiday dates (pyproject.toml says why).
UNBOUNDED = {"holidays"}


def pins(lock: str) -> dict[str, str]:
    """Package → pinned version, from a lock file written by `uv pip compile`."""
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.MULTILINE)
    }


def unpinned(requirements: list[Requirement], pinned: dict[str, str]) -> list[str]:
    """Each requirement the lock does not pin, or pins at a version it does not allow."""
    wrong = []
    for requirement in requirements:
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            wrong.append(f"{requirement.name}: not in the lock")
        elif not requirement.specifier.contains(version, prereleases=True):
            wrong.append(f"{requirement.name}: {version} is not {requirement.specifier}")
    return wrong


def test_the_deployment_lock_pins_every_runtime_dependency():
    assert unpinned(RUNTIME, pins("prod.lock")) == [], "run: make lock"


def test_the_development_lock_pins_every_dependency_and_development_tool():
    assert unpinned(RUNTIME + DEV, pins("dev.lock")) == [], "run: make lock"


def test_deployments_run_the_versions_ci_tested():
    tested = pins("dev.lock")
    deployed = pins("prod.lock")
    assert {name: v for name, v in deployed.items() if tested.get(name) != v} == {}


def test_every_dependency_has_an_upper_bound():
    unbounded = [
        str(requirement)
        for requirement in RUNTIME + DEV
        if requirement.name not in UNBOUNDED
        and not any(spec.operator in ("<", "<=", "==", "~=") for spec in requirement.specifier)
    ]
    assert unbounded == []


def test_the_lock_check_names_a_dependency_the_lock_leaves_out():
    assert unpinned([Requirement("Django>=5.2,<5.3")], {"tantivy": "0.27.0"}) == [
        "Django: not in the lock"
    ]
    assert unpinned([Requirement("Django>=5.2,<5.3")], {"django": "6.0"}) == [
        "Django: 6.0 is not <5.3,>=5.2"
    ]
