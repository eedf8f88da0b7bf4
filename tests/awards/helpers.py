"""Small builders the award tests share: form data and files of every kind."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def nomination_data(consent, **overrides) -> dict:
    data = {
        "category": "",
        "nominee_kind": "person",
        "nominee_name": "Anna Müller",
        "nominee_contact": "anna.mueller@example.org, 06561 12345",
        "nominee_organisation": "Tafel Bitburg",
        "engagement": "Leitet die Ausgabe der Tafel, zwei Nachmittage pro Woche.",
        "engaged_since": "2014",
        "reason": "Sie ist verlässlich, freundlich und hat viele neue Helferinnen gewonnen.",
        "nominator_name": "Peter Schmitz",
        "nominator_email": "peter.schmitz@example.org",
        "nominator_phone": "",
        "relationship": "Wir helfen beide bei der Tafel.",
        "nominee_may_be_contacted": "on",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
    }
    data.update(overrides)
    return data
