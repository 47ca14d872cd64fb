"""JSON Schemas (draft 2020-12) for what Moot publishes outside OParl 1.1: the forward plan's
entries (``forwardPlanEntry.jsonl``), the rows of the register of interests and of the
attendance statistics (``registerOfInterests.csv``, ``attendance.csv``: each row read as an
object of strings, column by column) and the recorded votes an AgendaItem carries in
``moot:votes``.

The schemas are built here from the same choices and column lists the writers use, so a new
state or column cannot be published without its schema saying so. They are served at
``/oparl/v1/schema/<name>.json`` and written into the export beside the tables
(``schemas/<name>.json``, named in the manifest).
"""

from __future__ import annotations

import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from moot.executive.models import MakerKind
from moot.executive.plan import EventKind, PlanException, PlanState
from moot.interests import export as register_export
from moot.interests.models import Category

from . import attendance

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DAY = {"type": "string", "format": "date"}
MAYBE_DAY = {"type": ["string", "null"], "format": "date"}
TEXT: dict[str, Any] = {"type": "string"}
CSV_DAY = {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"}
CSV_COUNT = {"type": "string", "pattern": r"^\d+$"}


def _values(choices: Any) -> list[str]:
    return [str(value) for value in choices.values]


def _object(properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        **extra,
    }


def _schema(name: str, title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"moot:schema/{name}.json",
        "title": title,
        "description": description,
        **body,
    }


def forward_plan_entry() -> dict[str, Any]:
    return _schema(
        "forward-plan-entry",
        "Forward plan entry",
        "One entry published on a forward plan (notice of key decisions), as its public page "
        "shows it: never the exempt detail of a private decision, nor who made each change.",
        _object(
            {
                "id": {"type": "string", "format": "uri"},
                "reference": TEXT,
                "body": TEXT,
                "matter": TEXT,
                "decisionMaker": _object({"title": TEXT, "kind": {"enum": _values(MakerKind)}}),
                "decisionDate": MAYBE_DAY,
                "period": TEXT,
                "state": {"enum": _values(PlanState)},
                "firstPublished": DAY,
                "keyDecision": {"type": "boolean"},
                "overThreshold": {"type": "boolean"},
                "wards": {"type": "array", "items": TEXT},
                "documents": TEXT,
                "representations": _object({"contact": TEXT, "by": MAYBE_DAY}),
                "private": {"type": "boolean"},
                "exemptParagraphs": {
                    "type": "array",
                    "items": {"type": "integer", "minimum": 1, "maximum": 7},
                },
                "privateReason": TEXT,
                "secondNotice": {
                    "oneOf": [
                        {"type": "null"},
                        _object({"date": DAY, "representationsReceived": TEXT, "response": TEXT}),
                    ]
                },
                "exception": {
                    "oneOf": [
                        {"type": "null"},
                        _object(
                            {
                                "kind": {"enum": [v for v in _values(PlanException) if v]},
                                "reason": TEXT,
                                "scrutinyChair": TEXT,
                                "noticeDate": MAYBE_DAY,
                                "agreedDate": MAYBE_DAY,
                            }
                        ),
                    ]
                },
                "takenOn": MAYBE_DAY,
                "history": {
                    "type": "array",
                    "items": _object(
                        {
                            "kind": {"enum": _values(EventKind)},
                            "at": {"type": "string", "format": "date-time"},
                            "what": TEXT,
                        }
                    ),
                },
            }
        ),
    )


def register_of_interests() -> dict[str, Any]:
    columns: dict[str, Any] = dict.fromkeys(register_export.FIELDS, TEXT)
    columns |= {
        "person": {"type": "string", "format": "uri"},
        # The category's name as the register shows it; empty for a sensitive interest.
        "category": {"enum": ["", *(str(label) for label in Category.labels)]},
        "received_on": CSV_DAY,
        "value": {"type": "string", "pattern": r"^(\d+(\.\d{1,2})?)?$"},
        "withheld": {"enum": ["yes", "no"]},
        "last_updated": CSV_DAY,
    }
    return _schema(
        "register-of-interests",
        "Register of members' interests: one row",
        "One published entry of the register, as the public sees it. A sensitive interest "
        "(Localism Act 2011 s.32) has withheld 'yes', no category and a description that "
        "says only that details are withheld.",
        _object(columns),
    )


def attendance_row() -> dict[str, Any]:
    columns: dict[str, Any] = dict.fromkeys(attendance.FIELDS, CSV_COUNT)
    columns |= {
        "body": {"type": "string", "format": "uri"},
        "municipal_year": {"type": "string", "pattern": r"^\d{4}/\d{2}$"},
        "from": CSV_DAY,
        "to": CSV_DAY,
        "person": {"type": "string", "format": "uri"},
        "name": TEXT,
        "committee": {"type": "string", "format": "uri"},
        "committee_name": TEXT,
    }
    return _schema(
        "attendance",
        "Attendance statistics: one row",
        "A member's attendance at one committee's meetings in one municipal year, counting "
        "only meetings whose minutes are published.",
        _object(columns),
    )


def votes() -> dict[str, Any]:
    people = {"type": "array", "items": {"type": "string", "format": "uri"}}
    count = {"type": "integer", "minimum": 0}
    vote = {
        "type": "object",
        "properties": {
            "motion": TEXT,
            "result": {"enum": ["carried", "lost"]},
            "for": count,
            "against": count,
            "abstentions": count,
            "voters": _object({"for": people, "against": people, "abstained": people}),
            "castingVote": {"enum": ["for", "against"]},
            "castingBy": {"type": "string", "format": "uri"},
        },
        "required": ["motion", "result", "for", "against", "abstentions", "voters"],
        "dependentRequired": {"castingVote": ["castingBy"], "castingBy": ["castingVote"]},
        "additionalProperties": False,
    }
    return _schema(
        "votes",
        "Recorded votes (moot:votes of an AgendaItem)",
        "The named votes taken on an agenda item, once its minutes are published; never on a "
        "restricted item.",
        {"type": "array", "items": vote, "minItems": 1},
    )


SCHEMAS = {
    "forward-plan-entry": forward_plan_entry,
    "register-of-interests": register_of_interests,
    "attendance": attendance_row,
    "votes": votes,
}
# The export's tables outside OParl and the schema of each line or row.
TABLES = {
    "forwardPlanEntry": "forward-plan-entry",
    "registerOfInterests": "register-of-interests",
    "attendance": "attendance",
}


def as_json(name: str) -> str:
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=1) + "\n"


@require_safe
def view(request: HttpRequest, name: str) -> HttpResponse:
    """A schema, as JSON (``application/schema+json``), the same for everyone."""
    if name not in SCHEMAS:
        raise Http404("No such schema.")
    response = HttpResponse(as_json(name), content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=3600"
    return response
