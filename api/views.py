"""The API's endpoints: read-only, JSON, one conditional-GET and language rule for all.

The measures list is /insatser/ in JSON: the same parameters read by the same FilterSet
(measures.filters.MeasureFilter), the same result from the same catalogue index and facet engine
(measures.facets.index_result, cached under the same key as the page's), the same order and
the same pages. What the page would show as a notice (a dropped value, a cut search) is listed
in `warnings`; nothing is refused. The page's measures are then read in one query and five
prefetches, whatever the catalogue's size.
"""

from django.conf import settings
from django.db.models import Max, Prefetch
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from employers.models import Employer
from measures.listing import list_filterset, list_key, list_result
from measures.models import (
    Category,
    Language,
    Measure,
    MeasureType,
    Need,
    Project,
    TargetGroup,
)
from municipalities.models import Municipality, Unit

from . import serializers as out
from .conditional import validators
from .pagination import envelope, page_of
from .permissions import sees_internal

LANGUAGES = {"sv", "en"}


def measures_for_api():
    return (
        Measure.objects.public()
        .select_related("municipality", "unit", "measure_type", "project")
        .prefetch_related("categories", "target_groups", "needs", "languages", "locations")
    )


class ReadOnlyView(APIView):
    """GET and HEAD only; ETag, Last-Modified and 304; the warnings' language.

    The language is the caller's Accept-Language (Swedish or English; Swedish by default): it
    only changes the warnings' wording, never a field name or value.
    """

    http_method_names = ["get", "head", "options"]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        language = translation.get_language_from_request(request._request)
        translation.activate(language if language in LANGUAGES else settings.LANGUAGE_CODE)
        request.sees_internal = sees_internal(request)
        level = "internal" if request.sees_internal else "public"
        request.validators = validators(request, level=level, language=get_language())

    def get(self, request, *args, **kwargs):
        check = request.validators
        unchanged = get_conditional_response(
            request._request,
            etag=check.etag,
            last_modified=int(check.last_modified.timestamp()),
        )
        if unchanged is not None:  # 304, or 412 for a failed If-Match
            response = unchanged
        else:
            response = Response(self.content(request, *args, **kwargs))
        response["ETag"] = check.etag
        response["Last-Modified"] = check.last_modified_http
        response["Content-Language"] = get_language()
        patch_vary_headers(response, ["Accept-Language", "Authorization", "Cookie"])
        if request.sees_internal:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=60)
        return response

    def content(self, request, *args, **kwargs):
        raise NotImplementedError

    def context(self, request):
        return {"request": request, "internal": request.sees_internal}

    def page(self, request, items, serializer, warnings=None):
        warnings = [] if warnings is None else warnings
        page = page_of(request, items, warnings)
        data = serializer(page.object_list, many=True, context=self.context(request)).data
        return envelope(request, page, data, warnings)


def paginated(serializer, name):
    """The list envelope around `serializer`, for the OpenAPI document."""
    return inline_serializer(
        name=name,
        fields={
            "count": serializers.IntegerField(help_text="Matching records in all pages."),
            "page": serializers.IntegerField(),
            "pages": serializers.IntegerField(),
            "page_size": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "warnings": serializers.ListField(
                child=serializers.CharField(),
                help_text="Parameters that were dropped or changed, in the caller's language.",
            ),
            "results": serializer(many=True),
        },
    )


ERROR = inline_serializer(name="Error", fields={"detail": serializers.CharField()})
# The answers every endpoint may give besides its 200.
OTHER_ANSWERS = {
    304: OpenApiResponse(description="Not modified: the If-None-Match or If-Modified-Since held."),
    401: OpenApiResponse(ERROR, description="A wrong or revoked API token."),
    404: OpenApiResponse(ERROR, description="No such record, or a page past the last."),
    429: OpenApiResponse(ERROR, description="Too many requests; see Retry-After."),
}

PAGE_PARAMETERS = [
    OpenApiParameter("page", OpenApiTypes.STR, description="Page number, from 1."),
    OpenApiParameter(
        "page_size",
        OpenApiTypes.STR,
        description="Records per page, default 20, at most 100.",
    ),
]
CONDITIONAL_PARAMETERS = [
    OpenApiParameter("If-None-Match", OpenApiTypes.STR, OpenApiParameter.HEADER),
    OpenApiParameter("If-Modified-Since", OpenApiTypes.STR, OpenApiParameter.HEADER),
]
MANY = {"many": True}
FILTER_PARAMETERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Free text (at most 200 characters)."),
    OpenApiParameter("kommun", OpenApiTypes.STR, description="Municipality slug.", **MANY),
    OpenApiParameter("kategori", OpenApiTypes.STR, description="BIP category slug.", **MANY),
    OpenApiParameter("typ", OpenApiTypes.STR, description="Measure type slug.", **MANY),
    OpenApiParameter("malgrupp", OpenApiTypes.STR, description="Target group slug.", **MANY),
    OpenApiParameter("behov", OpenApiTypes.STR, description="Need slug.", **MANY),
    OpenApiParameter("sprak", OpenApiTypes.STR, description="Language slug (ISO 639).", **MANY),
    OpenApiParameter(
        "format", OpenApiTypes.STR, description="pa-plats, digitalt or blandat.", **MANY
    ),
    OpenApiParameter("projekt", OpenApiTypes.STR, description="ESF project slug.", **MANY),
    OpenApiParameter("alder", OpenApiTypes.STR, description="Age in whole years (0–120)."),
    OpenApiParameter(
        "oppen_for_andra", OpenApiTypes.STR, description="1: open to other municipalities."
    ),
    OpenApiParameter("ledig_plats", OpenApiTypes.STR, description="1: has free places now."),
    OpenApiParameter(
        "sort",
        OpenApiTypes.STR,
        description="relevans (default), nyast, titel or kommun.",
    ),
]
LIST_EXAMPLE = OpenApiExample(
    "Two measures in Osby open to other municipalities",
    value={
        "count": 2,
        "page": 1,
        "pages": 1,
        "page_size": 20,
        "next": None,
        "previous": None,
        "warnings": ["Kommun: ”lund” finns inte och har hoppats över."],
        "results": [{"id": 17, "slug": "arbetstraning-i-koket", "title": "Arbetsträning i köket"}],
    },
    response_only=True,
)


class MeasureList(ReadOnlyView):
    @extend_schema(
        operation_id="measures_list",
        summary="Measures, filtered and ordered as on /insatser/",
        description=(
            "Takes the parameters of the public list /insatser/ and answers with the same "
            "measures in the same order. Unknown or malformed values are dropped and named in "
            "`warnings`, as the page shows them as notices; nothing is refused. The key "
            "`internal` appears only for members' sessions and API tokens."
        ),
        parameters=FILTER_PARAMETERS + PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
        responses={200: paginated(out.MeasureSerializer, "PaginatedMeasureList"), **OTHER_ANSWERS},
        examples=[LIST_EXAMPLE],
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request):
        # The list page's work, under the list page's cache keys (measures.views.measure_list).
        key = list_key(request, version=request.validators.key)
        filterset = list_filterset(request, key)
        result = list_result(filterset, key)
        warnings = list(filterset.notices)
        page = page_of(request, result.ids, warnings)
        wanted = list(page.object_list)
        found = {m.pk: m for m in measures_for_api().filter(pk__in=wanted)}
        measures = [found[pk] for pk in wanted if pk in found]
        data = out.MeasureSerializer(measures, many=True, context=self.context(request)).data
        return envelope(request, page, data, warnings)


class MeasureDetail(ReadOnlyView):
    @extend_schema(
        operation_id="measures_detail",
        summary="One public measure",
        parameters=CONDITIONAL_PARAMETERS,
        responses={200: out.MeasureSerializer, **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request, slug):
        measure = get_object_or_404(measures_for_api(), slug=slug)
        return out.MeasureSerializer(measure, context=self.context(request)).data


class MunicipalityList(ReadOnlyView):
    @extend_schema(
        operation_id="municipalities_list",
        summary="Municipalities",
        parameters=PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
        responses={
            200: paginated(out.MunicipalitySerializer, "PaginatedMunicipalityList"),
            **OTHER_ANSWERS,
        },
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request):
        return self.page(
            request, Municipality.objects.order_by("name", "pk"), out.MunicipalitySerializer
        )


class MunicipalityDetail(ReadOnlyView):
    @extend_schema(
        operation_id="municipalities_detail",
        summary="One municipality",
        parameters=CONDITIONAL_PARAMETERS,
        responses={200: out.MunicipalitySerializer, **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request, slug):
        municipality = get_object_or_404(Municipality, slug=slug)
        return out.MunicipalitySerializer(municipality, context=self.context(request)).data


class UnitList(ReadOnlyView):
    @extend_schema(
        operation_id="units_list",
        summary="The municipalities' labour-market units",
        parameters=PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
        responses={200: paginated(out.UnitSerializer, "PaginatedUnitList"), **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request):
        units = Unit.objects.select_related("municipality").order_by(
            "municipality__name", "name", "pk"
        )
        return self.page(request, units, out.UnitSerializer)


class UnitDetail(ReadOnlyView):
    @extend_schema(
        operation_id="units_detail",
        summary="One unit",
        parameters=CONDITIONAL_PARAMETERS,
        responses={200: out.UnitSerializer, **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request, pk):
        unit = get_object_or_404(Unit.objects.select_related("municipality"), pk=pk)
        return out.UnitSerializer(unit, context=self.context(request)).data


class EmployerView(ReadOnlyView):
    """The employer register: the public reads listed employers only (they agreed to be listed,
    on a date already passed) and their public fields; members and API tokens read every
    register with the internal fields, as on /arbetsgivare/.

    A change of an employer moves the catalogue on only when a measure page shows it
    (employers/signals.py), so these answers' validators also carry the register's latest
    history record: every save, confirmation and deletion makes one.
    """

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        latest = Employer.history.aggregate(number=Max("history_id"), at=Max("history_date"))
        request.validators = validators(
            request,
            level="internal" if request.sees_internal else "public",
            language=get_language(),
            extra=(latest["number"],),
            modified=latest["at"],
        )

    def employers(self, request):
        employers = Employer.objects.all() if request.sees_internal else Employer.objects.listed()
        employers = employers.select_related("municipality").prefetch_related("placement_kinds")
        if request.sees_internal:
            employers = employers.prefetch_related("languages", "hosted_measures")
        return employers


class EmployerList(EmployerView):
    @extend_schema(
        operation_id="employers_list",
        summary="Employers that take on participants",
        description=(
            "Employers that offer praktik, arbetsträning, arbetsprövning or anställning med "
            "stöd, by name. Anonymous callers get only the employers that agreed to be listed, "
            "and only their name, sector, industry, kinds of placement and municipality; members' "
            "sessions and API tokens get every municipality's register and the key `internal` "
            "(organisation number, contact, places, languages, consent)."
        ),
        parameters=PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
        responses={
            200: paginated(out.EmployerSerializer, "PaginatedEmployerList"),
            **OTHER_ANSWERS,
        },
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request):
        employers = self.employers(request).order_by("name", "pk")
        return self.page(request, employers, out.EmployerSerializer)


class EmployerDetail(EmployerView):
    @extend_schema(
        operation_id="employers_detail",
        summary="One employer",
        description="404 for an employer the caller may not see (for the public: not listed).",
        parameters=CONDITIONAL_PARAMETERS,
        responses={200: out.EmployerSerializer, **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request, pk):
        employer = get_object_or_404(self.employers(request), pk=pk)
        return out.EmployerSerializer(employer, context=self.context(request)).data


def projects():
    return Project.objects.prefetch_related(
        Prefetch("partner_municipalities", Municipality.objects.order_by("name"))
    )


class ProjectList(ReadOnlyView):
    @extend_schema(
        operation_id="projects_list",
        summary="ESF projects",
        parameters=PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
        responses={200: paginated(out.ProjectSerializer, "PaginatedProjectList"), **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request):
        return self.page(request, projects().order_by("name", "pk"), out.ProjectSerializer)


class ProjectDetail(ReadOnlyView):
    @extend_schema(
        operation_id="projects_detail",
        summary="One ESF project",
        parameters=CONDITIONAL_PARAMETERS,
        responses={200: out.ProjectSerializer, **OTHER_ANSWERS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def content(self, request, slug):
        project = get_object_or_404(projects(), slug=slug)
        return out.ProjectSerializer(project, context=self.context(request)).data


TERM_PAGE = paginated(out.TermDetailSerializer, "PaginatedTermList")
TAXONOMIES = {
    "categories": (Category, "BIP categories"),
    "measure-types": (MeasureType, "Measure types"),
    "target-groups": (TargetGroup, "Target groups"),
    "needs": (Need, "Needs"),
    "languages": (Language, "Languages a measure is given in (slug: ISO 639)"),
}


def taxonomy_view(name):
    model, title = TAXONOMIES[name]

    class TermList(ReadOnlyView):
        @extend_schema(
            operation_id=f"{name.replace('-', '_')}_list",
            summary=title,
            description="Terms in their display order; `name_en` is empty when not translated.",
            parameters=PAGE_PARAMETERS + CONDITIONAL_PARAMETERS,
            responses={200: TERM_PAGE, **OTHER_ANSWERS},
        )
        def get(self, request, *args, **kwargs):
            return super().get(request, *args, **kwargs)

        def content(self, request):
            terms = model.objects.order_by("position", "name", "pk")
            return self.page(request, terms, out.TermDetailSerializer)

    TermList.__name__ = TermList.__qualname__ = f"{model.__name__}List"
    return TermList.as_view()


class NotFoundView(APIView):
    """Any other address under /api/v1/: a JSON 404, like the endpoints' own."""

    http_method_names = ["get", "head", "options"]

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        raise NotFound
