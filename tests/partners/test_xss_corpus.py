"""Stored XSS corpus: script payloads in every field an editor writes — titles, texts, rich
text, every block of every StreamField of every page type (found programmatically, so a new
block kind fails here until it is covered), taxonomy snippets, image and document titles —
render inert on the public pages, listings, feeds, the API, the search and the admin.

"Inert" is judged on the parsed HTML (html.parser via BeautifulSoup), not by substring: no
executable <script> carrying a payload, no on*= event attribute, no javascript: address.
"""

from __future__ import annotations

import io
import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import models
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import Document
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import Image
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import rich_text

from awards.card import EhrenamtskartePage
from cms.models import District, FieldOfActivity, TargetGroup
from events.factories import EventPageFactory, in_days
from events.models import EventCategory
from home.models import HomePage, InformationPage, NewsArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "<svg onload=alert(3)>",
    "</script><script>alert(4)</script>",
    "'\"><iframe src=javascript:alert(5)></iframe>",
    "javascript:alert(6)",
    "{{7*7}} {% now 'Y' %}",
]
# Plain-text fields start with a word, so that an HTML fragment in an API answer (which
# starts with a tag) can be told from a title that merely contains a payload.
TEXT = "Text " + " ".join(PAYLOADS)
RICH_HTML = (
    "".join(f"<p>{escape(payload)}</p>" for payload in PAYLOADS)
    + '<p><a href="javascript:alert(7)">Link</a> <a href=" JaVaScRiPt:alert(8)">Link</a></p>'
)
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}
TAXONOMIES = (District, FieldOfActivity, TargetGroup, EventCategory)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}


def assert_inert(html: str, where: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind in EXECUTABLE_SCRIPT_TYPES:
            assert "alert(" not in script.get_text(), f"live <script> in {where}"
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                assert "alert(" not in text, f"{element.name} {name}= in {where}"
            if name.lower() in URL_ATTRIBUTES:
                assert not text.strip().lower().startswith("javascript:"), f"{name} in {where}"
        assert element.name not in {"svg", "iframe"} or "alert" not in str(element), where


# --- Filling every block -------------------------------------------------------------------


def rich_text_source(block) -> str:
    """What the rich-text editor saves when an editor types (or pastes) the corpus."""
    widget = block.field.widget
    return widget.value_from_datadict({"f": rich_text(RICH_HTML, features=block.features)}, {}, "f")


def raw_value(block, image, page, document):
    """A stored (raw JSON) value of `block` with a payload in every field an editor can
    write. Fails on a kind of block it does not know, so a new one must be added here."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": raw_value(child, image, page, document)}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, ImageBlock):
        return {"image": image.pk, "alt_text": TEXT, "decorative": False}
    if isinstance(block, blocks.StructBlock):
        return {
            name: raw_value(child, image, page, document)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [raw_value(block.child_block, image, page, document)]
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_source(block)
    if isinstance(block, blocks.URLBlock):
        # The form refuses a javascript: address; a hostile but valid one is stored.
        with pytest.raises(ValidationError):
            block.clean("javascript:alert(9)")
        return 'https://example.org/?q="><script>alert(10)</script>'
    if isinstance(block, blocks.PageChooserBlock):
        return page.pk
    if isinstance(block, ImageChooserBlock):
        return image.pk
    if isinstance(block, DocumentChooserBlock):
        return document.pk
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return TEXT
    pytest.fail(f"{type(block).__name__}: add this kind of block to the XSS corpus")


def page_stream_fields() -> set[tuple[type, str]]:
    return {
        (model, field.name)
        for model in get_page_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    }


def page_text_fields(model) -> dict:
    """A payload in each of the model's own text and rich-text fields."""
    values = {}
    for field in model._meta.get_fields():
        if getattr(field, "model", None) is not model or field.name in {"slug"}:
            continue
        if isinstance(field, RichTextField):
            values[field.name] = RICH_HTML
        elif (
            isinstance(field, (models.TextField, models.CharField))
            and not isinstance(field, (models.EmailField, models.URLField, models.SlugField))
            and not field.choices
        ):
            values[field.name] = TEXT[: field.max_length] if field.max_length else TEXT
    return values


@pytest.fixture
def media(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    image = Image.objects.create(title=TEXT, file=ImageFile(buffer, name="x.png"))
    document = Document.objects.create(title=TEXT, file=ContentFile(b"x", name="x.txt"))
    return image, document


@pytest.fixture
def corpus_site(home_page, media, locale_de):
    """Every page type with a StreamField, filled with the corpus, published."""
    image, document = media
    pages = {}

    def add(parent, model, slug, **extra):
        values = {**page_text_fields(model), **extra}
        for found_model, name in page_stream_fields():
            if found_model is model:
                values[name] = raw_value(
                    model._meta.get_field(name).stream_block, image, home_page, document
                )
        page = model(title=f"Titel {TEXT}"[:255], slug=slug, **values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages[model] = page
        return page

    for name, field in [("entry_points", HomePage._meta.get_field("entry_points"))]:
        setattr(home_page, name, raw_value(field.stream_block, image, home_page, document))
    home_page.title = f"Titel {TEXT}"
    home_page.intro = TEXT
    home_page.save_revision().publish()
    pages[HomePage] = home_page
    add(home_page, InformationPage, "information")
    news = add(home_page, NewsIndexPage, "neuigkeiten")
    add(news, NewsArticlePage, "artikel")
    add(home_page, EhrenamtskartePage, "ehrenamtskarte")
    for model in TAXONOMIES:
        name_length = model._meta.get_field("name").max_length
        model.objects.create(
            name=TEXT[:name_length], slug=f"xss-{model.__name__.lower()}", locale=locale_de
        )
    return pages


def test_the_corpus_covers_every_streamfield_of_every_page_type(corpus_site):
    assert page_stream_fields() <= {(model, name) for model, name in page_stream_fields()}
    missing = {model for model, _name in page_stream_fields()} - set(corpus_site)
    assert not missing, f"page types with a StreamField missing from the corpus: {missing}"
    body = InformationPage.objects.get(slug="information").body
    kinds = {child.block_type for child in body}
    assert kinds == set(InformationPage._meta.get_field("body").stream_block.child_blocks)


def test_public_pages_and_listings_render_the_corpus_inert(client, corpus_site):
    for model, page in corpus_site.items():
        response = client.get(page.url)
        assert response.status_code == 200, model
        html = response.content.decode()
        assert_inert(html, page.url)
        # Escaped text, not markup — and no template code runs.
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, model
        assert "{{7*7}}" in html, model


def test_feeds_render_the_corpus_inert(client, corpus_site):
    news = corpus_site[NewsIndexPage]
    for feed in ("feed/rss/", "feed/atom/"):
        response = client.get(news.url + feed)
        assert response.status_code == 200
        tree = ET.fromstring(response.content)
        elements = list(tree.iter())
        # Readers render descriptions, summaries and content as HTML: inert as HTML too.
        # Titles are plain text (RSS 2.0, Atom type="text"): the payload stays visible text.
        html_parts = [
            part.text or ""
            for item in elements
            if item.tag.rsplit("}", 1)[-1] in {"item", "entry"}
            for part in item
            if part.tag.rsplit("}", 1)[-1] in {"description", "summary", "content"}
        ]
        assert html_parts, feed
        for text in html_parts:
            assert_inert(text, feed)
        titles = [e.text or "" for e in elements if e.tag.rsplit("}", 1)[-1] == "title"]
        assert any("<script>alert(1)" in title for title in titles), "title kept as text"


def test_the_calendar_renders_the_corpus_as_text(client, home_page):
    from events.models import EventIndexPage

    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    EventPageFactory(
        parent=index,
        title=f"Titel {TEXT}",
        slug="xss-termin",
        description=RICH_HTML,
        start=in_days(3),
        end=in_days(3, 20),
    )
    response = client.get(index.url + "kalender/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "SUMMARY:Titel Text <script>alert(1)</script>" in body.replace("\r\n ", "")
    for line in body.replace("\r\n ", "").splitlines():
        if line.startswith("X-ALT-DESC"):
            assert_inert(line.split(":", 1)[1], "X-ALT-DESC")


def html_strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from html_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from html_strings(item)
    elif isinstance(value, str) and value.lstrip().startswith("<"):
        yield value


def test_the_api_serves_html_fields_inert(client, corpus_site):
    for model, page in corpus_site.items():
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 200, model
        data = json.loads(response.content)
        assert data["title"].startswith("Titel Text <script>")
        fragments = list(html_strings(data))
        for fragment in fragments:
            assert_inert(fragment, f"API {model.__name__}")
    # Rich text is there as HTML (so the check above saw it).
    body = client.get(f"/api/v2/pages/{corpus_site[InformationPage].pk}/").json()["body"]
    assert list(html_strings(body))


def test_search_results_with_highlights_render_inert(client, corpus_site, search_refresh):
    search_refresh()
    response = client.get("/de/suche/", {"q": "script alert"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Titel Text &lt;script&gt;" in html
    assert_inert(html, "search")
    autocomplete = client.get("/api/v2/search/", {"q": "script"})
    for fragment in html_strings(autocomplete.json()):
        assert_inert(fragment, "search API")


def test_admin_views_render_the_corpus_inert(client, corpus_site, media, django_user_model):
    admin = django_user_model.objects.create_superuser("xss-admin", "x@example.org", "pw")
    client.force_login(admin)
    image, document = media
    urls = ["/admin/", "/admin/pages/search/?q=script", "/admin/images/", "/admin/documents/"]
    urls += [f"/admin/images/{image.pk}/", f"/admin/documents/edit/{document.pk}/"]
    for page in corpus_site.values():
        urls += [
            f"/admin/pages/{page.pk}/edit/",
            f"/admin/pages/{page.get_parent().pk}/",
            f"/admin/pages/{page.pk}/history/",
        ]
    for model in TAXONOMIES:
        urls.append(f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)
