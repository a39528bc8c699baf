"""The HSDS 3.0 API at /api/hsds/ (docs/open-data.md): read-only JSON over the public catalogue.

Each view is an api.views.ReadOnlyView, so the HSDS answers share the REST API's machinery:
ETag, Last-Modified and 304 from the catalogue's version, the throttle per client (DRF's
settings), open CORS for GET and HEAD (api.cors, for everything under /api/), the language from
Accept-Language (Swedish by default). No view reads who is asking: HSDS holds public fields only,
the same for everyone.
"""

from collections import defaultdict
from functools import partial
from pathlib import Path

from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from drf_spectacular.openapi import AutoSchema
from rest_framework.exceptions import NotFound, ParseError

from api.views import ReadOnlyView
from measures.models import Location, Measure
from municipalities.models import Municipality, Unit

from . import params, records
from .paging import paging
from .queries import for_services, in_order, known_ids, select_measures
from .taxonomies import BY_ID, BY_MODEL, EXTENSION, TAXONOMIES

HSDS_VERSION = "3.0"
# Services nested in organizations with full_service=true: beyond this, page through /services.
FULL_SERVICE_LIMIT = 500
# Services nested brief in one page of organizations (full=true): beyond this, fewer per page.
NESTED_LIMIT = 5000
SPEC = Path(__file__).resolve().parent / "spec"
SPEC_FILES = {path.stem for path in SPEC.glob("*.json")}


def _not_found(value: str):
    return NotFound(
        _("Det finns ingen post med id ”%(id)s”.") % {"id": params.clean_value(value)[:40]}
    )


def by_id(queryset, value: str):
    """The record of `queryset` with this permanent id; 404 for an unknown or malformed id."""
    wanted = params.an_id(value)
    found = queryset.filter(uuid=wanted).first() if wanted else None
    if found is None:
        raise _not_found(value)
    return found


class OpenReferralsDocument(AutoSchema):
    """Left out of /api/v1/schema/: HSDS is described by Open Referral's own OpenAPI document,
    served at /api/hsds/openapi30.json."""

    def is_excluded(self) -> bool:
        return True


class HsdsView(ReadOnlyView):
    schema = OpenReferralsDocument()


class Root(HsdsView):
    def content(self, request):
        return {
            "version": HSDS_VERSION,
            "openapi_url": request.build_absolute_uri(reverse("hsds:spec", args=["openapi30"])),
        }


# Services


class ServiceList(HsdsView):
    def content(self, request):
        params.json_format(request)
        full = params.flag(request, "full")
        minimal = params.flag(request, "minimal")
        selection = select_measures(request)
        ids = known_ids(selection, request.validators.key)
        if ids is None:
            page = paging(request, selection.measures.count, minimal=minimal)
            shown = selection.measures.order_by("pk")
        else:
            page = paging(request, len(ids), minimal=minimal)
            shown = Measure.objects.public()
        if minimal:
            shown = shown.only("uuid", "title", "updated_at")
            build = records.service_minimal
        else:
            shown = for_services(shown, full=full)
            build = partial(records.service, request, full=full)
        if ids is None:
            measures = page.window(shown)
        else:
            measures = in_order(shown, [int(pk) for pk in page.window(ids)])
        return page.envelope([build(measure) for measure in measures])


class ServiceDetail(HsdsView):
    def content(self, request, id):
        measure = by_id(for_services(Measure.objects.public(), full=True), id)
        return records.service(request, measure, full=True)


# Organizations


def services_by_unit(request, units, *, full_service: bool, limit: int | None = None) -> dict:
    """{unit pk: its public services}: brief (read as plain rows; more than `limit` in all is a
    400), or full records with `full_service` (at most FULL_SERVICE_LIMIT in all, else 400)."""
    measures = Measure.objects.public().filter(unit__in=units).order_by("pk")
    found = defaultdict(list)
    if not full_service:
        rows = measures.values_list("unit_id", "uuid", "title")
        rows = list(rows if limit is None else rows[: limit + 1])
        if limit is not None and len(rows) > limit:
            raise ParseError(
                _(
                    "full: organisationerna på sidan har fler än %(max)s insatser tillsammans. "
                    "Välj en mindre per_page, hämta en organisation i taget från "
                    "/organizations/{id}, eller insatserna från /services med organization_id."
                )
                % {"max": limit}
            )
        for unit_id, uuid, title in rows:
            found[unit_id].append(records.brief(uuid, title))
        return found
    count = measures.count()
    if count > FULL_SERVICE_LIMIT:
        raise ParseError(
            _(
                "full_service: här finns %(count)s insatser, fler än %(max)s. Hämta dem sida "
                "för sida från /services med organization_id och full=true."
            )
            % {"count": count, "max": FULL_SERVICE_LIMIT}
        )
    for measure in for_services(measures, full=True):
        found[measure.unit_id].append(records.service(request, measure, full=True))
    return found


class OrganizationList(HsdsView):
    """The municipalities first (by name), then their units (by municipality and name)."""

    def content(self, request):
        params.json_format(request)
        full = params.flag(request, "full")
        full_service = params.flag(request, "full_service")
        text = params.text(request, "search")
        municipalities = Municipality.objects.order_by("name", "pk")
        units = Unit.objects.select_related("municipality").order_by(
            "municipality__name", "name", "pk"
        )
        if text:
            municipalities = municipalities.filter(name__icontains=text)
            units = units.filter(name__icontains=text)
        counted = {}

        def total():
            counted["municipalities"] = municipalities.count()
            return counted["municipalities"] + units.count()

        page = paging(request, total)
        first, last = page.offset, page.offset + page.per_page
        before = counted["municipalities"]
        shown_municipalities = list(municipalities[first:last]) if first < before else []
        shown_units = list(units[max(first - before, 0) : last - before]) if last > before else []
        services = (
            services_by_unit(request, shown_units, full_service=full_service, limit=NESTED_LIMIT)
            if full and shown_units
            else {}
        )
        contents = [records.municipality(request, m, full=full) for m in shown_municipalities]
        contents += [
            records.unit(request, u, full=full, services=services.get(u.pk, []))
            for u in shown_units
        ]
        return page.envelope(contents)


class OrganizationDetail(HsdsView):
    def content(self, request, id):
        full_service = params.flag(request, "full_service")
        wanted = params.an_id(id)
        if wanted is None:
            raise _not_found(id)
        municipality = Municipality.objects.filter(uuid=wanted).first()
        if municipality is not None:
            return records.municipality(request, municipality, full=True)
        unit = by_id(Unit.objects.select_related("municipality"), id)
        services = services_by_unit(request, [unit], full_service=full_service)
        return records.unit(request, unit, full=True, services=services.get(unit.pk, []))


# Service at locations: a measure's places.


def _places():
    return Location.objects.filter(measure__in=Measure.objects.public()).select_related(
        "measure__municipality", "measure__unit__municipality"
    )


def _postcode_condition(places, postcode: str):
    digits = "".join(ch for ch in postcode if ch.isdigit())
    spaced = f"{digits[:3]} {digits[3:]}"
    return places.filter(postcode__in={postcode, digits, spaced})


class ServiceAtLocationList(HsdsView):
    def content(self, request):
        params.json_format(request)
        full = params.flag(request, "full")
        if params.text(request, "proximity"):
            raise ParseError(
                _("proximity: sökning på avstånd finns inte här; använd postcode (postnummer).")
            )
        postcode = params.text(request, "postcode", limit=10)
        selection = select_measures(request)
        places = _places().filter(measure__in=selection.measures)
        if postcode:
            places = _postcode_condition(places, postcode)
        if selection.ranked is None:
            page = paging(request, places.count)
            shown = page.window(places.order_by("pk"))
        else:
            rank = {pk: position for position, pk in enumerate(selection.ranked)}
            pairs = [
                (rank[measure], pk)
                for pk, measure in places.values_list("pk", "measure_id")
                if measure in rank
            ]
            ids = [pk for _position, pk in sorted(pairs)]
            page = paging(request, len(ids))
            shown = in_order(places, page.window(ids))
        if full:
            service = partial(records.service, request, full=False)
        else:
            service = records.service_brief
        return page.envelope(
            [
                records.service_at_location(place, place.measure, service=service(place.measure))
                for place in shown
            ]
        )


class ServiceAtLocationDetail(HsdsView):
    def content(self, request, id):
        place = by_id(_places(), id)
        measure = place.measure
        record = records.service_at_location(
            place, measure, service=records.service(request, measure, full=False)
        )
        # HSDS's OpenAPI document describes this answer as a service (service.json), its
        # documentation as a service_at_location: the record is the latter, and carries the
        # service's required name and status so that it is valid as either.
        return {**record, "name": measure.title, "status": records.STATUS}


# Taxonomies and their terms


def _matches(text: str, *values: str) -> bool:
    folded = text.casefold()
    return any(folded in value.casefold() for value in values)


class TaxonomyList(HsdsView):
    def content(self, request):
        params.json_format(request)
        text = params.text(request, "search")
        found = [
            taxonomy
            for taxonomy in TAXONOMIES
            if not text
            or _matches(text, taxonomy.code, taxonomy.texts.name, taxonomy.texts.name_en)
        ]
        page = paging(request, len(found))
        return page.envelope([records.taxonomy(taxonomy) for taxonomy in page.window(found)])


class TaxonomyDetail(HsdsView):
    def content(self, request, id):
        taxonomy = BY_ID.get(params.an_id(id))
        if taxonomy is None:
            raise _not_found(id)
        return records.taxonomy(taxonomy)


def _all_terms(request, taxonomy_id) -> list[dict]:
    """Every term of the taxonomies (one query per stored taxonomy), or of one of them."""
    wanted = (
        TAXONOMIES if taxonomy_id is None else [BY_ID[taxonomy_id]] if taxonomy_id in BY_ID else []
    )
    terms = []
    for taxonomy in wanted:
        if taxonomy is EXTENSION:
            terms += [records.extension_term(entry) for entry in taxonomy.extension_terms]
        else:
            stored = taxonomy.model.objects.order_by("position", "name", "pk")
            terms += [records.term(request, entry) for entry in stored]
    return terms


class TaxonomyTermList(HsdsView):
    """Terms in taxonomy order, then in each taxonomy's display order. Every term is a top term
    (none has a parent), so `top_only` changes nothing and `parent_id` finds none."""

    def content(self, request):
        params.json_format(request)
        text = params.text(request, "search")
        taxonomy_id = params.id_param(request, "taxonomy_id")
        params.flag(request, "top_only")
        parent_id = params.id_param(request, "parent_id")
        terms = [] if parent_id is not None else _all_terms(request, taxonomy_id)
        if text:
            terms = [term for term in terms if _matches(text, term["code"], term["name"])]
        page = paging(request, len(terms))
        return page.envelope(page.window(terms))


class TaxonomyTermDetail(HsdsView):
    def content(self, request, id):
        wanted = params.an_id(id)
        if wanted is not None:
            for taxonomy in BY_MODEL.values():
                stored = taxonomy.model.objects.filter(uuid=wanted).first()
                if stored is not None:
                    return records.term(request, stored)
            for entry in EXTENSION.extension_terms:
                if entry.id == wanted:
                    return records.extension_term(entry)
        raise _not_found(id)


@require_safe
def spec_file(request, name):
    """The vendored HSDS OpenAPI document and schemas (hsds/spec/, CC BY-SA 4.0 Open Referral),
    at addresses where the document's relative $refs find the schemas."""
    if name not in SPEC_FILES:
        raise Http404
    return FileResponse((SPEC / f"{name}.json").open("rb"), content_type="application/json")
