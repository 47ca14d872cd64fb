"""Model fields of the meetings domain."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.db import models

from moot.meetings.words import acronyms

PAGE_BREAK = "\f"


def page_acronyms(text: str) -> str:
    """The acronyms written on each page of ``text`` (pages separated by form feeds): each
    page's acronyms, sorted and separated by spaces, the pages separated by form feeds."""
    if not text:
        return ""
    return PAGE_BREAK.join(" ".join(sorted(acronyms(page))) for page in text.split(PAGE_BREAK))


def read_page_acronyms(stored: str | None, pages: list[str]) -> list[set[str]]:
    """Each page's acronyms from a ``PageAcronymsField`` value, worked out from the text's
    ``pages`` themselves when the value is missing (NULL) or does not fit them."""
    if stored is not None:
        found = stored.split(PAGE_BREAK)
        if len(found) == len(pages):
            return [set(page.split()) for page in found]
    return [acronyms(page) for page in pages]


if TYPE_CHECKING:
    _TextField = models.TextField[str | None, str | None]
else:  # not subscriptable when running
    _TextField = models.TextField


class PageAcronymsField(_TextField):
    """The acronyms on each page of the text in another field (``derived_from``), worked out
    whenever a row is written with that text, as ``page_acronyms`` lays them out.

    Search indexes acronyms as written, case kept; scanning a large archive's text for them at
    every rebuild of the index would cost a third of the rebuild. Every way Moot writes rows
    fills it: ``save()`` (the model adds this field to ``update_fields`` naming the text),
    ``bulk_create`` and the import inserts (they call ``pre_save``), and the import updates
    (``moot.meetings.services.upsert`` adds it beside the text). NULL means not worked out —
    a row written by other means, say restored from a backup made before this field existed —
    and readers then work the acronyms out from the text.
    """

    def __init__(self, *args: Any, derived_from: str = "text", **kwargs: Any) -> None:
        self.derived_from = derived_from
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple[str, str, Sequence[Any], dict[str, Any]]:
        name, path, args, kwargs = super().deconstruct()
        kwargs["derived_from"] = self.derived_from
        return name, path, args, kwargs

    def derive(self, instance: models.Model) -> str:
        value = page_acronyms(getattr(instance, self.derived_from))
        setattr(instance, self.attname, value)
        return value

    def pre_save(self, model_instance: models.Model, add: bool) -> str:
        return self.derive(model_instance)


def derived_fields(model: type[models.Model], changed: Iterable[str]) -> list[PageAcronymsField]:
    """The fields of ``model`` worked out from any of the fields named in ``changed``."""
    changed = set(changed)
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, PageAcronymsField) and f.derived_from in changed
    ]
