"""Background work of the search."""

from django_tasks import task

from . import services


@task()
def flush_search_counts() -> int:
    """Add the searches counted in Redis to the staff's reports (every minute)."""
    return services.flush_counts()
