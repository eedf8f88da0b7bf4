"""Previewing a draft in an external (headless) front end through a signed, expiring token.

wagtail-headless-preview would be the package for this, but it stores preview data in its own
model and drives Wagtail's preview panel; a front end here only needs the draft in the API's
shape. So an editor's button (cms/wagtail_hooks.py) signs {page, revision} with Django's
signing (SECRET_KEY, a salt of its own, a timestamp), and
GET /api/v2/pages/preview/?token=… (cms.api.PublicPagesAPIViewSet.preview_view) answers that
revision exactly as the detail endpoint would answer the published page — for
API_PREVIEW_MAX_AGE seconds, after which the token is refused (403), as is a tampered one.
Whoever holds a token sees that one draft; nothing else is unlocked.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from wagtail.models import Page, Revision

SALT = "cms.preview"


class PreviewTokenInvalid(Exception):
    """The token is expired, tampered with or names no revision."""


def make_token(revision: Revision) -> str:
    return signing.dumps({"page": int(revision.object_id), "revision": revision.pk}, salt=SALT)


def revision_for_token(token: str) -> Revision:
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.API_PREVIEW_MAX_AGE)
    except signing.SignatureExpired as expired:
        raise PreviewTokenInvalid("preview token expired") from expired
    except signing.BadSignature as bad:
        raise PreviewTokenInvalid("invalid preview token") from bad
    revision = Revision.page_revisions.filter(
        pk=data.get("revision"), object_id=str(data.get("page"))
    ).first()
    if revision is None:
        raise PreviewTokenInvalid("the previewed draft no longer exists")
    return revision


def preview_token_view(request, page_id: int):
    """Admin: sign the page's latest revision for an editor who may edit it, then send them
    to the front end (API_PREVIEW_FRONTEND_URL) or, without one, show the token and API URL."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision or page.save_revision(user=request.user)
    token = make_token(revision)
    api_url = request.build_absolute_uri("/api/v2/pages/preview/?" + urlencode({"token": token}))
    frontend = settings.API_PREVIEW_FRONTEND_URL
    if frontend:
        separator = "&" if "?" in frontend else "?"
        return redirect(f"{frontend}{separator}{urlencode({'token': token, 'api_url': api_url})}")
    return JsonResponse(
        {"token": token, "api_url": api_url, "expires_in": settings.API_PREVIEW_MAX_AGE}
    )
