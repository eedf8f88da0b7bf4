"""Every page type of the home app renders, with a query count that does not grow."""

import datetime
import re

import pytest
from django.utils import timezone

from cms.demo import stream
from home.models import InformationPage, NewsArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPage(title="Aktuelles", slug="aktuelles", show_in_menus=True)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def add_articles(index, count: int, start: int = 0):
    for number in range(start, start + count):
        article = NewsArticlePage(
            title=f"Nachricht {number}",
            slug=f"nachricht-{number}",
            intro=f"Kurzfassung {number}",
            date=timezone.localdate() - datetime.timedelta(days=number),
            body=stream([("paragraph", f"<p>Text {number}</p>")]),
        )
        index.add_child(instance=article)
        article.save_revision().publish()


def test_root_redirects_to_german_home(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_home_page_has_lang_dir_skip_link_and_latest_news(client, home_page, news_index):
    add_articles(news_index, 4)
    html = client.get("/de/").content.decode()
    assert '<html lang="de" dir="ltr">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert "Nachricht 0" in html and "Nachricht 2" in html
    assert "Nachricht 3" not in html  # only the three newest


def test_arabic_interface_is_right_to_left_and_marks_german_content(client, home_page):
    news = NewsIndexPage(title="Aktuelles", slug="aktuelles", show_in_menus=True)
    home_page.add_child(instance=news)
    news.save_revision().publish()
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<main id="main" tabindex="-1" lang="de" dir="ltr">' in html
    assert 'lang="de" dir="ltr">Aktuelles</a>' in html
    assert 'lang="de" dir="ltr">Aktuelles' not in client.get("/de/").content.decode()


def test_untranslated_page_says_it_shows_the_german_original(client, home_page):
    assert "German original" in client.get("/en/").content.decode()
    assert "nicht in Ihre Sprache" not in client.get("/de/").content.decode()


def test_information_page_renders_blocks_and_plain_language(client, home_page):
    page = InformationPage(
        title="Versicherungsschutz",
        slug="versicherung",
        intro="Wer ist versichert?",
        plain_language_summary="Sie sind versichert.",
        body=stream(
            [
                ("heading", "Unfallversicherung"),
                ("paragraph", "<p>Das Land hat eine Sammelversicherung.</p>"),
                ("notice", "Fragen Sie zuerst Ihren Verein."),
                ("faq", [("Kostet das etwas?", "<p>Nein.</p>")]),
            ]
        ),
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/de/versicherung/").content.decode()
    assert "<h2>Unfallversicherung</h2>" in html
    assert "Das Land hat eine Sammelversicherung." in html
    assert '<aside class="notice">' in html
    assert "<summary>Kostet das etwas?</summary>" in html
    assert "In Einfacher Sprache" in html and "Sie sind versichert." in html


def test_draft_page_is_not_served(client, home_page):
    page = InformationPage(title="Entwurf", slug="entwurf", live=False)
    home_page.add_child(instance=page)
    assert client.get("/de/entwurf/").status_code == 404


def test_news_index_paginates_newest_first(client, news_index):
    add_articles(news_index, 12)
    first = client.get("/de/aktuelles/").content.decode()
    assert first.index("Nachricht 0") < first.index("Nachricht 9")
    assert "Nachricht 10" not in first
    second = client.get("/de/aktuelles/?page=2").content.decode()
    assert "Nachricht 11" in second


def test_news_feeds_list_articles(client, news_index):
    add_articles(news_index, 2)
    rss = client.get("/de/aktuelles/feed/rss/")
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert b"<title>Nachricht 0</title>" in rss.content
    assert b"http://localhost/de/aktuelles/nachricht-0/" in rss.content
    atom = client.get("/de/aktuelles/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert b"<entry>" in atom.content


@pytest.mark.parametrize("url", ["/de/", "/de/aktuelles/"])
def test_query_count_does_not_grow_with_the_news(
    client, news_index, url, django_assert_max_num_queries, no_page_cache
):
    add_articles(news_index, 3)
    client.get(url)  # warm caches that are per process, not per request
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    budget = len(few.captured_queries)
    add_articles(news_index, 15, start=3)
    client.get(url)  # the header and footer are built again once after a change
    with django_assert_max_num_queries(budget):
        client.get(url)


def test_header_and_footer_follow_every_change_at_once(
    client, home_page, news_index, django_assert_max_num_queries, no_page_cache
):
    """The menu and the footer are built once per change (cms_tags.site_chrome), not per
    page: a page published, renamed or unpublished and a changed setting show at once."""
    from cms.models import SiteLinks

    def menu(html: str) -> list[str]:
        nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        return re.findall(r"<li><a [^>]*>([^<]*)</a></li>", nav)

    assert menu(client.get("/de/").content.decode()) == ["Aktuelles"]
    with django_assert_max_num_queries(20) as warm:
        client.get("/de/")
    assert not any("cms_sitelinks" in q["sql"] for q in warm.captured_queries)

    help_page = InformationPage(title="Hilfe", slug="hilfe", show_in_menus=True)
    home_page.add_child(instance=help_page)
    help_page.save_revision().publish()
    assert menu(client.get("/de/").content.decode()) == ["Aktuelles", "Hilfe"]
    help_page.title = "Beratung"
    help_page.save_revision().publish()
    assert menu(client.get("/de/aktuelles/").content.decode()) == ["Aktuelles", "Beratung"]
    help_page.unpublish()
    assert menu(client.get("/de/").content.decode()) == ["Aktuelles"]

    links = SiteLinks.for_site(home_page.get_site())
    links.agency_name = "Freiwilligenagentur Bitburg (neu)"
    links.save()
    assert "Freiwilligenagentur Bitburg (neu)" in client.get("/de/").content.decode()
    # Each language has its own: the Arabic page marks the German menu titles.
    assert 'lang="de" dir="ltr">Aktuelles</a>' in client.get("/ar/").content.decode()
    assert 'lang="de" dir="ltr">Aktuelles</a>' not in client.get("/de/").content.decode()


def test_sitemap_lists_live_pages(client, news_index):
    add_articles(news_index, 1)
    body = client.get("/sitemap.xml").content.decode()
    assert "/de/aktuelles/nachricht-0/" in body


def test_search_page_finds_live_pages_only(client, news_index, search_refresh):
    add_articles(news_index, 1)
    draft = InformationPage(title="Geheimer Entwurf Nachricht", slug="geheim", live=False)
    news_index.get_parent().add_child(instance=draft)
    search_refresh()
    response = client.get("/de/suche/", {"q": "Nachricht"})
    assert response.status_code == 200
    titles = [hit.page.title for hit in response.context["outcome"].hits]
    assert "Nachricht 0" in titles
    assert "Geheimer Entwurf Nachricht" not in titles
