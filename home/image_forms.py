"""The admin's image form, refusing a file Pillow cannot read with Wagtail's own message.

Wagtail 8.0.1 recognises a broken PNG by its signature, then asks Pillow for its size, and
Pillow's UnidentifiedImageError escapes as a 500. Delete this module (and the
WAGTAILIMAGES_IMAGE_FORM_BASE setting) when Wagtail catches it itself.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            return super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # Pillow raises several kinds for a broken file
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class SafeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            old = self.fields["file"]
            new = ReadableImageField(required=old.required, label=old.label, help_text=old.help_text)
            new.widget = old.widget
            self.fields["file"] = new
