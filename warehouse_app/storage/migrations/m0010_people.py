"""Schema 10: people with roles and PINs, and the append-only activity log.

The existing volunteers stay, as volunteers, with no PIN: each sets one at their next sign-in.
Their movements keep naming them."""

from __future__ import annotations

import peewee as pw

VERSION = 10
NAME = "people"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Association(_Base):
    class Meta:
        table_name = "association"


class _Volunteer(_Base):
    role = pw.CharField(max_length=50)

    class Meta:
        table_name = "volunteer"


# The table exactly as schema 10 defines it, frozen here (see m0002).
class _Activity(_Base):
    at = pw.DateTimeField()
    person = pw.ForeignKeyField(_Volunteer, null=True, on_delete="RESTRICT", index=False)
    person_name = pw.CharField(max_length=100, default="")
    station = pw.CharField(max_length=100, default="")
    kind = pw.CharField(max_length=40)
    subject = pw.CharField(max_length=20, default="")
    subject_code = pw.CharField(max_length=100, default="")
    summary = pw.TextField(default="")
    changes = pw.TextField(default="")

    class Meta:
        table_name = "activity"
        indexes = (
            (("person", "id"), False),
            (("station", "id"), False),
            (("kind", "id"), False),
            (("subject_code", "id"), False),
            (("at",), False),
        )


def apply(db: pw.Database) -> None:
    from warehouse_app.storage import activity_guard

    # Written out: peewee adds a NOT NULL or foreign-key column to an SQLite table by copying
    # the table, which the movements' and donations' references to the volunteers refuse.
    # Both engines take these in ADD COLUMN.
    timestamp = "TIMESTAMP" if isinstance(db, pw.PostgresqlDatabase) else "DATETIME"
    for column in (
        "\"pin_hash\" VARCHAR(200) NOT NULL DEFAULT ''",
        '"association_id" INTEGER REFERENCES "association" ("id") ON DELETE RESTRICT',
        '"failed_pins" INTEGER NOT NULL DEFAULT 0',
        f'"locked_until" {timestamp}',
    ):
        db.execute_sql(f'ALTER TABLE "volunteer" ADD COLUMN {column}')
    db.execute_sql('CREATE INDEX "volunteer_association_id" ON "volunteer" ("association_id")')
    with db.bind_ctx([_Association, _Volunteer, _Activity]):
        # Nobody read the old role: a name typed at "Who is working?" is no proof of being a
        # lead. Everyone starts as a volunteer; the first start asks for the admin, who gives
        # the leads their role and PIN.
        _Volunteer.update(role="volunteer").execute()
        db.create_tables([_Activity])
    activity_guard.install(db)
