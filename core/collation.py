"""Swedish alphabetical order (… x y z å ä ö) on both databases, and as a Python sort key.

PostgreSQL sorts with ICU's Swedish collation (`sv-SE-x-icu`). `swedish_sort_key` gives the same
order in Python: a string key computed once per value, so the catalogue index (measures/
catalogue.py) sorts 100 000 titles with one `sorted()` instead of asking the database, and
places a changed title by binary search. SQLite has no Swedish collation; the one registered
on each connection compares these keys (cached, so a sort computes each key once).

The key follows ICU's three levels for the Swedish tailoring of the Unicode collation algorithm:
1. letters and their order, case and accents ignored: spaces, then punctuation and symbols,
   then digits (one by one: "10" before "9"), then a–z (v and w apart), then å, ä and ö; æ, ę
   sort as ä, ø, ő, œ, ô as ö, ü, ű as y, ł as l, đ, ð as d, ß as ss, þ as th; other scripts
   after Latin;
2. accents, in ICU's order (é before è before ê …);
3. case, lower before upper;
and at last the raw text, as PostgreSQL breaks ties of a deterministic collation. The tests
compare it with PostgreSQL for å/ä/ö, case, digits, punctuation and accents
(tests/core/test_collation.py); characters beyond those are placed by the same rules and may
differ from ICU in rare details.
"""

import functools
import unicodedata

from django.db.models.functions import Collate

POSTGRES_COLLATION = "sv-SE-x-icu"
SQLITE_COLLATION = "swedish"

# Primary order of spaces, punctuation and symbols as ICU has them (read from PostgreSQL);
# others of these kinds come after them by code point, currency symbols last, then digits.
_PUNCTUATION = "\t\n\x0b\x0c\r _-–—,;:!¡?¿.·'‘’\"“”«»()[]{}§¶@*/\\&#%•`´^¯¨¸°®+±÷×<=>¬|~"
_CURRENCY = "$€"
# ICU's order of accents (secondary weights), read from PostgreSQL.
_ACCENTS = (
    "\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303"
    "\u0307\u0338\u0327\u0328\u0304\u0335\u0323\u0331"
)
# Letters of their own after z, and letters the Swedish rules sort as another, accented.
_AFTER_Z = "åäö"
# letter: (primary letters, secondary rank among its base's variants, tertiary of its first part)
_TAILORED = {
    "æ": ("ä", 1, 0),
    "ę": ("ä", 2, 0),
    "ø": ("ö", 1, 0),
    "ő": ("ö", 2, 0),
    "œ": ("ö", 3, 0),
    "ô": ("ö", 4, 0),
    "ü": ("y", 1, 0),
    "ű": ("y", 2, 0),
    "đ": ("d", 1, 0),
    "ð": ("d", 2, 0),
    "ł": ("l", 1, 0),
    "ß": ("ss", 1, 0),
    "þ": ("th", 0, 1),
}
_UPPER_TAILORED = {"ẞ": "ß"}
# Latin letters without a decomposition that ICU puts right after a letter, as their own letter.
_AFTER_LETTER = {"ı": "i", "ŋ": "n", "ʒ": "z"}

# Weights are characters; "\x00" separates the levels, so a shorter value sorts first.
_COMMON, _LOWER, _BETWEEN, _UPPER, _VARIANT = "\x05", "\x05", "\x06", "\x08", "\x0a"
_FIRST_ACCENT = 0x20
# Every primary weight of an ASCII character is an ASCII character too: str.translate then
# takes its fast path for ASCII words (most of a title's words, and every unique one like a
# number), some ten times quicker.
_P_PUNCTUATION = 0x0B
_P_OTHER_PUNCTUATION = _P_PUNCTUATION + len(_PUNCTUATION)
_P_CURRENCY = _P_OTHER_PUNCTUATION + 1
_P_OTHER_CURRENCY = _P_CURRENCY + len(_CURRENCY)
_P_DIGIT = _P_OTHER_CURRENCY + 1
_P_LETTER = _P_DIGIT + 10
_P_OTHER_LATIN = _P_LETTER + 26
_P_AFTER_Z = _P_OTHER_LATIN + 1
_P_OTHER_SCRIPT = _P_AFTER_Z + len(_AFTER_Z)
_LAST = "\U0010ffff"  # after a letter's weight: a letter of its own after every word of it
assert _P_OTHER_SCRIPT < 0x80


def _letter(ch: str) -> str:
    """Primary weight of a lower-case base letter."""
    if "a" <= ch <= "z":
        return chr(_P_LETTER + ord(ch) - ord("a"))
    if ch in _AFTER_Z:
        return chr(_P_AFTER_Z + _AFTER_Z.index(ch))
    if ch in _AFTER_LETTER:
        return _letter(_AFTER_LETTER[ch]) + _LAST
    if "LATIN" in unicodedata.name(ch, ""):
        return chr(_P_OTHER_LATIN) + ch
    return chr(_P_OTHER_SCRIPT) + ch


def _accent(mark: str) -> str:
    if mark in _ACCENTS:
        return chr(_FIRST_ACCENT + _ACCENTS.index(mark))
    return chr(_FIRST_ACCENT + len(_ACCENTS)) + mark


@functools.cache
def _weights(ch: str) -> tuple[str, str, str]:
    """(primary, secondary, tertiary) weights of one character of an NFC string."""
    lower = ch.lower() if len(ch.lower()) == 1 else ch
    case = _UPPER if lower != ch else _LOWER
    lower = _UPPER_TAILORED.get(ch, lower)
    if lower in _AFTER_Z:
        return _letter(lower), _COMMON, case
    if lower in _TAILORED:
        letters, rank, between = _TAILORED[lower]
        primary = "".join(_letter(letter) for letter in letters)
        secondary = [_COMMON] * len(letters)
        secondary[-1] = chr(ord(_COMMON) + rank)
        tertiary = [_LOWER] * len(letters)
        tertiary[0] = _BETWEEN if between and case == _LOWER else case
        return primary, "".join(secondary), "".join(tertiary)
    category = unicodedata.category(ch)
    if category.startswith("M"):
        return "", _accent(ch), _COMMON
    if ch in _PUNCTUATION:
        return chr(_P_PUNCTUATION + _PUNCTUATION.index(ch)), _COMMON, _COMMON
    if ch in _CURRENCY:
        return chr(_P_CURRENCY + _CURRENCY.index(ch)), _COMMON, _COMMON
    decomposed = unicodedata.normalize("NFD", ch)
    if decomposed != ch:
        parts = [_weights(part) for part in decomposed]
        return tuple("".join(level) for level in zip(*parts, strict=True))
    compatible = unicodedata.normalize("NFKD", ch)
    if compatible != ch:
        tag = unicodedata.decomposition(ch).split()[0]
        variant = _VARIANT if tag in ("<super>", "<sub>", "<circle>", "<noBreak>") else _BETWEEN
        parts = [_weights(part) for part in compatible]
        primary, secondary, tertiary = ("".join(level) for level in zip(*parts, strict=True))
        return primary, secondary, variant * len(tertiary)
    if category == "Nd":
        return chr(_P_DIGIT + unicodedata.digit(ch)), _COMMON, _COMMON if ch.isascii() else _BETWEEN
    if category.startswith("L"):
        return _letter(lower), _COMMON, case
    if category == "Sc":
        return chr(_P_OTHER_CURRENCY) + ch, _COMMON, _COMMON
    if category[0] in "PSZN":
        return chr(_P_OTHER_PUNCTUATION) + ch, _COMMON, _COMMON
    return "", "", ""  # control and format characters are ignored


class _Level(dict):
    """A str.translate table for one level, filled as characters are met."""

    def __init__(self, level):
        super().__init__()
        self.level = level

    def __missing__(self, code):
        weight = self[code] = _weights(chr(code))[self.level]
        return weight


_LEVELS = [_Level(0), _Level(1), _Level(2)]
_SPACE = _weights(" ")
_WORD_CACHE_SIZE = 200_000
_words: dict[str, tuple[str, str, str]] = {}


def _word_weights(word: str) -> tuple[str, str, str]:
    """The three levels of one space-free part, first met: titles share most words, and
    str.translate costs some 0.2 µs a character (0.02 for ASCII)."""
    normal = word if word.isascii() else unicodedata.normalize("NFC", word)
    primary, secondary, tertiary = _LEVELS
    weights = (normal.translate(primary), normal.translate(secondary), normal.translate(tertiary))
    if len(_words) < _WORD_CACHE_SIZE:
        _words[word] = weights
    return weights


def swedish_sort_key(value: str) -> str:
    """A key whose plain string order is PostgreSQL's `sv-SE-x-icu` order of the values.

    Computed word by word (a space is a starter that composes with nothing, so normalising
    the parts is normalising the whole)."""
    value = value or ""
    known = _words.get
    primary, secondary, tertiary = zip(
        *[known(word) or _word_weights(word) for word in value.split(" ")], strict=True
    )
    return (
        f"{_SPACE[0].join(primary)}\x00{_SPACE[1].join(secondary)}\x00"
        f"{_SPACE[2].join(tertiary)}\x00{value}"
    )


cached_sort_key = functools.lru_cache(maxsize=50_000)(swedish_sort_key)


def _compare(left: str, right: str) -> int:
    a, b = cached_sort_key(left), cached_sort_key(right)
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
