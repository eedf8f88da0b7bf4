from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Bitburg CMS"

    def ready(self):
        from . import pagecache

        pagecache.connect()
