"""Placeholder until implemented in this session."""

from django.http import HttpResponse


def member_list(request, *args, **kwargs):
    return HttpResponse(status=501)
