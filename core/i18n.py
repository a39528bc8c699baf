"""Texts stored in two languages: a Swedish field and an English `<field>_en` beside it.

Taxonomy names, municipality presentations, project summaries and unit descriptions are data,
so gettext cannot translate them. The English field may be empty (a term an administrator added
without English, a unit an editor described in Swedish only); then the Swedish text is shown and
`language_of` says so, for the `lang` attribute screen readers and translators go by.
"""

from django.utils.translation import get_language

SOURCE_LANGUAGE = "sv"


def _wants_english() -> bool:
    return (get_language() or SOURCE_LANGUAGE).startswith("en")


def localized(obj, field: str) -> str:
    """`obj.<field>_en` for an English visitor when it is filled in, else `obj.<field>`."""
    if _wants_english():
        english = getattr(obj, f"{field}_en", "")
        if english:
            return english
    return getattr(obj, field)


def language_of(obj, field: str) -> str:
    """The language of the text `localized(obj, field)` gives: "en" or "sv"."""
    if _wants_english() and getattr(obj, f"{field}_en", ""):
        return "en"
    return SOURCE_LANGUAGE
