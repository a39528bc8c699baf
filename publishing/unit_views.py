"""Units of a municipality in the dashboard (`/hantera/enheter/`): list, create, edit.

Units are public information (shown on /kommuner/<slug>/), so another municipality's unit
answers 403, not 404. Editing uses optimistic locking, as measures do: a save started from an
older version is refused (409) with the editor's input kept in the form.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.collation import Swedish
from core.history import History
from core.versioning import EditConflict
from municipalities.models import Unit

from .forms import UnitForm
from .unit_services import unit_save
from .views import chosen_municipality


def _unit_list_url(municipality):
    return f"{reverse('publishing:unit_list')}?{urlencode({'kommun': municipality.slug})}"


@login_required
def unit_list(request):
    municipality, municipalities = chosen_municipality(request)
    if not request.user.has_perm("municipalities.view_unit", municipality):
        raise PermissionDenied
    units = (
        Unit.objects.filter(municipality=municipality)
        # Every measure counts, drafts and archived ones too: all of them name the unit.
        .annotate(measure_count=Count("measures"))
        .order_by(Swedish("name"))
    )
    return render(
        request,
        "publishing/unit_list.html",
        {"municipality": municipality, "municipalities": municipalities, "units": units},
    )


def _render_form(request, form, municipality, unit=None, status=200, **extra):
    return render(
        request,
        "publishing/unit_form.html",
        {"form": form, "municipality": municipality, "unit": unit, **extra},
        status=status,
    )


@login_required
def unit_create(request):
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("municipalities.add_unit", municipality):
        raise PermissionDenied
    form = UnitForm(request.POST or None, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            unit = unit_save(form=form)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Enheten ”%(name)s” är sparad.") % {"name": unit.name})
            return redirect(_unit_list_url(municipality))
    return _render_form(request, form, municipality)


@login_required
def unit_edit(request, pk):
    unit = get_object_or_404(Unit.objects.select_related("municipality"), pk=pk)
    if not request.user.has_perm("municipalities.change_unit", unit):
        raise PermissionDenied
    # The name as stored, for the heading: binding the form puts the typed one on the instance.
    saved_name = unit.name
    form = UnitForm(request.POST or None, instance=unit, municipality=unit.municipality)
    if request.method == "POST" and form.is_valid():
        started_from = form.started_from_version
        try:
            unit_save(form=form, expected_version=started_from)
        except EditConflict as conflict:
            return _conflict(request, form, conflict.current, started_from)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Ändringarna i ”%(name)s” är sparade.") % {"name": unit.name}
            )
            return redirect(_unit_list_url(unit.municipality))
    return _render_form(request, form, unit.municipality, unit, saved_name=saved_name)


def _conflict(request, form, current, started_from):
    """Someone saved in between: show what they changed and keep this editor's input."""
    saved_name = current.name
    form, context = UNIT_HISTORY.conflict(
        form,
        current,
        started_from,
        lambda data, unit: UnitForm(data, instance=unit, municipality=unit.municipality),
    )
    return _render_form(
        request,
        form,
        current.municipality,
        current,
        status=409,
        saved_name=saved_name,
        **context,
    )


UNIT_HISTORY = History(Unit, hidden={"id", "uuid", "version", "updated_at", "created_at"})
