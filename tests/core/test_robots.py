"""/robots.txt: public pages open to crawlers, private rooms closed, the sitemap named."""

import pytest

pytestmark = pytest.mark.django_db


def rules(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = [line for line in response.content.decode().splitlines() if line]
    return lines


def test_robots_txt_closes_the_private_rooms_in_both_languages(client):
    lines = rules(client)

    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")}
    for room in ["/hantera/", "/konto/", "/admin/", "/min-lista/", "/start/"]:
        assert room in disallowed
    for room in ["/en/hantera/", "/en/konto/", "/en/min-lista/", "/en/start/"]:
        assert room in disallowed
    # The public pages stay open: nothing closes them or a prefix of them.
    for public in [
        "/",
        "/insatser/",
        "/insatser/kafe-linden/",
        "/kommuner/osby/",
        "/hitta/",
        "/projekt/",
        "/om/",
        "/tillganglighet/",
        "/statistik/",
        "/statistik/kategorier.csv",
        "/en/insatser/",
    ]:
        assert not any(public.startswith(rule) for rule in disallowed if "*" not in rule), public


def test_robots_txt_names_the_sitemap_by_its_absolute_address(client):
    lines = rules(client)

    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_answers_get_only(client):
    assert client.post("/robots.txt").status_code == 405
