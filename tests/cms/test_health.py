import pytest

pytestmark = pytest.mark.django_db


def test_health_reports_every_real_service(client):
    response = client.get("/health/")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["database"] == {"status": "ok", "vendor": "postgresql"}
    assert checks["redis"] == {"status": "ok"}
    assert checks["search"]["backend"] == "opensearch2"
    assert checks["search"]["version"].startswith("2.19.")


def test_health_answers_503_when_redis_is_unreachable(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["redis"]["status"] == "error"
