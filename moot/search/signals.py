"""Index tasks for every save and delete of searchable rows.

The receivers run inside the writer's transaction, so the task commits or rolls back with
the change. ``QuerySet.update`` and ``bulk_create`` send no signals: code using them calls
``moot.search.indexer.enqueue`` for the rows it touched.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from moot.meetings.models import Committee, Decision, Document, Item, Meeting

from .indexer import Target, enqueue


@receiver(post_save, sender=Item, dispatch_uid="search_item_saved")
@receiver(post_delete, sender=Item, dispatch_uid="search_item_deleted")
def item_changed(sender, instance: Item, **kwargs) -> None:
    enqueue(Target.ITEM, instance.pk)


@receiver(post_save, sender=Decision, dispatch_uid="search_decision_saved")
@receiver(post_delete, sender=Decision, dispatch_uid="search_decision_deleted")
def decision_changed(sender, instance: Decision, **kwargs) -> None:
    enqueue(Target.ITEM, instance.item_id)


@receiver(post_save, sender=Document, dispatch_uid="search_document_saved")
@receiver(post_delete, sender=Document, dispatch_uid="search_document_deleted")
def document_changed(sender, instance: Document, **kwargs) -> None:
    enqueue(Target.DOCUMENT, instance.pk)


@receiver(post_save, sender=Meeting, dispatch_uid="search_meeting_saved")
@receiver(post_delete, sender=Meeting, dispatch_uid="search_meeting_deleted")
def meeting_changed(sender, instance: Meeting, created: bool = False, **kwargs) -> None:
    if not created:  # a new meeting has nothing searchable yet
        enqueue(Target.MEETING, instance.pk)


@receiver(pre_save, sender=Committee, dispatch_uid="search_committee_saving")
def committee_saving(sender, instance: Committee, **kwargs) -> None:
    """Note whether the save withdraws, restores or moves the committee (one query).

    Only those change what its units may show; a new contact officer does not, and
    re-indexing every meeting of a committee is not free.
    """
    before = (
        Committee.all_objects.filter(pk=instance.pk).values("deleted_at", "body_id").first()
        if instance.pk
        else None
    )
    instance._search_reindex = before is not None and (
        before["deleted_at"] != instance.deleted_at or before["body_id"] != instance.body_id
    )


@receiver(post_save, sender=Committee, dispatch_uid="search_committee_saved")
def committee_changed(sender, instance: Committee, **kwargs) -> None:
    if getattr(instance, "_search_reindex", False):
        enqueue(Target.COMMITTEE, instance.pk)
