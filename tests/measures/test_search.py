"""Free-text search (`q`): the same engine, ranking and typo tolerance on both databases."""

from measures.models import Measure
from tests.factories import MeasureFactory


def titles(response):
    return [measure.title for measure in response.context["page"].object_list]


def test_search_finds_words_in_title_summary_and_description(client, db):
    in_title = MeasureFactory(title="Arbetsträning i Returbutiken")
    in_summary = MeasureFactory(title="Butiken", summary="Du arbetar i kassan på Returbutiken.")
    in_description = MeasureFactory(title="Café", description="Vi samarbetar med Returbutiken.")
    other = MeasureFactory(title="Körkortsteori", summary="Teori inför körkortet.")

    response = client.get("/insatser/?q=returbutiken")

    assert response.status_code == 200
    found = titles(response)
    assert in_title.title in found
    assert in_description.title in found
    assert other.title not in found
    assert in_summary.title in found


def test_search_is_case_insensitive_for_swedish_letters(client, db):
    measure = MeasureFactory(title="Övningskörning med handledare")
    response = client.get("/insatser/?q=ÖVNINGSKÖRNING")
    assert measure.title in titles(response)


def test_search_without_swedish_letters_still_finds(client, db):
    """A visitor without å/ä/ö on the keyboard ("arbetstraning") finds "Arbetsträning"."""
    measure = MeasureFactory(title="Arbetsträning i Returbutiken")
    MeasureFactory(title="Körkortsteori")
    response = client.get("/insatser/?q=arbetstraning")
    assert titles(response) == [measure.title]


def test_search_ranks_title_hits_above_description_hits(client, db):
    description_hit = MeasureFactory(title="Café Gläntan", description="Här finns snickeri också.")
    title_hit = MeasureFactory(title="Snickeri för nybörjare", description="Trä och verktyg.")
    response = client.get("/insatser/?q=snickeri")
    assert titles(response) == [title_hit.title, description_hit.title]


def test_search_tolerates_a_typo_on_both_databases(client, db):
    """One engine for both databases (measures/search.py): a misspelt word finds on each."""
    measure = MeasureFactory(title="Arbetsträning i Returbutiken")
    response = client.get("/insatser/?q=arbetstränig")
    assert titles(response) == [measure.title]


def test_search_uses_swedish_stemming_on_both_databases(client, db):
    """ "kursen" finds "Kurser": both have the stem "kurs" (Snowball's Swedish stemmer, as
    PostgreSQL's swedish configuration)."""
    measure = MeasureFactory(title="Kurser i svenska", summary="Lär dig mer.")
    response = client.get("/insatser/?q=kursen")
    assert titles(response) == [measure.title]


def test_search_never_returns_measures_that_are_not_public(client, db):
    MeasureFactory(title="Snickeri utkast", status=Measure.Status.DRAFT)
    MeasureFactory(title="Snickeri arkiverad", status=Measure.Status.ARCHIVED)
    public = MeasureFactory(title="Snickeri publicerad")
    response = client.get("/insatser/?q=snickeri")
    assert titles(response) == [public.title]


def test_search_follows_edits(db, django_capture_on_commit_callbacks):
    """The word index belongs to a catalogue version, and a committed edit gives a new one."""
    measure = MeasureFactory(title="Trädgårdslaget")
    assert list(Measure.objects.search("trädgårdslaget")) == [measure]
    with django_capture_on_commit_callbacks(execute=True):
        measure.title = "Snickeriet"
        measure.save()
    assert list(Measure.objects.search("snickeriet")) == [measure]
    assert list(Measure.objects.search("trädgårdslaget")) == []


def test_a_common_word_is_ranked_by_full_text_alone_and_a_rare_typo_still_finds(client, db):
    """Many full-text hits: near-matches are not added. None: trigram near-matches are."""
    for number in range(25):
        MeasureFactory(title=f"Praktik hos arbetsgivare {number}")
    MeasureFactory(title="Praktikant-café")
    common = client.get("/insatser/?q=praktik")
    assert common.context["page"].paginator.count >= 25
    typo = client.get("/insatser/?q=arbetsgivar")
    assert typo.context["page"].paginator.count >= 1
