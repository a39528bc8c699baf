"""The example data: read from its data file, checked before loading, and prices kept internal."""

import json
import re

import pytest
from django.core.management import CommandError, call_command

from measures.management.commands.load_demo import DATA, read_demo_data
from measures.models import Measure

# "4 500 kr", "2500 kronor", "SEK 300", "pris": a price in any common spelling.
PRICE = re.compile(r"\d[\d\s\u00a0]*(kr|kronor|sek)\b|\bsek\s*\d|\bpris\b", re.IGNORECASE)
PUBLIC_MEASURE_FIELDS = [
    "title",
    "summary",
    "description",
    "schedule",
    "other_municipality_terms",
]


def test_no_public_text_of_the_example_data_holds_a_price(db):
    units, measures = read_demo_data()
    found = [
        (row["title"], field, row[field])
        for row in measures
        for field in PUBLIC_MEASURE_FIELDS
        if PRICE.search(row[field] or "")
    ]
    found += [
        (row["name"], "description", row["description"])
        for row in units
        if PRICE.search(row["description"])
    ]
    assert not found


def test_prices_for_other_municipalities_are_in_the_internal_field(db):
    call_command("load_demo", verbosity=0)

    priced = Measure.objects.exclude(price_for_others="")
    assert priced.count() >= 15
    assert sum(bool(PRICE.search(m.price_for_others)) for m in priced) >= 15
    for measure in priced:
        assert not PRICE.search(measure.other_municipality_terms), measure.title


def test_the_price_is_shown_to_case_officers_and_not_to_the_public(client, db):
    from tests.factories import member

    call_command("load_demo", verbosity=0)
    measure = Measure.objects.exclude(price_for_others="").first()
    url = f"/insatser/{measure.slug}/"

    assert measure.price_for_others not in client.get(url).content.decode()
    client.force_login(member("handlaggare", "hassleholm", username="hassleholm-handlaggare"))
    assert measure.price_for_others in client.get(url).content.decode()


def test_the_terms_field_no_longer_invites_a_price(editor_client):
    html = editor_client.get("/hantera/insatser/ny/").content.decode()
    assert "Till exempel pris per månad" not in html
    assert "Skriv inte priset här" in html


def test_a_broken_data_file_is_refused_with_what_is_wrong_and_nothing_is_loaded(db, tmp_path):
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["measures"][0]["type"] = "finns-inte"
    del data["measures"][1]["summary"]
    broken = tmp_path / "demo.json"
    broken.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(CommandError) as error:
        read_demo_data(broken)

    assert "unknown type finns-inte" in str(error.value)
    assert "missing summary" in str(error.value)
    assert not Measure.objects.exists()


def test_unreadable_data_is_a_clear_error(db, tmp_path):
    broken = tmp_path / "demo.json"
    broken.write_text("{ not json", encoding="utf-8")

    with pytest.raises(CommandError, match="cannot read the example data"):
        read_demo_data(broken)
