"""Categories, criteria, jury members and winners of an award round become translatable
with their page (wagtail-localize translates a page's child rows only when they carry a
locale and a translation key). Existing rows take their page's locale and a key each."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["awardcategory", "awardcriterion", "jurymember", "winner"]


def fill_locale_and_key(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("awards", name)
        for row in model.objects.select_related("page"):
            row.locale_id = row.page.locale_id
            row.translation_key = uuid.uuid4()
            row.save(update_fields=["locale", "translation_key"])


def added_fields(name):
    return [
        migrations.AddField(
            model_name=name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name=name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


def final_fields(name):
    return [
        migrations.AlterField(
            model_name=name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name=name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name=name, unique_together={("translation_key", "locale")}),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        *[op for name in MODELS for op in added_fields(name)],
        migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop),
        *[op for name in MODELS for op in final_fields(name)],
    ]
