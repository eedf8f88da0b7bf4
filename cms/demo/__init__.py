"""Helpers the apps' demo loaders share: idempotent creation of pages and snippets."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText


def german() -> Locale:
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return locale


def stream(blocks: list[tuple[str, Any]]) -> str:
    """Turn ("heading", "…"), ("paragraph", "<p>…</p>"), ("faq", [(q, a)]) into raw StreamField
    JSON that every block of cms.blocks.BaseStreamBlock understands."""
    raw = []
    for block_type, value in blocks:
        if block_type == "faq":
            # ListBlock items without ids: Wagtail assigns them when the page is saved.
            value = [{"question": q, "answer": a} for q, a in value]
        elif isinstance(value, RichText):
            value = value.source
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def ensure_page(parent: Page, model: type[Page], slug: str, **fields) -> tuple[Page, bool]:
    """The child of `parent` with this slug, created and published if missing.

    An existing page is left as it is, so running the loader again never overwrites what
    editors changed.
    """
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
