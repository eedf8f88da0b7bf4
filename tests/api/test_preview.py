"""Headless preview: an editor's signed, expiring token shows a draft in the API's shape."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth.models import User
from django.core import signing

pytestmark = pytest.mark.django_db


def test_editor_token_shows_the_draft_until_it_expires_and_nothing_else(client, site, settings):
    opportunity = site["opportunity"]
    opportunity.title = "Bambini-Training (Entwurf)"
    opportunity.save_revision()  # a draft: the live page keeps its title
    editor = User.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(editor)
    issued = client.get(f"/admin/api-preview/{opportunity.pk}/").json()
    client.logout()

    preview = client.get(issued["api_url"])
    assert preview.status_code == 200
    body = preview.json()
    assert body["id"] == opportunity.pk and body["title"] == "Bambini-Training (Entwurf)"
    assert body["meta"]["type"] == "opportunities.OpportunityPage"
    assert "no-store" in preview["Cache-Control"] and not preview.has_header("ETag")
    published = client.get(f"/api/v2/pages/{opportunity.pk}/").json()
    assert published["title"] == "Bambini-Training"

    token = issued["token"]
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    other_salt = signing.dumps({"page": opportunity.pk, "revision": 1})
    for bad in [tampered, other_salt, "", "x"]:
        refused = client.get("/api/v2/pages/preview/", {"token": bad})
        assert refused.status_code == 403, bad
        assert "Bambini" not in refused.content.decode()

    settings.API_PREVIEW_MAX_AGE = 1
    time.sleep(1.2)
    expired = client.get("/api/v2/pages/preview/", {"token": token})
    assert expired.status_code == 403
    assert expired.json()["message"] == "preview token expired"


def test_only_editors_of_the_page_get_a_token(client, site):
    User.objects.create_user("besuch", password="pw")
    # Through the admin's login form (django-axes needs the request to count attempts).
    assert client.post("/admin/login/", {"username": "besuch", "password": "pw"}).status_code == 302
    response = client.get(f"/admin/api-preview/{site['opportunity'].pk}/")
    assert response.status_code in (302, 403)
    assert "token" not in response.content.decode()


def test_an_unpublished_page_can_be_previewed(client, site):
    draft = site["opportunity"].copy(update_attrs={"slug": "neu", "title": "Neue Aufgabe"})
    draft.unpublish()
    draft.save_revision()
    editor = User.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(editor)
    token = client.get(f"/admin/api-preview/{draft.pk}/").json()["token"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    body = client.get("/api/v2/pages/preview/", {"token": token}).json()
    assert body["title"] == "Neue Aufgabe"
