"""Placeholder until implemented in this session."""

from django.http import HttpResponse


def measure_export(request, *args, **kwargs):
    return HttpResponse(status=501)


def measure_import(request, *args, **kwargs):
    return HttpResponse(status=501)
