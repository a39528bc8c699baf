"""The API's JSON: field names in English, texts as stored (Swedish, with `_en` beside them).

A measure's internal fields (the contact person, exact free places and capacity, referral
instructions, the price for other municipalities) sit in one `internal` object that only
callers who may see them get (api.permissions.sees_internal); for everyone else the key is
absent, not empty.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from employers.models import Employer
from measures.models import Location, Measure, Project
from municipalities.models import Municipality, Unit


class TermSerializer(serializers.Serializer):
    """A taxonomy term. `name_en` is empty when no English name has been given."""

    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True, help_text="Swedish name.")
    name_en = serializers.CharField(read_only=True, help_text="English name, or empty.")


class TermDetailSerializer(TermSerializer):
    description = serializers.CharField(read_only=True)
    description_en = serializers.CharField(read_only=True)
    position = serializers.IntegerField(read_only=True, help_text="Order within the taxonomy.")


class MunicipalityRefSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class UnitRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class ProjectRefSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class InternalMixin:
    """The `internal` field only for callers who may see it (context["internal"]); for everyone
    else the key is absent, not empty."""

    def get_fields(self):
        fields = super().get_fields()
        if not self.context.get("internal"):
            del fields["internal"]
        return fields


class WebUrlMixin:
    def get_web_url(self, obj) -> str:
        request = self.context.get("request")
        path = obj.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path


class MunicipalitySerializer(WebUrlMixin, serializers.ModelSerializer):
    web_url = serializers.SerializerMethodField(help_text="The municipality's page on Portalen.")

    class Meta:
        model = Municipality
        fields = [
            "slug",
            "name",
            "kommunkod",
            "county",
            "is_skno_member",
            "website",
            "presentation",
            "presentation_en",
            "web_url",
        ]


class UnitSerializer(serializers.ModelSerializer):
    municipality = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Unit
        fields = [
            "id",
            "name",
            "municipality",
            "description",
            "description_en",
            "street_address",
            "postcode",
            "town",
            "phone",
            "email",
            "website",
            "is_example",
        ]


class ProjectSerializer(WebUrlMixin, serializers.ModelSerializer):
    partner_municipalities = serializers.SlugRelatedField(
        slug_field="slug", many=True, read_only=True
    )
    web_url = serializers.SerializerMethodField(help_text="The project's page on Portalen.")

    class Meta:
        model = Project
        fields = [
            "slug",
            "name",
            "project_number",
            "owner",
            "fund",
            "programme_area",
            "start_date",
            "end_date",
            "total_budget",
            "esf_support",
            "planned_participants",
            "partner_municipalities",
            "summary",
            "summary_en",
            "source",
            "web_url",
        ]


class LocationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Location
        fields = [
            "name",
            "street_address",
            "postcode",
            "town",
            "latitude",
            "longitude",
            "wheelchair_accessible",
        ]


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name", read_only=True)
    role = serializers.CharField(source="contact_role", read_only=True)
    phone = serializers.CharField(source="contact_phone", read_only=True)
    email = serializers.CharField(source="contact_email", read_only=True)


class InternalSerializer(serializers.Serializer):
    """What only members of the municipalities (and API tokens) see."""

    contact = ContactSerializer(source="*", read_only=True)
    places_available = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="Exact number of free places, if given."
    )
    capacity = serializers.IntegerField(read_only=True, allow_null=True)
    places_updated_at = serializers.DateTimeField(read_only=True, allow_null=True)
    referral_instructions = serializers.CharField(read_only=True)
    price_for_others = serializers.CharField(
        read_only=True, help_text="Price for participants from other municipalities."
    )


class ReferralSerializer(serializers.Serializer):
    by_case_officer = serializers.BooleanField(source="referral_by_case_officer", read_only=True)
    by_arbetsformedlingen = serializers.BooleanField(source="referral_by_af", read_only=True)
    self_referral = serializers.BooleanField(read_only=True)


class MeasureSerializer(InternalMixin, WebUrlMixin, serializers.ModelSerializer):
    municipality = MunicipalityRefSerializer(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    measure_type = TermSerializer(read_only=True)
    categories = TermSerializer(many=True, read_only=True)
    target_groups = TermSerializer(many=True, read_only=True)
    needs = TermSerializer(many=True, read_only=True)
    languages = TermSerializer(many=True, read_only=True)
    project = ProjectRefSerializer(read_only=True, allow_null=True)
    locations = LocationSerializer(many=True, read_only=True)
    referral = ReferralSerializer(source="*", read_only=True)
    has_free_places = serializers.SerializerMethodField(
        help_text="Whether places are free now; null when the unit has not said."
    )
    web_url = serializers.SerializerMethodField(help_text="The measure's page on Portalen.")
    # Not read-only, so the schema lists it as optional: only some callers get it.
    internal = InternalSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for members of the municipalities (session) and API tokens; absent otherwise."
        ),
    )

    class Meta:
        model = Measure
        fields = [
            "id",
            "slug",
            "title",
            "summary",
            "summary_easy",
            "summary_en",
            "description",
            "municipality",
            "unit",
            "measure_type",
            "categories",
            "target_groups",
            "needs",
            "languages",
            "min_age",
            "max_age",
            "format",
            "hours_per_week",
            "schedule",
            "duration_weeks",
            "intake",
            "next_start",
            "has_free_places",
            "open_to_others",
            "other_municipality_terms",
            "referral",
            "project",
            "locations",
            "last_verified",
            "published_at",
            "updated_at",
            "is_example",
            "web_url",
            "internal",
        ]
        read_only_fields = [name for name in fields if name != "internal"]

    @extend_schema_field(serializers.BooleanField(allow_null=True))
    def get_has_free_places(self, obj):
        if obj.places_available is None:
            return None
        return obj.places_available > 0


class EmployerContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name", read_only=True)
    phone = serializers.CharField(source="contact_phone", read_only=True)
    email = serializers.CharField(source="contact_email", read_only=True)


class EmployerInternalSerializer(serializers.Serializer):
    """What only members of the municipalities (and API tokens) see of an employer: the
    organisation number (a sole trader's is a personnummer), the contact and what is offered."""

    org_number = serializers.CharField(read_only=True, help_text="NNNNNN-NNNN.")
    town = serializers.CharField(read_only=True)
    places_at_a_time = serializers.IntegerField(read_only=True, allow_null=True)
    languages = TermSerializer(many=True, read_only=True)
    accessibility_notes = serializers.CharField(read_only=True)
    contact = EmployerContactSerializer(source="*", read_only=True)
    hosted_measures = serializers.SlugRelatedField(
        slug_field="slug",
        many=True,
        read_only=True,
        help_text="Slugs of the praktik and arbetsträning measures that take place here.",
    )
    listing_consent = serializers.BooleanField(read_only=True)
    consent_date = serializers.DateField(read_only=True, allow_null=True)
    is_listed = serializers.BooleanField(
        read_only=True, help_text="Whether the public sees the employer (a consent, dated)."
    )
    last_verified = serializers.DateField(read_only=True, allow_null=True)


class EmployerSerializer(InternalMixin, WebUrlMixin, serializers.ModelSerializer):
    """An employer that takes on participants. The public gets listed employers only (they
    agreed to be listed) and only these fields; the organisation number is internal."""

    municipality = MunicipalityRefSerializer(read_only=True)
    placement_kinds = TermSerializer(many=True, read_only=True)
    web_url = serializers.SerializerMethodField(help_text="The employer's page on Portalen.")
    internal = EmployerInternalSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for members of the municipalities (session) and API tokens; absent otherwise."
        ),
    )

    class Meta:
        model = Employer
        fields = [
            "id",
            "name",
            "sector",
            "industry",
            "placement_kinds",
            "municipality",
            "is_example",
            "web_url",
            "internal",
        ]
        read_only_fields = [name for name in fields if name != "internal"]
