"""Every interface string exists in every site language, with its placeholders intact."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
CATALOGUES = Path(settings.BASE_DIR) / "locale"


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(CATALOGUES / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_msgid_is_translated_with_its_placeholders(code):
    problems = []
    for entry in catalogue(code):
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            forms = list(entry.msgstr_plural.values())
            wanted |= set(PLACEHOLDER.findall(entry.msgid_plural))
        else:
            forms = [entry.msgstr]
        for form in forms:
            if not form.strip():
                problems.append(f"untranslated: {entry.msgid!r}")
            elif set(PLACEHOLDER.findall(form)) - wanted or (
                not entry.msgid_plural and set(PLACEHOLDER.findall(form)) != wanted
            ):
                problems.append(f"placeholders differ: {entry.msgid!r} -> {form!r}")
    assert problems == []


def test_catalogues_cover_the_same_msgids():
    reference = {e.msgid for e in catalogue("de") if not e.obsolete}
    for code, _name in settings.LANGUAGES:
        assert {e.msgid for e in catalogue(code) if not e.obsolete} == reference, code
