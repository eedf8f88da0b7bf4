"""The admin's image form: every image needs its alternative text (WCAG 1.1.1).

Wagtail keeps an image's alt text in its `description` (Wagtail falls back to the title,
which is usually a file name). Images chosen for StreamField blocks ask for their own alt
text (`ImageBlock`); images on pages (organisation logos, event pictures, winners'
portraits) are rendered with the description, so it is required here
(`WAGTAILIMAGES_IMAGE_FORM_BASE`).
"""

from wagtail.images.forms import BaseImageForm


class AltTextRequiredImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is None:
            return
        # The multiple uploader first stores the file alone (its form sends no description)
        # and then shows this form per image, where the description is asked for.
        if self.is_bound and self.add_prefix("description") not in self.data:
            return
        field.required = True
