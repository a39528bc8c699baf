"""The management commands: `load_demo` and `generate_measures`."""

from django.core.management import call_command
from django.db.models import Count

from measures.models import Category, Measure, MeasureType, TargetGroup
from municipalities.models import Municipality, Unit


def test_load_demo_loads_enough_example_measures_covering_every_taxonomy(db):
    call_command("load_demo", verbosity=0)

    measures = Measure.objects.all()
    assert measures.count() >= 60
    assert not measures.filter(is_example=False).exists()
    assert measures.public().count() == measures.count()
    per_municipality = dict(
        Municipality.objects.members().annotate(n=Count("measures")).values_list("slug", "n")
    )
    assert len(per_municipality) == 6
    assert min(per_municipality.values()) >= 8
    for model, relation in [
        (Category, "measures"),
        (MeasureType, "measures"),
        (TargetGroup, "measures"),
    ]:
        unused = model.objects.annotate(n=Count(relation)).filter(n=0)
        assert not unused.exists(), list(unused)
    assert Unit.objects.filter(municipality__slug="osby", name="Kompetensa").exists()
    assert Unit.objects.filter(
        municipality__slug="hassleholm", name="Arbetsmarknadsenheten"
    ).exists()


def test_load_demo_is_idempotent(db):
    call_command("load_demo", verbosity=0)
    first = (
        Measure.objects.count(),
        Unit.objects.count(),
        Measure.locations.rel.related_model.objects.count(),
    )
    slugs = set(Measure.objects.values_list("slug", flat=True))

    call_command("load_demo", verbosity=0)

    again = (
        Measure.objects.count(),
        Unit.objects.count(),
        Measure.locations.rel.related_model.objects.count(),
    )
    assert again == first
    assert set(Measure.objects.values_list("slug", flat=True)) == slugs


def test_example_measures_use_only_fictional_contact_details(db):
    call_command("load_demo", verbosity=0)
    for measure in Measure.objects.all():
        if measure.contact_phone:
            assert measure.contact_phone.startswith("040-628 04"), measure.contact_phone
        if measure.contact_email:
            assert measure.contact_email.endswith(".example"), measure.contact_email


def test_generate_measures_creates_n_synthetic_example_measures(db):
    call_command("generate_measures", 25, verbosity=0)
    generated = Measure.objects.filter(title__contains="syntetisk insats")
    assert generated.count() == 25
    assert generated.public().count() == 25
    assert not generated.filter(is_example=False).exists()
    assert not generated.annotate(n=Count("categories")).filter(n=0).exists()
    assert generated.filter(languages__slug="sv").distinct().count() == 25


def test_generate_measures_can_add_generated_municipalities(db):
    call_command("generate_measures", 10, municipalities=12, verbosity=0)
    assert Municipality.objects.count() == 12
    assert Municipality.objects.members().count() == 6
    assert Measure.objects.count() == 10


def test_generated_measures_are_found_by_search(db):
    call_command("generate_measures", 5, verbosity=0)
    assert Measure.objects.search("syntetisk").count() == 5


def test_generated_measures_show_in_the_list_at_once(client, db):
    client.get("/insatser/")  # builds the list's index for the empty catalogue
    call_command("generate_measures", 3, verbosity=0)
    assert client.get("/insatser/").context["page"].paginator.count == 3
