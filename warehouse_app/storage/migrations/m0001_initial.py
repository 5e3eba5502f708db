"""Schema 1, the first released schema: associations, categories, locations, volunteers,
donations, boxes, pallets and the movement log.

It is the baseline every database starts from; there is nothing older to upgrade, so it has
no upgrade function. Later steps are modules m0002_..., each with an ``apply(db)`` that uses
playhouse.migrate operations (portable between SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

VERSION = 1
NAME = "initial"
apply: Callable[[pw.Database], None] | None = None
