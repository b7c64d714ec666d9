"""Media in S3-compatible object storage, addressed under the site's own MEDIA_URL.

django-storages' S3Storage would give every image the bucket's address (another origin, which the
site's Content-Security-Policy refuses, and a private bucket would have to be opened to the world).
Here an image is /media/<key>: any app host answers it from the bucket (home.views.media) and the
front keeps it, so pages load nothing from outside the site and the bucket stays private.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(self._normalize_name(clean_name(name)))
