"""The award's rules, declared once (DOMAIN.md "The town's award") and read by the models,
the form, the service, the admin and the tests."""

from __future__ import annotations

import re
import unicodedata

from django.conf import settings

#: Attachments: what a file's first bytes must say it is → the content type we store.
#: The extension and the browser's claim are ignored; only the content counts.
ATTACHMENT_SIGNATURES: dict[bytes, str] = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}
ATTACHMENT_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"


def attachment_max_files() -> int:
    return getattr(settings, "AWARDS_ATTACHMENT_MAX_FILES", 3)


def attachment_max_bytes() -> int:
    return getattr(settings, "AWARDS_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)


#: Defaults of the per-round settings (each round may change them).
DEFAULT_MAX_MEDALS = 5
DEFAULT_REASON_GUIDANCE = 300
#: A reason longer than this is not a nomination any more; far above the guidance.
REASON_MAX_LENGTH = 5000

#: Flags shown to staff; they never refuse a nomination on their own.
FLAG_HONOURED_LAST_YEAR = "honoured_last_year"

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def nominee_key(name: str) -> str:
    """A name reduced to what identifies it for grouping: “Anna  MÜLLER” and “anna mueller”
    give the same key, and so do accents and punctuation variants."""
    text = name.casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())
