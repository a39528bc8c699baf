"""The guide's pages: one GET form per step, then the results. Nothing about the visitor is kept.

The answers live only in the query string. These views never touch the session, set no
cookies, write no rows and log nothing; every response says `Cache-Control: no-store` (no
browser or proxy keeps a copy) and `Referrer-Policy: no-referrer` (a link to another site does
not pass the answers on in the Referer header).
"""

from functools import wraps

from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from .forms import STEPS, GuideForm, Vocabulary, read_step, returns_to_results
from .matching import GROUP_LIMIT, candidates, list_links, match_measures


def private_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return require_safe(wrapper)


@private_page
def step(request):
    current, step_notice = read_step(request.GET)
    form = GuideForm(request.GET, Vocabulary.load(examples=current.param == "behov"))
    notices = [step_notice, *form.notices] if step_notice else form.notices
    # "Ändra" on the results page: this one answer, then straight back to the results.
    to_results = returns_to_results(request.GET)
    is_last = current.number == len(STEPS)
    if to_results or is_last:
        skip_url = form.results_url(without=current.param)
    else:
        skip_url = form.step_url(current.number + 1, without=current.param)
    if to_results:
        back_url = form.results_url()
    else:
        back_url = form.step_url(current.number - 1) if current.number > 1 else None
    next_step = None if to_results or is_last else current.number + 1
    hidden_before, hidden_after = form.items_around(current)
    context = {
        "form": form,
        "step": current,
        "total": len(STEPS),
        "value": form.value(current),
        "choices": form.choices(current) if current.kind != "number" else [],
        "hidden_before": hidden_before,
        "hidden_after": hidden_after,
        "next_step": next_step,
        "to_results": to_results,
        "action": reverse("guide:step") if next_step else reverse("guide:results"),
        "skip_url": skip_url,
        "back_url": back_url,
        "notices": notices,
    }
    return render(request, "guide/step.html", context)


@private_page
def results(request):
    vocabulary = Vocabulary.load()
    form = GuideForm(request.GET, vocabulary)
    answers = form.answers
    found = match_measures(answers, candidates(answers))
    others = [m.value for m in vocabulary.municipalities if m.value != answers.home]
    context = {
        "form": form,
        "found": found,
        "limit": GROUP_LIMIT,
        "summary": form.summary(),
        "list_links": list_links(
            answers, home_name=vocabulary.name("kommun", answers.home), others=others
        ),
        "change_url": form.step_url(1),
        "notices": form.notices,
    }
    return render(request, "guide/results.html", context)
