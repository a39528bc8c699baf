"""Text helpers shared by the measures app: slugs and search normalisation."""

import unicodedata

from django.utils.text import slugify


def swedish_slugify(value: str) -> str:
    """Slug for a Swedish title: å/ä become a, ö becomes o, everything else as Django does."""
    # Django's slugify decomposes letters (NFKD) and drops the marks, which is exactly the rule.
    return slugify(value or "")


# Addresses beside the measures' own under /insatser/ (the Atom feed): a measure titled "Feed"
# would otherwise get a page nobody can reach.
RESERVED_SLUGS = frozenset({"feed"})


def unique_slug(model, value: str, *, exclude_pk=None, max_length: int = 200, taken=()) -> str:
    """A slug for `value` not yet used by another row of `model` (suffixes -2, -3, ...).

    `taken` names slugs to avoid as well, such as one a concurrent save just took.
    """
    base = swedish_slugify(value)[:max_length].strip("-") or "insats"
    rows = model.objects.filter(slug__startswith=base)
    if exclude_pk is not None:
        rows = rows.exclude(pk=exclude_pk)
    used = set(rows.values_list("slug", flat=True)) | set(taken) | RESERVED_SLUGS
    if base not in used:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = f"{base[: max_length - len(suffix)]}{suffix}"
        if candidate not in used:
            return candidate
        number += 1


def fold(value: str) -> str:
    """Case- and accent-fold text for the simple search used on SQLite.

    "Arbetsträning" and "ARBETSTRANING" both become "arbetstraning", so a visitor who cannot type
    å, ä or ö still finds what they look for.
    """
    decomposed = unicodedata.normalize("NFKD", (value or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
