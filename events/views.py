"""The cancellation link of the registration e-mail: no login, the token is the key.

GET only shows what would be cancelled and a button; the change needs a POST, so that
mail scanners that open links cannot cancel anyone's place. The POST shares the public
forms' per-client limit (`cms.form_pages.refuse_when_rate_limited`): whoever tries tokens
in bulk gets a translated 429 before any registration is looked up or changed.
"""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from cms.form_pages import refuse_when_rate_limited

from .models import EventRegistration
from .services import cancel


@require_http_methods(["GET", "POST"])
def cancel_registration(request, token):
    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    registration = EventRegistration.objects.select_related("event").filter(token=token).first()
    if registration is None or registration.event is None:
        raise Http404
    if request.method == "POST":
        registration = cancel(token)
        return render(request, "events/registration_cancelled.html", {"registration": registration})
    return render(request, "events/registration_cancel.html", {"registration": registration})
