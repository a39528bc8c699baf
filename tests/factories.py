"""factory-boy factories for every model. The seeded municipalities and taxonomies are reused."""

import datetime

import factory
from django.utils import timezone

from measures.models import Category, Location, Measure, MeasureType, Project
from municipalities.models import Municipality, Unit


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["kommunkod"]

    name = factory.Sequence(lambda n: f"Testkommun {n}")
    slug = factory.Sequence(lambda n: f"testkommun-{n}")
    kommunkod = factory.Sequence(lambda n: f"{9000 + n:04d}")
    is_skno_member = False


def seeded_municipality(slug="osby"):
    return Municipality.objects.get(slug=slug)


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    municipality = factory.LazyFunction(seeded_municipality)
    name = factory.Sequence(lambda n: f"Arbetsmarknadsenhet {n}")
    phone = "040-628 04 00"
    email = factory.Sequence(lambda n: f"enhet{n}@osby.example")


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    name = factory.Sequence(lambda n: f"Testprojekt {n}")
    slug = factory.Sequence(lambda n: f"testprojekt-{n}")
    owner = "Osby kommun"


class MeasureFactory(factory.django.DjangoModelFactory):
    """A published, public measure. Pass categories=[...] etc. for many-to-many fields."""

    class Meta:
        model = Measure
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Testinsats {n}")
    summary = "Du får stöd att komma vidare."
    description = "En insats för tester."
    municipality = factory.LazyFunction(seeded_municipality)
    unit = factory.LazyAttribute(
        lambda o: (
            Unit.objects.filter(municipality=o.municipality).first()
            or UnitFactory(municipality=o.municipality)
        )
    )
    measure_type = factory.LazyFunction(lambda: MeasureType.objects.get(slug="arbetstraning"))
    status = Measure.Status.PUBLISHED
    last_verified = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        """Every measure has at least one BIP category; "jobbinriktad" unless given."""
        if create:
            if extracted is None:
                extracted = [Category.objects.get(slug="jobbinriktad")]
            self.categories.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if create and extracted:
            self.needs.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    measure = factory.SubFactory(MeasureFactory)
    street_address = "Storgatan 1"
    postcode = "283 31"
    town = "Osby"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@kommun.example")
    password = factory.django.Password("ett-bra-losenord-42")


class MembershipFactory(factory.django.DjangoModelFactory):
    """A user with a role in a municipality (default: redaktör in Osby)."""

    class Meta:
        model = "accounts.Membership"

    user = factory.SubFactory(UserFactory)
    municipality = factory.LazyFunction(seeded_municipality)
    role = "redaktor"


def member(role, municipality_slug="osby", **user_fields):
    """A saved user holding `role` in the municipality; returns the user."""
    membership = MembershipFactory(
        role=role,
        municipality=seeded_municipality(municipality_slug),
        user=UserFactory(**user_fields),
    )
    return membership.user


class EmployerFactory(factory.django.DjangoModelFactory):
    """An employer in Osby's register, listed (consent given yesterday), offering praktik.

    Pass placement_kinds=[...], languages=[...], hosted_measures=[...] for the links; `consent`
    False for one that must not be shown publicly."""

    class Meta:
        model = "employers.Employer"
        skip_postgeneration_save = True

    class Params:
        consent = True

    municipality = factory.LazyFunction(seeded_municipality)
    name = factory.Sequence(lambda n: f"Testföretaget {n} AB")
    # Valid organisation numbers (the Luhn check digit computed) in a range no real one uses.
    org_number = factory.Sequence(lambda n: _org_number(n))
    sector = "privat"
    industry = "handel"
    town = "Osby"
    contact_name = "Karin Kontaktsson"
    contact_phone = "040-628 04 55"
    contact_email = factory.Sequence(lambda n: f"kontakt{n}@foretag.example")
    listing_consent = factory.LazyAttribute(lambda o: o.consent)
    consent_date = factory.LazyAttribute(
        lambda o: timezone.localdate() - datetime.timedelta(days=1) if o.consent else None
    )
    last_verified = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def placement_kinds(self, create, extracted, **kwargs):
        if create:
            from employers.models import PlacementKind

            self.placement_kinds.set(extracted or [PlacementKind.objects.get(slug="praktik")])

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)

    @factory.post_generation
    def hosted_measures(self, create, extracted, **kwargs):
        if create and extracted:
            self.hosted_measures.set(extracted)


def _org_number(n: int) -> str:
    """The n-th fictional organisation number: 99 99 … with its check digit."""
    from stdnum import luhn

    body = f"99{n % 10_000_000:07d}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
