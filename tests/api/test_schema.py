"""The OpenAPI description: generated from the code, valid, served with a docs page, and
true — a bounded property-based run against the live test server finds no server error and
no answer that breaks it."""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

SCHEMA_URL = "/api/v2/schema/?format=json"
# Served under /api/v2/ but not part of the API they describe.
NOT_DESCRIBED = {"/api/v2/schema/", "/api/v2/docs/"}


def openapi_form(route: str) -> str:
    """`events/<page_id:pk>/` or a regex route `^events/(?P<pk>[0-9]+)/$` as `events/{pk}/`."""
    route = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", route)
    return route.replace("^", "").replace("$", "").replace("\\Z", "")


def routed_api_paths() -> set[str]:
    """Every URL pattern Django routes under /api/v2/, in OpenAPI's `{name}` form, whatever
    kind of view serves it: a plain Django view would be missing from the description."""
    from django.urls import URLPattern, URLResolver, get_resolver

    found: set[str] = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.startswith("api/v2/"):
                found.add("/" + openapi_form(route))

    walk(get_resolver().url_patterns, "")
    # drf-spectacular names a `pk` parameter `id` (SCHEMA_COERCE_PATH_PK).
    return {path.replace("{pk}", "{id}") for path in found} - NOT_DESCRIBED


@pytest.mark.django_db
def test_the_description_is_valid_openapi_and_covers_every_endpoint(client):
    response = client.get(SCHEMA_URL)
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    routed = routed_api_paths()
    assert {"/api/v2/search/", "/api/v2/search/autocomplete/", "/api/v2/pages/{id}/"} <= routed
    assert routed <= set(paths), f"routed but not described: {sorted(routed - set(paths))}"
    for endpoint in ["pages", "opportunities", "organisations", "events", "awards", "calls"]:
        assert f"/api/v2/{endpoint}/" in paths
        assert f"/api/v2/{endpoint}/{{id}}/" in paths
    for write in [
        "/api/v2/counselling-requests/",
        "/api/v2/surveys/{id}/submissions/",
        "/api/v2/opportunities/{id}/interest/",
        "/api/v2/events/{id}/registrations/",
        "/api/v2/event-registrations/{token}/cancel/",
        "/api/v2/awards/{id}/nominations/",
        "/api/v2/ehrenamtskarte/applications/",
    ]:
        responses = paths[write]["post"]["responses"]
        assert {"400", "429"} <= set(responses) or write.endswith("/cancel/"), write
        assert "429" in responses, write
    # The listing filters come from the FilterSets, the counselling body from its form.
    opportunity_parameters = {
        p["name"] for p in paths["/api/v2/opportunities/"]["get"]["parameters"]
    }
    assert {"district", "german", "limit", "offset", "order", "locale"} <= opportunity_parameters
    body = schema["components"]["schemas"]["CounsellingRequestBodyRequest"]
    assert {"topic", "email", "consent_shown", "consent_given", "website"} <= set(
        body["properties"]
    )
    assert not any(path.startswith("/admin/") for path in paths)


@pytest.mark.django_db
def test_docs_page_is_served_with_self_hosted_assets(client):
    html = client.get("/api/v2/docs/").content.decode()
    assert "drf_spectacular_sidecar/redoc" in html
    assert "cdn." not in html and "unpkg" not in html
    assert "/api/v2/schema/" in html


# Per operation: few examples and no shrinking beyond the first failure keep the run short.
FUZZ_SETTINGS = hypothesis_settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def test_property_based_run_finds_no_server_error_and_no_answer_off_the_schema(
    live_server, site, consents
):
    schema = schemathesis.openapi.from_url(live_server.url + SCHEMA_URL)
    failures = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20

    for operation in operations:

        @FUZZ_SETTINGS
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call(base_url=live_server.url, timeout=10, allow_redirects=False)
            case.validate_response(
                response, checks=[not_a_server_error, response_schema_conformance]
            )

        try:
            check()
        except (Exception, BaseExceptionGroup) as failure:  # report all operations at once
            failures.append(f"{operation.label}: {str(failure)[:1200]}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.django_db
def test_search_endpoints_are_described_and_answer_json_whatever_the_client_accepts(client):
    paths = client.get(SCHEMA_URL).json()["paths"]
    search = paths["/api/v2/search/"]["get"]
    assert {"q", "locale", "limit", "page", "sort", "type", "district", "date_from"} <= {
        p["name"] for p in search["parameters"]
    }
    assert {"200", "400"} <= set(search["responses"])
    assert "/api/v2/search/autocomplete/" in paths

    empty = client.get("/api/v2/search/", {"q": " "}, HTTP_ACCEPT="text/html")
    assert empty.status_code == 400 and empty["Content-Type"] == "application/json"
    assert empty.json()["errors"]["q"][0]["code"] == "required"
    backwards = client.get(
        "/api/v2/search/", {"q": "x", "date_from": "2026-05-02", "date_to": "2026-05-01"}
    )
    assert backwards.status_code == 400
    assert backwards.json()["errors"]["date_to"][0]["code"] == ""  # a string, never null
    short = client.get("/api/v2/search/autocomplete/", {"q": "a"}, HTTP_ACCEPT="text/html")
    assert short.status_code == 200 and short.json() == {"suggestions": []}
    assert client.post("/api/v2/search/", {"q": "x"}).status_code == 405
