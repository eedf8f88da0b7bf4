"""OpenAPI 3 description of API v2, generated from the code by drf-spectacular.

Two kinds of endpoint need help to be described:

- Wagtail's endpoints are DRF viewsets, but with actions named `listing_view`/`detail_view`/
  `find_view` and serializers built per request from the router and the page type, which a
  schema generator cannot call (tfranzel/drf-spectacular#141, wagtail/wagtail#6209).
  `WagtailEndpointSchema` describes them from what the viewset declares instead: its query
  parameters (`known_query_parameters`, the django-filter FilterSet of its listing) and its
  fields (`get_available_fields`). Page-type specific fields stay open
  (`additionalProperties`), since `?fields=` and `?type=` decide them per request.
- Our write endpoints accept Django forms (the HTML forms' rules). `form_request` turns a
  form class into a request serializer for the description, so the documented body follows
  the form when a field is added.
"""

from __future__ import annotations

from django import forms
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

ERROR_MESSAGE = {
    "type": "object",
    "properties": {"message": {"type": "string"}},
    "required": ["message"],
}

FORM_ERRORS = inline_serializer(
    "FormErrors",
    {
        "errors": serializers.DictField(
            child=serializers.ListField(
                child=inline_serializer(
                    "FieldError",
                    {"message": serializers.CharField(), "code": serializers.CharField()},
                )
            ),
            help_text="Per field (`__all__` for the whole form): messages in the "
            "Accept-Language language, and a stable code.",
        ),
        "language": serializers.CharField(required=False),
    },
)
DETAIL = inline_serializer("Detail", {"detail": serializers.CharField()})
THROTTLED = OpenApiResponse(DETAIL, description="Rate limit per client reached; see Retry-After.")
NOT_FOUND = OpenApiResponse(DETAIL, description="No such published, public page.")
INVALID = OpenApiResponse(FORM_ERRORS, description="Invalid input; nothing was stored.")


def created(name: str, **fields) -> OpenApiResponse:
    return OpenApiResponse(
        inline_serializer(name, {"id": serializers.IntegerField(), **fields}),
        description="Stored.",
    )


# --- Wagtail's read endpoints -----------------------------------------------------------

FILTER_TYPES = {
    "BooleanFilter": OpenApiTypes.BOOL,
    "NumberFilter": OpenApiTypes.INT,
    "DateFilter": OpenApiTypes.DATE,
}
WAGTAIL_PARAMETER_TYPES = {
    "limit": OpenApiTypes.INT,
    "offset": OpenApiTypes.INT,
    "child_of": OpenApiTypes.STR,  # a page id or "root"
    "ancestor_of": OpenApiTypes.INT,
    "descendant_of": OpenApiTypes.STR,
    "translation_of": OpenApiTypes.INT,
}
PARAMETER_HELP = {
    "limit": "Page size, at most 100 (WAGTAILAPI_LIMIT_MAX).",
    "offset": "Index of the first item.",
    "fields": "Comma-separated fields to add (`-name` to remove, `*` for all).",
    "order": "Comma-separated fields (`-` for descending), or `random`; ties are broken by id.",
    "search": "Full-text search.",
    "locale": "Language code, e.g. `en`.",
    "type": "Page type, e.g. `events.EventPage`.",
    "translation_of": "Id of a page whose translations to list.",
    "token": "Signed preview token from the editor's 'Preview in front end' button.",
}
# Not for clients: jQuery's cache-buster and the browsable API's format switch.
HIDDEN_PARAMETERS = {"_", "format"}


def _filter_parameters(view) -> dict[str, OpenApiParameter]:
    """The listing's django-filter FilterSet, if it has one (opportunities, events)."""
    filterset = getattr(view, "filterset_class", None)
    if filterset is None:
        return {}
    parameters = {}
    for name, filter_ in filterset.base_filters.items():
        kind = FILTER_TYPES.get(type(filter_).__name__, OpenApiTypes.STR)
        choices = getattr(filter_, "extra", {}).get("choices")
        enum = [value for value, _label in choices] if isinstance(choices, list | tuple) else None
        parameters[name] = OpenApiParameter(
            name, kind, OpenApiParameter.QUERY, description=str(filter_.label or ""), enum=enum
        )
    return parameters


def _item_schema(view, detail: bool) -> dict:
    model = view.model
    fields = view.get_available_fields(model)
    properties: dict[str, dict] = {name: {} for name in fields if name not in ("id", "meta")}
    properties["id"] = {"type": "integer"}
    properties["meta"] = {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "detail_url": {"type": "string"},
            "html_url": {"type": "string", "nullable": True},
            "slug": {"type": "string"},
            "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
            "locale": {"type": "string"},
        },
    }
    properties["title"] = {"type": "string"}
    schema = {
        "type": "object",
        "description": f"{model._meta.verbose_name}: "
        + ("the detail fields" if detail else "the listing fields; `?fields=` adds others")
        + " (page-type specific fields as the API's `type` says).",
        "properties": properties,
        "additionalProperties": True,
    }
    return schema


class WagtailEndpointSchema(AutoSchema):
    """Describes a Wagtail API viewset without calling its per-request serializers."""

    ACTIONS = {
        "listing_view": "list",
        "detail_view": "retrieve",
        "find_view": "find",
        "preview_view": "preview",
    }

    def _is_list_view(self, serializer=None) -> bool:
        # The listing body below is described whole (meta + items), so spectacular's list
        # mechanics (array wrapping, paginator, filter backends) must stay out.
        return False

    def _endpoint(self) -> str:
        # DRF resets a viewset's `name` when building the view, so take the router's prefix.
        return self._tokenize_path()[0]

    def get_operation_id(self) -> str:
        return f"{self._endpoint()}_{self.ACTIONS.get(self.view.action, self.view.action)}"

    def get_tags(self) -> list[str]:
        return [self._endpoint()]

    def get_description(self) -> str:
        return (self.view.__class__.__doc__ or "").strip()

    def get_filter_backends(self) -> list:
        return []  # described by get_override_parameters from the viewset's declarations

    def _get_paginator(self):
        return None  # Wagtail's pagination is limit/offset, in the parameters below

    def get_request_serializer(self):
        return None

    def get_override_parameters(self) -> list:
        action = self.view.action
        if action == "detail_view":
            names = ["fields"]
        elif action == "preview_view":
            names = ["token"]
        elif action == "find_view":
            names = sorted(self.view.find_query_parameters)
        else:
            names = sorted(self.view.known_query_parameters - HIDDEN_PARAMETERS)
        filters = _filter_parameters(self.view)
        parameters = []
        for name in names:
            if name in filters:
                parameters.append(filters[name])
                continue
            kind = WAGTAIL_PARAMETER_TYPES.get(name, OpenApiTypes.STR)
            if name == "id" and action == "find_view":
                kind = OpenApiTypes.INT
            parameters.append(
                OpenApiParameter(
                    name, kind, OpenApiParameter.QUERY, description=PARAMETER_HELP.get(name, "")
                )
            )
        return parameters

    def get_response_serializers(self):
        action = self.view.action
        error = OpenApiResponse(ERROR_MESSAGE, description="Bad query parameters.")
        missing = OpenApiResponse(ERROR_MESSAGE, description="Not found (or not public).")
        if action == "find_view":
            return {302: OpenApiResponse(description="Redirect to the detail URL."), 404: missing}
        if action == "detail_view":
            return {200: _item_schema(self.view, detail=True), 400: error, 404: missing}
        if action == "preview_view":
            refused = OpenApiResponse(ERROR_MESSAGE, description="Token expired or invalid.")
            return {200: _item_schema(self.view, detail=True), 403: refused}
        listing = {
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "properties": {"total_count": {"type": "integer"}},
                    "required": ["total_count"],
                },
                "items": {"type": "array", "items": _item_schema(self.view, detail=False)},
            },
            "required": ["meta", "items"],
        }
        return {200: OpenApiResponse(listing), 400: error}


# --- Write endpoints: request bodies from the forms ------------------------------------


def _serializer_field(field: forms.Field) -> serializers.Field:
    common = {"required": field.required, "help_text": str(field.help_text or "") or None}
    if isinstance(field, forms.BooleanField):
        return serializers.BooleanField(**common)
    if isinstance(field, forms.ModelChoiceField):
        return serializers.IntegerField(**common)
    if isinstance(field, forms.MultipleChoiceField):
        return serializers.MultipleChoiceField(choices=list(field.choices), **common)
    if isinstance(field, forms.ChoiceField):
        choices = [value for value, _label in field.choices if value != ""]
        return serializers.ChoiceField(choices=choices, **common)
    if isinstance(field, forms.EmailField):
        return serializers.EmailField(**common)
    if isinstance(field, forms.IntegerField):
        return serializers.IntegerField(**common)
    if isinstance(field, forms.DateField):
        return serializers.DateField(**common)
    if isinstance(field, forms.FileField):
        return serializers.FileField(**common)
    return serializers.CharField(
        max_length=getattr(field, "max_length", None), allow_blank=not field.required, **common
    )


def form_request(form_class: type[forms.BaseForm], name: str):
    """A request serializer (for the description only) with the form's fields and rules.

    The honeypot `website` must stay empty; `consent_shown` is the id that
    GET /api/v2/consent/<purpose>/ returns.
    """
    fields = {
        field_name: _serializer_field(field) for field_name, field in form_class.base_fields.items()
    }
    return inline_serializer(name, fields)


def survey_request():
    """Survey bodies depend on the survey's fields (the page's `form_fields`): one entry
    per field, keyed by its `clean_name`, besides the consent fields and the honeypot."""
    from .forms import ConsentFields

    return form_request(ConsentFields, "SurveyAnswerBody")


def only_public_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: describe /api/v2/, not the admin's own APIs."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]
