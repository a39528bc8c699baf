"""The list page, with the CSS and JavaScript it references, stays under 150 kB compressed."""

import gzip
import re

from django.contrib.staticfiles import finders

from tests.factories import MeasureFactory

BUDGET = 150 * 1024


def compressed_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def test_list_page_with_its_css_and_js_is_under_150_kb_compressed(client, db, terms):
    for number in range(20):
        MeasureFactory(title=f"Insats nummer {number}", categories=list(terms["kategori"].values()))
    html = client.get("/insatser/").content

    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the page references no CSS or JS at all?"
    total = compressed_size(html)
    for asset in assets:
        path = finders.find(asset.decode())
        assert path, asset
        with open(path, "rb") as handle:
            total += compressed_size(handle.read())

    assert total < BUDGET, f"{total / 1024:.1f} kB"
