"""System checks for the public site (``moot check --database default``)."""

from __future__ import annotations

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from .branding import accent_problem


@register(Tags.database)
def check_accent_colours(app_configs=None, databases=None, **kwargs):
    """moot.W001: each body's accent colour must contrast with white text (4.5:1).

    Database checks run only when asked for (``check --database``, ``migrate``): one query.
    """
    if not databases:
        return []
    from moot.meetings.models import Body

    warnings = []
    for alias in databases:
        try:
            bodies = list(Body.objects.using(alias).only("name", "accent_colour"))
        except DatabaseError:  # not migrated yet
            continue
        for body in bodies:
            problem = accent_problem(body.accent_colour)
            if problem:
                warnings.append(
                    Warning(
                        f"The accent colour of {body.name} is not legible under white text: {problem}.",
                        hint="Choose a darker colour; the public site uses the default until then.",
                        obj=body,
                        id="moot.W001",
                    )
                )
    return warnings
