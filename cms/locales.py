"""Wagtail's locale look-up by language, once per request instead of once per call.

`Locale.get_active()` and `Page.localized`, which every menu link, footer link, listing
and language switcher uses, each ask the database for the locale of a language code:
eight to ten identical queries on every uncached page. Wagtail has no cache for it, so
`LocaleManager.get_for_language` is wrapped here. The memory is emptied when a request
starts and whenever a locale is saved or deleted, so no request sees a locale that an
earlier one had (tests roll locales back and create them again under new ids).
"""

from __future__ import annotations

import copy

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

_found: dict[str, Locale] = {}
_original = LocaleManager.get_for_language


def get_for_language(manager, language_code: str) -> Locale:
    locale = _found.get(language_code)
    if locale is None:
        locale = _found[language_code] = _original(manager, language_code)
    return copy.copy(locale)


def forget(**kwargs) -> None:
    _found.clear()


def connect() -> None:
    LocaleManager.get_for_language = get_for_language
    request_started.connect(forget, dispatch_uid="cms.locales.forget")
    post_save.connect(forget, sender=Locale, dispatch_uid="cms.locales.forget.save")
    post_delete.connect(forget, sender=Locale, dispatch_uid="cms.locales.forget.delete")
