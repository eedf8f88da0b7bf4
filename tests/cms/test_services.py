"""The suite really talks to PostgreSQL, Redis and OpenSearch: each is proven here."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from home.models import InformationPage

pytestmark = pytest.mark.django_db


def test_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        assert int(cursor.fetchone()[0].split(".")[0]) >= 15


def test_cache_is_redis(redis_client):
    cache.set("bitburg-test-key", "Mötsch", 30)
    keys = [k.decode() for k in redis_client.keys("*bitburg-test-key*")]
    assert keys, "the cache wrote nothing to Redis"
    assert cache.get("bitburg-test-key") == "Mötsch"


def test_search_backend_is_opensearch(opensearch_client):
    backend = get_search_backend()
    assert isinstance(backend, OpenSearch2SearchBackend)  # ours adds per-language fields
    info = opensearch_client.info()
    assert info["version"]["distribution"] == "opensearch"
    assert info["version"]["number"].startswith("2.19.")


def _find_in_index(client, title: str) -> list[dict]:
    index = f"{settings.SEARCH_INDEX_PREFIX}_wagtailcore_page"
    client.indices.refresh(index=index)
    found = client.search(index=index, body={"query": {"match_phrase": {"title": title}}})
    return found["hits"]["hits"]


@pytest.mark.django_db(transaction=True)
def test_published_page_is_in_opensearch_and_leaves_it_when_unpublished(
    home_page, opensearch_client, search_refresh
):
    page = InformationPage(title="Blühpatenschaften in Erdorf", slug="bluehpaten")
    home_page.add_child(instance=page)
    page.save_revision().publish()

    hits = _find_in_index(opensearch_client, "Blühpatenschaften in Erdorf")
    assert len(hits) == 1

    results = InformationPage.objects.live().search("Blühpatenschaften")
    assert [p.pk for p in results] == [page.pk]

    page.unpublish()
    opensearch_client.indices.refresh(index=f"{settings.SEARCH_INDEX_PREFIX}_*")
    assert list(InformationPage.objects.live().search("Blühpatenschaften")) == []


def test_german_analysis_is_available_on_the_server(opensearch_client):
    # analysis-common must be loaded: Wagtail's index settings use its ngram filters.
    tokens = opensearch_client.indices.analyze(body={"analyzer": "german", "text": "Gärten"})
    assert [t["token"] for t in tokens["tokens"]] == ["gart"]
    grams = opensearch_client.indices.analyze(
        body={
            "tokenizer": "standard",
            "filter": [{"type": "edge_ngram", "min_gram": 2, "max_gram": 4}],
            "text": "Irsch",
        }
    )
    assert [t["token"] for t in grams["tokens"]] == ["Ir", "Irs", "Irsc"]
