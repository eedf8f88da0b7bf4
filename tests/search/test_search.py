"""The site search on the real OpenSearch, and on the database backend it falls back to.

Building the site takes a while, so each test checks one area thoroughly."""

import pytest
from django.test import override_settings

from search import services
from search.engine import DatabaseEngine, OpenSearchEngine, SearchParams

pytestmark = pytest.mark.django_db

GARDENS = "Gärten am Kloster pflegen"
HOMEWORK = "Hausaufgabenhilfe für Grundschulkinder"


def titles(engine, query, language="de", **kwargs):
    outcome = engine.search(SearchParams(query=query, language=language, **kwargs))
    return [hit.page.title for hit in outcome.hits]


def test_opensearch_analyses_each_language_and_counts_facets(site):
    engine = OpenSearchEngine()
    # German: umlauts, transcriptions and case meet; compounds split; one typo forgiven.
    for query in ["gärten", "Garten", "gaerten", "GÄRTEN"]:
        assert GARDENS in titles(engine, query), query
    assert titles(engine, "Klostr") == [GARDENS]  # one letter missing
    assert titles(engine, "Klosterr") == [GARDENS]  # one letter too many
    assert titles(engine, "Beeto") == []  # words under six letters must be spelt right
    assert titles(engine, "Hausaufgaben") == [HOMEWORK]
    assert titles(engine, "Grundschulkindr") == [HOMEWORK]

    # Arabic: the translation, not the German original; untranslated pages in German.
    [hit] = engine.search(SearchParams(query="حدائق", language="ar")).hits
    assert (hit.page.pk, hit.language) == (site["gardens_ar"].pk, "ar")
    german = engine.search(SearchParams(query="Hausaufgaben", language="ar"))
    assert [(h.page.pk, h.language) for h in german.hits] == [(site["homework"].pk, "de")]
    assert engine.search(SearchParams(query="Kloster", language="ar")).hits == []

    # Facets count what was found (hidden pages never), filters narrow it.
    assert engine.search(SearchParams(query="Grundschulkinder Beete", language="de")).total == 0
    both = engine.search(SearchParams(query="Gartenbauverein", language="de"))
    assert both.facets["type"] == {"opportunity": 2, "organisation": 1}
    assert both.facets["field"] == {"garten": 1, "lernen": 1}
    assert both.facets["district"] == {"erdorf": 1}
    assert both.facets["commitment"] == {"regular": 1, "occasional": 1}
    learning = SearchParams(query="Gartenbauverein", language="de", facets={"field": ["lernen"]})
    assert [h.page.title for h in engine.search(learning).hits] == [HOMEWORK]
    assert [h.page.title for h in DatabaseEngine().search(learning).hits] == [HOMEWORK]
    kinds = SearchParams(query="Gartenbauverein", language="de", kinds=["organisation"])
    assert titles(engine, kinds.query, kinds=["organisation"]) == ["Obst- und Gartenbauverein"]


def hidden_words_found(client) -> list[str]:
    """Hidden pages' words on the search page and in the API, in German and Arabic."""
    found = []
    for query in ["Geheimgarten", "Rosen"]:
        for language in ["de", "ar"]:
            html = client.get(f"/{language}/suche/", {"q": query}).content.decode()
            api = client.get("/api/v2/search/", {"q": query, "locale": language}).json()
            if 'class="search-results"' in html or api["results"] or api["total"]:
                found.append(f"{query}/{language}")
    return found


def test_hidden_pages_never_appear_on_either_backend(site, client, caplog, settings):
    for engine in [OpenSearchEngine(), DatabaseEngine()]:
        assert titles(engine, "Geheimgarten") == [], engine.name
        assert titles(engine, "Rosen") == [], engine.name  # the draft of a live page
        assert titles(engine, "Kloster") == [GARDENS], engine.name
    assert hidden_words_found(client) == []

    # OpenSearch unreachable: the same answers from the database, logged and reported.
    closed = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:9"]},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=closed):
        data = client.get("/api/v2/search/", {"q": "Kloster", "locale": "de"}).json()
        page = client.get("/de/suche/", {"q": "Kloster"})
        assert hidden_words_found(client) == []
        health = client.get("/health/")
    assert data["engine"] == "database" and data["degraded"] is True
    assert [r["title"] for r in data["results"]] == [GARDENS]
    assert page.status_code == 200 and GARDENS in page.content.decode()
    assert "answering from the database" in caplog.text
    # Still serving: 200, but the health report says search is degraded.
    assert health.status_code == 200 and health.json()["status"] == "degraded"
    assert health.json()["checks"]["search"]["answering"] == "database"


def test_search_page_and_api(site, client, django_assert_max_num_queries):
    from search.models import ZeroResultQuery

    client.get("/de/suche/", {"q": "Obstbäume"})  # settings and site root paths cached
    with django_assert_max_num_queries(30):
        response = client.get("/de/suche/", {"q": "Obstbäume"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Obstbäume</mark>" in html
    assert GARDENS in html

    # Nothing found: a spelling suggestion that finds something, the agency's contact.
    empty = client.get("/de/suche/", {"q": "Gartnbauvrein"}).content.decode()
    assert 'href="?q=gartenbauverein"' in empty
    assert "06561" in empty
    services.flush_counts()
    assert ZeroResultQuery.objects.get(query_string="gartnbauvrein").hits == 1

    data = client.get("/api/v2/search/", {"q": "Obstbäume", "locale": "de"}).json()
    assert [r["title"] for r in data["results"]] == [GARDENS]
    assert data["engine"] == "opensearch" and "<mark>" in data["results"][0]["snippet"]
    assert data["results"][0]["type"] == "opportunity"
    # Only the title matches: the snippet is the summary the index keeps for the page.
    title_only = client.get("/api/v2/search/", {"q": "Kloster", "locale": "de"}).json()
    assert title_only["results"][0]["snippet"] == "Beete jäten und Obstbäume schneiden."
    arabic = client.get("/api/v2/search/", {"q": "Hausaufgaben", "locale": "ar"}).json()
    assert arabic["results"][0]["german_original"] is True
    bad = client.get("/api/v2/search/", {"q": "x", "date_from": "kein Datum"})
    assert bad.status_code == 400 and "date_from" in bad.json()["errors"]
    assert client.get("/de/suche/", {"q": "x", "sort": "beliebig"}).status_code == 400

    suggestions = client.get("/api/v2/search/autocomplete/", {"q": "Haus", "locale": "de"})
    assert [s["title"] for s in suggestions.json()["suggestions"]] == [HOMEWORK]


def test_search_api_keeps_an_answer_until_content_or_index_change(site, client, page_index):
    """The search API keeps its answer for the same words (search/views.py); a published,
    changed or withdrawn page and every index write make it stale at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.contrib.search_promotions.models import Query

    from opportunities.factories import OpportunityPageFactory

    def api_titles() -> tuple[list[str], int]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/search/", {"q": "Obstbäume", "locale": "de"})
        titles = [r["title"] for r in response.json()["results"]]
        return titles, len(queries.captured_queries), response

    assert api_titles()[0] == [GARDENS]
    titles_again, queries, response = api_titles()
    # Kept: answered from the page cache without a query, still conditional.
    assert titles_again == [GARDENS] and queries == 0 and response["X-Cache"] == "HIT"
    not_modified = client.get(
        "/api/v2/search/",
        {"q": "Obstbäume", "locale": "de"},
        headers={"if-none-match": response["ETag"]},
    )
    assert not_modified.status_code == 304
    # A kept answer is still a search in the staff's report.
    services.flush_counts()
    assert Query.get("Obstbäume").hits == 3

    orchard = OpportunityPageFactory(
        parent=site["gardens"].get_parent(),
        title="Obstwiese am Stadtrand",
        summary="Im Herbst die Obstbäume abernten.",
    )
    page_index.refresh()
    assert sorted(api_titles()[0]) == sorted([GARDENS, "Obstwiese am Stadtrand"])
    orchard.unpublish()
    page_index.refresh()
    assert api_titles()[0] == [GARDENS]
    # A page made private leaves the kept answer too.
    from wagtail.models import PageViewRestriction

    assert api_titles()[2]["X-Cache"] == "HIT"
    PageViewRestriction.objects.create(
        page=site["gardens"], restriction_type=PageViewRestriction.LOGIN
    )
    assert api_titles()[0] == []


def test_index_check_reports_and_repairs_drift(page_index, home_page, opensearch_client):
    from io import StringIO

    from django.core.management import call_command

    from home.models import InformationPage

    page = InformationPage(title="Fahrdienst", slug="fahrdienst", intro="Wir fahren.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    # Start in step whatever pages earlier tests left in the database, then drift.
    call_command("search_index_check", "--repair", stdout=StringIO())
    opensearch_client.delete(index=page_index.name, id=str(page.pk), refresh=True)
    opensearch_client.index(
        index=page_index.name, id="999999", body={"pk": "999999", "title": "weg"}, refresh=True
    )

    report = StringIO()
    call_command("search_index_check", stdout=report)
    assert "missing 1, stale 0, left over 1" in report.getvalue()
    call_command("search_index_check", "--repair", stdout=StringIO())
    report = StringIO()
    call_command("search_index_check", stdout=report)
    assert "The index matches the database." in report.getvalue()
    found = OpenSearchEngine().search(SearchParams(query="Fahrdienst", language="de"))
    assert [hit.page.pk for hit in found.hits] == [page.pk]


def test_a_german_original_gives_way_to_its_translation_and_comes_back(
    site, page_index, opensearch_client
):
    """Each document knows the languages its page has translations in: the German original
    leaves the Arabic search once an Arabic page stands for it, and returns with its end."""
    from io import StringIO

    from django.core.management import call_command
    from wagtail.models import Locale

    engine = OpenSearchEngine()

    def arabic_search(query: str) -> list[tuple[str, str]]:
        outcome = engine.search(SearchParams(query=query, language="ar"))
        return [(hit.page.title, hit.language) for hit in outcome.hits]

    assert arabic_search("Hausaufgaben") == [(HOMEWORK, "de")]
    translation = site["homework"].copy_for_translation(Locale.objects.get(language_code="ar"))
    translation.title = "مساعدة في الواجبات المدرسية"
    translation.save_revision().publish()
    page_index.refresh()
    assert arabic_search("Hausaufgaben") == []
    assert arabic_search("الواجبات") == [(translation.title, "ar")]

    # The repair finds a document whose translations are out of date.
    call_command("search_index_check", "--repair", stdout=StringIO())
    opensearch_client.update(
        index=page_index.name,
        id=str(site["homework"].pk),
        body={"doc": {"translated_into": []}},
        refresh=True,
    )
    report = StringIO()
    call_command("search_index_check", stdout=report)
    assert "missing 0, stale 1, left over 0" in report.getvalue()
    call_command("search_index_check", "--repair", stdout=StringIO())
    page_index.refresh()
    assert arabic_search("Hausaufgaben") == []

    translation.delete()
    page_index.refresh()
    assert arabic_search("Hausaufgaben") == [(HOMEWORK, "de")]


def test_a_rebuild_fills_a_new_merged_index_and_swaps_the_alias(
    site, page_index, opensearch_client
):
    from django.core.management import call_command

    before = titles(OpenSearchEngine(), "Garten")
    call_command("update_index", backend_name="default", verbosity=0)
    first = list(opensearch_client.indices.get_alias(name=page_index.name))
    call_command("update_index", backend_name="default", verbosity=0)
    second = list(opensearch_client.indices.get_alias(name=page_index.name))

    # Each rebuild is a new concrete index behind the alias; the old one is deleted.
    assert len(first) == len(second) == 1 and first != second
    assert not opensearch_client.indices.exists(index=first[0])
    # Merged into one segment before the swap.
    segments = opensearch_client.indices.segments(index=second[0])
    shards = segments["indices"][second[0]]["shards"]["0"]
    assert [len(copy["segments"]) for copy in shards] == [1]
    # The same pages are found, and nothing hidden came back with the rebuild.
    after = titles(OpenSearchEngine(), "Garten")
    assert GARDENS in after and after == before
    assert not [title for title in after if "Geheimgarten" in title]


def test_promoted_results_come_first_and_staff_see_the_search_reports(site, client):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    def promoted() -> list[str]:
        data = client.get("/api/v2/search/", {"q": "Sommerfest", "locale": "de"}).json()
        return [pick["title"] for pick in data["promoted"]]

    # The answer is kept (page cache); adding or removing a promotion makes it stale.
    assert promoted() == []
    query = Query.get("sommerfest")
    first = SearchPromotion.objects.create(query=query, page=site["homework"], sort_order=0)
    SearchPromotion.objects.create(query=query, page=site["hidden"]["draft"], sort_order=1)
    assert promoted() == [HOMEWORK]  # never the draft
    first.delete()
    assert promoted() == []
    SearchPromotion.objects.create(query=query, page=site["homework"], sort_order=0)
    html = client.get("/de/suche/", {"q": "Sommerfest"}).content.decode()
    assert html.index(HOMEWORK) < html.index("06561")

    admin = get_user_model().objects.create_superuser("chefin", "c@example.org", "pw")
    client.force_login(admin)
    report = client.get("/admin/reports/searches-without-results/").content.decode()
    assert "sommerfest" in report  # nothing but the promotion matched
    terms = client.get(reverse("wagtailsearchpromotions:search_terms")).content.decode()
    assert "sommerfest" in terms


@pytest.fixture
def dated_pages(site, home_page):
    """Pages about "Blumenwiese" whose dates lie at different distances from today."""
    import datetime

    from django.utils import timezone

    from events.factories import EventPageFactory, in_days
    from events.models import EventIndexPage
    from home.models import NewsArticlePage, NewsIndexPage

    home = home_page
    news = home.add_child(instance=NewsIndexPage(title="Aktuelles", slug="aktuelles"))
    events = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    today = timezone.localdate()
    for days, title in [(300, "Blumenwiese im Rückblick"), (2, "Blumenwiese gesät")]:
        article = NewsArticlePage(
            title=title, intro="Neues von der Blumenwiese.", date=today - datetime.timedelta(days)
        )
        news.add_child(instance=article)
        article.save_revision().publish()
    EventPageFactory(parent=events, title="Blumenwiese mähen", start=in_days(5))
    EventPageFactory(parent=events, title="Blumenwiese ernten", start=in_days(40))
    # Wagtail's signals indexed them; make them searchable now.
    OpenSearchEngine().backend.get_index_for_model(NewsArticlePage).refresh()
    return [
        "Blumenwiese gesät",
        "Blumenwiese mähen",
        "Blumenwiese ernten",
        "Blumenwiese im Rückblick",
    ]


def test_sort_by_date_puts_the_nearest_dates_first_on_both_backends(dated_pages):
    for engine in [OpenSearchEngine(), DatabaseEngine()]:
        assert titles(engine, "Blumenwiese", sort="date") == dated_pages, engine.name
        assert sorted(titles(engine, "Blumenwiese")) == sorted(dated_pages), engine.name


def test_searches_are_counted_in_redis_and_moved_to_the_reports(site, client, redis_client):
    """A search is one HINCRBY; the job adds the sums to Wagtail's daily hits and the
    zero-result report once, and gives them back to Redis if the database refuses them."""
    from wagtail.contrib.search_promotions.models import Query

    from search.models import ZeroResultQuery

    for _ in range(3):
        client.get("/de/suche/", {"q": "Obstbäume"})
    client.get("/api/v2/search/", {"q": "Kürbisschnitzen", "locale": "ar"})
    client.get("/de/suche/", {"q": "Obstbäume", "page": "2"})  # paging is the same search
    assert not Query.objects.filter(query_string="obstbäume").exists()
    assert redis_client.exists(services._counts_key())

    def refuse(counts):
        raise RuntimeError("database refused")

    original = services.record_counts
    services.record_counts = refuse
    try:
        with pytest.raises(RuntimeError):
            services.flush_counts()
    finally:
        services.record_counts = original
    assert services.flush_counts() == 4
    assert services.flush_counts() == 0
    assert Query.get("Obstbäume").hits == 3
    empty = ZeroResultQuery.objects.get(query_string="kürbisschnitzen")
    assert (empty.language, empty.hits) == ("ar", 1)


@override_settings(SEARCH_COUNT_BUFFER_URL="")
def test_without_redis_a_search_is_counted_in_the_database_at_once(site, client):
    from wagtail.contrib.search_promotions.models import Query

    client.get("/de/suche/", {"q": "Obstbäume"})
    assert Query.get("Obstbäume").hits == 1
    assert services.flush_counts() == 0


def test_kept_search_answers_follow_the_language_asked_for(site, client):
    """Without `locale` the API answers in the language of the cookie or Accept-Language;
    kept answers are kept apart by both."""
    german = client.get("/api/v2/search/", {"q": "Hausaufgaben"}, headers={"accept-language": "de"})
    arabic = client.get("/api/v2/search/", {"q": "Hausaufgaben"}, headers={"accept-language": "ar"})
    again = client.get("/api/v2/search/", {"q": "Hausaufgaben"}, headers={"accept-language": "ar"})
    assert (
        german.json()["locale"] == "de" and german.json()["results"][0]["german_original"] is False
    )
    assert (
        arabic.json()["locale"] == "ar" and arabic.json()["results"][0]["german_original"] is True
    )
    assert again["X-Cache"] == "HIT" and again.json() == arabic.json()
    assert "Accept-Language" in again["Vary"]


def test_the_search_page_keeps_an_outcome_until_a_change_and_not_before_the_index_shows_it(
    site, client, page_index, settings
):
    """The search page keeps the engine's outcome per search (search.services.kept_outcome)
    until a page changes. The index shows a change only after its next refresh, so an
    outcome whose search began within PAGE_CACHE_CLOCK_SKEW_MS of a change is not kept."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from opportunities.factories import OpportunityPageFactory

    def page_titles() -> tuple[bool, int]:
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/de/suche/", {"q": "Obstbäume"}).content.decode()
        return "Obstwiese am Stadtrand" in html, len(queries.captured_queries)

    assert page_titles()[0] is False
    assert page_titles() == (False, 0)  # kept: not even the check of the hits
    settings.PAGE_CACHE_CLOCK_SKEW_MS = 60_000  # every search begins "just after" a change
    OpportunityPageFactory(
        parent=site["gardens"].get_parent(),
        title="Obstwiese am Stadtrand",
        summary="Im Herbst die Obstbäume abernten.",
    )
    page_titles()  # most likely before the index's next refresh: without the new page
    page_index.refresh()
    assert page_titles()[0] is True  # the outcome without the new page was not kept


def test_a_search_answered_before_django_is_still_counted(site, client, wsgi):
    """The search API's answer from the page cache, served before Django's handler
    (cms.wsgi), records the search as the view would have."""
    url = "/api/v2/search/?q=K%C3%BCrbisschnitzen&locale=ar"  # as a browser sends it
    first = client.get(url)
    assert first["X-Cache"] == "MISS"
    status, headers, body, django_ran = wsgi(url)
    assert (status, django_ran, headers["X-Cache"]) == ("200 OK", False, "HIT")
    assert body == first.content
    assert services.flush_counts() == 2


def test_the_search_page_keeps_its_filters_and_results_per_query_string_until_a_change(
    site, client, page_index
):
    """What the page shows for a kept outcome (filters and results) is kept with it
    (`{% keep %}` in search/search.html): told apart by the query string and renewed by
    the change that renews the outcome."""
    from opportunities.factories import OpportunityPageFactory

    def html(**params) -> str:
        return client.get("/de/suche/", {"q": "Obstbäume", **params}).content.decode()

    plain, chosen = html(), html(district="erdorf")
    assert GARDENS in plain and GARDENS in chosen
    assert 'value="erdorf" checked' in chosen and 'value="erdorf" checked' not in plain
    assert (html(), html(district="erdorf")) == (plain, chosen)  # kept, each its own

    OpportunityPageFactory(
        parent=site["gardens"].get_parent(),
        title="Obstwiese am Stadtrand",
        summary="Im Herbst die Obstbäume abernten.",
    )
    page_index.refresh()
    again = html()
    assert "Obstwiese am Stadtrand" in again and GARDENS in again
    assert "2 Ergebnisse" in again
