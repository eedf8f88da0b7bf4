"""Serializers for API fields that several page models share (models import this module,
so it must not import the API router)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail import blocks as wagtail_blocks
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.rich_text import expand_db_html


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


# --- Rich text and StreamField in a form a front end can use -----------------------------

# Sizes every image in a StreamField is offered in (`width-800` is also what the site's
# image component renders, so those renditions usually exist already).
IMAGE_RENDITIONS = {"medium": "width-800", "large": "width-1600"}


@extend_schema_field(
    {"type": "string", "description": "HTML with real link targets and <img> elements."}
)
class RichTextSerializer(serializers.Field):
    """A RichTextField as HTML a front end can insert: Wagtail's stored form
    (`<a linktype="page" id="3">`, `<embed embedtype="image">`) expanded to hrefs and
    <img> elements, as the site's `|richtext` filter does."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> str:
        return expand_db_html(value or "")


STREAM_SCHEMA = {
    "type": "array",
    "description": "Blocks in order. Rich text is HTML with real link targets; an image is "
    "`{id, title, alt, decorative, width, height, renditions: {medium, large}}`; a page is "
    "`{id, title, url}` (null once unpublished).",
    "items": {
        "type": "object",
        "properties": {"type": {"type": "string"}, "id": {"type": "string"}, "value": {}},
        "required": ["type", "id", "value"],
    },
}


@extend_schema_field(STREAM_SCHEMA)
class StreamFieldSerializer(serializers.Field):
    """A StreamField as `[{type, id, value}]` with every nested value rendered for a front
    end (instead of Wagtail's default: stored rich text and bare image/page ids).

    Any block tree is walked, so a new block type needs no code here unless it holds rich
    text, an image or a page in a new way. Renditions of all images of the field are
    fetched with one query (plus one per rendition not generated yet)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> list[dict]:
        pending: list[tuple[object, dict]] = []
        rendered = _render_block(value.stream_block, value, self.context, pending)
        _add_renditions(pending)
        return rendered


def _render_block(block, value, context, pending):
    """One block value as plain data; images are queued in `pending` for their renditions."""
    if value is None:
        return None
    if isinstance(block, wagtail_blocks.RichTextBlock):
        return expand_db_html(value.source)
    if isinstance(block, ImageBlock | ImageChooserBlock):
        return _image(value, pending)
    if isinstance(block, wagtail_blocks.PageChooserBlock):
        return _page(value, context)
    if isinstance(block, wagtail_blocks.StreamBlock):
        return [
            {
                "type": child.block.name,
                "id": child.id,
                "value": _render_block(child.block, child.value, context, pending),
            }
            for child in value
        ]
    if isinstance(block, wagtail_blocks.StructBlock):
        return {
            name: _render_block(block.child_blocks[name], child, context, pending)
            for name, child in value.items()
        }
    if isinstance(block, wagtail_blocks.ListBlock):
        return [_render_block(block.child_block, item, context, pending) for item in value]
    return block.get_api_representation(value, context=context)


def _image(image, pending) -> dict:
    decorative = bool(getattr(image, "decorative", False))
    contextual = getattr(image, "contextual_alt_text", None)
    data = {
        "id": image.pk,
        "title": image.title,
        # An ImageBlock carries the editor's alt text for this place (or "decorative").
        "alt": "" if decorative else (contextual or image.default_alt_text),
        "decorative": decorative,
        "width": image.width,
        "height": image.height,
        "renditions": {},
    }
    pending.append((image, data))
    return data


def _add_renditions(pending) -> None:
    if not pending:
        return
    from wagtail.images import get_image_model

    specs = list(IMAGE_RENDITIONS.values())
    ids = {image.pk for image, _data in pending}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*specs)
    by_id = {image.pk: image for image in images}
    for image, data in pending:
        renditions = by_id.get(image.pk, image).get_renditions(*specs)
        data["renditions"] = {
            name: {
                "url": renditions[spec].url,
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in IMAGE_RENDITIONS.items()
        }


def _page(page, context) -> dict | None:
    """A chosen page as a link; a page no longer live is not named (draft titles stay out)."""
    if not page.live:
        return None
    return {"id": page.pk, "title": page.title, "url": page.get_url(context.get("request"))}
