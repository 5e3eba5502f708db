"""Pallet manifest: one A4 sheet per pallet, taped to it, listing its boxes and totals."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import accumulate
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from reports import barcodes
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import UNITS_DE_UK, number, spaced
from reports.page_numbers import Footer, numbered_canvas
from reports.row_table import Column, RowStyle, RowTable
from warehouse_app.papers.manifest import PalletManifest


def render_manifest(manifest: PalletManifest) -> bytes:
    return render_manifests([manifest], title=f"Palette {manifest.code}")


def render_manifests(manifests: Sequence[PalletManifest], title: str = "") -> bytes:
    """Every pallet starts on a new page under its own header (code, barcode, totals)."""
    if not manifests:
        raise ValueError("render_manifests needs at least one pallet")
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title or f"Paletten / піддони {manifests[0].code} …",
        author="Hafenlager",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )
    frame = Frame(15 * mm, 15 * mm, 180 * mm, A4[1] - 60 * mm, id="body")
    pallet_of_page: dict[int, str] = {}  # filled as pages start; read when all are known
    # One page template per pallet: a header drawn at page start must already know its pallet.
    doc.addPageTemplates(
        [
            PageTemplate(id=f"p{n}", frames=[frame], onPage=_header(m, pallet_of_page))
            for n, m in enumerate(manifests)
        ]
    )
    story: list[Any] = []
    for n, manifest in enumerate(manifests):
        if n:
            story += [NextPageTemplate(f"p{n}"), PageBreak()]
        story += [_table(manifest), Spacer(1, 4 * mm)]
    doc.build(story, canvasmaker=numbered_canvas(_footer(pallet_of_page)))
    return buffer.getvalue()


def _footer(pallet_of_page: dict[int, str]) -> Footer:
    """'Page n / m' counted per pallet: each pallet's sheets are taped to that pallet."""

    def footer(canvas: Any, page: int, _total: int) -> None:
        code = pallet_of_page[page]
        own = sorted(p for p, c in pallet_of_page.items() if c == code)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(
            A4[0] - 15 * mm,
            8 * mm,
            f"{code} · Seite / сторінка / page {own.index(page) + 1} / {len(own)}",
        )

    return footer


def _header(manifest: PalletManifest, pallet_of_page: dict[int, str]) -> Callable[[Any, Any], None]:
    def header(canvas: Any, document: Any) -> None:
        pallet_of_page[document.page] = manifest.code
        height = A4[1]
        canvas.saveState()
        canvas.setFont(BOLD, 15)
        canvas.drawString(
            15 * mm, height - 16 * mm, "Palettenliste / Пакувальний лист піддона / Pallet list"
        )
        canvas.setFont(BOLD, 26)
        canvas.drawString(15 * mm, height - 30 * mm, spaced(manifest.code))
        # The pallet's code as a barcode too: the manifest can be scanned like the label.
        layout = barcodes.plan(manifest.code, 60, 300)
        barcodes.draw(canvas, layout, 195 - layout.width_mm, 20, 13, 297)
        canvas.setFont(REGULAR, 9)
        # Two lines: with English added, one ran off the page (the place was cut off).
        canvas.drawString(
            15 * mm,
            height - 36 * mm,
            f"{len(manifest.lines)} Kisten / ящ. / boxes · netto / нетто / net "
            f"{number(manifest.net_kg)} kg · brutto / брутто / gross "
            f"{number(manifest.gross_kg)} kg",
        )
        canvas.drawString(
            15 * mm,
            height - 40 * mm,
            f"(mit Palette / з піддоном / with pallet) · {manifest.location}",
        )
        canvas.restoreState()

    return header


MANIFEST_COLUMNS = (
    Column("Nr.", 9, right=True),
    Column("Code", 19),
    Column("Eig. /\nowner", 11),
    Column("Kategorie /\nКатегорія /\nCategory", 29),
    Column("Inhalt / Вміст /\ncontents", 38),
    Column("Menge /\nК-сть / qty", 19, right=True),
    Column("Netto /\nnet", 16, right=True),
    Column("Brutto /\ngross", 17, right=True),
    Column("MHD /\nТермін /\nexpiry", 22),
)


def _table(manifest: PalletManifest) -> RowTable:
    rows = []
    for n, line in enumerate(manifest.lines, start=1):
        unit_de, unit_uk = UNITS_DE_UK.get(line.unit, (line.unit, line.unit))
        rows.append(
            [
                str(n),
                line.code,
                line.owner,
                line.category,
                f"{line.description_de}\n{line.description_uk}",
                f"{number(line.quantity)} {unit_de}/{unit_uk}",
                number(line.net_kg),
                number(line.gross_kg),
                line.expiry_date.strftime("%d.%m.%Y") if line.expiry_date else "–",
            ]
        )
    footer = [
        "",
        str(len(manifest.lines)),
        "",
        "",
        f"+ Palette / піддон / pallet {number(manifest.tare_kg)} kg",
        "",
        number(manifest.net_kg),
        number(manifest.gross_kg),
        "",
    ]
    net = list(accumulate((line.net_kg for line in manifest.lines), initial=Decimal(0)))

    def carried(n: int) -> str:
        return (
            f"Übertrag / перенесено / carried forward: {n} Kisten / ящ. / boxes · "
            f"netto / net {number(net[n])} kg"
        )

    return RowTable(
        MANIFEST_COLUMNS, rows, RowStyle(REGULAR, BOLD, 8.5, 7.5), footer=footer, carried=carried
    )
