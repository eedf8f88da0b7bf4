"""Stored XSS: script payloads that a partner editor saves through the admin render inert on
the public pages and in the admin views that show them."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.models import FieldOfActivity

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '<script>alert("x1")</script>',
    '"><img src=x onerror=alert("x2")>',
    "<svg onload=alert('x3')>",
    "'\"><iframe src=javascript:alert(4)>",
]
TAXONOMY_LIST = "/admin/snippets/cms/fieldofactivity/"
#: What would run if a payload came through unescaped.
LIVE = ['<script>alert("x1")', "<img src=x onerror", "<svg onload", "<iframe src=javascript"]


def assert_inert(html: str, where: str) -> None:
    for marker in LIVE:
        assert marker not in html, f"{marker!r} live in {where}"
    assert 'href="javascript:' not in html, where


def corpus() -> str:
    return " ".join(PAYLOADS)


def test_payloads_saved_by_a_partner_editor_render_inert(
    onboarded, club, organisation_index, locale_de, moderator, client
):
    field = FieldOfActivity.objects.create(name=PAYLOADS[2], slug="xss", locale=locale_de)
    editor = onboarded.invited[0]
    client.force_login(editor)
    # Typed into the rich-text editor (text, escaped in its HTML) plus a javascript: link.
    body = "".join(f"<p>{escape(p)}</p>" for p in PAYLOADS)
    body += '<p><a href="javascript:alert(5)">x</a></p>'
    data = nested_form_data(
        {
            "title": f"TuS {PAYLOADS[0]}",
            "slug": "tus-erdorf",
            "kind": "club",
            "description": rich_text(body),
            "fields_of_activity": [field.pk],
            "street": PAYLOADS[1],
            "postcode": "54634",
            "town": PAYLOADS[2],
            "contact_name": PAYLOADS[3],
            "accessibility": corpus(),
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/{club.pk}/edit/", data)
    assert response.status_code == 302
    club.refresh_from_db()
    # The agency approves the draft as it is.
    club.get_latest_revision().publish()
    club.refresh_from_db()
    assert club.title.startswith("TuS <script>")
    collection = onboarded.access.collection
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    Image.objects.create(
        title=corpus(), file=ImageFile(buffer, name="x.png"), collection=collection
    )
    Document.objects.create(
        title=corpus(), file=ContentFile(b"x", name="x.txt"), collection=collection
    )
    public = [club.url, organisation_index.url]
    admin = [
        f"/admin/pages/{club.pk}/edit/",
        f"/admin/pages/{club.pk}/",
        f"/admin/pages/{club.pk}/history/",
        "/admin/",
        "/admin/images/",
        "/admin/documents/",
    ]
    client.logout()
    for url in public:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "TuS &lt;script&gt;" in response.content.decode(), url
        assert_inert(response.content.decode(), url)
    # The editor's own views, and the moderator's — whom a payload would want to reach.
    for user, urls in [
        (editor, admin),
        (moderator, [*admin, f"/admin/pages/{organisation_index.pk}/", TAXONOMY_LIST]),
    ]:
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (user, url)
            assert_inert(response.content.decode(), url)
