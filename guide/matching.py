"""Matching: which public measures fit a visitor's answers, and why, in plain Swedish.

The rules are pure functions of plain values. Each criterion (age, municipality, target group,
needs, language, format) gives a `Check`: a status and the words the results page shows.
`decide` turns the statuses into a group: **Passar** when everything the visitor said fits the
measure, **Kan passa** when something is close, uncertain or not what they asked for, nothing
when a hard rule fails.

The rule for questions left unanswered
--------------------------------------
Every question can be skipped, and a skipped question never hides a measure. It may only move a
measure down from Passar to Kan passa, and only when the measure is limited to a group the
visitor did not say they belong to:

- an age range (16–24 år, från 18 år), when the visitor did not give their age;
- target groups, when none of them is one the visitor said they belong to. The situation step
  asks about five groups and the age tells whether someone is 16–29; långtidsarbetslösa and
  personer med funktionsnedsättning are never asked about, so a measure only for them is
  Kan passa for everyone (the unit decides who belongs);
- the people living in the measure's municipality (it takes nobody from elsewhere, or the
  visitor cannot travel there), when the visitor did not say where they live.

The reason line then says so in plain words, with the group in lower case inside the sentence:
"Insatsen är till för unga vuxna, och det har du inte sagt att du är". Every other skipped
question means "does not matter": no needs, no languages, no format, and a skipped travel
question (a measure in a neighbouring municipality that takes others still passes; the reason
asks "kan du resa dit?").

Answered questions work as before: an answer that nearly fits (a year outside the age range,
other groups, other languages, another format) gives Kan passa with "fråga enheten"; a measure
that offers none of the visitor's needs is Kan passa only when nothing else is uncertain about
an answer they gave; an age clearly outside the range, or a municipality the visitor cannot
take part in, hides the measure.

`candidates` is the one database read. Its SQL drops only measures these rules would hide anyway
(age clearly outside, a municipality the visitor cannot take part in), so the page stays fast
with a large catalogue; the rules below decide everything else.
"""

import enum
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf.locale import LANG_INFO
from django.db.models import Count, F, Q
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.collation import Swedish
from measures.models import Measure, MeasureType, public_condition

# Situations the guide asks about, and the target group (a seeded slug) each one means.
SITUATION_TARGET_GROUPS = {
    "inskriven-af": "inskrivna-af",
    "forsorjningsstod": "forsorjningsstod",
    "nyanland": "nyanlanda",
    "kaa": "unga-kaa",
    "sjukskriven": "sjukskrivna",
    "annat": None,
}
# A person's age alone puts them in this group; nobody has to tick "young" as a situation.
YOUNG_ADULTS = "unga-16-29"
YOUNG_ADULT_AGES = range(16, 30)

FORMAT_PREFERENCES = (Measure.Format.ON_SITE, Measure.Format.DIGITAL)
# An age this many years outside a measure's range is "nearly": worth asking the unit.
NEARLY_YEARS = 1
FITS = "passar"
MAY_FIT = "kan-passa"
GROUP_LIMIT = 30


class Status(enum.Enum):
    MET = "met"
    # A skipped question and a measure limited to a group the visitor did not say they belong
    # to, or the measure does not say: Kan passa, never hidden.
    UNKNOWN = "unknown"
    # An answer that is close but not quite: ask the unit.
    NEARLY = "nearly"
    # None of the visitor's needs: shown (as Kan passa) only when no answer is nearly met.
    MISSED = "missed"
    # A hard rule: the measure is not shown.
    NOT_MET = "not-met"


UNCERTAIN = {Status.UNKNOWN, Status.NEARLY}


@dataclass(frozen=True)
class Answers:
    """What the visitor told the guide. None or empty means "skipped" or "does not matter"."""

    age: int | None = None
    home: str | None = None
    situations: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    travel: bool | None = None
    format: str | None = None

    @property
    def target_groups(self) -> set[str]:
        groups = {SITUATION_TARGET_GROUPS.get(situation) for situation in self.situations}
        if self.age in YOUNG_ADULT_AGES:
            groups.add(YOUNG_ADULTS)
        groups.discard(None)
        return groups

    @property
    def answered_groups(self) -> set[str]:
        """The target groups the visitor has said they belong to or not, by answering."""
        groups = set()
        if self.situations:
            groups |= {group for group in SITUATION_TARGET_GROUPS.values() if group}
        if self.age is not None:
            groups.add(YOUNG_ADULTS)
        return groups


@dataclass(frozen=True)
class Check:
    criterion: str
    status: Status
    # What the reason line says; empty when there is nothing worth saying.
    text: str = ""
    # Needs only: how many of the visitor's needs the measure offers.
    matched: int = 0


# Words: taxonomy names inside a sentence.


# English capitalises languages ("Arabic", "Swedish language"); Django knows their names.
ENGLISH_LANGUAGE_WORDS = frozenset(
    word for info in LANG_INFO.values() for word in info.get("name", "").split()
)


def in_sentence(name: str, *, language: bool = False) -> str:
    """A term's name as it reads inside a sentence: "Nyanlända" becomes "nyanlända".

    Swedish writes group, need, kind and language names in lower case; an abbreviation
    ("SFI …") keeps its capitals. English does too, except for a language (`language=True`,
    or a name that starts with one, like "Swedish language").
    """
    if name[1:2].isupper():
        return name
    if not (get_language() or "sv").startswith("sv"):
        first_word = name.split(" ", 1)[0]
        if language or first_word in ENGLISH_LANGUAGE_WORDS:
            return name
    return name[:1].lower() + name[1:]


def _listing(names: list[str], last_pattern: str, language: bool) -> str:
    names = [in_sentence(name, language=language) for name in names]
    if len(names) < 2:
        return "".join(names)
    return last_pattern % {"items": ", ".join(names[:-1]), "last": names[-1]}


def any_of(names: list[str], *, language: bool = False) -> str:
    """The names in a sentence, the last after "eller": "nyanlända eller sjukskrivna"."""
    return _listing(names, _("%(items)s eller %(last)s"), language)


def all_of(names: list[str], *, language: bool = False) -> str:
    """The names in a sentence, the last after "och": "svenska språket och körkort"."""
    return _listing(names, _("%(items)s och %(last)s"), language)


# The rules, one criterion each.


def check_age(age: int | None, min_age: int | None, max_age: int | None, label: str) -> Check:
    if min_age is None and max_age is None:
        return Check("alder", Status.MET, _("Alla åldrar ✓") if age is not None else "")
    ages = _("Ålder %(range)s") % {"range": label}
    if age is None:
        text = _("%(ages)s: du har inte sagt hur gammal du är") % {"ages": ages}
        return Check("alder", Status.UNKNOWN, text)
    too_young = min_age - age if min_age is not None else 0
    too_old = age - max_age if max_age is not None else 0
    gap = max(too_young, too_old)
    if gap <= 0:
        return Check("alder", Status.MET, _("%(ages)s ✓") % {"ages": ages})
    if gap <= NEARLY_YEARS:
        return Check("alder", Status.NEARLY, _("%(ages)s: fråga enheten") % {"ages": ages})
    return Check("alder", Status.NOT_MET, _("%(ages)s ✗") % {"ages": ages})


def check_municipality(
    *,
    home: str | None,
    travel: bool | None,
    municipality: str,
    name: str,
    openness: str,
    digital: bool,
) -> Check:
    """Home municipality, or another one that accepts the visitor and that they can reach.

    A digital measure is reachable from anywhere, so whether the visitor can travel does not
    matter for it. When we do not know where the visitor lives, a measure only for the people
    living there is Kan passa: they may live there. A skipped travel question does not matter.
    """
    words = {"name": name}
    if home is not None and municipality == home:
        return Check("kommun", Status.MET, _("%(name)s ✓") % words)
    if openness == Measure.Openness.NO:
        if home is None:
            text = _("%(name)s: bara för dig som bor där, och du har inte sagt var du bor")
            return Check("kommun", Status.UNKNOWN, text % words)
        return Check("kommun", Status.NOT_MET, _("%(name)s: bara för dig som bor där") % words)
    if travel is False and not digital:
        if home is None:
            text = _("%(name)s: bara om du bor där, och du har inte sagt var du bor")
            return Check("kommun", Status.UNKNOWN, text % words)
        return Check("kommun", Status.NOT_MET, _("%(name)s: du kan inte resa dit") % words)
    agreement = openness == Measure.Openness.BY_AGREEMENT
    if travel is True or digital:
        if agreement:
            return Check("kommun", Status.MET, _("%(name)s: efter överenskommelse") % words)
        return Check("kommun", Status.MET, _("%(name)s ✓ · tar emot från andra kommuner ✓") % words)
    if agreement:
        text = _("%(name)s: efter överenskommelse · kan du resa dit?") % words
    else:
        text = _("%(name)s: tar emot från andra kommuner · kan du resa dit?") % words
    return Check("kommun", Status.MET, text)


def check_target_groups(
    *, person_groups: set[str], answered: set[str], groups: list[tuple[str, str]]
) -> Check:
    """`groups` are the measure's (slug, name) pairs; no groups means open to everyone.

    `answered` are the groups the visitor said they belong to or not (see
    `Answers.answered_groups`); for any other group of the measure we do not know.
    """
    if not groups:
        return Check("malgrupp", Status.MET)
    matched = [name for slug, name in groups if slug in person_groups]
    if matched:
        return Check(
            "malgrupp", Status.MET, _("%(groups)s ✓") % {"groups": capfirst(all_of(matched))}
        )
    not_said = [name for slug, name in groups if slug not in answered]
    if not_said:
        text = _("Insatsen är till för %(groups)s, och det har du inte sagt att du är")
        return Check("malgrupp", Status.UNKNOWN, text % {"groups": any_of(not_said)})
    words = {"groups": any_of([name for _slug, name in groups])}
    return Check(
        "malgrupp", Status.NEARLY, _("Insatsen är till för %(groups)s – fråga enheten") % words
    )


def check_needs(*, wanted: tuple[str, ...], offered: list[tuple[str, str]]) -> Check:
    if not wanted:
        return Check("behov", Status.MET)
    matched = [name for slug, name in offered if slug in wanted]
    if matched:
        text = _("Stöd med %(needs)s ✓") % {"needs": all_of(matched)}
        return Check("behov", Status.MET, text, matched=len(matched))
    return Check("behov", Status.MISSED, _("Nämner inte det du vill ha stöd med"))


def check_languages(*, wanted: tuple[str, ...], offered: list[tuple[str, str]]) -> Check:
    if not wanted:
        return Check("sprak", Status.MET)
    matched = [name for slug, name in offered if slug in wanted]
    if matched:
        words = {"languages": capfirst(all_of(matched, language=True))}
        return Check("sprak", Status.MET, _("%(languages)s ✓") % words)
    if not offered:
        return Check("sprak", Status.UNKNOWN, _("Språk: fråga enheten"))
    words = {"languages": all_of([name for _slug, name in offered], language=True)}
    return Check("sprak", Status.NEARLY, _("Språk: %(languages)s – fråga enheten") % words)


def check_format(*, preferred: str | None, measure_format: str) -> Check:
    """A blended measure suits both on-site and digital preferences."""
    if preferred is None:
        return Check("form", Status.MET)
    if measure_format in (preferred, Measure.Format.BLENDED):
        label = Measure.Format(measure_format).label
        return Check("form", Status.MET, _("%(format)s ✓") % {"format": label})
    if measure_format == Measure.Format.DIGITAL:
        return Check("form", Status.NEARLY, _("Bara digitalt"))
    return Check("form", Status.NEARLY, _("Bara på plats"))


def decide(statuses) -> str | None:
    """Passar, Kan passa or not shown (None), from the statuses of every criterion."""
    statuses = set(statuses)
    if Status.NOT_MET in statuses:
        return None
    if Status.MISSED in statuses and Status.NEARLY in statuses:
        return None
    if statuses - {Status.MET}:
        return MAY_FIT
    return FITS


# Applying the rules to measures.


@dataclass
class Match:
    measure: Measure
    checks: list[Check]

    @property
    def group(self) -> str | None:
        return decide(check.status for check in self.checks)

    @property
    def needs_matched(self) -> int:
        return sum(check.matched for check in self.checks)

    @property
    def uncertain_count(self) -> int:
        return sum(1 for check in self.checks if check.status in UNCERTAIN)

    @property
    def reason(self) -> str:
        """The one-line reason: "Ålder 16–24 år ✓ · Osby ✓ · Svenska ✓"."""
        return " · ".join(check.text for check in self.checks if check.text)


def evaluate(answers: Answers, measure: Measure) -> Match:
    """Every criterion for one measure. Reads only prefetched relations (no queries)."""

    def pairs(terms):
        return [(term.slug, term.label) for term in terms.all()]

    checks = [
        check_age(answers.age, measure.min_age, measure.max_age, str(measure.age_range_label)),
        check_municipality(
            home=answers.home,
            travel=answers.travel,
            municipality=measure.municipality.slug,
            name=measure.municipality.name,
            openness=measure.open_to_others,
            digital=measure.format == Measure.Format.DIGITAL,
        ),
        check_target_groups(
            person_groups=answers.target_groups,
            answered=answers.answered_groups,
            groups=pairs(measure.target_groups),
        ),
        check_needs(wanted=answers.needs, offered=pairs(measure.needs)),
        check_languages(wanted=answers.languages, offered=pairs(measure.languages)),
        check_format(preferred=answers.format, measure_format=measure.format),
    ]
    return Match(measure, checks)


@dataclass
class Results:
    fits: list[Match] = field(default_factory=list)
    may_fit: list[Match] = field(default_factory=list)
    fits_total: int = 0
    may_fit_total: int = 0

    @property
    def is_cut(self) -> bool:
        return self.fits_total > len(self.fits) or self.may_fit_total > len(self.may_fit)


def match_measures(answers: Answers, measures, limit: int = GROUP_LIMIT) -> Results:
    """Passar and Kan passa, each cut to `limit`.

    `measures` come in Swedish title order (see `candidates`); the sorts below are stable, so
    that order is kept among equals. Passar: most needs matched first, then the home
    municipality's. Kan passa: most needs matched, then fewest uncertainties, then the home
    municipality's.
    """
    fits, may_fit = [], []
    for measure in measures:
        match = evaluate(answers, measure)
        group = match.group
        if group == FITS:
            fits.append(match)
        elif group == MAY_FIT:
            may_fit.append(match)

    def elsewhere(match):
        return answers.home is not None and match.measure.municipality.slug != answers.home

    fits.sort(key=lambda m: (-m.needs_matched, elsewhere(m)))
    may_fit.sort(key=lambda m: (-m.needs_matched, m.uncertain_count, elsewhere(m)))
    return Results(fits[:limit], may_fit[:limit], len(fits), len(may_fit))


def candidates(answers: Answers):
    """Public measures in Skåne Nordost that the rules could show, ready for `evaluate`.

    Five queries: the measures (with municipality, unit and type), then their categories,
    target groups, needs and languages.
    """
    measures = Measure.objects.public().filter(municipality__is_skno_member=True)
    if answers.age is not None:
        measures = measures.filter(
            Q(min_age__isnull=True) | Q(min_age__lte=answers.age + NEARLY_YEARS),
            Q(max_age__isnull=True) | Q(max_age__gte=answers.age - NEARLY_YEARS),
        )
    if answers.home is not None:
        elsewhere = ~Q(open_to_others=Measure.Openness.NO)
        if answers.travel is False:
            elsewhere &= Q(format=Measure.Format.DIGITAL)
        measures = measures.filter(Q(municipality__slug=answers.home) | elsewhere)
    return (
        measures.for_cards()
        .prefetch_related("target_groups", "needs", "languages")
        .order_by(Swedish("title"), "pk")
    )


def kinds_by_need() -> dict[str, list[MeasureType]]:
    """For each need, the kinds of measure (types) the guide can show for it, the commonest first.

    The needs step names them ("Till exempel arbetsträning, praktik och arbetsprövning"), so a
    visitor looking for a kind of measure finds the answer that brings it. One query.
    """
    kinds = (
        MeasureType.objects.filter(
            public_condition("measures__"),
            measures__municipality__is_skno_member=True,
            measures__needs__isnull=False,
        )
        # Both reuse the joins of the filter above: the needs of those same public measures.
        .annotate(need_slug=F("measures__needs__slug"), measure_count=Count("measures"))
        .order_by("-measure_count", "position", "name")
    )
    found: dict[str, list[MeasureType]] = {}
    for kind in kinds:
        found.setdefault(kind.need_slug, []).append(kind)
    return found


# Links to the full list on /insatser/.


@dataclass(frozen=True)
class ListLink:
    label: str
    query: str


def list_links(answers: Answers, *, home_name: str = "", others: list[str] = ()) -> list[ListLink]:
    """The answers as /insatser/ filters: one link for the home municipality and one for the
    other municipalities that accept participants, or a single link when home is unknown.

    `others` are the slugs of the other Skåne Nordost municipalities.
    """
    base = []
    if answers.age is not None:
        base.append(("alder", answers.age))
    base += [("behov", need) for need in answers.needs]
    base += [("sprak", language) for language in answers.languages]
    if answers.format is not None:
        base += [("format", answers.format), ("format", Measure.Format.BLENDED)]
    if answers.home is None:
        return [ListLink(_("Visa alla insatser som passar dina svar"), urlencode(base))]
    links = [
        ListLink(
            _("Visa alla insatser i %(name)s") % {"name": home_name},
            urlencode([("kommun", answers.home), *base]),
        )
    ]
    if answers.travel is not False and others:
        query = [("kommun", slug) for slug in others] + base + [("oppen_for_andra", "1")]
        links.append(
            ListLink(
                _("Visa insatser i grannkommunerna som tar emot deltagare från andra kommuner"),
                urlencode(query),
            )
        )
    return links
