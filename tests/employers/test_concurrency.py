"""Two editors entering the same organisation number at once: the database's unique constraint
decides, and the second gets the form's message instead of a server error."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from employers.forms import EmployerForm
from employers.models import Employer
from employers.services import employer_save
from tests.employers.helpers import employer_form_data
from tests.publishing.test_concurrency import waiting_on_a_lock


@pytest.mark.postgresql  # SQLite has one writer at a time: the race cannot happen there
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_the_same_org_number_at_once_one_is_told(osby):
    first_inserted, let_first_commit = threading.Event(), threading.Event()
    outcomes = {}

    def save(name, hold=False):
        try:
            form = EmployerForm(employer_form_data(name=name), municipality=osby)
            assert form.is_valid(), form.errors  # neither sees the other's row yet
            with transaction.atomic():
                employer_save(form=form)
                if hold:
                    first_inserted.set()
                    let_first_commit.wait(timeout=10)
            outcomes[name] = "saved"
        except ValidationError as error:
            outcomes[name] = error.message_dict
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            outcomes[name] = repr(error)
        finally:
            first_inserted.set()
            connection.close()

    first = threading.Thread(target=save, args=("Först AB",), kwargs={"hold": True})
    first.start()
    first_inserted.wait(timeout=10)
    second = threading.Thread(target=save, args=("Sedan AB",))
    second.start()
    waiting_on_a_lock(timeout=10)  # the second insert waits on the unique index
    let_first_commit.set()
    first.join(timeout=10)
    second.join(timeout=10)

    assert outcomes["Först AB"] == "saved"
    assert outcomes["Sedan AB"] == {
        "org_number": ["Organisationsnumret finns redan i kommunens register."]
    }
    assert list(Employer.objects.values_list("name", flat=True)) == ["Först AB"]
