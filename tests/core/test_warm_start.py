"""A new app-server worker builds the catalogue index and its word index before its first
request (portal/wsgi.py, PORTAL_WARM_START), and starts even when it cannot."""

import importlib
import logging

import pytest

import measures.search
import portal.wsgi
from measures import catalogue
from tests.factories import MeasureFactory


@pytest.mark.django_db
def test_warm_up_builds_the_index_and_the_words_a_search_needs(django_assert_num_queries):
    MeasureFactory(title="Snickeri i Osby")
    assert catalogue._current is None

    measures.search.warm_up()

    index = catalogue._current
    assert index is not None and index.words is not None and index.text is not None
    # The first search reads nothing more than the catalogue's version.
    with django_assert_num_queries(1):
        ids, _relevance = measures.search.find("snickeri")
    assert len(ids) == 1


def load_wsgi(monkeypatch, warm_up):
    calls = []

    def recorded():
        calls.append(True)
        warm_up()

    monkeypatch.setattr(measures.search, "warm_up", recorded)
    importlib.reload(portal.wsgi)
    return calls


def test_loading_the_application_warms_the_worker(monkeypatch, settings):
    settings.PORTAL_WARM_START = True
    assert load_wsgi(monkeypatch, lambda: None) == [True]
    assert callable(portal.wsgi.application)


def test_warm_start_can_be_turned_off(monkeypatch, settings):
    settings.PORTAL_WARM_START = False
    assert load_wsgi(monkeypatch, lambda: None) == []


def test_a_worker_starts_even_when_the_catalogue_cannot_be_read(monkeypatch, settings):
    settings.PORTAL_WARM_START = True
    # Loading the application configures logging afresh (caplog's root handler goes), so the
    # warning is caught on the module's own logger.
    warnings = []
    handler = logging.Handler()
    handler.emit = lambda record: warnings.append(record.getMessage())
    logger = logging.getLogger("portal.wsgi")
    logger.addHandler(handler)

    def broken():
        raise RuntimeError("database unavailable")

    try:
        assert load_wsgi(monkeypatch, broken) == [True]
    finally:
        logger.removeHandler(handler)
    assert callable(portal.wsgi.application)
    assert warnings == ["Warm start skipped: the catalogue is unreadable"]
