"""The matching rules, one criterion at a time, without a database.

The rule for skipped questions (see guide/matching.py): a skipped question never hides a
measure; it only lowers it to Kan passa when the measure is limited to a group the visitor did
not say they belong to, and the reason says so in plain words.
"""

import pytest

from guide.forms import SITUATIONS
from guide.matching import (
    FITS,
    MAY_FIT,
    SITUATION_TARGET_GROUPS,
    Answers,
    Match,
    Status,
    check_age,
    check_format,
    check_languages,
    check_municipality,
    check_needs,
    check_target_groups,
    decide,
    in_sentence,
    list_links,
)

MET, UNKNOWN, NEARLY, MISSED, NOT_MET = (
    Status.MET,
    Status.UNKNOWN,
    Status.NEARLY,
    Status.MISSED,
    Status.NOT_MET,
)

# Age.


@pytest.mark.parametrize("age", [16, 20, 24])
def test_age_inside_the_range_is_met(age):
    check = check_age(age, 16, 24, "16–24 år")
    assert check.status == MET
    assert check.text == "Ålder 16–24 år ✓"


@pytest.mark.parametrize("age", [15, 25])
def test_age_one_year_outside_the_range_is_nearly_met(age):
    check = check_age(age, 16, 24, "16–24 år")
    assert check.status == NEARLY
    assert check.text == "Ålder 16–24 år: fråga enheten"


@pytest.mark.parametrize("age", [14, 26, 0, 120])
def test_age_clearly_outside_the_range_is_not_met(age):
    assert check_age(age, 16, 24, "16–24 år").status == NOT_MET


def test_an_open_ended_range_only_limits_one_end():
    assert check_age(90, 18, None, "från 18 år").status == MET
    assert check_age(17, 18, None, "från 18 år").status == NEARLY
    assert check_age(3, None, 29, "upp till 29 år").status == MET


def test_unknown_age_is_unknown_when_the_measure_has_an_age_range():
    check = check_age(None, 16, 24, "16–24 år")
    assert check.status == UNKNOWN
    assert check.text == "Ålder 16–24 år: du har inte sagt hur gammal du är"


def test_a_measure_without_age_range_suits_every_age():
    assert check_age(45, None, None, "alla åldrar").status == MET
    assert check_age(45, None, None, "alla åldrar").text == "Alla åldrar ✓"
    assert check_age(None, None, None, "alla åldrar").text == ""


# Municipality and travel.


def municipality(home="osby", travel=True, where="horby", openness="ja", digital=False):
    return check_municipality(
        home=home,
        travel=travel,
        municipality=where,
        name={"osby": "Osby", "horby": "Hörby"}[where],
        openness=openness,
        digital=digital,
    )


@pytest.mark.parametrize("travel", [True, False, None])
@pytest.mark.parametrize("openness", ["ja", "nej", "overenskommelse"])
def test_a_measure_in_the_home_municipality_is_met_whatever_else(travel, openness):
    check = municipality(where="osby", travel=travel, openness=openness)
    assert check.status == MET
    assert check.text == "Osby ✓"


@pytest.mark.parametrize(
    ("travel", "openness", "status", "text"),
    [
        (True, "ja", MET, "Hörby ✓ · tar emot från andra kommuner ✓"),
        (True, "overenskommelse", MET, "Hörby: efter överenskommelse"),
        (True, "nej", NOT_MET, "Hörby: bara för dig som bor där"),
        (False, "ja", NOT_MET, "Hörby: du kan inte resa dit"),
        (False, "overenskommelse", NOT_MET, "Hörby: du kan inte resa dit"),
        (False, "nej", NOT_MET, "Hörby: bara för dig som bor där"),
        # A skipped travel question does not matter: the reason only asks.
        (None, "ja", MET, "Hörby: tar emot från andra kommuner · kan du resa dit?"),
        (None, "overenskommelse", MET, "Hörby: efter överenskommelse · kan du resa dit?"),
        (None, "nej", NOT_MET, "Hörby: bara för dig som bor där"),
    ],
)
def test_a_measure_in_another_municipality_depends_on_openness_and_travel(
    travel, openness, status, text
):
    check = municipality(travel=travel, openness=openness)
    assert check.status == status
    assert check.text == text


def test_a_digital_measure_elsewhere_needs_no_travel():
    check = municipality(travel=False, openness="ja", digital=True)
    assert check.status == MET
    assert municipality(travel=None, openness="overenskommelse", digital=True).status == MET
    assert municipality(travel=False, openness="nej", digital=True).status == NOT_MET


@pytest.mark.parametrize(
    ("travel", "openness", "status", "text"),
    [
        (True, "ja", MET, "Hörby ✓ · tar emot från andra kommuner ✓"),
        (None, "overenskommelse", MET, "Hörby: efter överenskommelse · kan du resa dit?"),
        (
            True,
            "nej",
            UNKNOWN,
            "Hörby: bara för dig som bor där, och du har inte sagt var du bor",
        ),
        (
            False,
            "ja",
            UNKNOWN,
            "Hörby: bara om du bor där, och du har inte sagt var du bor",
        ),
    ],
)
def test_without_a_home_municipality_only_a_measure_for_residents_is_unknown(
    travel, openness, status, text
):
    check = municipality(home=None, travel=travel, openness=openness)
    assert (check.status, check.text) == (status, text)


# Target groups.


SITUATION_GROUPS = Answers(situations=("annat",)).answered_groups
NEWCOMERS = ("nyanlanda", "Nyanlända")
SOCIAL_ASSISTANCE = ("forsorjningsstod", "Personer med försörjningsstöd")
LONG_TERM = ("langtidsarbetslosa", "Långtidsarbetslösa")
YOUNG = ("unga-16-29", "Unga 16–29 år")


def test_a_measure_without_target_groups_is_for_everyone():
    check = check_target_groups(person_groups=set(), answered=SITUATION_GROUPS, groups=[])
    assert (check.status, check.text) == (MET, "")


def test_a_measure_for_the_persons_group_is_met():
    check = check_target_groups(
        person_groups={"nyanlanda", "sjukskrivna"},
        answered=SITUATION_GROUPS,
        groups=[NEWCOMERS, ("sjukskrivna", "Sjukskrivna på väg tillbaka"), LONG_TERM],
    )
    assert (check.status, check.text) == (MET, "Nyanlända och sjukskrivna på väg tillbaka ✓")


def test_a_measure_for_other_groups_the_person_answered_about_is_nearly_met():
    check = check_target_groups(
        person_groups={"inskrivna-af"},
        answered=SITUATION_GROUPS,
        groups=[NEWCOMERS, SOCIAL_ASSISTANCE],
    )
    assert check.status == NEARLY
    assert check.text == (
        "Insatsen är till för nyanlända eller personer med försörjningsstöd – fråga enheten"
    )


def test_a_skipped_situation_question_lowers_a_measure_for_a_group_and_says_why():
    check = check_target_groups(
        person_groups=set(), answered=set(), groups=[NEWCOMERS, SOCIAL_ASSISTANCE, LONG_TERM]
    )
    assert check.status == UNKNOWN
    assert check.text == (
        "Insatsen är till för nyanlända, personer med försörjningsstöd eller "
        "långtidsarbetslösa, och det har du inte sagt att du är"
    )


def test_groups_the_guide_never_asks_about_stay_unknown_after_answering():
    # Nobody can tell the guide they are long-term unemployed: only that group is named.
    check = check_target_groups(
        person_groups={"inskrivna-af"}, answered=SITUATION_GROUPS, groups=[NEWCOMERS, LONG_TERM]
    )
    assert check.status == UNKNOWN
    assert (
        check.text == "Insatsen är till för långtidsarbetslösa, och det har du inte sagt att du är"
    )


def test_age_answers_whether_someone_is_a_young_adult():
    groups = [YOUNG, NEWCOMERS]
    young = Answers(age=22)
    check = check_target_groups(
        person_groups=young.target_groups, answered=young.answered_groups, groups=groups
    )
    assert (check.status, check.text) == (MET, "Unga 16–29 år ✓")
    older = Answers(age=40)
    check = check_target_groups(
        person_groups=older.target_groups, answered=older.answered_groups, groups=groups
    )
    assert check.text == "Insatsen är till för nyanlända, och det har du inte sagt att du är"
    check = check_target_groups(person_groups=set(), answered=set(), groups=[YOUNG])
    assert check.text == "Insatsen är till för unga 16–29 år, och det har du inte sagt att du är"


def test_names_inside_a_sentence_are_lower_case_but_abbreviations_keep_their_capitals():
    assert in_sentence("Unga 16–19 år inom KAA") == "unga 16–19 år inom KAA"
    assert in_sentence("Inskrivna på Arbetsförmedlingen") == "inskrivna på Arbetsförmedlingen"
    assert in_sentence("SFI-stöd") == "SFI-stöd"
    assert in_sentence("") == ""


def test_situations_and_age_say_which_groups_the_person_answered_about():
    assert Answers().answered_groups == set()
    assert Answers(age=40).answered_groups == {"unga-16-29"}
    assert Answers(situations=("annat",)).answered_groups == {
        "inskrivna-af",
        "forsorjningsstod",
        "nyanlanda",
        "unga-kaa",
        "sjukskrivna",
    }


def test_situations_map_to_target_groups_and_age_adds_young_adults():
    answers = Answers(age=17, situations=("kaa", "forsorjningsstod", "annat"))
    assert answers.target_groups == {"unga-kaa", "forsorjningsstod", "unga-16-29"}
    assert Answers(age=30, situations=("annat",)).target_groups == set()
    assert Answers(situations=("inskriven-af", "nyanland", "sjukskriven")).target_groups == {
        "inskrivna-af",
        "nyanlanda",
        "sjukskrivna",
    }


def test_every_situation_the_guide_asks_about_has_a_mapping():
    assert [option.value for option in SITUATIONS] == list(SITUATION_TARGET_GROUPS)


# Needs, language, format.


def test_needs_met_when_the_measure_offers_one_of_them():
    check = check_needs(
        wanted=("svenska", "korkort"),
        offered=[("svenska", "Svenska språket"), ("korkort", "Körkort"), ("halsa", "Hälsa")],
    )
    assert check.status == MET
    assert check.matched == 2
    assert check.text == "Stöd med svenska språket och körkort ✓"


def test_needs_missed_when_the_measure_offers_none_of_them():
    check = check_needs(wanted=("svenska",), offered=[("halsa", "Hälsa och välmående")])
    assert (check.status, check.matched) == (MISSED, 0)
    assert check.text == "Nämner inte det du vill ha stöd med"


def test_needs_not_asked_for_do_not_count():
    check = check_needs(wanted=(), offered=[("halsa", "Hälsa och välmående")])
    assert (check.status, check.text, check.matched) == (MET, "", 0)


def test_language_met_when_the_measure_is_given_in_a_chosen_language():
    check = check_languages(wanted=("ar", "sv"), offered=[("sv", "Svenska"), ("en", "Engelska")])
    assert (check.status, check.text) == (MET, "Svenska ✓")


def test_any_language_suits_when_none_was_chosen():
    assert check_languages(wanted=(), offered=[("en", "Engelska")]).status == MET


def test_language_unknown_when_the_measure_names_none_and_nearly_when_others():
    assert check_languages(wanted=("ar",), offered=[]).status == UNKNOWN
    check = check_languages(wanted=("ar",), offered=[("sv", "Svenska"), ("en", "Engelska")])
    assert (check.status, check.text) == (NEARLY, "Språk: svenska och engelska – fråga enheten")


@pytest.mark.parametrize(
    ("preferred", "measure_format", "status", "text"),
    [
        (None, "digitalt", MET, ""),
        ("pa-plats", "pa-plats", MET, "På plats ✓"),
        ("digitalt", "digitalt", MET, "Digitalt ✓"),
        ("pa-plats", "blandat", MET, "Blandat ✓"),
        ("digitalt", "blandat", MET, "Blandat ✓"),
        ("pa-plats", "digitalt", NEARLY, "Bara digitalt"),
        ("digitalt", "pa-plats", NEARLY, "Bara på plats"),
    ],
)
def test_format_matches_the_preference_and_blended_suits_both(
    preferred, measure_format, status, text
):
    check = check_format(preferred=preferred, measure_format=measure_format)
    assert (check.status, check.text) == (status, text)


# Grouping and the reason line.


@pytest.mark.parametrize(
    ("statuses", "group"),
    [
        ([MET, MET, MET], FITS),
        ([MET, UNKNOWN, MET], MAY_FIT),
        ([MET, NEARLY, NEARLY], MAY_FIT),
        ([MET, MISSED, MET], MAY_FIT),
        # A skipped question never hides a measure, an answer that nearly fits may.
        ([MET, MISSED, UNKNOWN], MAY_FIT),
        ([MET, MISSED, NEARLY], None),
        ([MET, NOT_MET, MET], None),
        ([NOT_MET, UNKNOWN], None),
    ],
)
def test_passar_needs_everything_met_and_kan_passa_allows_uncertainty(statuses, group):
    assert decide(statuses) == group


def test_the_reason_line_joins_what_was_checked():
    match = Match(
        measure=None,
        checks=[
            check_age(17, 16, 24, "16–24 år"),
            municipality(home="hassleholm", where="osby", travel=True, openness="ja"),
            check_target_groups(person_groups=set(), answered=set(), groups=[]),
            check_needs(wanted=(), offered=[]),
            check_languages(wanted=("sv",), offered=[("sv", "Svenska")]),
            check_format(preferred=None, measure_format="pa-plats"),
        ],
    )
    assert match.reason == "Ålder 16–24 år ✓ · Osby ✓ · tar emot från andra kommuner ✓ · Svenska ✓"
    assert match.group == FITS


# Links to the full list.


def test_the_full_list_links_carry_the_answers_as_filters():
    answers = Answers(
        age=17, home="osby", needs=("svenska", "korkort"), languages=("ar",), format="digitalt"
    )
    home, elsewhere = list_links(answers, home_name="Osby", others=["horby", "kristianstad"])
    assert home.label == "Visa alla insatser i Osby"
    assert home.query == (
        "kommun=osby&alder=17&behov=svenska&behov=korkort&sprak=ar&format=digitalt&format=blandat"
    )
    assert elsewhere.query == (
        "kommun=horby&kommun=kristianstad&alder=17&behov=svenska&behov=korkort&sprak=ar"
        "&format=digitalt&format=blandat&oppen_for_andra=1"
    )


def test_the_full_list_link_stays_at_home_when_the_person_cannot_travel():
    links = list_links(Answers(home="osby", travel=False), home_name="Osby", others=["horby"])
    assert [link.query for link in links] == ["kommun=osby"]


def test_the_full_list_link_has_no_municipality_when_home_is_unknown():
    [link] = list_links(Answers(age=30), others=["horby"])
    assert link.query == "alder=30"
