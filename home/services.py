from cms.submissions import store_submission

from .forms import CounsellingRequestForm
from .models import CounsellingRequest
from .tasks import send_counselling_request_emails


def submit_counselling_request(form: CounsellingRequestForm) -> CounsellingRequest:
    """Store a counselling request; the agency and the citizen are e-mailed after commit."""
    return store_submission(form, notify=[send_counselling_request_emails])
