"""API tokens of a municipality (`/hantera/api-nycklar/`): its administratör makes and revokes
them, beside the members page.

A new token is shown once, on the page that answers the POST that made it; only its hash is
stored. Every request asks `api.manage_tokens` for the municipality first (accounts/rules.py),
so a forged POST from anyone else changes nothing.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from municipalities.models import Municipality

from .forms import NewTokenForm
from .models import ApiToken


def managed_municipality(request):
    """`?kommun=<slug>` (or the first) of the municipalities whose tokens the user manages."""
    municipalities = [
        municipality
        for municipality in Municipality.objects.order_by("name")
        if request.user.has_perm("api.manage_tokens", municipality)
    ]
    if not municipalities:
        raise PermissionDenied
    wanted = request.GET.get("kommun") or request.POST.get("kommun")
    if not wanted:
        return municipalities[0]
    for municipality in municipalities:
        if municipality.slug == wanted:
            return municipality
    raise PermissionDenied


def _tokens_url(municipality):
    return f"{reverse('api_tokens:list')}?{urlencode({'kommun': municipality.slug})}"


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def token_list(request):
    municipality = managed_municipality(request)
    form = NewTokenForm()
    new_token = None
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            token = get_object_or_404(
                ApiToken, pk=request.POST.get("token", ""), municipality=municipality
            )
            token.revoke(by=request.user)
            messages.success(request, _("Nyckeln %(name)s är återkallad.") % {"name": token})
            return redirect(_tokens_url(municipality))
        form = NewTokenForm(request.POST)
        if form.is_valid():
            _row, new_token = ApiToken.issue(
                municipality=municipality, name=form.cleaned_data["name"], by=request.user
            )
            form = NewTokenForm()
        else:
            status = 400
    tokens = municipality.api_tokens.select_related("created_by", "revoked_by")
    return render(
        request,
        "api/token_list.html",
        {"municipality": municipality, "tokens": tokens, "form": form, "new_token": new_token},
        status=status,
    )
