"""Machine pre-translation through wagtail-localize with DeepL's API, answered by a local
stand-in (the real provider is paid); right-to-left fields in the translation editor."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.contrib.auth.models import User
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import translate_object

from home.models import InformationPage

pytestmark = pytest.mark.django_db


class DeepLStandIn(BaseHTTPRequestHandler):
    """Answers POST /v2/translate like DeepL, prefixing each text with the target language."""

    requests: list[dict] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        form = parse_qs(body)
        DeepLStandIn.requests.append(
            {"path": self.path, "auth": self.headers.get("Authorization"), "form": form}
        )
        target = form["target_lang"][0]
        payload = {
            "translations": [
                {"detected_source_language": "DE", "text": f"[{target}] {text}"}
                for text in form["text"]
            ]
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def deepl(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), DeepLStandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    DeepLStandIn.requests = []
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.machine_translation.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": "test-key",
            "API_URL": f"http://127.0.0.1:{server.server_port}/v2/translate",
        },
    }
    yield DeepLStandIn
    server.shutdown()


@pytest.fixture
def page_in_arabic(home_page):
    page = InformationPage(
        title="Versicherungsschutz im Ehrenamt",
        slug="versicherung",
        body=json.dumps([{"type": "paragraph", "value": "<p>Das Land versichert Engagierte.</p>"}]),
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    arabic = Locale.objects.create(language_code="ar")
    translate_object(home_page, [arabic])
    translate_object(page, [arabic])
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=arabic)


@pytest.fixture
def staff(client):
    user = User.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    return user


def test_editor_prefills_a_translation_through_deepl_and_can_correct_it(
    client, deepl, page_in_arabic, staff
):
    response = client.post(
        f"/admin/localize/translate/{page_in_arabic.pk}/machine_translate/",
        {"next": "/admin/"},
    )
    assert response.status_code == 302
    [request] = deepl.requests
    assert request["auth"] == "DeepL-Auth-Key test-key"
    assert request["form"]["source_lang"] == ["DE"]
    assert request["form"]["target_lang"] == ["AR"]
    strings = StringTranslation.objects.filter(locale__language_code="ar")
    texts = set(strings.values_list("data", flat=True))
    assert "[AR] Versicherungsschutz im Ehrenamt" in texts
    # Pre-filled, then corrected by a person: the correction is what gets published.
    title = strings.get(data="[AR] Versicherungsschutz im Ehrenamt")
    title.data = "التأمين في العمل التطوعي"
    title.save()
    page_in_arabic.save_target(publish=True)
    arabic_page = InformationPage.objects.get(locale__language_code="ar")
    assert arabic_page.title == "التأمين في العمل التطوعي"
    assert "[AR] Das Land versichert Engagierte." in str(arabic_page.body)


def test_translation_editor_for_arabic_gets_right_to_left_fields(client, page_in_arabic, staff):
    page_in_arabic.save_target(publish=False)
    arabic_page = InformationPage.objects.get(locale__language_code="ar")
    html = client.get(f"/admin/pages/{arabic_page.pk}/edit/").content.decode()
    assert "js-translation-editor" in html
    assert '<script type="application/json" id="rtl-languages">["ar", "fa"]</script>' in html
    assert "cms/js/rtl-translation-editor.js" in html
    script = client.get("/static/cms/js/rtl-translation-editor.js")
    assert script.status_code == 200
    assert b'setAttribute("dir", "rtl")' in b"".join(script.streaming_content)
