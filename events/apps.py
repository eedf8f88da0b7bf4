from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Campaigns and events"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import EventRegistration

        post_save.connect(
            on_registration_changed, sender=EventRegistration, dispatch_uid="events_pagecache"
        )
        post_delete.connect(
            on_registration_changed, sender=EventRegistration, dispatch_uid="events_pagecache_del"
        )


def on_registration_changed(sender, instance, **kwargs) -> None:
    """An event page shows its places left: drop its cached renderings (cms/pagecache.py).

    (With places left it shows the registration form and is never cached; a full event
    without a waiting list is, and a cancellation must reopen it.)"""
    from cms.pagecache import invalidate_pages

    from .models import EventPage

    invalidate_pages(EventPage.objects.filter(pk=instance.event_id), listings=False)
