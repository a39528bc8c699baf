"""ETag and Last-Modified for every API answer, from the catalogue's version.

Every change that could alter an API answer (a measure, a municipality, a unit, a term) moves
the catalogue on (measures.catalogue.catalogue_key, read as an opaque value), and so does the
date (visibility windows). An answer is therefore fixed by that key, the fields level (public
or internal), the language of the warnings and the URL: its ETag is a hash of those, known
before any work is done, so a matching If-None-Match is answered 304 straight away.
Last-Modified is the time of the catalogue's latest change, or local midnight if that is later
(a day's visibility windows): an upper bound for every record in the answer.
"""

import datetime
import hashlib
from dataclasses import dataclass

from django.utils import timezone
from django.utils.http import http_date

from measures.catalogue import catalogue_key
from measures.models import CatalogueChange


@dataclass(frozen=True)
class Validators:
    key: tuple
    etag: str
    last_modified: datetime.datetime

    @property
    def last_modified_http(self) -> str:
        return http_date(self.last_modified.timestamp())


def validators(
    request, *, level: str, language: str, extra=(), modified: datetime.datetime | None = None
) -> Validators:
    """The answer's validators. An endpoint over records the catalogue does not follow (the
    employer register) adds what moves with them: `extra` joins the key, `modified` is a time
    of their latest change."""
    key = (catalogue_key(), *extra) if extra else catalogue_key()
    (_version, counter), _date = key[0] if extra else key
    changed = (
        CatalogueChange.objects.filter(number=counter).values_list("created_at", flat=True).first()
        if counter
        else None
    )
    midnight = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate(), datetime.time.min)
    )
    last_modified = max(filter(None, [changed, midnight, modified]))
    # Whole seconds: that is all an HTTP date holds, and If-Modified-Since compares it.
    last_modified = last_modified.replace(microsecond=0)
    digest = hashlib.sha256(
        repr((key, level, language, request.get_full_path())).encode()
    ).hexdigest()[:32]
    return Validators(key, f'"{digest}"', last_modified)
