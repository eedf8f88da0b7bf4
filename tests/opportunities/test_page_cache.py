"""The anonymous full-page cache (cms/pagecache.py) on real Redis: served from the cache,
never for whom or what it must not be, and never stale after a publish (issue 11)."""

from __future__ import annotations

import http.server
import threading

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from cms import pagecache

pytestmark = pytest.mark.django_db

FILTERED = "?field=sport&district=erdorf"


@pytest.fixture
def site(home_page, listing_page, club, opportunity):
    """An organisation with one open opportunity, the listing and the home page."""
    return {
        "home": home_page,
        "listing": listing_page,
        "club": club,
        "opportunity": opportunity,
    }


def cached_get(client, url):
    """Two anonymous GETs: the second must be a hit. Returns its text."""
    first = client.get(url)
    assert first.status_code == 200, url
    assert first[pagecache.HEADER] == "MISS", url
    second = client.get(url)
    assert second[pagecache.HEADER] == "HIT", url
    return second.content.decode()


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_second_anonymous_get_is_served_from_the_cache_without_sql(
    client, site, django_assert_num_queries
):
    url = site["listing"].url + FILTERED
    first = client.get(url)
    assert first[pagecache.HEADER] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second[pagecache.HEADER] == "HIT"
    assert second.content == first.content
    assert "Bambini-Training" in second.content.decode()
    cache_control = second["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control
    # A query-string variant cannot be purged at a CDN by path: short shared lifetime.
    assert "s-maxage=60" in cache_control
    assert "s-maxage=300" in client.get(site["listing"].url)["Cache-Control"]
    assert not second.cookies


def test_a_hit_keeps_the_security_headers_and_plain_http_is_still_redirected(
    client, site, settings
):
    """The cache is the first middleware: what SecurityMiddleware adds is stored with the
    page, and a request it would send to HTTPS is never answered from the cache."""
    url = site["listing"].url
    cached_get(client, url)
    hit = client.get(url, secure=True)
    assert hit[pagecache.HEADER] == "HIT"
    assert hit["X-Content-Type-Options"] == "nosniff"
    settings.SECURE_SSL_REDIRECT = True
    redirecting = Client()  # SecurityMiddleware reads the setting when it is built
    plain = redirecting.get(url)
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert redirecting.get(url, secure=True)[pagecache.HEADER] == "HIT"


def test_tracking_parameters_share_the_entry_and_real_parameters_do_not(client, site):
    url = site["listing"].url
    cached_get(client, url + "?district=erdorf&field=sport")
    assert client.get(url + FILTERED + "&utm_source=newsletter")[pagecache.HEADER] == "HIT"
    assert client.get(url + "?field=umwelt")[pagecache.HEADER] == "MISS"


def test_logged_in_users_are_never_served_from_nor_stored_in_the_cache(client, site):
    url = site["club"].url
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    editor = Client()
    editor.force_login(user)
    for _ in range(2):
        response = editor.get(url)
        assert response.status_code == 200
        assert pagecache.HEADER not in response
        assert "private" in response["Cache-Control"]
    # Nothing the editor saw was stored; an anonymous visitor renders afresh …
    assert client.get(url)[pagecache.HEADER] == "MISS"
    # … and once it is cached, the editor still never gets it.
    assert client.get(url)[pagecache.HEADER] == "HIT"
    assert pagecache.HEADER not in editor.get(url)


def test_a_page_with_a_csrf_form_is_never_cached_and_leaks_no_token(site, consent_interest):
    url = site["opportunity"].url
    tokens = set()
    for _ in range(2):
        visitor = Client()
        response = visitor.get(url)
        assert response.status_code == 200
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert pagecache.HEADER not in response
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        tokens.add(response.cookies["csrftoken"].value)
    assert len(tokens) == 2  # each visitor got their own, none was replayed from a cache


def test_a_post_is_never_answered_from_the_cache(client, site, consent_interest):
    url = site["listing"].url
    cached_get(client, url)
    response = client.post(url, {})
    assert pagecache.HEADER not in response


def test_after_publishing_a_change_no_cached_page_shows_the_old_version(client, site):
    """The issue's must-show: detail, listing (with and without filters), organisation and
    home page, all read through the cache after the publish."""
    listing, club, home, opp = site["listing"], site["club"], site["home"], site["opportunity"]
    urls = [listing.url, listing.url + FILTERED, club.url]
    for url in urls:
        assert "Bambini-Training" in cached_get(client, url)
    cached_get(client, home.url)

    publish_title(opp, "Bambini-Training am Samstag")

    for url in urls:
        response = client.get(url)
        assert response[pagecache.HEADER] == "MISS", url
        assert "Bambini-Training am Samstag" in response.content.decode(), url
        assert client.get(url)[pagecache.HEADER] == "HIT"
    assert client.get(home.url)[pagecache.HEADER] == "MISS"
    assert "Bambini-Training am Samstag" in client.get(opp.url).content.decode()


def test_a_closed_opportunity_page_is_cached_and_purged_on_publish(client, site):
    opp = site["opportunity"]
    opp.status = opp.Status.FILLED
    opp.save_revision().publish()
    assert "Bambini-Training" in cached_get(client, opp.url)  # no form: cacheable

    publish_title(opp, "Bambini-Training (vergeben)")

    assert "Bambini-Training (vergeben)" in client.get(opp.url).content.decode()


def test_a_cached_event_page_follows_its_organisers_name(client, site):
    """An event's page names its organiser, which is not below it: the organiser's
    renaming renews the cached page too (`page_cache_pages_shown`)."""
    from events.factories import EventPageFactory, in_days

    event = EventPageFactory(parent=site["club"], title="Sommerfest", start=in_days(3))
    assert event.organiser_id == site["club"].pk
    assert "TuS Erdorf" in cached_get(client, event.url)  # no registration form: cacheable

    publish_title(site["club"], "TuS 1920 Erdorf")

    assert "TuS 1920 Erdorf" in client.get(event.url).content.decode()


def test_a_change_of_a_translation_purges_the_other_languages(client, site):
    from wagtail.models import Locale

    locale_en = Locale.objects.create(language_code="en")
    listing_en = site["listing"].copy_for_translation(locale_en, copy_parents=True)
    listing_en.save_revision().publish()
    en_text = cached_get(client, listing_en.url)
    assert "Engagement finden" in en_text

    publish_title(site["listing"], "Engagement finden in Bitburg")

    assert client.get(listing_en.url)[pagecache.HEADER] == "MISS"


def test_after_unpublishing_the_page_is_gone_and_out_of_the_listings(client, site):
    listing, club, opp = site["listing"], site["club"], site["opportunity"]
    for url in (listing.url, listing.url + FILTERED, club.url):
        assert "Bambini-Training" in cached_get(client, url)
    opp_url = opp.url

    opp.unpublish()

    assert client.get(opp_url).status_code == 404
    assert client.get(opp_url).status_code == 404  # a 404 is not cached either
    for url in (listing.url, listing.url + FILTERED, club.url):
        assert "Bambini-Training" not in client.get(url).content.decode(), url


def test_deleting_and_moving_pages_purges_their_old_places(client, site, other_club):
    listing, opp = site["listing"], site["opportunity"]
    old_url = opp.url
    cached_get(client, site["club"].url)
    cached_get(client, listing.url)

    opp.move(other_club, pos="last-child")
    opp.refresh_from_db()

    assert client.get(site["club"].url)[pagecache.HEADER] == "MISS"
    assert client.get(other_club.url)[pagecache.HEADER] == "MISS"
    moved = client.get(old_url)  # Wagtail's automatic redirect, not the cached page
    assert moved.status_code == 301 and moved["Location"] == opp.url

    cached_get(client, listing.url)
    opp.refresh_from_db()
    opp.delete()
    assert "Bambini-Training" not in client.get(listing.url).content.decode()


def test_a_draft_save_changes_nothing_cached(client, site):
    listing, opp = site["listing"], site["opportunity"]
    cached_get(client, listing.url)
    opp.title = "Entwurf: Bambini-Training neu"
    opp.save_revision()  # no publish

    response = client.get(listing.url)
    assert response[pagecache.HEADER] == "HIT"
    assert "Entwurf" not in response.content.decode()


def test_previews_are_never_served_from_nor_stored_in_the_cache(client, site):
    club = site["club"]
    assert "TuS Erdorf" in cached_get(client, club.url)
    club.title = "TuS Erdorf (Entwurf)"

    preview = club.make_preview_request()

    assert "TuS Erdorf (Entwurf)" in preview.content.decode()
    assert pagecache.HEADER not in preview
    live = client.get(club.url)
    assert live[pagecache.HEADER] == "HIT"
    assert "(Entwurf)" not in live.content.decode()


def test_a_taxonomy_change_purges_every_page(client, site):
    url = site["listing"].url
    cached_get(client, url)
    district = site["opportunity"].district
    district.name = "Erdorf (Bitburg)"
    district.save()
    assert client.get(url)[pagecache.HEADER] == "MISS"


def test_a_bumped_tag_while_rendering_stores_nothing(client, site, settings):
    """A request that read the database before a commit must not store the old page
    under the generation the commit's purge created."""
    settings.PAGE_CACHE_CLOCK_SKEW_MS = 60_000  # every recent bump counts as "during"
    url = site["club"].url
    pagecache.invalidate_pages([site["club"]])
    assert client.get(url)[pagecache.HEADER] == "MISS"
    assert client.get(url)[pagecache.HEADER] == "MISS"


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A stand-in for Varnish: records every PURGE (path and Host)."""

    received: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


def test_a_publish_sends_purges_for_the_right_urls_to_the_cdn(
    site, purge_server, django_capture_on_commit_callbacks
):
    opp, listing, club, home = (site[k] for k in ("opportunity", "listing", "club", "home"))
    with django_capture_on_commit_callbacks(execute=True):
        publish_title(opp, "Bambini-Training am Samstag")

    paths = {path for _host, path in purge_server}
    assert {opp.url, listing.url, club.url, home.url} <= paths
    assert {host for host, _path in purge_server} == {"localhost"}
    # Nothing else: not the other pages of the site.
    assert len(paths) == len({opp.url, listing.url, club.url, home.url, club.get_parent().url})


def test_kept_totals_follow_publishing_withdrawing_and_privacy(site, settings):
    """Listing and API totals are kept (`pagecache.cached_count`) even with the page cache
    off; a publish, a withdrawal and a page made private change them at once."""
    from wagtail.models import PageViewRestriction

    from opportunities.factories import OpportunityPageFactory

    settings.PAGE_CACHE_ENABLED = False
    client = Client()
    api = "/api/v2/pages/?type=opportunities.OpportunityPage&locale=de"

    def totals():
        html = client.get(site["listing"].url).content.decode()
        heading = html.split('id="results-count">', 1)[1].split("</h2>", 1)[0]
        return heading, client.get(api).json()["meta"]["total_count"]

    assert totals() == ("1 Engagement-Angebot", 1)
    assert totals() == ("1 Engagement-Angebot", 1)  # kept: asked a second time
    second = OpportunityPageFactory(parent=site["club"], title="Platzwart", slug="platzwart")
    assert totals() == ("2 Engagement-Angebote", 2)
    second.unpublish()
    assert totals() == ("1 Engagement-Angebot", 1)
    PageViewRestriction.objects.create(
        page=site["opportunity"], restriction_type=PageViewRestriction.LOGIN
    )
    assert totals() == ("0 Engagement-Angebote", 0)


# --- hits answered before Django's handler (cms.wsgi: pagecache.ServeHits; `wsgi` fixture) --


def test_a_hit_is_answered_before_django_as_the_middleware_answers_it(client, site, wsgi):
    url = site["listing"].url + FILTERED
    client.get(url)
    through_django = client.get(url)
    assert through_django[pagecache.HEADER] == "HIT"

    status, headers, body, django_ran = wsgi(url)
    assert (status, body, django_ran) == ("200 OK", through_django.content, False)
    assert headers == dict(through_django.items())

    # After a publish the entry is stale: Django renders the new page and stores it.
    publish_title(site["opportunity"], "Bambini-Training am Samstag")
    status, headers, body, django_ran = wsgi(url)
    assert django_ran and headers[pagecache.HEADER] == "MISS"
    assert "Bambini-Training am Samstag" in body.decode()
    assert wsgi(url)[1][pagecache.HEADER] == "HIT"


def test_what_the_cache_may_not_answer_goes_to_django(client, site, wsgi, settings):
    url = site["listing"].url
    cached_get(client, url)
    assert wsgi(url)[3] is False  # held: answered before Django
    # A visitor with a session, a POST, plain HTTP where HTTPS is required, a Host that
    # is not ours: Django's handler answers, and no page comes from the cache.
    status, headers, _body, django_ran = wsgi(url, HTTP_COOKIE="sessionid=abc")
    assert django_ran and status == "200 OK" and pagecache.HEADER not in headers
    status, headers, _body, django_ran = wsgi(url, REQUEST_METHOD="POST")
    assert django_ran and pagecache.HEADER not in headers
    settings.ALLOWED_HOSTS = ["testserver"]
    status, _headers, _body, django_ran = wsgi(url, HTTP_HOST="elsewhere.example")
    assert django_ran and status.startswith("400")
    settings.SECURE_SSL_REDIRECT = True
    _status, headers, _body, django_ran = wsgi(url)
    assert django_ran and headers.get(pagecache.HEADER) != "HIT"
    assert wsgi(url, HTTPS="on", **{"wsgi.url_scheme": "https"})[3] is False
