from __future__ import annotations

from typing import Any

from django import template

from moot.interests import register as rules

register = template.Library()


@register.simple_tag
def person_register(person) -> dict[str, Any]:
    """A member's published register, as the public sees it."""
    entries, last = rules.public_register(person)
    return {"entries": entries, "last": last}
