"""Cache-friendly reads: validators, 304 without a body, freshness, CORS from the settings,
the page-size cap and a stable order on every read endpoint."""

from __future__ import annotations

import pytest

from events.factories import EventPageFactory

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/api/v2/pages/",
    "/api/v2/opportunities/",
    "/api/v2/organisations/",
    "/api/v2/events/",
    "/api/v2/awards/",
    "/api/v2/calls/",
    "/api/v2/news/",
    "/api/v2/images/",
    "/api/v2/documents/",
]


def test_repeated_get_with_the_etag_answers_304_without_a_body(client, site, settings):
    settings.API_CACHE_MAX_AGE = 120
    for url in [*LISTINGS, f"/api/v2/pages/{site['opportunity'].pk}/", "/api/v2/consent/survey/"]:
        first = client.get(url)
        assert first.status_code == 200, url
        assert first["ETag"], url
        assert "public" in first["Cache-Control"] and "max-age=120" in first["Cache-Control"]
        assert "Accept-Language" in first["Vary"]
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == first["ETag"]


def test_answers_with_a_session_are_private(client, site):
    client.cookies["sessionid"] = "abc"
    response = client.get("/api/v2/pages/")
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_changed_content_gets_a_new_etag(client, site):
    url = f"/api/v2/pages/{site['event'].pk}/"
    etag = client.get(url)["ETag"]
    site["event"].title = "Erste Hilfe am Kind"
    site["event"].save_revision().publish()
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["title"] == "Erste Hilfe am Kind"


def test_detail_answers_carry_last_modified_and_honour_if_modified_since(client, site):
    url = f"/api/v2/opportunities/{site['opportunity'].pk}/"
    first = client.get(url)
    assert first["Last-Modified"].endswith("GMT")
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304 and again.content == b""


def test_writes_and_errors_are_not_marked_cacheable(client, site):
    assert not client.get("/api/v2/pages/?limit=101").has_header("Cache-Control")
    response = client.post("/api/v2/counselling-requests/", {}, content_type="application/json")
    assert response.status_code == 400
    assert not response.has_header("ETag")


def test_every_listing_caps_the_page_size_at_100(client, site):
    for url in LISTINGS:
        assert client.get(url + "?limit=100").status_code == 200, url
        refused = client.get(url + "?limit=101")
        assert refused.status_code == 400, url
        assert "100" in refused.json()["message"]


def test_ties_are_broken_by_id_so_pages_never_swap_places(client, site):
    parent = site["event"].get_parent()
    twins = [
        EventPageFactory(parent=parent, title="Zwilling", slug=f"zwilling-{n}") for n in range(4)
    ]
    expected = sorted(page.pk for page in twins)
    for url in ["/api/v2/events/?order=title", "/api/v2/pages/?order=title"]:
        items = client.get(url + "&limit=100").json()["items"]
        ids = [item["id"] for item in items if item["title"] == "Zwilling"]
        assert ids == expected, url
    descending = client.get("/api/v2/events/?order=-title&limit=100").json()["items"]
    assert [i["id"] for i in descending if i["title"] == "Zwilling"] == expected
    default = [item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]
    assert default == [
        item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]
    ]


def test_cors_allows_only_the_configured_origins(client, site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.bitburg.example"]
    allowed = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.bitburg.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.bitburg.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://evil.example")
    assert not other.has_header("Access-Control-Allow-Origin")
    preflight = client.options(
        "/api/v2/counselling-requests/",
        HTTP_ORIGIN="https://app.bitburg.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://app.bitburg.example"
    # Outside the API nothing is shared.
    html = client.get("/de/", HTTP_ORIGIN="https://app.bitburg.example")
    assert not html.has_header("Access-Control-Allow-Origin")


def test_out_of_range_ids_and_unknown_sites_are_client_errors(client, site):
    """Found by the property-based run: these reached the database and answered 500."""
    huge = 2**32 + 1
    assert client.get("/api/v2/pages/?site=nowhere.example").status_code == 400
    assert client.get("/api/v2/pages/?site=localhost:port").status_code == 400
    assert client.get(f"/api/v2/pages/?translation_of={huge}").status_code == 400
    assert client.get(f"/api/v2/events/?child_of={huge}").status_code == 400
    assert client.get(f"/api/v2/pages/?offset={huge}").status_code == 400
    assert client.get(f"/api/v2/pages/{huge}/").status_code == 404
    assert client.get("/api/v2/pages/find/?id=abc").status_code == 404
    assert client.get(f"/api/v2/pages/find/?id={huge}").status_code == 404
    refused = client.post(
        f"/api/v2/opportunities/{huge}/interest/", {}, content_type="application/json"
    )
    assert refused.status_code == 404
    not_an_object = client.post(
        "/api/v2/counselling-requests/", [1, 2], content_type="application/json"
    )
    assert not_an_object.status_code == 400
    assert "detail" in not_an_object.json()


def test_the_locale_filter_answers_404_for_an_unknown_language(client, site):
    found = client.get("/api/v2/pages/?locale=de").json()["items"]
    assert found and {item["meta"]["locale"] for item in found} == {"de"}
    assert client.get("/api/v2/pages/?locale=xx").status_code == 404
    assert client.get("/api/v2/opportunities/?locale=xx").status_code == 404


def test_pages_below_a_new_draft_translation_of_the_home_page_are_listed(client, home_page):
    """The API's visible pages lie below the site root and its translations, kept with the
    site: a new translation of the root, even a draft, must widen them at once."""
    from wagtail.models import Locale

    from opportunities.models import OrganisationIndexPage, OrganisationPage

    locale_en = Locale.objects.create(language_code="en")
    assert client.get("/api/v2/pages/?locale=en").json()["items"] == []  # the site is kept
    home_en = home_page.copy_for_translation(locale_en)
    assert not home_en.live
    index_en = home_en.add_child(
        instance=OrganisationIndexPage(title="Clubs", slug="clubs", locale=locale_en, live=False)
    )
    club = index_en.add_child(
        instance=OrganisationPage(
            title="Sports club", slug="sports-club", locale=locale_en, description="<p>Club</p>"
        )
    )
    club.save_revision().publish()
    titles = [item["title"] for item in client.get("/api/v2/pages/?locale=en").json()["items"]]
    assert titles == ["Sports club"]
