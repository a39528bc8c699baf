"""factory-boy factories for every model. The seeded municipalities and taxonomies are reused."""

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
