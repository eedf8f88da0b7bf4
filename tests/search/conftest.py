"""A small multilingual site in a freshly created page index (faster than rebuilding all
indexes with `search_refresh`): the page index is emptied before the site is built, and
the pages then reach OpenSearch and the database backend through Wagtail's signals."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from cms.models import District, FieldOfActivity
from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OrganisationIndexPage


@pytest.fixture
def page_index(db, opensearch_client):
    backend = get_search_backend()
    index = backend.get_index_for_model(Page)
    opensearch_client.indices.delete(index=f"{index.name}*")
    index.put()
    from modelsearch.index import get_indexed_models

    for model in get_indexed_models():
        if issubclass(model, Page):
            index.add_model(model)
    return index


@pytest.fixture
def site(page_index, home_page, contact_page, django_capture_on_commit_callbacks):
    """German pages, one Arabic translation, and pages that must never be found."""
    de = Locale.objects.get(language_code="de")
    arabic = Locale.objects.create(language_code="ar")
    garden = FieldOfActivity.objects.create(name="Garten", slug="garten", locale=de)
    FieldOfActivity.objects.create(name="حديقة", slug="garten", locale=arabic)
    learning = FieldOfActivity.objects.create(name="Lernen", slug="lernen", locale=de)
    erdorf = District.objects.create(name="Erdorf", slug="erdorf", locale=de)
    organisations = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=organisations)
    organisations.save_revision().publish()
    club = OrganisationPageFactory(parent=organisations, title="Obst- und Gartenbauverein")
    pages = {
        "gardens": OpportunityPageFactory(
            parent=club,
            title="Gärten am Kloster pflegen",
            summary="Beete jäten und Obstbäume schneiden.",
            district=erdorf,
            commitment="regular",
            m2m={"fields_of_activity": [garden]},
        ),
        "homework": OpportunityPageFactory(
            parent=club,
            title="Hausaufgabenhilfe für Grundschulkinder",
            summary="Zweimal die Woche nachmittags beim Lernen helfen.",
            commitment="occasional",
            m2m={"fields_of_activity": [learning]},
        ),
    }
    hidden = {
        "draft": OpportunityPageFactory(parent=club, title="Geheimgarten Entwurf", live=False),
        "expired": OpportunityPageFactory(
            parent=club, title="Geheimgarten abgelaufen", expires_on=timezone.localdate()
        ),
        "filled": OpportunityPageFactory(parent=club, title="Geheimgarten besetzt"),
        "private": OpportunityPageFactory(parent=club, title="Geheimgarten privat"),
        "future": OpportunityPageFactory(parent=club, title="Geheimgarten später", live=False),
        "unpublished": OpportunityPageFactory(parent=club, title="Geheimgarten zurückgezogen"),
    }
    # Its date passed after it was indexed (the nightly job has not run yet): the index
    # still holds it, with its date, and the query must hide it.
    expired = hidden["expired"]
    expired.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    type(expired).objects.filter(pk=expired.pk).update(expires_on=expired.expires_on)
    page_index.add_item(expired)
    hidden["filled"].status = "filled"
    with django_capture_on_commit_callbacks(execute=True):  # it leaves the index on commit
        hidden["filled"].save_revision().publish()
    PageViewRestriction.objects.create(
        page=hidden["private"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    hidden["future"].go_live_at = timezone.now() + datetime.timedelta(days=9)
    hidden["future"].save_revision().publish()
    hidden["unpublished"].unpublish()
    # A draft of a live page: its new words must not be searchable before publication.
    gardens = pages["gardens"]
    gardens.summary = "Geheimgarten-Entwurf mit Rosen"
    gardens.save_revision()
    gardens.refresh_from_db()

    translation = pages["gardens"].copy_for_translation(arabic, copy_parents=True)
    translation.title = "رعاية حدائق الدير"
    translation.summary = "إزالة الأعشاب الضارة وتقليم الأشجار المثمرة."
    translation.save_revision().publish()
    pages["gardens_ar"] = translation
    # In production the index job runs after commit, when many-to-many rows are written;
    # in tests jobs run at once, inside the save, so index the final state once more.
    from modelsearch.index import insert_or_update_object

    for page in pages.values():
        insert_or_update_object(type(page).objects.get(pk=page.pk))
    page_index.refresh()
    return {**pages, "hidden": hidden}
