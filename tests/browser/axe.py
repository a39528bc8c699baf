"""axe-core scans for WCAG 2.1 A and AA (the level Swedish public-sector sites must meet)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

_axe = Axe()


def assert_accessible(page):
    results = _axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
