"""The language switcher's links for languages a page has no translation in."""

import pytest
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from cms.templatetags.cms_tags import translate_urls

PATHS = [
    "/de/",
    "/de/suche/?q=Garten&type=event",
    "/de/veranstaltungen/monat/2027/3/",
    "/de/gibt-es-nicht/",
    "/api/v2/pages/?locale=de",
    "/nirgends",
]


@pytest.mark.parametrize("path", PATHS)
def test_one_resolve_gives_what_django_gives_for_each_language(path):
    codes = [code for code, _name in settings.LANGUAGES]
    with translation.override("de"):
        expected = {code: translate_url(path, code) for code in codes}
        assert translate_urls(path, codes) == expected
    if path.startswith("/de/"):
        assert expected["ar"] == path.replace("/de/", "/ar/", 1)
