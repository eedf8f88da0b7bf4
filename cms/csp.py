"""Content-Security-Policy: a strict policy for the public site, a looser one for the admin.

The public templates load only our own scripts and styles (no inline code), so the site runs
under `script-src 'self'` plus a per-request nonce for any inline script a template marks
with `nonce="{{ request.csp_nonce }}"`. Wagtail's admin still writes inline scripts (date
pickers, inline panels) and inline styles (wagtail#1288, wagtail#7053), so admin paths get
CONTENT_SECURITY_POLICY_ADMIN, which allows inline code but still only from our origin.
A nonce cannot go into that policy: browsers ignore 'unsafe-inline' next to a nonce.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

# The admins, and the API's documentation page (Redoc styles itself inline, from a worker).
ADMIN_PREFIXES = ("/admin/", "/django-admin/", "/api/v2/docs/")


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if (
            not report_only
            and admin_policy
            and parts.config is None
            and request.path_info.startswith(ADMIN_PREFIXES)
        ):
            parts.config = default_config(admin_policy["DIRECTIVES"])
        return parts
