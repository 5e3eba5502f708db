"""Fixtures of the document tests."""

from __future__ import annotations

import pytest

from warehouse_app.services import masterdata
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def papers_db(demo: OpenedDatabase) -> OpenedDatabase:
    masterdata.save_settings(
        {"hall.sender_street": "Speicherstraße 10", "hall.sender_postcode": "44147"}
    )
    return demo
