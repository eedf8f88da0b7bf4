"""Serializers for API fields that several page models share (models import this module,
so it must not import the API router)."""

from rest_framework import serializers


class TermSerializer(serializers.Serializer):
    """A taxonomy term or language as the API shows it: stable slug (or code) and name."""

    slug = serializers.SerializerMethodField()
    name = serializers.CharField()

    def get_slug(self, term) -> str:
        return getattr(term, "slug", None) or term.pk
