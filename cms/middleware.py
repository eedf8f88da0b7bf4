from django.middleware.locale import LocaleMiddleware

# Paths outside i18n_patterns. Django's LocaleMiddleware turns a 404 there into a redirect
# to /de/<path>, because Wagtail's catch-all page route accepts any path; an API client or
# the admin must get the 404 itself.
UNPREFIXED_PATHS = ("/api/", "/admin/", "/django-admin/", "/documents/", "/health/")


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
