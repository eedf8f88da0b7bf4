"""Wagtail's locale look-up by language, from a list kept per generation of the site.

`Locale.get_active()` and `Page.localized`, which every menu link, footer link, listing
and language switcher uses, each ask the database for the locale of a language code:
eight to ten identical queries on every uncached page. Wagtail has no cache for it, so
`LocaleManager.get_for_language` is wrapped here: the locales are read once into the page
cache's store (cms/pagecache.py `fragment`; saving or deleting a locale renews the site's
generation) and remembered for the rest of the request. The memory is emptied when a
request starts and whenever a locale is saved or deleted, so no request sees a locale that
an earlier one had (tests roll locales back and create them again under new ids).
"""

from __future__ import annotations

import copy

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

_known: dict[str, Locale] = {}


FRAGMENT = "locales"


def read_locales() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def all_locales() -> dict[str, Locale]:
    if not _known:
        from . import pagecache

        _known.update(pagecache.fragment(FRAGMENT, [pagecache.SITE_TAG], read_locales))
    return _known


def get_for_language(manager, language_code: str) -> Locale:
    locale = all_locales().get(get_supported_content_language_variant(language_code))
    if locale is None:
        raise Locale.DoesNotExist(f"No locale for {language_code!r}")
    return copy.copy(locale)


def forget(**kwargs) -> None:
    _known.clear()


def connect() -> None:
    LocaleManager.get_for_language = get_for_language
    request_started.connect(forget, dispatch_uid="cms.locales.forget")
    post_save.connect(forget, sender=Locale, dispatch_uid="cms.locales.forget.save")
    post_delete.connect(forget, sender=Locale, dispatch_uid="cms.locales.forget.delete")
