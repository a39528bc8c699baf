import pytest

from employers.models import Employer
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory, member


@pytest.mark.django_db
def test_smoke(client):
    listed = EmployerFactory(name="Synligt AB")
    hidden = EmployerFactory(name="Hemligt AB", consent=False)
    r = client.get("/arbetsgivare/")
    assert r.status_code == 200, r.content.decode()[:3000]
    html = r.content.decode()
    assert "Synligt AB" in html and "Hemligt AB" not in html
    assert client.get(f"/arbetsgivare/{listed.pk}/").status_code == 200
    assert client.get(f"/arbetsgivare/{hidden.pk}/").status_code == 404
    assert client.get("/en/arbetsgivare/").status_code == 200
    client.force_login(member("redaktor"))
    for url in [
        "/arbetsgivare/",
        f"/arbetsgivare/{hidden.pk}/",
        "/hantera/arbetsgivare/",
        "/hantera/arbetsgivare/ny/",
        f"/hantera/arbetsgivare/{hidden.pk}/andra/",
        f"/hantera/arbetsgivare/{hidden.pk}/historik/",
        f"/hantera/arbetsgivare/{hidden.pk}/ta-bort/",
        "/sitemap.xml",
        "/sitemap-arbetsgivare.xml",
    ]:
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.content.decode()[:2000])
    r = client.post("/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data())
    assert r.status_code == 302, r.content.decode()
    e = Employer.objects.get(org_number="556036-0793")
    r = client.post(f"/hantera/arbetsgivare/{e.pk}/andra/", employer_form_data(e, name="Nytt namn"))
    assert r.status_code == 302, r.content.decode()
    r = client.get(f"/hantera/arbetsgivare/{e.pk}/historik/")
    assert "Nytt namn" in r.content.decode()
