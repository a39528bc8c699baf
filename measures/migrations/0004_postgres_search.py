"""Full-text and typo-tolerant search on PostgreSQL; SQLite skips every step here.

- pg_trgm for trigram similarity ("arbetstraning" finds "arbetsträning").
- A trigger keeps `search_document` (title A > summary B > description C, swedish config) current
  on every insert and update, whichever code path writes the row (forms, admin, bulk loads).
- GIN indexes on the vector and on the title's trigrams, so both searches use an index.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from core.migration_operations import RunSQLOnPostgres

CREATE_TRIGGER = """
CREATE OR REPLACE FUNCTION measures_measure_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document :=
        setweight(to_tsvector('pg_catalog.swedish', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('pg_catalog.swedish', coalesce(NEW.summary, '')), 'B') ||
        setweight(to_tsvector('pg_catalog.swedish', coalesce(NEW.description, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER measures_measure_search_document_trigger
    BEFORE INSERT OR UPDATE OF title, summary, description ON measures_measure
    FOR EACH ROW EXECUTE FUNCTION measures_measure_search_document();

UPDATE measures_measure SET title = title;
"""

DROP_TRIGGER = """
DROP TRIGGER IF EXISTS measures_measure_search_document_trigger ON measures_measure;
DROP FUNCTION IF EXISTS measures_measure_search_document();
"""


class Migration(migrations.Migration):
    dependencies = [("measures", "0003_seed_projects")]

    operations = [
        TrigramExtension(),
        RunSQLOnPostgres(CREATE_TRIGGER, DROP_TRIGGER),
        RunSQLOnPostgres(
            "CREATE INDEX measure_search_document_gin ON measures_measure "
            "USING gin (search_document);",
            "DROP INDEX IF EXISTS measure_search_document_gin;",
        ),
        RunSQLOnPostgres(
            "CREATE INDEX measure_title_trgm_gin ON measures_measure "
            "USING gin (title gin_trgm_ops);",
            "DROP INDEX IF EXISTS measure_title_trgm_gin;",
        ),
    ]
