"""The demo command builds the German site and can run again without duplicating anything."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.models import ConsentText, District, FieldOfActivity, SiteLinks
from home.models import ContactPage, HomePage, InformationPage, NewsArticlePage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "districts": District.objects.count(),
        "fields": FieldOfActivity.objects.count(),
        "consents": ConsentText.objects.count(),
    }


def test_demo_content_is_complete_and_idempotent(client):
    call_command("load_demo_content", "--skip-index", verbosity=0)
    first = counts()
    call_command("load_demo_content", "--skip-index", verbosity=0)
    assert counts() == first

    home = HomePage.objects.get(locale__language_code="de")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert set(District.objects.values_list("name", flat=True)) == {
        "Kernstadt",
        "Erdorf",
        "Irsch",
        "Masholder",
        "Matzen",
        "Mötsch",
        "Stahl",
    }
    slugs = set(InformationPage.objects.filter(locale=home.locale).values_list("slug", flat=True))
    for slug in [
        "versicherung",
        "auslagenersatz",
        "kompetenznachweis",
        "fortbildungen",
        "ueber-uns",
        "impressum",
        "datenschutz",
    ]:
        assert slug in slugs
    assert NewsArticlePage.objects.live().count() >= 4
    assert ContactPage.objects.live().filter(locale=home.locale).count() == 1
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    assert links.imprint_page.slug == "impressum" and links.privacy_page.slug == "datenschutz"

    html = client.get("/de/").content.decode()
    assert "Ehrenamt in Bitburg" in html
    assert len(home.entry_points) == 4
    # Every page in every language: German sources, translations and the aliases that
    # stand in for untranslated pages in the English, Arabic and Ukrainian trees.
    for page in Page.objects.live().filter(depth__gt=1).specific():
        assert client.get(page.url).status_code == 200, page.url
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        "de",
        "en",
        "ar",
        "uk",
    }
