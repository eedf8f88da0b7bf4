"""Cache-friendly reads for API v2: validators, freshness and 304 answers.

Django's ConditionalGetMiddleware already does the hard part (an ETag from the body,
`If-None-Match` / `If-Modified-Since` answered 304 without a body); this subclass limits it
to /api/v2/ — HTML pages carry CSRF tokens and per-visitor messages, so a shared ETag would
not help them — and adds `Cache-Control` so browsers and shared caches may keep a read
answer for API_CACHE_MAX_AGE seconds (`private` when the request carries a session).
Detail views add `Last-Modified` themselves (cms.api.PublicPagesAPIViewSet); a listing
has no honest single date (an unpublished page leaves no trace in it), so it is validated
by its ETag alone.
"""

from __future__ import annotations

from django.conf import settings
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers

API_PREFIX = "/api/v2/"


class APIConditionalGetMiddleware(ConditionalGetMiddleware):
    def process_response(self, request, response):
        if not request.path_info.startswith(API_PREFIX) or request.method not in ("GET", "HEAD"):
            return response
        # The answer depends on the language asked for (consent texts, error messages).
        patch_vary_headers(response, ["Accept-Language"])
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            # With a session (an editor, a visitor who entered a page password) the answer
            # may include pages others must not see: only the client itself may keep it.
            shared = settings.SESSION_COOKIE_NAME not in request.COOKIES
            patch_cache_control(
                response,
                **({"public": True} if shared else {"private": True}),
                max_age=settings.API_CACHE_MAX_AGE,
            )
        return super().process_response(request, response)
