"""The house's one-way flow, as code: ways in → the domain → ways out (docs/architecture.md).

Every ``import`` and ``from … import`` of every module is read (those inside functions too), so
a shortcut taken in a hurry fails here rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MOOT = ROOT / "moot"

# The domain: tables, rules, write services and the event they announce.
DOMAIN = ("moot.meetings",)
# What the domain must never reach: every way in and way out.
NOT_FROM_THE_DOMAIN = (
    "moot.search",
    "moot.portal",
    "moot.documents.papers",
    "moot.importers",
    "moot.demo",
    "moot.api",
    "moot.feeds",
    "moot.clerk",
    "moot.quality",
)
# The ways out read the tables through the access policy and listen to the domain's event.
WAYS_OUT = ("moot.portal", "moot.search", "moot.feeds", "moot.api", "moot.documents.papers")
# The ways in, and the write services: a way out imports none of them...
WAYS_IN = ("moot.importers", "moot.clerk", "moot.demo", "moot.meetings.services")
# ...but for the one service through which the printed papers record what they print.
ALLOWED = {("moot.documents.papers", "moot.meetings.services.printed")}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def modules_under(*packages: str) -> list[Path]:
    paths = []
    for package in packages:
        folder = ROOT.joinpath(*package.split("."))
        paths.extend(sorted(folder.rglob("*.py")) if folder.is_dir() else [])
    return paths


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def allowed(module: str, name: str) -> bool:
    return any(within(module, (source,)) and within(name, (target,)) for source, target in ALLOWED)


def offences(sources: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module_name(path)} imports {name}"
        for path in sources
        for name in imports_of(path)
        if within(name, forbidden) and not allowed(module_name(path), name)
    )


def test_the_domain_imports_no_way_in_or_out():
    assert offences(modules_under(*DOMAIN), NOT_FROM_THE_DOMAIN) == []


def test_no_way_out_imports_a_way_in_or_a_write_service():
    assert offences(modules_under(*WAYS_OUT), WAYS_IN) == []


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("from moot.search import indexer\n", "moot.search.indexer"),
        ("def f():\n    from moot.portal.cache import bump\n", "moot.portal.cache.bump"),
        ("import moot.importers.pipeline\n", "moot.importers.pipeline"),
    ],
)
def test_the_rule_sees_every_kind_of_import(tmp_path, monkeypatch, source, forbidden):
    fake = ROOT / "moot" / "meetings" / "services" / "upsert.py"
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: source)
    assert forbidden in imports_of(fake)
    assert offences([fake], NOT_FROM_THE_DOMAIN)


def test_relative_imports_are_read_as_the_modules_they_name():
    path = MOOT / "meetings" / "services" / "upsert.py"
    found = imports_of(path)
    assert "moot.meetings.services.history" in found
    assert "moot.meetings.events" in found
