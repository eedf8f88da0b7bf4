from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ConsentText, District, FieldOfActivity, TargetGroup


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"


class FieldOfActivityViewSet(SnippetViewSet):
    model = FieldOfActivity
    icon = "tag"


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 250
    items = (DistrictViewSet, FieldOfActivityViewSet, TargetGroupViewSet)


class ConsentTextViewSet(SnippetViewSet):
    model = ConsentText
    icon = "doc-full"
    list_display = ["purpose", "version", "locale", "created_at"]
    list_filter = ["purpose", "locale"]


register_snippet(TaxonomyGroup)
register_snippet(ConsentTextViewSet)
