"""A body's glossary: names and terms its minutes use that a general dictionary lacks."""

from django.db import models


class GlossaryTerm(models.Model):
    """A word or name the spelling check should accept for one body ("Thornaby", "iQuanta"),
    or an acronym with what it stands for ("SBC = Stockton-on-Tees Borough Council"), which the
    acronym check then suggests when a meeting leaves it unexplained."""

    body = models.ForeignKey("meetings.Body", on_delete=models.CASCADE, related_name="glossary")
    term = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["body", "term"]
        constraints = [models.UniqueConstraint(fields=["body", "term"], name="glossary_term_uniq")]

    def __str__(self) -> str:
        return self.term
