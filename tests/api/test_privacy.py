"""A draft, a private (view-restricted) page and an expired opportunity never appear in any
API answer: listings, details, filters, search and the links between translations."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from events.factories import EventPageFactory
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Geheimnis"
ENDPOINTS = ["pages", "opportunities", "organisations", "events", "awards", "calls", "news"]


@pytest.fixture
def documents(db, settings, tmp_path):
    """A public document and one in a password-protected collection."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    settings.MEDIA_ROOT = str(tmp_path)
    Document = get_document_model()
    # A transactional test before this one may have emptied every table, the root included.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    closed = root.add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=closed, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    public = Document.objects.create(title="Flyer", file=ContentFile(b"x", name="flyer.txt"))
    private = Document.objects.create(
        title=f"{SECRET} Protokoll", file=ContentFile(b"x", name="p.txt"), collection=closed
    )
    return {"public": public, "private": private}


def translate(page, locale, *, publish: bool, title: str):
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    revision = translation.save_revision()
    if publish:
        revision.publish()
    return translation.specific


@pytest.fixture
def hidden(site, search_refresh):
    """Pages that must stay out, and English translations of visible pages that must too."""
    en = Locale.objects.create(language_code="en")
    past = timezone.localdate() - datetime.timedelta(days=1)
    draft = OpportunityPageFactory(parent=site["club"], title=f"{SECRET} Entwurf", live=False)
    expired = OpportunityPageFactory(
        parent=site["club"], title=f"{SECRET} abgelaufen", expires_on=past
    )
    private = EventPageFactory(
        parent=site["event"].get_parent(), title=f"{SECRET} privat", slug="privat"
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    draft_news, private_news = hidden_news(site["news"])
    # The visible opportunity in English (public) and the visible event in English as a
    # draft; the expired opportunity has a published English version (still expired).
    english = translate(site["opportunity"], en, publish=True, title="Bambini training")
    translate(site["event"], en, publish=False, title=f"{SECRET} draft translation")
    translate(expired, en, publish=True, title=f"{SECRET} expired")
    search_refresh()
    return {
        "draft": draft,
        "expired": expired,
        "private": private,
        "english": english,
        "draft_news": draft_news,
        "private_news": private_news,
    }


def hidden_news(news_index):
    """A news article never published and a published one behind a password."""
    from home.models import NewsArticlePage

    draft = NewsArticlePage(
        title=f"{SECRET} Nachricht im Entwurf", slug="entwurf", intro="x", live=False
    )
    news_index.add_child(instance=draft)
    draft.save_revision()
    private = NewsArticlePage(title=f"{SECRET} interne Nachricht", slug="intern", intro="x")
    news_index.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    return draft, private


def answers(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        yield url, response


def test_hidden_pages_appear_in_no_api_answer(client, site, hidden, documents):
    secret_ids = {
        hidden[name].pk for name in ("draft", "expired", "private", "draft_news", "private_news")
    }
    listings = [f"/api/v2/{e}/?limit=100&fields=*" for e in ENDPOINTS]
    listings += [f"/api/v2/{e}/?limit=100&locale=en" for e in ENDPOINTS]
    listings += [f"/api/v2/{e}/?limit=100&search={SECRET}" for e in ENDPOINTS]
    listings += [f"/api/v2/pages/?translation_of={site['event'].pk}&limit=100"]
    listings += [f"/api/v2/pages/?child_of={site['club'].pk}&limit=100"]
    # One page type: its own rows with the visibility conditions (cms/api.py).
    types = ["opportunities.OpportunityPage", "events.EventPage", "home.NewsArticlePage"]
    listings += [f"/api/v2/pages/?type={t}&limit=100&fields=*" for t in types]
    listings += [f"/api/v2/pages/?type={t}&limit=100&locale=en" for t in types]
    listings += ["/api/v2/events/?past=true&limit=100", "/api/v2/opportunities/?limit=100&age=99"]
    seen = set()
    for url, response in answers(client, listings):
        body = response.content.decode()
        assert SECRET not in body, url
        if response.status_code == 200:
            ids = {item["id"] for item in response.json()["items"]}
            assert not ids & secret_ids, url
            seen |= ids
    assert hidden["english"].pk in seen and site["opportunity"].pk in seen
    # Every visible page's detail, translation links included.
    for page_id in seen:
        detail = client.get(f"/api/v2/pages/{page_id}/")
        assert detail.status_code == 200
        assert SECRET not in detail.content.decode(), page_id
        linked = {link["id"] for link in detail.json().get("translations", [])}
        assert not linked & secret_ids, page_id
    # The visible pair links each other; the draft translation of the event is not linked.
    german = client.get(f"/api/v2/pages/{site['opportunity'].pk}/").json()
    assert [link["locale"] for link in german["translations"]] == ["en"]
    assert client.get(f"/api/v2/pages/{site['event'].pk}/").json()["translations"] == []
    # Documents of a restricted collection stay out too.
    listed = client.get("/api/v2/documents/?limit=100").json()["items"]
    assert [item["id"] for item in listed] == [documents["public"].pk]
    assert client.get(f"/api/v2/documents/{documents['private'].pk}/").status_code == 404
    # Asked for directly, they do not exist.
    for page_id in secret_ids:
        for endpoint in ENDPOINTS:
            assert client.get(f"/api/v2/{endpoint}/{page_id}/").status_code == 404
        found = client.get(f"/api/v2/pages/find/?id={page_id}")
        assert found.status_code == 404

    # Search works on the endpoints (and found nothing hidden above).
    found = client.get("/api/v2/pages/?search=Bambini").json()["items"]
    assert site["opportunity"].pk in {item["id"] for item in found}
