"""Every public page type, in every site language: served with the right lang/dir, and no
interface string on it lacks a translation in that language's catalogue."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import trans_real
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.django_db

# Wagtail's own page class never appears on the public site; forms' thank-you pages only
# after a POST (their strings are covered by the catalogue test).
NOT_PUBLIC = {"wagtailcore.page"}


@pytest.fixture
def missing_strings(monkeypatch):
    """Records (language, msgid) for every lookup the active catalogue cannot answer."""
    missing: set[tuple[str, str]] = set()
    gettext = trans_real.DjangoTranslation.gettext
    ngettext = trans_real.DjangoTranslation.ngettext

    def recording_gettext(self, message):
        if message not in self._catalog:
            missing.add((self.language(), message))
        return gettext(self, message)

    def recording_ngettext(self, singular, plural, n):
        if (singular, 0) not in self._catalog and singular not in self._catalog:
            missing.add((self.language(), singular))
        return ngettext(self, singular, plural, n)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recording_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recording_ngettext)
    return missing


@pytest.fixture
def one_page_per_type(locale_de):
    # Transactional tests empty every table, Wagtail's root page included.
    Page.get_first_root_node() or Page.add_root(title="Root", locale=locale_de)
    call_command("load_demo_content", "--skip-index", verbosity=0)
    pages = {}
    for model in get_page_models():
        label = model._meta.label_lower
        if label in NOT_PUBLIC:
            continue
        page = (
            model.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .exact_type(model)
            .first()
        )
        pages[label] = page
    return pages


def test_every_page_type_is_fully_translated(client, one_page_per_type, missing_strings):
    """One test over all languages: the demo site is built once (a minute of work)."""
    assert [label for label, page in one_page_per_type.items() if page is None] == []
    problems = []
    for language in [code for code, _name in settings.LANGUAGES]:
        direction = "rtl" if language in settings.RTL_LANGUAGES else "ltr"
        for page in one_page_per_type.values():
            url = f"/{language}/{page.url.split('/', 2)[2]}"  # the German page under /xx/
            missing_strings.clear()
            response = client.get(url)
            if response.status_code != 200:
                problems.append((url, response.status_code))
                continue
            html = response.content.decode()
            if not re.search(rf'<html lang="{language}" dir="{direction}"', html):
                problems.append((url, "lang/dir"))
            if language != "en":  # msgids are English
                untranslated = sorted(m for lang, m in missing_strings if lang == language)
                if untranslated:
                    problems.append((url, untranslated))
    assert problems == []
