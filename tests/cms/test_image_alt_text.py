"""Images added in the admin need their alternative text (the image's description)."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def root_collection() -> Collection:
    # Transactional tests empty every table, Wagtail's root collection included.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def png(name: str = "rathaus.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 10), "#246").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def add_image(admin_client, root: Collection, **extra):
    data = {"title": "Rathaus", "file": png(), "collection": root.pk}
    return admin_client.post(reverse("wagtailimages:add"), {**data, **extra})


def test_an_image_without_alt_text_is_refused(admin_client, root_collection):
    response = add_image(admin_client, root_collection, description="")

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not get_image_model().objects.exists()


def test_an_image_with_alt_text_is_stored_and_used_as_its_alt(admin_client, root_collection):
    response = add_image(admin_client, root_collection, description="Das Rathaus am Rathausplatz")

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.default_alt_text == "Das Rathaus am Rathausplatz"


def test_the_multiple_uploader_stores_the_file_first_and_then_asks_for_the_alt_text(
    admin_client, root_collection
):
    root = root_collection.pk
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png(), "title": "Rathaus", "collection": root},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is True
    image = get_image_model().objects.get()

    prefix = f"image-{image.pk}"
    edit = reverse("wagtailimages:edit_multiple", args=[image.pk])
    fields = {f"{prefix}-title": "Rathaus", f"{prefix}-collection": root}
    refused = admin_client.post(edit, {**fields, f"{prefix}-description": ""})
    assert refused.json()["success"] is False
    accepted = admin_client.post(edit, {**fields, f"{prefix}-description": "Das Rathaus"})
    assert accepted.json()["success"] is True
    image.refresh_from_db()
    assert image.description == "Das Rathaus"
