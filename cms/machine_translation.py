"""wagtail-localize's DeepL translator with a configurable endpoint.

The upstream class hard-codes api.deepl.com / api-free.deepl.com; the tests point it at a
local stand-in (tests/cms/test_machine_translation.py) and production may use a proxy.
"""

from wagtail_localize.machine_translators.deepl import DeepLTranslator as UpstreamDeepL


class DeepLTranslator(UpstreamDeepL):
    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()
