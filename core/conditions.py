"""A `Q` condition evaluated on one object in Python, so a rule written once as a Q also answers
for an object already in memory (`measure.is_public`) without a query.

Only what such rules need is understood: AND, OR and NOT of lookups on the object's own fields
(`exact`, `isnull`, `lt`, `lte`, `gt`, `gte`, `in`) against plain values. Anything else (a
relation, an F() expression, another lookup) raises ValueError rather than guessing, so a rule
that outgrows this evaluator fails its tests instead of answering differently from the database.
A comparison with a missing value (None) is false, as NULL is in SQL; a negation is then true, as
Django writes `~Q(...)` on a nullable column (`NOT (... AND column IS NOT NULL)`).
"""

import operator

from django.db.models import Q

COMPARISONS = {
    "exact": operator.eq,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
    "in": lambda value, choices: value in choices,
}


def holds(condition: Q, obj) -> bool:
    """Whether `obj` satisfies `condition`, as a database filtering on it would answer."""
    results = (
        holds(child, obj) if isinstance(child, Q) else _lookup_holds(*child, obj)
        for child in condition.children
    )
    if condition.connector == Q.AND:
        result = all(results)
    elif condition.connector == Q.OR:
        result = any(results)
    else:
        raise ValueError(f"Cannot evaluate the connector {condition.connector!r} in Python.")
    return not result if condition.negated else result


def _lookup_holds(lookup: str, expected, obj) -> bool:
    field, _, kind = lookup.partition("__")
    kind = kind or "exact"
    if "__" in kind or (kind != "isnull" and kind not in COMPARISONS):
        raise ValueError(f"Cannot evaluate the lookup {lookup!r} in Python.")
    if hasattr(expected, "resolve_expression"):  # F(), Value(), a subquery
        raise ValueError(f"Cannot evaluate an expression ({lookup!r}) in Python.")
    value = getattr(obj, field)
    if kind == "isnull":
        return (value is None) == bool(expected)
    if kind == "exact" and expected is None:
        return value is None
    if value is None:
        return False
    return COMPARISONS[kind](value, expected)
