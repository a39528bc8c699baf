"""The icons a browser tab and a phone's bookmark use exist and are served from our own origin."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

STATIC = Path(__file__).resolve().parents[2] / "static" / "icons"


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/favicon.ico", "/static/icons/favicon.ico"),
        ("/apple-touch-icon.png", "/static/icons/apple-touch-icon.png"),
        ("/apple-touch-icon-precomposed.png", "/static/icons/apple-touch-icon.png"),
    ],
)
def test_the_root_icon_addresses_lead_to_files_that_exist(client, db, path, target):
    response = client.get(path)

    assert response.status_code == 301
    assert response["Location"] == target
    assert finders.find(target.removeprefix("/static/"))


def test_every_page_names_its_icons_and_manifest(client, db):
    html = client.get("/").content.decode()
    for href in [
        "/static/icons/favicon.ico",
        "/static/icons/favicon-32.png",
        "/static/icons/apple-touch-icon.png",
        "/static/icons/site.webmanifest",
    ]:
        assert f'href="{href}"' in html


def test_the_manifest_lists_icons_that_exist_at_their_stated_sizes():
    manifest = json.loads((STATIC / "site.webmanifest").read_text())
    assert manifest["lang"] == "sv"
    for icon in manifest["icons"]:
        data = (STATIC / icon["src"]).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        height = int.from_bytes(data[20:24], "big")
        assert f"{width}x{height}" == icon["sizes"]
