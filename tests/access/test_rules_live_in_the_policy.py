"""Every access rule lives in ``moot/access/policy.py``: the templates of the ways out and the
API's modules show what the policy gives and never decide for themselves who may see what.
These tests read the source, so the rule stays true as the code grows."""

from __future__ import annotations

import re
from pathlib import Path

import moot

MOOT = Path(moot.__file__).parent

# The public ways out. The clerk's back office is a way in: it shows a clerk their own
# restrictions to edit them.
TEMPLATE_APPS = ("portal", "documents", "feeds", "search", "access")
API_MODULES = ("serializers.py", "views.py", "queries.py", "export.py", "export_views.py")

# In a template: a condition on the fields the policy reads, or rows read past the policy.
TEMPLATE_CONDITION = re.compile(r"{%-?\s*(?:el)?if\b(?P<test>.*?)-?%}", re.S)
FORBIDDEN_IN_CONDITIONS = re.compile(
    r"is_restricted|\brestriction\b|minutes_state|withdrawn_at|deleted_at|is_staff"
    r"|is_superuser|clerk_of|member_of"
)
ROWS_PAST_THE_POLICY = re.compile(
    r"\.(?:declarations|decisions|actions|attendances|documents|votes)\.(?:all|count|exists)\b"
)

# In the API: the fields and vocabularies the policy reads to decide.
FORBIDDEN_IN_API = re.compile(
    r"is_restricted|\brestriction\s*==|restriction=|restriction__|minutes_state|MinutesState"
    r"|withdrawn_at__isnull|published_at__isnull|withdrawn_at is|is_staff|is_superuser"
)


def _templates():
    for app in TEMPLATE_APPS:
        yield from sorted((MOOT / app / "templates").rglob("*.*"))


def test_it_finds_the_templates_and_api_modules_it_guards():
    assert len(list(_templates())) > 20
    assert all((MOOT / "api" / name).exists() for name in API_MODULES)


def test_it_finds_no_access_decision_in_a_public_template():
    found = []
    for path in _templates():
        text = path.read_text(encoding="utf-8")
        for match in TEMPLATE_CONDITION.finditer(text):
            if FORBIDDEN_IN_CONDITIONS.search(match.group("test")):
                found.append(f"{path.relative_to(MOOT)}: {match.group(0)[:90]}")
        for match in ROWS_PAST_THE_POLICY.finditer(text):
            found.append(f"{path.relative_to(MOOT)}: {match.group(0)}")
    assert found == []


def test_it_finds_no_access_decision_in_the_api():
    found = []
    for name in API_MODULES:
        path = MOOT / "api" / name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN_IN_API.search(line):
                found.append(f"api/{name}:{number}: {line.strip()}")
    assert found == []


def test_its_patterns_catch_what_they_are_meant_to():
    assert FORBIDDEN_IN_CONDITIONS.search(" item.is_restricted and not show ")
    assert FORBIDDEN_IN_CONDITIONS.search(' meeting.minutes_state == "draft" ')
    assert ROWS_PAST_THE_POLICY.search("{% for d in item.declarations.all %}")
    assert FORBIDDEN_IN_API.search('Q(item__restriction="")')
    assert not FORBIDDEN_IN_CONDITIONS.search(" item.show_detail ")
