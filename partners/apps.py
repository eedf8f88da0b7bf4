from django.apps import AppConfig


class PartnersConfig(AppConfig):
    """Partner organisations' access: roles, onboarding, moderation workflow, dashboard.

    Listed after `wagtail.admin` in INSTALLED_APPS so that `ready()` runs after Wagtail's
    admin has connected its own workflow e-mails, which we replace by background tasks."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
    verbose_name = "Partnerorganisationen"

    def ready(self):
        from . import signals

        signals.connect()
