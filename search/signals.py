"""Keep each page's `translated_into` (search/backend.py) true.

A page created or deleted in one language changes what the other pages with its
translation key say about their translations: a German original disappears from the
Arabic search once an Arabic page stands for it, and comes back when that page is gone.
Their documents are rewritten by modelsearch's own index job, after commit.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page


def reindex_other_languages(page: Page) -> None:
    others = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    for pk in others.values_list("pk", flat=True):
        insert_or_update_object_task.enqueue("wagtailcore", "page", str(pk))


def on_page_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if created and not raw and isinstance(instance, Page):
        reindex_other_languages(instance)


def on_page_deleted(sender, instance, **kwargs) -> None:
    reindex_other_languages(instance)


def connect() -> None:
    post_save.connect(on_page_saved, dispatch_uid="search_translations_saved")
    # Deleting a specific page deletes its Page row too: the base class's signal fires once.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search_translations_deleted")
