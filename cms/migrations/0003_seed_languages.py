from django.db import migrations

# Endonyms of the site languages and of languages that newcomers in the region speak.
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("ku", "Kurdî"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("ps", "پښتو"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("pt", "Português"),
    ("sq", "Shqip"),
    ("bg", "Български"),
    ("hr", "Hrvatski"),
    ("lb", "Lëtzebuergesch"),
    ("nl", "Nederlands"),
    ("dgs", "Deutsche Gebärdensprache"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("cms", "Language")
    for code, name in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_language")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
