"""The stock search finds parts of words ("Konserven" in "Fischkonserven") through an index,
not by reading every box: a trigram index on the boxes' search text.

SQLite: an FTS5 table with the trigram tokenizer, kept by triggers only when a box's search
text changes (a scan never touches it). An SQLite built without FTS5 reads the boxes instead;
the log says so.

PostgreSQL: pg_trgm's GIN index on a side table (box id, search text), written by triggers only
when a box is added or its search text changes. On box.search_text itself every box update
wrote the index: about 1.5 ms a scan, and the departure of the large convoy went from about
0.75 s to 0.95 s of write lock, against a 1 s limit. The side table has no foreign key: a
restore of an older backup drops and recreates the box table, which a reference would block;
schema step 7 (and every install) fills it anew. A server without pg_trgm, or a role that may
not create the extension, reads the boxes instead; the log says so.
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)

TABLE = "box_search"
SHORTEST = 3  # a trigram index finds words of three characters or more


def install(db: pw.Database) -> None:
    """The index and what keeps it, on a new database and by schema steps 6 (SQLite) and 7
    (PostgreSQL)."""
    if isinstance(db, pw.PostgresqlDatabase):
        _install_postgres(db)
    else:
        _install_sqlite(db)


_PG_KEEP = f"""
CREATE OR REPLACE FUNCTION hafenlager_box_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM {TABLE} WHERE box_id = OLD.id;
        RETURN NULL;
    END IF;
    INSERT INTO {TABLE} (box_id, search_text) VALUES (NEW.id, NEW.search_text)
        ON CONFLICT (box_id) DO UPDATE SET search_text = EXCLUDED.search_text;
    RETURN NULL;
END $$
"""


def _install_postgres(db: pw.Database) -> None:
    try:
        with db.atomic():  # a savepoint: a refused extension must not spoil the step
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except pw.DatabaseError as exc:
        log.warning("The stock search reads every box: pg_trgm is not available (%s).", exc)
        return
    for sql in (
        f"CREATE TABLE IF NOT EXISTS {TABLE} (box_id INTEGER PRIMARY KEY, search_text TEXT "
        "NOT NULL)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_trigrams ON {TABLE} "
        "USING gin (search_text gin_trgm_ops)",
        _PG_KEEP,
        f"DROP TRIGGER IF EXISTS {TABLE}_insert ON box",
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT OR DELETE ON box FOR EACH ROW "
        "EXECUTE FUNCTION hafenlager_box_search()",
        f"DROP TRIGGER IF EXISTS {TABLE}_update ON box",
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF search_text ON box FOR EACH ROW "
        "WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text) "
        "EXECUTE FUNCTION hafenlager_box_search()",
        f"TRUNCATE {TABLE}",
        f"INSERT INTO {TABLE} (box_id, search_text) SELECT id, search_text FROM box",
    ):
        db.execute_sql(sql)


def _install_sqlite(db: pw.Database) -> None:
    try:
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "search_text, content='box', content_rowid='id', tokenize='trigram')"
        )
    except pw.OperationalError as exc:  # no FTS5, or an SQLite older than 3.34
        log.warning("The stock search reads every box: SQLite has no trigram index (%s).", exc)
        return
    for sql in (
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_insert AFTER INSERT ON box BEGIN "
        f"INSERT INTO {TABLE} (rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_delete AFTER DELETE ON box BEGIN "
        f"INSERT INTO {TABLE} ({TABLE}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_update AFTER UPDATE OF search_text ON box BEGIN "
        f"INSERT INTO {TABLE} ({TABLE}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {TABLE} (rowid, search_text) VALUES (new.id, new.search_text); END",
    ):
        db.execute_sql(sql)
    db.execute_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")


def has_index(db: pw.Database) -> bool:
    """True when the trigram index exists (FTS5 table, or the side table on PostgreSQL)."""
    return TABLE in db.get_tables()


def matching_ids(db: pw.Database, text: str) -> pw.Node:
    """The SQL of the ids of boxes whose search text holds text, through the index."""
    if isinstance(db, pw.PostgresqlDatabase):
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return pw.SQL(f"(SELECT box_id FROM {TABLE} WHERE search_text LIKE %s)", (pattern,))
    phrase = '"' + text.replace('"', '""') + '"'
    return pw.SQL(f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", (phrase,))
