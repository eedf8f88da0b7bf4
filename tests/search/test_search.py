"""The site search on the real OpenSearch, and on the database backend it falls back to."""

import pytest
from django.test import override_settings

from search.engine import DatabaseEngine, OpenSearchEngine, SearchParams

pytestmark = pytest.mark.django_db


def titles(engine, query, language="de", **kwargs):
    outcome = engine.search(SearchParams(query=query, language=language, **kwargs))
    return [hit.page.title for hit in outcome.hits]


def test_german_analysis_normalises_umlauts_splits_compounds_and_forgives_typos(site):
    engine = OpenSearchEngine()
    for query in ["gärten", "Garten", "gaerten", "GÄRTEN"]:
        assert "Gärten am Kloster pflegen" in titles(engine, query), query
    assert titles(engine, "Klostr") == ["Gärten am Kloster pflegen"]  # one letter missing
    assert titles(engine, "Klosterr") == ["Gärten am Kloster pflegen"]  # one letter too many
    assert titles(engine, "Beeto") == []  # words under six letters must be spelt right
    assert titles(engine, "Hausaufgaben") == ["Hausaufgabenhilfe für Grundschulkinder"]
    assert titles(engine, "Grundschulkindr") == ["Hausaufgabenhilfe für Grundschulkinder"]


def test_arabic_query_on_arabic_site_finds_the_translation(site):
    outcome = OpenSearchEngine().search(SearchParams(query="حدائق", language="ar"))
    [hit] = outcome.hits
    assert hit.page.pk == site["gardens_ar"].pk
    assert hit.language == "ar"
    # The German original of a translated page is not shown twice; untranslated ones are.
    german = OpenSearchEngine().search(SearchParams(query="Hausaufgaben", language="ar"))
    assert [(h.page.pk, h.language) for h in german.hits] == [(site["homework"].pk, "de")]
    assert OpenSearchEngine().search(SearchParams(query="Kloster", language="ar")).hits == []


@pytest.mark.parametrize("engine_class", [OpenSearchEngine, DatabaseEngine])
def test_hidden_pages_are_never_found(site, engine_class, client):
    engine = engine_class()
    assert titles(engine, "Geheimgarten") == []
    assert titles(engine, "Rosen") == []  # the unpublished draft of a live page
    assert titles(engine, "Kloster") == ["Gärten am Kloster pflegen"]


def test_facets_count_and_filter(site):
    engine = OpenSearchEngine()
    outcome = engine.search(SearchParams(query="Grundschulkinder Beete", language="de"))
    assert outcome.total == 0  # every word must match
    outcome = engine.search(SearchParams(query="Obst", language="de"))
    assert outcome.facets["type"]["opportunity"] == 1
    both = engine.search(SearchParams(query="Gartenbauverein", language="de"))
    assert both.facets["field"] == {"garten": 1, "lernen": 1}
    assert both.facets["district"] == {"erdorf": 1}
    filtered = engine.search(
        SearchParams(query="Gartenbauverein", language="de", facets={"field": ["lernen"]})
    )
    assert [h.page.title for h in filtered.hits] == ["Hausaufgabenhilfe für Grundschulkinder"]
    database = DatabaseEngine().search(
        SearchParams(query="Gartenbauverein", language="de", facets={"field": ["lernen"]})
    )
    assert [h.page.title for h in database.hits] == ["Hausaufgabenhilfe für Grundschulkinder"]


def test_search_page_shows_highlighted_results_within_a_query_budget(
    site, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(40):
        response = client.get("/de/suche/", {"q": "Gärten"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>" in html
    assert "Gärten am Kloster pflegen" in html
    assert "Geheimgarten" not in html


def test_zero_results_page_suggests_and_records(site, client):
    from search.models import ZeroResultQuery

    response = client.get("/de/suche/", {"q": "Gartenbauvrein Zebra"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "06561" in html  # the agency's contact
    assert ZeroResultQuery.objects.get(query_string="gartenbauvrein zebra").hits == 1


def test_api_answers_json_and_refuses_bad_input(site, client):
    data = client.get("/api/v2/search/", {"q": "Kloster", "locale": "de"}).json()
    assert [r["title"] for r in data["results"]] == ["Gärten am Kloster pflegen"]
    assert data["engine"] == "opensearch"
    arabic = client.get("/api/v2/search/", {"q": "Hausaufgaben", "locale": "ar"}).json()
    assert arabic["results"][0]["german_original"] is True
    bad = client.get("/api/v2/search/", {"q": "x", "date_from": "kein Datum"})
    assert bad.status_code == 400
    assert "date_from" in bad.json()["errors"]
    hidden = client.get("/api/v2/search/", {"q": "Geheimgarten"}).json()
    assert hidden["results"] == []
    suggestions = client.get("/api/v2/search/autocomplete/", {"q": "Haus", "locale": "de"})
    assert [s["title"] for s in suggestions.json()["suggestions"]] == [
        "Hausaufgabenhilfe für Grundschulkinder"
    ]


def test_unreachable_search_server_falls_back_to_the_database(site, client, caplog, settings):
    closed = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:9"]},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=closed):
        data = client.get("/api/v2/search/", {"q": "Kloster", "locale": "de"}).json()
        health = client.get("/health/")
    assert data["engine"] == "database" and data["degraded"] is True
    assert [r["title"] for r in data["results"]] == ["Gärten am Kloster pflegen"]
    assert "answering from the database" in caplog.text
    assert health.json()["checks"]["search"]["status"] == "error"
