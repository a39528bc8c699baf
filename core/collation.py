"""Swedish alphabetical order (… x y z å ä ö) on both databases.

PostgreSQL uses ICU's Swedish collation. SQLite has no Swedish collation, so one is registered on
each new connection with the same rule written in Python.
"""

import unicodedata

from django.db.models.functions import Collate

POSTGRES_COLLATION = "sv-SE-x-icu"
SQLITE_COLLATION = "swedish"

# å, ä and ö are letters of their own after z; æ and ø sort as ä and ö.
_AFTER_Z = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}


def swedish_sort_key(value: str) -> str:
    folded = unicodedata.normalize("NFC", value or "").casefold()
    letters = []
    for ch in folded:
        if ch in _AFTER_Z:
            letters.append(_AFTER_Z[ch])
        else:
            # Other accents (é, ü) sort with their base letter.
            base = unicodedata.normalize("NFKD", ch)
            letters.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(letters)


def _compare(left: str, right: str) -> int:
    a, b = swedish_sort_key(left), swedish_sort_key(right)
    if a == b:
        return (left > right) - (left < right)
    return (a > b) - (a < b)


def register_sqlite_collation(sender, connection, **kwargs):
    """`connection_created` receiver: teach each SQLite connection the Swedish order."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(SQLITE_COLLATION, _compare)


class Swedish(Collate):
    """`order_by(Swedish("title"))`: the column in Swedish alphabetical order."""

    def __init__(self, expression):
        super().__init__(expression, POSTGRES_COLLATION)

    def as_sqlite(self, compiler, connection, **extra_context):
        clone = self.copy()
        clone.collation = SQLITE_COLLATION
        return super(Swedish, clone).as_sql(compiler, connection, **extra_context)
