"""The one clock the nomination window is read from.

Pages, forms and the submission service all ask `now()`; tests replace it to place a
submission exactly one second before or after the window.
"""

import datetime

from django.utils import timezone


def now() -> datetime.datetime:
    return timezone.now()
