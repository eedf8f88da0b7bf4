"""Wagtail API v2 router (SPEC §7); content apps add their endpoints here.

Only pages for now: Wagtail's page endpoint already limits itself to live pages outside view
restrictions. Images and documents follow with the API issue, once their collections'
privacy is enforced there.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
