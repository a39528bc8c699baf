from tests.factories import MeasureFactory


def test_list_shows_a_public_measure(client, db, terms):
    measure = MeasureFactory(
        title="Arbetsträning i Returbutiken", categories=[terms["kategori"]["social"]]
    )
    response = client.get("/insatser/")
    assert response.status_code == 200
    assert measure.title in response.content.decode()
