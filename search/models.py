"""What the site search records beyond Wagtail's Query/QueryDailyHits: searches that found
nothing, so staff see which words people use that the content lacks."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.utils import normalise_query_string


class ZeroResultQuery(models.Model):
    query_string = models.CharField(_("search words"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-hits", "-last_searched_at"]
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language"], name="zero_result_once")
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string: str, language: str, hits: int = 1) -> None:
        """Count searches without results (normalised like Wagtail's Query)."""
        entry, _created = cls.objects.get_or_create(
            query_string=normalise_query_string(query_string)[:255], language=language
        )
        cls.objects.filter(pk=entry.pk).update(
            hits=F("hits") + hits, last_searched_at=timezone.now()
        )
