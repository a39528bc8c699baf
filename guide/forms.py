"""The guide's questions, one per step, and how the answers are read back from the URL.

The answers travel in the query string and nowhere else. So does one marker that is not an answer:
`tillbaka=resultat` on a step opened by "Ändra" on the results page, so that submitting that step
goes straight back to the results. They are read by the same parser, with the same limits, as
the measure list's filters (core/params.py): an unknown municipality, `alder=abc`, a repeated or a
huge value is dropped with a gentle notice, and everything that was understood is kept. Nothing
here raises on bad input. (Plain classes rather than `django.forms.Form`: a Form rejects a whole
field for one bad value, and here every page must work with whatever is left.)
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from core.collation import Swedish
from core.params import (
    MAX_VALUES_PER_PARAMETER,
    Reading,
    clean_value,
    read_many,
    read_number,
    read_one,
)
from measures.models import MAX_AGE, Language, Need
from municipalities.models import Municipality

from .matching import FORMAT_PREFERENCES, Answers, all_of, kinds_by_need

# "Ändra" on the results page: the step returns to the results when submitted.
RETURN_PARAM = "tillbaka"
RETURN_TO_RESULTS = "resultat"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str = ""
    # What the summary of answers on the results page says; the label when empty.
    short: str = ""
    # Needs only: the kinds of measure the answer brings ("Till exempel praktik och …").
    examples: str = ""


SITUATIONS = [
    Option(
        "inskriven-af",
        _lazy("Jag är inskriven på Arbetsförmedlingen"),
        _lazy("Arbetsförmedlingen (AF) är statens myndighet för dig som söker jobb."),
        _lazy("Inskriven på Arbetsförmedlingen"),
    ),
    Option(
        "forsorjningsstod",
        _lazy("Jag får försörjningsstöd"),
        _lazy("Försörjningsstöd kallas också ekonomiskt bistånd. Du får det från kommunen."),
        _lazy("Får försörjningsstöd"),
    ),
    Option(
        "nyanland",
        _lazy("Jag är nyanländ eller går i etableringsprogrammet"),
        _lazy("Etableringsprogrammet är för dig som nyss har fått uppehållstillstånd i Sverige."),
        _lazy("Nyanländ eller i etableringsprogrammet"),
    ),
    Option(
        "kaa",
        _lazy("Jag är 16–19 år och går inte i gymnasiet"),
        _lazy(
            "Då ska kommunen erbjuda dig stöd. Det kallas KAA, det kommunala aktivitetsansvaret."
        ),
        _lazy("16–19 år och inte i gymnasiet"),
    ),
    Option(
        "sjukskriven",
        _lazy("Jag är sjukskriven och på väg tillbaka"),
        _lazy("Du har varit sjuk och vill börja arbeta eller studera igen."),
        _lazy("Sjukskriven, på väg tillbaka"),
    ),
    Option("annat", _lazy("Inget av det här"), "", _lazy("Annat")),
]

TRAVEL = [
    Option("ja", _lazy("Ja, jag kan resa till en grannkommun"), "", _lazy("Ja")),
    Option("nej", _lazy("Nej, jag vill vara med i min egen kommun"), "", _lazy("Nej")),
]
FORMATS = [
    Option("pa-plats", _lazy("På plats"), _lazy("Du träffar andra på ett ställe i kommunen.")),
    Option("digitalt", _lazy("Digitalt"), _lazy("Du är med via dator eller mobil.")),
    Option("spelar-ingen-roll", _lazy("Det spelar ingen roll")),
]
# Hints for needs whose description in the admin is empty.
NEED_HINTS = {
    "svenska": _lazy("Öva svenska vid sidan av SFI. SFI betyder svenska för invandrare."),
}


@dataclass(frozen=True)
class Step:
    number: int
    param: str
    question: str
    hint: str
    # Short name of the answer, for notices and the summary.
    label: str
    # "number" (age), "radio" (one answer) or "checkbox" (several).
    kind: str


STEPS = (
    Step(
        number=1,
        param="alder",
        question=_lazy("Hur gammal är du?"),
        hint=_lazy("Skriv din ålder i hela år."),
        label=_lazy("Ålder"),
        kind="number",
    ),
    Step(
        number=2,
        param="kommun",
        question=_lazy("Var bor du?"),
        hint=_lazy("Välj kommunen du bor i."),
        label=_lazy("Kommun"),
        kind="radio",
    ),
    Step(
        number=3,
        param="situation",
        question=_lazy("Vad stämmer på dig just nu?"),
        hint=_lazy("Välj allt som stämmer."),
        label=_lazy("Situation"),
        kind="checkbox",
    ),
    Step(
        number=4,
        param="behov",
        question=_lazy("Vad vill du ha stöd med?"),
        hint=_lazy("Välj allt du vill ha stöd med."),
        label=_lazy("Stöd med"),
        kind="checkbox",
    ),
    Step(
        number=5,
        param="sprak",
        question=_lazy("Vilka språk förstår du bra?"),
        hint=_lazy("Vi letar efter insatser på de språken."),
        label=_lazy("Språk"),
        kind="checkbox",
    ),
    Step(
        number=6,
        param="resa",
        question=_lazy("Kan du resa till en grannkommun?"),
        hint=_lazy(
            "Många insatser tar emot deltagare från grannkommunerna. "
            "Det går tåg och bussar mellan kommunerna i Skåne Nordost."
        ),
        label=_lazy("Kan resa"),
        kind="radio",
    ),
    Step(
        number=7,
        param="form",
        question=_lazy("Vill du vara på plats eller delta digitalt?"),
        hint="",
        label=_lazy("Form"),
        kind="radio",
    ),
)


def step_by_number(number: int) -> Step:
    return STEPS[number - 1]


@dataclass(frozen=True)
class Vocabulary:
    """The options that are data, not code: municipalities, needs and languages."""

    municipalities: list[Option]
    needs: list[Option]
    languages: list[Option]

    @classmethod
    def load(cls, *, examples: bool = False):
        """Three queries: the Skåne Nordost municipalities, the needs and the languages.

        With `examples` (the needs step), a fourth: the kinds of measure each need brings.
        """
        municipalities = Municipality.objects.members().order_by(Swedish("name"))
        kinds = kinds_by_need() if examples else {}
        return cls(
            municipalities=[Option(m.slug, m.name) for m in municipalities.only("slug", "name")],
            needs=[
                Option(
                    n.slug,
                    n.label,
                    n.description_label or NEED_HINTS.get(n.slug, ""),
                    examples=need_examples(kinds.get(n.slug, [])),
                )
                for n in Need.objects.all()
            ],
            languages=[
                Option(language.slug, language.label)
                for language in Language.objects.only("slug", "name", "name_en")
            ],
        )

    def options(self, param: str) -> list[Option]:
        return {
            "kommun": self.municipalities,
            "situation": SITUATIONS,
            "behov": self.needs,
            "sprak": self.languages,
            "resa": TRAVEL,
            "form": FORMATS,
        }[param]

    def name(self, param: str, value) -> str:
        for option in self.options(param):
            if option.value == value:
                return str(option.short or option.label)
        return ""


def need_examples(kinds) -> str:
    if not kinds:
        return ""
    return _("Till exempel %(kinds)s.") % {"kinds": all_of([kind.label for kind in kinds])}


@dataclass(frozen=True)
class Choice:
    """One radio button or checkbox as a step shows it."""

    id: str
    value: str
    label: str
    hint: str
    checked: bool
    examples: str = ""


@dataclass(frozen=True)
class SummaryRow:
    step: Step
    answer: str
    change_url: str


def returns_to_results(data: QueryDict) -> bool:
    """Whether the step was opened by "Ändra" on the results page. Any other value is ignored."""
    return clean_value(data.get(RETURN_PARAM, "")) == RETURN_TO_RESULTS


def read_step(data: QueryDict) -> tuple[Step, str | None]:
    """The step asked for by `?steg=`, and a notice when it was not one; step 1 by default."""
    reading = read_number(data, "steg", minimum=1, maximum=len(STEPS))
    if reading.value:
        return step_by_number(int(reading.value)), None
    if not reading.dropped:
        return STEPS[0], None
    notice = _("Steg ”%(value)s” finns inte. Vi visar steg 1.") % {"value": reading.dropped[0]}
    return STEPS[0], notice


class GuideForm:
    """The answers in a query string.

    `cleaned` holds only what the guide understood, so bad input is never carried on to the
    next step; `notices` tells the visitor, gently, what was skipped.
    """

    def __init__(self, data: QueryDict, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.notices: list[str] = []
        self.cleaned = QueryDict(mutable=True)
        for step in STEPS:
            if step.kind == "checkbox":
                self._read_many(data, step)
            else:
                self._read_one(data, step)

    # Reading (core/params.py): what was not understood becomes a notice in the guide's words.

    def _read_one(self, data, step):
        if step.kind == "number":
            reading = read_number(data, step.param, maximum=MAX_AGE)
        else:
            known = {option.value for option in self.vocabulary.options(step.param)}
            reading = read_one(data, step.param, known)
        if reading.repeated:
            self.notices.append(
                _("%(label)s: du har svarat flera gånger. Vi använder det första svaret.")
                % {"label": step.label}
            )
        self._keep(step, reading)

    def _read_many(self, data, step):
        known = {option.value for option in self.vocabulary.options(step.param)}
        reading = read_many(data, step.param, known)
        if reading.too_many:
            self.notices.append(
                _("%(label)s: vi använder bara de %(count)s första svaren.")
                % {"label": step.label, "count": MAX_VALUES_PER_PARAMETER}
            )
        self._keep(step, reading)

    def _keep(self, step, reading: Reading):
        if reading.dropped:
            quoted = ", ".join(f"”{value}”" for value in reading.dropped)
            self.notices.append(
                _("%(label)s: %(values)s förstod vi inte, så vi hoppar över det.")
                % {"label": step.label, "values": quoted}
            )
        if reading.values:
            self.cleaned.setlist(step.param, reading.values)

    # What the views and templates need.

    @property
    def answers(self) -> Answers:
        cleaned = self.cleaned
        age = cleaned.get("alder")
        preference = cleaned.get("form")
        return Answers(
            age=int(age) if age else None,
            home=cleaned.get("kommun") or None,
            situations=tuple(cleaned.getlist("situation")),
            needs=tuple(cleaned.getlist("behov")),
            languages=tuple(cleaned.getlist("sprak")),
            travel={"ja": True, "nej": False}.get(cleaned.get("resa")),
            format=preference if preference in FORMAT_PREFERENCES else None,
        )

    @property
    def has_answers(self) -> bool:
        return bool(self.cleaned)

    def items(self, *, without: str | None = None) -> list[tuple[str, str]]:
        """The understood answers as (name, value) pairs in step order, minus `without`."""
        return [
            (step.param, value)
            for step in STEPS
            if step.param != without
            for value in self.cleaned.getlist(step.param)
        ]

    def items_around(self, step: Step) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The other answers, split into those of earlier and of later steps.

        A step's form carries them as hidden fields before and after its own question, so the
        address it submits to keeps the answers in step order.
        """
        earlier = {other.param for other in STEPS if other.number < step.number}
        items = self.items(without=step.param)
        return (
            [item for item in items if item[0] in earlier],
            [item for item in items if item[0] not in earlier],
        )

    def step_url(self, number: int, *, without: str | None = None, to_results: bool = False) -> str:
        """A step with the answers; `to_results` adds the marker that returns to the results."""
        marker = [(RETURN_PARAM, RETURN_TO_RESULTS)] if to_results else []
        query = urlencode([("steg", number), *self.items(without=without), *marker])
        return f"{reverse('guide:step')}?{query}"

    def results_url(self, *, without: str | None = None) -> str:
        query = urlencode(self.items(without=without))
        return f"{reverse('guide:results')}?{query}" if query else reverse("guide:results")

    def value(self, step: Step) -> str:
        return self.cleaned.get(step.param, "")

    def choices(self, step: Step) -> list[Choice]:
        selected = set(self.cleaned.getlist(step.param))
        return [
            Choice(
                id=f"id_{step.param}_{number}",
                value=option.value,
                label=str(option.label),
                hint=str(option.hint),
                checked=option.value in selected,
                examples=option.examples,
            )
            for number, option in enumerate(self.vocabulary.options(step.param), start=1)
        ]

    def summary(self) -> list[SummaryRow]:
        rows = []
        for step in STEPS:
            values = self.cleaned.getlist(step.param)
            if not values:
                answer = _("Inte svarat")
            elif step.kind == "number":
                answer = _("%(age)s år") % {"age": values[0]}
            else:
                answer = ", ".join(self.vocabulary.name(step.param, value) for value in values)
            rows.append(SummaryRow(step, answer, self.step_url(step.number, to_results=True)))
        return rows
