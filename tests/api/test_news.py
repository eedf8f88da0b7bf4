"""/api/v2/news/: published, public news articles with the news page's filters (one
FilterSet for the HTML listing and the API), per language, cache-friendly."""

from __future__ import annotations

import datetime

import pytest
from wagtail.models import Locale, PageViewRestriction

from home.models import NewsArticlePage

from .conftest import publish

pytestmark = pytest.mark.django_db

NEWS = "/api/v2/news/"


def article(index, title: str, date: datetime.date, *, live: bool = True) -> NewsArticlePage:
    page = NewsArticlePage(title=title, slug=title.lower(), intro=f"Über {title}.", date=date)
    if not live:
        page.live = False
        index.add_child(instance=page)
        page.save_revision()
        return page
    return publish(index, page)


@pytest.fixture
def news(site):
    """Three published articles in 2025/2026 besides the site's own, a draft and a
    password-protected one."""
    index = site["news"]
    pages = {
        "winter": article(index, "Winterfest", datetime.date(2025, 12, 20)),
        "spring": article(index, "Frühjahrsputz", datetime.date(2026, 3, 14)),
        "summer": article(index, "Sommerfest", datetime.date(2026, 7, 4)),
        "draft": article(index, "Entwurf", datetime.date(2026, 3, 15), live=False),
        "private": article(index, "Intern", datetime.date(2026, 3, 16)),
    }
    PageViewRestriction.objects.create(
        page=pages["private"], restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    site["article"].date = datetime.date(2024, 1, 10)
    site["article"].save_revision().publish()
    return pages


def titles(client, query: str = "") -> list[str]:
    response = client.get(f"{NEWS}?limit=100{query}")
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_listing_shows_published_public_articles_newest_first(client, news):
    assert titles(client) == ["Sommerfest", "Frühjahrsputz", "Winterfest", "Neue Übungsleiter"]
    item = client.get(NEWS).json()["items"][0]
    assert item["date"] == "2026-07-04" and item["intro"] == "Über Sommerfest."
    assert item["meta"]["type"] == "home.NewsArticlePage"


def test_draft_and_private_articles_never_appear(client, news):
    for query in [
        "",
        "&search=Entwurf",
        "&search=Intern",
        "&date_from=2026-03-15&date_to=2026-03-16",
    ]:
        listed = titles(client, query)
        assert "Entwurf" not in listed and "Intern" not in listed, query
    for name in ("draft", "private"):
        assert client.get(f"{NEWS}{news[name].pk}/").status_code == 404
        assert client.get(f"{NEWS}find/?id={news[name].pk}").status_code == 404


def test_date_filters_include_both_ends(client, news):
    assert titles(client, "&date_from=2026-03-14") == ["Sommerfest", "Frühjahrsputz"]
    assert titles(client, "&date_to=2025-12-20") == ["Winterfest", "Neue Übungsleiter"]
    assert titles(client, "&date_from=2025-12-01&date_to=2026-06-30") == [
        "Frühjahrsputz",
        "Winterfest",
    ]
    assert titles(client, "&date_from=2027-01-01") == []


def test_a_filter_that_cannot_be_read_is_a_400(client, news):
    response = client.get(f"{NEWS}?date_from=morgen")
    assert response.status_code == 400
    assert "date_from" in response.json()["message"]


def test_locale_filter_and_translation_links(client, news):
    en = Locale.objects.create(language_code="en")
    english = news["summer"].copy_for_translation(en, copy_parents=True)
    english.title = "Summer party"
    english.save_revision().publish()
    assert titles(client, "&locale=en") == ["Summer party"]
    assert "Summer party" not in titles(client, "&locale=de")
    detail = client.get(f"{NEWS}{news['summer'].pk}/").json()
    assert [link["locale"] for link in detail["translations"]] == ["en"]


def test_detail_has_the_rendered_body_and_answers_304_to_its_etag(client, news):
    url = f"{NEWS}{news['spring'].pk}/"
    first = client.get(url)
    assert first.status_code == 200
    assert first.json()["body"] == [] and first.json()["intro"] == "Über Frühjahrsputz."
    assert first["Last-Modified"].endswith("GMT")
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    listing = client.get(f"{NEWS}?date_from=2026-01-01")
    assert "public" in listing["Cache-Control"]
    repeated = client.get(f"{NEWS}?date_from=2026-01-01", HTTP_IF_NONE_MATCH=listing["ETag"])
    assert repeated.status_code == 304 and repeated.content == b""


def test_ties_on_the_date_keep_a_stable_order(client, news, site):
    twins = [article(site["news"], f"Zwilling{n}", datetime.date(2026, 5, 1)) for n in range(3)]
    expected = [t.title for t in sorted(twins, key=lambda t: -t.pk)]
    listed = titles(client, "&date_from=2026-05-01&date_to=2026-05-01")
    assert listed == expected
    pages = [
        titles(client, f"&date_from=2026-05-01&date_to=2026-05-01&order=date&offset={n}")[0]
        for n in range(3)
    ]
    assert sorted(pages) == sorted(expected) and len(set(pages)) == 3


def test_the_html_listing_shares_the_filters(client, news, site):
    url = site["news"].url
    page = client.get(url, {"date_from": "2026-03-14"}).content.decode()
    assert "Sommerfest" in page and "Frühjahrsputz" in page and "Winterfest" not in page
    assert "Entwurf" not in page and "Intern" not in page
    assert 'name="date_from"' in page and 'value="2026-03-14"' in page
    empty = client.get(url, {"date_from": "2030-01-01"})
    assert (
        empty.status_code == 200
        and "Keine Nachrichten in diesem Zeitraum" in empty.content.decode()
    )
    assert client.get(url, {"date_from": "morgen"}).status_code == 400


def test_the_listing_is_described_with_its_filters(client):
    schema = client.get("/api/v2/schema/?format=json").json()
    parameters = {p["name"]: p for p in schema["paths"][NEWS]["get"]["parameters"]}
    assert {"date_from", "date_to", "locale", "limit", "offset", "order"} <= set(parameters)
    assert f"{NEWS}{{id}}/" in schema["paths"]
