from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Bitburg CMS"

    def ready(self) -> None:
        from . import pagecache, retention  # noqa: F401  (retention registers its system check)

        pagecache.connect()
