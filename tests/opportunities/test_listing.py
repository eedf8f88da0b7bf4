"""The listing and the API find open opportunities by the filters citizens use."""

import datetime
from contextlib import contextmanager

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers_for_model,
    disconnect_reference_index_signal_handlers_for_model,
)

from cms import pagecache
from cms.models import District, FieldOfActivity, Language
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(club, other_club, taxonomy, languages):
    """Five opportunities that differ in one respect each, plus three that must not show."""
    today = timezone.localdate()
    make = OpportunityPageFactory
    return {
        "arabic": make(
            parent=club,
            title="Sprachcafé",
            german_level="none",
            commitment="occasional",
            evenings=True,
            district=taxonomy["erdorf"],
            m2m={"languages": [languages["ar"]], "fields_of_activity": [taxonomy["sport"]]},
        ),
        "garden": make(
            parent=other_club,
            title="Blühwiese pflegen",
            german_level="basic",
            commitment="one-off",
            weekends=True,
            wheelchair_accessible=True,
            district=taxonomy["stahl"],
            m2m={"fields_of_activity": [taxonomy["umwelt"]]},
        ),
        "trainer": make(
            parent=club,
            title="Übungsleitung",
            german_level="good",
            commitment="regular",
            weekdays=True,
            minimum_age=18,
            district=taxonomy["erdorf"],
            m2m={"fields_of_activity": [taxonomy["sport"]]},
        ),
        "online": make(parent=other_club, title="Social Media", from_home=True, minimum_age=14),
        "filled": make(parent=club, title="Schon besetzt", status="filled"),
        "paused": make(parent=club, title="Pausiert", status="paused"),
        "expired": make(
            parent=club, title="Abgelaufen", expires_on=today - datetime.timedelta(days=1)
        ),
        "draft": make(parent=club, title="Entwurf", live=False),
    }


def titles(response) -> set[str]:
    """The titles of the listed opportunities (the listing holds their cards' keys)."""
    shown = [result.pk for result in response.context["opportunities"]]
    assert len(shown) == len(set(shown))
    return set(OpportunityPage.objects.filter(pk__in=shown).values_list("title", flat=True))


OPEN = {"Sprachcafé", "Blühwiese pflegen", "Übungsleitung", "Social Media"}


FILTER_CASES = [
    ("", OPEN),
    ("field=sport", {"Sprachcafé", "Übungsleitung"}),
    ("field=sport&field=umwelt", {"Sprachcafé", "Übungsleitung", "Blühwiese pflegen"}),
    ("district=stahl", {"Blühwiese pflegen"}),
    ("german=none", {"Sprachcafé"}),
    ("german=basic", {"Sprachcafé", "Blühwiese pflegen", "Social Media"}),
    ("commitment=one-off", {"Blühwiese pflegen"}),
    ("time=evenings", {"Sprachcafé"}),
    ("time=weekends&time=weekdays", {"Blühwiese pflegen", "Übungsleitung"}),
    ("language=ar", {"Sprachcafé"}),
    ("wheelchair=on", {"Blühwiese pflegen"}),
    ("from_home=on", {"Social Media"}),
    ("age=15", {"Sprachcafé", "Blühwiese pflegen", "Social Media"}),
    ("field=sport&district=erdorf&german=none", {"Sprachcafé"}),
]


@pytest.mark.parametrize(("query", "expected"), FILTER_CASES)
def test_listing_filters(client, listing_page, catalogue, query, expected):
    response = client.get(f"{listing_page.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    assert response.context["opportunities"].paginator.count == len(expected)


def test_kept_result_pages_are_told_apart_by_every_filter_choice(
    client, listing_page, catalogue, no_page_cache
):
    """The listing's pages of keys are kept under the filters a visitor validly chose: a
    second round of every filter reads them from the store and gets the same results."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for round_ in ("built", "kept"):
        for query, expected in FILTER_CASES:
            with CaptureQueriesContext(connection) as queries:
                response = client.get(f"{listing_page.url}?{query}")
            listed = any("ORDER BY" in q["sql"] for q in queries.captured_queries)
            assert titles(response) == expected, (round_, query)
            assert listed == (round_ == "built"), (round_, query)
    # An invalid value is left out of the results, as the filter leaves it out.
    response = client.get(f"{listing_page.url}?field=sport&age=abc")
    assert "age" in response.context["filter"].errors
    assert titles(response) == {"Sprachcafé", "Übungsleitung"}


def test_listing_shows_the_count_and_keeps_filters_in_page_links(
    client, listing_page, club, taxonomy, no_page_cache
):
    for number in range(25):
        OpportunityPageFactory(parent=club, title=f"Aufgabe {number}", district=taxonomy["erdorf"])
    html = client.get(f"{listing_page.url}?district=erdorf").content.decode()
    assert "25 Engagement-Angebote" in html or "25 opportunities" in html
    assert 'href="?district=erdorf&amp;page=2"' in html
    first = titles(client.get(f"{listing_page.url}?district=erdorf"))
    second = titles(client.get(f"{listing_page.url}?district=erdorf&page=2"))
    assert (len(first), len(second), first & second) == (20, 5, set())


def test_bad_filter_values_do_not_break_the_listing(client, listing_page, catalogue):
    response = client.get(f"{listing_page.url}?age=abc&german=fluent&field=nope")
    assert response.status_code == 200


def bulk_opportunities(parent, count: int, district, start: int = 0):
    """Live opportunities without revisions, search or reference indexing: fast enough to
    build hundreds in a test that only counts SQL queries of the listing."""
    expires = timezone.localdate() + datetime.timedelta(days=30)
    with no_index_updates(OpportunityPage):
        _bulk(parent, count, district, start, expires)


@contextmanager
def no_index_updates(model):
    post_save.disconnect(search_post_save, sender=model)
    disable_reference_index_auto_update_for = disconnect_reference_index_signal_handlers_for_model
    disable_reference_index_auto_update_for(model)
    try:
        yield
    finally:
        post_save.connect(search_post_save, sender=model)
        connect_reference_index_signal_handlers_for_model(model)


def _bulk(parent, count, district, start, expires):
    for number in range(start, start + count):
        page = OpportunityPage(
            title=f"Angebot {number}",
            slug=f"angebot-{parent.pk}-{number}",
            summary="Kurz",
            description="<p>Lang</p>",
            expires_on=expires,
            district=district,
        )
        parent.add_child(instance=page)
        page.fields_of_activity.add(*FieldOfActivity.objects.filter(slug="sport"))
        page.languages.add(*Language.objects.filter(code="de"))


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_query_count_is_the_same_for_10_and_500_opportunities(
    client, listing_page, club, taxonomy, languages, no_page_cache
):
    urls = [
        f"{listing_page.url}?field=sport",
        f"{listing_page.url}?district=erdorf&district=stahl&german=good",
        "/api/v2/opportunities/?fields=fields_of_activity,languages,district,organisation",
    ]
    bulk_opportunities(club, 10, taxonomy["erdorf"])
    for url in urls:
        client.get(url)  # warm per-process caches (content types, site root paths)

    def counts():
        """Queries with nothing kept (each card built), then with the cards kept."""
        pagecache.clear()
        cold = {url: count_queries(client, url) for url in urls}
        return cold, {url: count_queries(client, url) for url in urls}

    small_cold, small_warm = counts()
    assert max(small_cold.values()) <= 32, small_cold  # a fixed budget, whatever the data
    # Kept cards: the listing reads the keys of its results, not the pages.
    assert small_warm[urls[0]] < small_cold[urls[0]], (small_warm, small_cold)

    bulk_opportunities(club, 490, taxonomy["stahl"], start=10)
    assert OpportunityPage.objects.count() == 500
    assert counts() == (small_cold, small_warm)


def test_api_lists_open_opportunities_with_filters(client, catalogue):
    body = client.get("/api/v2/opportunities/?german=none").json()
    assert [item["title"] for item in body["items"]] == ["Sprachcafé"]
    everything = client.get("/api/v2/opportunities/?limit=50").json()
    assert {item["title"] for item in everything["items"]} == OPEN


def test_api_kept_keys_are_told_apart_by_every_parameter(client, catalogue):
    """An anonymous API listing keeps its keys under its query string (`fields` aside):
    a second round of every filter, page and order reads them and lists the same."""
    cases = [
        (query, expected)
        for query, expected in FILTER_CASES
        if "=on" not in query  # the HTML form's checkbox value
    ]
    cases += [
        ("wheelchair=true", {"Blühwiese pflegen"}),
        ("order=title&limit=2", {"Blühwiese pflegen", "Social Media"}),
        ("order=title&limit=2&offset=2", {"Sprachcafé", "Übungsleitung"}),
        ("order=-title&limit=2", {"Übungsleitung", "Sprachcafé"}),
    ]
    for round_ in ("built", "kept"):
        for query, expected in cases:
            body = client.get(f"/api/v2/opportunities/?{query}&fields=summary").json()
            assert {item["title"] for item in body["items"]} == expected, (round_, query)
            if "limit" not in query:
                assert body["meta"]["total_count"] == len(expected), (round_, query)

    # The pages endpoint lists every live opportunity page, closed ones too.
    pages = "/api/v2/pages/?type=opportunities.OpportunityPage&order=title"
    live = sorted(item["title"] for item in client.get(f"{pages}&limit=50").json()["items"])
    assert {"Schon besetzt", "Sprachcafé"} <= set(live)
    for _round in ("built", "kept"):
        for offset in range(0, len(live), 2):
            body = client.get(f"{pages}&limit=2&offset={offset}").json()
            assert [item["title"] for item in body["items"]] == live[offset : offset + 2]


def test_api_rejects_unknown_or_bad_filters_with_400(client, catalogue):
    assert client.get("/api/v2/opportunities/?colour=blue").status_code == 400
    assert client.get("/api/v2/opportunities/?age=abc").status_code == 400


def test_expired_and_draft_opportunities_never_reach_the_api(client, catalogue):
    for endpoint in ["/api/v2/pages/?limit=100", "/api/v2/opportunities/?limit=100"]:
        found = {item["title"] for item in client.get(endpoint).json()["items"]}
        assert "Abgelaufen" not in found and "Entwurf" not in found, endpoint
    for key in ["expired", "draft"]:
        for endpoint in ["pages", "opportunities"]:
            url = f"/api/v2/{endpoint}/{catalogue[key].pk}/"
            assert client.get(url).status_code == 404, url


def test_api_detail_has_every_field(client, catalogue):
    body = client.get(f"/api/v2/opportunities/{catalogue['arabic'].pk}/").json()
    for field in [
        "summary",
        "description",
        "tasks",
        "german_level",
        "commitment",
        "languages",
        "fields_of_activity",
        "district",
        "minimum_age",
        "expires_on",
        "organisation",
    ]:
        assert field in body, field
    assert body["languages"] == [{"slug": "ar", "name": "العربية"}]
    assert body["organisation"]["title"] == "TuS Erdorf"


def test_organisation_page_lists_open_opportunities_in_constant_queries(
    client, club, taxonomy, languages, no_page_cache
):
    OpportunityPageFactory(parent=club, title="Zu", status="filled")
    bulk_opportunities(club, 3, taxonomy["erdorf"])
    client.get(club.url)
    few = count_queries(client, club.url)
    bulk_opportunities(club, 12, taxonomy["stahl"], start=3)
    html = client.get(club.url).content.decode()
    assert html.count('class="card opportunity-card"') == 15
    assert "Zu</a>" not in html
    assert count_queries(client, club.url) == few


def test_filters_accept_the_terms_of_the_visitors_language_and_name_an_unknown_one(
    client, listing_page, catalogue, taxonomy
):
    """The chosen slugs are checked against the kept terms: a term added in the admin is
    a valid choice at once, an unknown slug is a translated 400 in the API and a form error
    (with every open opportunity) on the page."""
    refused = client.get("/api/v2/opportunities/?district=kyllburg")
    assert refused.status_code == 400
    assert "kyllburg" in refused.json()["message"]
    html = client.get(f"{listing_page.url}?district=kyllburg").content.decode()
    error = html.split('id="id_district_error"', 1)[1].split("</ul>", 1)[0]
    assert "kyllburg" in error and "Sprachcafé" in html

    district = District.objects.create(
        name="Kyllburg", slug="kyllburg", locale=taxonomy["erdorf"].locale
    )
    page = catalogue["arabic"]
    page.district = district
    page.save_revision().publish()
    found = client.get("/api/v2/opportunities/?district=kyllburg").json()["items"]
    assert [item["title"] for item in found] == [page.title]
    assert client.get("/api/v2/opportunities/?district=kyllburg&district=erdorf").status_code == 200
    assert client.get("/api/v2/opportunities/?field=sport&field=fussball").status_code == 400
