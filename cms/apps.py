from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Bitburg CMS"

    def ready(self) -> None:
        from . import locales, pagecache, retention  # noqa: F401  (retention: its system check)

        pagecache.connect()
        locales.connect()
