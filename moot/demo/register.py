"""The demo's register of members' interests (made up): a few published entries of the demo's
councillors — one of each kind a reader meets, a gift among them and one sensitive interest
whose details the public never sees — written through the register's services, once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from moot.interests import services
from moot.interests.models import Category, RegisterEntry
from moot.meetings.models import Body, Person

# (councillor's slug, category, description, gift: (received, donor, value) or None, sensitive)
ENTRIES: list[tuple[str, str, str, tuple[date, str, Decimal] | None, bool]] = [
    (
        "helen-marsh",
        Category.EMPLOYMENT,
        "Part-time pharmacist, Northfield Health Centre",
        None,
        False,
    ),
    ("helen-marsh", Category.LAND, "Home in Northfield ward", None, False),
    ("anil-patel", Category.SECURITIES, "Shares in Tees Valley Builders Ltd", None, False),
    ("anil-patel", Category.OTHER, "Trustee, Eastgate Community Trust", None, False),
    (
        "carol-clark",
        Category.GIFT,
        "Two tickets to the Teesside business awards dinner",
        (date(2025, 3, 14), "Tees Valley Chamber of Commerce", Decimal("120.00")),
        False,
    ),
    ("paul-weston", Category.LAND, "An address in Millbrook ward", None, True),
]


def load_register(body: Body) -> int:
    """Publish the entries the first time; the count of the body's register entries."""
    if not RegisterEntry.objects.filter(body=body).exists():
        for slug, category, description, gift, sensitive in ENTRIES:
            person = Person.objects.filter(slug=slug).first()
            if person is None:
                continue
            values: dict = {"category": category, "description": description}
            values["sensitive"] = sensitive
            if gift is not None:
                values.update(received_on=gift[0], donor=gift[1], value=gift[2])
            entry = services.save(
                RegisterEntry(person=person, body=body), None, submit=True, **values
            )
            services.publish(entry, None)
    return RegisterEntry.objects.filter(body=body).count()
