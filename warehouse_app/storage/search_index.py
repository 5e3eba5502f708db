"""The stock search finds parts of words ("Konserven" in "Fischkonserven") through an index,
not by reading every box: a trigram index on the boxes' search text.

SQLite: an FTS5 table with the trigram tokenizer, kept by triggers only when a box's search
text changes (a scan never touches it). An SQLite built without FTS5 reads the boxes instead;
the log says so.

PostgreSQL reads the boxes (LIKE '%…%'), for now. pg_trgm's GIN index on box.search_text
would serve it, but every box update writes that index: it cost about 1.5 ms a scan and took
the departure of the large convoy from about 0.75 s to 0.95 s of write lock, against a 1 s
limit. The index belongs on a side table written only when the text changes, as on SQLite.
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)

TABLE = "box_search"
SHORTEST = 3  # a trigram index finds words of three characters or more


def install(db: pw.Database) -> None:
    """The index and what keeps it, on a new database and by schema step 6 (SQLite only,
    see above)."""
    if not isinstance(db, pw.PostgresqlDatabase):
        _install_sqlite(db)


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
    """True when the FTS5 table exists (SQLite only)."""
    if isinstance(db, pw.PostgresqlDatabase):
        return False
    return TABLE in db.get_tables()


def matching_ids(text: str) -> pw.Node:
    """The SQL of the ids of boxes whose search text holds text (FTS5 on SQLite)."""
    phrase = '"' + text.replace('"', '""') + '"'
    return pw.SQL(f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", (phrase,))
