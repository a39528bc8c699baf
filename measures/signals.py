"""Any change to what the public list can show bumps the catalogue version (see CatalogueState)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from municipalities.models import Municipality, Unit

from .models import (
    CatalogueState,
    Category,
    Language,
    Measure,
    MeasureType,
    Need,
    Project,
    TargetGroup,
)

WATCHED = [Measure, Municipality, Unit, Category, MeasureType, TargetGroup, Need, Language, Project]
M2M = [
    Measure.categories.through,
    Measure.target_groups.through,
    Measure.needs.through,
    Measure.languages.through,
]


def catalogue_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    if "action" in kwargs and not kwargs["action"].startswith("post_"):
        return
    CatalogueState.bump()


def connect():
    for model in WATCHED:
        post_save.connect(
            catalogue_changed, sender=model, dispatch_uid=f"catalogue-save-{model.__name__}"
        )
        post_delete.connect(
            catalogue_changed, sender=model, dispatch_uid=f"catalogue-delete-{model.__name__}"
        )
    for through in M2M:
        m2m_changed.connect(
            catalogue_changed, sender=through, dispatch_uid=f"catalogue-m2m-{through.__name__}"
        )
