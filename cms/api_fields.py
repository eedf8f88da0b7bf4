"""Serializers for API fields that several page models share (models import this module,
so it must not import the API router)."""

from rest_framework import serializers


class TermSerializer(serializers.Serializer):
    """A taxonomy term or language as the API shows it: stable slug (or code) and name."""

    slug = serializers.SerializerMethodField()
    name = serializers.CharField()

    def get_slug(self, term) -> str:
        return getattr(term, "slug", None) or term.pk


class TranslationLinksField(serializers.Field):
    """`translations`: the page's other language versions a client may show, i.e. those in
    the endpoint's visible set (live, outside view restrictions, not hidden such as an
    expired opportunity) — a draft or private translation is never linked."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page) -> list[dict]:
        from wagtail.api.v2.utils import get_object_detail_url
        from wagtail.models import Page

        visible = self.context.get("base_queryset")
        if visible is None:
            return []
        request, router = self.context["request"], self.context["router"]
        translations = (
            visible.filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .select_related("locale")
            .order_by("locale__language_code", "pk")
        )
        return [
            {
                "id": other.pk,
                "locale": other.locale.language_code,
                "title": other.title,
                "detail_url": get_object_detail_url(router, request, Page, other.pk),
                "html_url": other.get_full_url(request),
            }
            for other in translations
        ]
