"""The reports: what came in, what went out, what is in the hall and what is about to expire,
summed by the database (both engines), handed out as plain records."""

from warehouse_app.services.reporting.flows import disposed, received, shipped
from warehouse_app.services.reporting.holdings import expiring, stock_on_hand
from warehouse_app.services.reporting.records import (
    ExpiringBox,
    ExpiringReport,
    FlowReport,
    FlowRow,
    GroupBy,
    ReportFilter,
    ReportKind,
    StockReport,
    StockRow,
)

__all__ = [
    "ExpiringBox",
    "ExpiringReport",
    "FlowReport",
    "FlowRow",
    "GroupBy",
    "ReportFilter",
    "ReportKind",
    "StockReport",
    "StockRow",
    "disposed",
    "expiring",
    "received",
    "shipped",
    "stock_on_hand",
]
