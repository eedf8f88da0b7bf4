"""The server-error pages: a database that cannot be reached is a translated 503."""

import json

from django.db import IntegrityError, OperationalError
from django.utils import translation

from cms.errors import server_error


def answer_while_raising(rf, path: str, error: Exception, language: str = "de"):
    request = rf.get(path)
    with translation.override(language):
        try:
            raise error
        except Exception:
            return server_error(request)


def test_a_page_while_the_database_is_down_is_a_503_in_the_visitors_language(rf):
    response = answer_while_raising(rf, "/ar/", OperationalError("refused"), "ar")
    html = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    assert '<html lang="ar" dir="rtl">' in html and "غير متاح مؤقتًا" in html


def test_the_api_gets_a_machine_readable_503(rf):
    response = answer_while_raising(rf, "/api/v2/events/", OperationalError("refused"), "uk")
    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["errors"]["__all__"][0]["code"] == "unavailable"
    assert "базою даних" in body["errors"]["__all__"][0]["message"]


def test_other_errors_stay_a_plain_500(rf):
    response = answer_while_raising(rf, "/de/", IntegrityError("duplicate key"))
    assert response.status_code == 500 and "Retry-After" not in response
