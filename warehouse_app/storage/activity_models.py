"""The activity log's table (schema 10): who changed what, when, at which station.

Append-only: the services only insert, and a trigger on both engines refuses any UPDATE or
DELETE (storage.activity_guard), so not even a station's own SQL client rewrites history."""

from __future__ import annotations

import peewee as pw

from warehouse_app.storage.models import BaseModel, Volunteer, utcnow


class Activity(BaseModel):
    at = pw.DateTimeField(default=utcnow)
    person = pw.ForeignKeyField(Volunteer, null=True, on_delete="RESTRICT", index=False)
    # The name as typed at a sign-in: a refused unknown name has no person row.
    person_name = pw.CharField(max_length=100, default="")
    station = pw.CharField(max_length=100, default="")
    kind = pw.CharField(max_length=40)
    # What it was done to (box, pallet, convoy, category, …) and the code a lead searches for.
    subject = pw.CharField(max_length=20, default="")
    subject_code = pw.CharField(max_length=100, default="")
    summary = pw.TextField(default="")
    # JSON {field: [before, after]} for edits of master data, settings and convoys.
    changes = pw.TextField(default="")

    class Meta:
        table_name = "activity"
        # Newest first within each filter the Activity screen offers: its index walks in id
        # order and stops at the first page.
        indexes = (
            (("person", "id"), False),
            (("station", "id"), False),
            (("kind", "id"), False),
            (("subject_code", "id"), False),
            (("at",), False),
        )
