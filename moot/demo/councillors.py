"""The demo's councillors: made-up parties, wards, terms, posts and published contact details
for the made-up councillors the loader appoints, and a quorum for each committee. Written only
through the write services (``setup.save_record``), once: loading the demo again changes
nothing. No photos: the demo has no made-up portraits to show."""

from __future__ import annotations

from datetime import date

from moot.meetings.choices import PersonRoleKind
from moot.meetings.members import Party, PersonRole, Ward
from moot.meetings.models import Body, Committee, Person
from moot.meetings.services import setup

PARTIES = [
    ("Riverside Independents", "RI", "#0b6e4f"),
    ("Progressive Alliance", "PA", "#7a2f8f"),
]
WARDS = ["Northfield", "Eastgate", "Millbrook"]
TERM = (date(2023, 5, 4), date(2027, 5, 5))
# slug: (party, ward, public email, posts)
COUNCILLORS: dict[str, tuple[str, str, str, list[tuple[str, str]]]] = {
    "helen-marsh": (
        "Riverside Independents",
        "Northfield",
        "cllr.helen.marsh@example.org",
        [(PersonRoleKind.CHAIR, "Chair of the Safer Stockton Partnership")],
    ),
    "anil-patel": (
        "Progressive Alliance",
        "Eastgate",
        "",
        [(PersonRoleKind.CABINET, "Cabinet Member for Community Safety")],
    ),
    "paul-weston": ("Riverside Independents", "Millbrook", "", []),
    "carol-clark": (
        "Progressive Alliance",
        "Northfield",
        "",
        [(PersonRoleKind.LEADER, "Leader of the Council")],
    ),
    "mohammed-javed": ("Riverside Independents", "Eastgate", "", []),
}
QUORUM = 3


def _party(body: Body, name: str, short: str, colour: str) -> Party:
    return Party.objects.filter(body=body, name=name).first() or setup.save_record(
        Party(body=body), {"name": name, "short_name": short, "colour": colour}
    )


def _ward(body: Body, name: str) -> Ward:
    return Ward.objects.filter(body=body, name=name).first() or setup.save_record(
        Ward(body=body), {"name": name}
    )


def load_councillors(body: Body) -> int:
    """Give the made-up councillors of ``body`` their public record; returns how many."""
    parties = {name: _party(body, name, short, colour) for name, short, colour in PARTIES}
    wards = {name: _ward(body, name) for name in WARDS}
    done = 0
    for person in Person.objects.filter(slug__in=COUNCILLORS):
        party, ward, email, posts = COUNCILLORS[person.slug]
        setup.save_record(
            person,
            {
                "party": parties[party],
                "ward": wards[ward],
                "term_start": TERM[0],
                "term_end": TERM[1],
                "public_email": email,
            },
        )
        for kind, title in posts:
            if not person.roles.filter(title=title).exists():
                setup.save_record(
                    PersonRole(person=person),
                    {"kind": kind, "title": title, "start": date(2025, 5, 21)},
                )
        done += 1
    for committee in Committee.objects.filter(body=body, quorum__isnull=True):
        setup.save_record(committee, {"quorum": QUORUM})
    return done
