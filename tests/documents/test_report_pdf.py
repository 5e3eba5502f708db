"""A report as PDF: the hall's header, the period, the figures as the service gives them, and
the monthly bars when it goes by month and association."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium

from reports.report_pdf import cell, percent_text, render_report
from ui.cli.main import main
from warehouse_app.services.reporting import (
    FlowReport,
    FlowRow,
    GroupBy,
    ReportFilter,
    ReportKind,
)
from warehouse_app.services.reporting.shares import category_share
from warehouse_app.services.reporting.tables import report_sheet, report_table
from warehouse_app.storage.opening import OpenedDatabase


def _text(data: bytes) -> str:
    pages = pdfium.PdfDocument(data)
    return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pages)


def test_received_by_association_and_month_prints_header_period_chart_and_totals(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    table = report_table(ReportKind.RECEIVED, [GroupBy.ASSOCIATION, GroupBy.MONTH])
    assert table.chart is not None and len(table.chart.months) > 12
    data = render_report(report_sheet(table))
    text = _text(data)
    assert "Speicherstraße 10" in text and "Eingang / Received" in text
    assert "Zeitraum / period: alles / all time" in text
    assert table.totals is not None
    assert "Summe / Total" in text and cell(table.totals[2]) in text  # all boxes received
    assert "Brutto kg pro Monat" in text  # the chart's title
    page = pdfium.PdfDocument(data)[0]
    page.render(scale=1).to_pil().save(tmp_path / "received.png")

    out = tmp_path / "shipped.pdf"
    assert (
        main(
            [
                "--db",
                papers_db.target,
                "report",
                "shipped",
                "--by",
                "convoy",
                "--from",
                "2020-01-01",
                "--to",
                "2099-12-31",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    shipped = _text(out.read_bytes())
    assert "Versand / Shipped" in shipped and "01.01.2020 – 31.12.2099" in shipped
    assert "2026-D" in shipped and "Brutto kg pro Monat" not in shipped


def test_expiring_goes_landscape_with_every_box(papers_db: OpenedDatabase) -> None:
    table = report_table(ReportKind.EXPIRING, days=30)
    data = render_report(report_sheet(table))
    doc = pdfium.PdfDocument(data)
    width, height = doc[0].get_size()
    assert width > height  # thirteen columns
    text = _text(data)
    assert all(str(row[0]) in text for row in table.rows)


def test_a_report_cut_to_one_association_carries_its_letterhead(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    from warehouse_app.papers.hall import hall_name
    from warehouse_app.services import donor_receipts
    from warehouse_app.services.reporting import ReportFilter
    from warehouse_app.storage.models import Association

    hall = hall_name()
    unfiltered = _text(render_report(report_sheet(report_table(ReportKind.STOCK))))
    assert unfiltered.startswith(f"{hall} ") and "Gelagert in" not in unfiltered

    bgh = Association.get(Association.short_code == "BGH")
    cut = ReportFilter(association_id=bgh.id, association_code="BGH")
    # No address of its own on record yet: reached at the hall.
    text = _text(render_report(report_sheet(report_table(ReportKind.STOCK, filters=cut))))
    assert text.startswith(f"{bgh.name} Bestand / Stock on hand c/o {hall}, Speicherstraße 10")
    donor_receipts.save_tax_data(
        "BGH", address="Kaiserstraße 5, 44135 Dortmund", tax_office="Finanzamt Dortmund-Ost",
        tax_number="317/5730/1234", exemption_date=dt.date(2024, 5, 14),
        assessment_period="2023", purpose="der Hilfe",
    )  # fmt: skip
    out = tmp_path / "bgh.pdf"
    args = ["--db", papers_db.target, "report", "received", "--by", "month"]
    assert main([*args, "--association", "BGH", "--out", str(out)]) == 0
    text = _text(out.read_bytes())
    head = text[: text.index("Eingang / Received")]
    assert head == f"{bgh.name} "  # the association's name, not the hall's, heads the page
    after = text[len(head) :]
    assert after.startswith("Eingang / Received Kaiserstraße 5, 44135 Dortmund Stand / as of")
    assert f"Gelagert in / kept at: {hall}, Speicherstraße 10" in text
    assert "Filter: association BGH" in text
    page = pdfium.PdfDocument(out.read_bytes())[0]
    page.render(scale=1.5).to_pil().save(tmp_path / "bgh.png")


def test_received_by_category_draws_the_share_by_category_as_a_pie(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    table = report_table(ReportKind.RECEIVED, [GroupBy.CATEGORY])
    share = table.share
    assert share is not None and table.totals is not None
    # Every kg of the table is in one slice: the slices add up to its total, to the gram.
    assert sum(share.kg, Decimal(0)) == table.totals[table.columns.index("Gross kg")]
    named = share.kg[:-1] if share.other else share.kg  # "Other" comes last, whatever it weighs
    assert list(named) == sorted(named, reverse=True)  # largest first
    data = render_report(report_sheet(table))
    text = _text(data)
    assert "Anteil nach Kategorie (brutto kg) / share by category (gross kg)" in text
    largest = " ".join(f"{share.categories[0]} {percent_text(share.percents()[0])}".split())
    assert largest in text
    assert "Brutto kg pro Monat" not in text  # no months: the pie alone
    assert render_report(report_sheet(table)) == data  # same figures, same bytes
    page = pdfium.PdfDocument(data)[0]
    page.render(scale=2).to_pil().save(tmp_path / "received_by_category.png")


def test_the_share_sums_the_other_groups_and_comes_with_the_bars(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    alone = report_table(ReportKind.RECEIVED, [GroupBy.CATEGORY]).share
    by = [GroupBy.ASSOCIATION, GroupBy.MONTH, GroupBy.CATEGORY]
    table = report_table(ReportKind.RECEIVED, by)
    assert table.share == alone  # the same pie, whatever else it goes by
    data = render_report(report_sheet(table))
    text = _text(data)
    assert text.index("Brutto kg pro Monat") < text.index("Anteil nach Kategorie")  # bars first
    pdfium.PdfDocument(data)[0].render(scale=2).to_pil().save(tmp_path / "bars_and_pie.png")
    stock = report_table(ReportKind.STOCK, [GroupBy.ASSOCIATION, GroupBy.CATEGORY])
    assert stock.share is not None and stock.totals is not None
    assert stock.share.total == stock.totals[stock.columns.index("Gross kg")]


def test_a_report_by_association_only_has_no_pie(papers_db: OpenedDatabase) -> None:
    table = report_table(ReportKind.RECEIVED, [GroupBy.ASSOCIATION])
    assert table.share is None
    assert "Anteil nach Kategorie" not in _text(render_report(report_sheet(table)))
    assert report_table(ReportKind.DISPOSED, [GroupBy.CATEGORY]).share is None


def test_beyond_eight_categories_the_smallest_are_summed_as_other() -> None:
    rows = tuple(
        FlowRow((f"Category {n:02}",), 1, Decimal(1), Decimal(n), Decimal(n + 0.5), Decimal(0))
        for n in range(1, 11)
    )
    report = FlowReport(
        ReportKind.RECEIVED, (GroupBy.CATEGORY,), None, None, ReportFilter(), rows, rows[0]
    )
    share = category_share(report)
    assert share is not None and share.other and len(share.kg) == 8
    assert share.categories[:2] == ("Category 10", "Category 09")
    # The three smallest (1.5 + 2.5 + 3.5 kg) make the last slice.
    assert share.categories[-1] == "Other" and share.kg[-1] == Decimal("7.500")
    assert share.total == sum(r.gross_kg for r in rows)
    empty = FlowReport(
        ReportKind.RECEIVED, (GroupBy.CATEGORY,), None, None, ReportFilter(), (), rows[0]
    )
    assert category_share(empty) is None
