from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Bitburg CMS"

    def ready(self) -> None:
        from . import retention  # noqa: F401  (registers its system check)
