"""The demo site, built once (about two minutes of work) and checked as a whole: complete,
idempotent, every page served, every public page type in every site language with the
right lang/dir and no interface string its language's catalogue lacks — and the search's
relevance on the judged queries of tests/search/judged_queries.json."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import trans_real
from wagtail.models import Page, Site, get_page_models

from awards.card import EhrenamtskartePage
from cms.models import ConsentText, District, FieldOfActivity, SiteLinks
from home.models import ContactPage, HomePage, InformationPage, NewsArticlePage
from search.engine import DatabaseEngine, OpenSearchEngine
from search.relevance import evaluate, load_judgments

pytestmark = pytest.mark.django_db

# Wagtail's own page class never appears on the public site.
NOT_PUBLIC = {"wagtailcore.page"}


def counts():
    return {
        "pages": Page.objects.count(),
        "districts": District.objects.count(),
        "fields": FieldOfActivity.objects.count(),
        "consents": ConsentText.objects.count(),
    }


def live_page_of_every_type() -> dict:
    pages = {}
    for model in get_page_models():
        label = model._meta.label_lower
        if label not in NOT_PUBLIC:
            pages[label] = (
                model.objects.live()
                .public()
                .filter(locale__language_code=settings.LANGUAGE_CODE)
                .exact_type(model)
                .first()
            )
    return pages


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


def test_demo_site(client, demo_server, missing_strings):
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
        "barrierefreiheit",
    ]:
        assert slug in slugs
    assert NewsArticlePage.objects.live().count() >= 4
    assert ContactPage.objects.live().filter(locale=home.locale).count() == 1
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    assert links.imprint_page.slug == "impressum" and links.privacy_page.slug == "datenschutz"
    assert links.accessibility_page.slug == "barrierefreiheit"

    html = client.get("/de/").content.decode()
    assert "Ehrenamt in Bitburg" in html
    assert len(home.entry_points) == 4
    # Every German page and every translation (aliases are requested below, per language).
    for page in Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).specific():
        assert client.get(page.url).status_code == 200, page.url
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        "de",
        "en",
        "ar",
        "uk",
        "fa",
    }

    # The Ehrenamtskarte page with the process and the application form.
    card = EhrenamtskartePage.objects.get(locale__language_code="de")
    card_consents = ConsentText.objects.filter(purpose=ConsentText.Purpose.EHRENAMTSKARTE)
    assert set(card_consents.values_list("locale__language_code", flat=True)) == {
        "de",
        "en",
        "ar",
        "uk",
        "fa",
    }
    assert card_consents.filter(locale__language_code="de").count() == 1
    html = client.get(card.url).content.decode()
    assert "Leitstelle" in html and "Jubiläums-Ehrenamtskarte" in html
    assert 'name="consent_given"' in html

    one_page_per_type = live_page_of_every_type()
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


# Measured 2026-11-26 on the demo content: OpenSearch nDCG@10 0.934 and recall@5 0.934
# over all 53 queries (German alone 0.872 / 0.865); the database backend 0.870 / 0.877.
NDCG_FLOOR = 0.90
RECALL_FLOOR = 0.90
GERMAN_NDCG_FLOOR = 0.85


def test_opensearch_relevance_holds_its_floor_and_beats_the_database(demo_server):
    """The floors were set from a measurement (README); a change to analysis or ranking
    that makes OpenSearch worse than that, or no better than the database, fails here."""
    call_command("update_index", verbosity=0)
    judgments = load_judgments()
    assert len(judgments) >= 40
    assert len({judgment["language"] for judgment in judgments}) >= 5

    opensearch = evaluate(OpenSearchEngine(), judgments)
    database = evaluate(DatabaseEngine(), judgments)
    report = StringIO()
    call_command("search_relevance", stdout=report)
    print(report.getvalue())
    assert "all" in report.getvalue()
    assert opensearch["all"]["ndcg@10"] >= NDCG_FLOOR
    assert opensearch["all"]["recall@5"] >= RECALL_FLOOR
    assert opensearch["de"]["ndcg@10"] >= GERMAN_NDCG_FLOOR
    assert opensearch["all"]["ndcg@10"] > database["all"]["ndcg@10"]
