"""The benchmark harness at a tiny scale: its data builder, its scenario list and its query
counts work, and each scenario's SQL queries do not grow with the data (scale 20 and 60).

No timing is asserted; bench/run measures that.
"""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend, get_search_backends

from bench import dataset, scenarios
from cms.factories import ConsentTextFactory
from cms.models import ConsentText, District, FieldOfActivity, TargetGroup
from events.models import EventCategory, EventIndexPage, EventPage, Occurrence
from opportunities.models import (
    OpportunityIndexPage,
    OpportunityPage,
    OrganisationIndexPage,
    OrganisationPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ar", "uk")


@pytest.fixture
def skeleton(home_page, locale_de):
    """The parts of the demo site the bench data hangs below, in German and translated."""
    locales = [Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES]
    pages = [home_page]
    for model, title, slug in [
        (OrganisationIndexPage, "Organisationen", "organisationen"),
        (OpportunityIndexPage, "Engagement finden", "engagement-finden"),
        (EventIndexPage, "Veranstaltungen", "veranstaltungen"),
    ]:
        page = model(title=title, slug=slug)
        home_page.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    for locale in locales:
        for page in pages:  # parents first
            copy = page.copy_for_translation(locale)
            copy.save_revision().publish()
    for model in (District, FieldOfActivity, TargetGroup, EventCategory):
        for n in range(3):
            term = model.objects.create(
                name=f"{model.__name__} {n}", slug=f"t{n}", locale=locale_de
            )
            for locale in locales:
                term.copy_for_translation(locale).save()
    ConsentTextFactory(purpose=ConsentText.Purpose.INTEREST, locale=locale_de)
    return home_page


def index_pages(opensearch_client) -> tuple[list, dict]:
    """Add the bulk-built pages to the search indexes (a full rebuild is slower and times
    out on a busy machine), make them searchable now, and return them for `unindex` with
    the SQL queries that listing them and making their search documents took per model,
    as a rebuild does it for each chunk."""
    added, queries = [], {}
    for model in (OrganisationPage, OpportunityPage, EventPage):
        index = get_search_backend().get_index_for_model(model)
        with CaptureQueriesContext(connection) as captured:
            objects = list(model.get_indexed_objects().order_by("pk"))
            index.add_items(model, objects)  # a rebuild's chunk: its documents, in bulk
        assert objects
        queries[model.__name__] = len(captured)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
        added += objects
    opensearch_client.indices.refresh(index=f"{settings.SEARCH_INDEX_PREFIX}_*")
    return added, queries


def unindex(objects, opensearch_client) -> None:
    """Remove the documents again: they would outlive the rollback, and their stale hits
    would crowd the next scale's first page of results."""
    for backend in get_search_backends(with_auto_update=True):
        for obj in objects:
            backend.delete(obj)
    opensearch_client.indices.refresh(index=f"{settings.SEARCH_INDEX_PREFIX}_*")


def measure_at(scale: int, opensearch_client) -> dict[tuple[str, str], dict]:
    """Build the bench data at `scale`, index it, count each scenario's queries; roll back."""
    with transaction.atomic():
        counts = dataset.build_bulk(scale, out=io.StringIO())
        indexed, index_queries = index_pages(opensearch_client)
        try:
            cache.clear()
            rows = scenarios.count_queries(scenarios.build())
        finally:
            unindex(indexed, opensearch_client)
        shape = {
            "opportunities": OpportunityPage.objects.count(),
            "events": EventPage.objects.count(),
            "occurrences": Occurrence.objects.count(),
            "pages": Page.objects.count(),
        }
        transaction.set_rollback(True)
    cache.clear()
    return {
        "counts": counts,
        "shape": shape,
        "rows": {(r["name"], r["lang"]): r for r in rows},
        "index_queries": index_queries,
    }


def test_data_set_scenarios_and_constant_queries(skeleton, opensearch_client):
    small = measure_at(20, opensearch_client)
    large = measure_at(60, opensearch_client)

    # The data set: `scale` German opportunities and events, a tenth of each in en, ar, uk.
    assert small["counts"]["organisations"] == 3
    assert small["shape"]["opportunities"] == 20 + 3 * 7  # orgs 0 of 3: opportunities 0,3,…,18
    assert small["shape"]["events"] == 20 + 3 * 2
    assert large["shape"]["events"] == 60 + 3 * 6
    # Every tenth German event (5, 15, …) is a weekly series of twelve dates.
    assert large["shape"]["occurrences"] == 78 - 6 + 6 * 12

    # Every scenario in German and Arabic, and each answers (the POST stores: 201).
    assert set(small["rows"]) == {(n, lang) for n in scenarios.NAMES for lang in scenarios.LANGS}
    for key, row in small["rows"].items():
        expected = 201 if row["method"] == "POST" else 200
        assert row["status"] == expected, (key, row["path"])
        # Built with nothing kept, every answer reads the database (a warm one may not:
        # the API listing's keys and items are kept).
        assert row["queries_cold"] > 0, key

    # Constant SQL queries per request, whatever the data size.
    grown = {
        (*key, count): (row[count], large["rows"][key][count])
        for key, row in small["rows"].items()
        for count in ("queries", "queries_cold")
        if row[count] != large["rows"][key][count]
    }
    assert not grown, f"queries per request (scale 20, scale 60) differ: {grown}"
    # An index rebuild reads a chunk of pages and what their documents hold in a fixed
    # number of queries (the facets' terms prefetched), not a few per page.
    assert small["index_queries"] == large["index_queries"]
    assert max(large["index_queries"].values()) <= 8, large["index_queries"]


def test_interest_body_and_api_listing_budget(skeleton, client, django_assert_max_num_queries):
    dataset.build_bulk(20, out=io.StringIO())
    (interest,) = scenarios.build(names=["interest"], langs=["ar"])
    assert interest.method == "POST"
    assert interest.headers["Accept-Language"] == "ar"
    assert interest.body_for(1) != interest.body_for(2)
    assert b"bench-ar-7@" in interest.body_for(7)

    # The API listing joins each page's locale (meta.locale) instead of one query per page.
    url = "/api/v2/pages/?type=opportunities.OpportunityPage&fields=summary&locale=de&limit="
    client.get(url + "1")  # warm the site root paths
    with django_assert_max_num_queries(12) as few:
        assert len(client.get(url + "2").json()["items"]) == 2
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get(url + "20").json()["items"]) == 20
