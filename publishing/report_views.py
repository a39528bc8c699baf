"""Placeholder until implemented in this session."""

from django.http import HttpResponse


def report_list(request, *args, **kwargs):
    return HttpResponse(status=501)


def report_handle(request, *args, **kwargs):
    return HttpResponse(status=501)
