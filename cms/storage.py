"""Storage for personal files that must never have a public URL."""

from django.core.files.storage import storages


def private_storage():
    """The "private" storage of settings.STORAGES, as a callable for FileField(storage=...).

    A callable keeps the storage out of migrations and lets tests override the setting.
    """
    return storages["private"]
