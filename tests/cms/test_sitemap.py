"""sitemap.xml lists every language's pages with hreflang alternates between translations."""

import defusedxml.ElementTree as ET
import pytest
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from home.models import InformationPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_translations_are_listed_with_alternates(client, home_page):
    translated = InformationPage(title="Versicherung", slug="versicherung")
    german_only = InformationPage(title="Nur Deutsch", slug="nur-deutsch")
    draft = InformationPage(title="Entwurf", slug="entwurf", live=False)
    for page in (translated, german_only, draft):
        home_page.add_child(instance=page)
        page.save_revision()
    translated.save_revision().publish()
    german_only.save_revision().publish()
    ukrainian = Locale.objects.create(language_code="uk")
    translate_object(home_page, [ukrainian])
    translate_object(translated, [ukrainian])
    for page in (home_page, translated):
        page.get_translation(ukrainian).save_revision().publish()

    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {
        u.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in u.findall("x:link", NS)
        }
        for u in root.findall("s:url", NS)
    }
    german = "http://localhost/de/versicherung/"
    ukrainian_url = "http://localhost/uk/versicherung/"
    assert ukrainian_url in urls
    assert (
        urls[german]
        == urls[ukrainian_url]
        == {
            "de": german,
            "uk": ukrainian_url,
            "x-default": german,
        }
    )
    assert urls["http://localhost/de/nur-deutsch/"] == {}
    assert not any("entwurf" in loc for loc in urls)
