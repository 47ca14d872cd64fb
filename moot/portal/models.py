"""The public pages' cache key: a counter every write to published material moves on."""

from django.db import models


class ContentVersion(models.Model):
    """One row. ``value`` goes up after every committed change to the domain, so a page
    cached under an older value is never served again — in any process, since each request
    reads the value from the database."""

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"content version {self.value}"
