"""Placeholder until implemented in this session."""

from django.http import HttpResponse


def unit_list(request, *args, **kwargs):
    return HttpResponse(status=501)


def unit_create(request, *args, **kwargs):
    return HttpResponse(status=501)


def unit_edit(request, *args, **kwargs):
    return HttpResponse(status=501)
