"""Swedish alphabetical order is the same on SQLite and PostgreSQL, in SQL and in the index.

PostgreSQL sorts with ICU's Swedish collation; the catalogue index and SQLite use a Python sort
key with the same rules (core/collation.py): å, ä, ö after z, lower case before upper, digits
one by one, accents after the plain letter, punctuation before digits.
"""

import random

import pytest
from django.db import connection

from core.collation import POSTGRES_COLLATION, Swedish, swedish_sort_key
from measures.catalogue import catalogue_key, get_index
from measures.models import Measure
from tests.factories import MeasureFactory

# PostgreSQL's order (ORDER BY title COLLATE "sv-SE-x-icu", ICU 72) of these titles.
POSTGRES_ORDER = [
    "_under",
    "- streck",
    '"Citat"',
    "(Paus)",
    "1 vecka",
    "10 veckor",
    "9 veckor",
    "al",
    "Al",
    "AL",
    "arbetsträning",
    "Arbetsträning",
    "Dakovo",
    "Đakovo",
    "Ecla",
    "Eclair",
    "éclair",
    "Éclair",
    "Ecole",
    "Insats – 1",
    "insats 1",
    "Insats 1",
    "Insats 10",
    "Insats 2",
    "Insats-1",
    "Insats1",
    "Kak",
    "Koket",
    "Kåk",
    "Käk",
    "Kök – café",
    "Kök & café",
    "Kök café",
    "Kök, café",
    "Köket",
    "Lodz",
    "Łódź",
    "Ol",
    "Oz",
    "Strasse",
    "Straße",
    "Utest",
    "Vz",
    "Vägledning",
    "Wärdshus",
    "Y",
    "Ü-test",
    "Ytest",
    "Z",
    "zeta",
    "Zeta",
    "Å",
    "ål",
    "Ål",
    "Åter till arbete",
    "Ä",
    "Æble",
    "Äl",
    "Ärlig start",
    "Ö",
    "öl",
    "Öl",
    "Øl",
    "öppen verkstad",
    "Öppen verkstad",
    "Ørsted",
    "Œuvre",
]


def test_the_sort_key_gives_postgresqls_order_at_the_edges():
    shuffled = random.Random(3).sample(POSTGRES_ORDER, len(POSTGRES_ORDER))

    assert sorted(shuffled, key=swedish_sort_key) == POSTGRES_ORDER


def test_the_list_and_the_database_sort_titles_alike_on_this_database(db):
    """On SQLite the database sorts with the registered collation, on PostgreSQL with ICU; the
    index sorts with the key. All three give the order above."""
    for title in random.Random(4).sample(POSTGRES_ORDER, len(POSTGRES_ORDER)):
        MeasureFactory(title=title)

    in_sql = list(Measure.objects.order_by(Swedish("title"), "pk").values_list("title", flat=True))
    index = get_index(catalogue_key())
    in_index = index.titles[index.orders["titel"]].tolist()

    assert in_sql == POSTGRES_ORDER
    assert in_index == POSTGRES_ORDER


ALPHABET = list(
    "aAbBeEéÉèêëoOöÖåÅäÄzZvVwWyYüÜuUsSßtTÂâÀàÇçÑñÍíÓóÚúÿýØÐæÆøłŁđðþÞőôœę"
    "0123456789 -–—_.,:;!?()[]{}&/'\"+%#*@<>=|~^`«»“”‘’…•°×÷¿¡§$€½²ª\u00a0"
) + ["e\u0301", "ﬁ", "α", "Ж"]


@pytest.mark.postgresql  # compares with ICU itself
def test_the_sort_key_agrees_with_icu_on_random_strings(db):
    rng = random.Random(11)
    values = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT v FROM unnest(%s::text[]) v ORDER BY v COLLATE "{POSTGRES_COLLATION}"',
            [values],
        )
        icu = [row[0] for row in cursor.fetchall()]

    assert sorted(values, key=swedish_sort_key) == icu
