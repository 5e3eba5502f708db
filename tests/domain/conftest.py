"""Fixtures of the domain tests."""

from __future__ import annotations

import pytest

from tests.domain.convoy_setup import make_convoy
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def convoy(demo: OpenedDatabase) -> ConvoyRecord:
    return make_convoy()
