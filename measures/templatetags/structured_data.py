"""`{% government_service_json measure %}`: a measure's JSON-LD, safe inside a <script> element."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from measures.structured_data import government_service

register = template.Library()

# What django.utils.html.json_script escapes: no "</script>" or "<!--" can appear in the output,
# whatever an editor typed, and the JSON still reads back the same.
SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def government_service_json(context, measure):
    data = json.dumps(government_service(measure, context["request"]), cls=DjangoJSONEncoder)
    return mark_safe(data.translate(SCRIPT_SAFE))
