"""The HSDS taxonomies (hsds/data/taxonomies.json): the BIP categories, measure types, target
groups and needs as stored in the database, and Portalen's extension taxonomy for the facts HSDS
has no field for. A taxonomy's id is fixed in the data file; a stored term's id is its `uuid`.
"""

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.utils.translation import get_language

DATA = Path(__file__).resolve().parent / "data" / "taxonomies.json"
TAXONOMY_VERSION = "1"


@dataclass(frozen=True)
class Texts:
    """A name and description in Swedish and English."""

    name: str
    name_en: str
    description: str
    description_en: str

    def in_language(self, field: str) -> str:
        english = getattr(self, f"{field}_en")
        return english if get_language() == "en" and english else getattr(self, field)


@dataclass(frozen=True)
class ExtensionTerm:
    code: str
    id: uuid.UUID
    texts: Texts


@dataclass(frozen=True)
class Taxonomy:
    code: str
    id: uuid.UUID
    texts: Texts
    model_name: str | None  # the measures model holding its terms, or None for the extension
    list_parameter: str | None  # the parameter of /insatser/ that filters by its terms
    extension_terms: tuple[ExtensionTerm, ...] = ()

    @property
    def model(self):
        return apps.get_model("measures", self.model_name) if self.model_name else None


def _texts(row) -> Texts:
    return Texts(row["name"], row["name_en"], row["description"], row["description_en"])


def _read() -> tuple[Taxonomy, ...]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))["taxonomies"]
    return tuple(
        Taxonomy(
            code=row["code"],
            id=uuid.UUID(row["id"]),
            texts=_texts(row),
            model_name=row.get("model"),
            list_parameter=row.get("list_parameter"),
            extension_terms=tuple(
                ExtensionTerm(term["code"], uuid.UUID(term["id"]), _texts(term))
                for term in row.get("terms", [])
            ),
        )
        for row in rows
    )


TAXONOMIES = _read()
BY_ID = {taxonomy.id: taxonomy for taxonomy in TAXONOMIES}
BY_MODEL = {taxonomy.model_name: taxonomy for taxonomy in TAXONOMIES if taxonomy.model_name}
EXTENSION = next(taxonomy for taxonomy in TAXONOMIES if not taxonomy.model_name)
EXTENSION_TERMS = {term.code: term for term in EXTENSION.extension_terms}


def taxonomy_of(term) -> Taxonomy:
    return BY_MODEL[term._meta.model_name]
