"""Convoy paperwork on the large demo convoy (5 semitrailers, about 6,600 boxes), on a copy of
the large demo database.

Targets: the full set of one semitrailer under 2 s; the full set of the large convoy, the
whole `hafenlager papers` command, at most 5 s on a 2-core machine (issue 12; 12.2 s before the
lines were read once as plain rows); the packing list of all 6,600 box lines at most 1.5 times
the time of drawing the same rows straight onto a reportlab canvas, measured in the same run.
"The same rows" are the annex's own cell texts (Ukrainian and English of a category or
description on two lines), drawn at fixed places with drawString. The baseline of the whole
command is the same command asking only for the goods lists: it opens the database and reads
every box the same way, and draws no PDF.

    python -m bench.bench_papers
"""

from __future__ import annotations

import dataclasses
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.common import ensure_large_db
from warehouse_app.papers.vehicle import VehiclePapers

CONVOY = "2026-XL"
RUNS = 5


def main() -> None:
    source, _ = ensure_large_db()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.sqlite"
        shutil.copyfile(source, db)
        from warehouse_app.papers.vehicle import convoy_papers
        from warehouse_app.services import convoys, masterdata
        from warehouse_app.storage.opening import open_database

        open_database(str(db), daily_backup=False)
        masterdata.save_settings(
            {"hall.sender_street": "Speicherstraße 10", "hall.sender_postcode": "44147"}
        )
        all_papers = convoy_papers(convoys.get_convoy(CONVOY))
        lines = tuple(line for p in all_papers for line in p.lines)
        first = len(all_papers[0].lines)
        out = Path(tmp) / "papers"

        # The full sets through the command a user runs (it opens and closes the database).
        one = _timed(lambda: _papers(db, out / "one", "--vehicle", "1"))
        print(f"full set, one semitrailer ({first} boxes): {one:.2f} s  (target < 2 s)")
        wholes, reads = [], []
        for run in range(3):
            goods_only = out / f"read{run}"
            reads.append(_timed(partial(_papers, db, goods_only, "--documents", "goods-list")))
            wholes.append(_timed(partial(_papers, db, out / f"all{run}")))
        whole, read = statistics.median(wholes), statistics.median(reads)
        print(
            f"full set, convoy {CONVOY} ({len(lines)} boxes), the whole command (median of 3): "
            f"{whole:.2f} s  (target ≤ 5 s); the same command for the goods lists only "
            f"(reading, no PDF): {read:.2f} s; ratio {whole / read:.2f}"
        )

        from reports.packing_list import render_packing_list

        _breakdown(all_papers[0], out / "parts")
        big = dataclasses.replace(all_papers[0], lines=lines)
        # Interleaved runs, medians: both sides see the same machine load.
        baselines, packings, english = [], [], []
        for _ in range(RUNS):
            baselines.append(_timed(lambda: _canvas_rows(big)))
            packings.append(_timed(lambda: render_packing_list(big)))
            english.append(_timed(lambda: _canvas_rows_english(big)))
        baseline, packing = statistics.median(baselines), statistics.median(packings)
        print(
            f"packing list of {len(lines)} box lines (median of {RUNS}): {packing:.2f} s; the "
            f"same rows drawn straight on a canvas: {baseline:.2f} s; ratio "
            f"{packing / baseline:.2f} (target ≤ 1.5; runs: "
            + ", ".join(f"{p / b:.2f}" for p, b in zip(packings, baselines, strict=True))
            + ")"
        )
        print(
            f"  for comparison, English texts only on the canvas (the first baseline): "
            f"{statistics.median(english):.2f} s; ratio {packing / statistics.median(english):.2f}"
        )


def _breakdown(papers: VehiclePapers, out: Path) -> None:
    """Where one semitrailer's time goes, document by document."""
    from reports.cmr import render_cmr
    from reports.manifest import render_manifests
    from reports.packing_list import render_packing_list
    from reports.summary_documents import render_acceptance_act, render_pro_forma
    from warehouse_app.exports import write_table
    from warehouse_app.papers.goods_list import goods_list_rows
    from warehouse_app.papers.manifest import pallet_manifest

    out.mkdir(parents=True)
    pallets = list(dict.fromkeys(line.pallet_code for line in papers.lines if line.pallet_code))
    parts: dict[str, Callable[[], object]] = {
        "packing list": lambda: render_packing_list(papers),
        "CMR": lambda: render_cmr(papers),
        "pro-forma": lambda: render_pro_forma(papers),
        "acceptance act": lambda: render_acceptance_act(papers),
        "pallet manifests": lambda: render_manifests([pallet_manifest(code) for code in pallets]),
        "goods list CSV+XLSX": lambda: [
            write_table(out / f"goods.{suffix}", *goods_list_rows(papers))  # type: ignore[arg-type]
            for suffix in ("csv", "xlsx")
        ],
    }
    print(
        "  one semitrailer by document: "
        + ", ".join(f"{name} {_timed(work):.2f} s" for name, work in parts.items())
    )


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _papers(db: Path, out: Path, *extra: str) -> None:
    from ui.cli.main import main as cli_main

    code = cli_main(["--db", str(db), "papers", CONVOY, *extra, "--out", str(out)])
    if code != 0:
        raise SystemExit(f"hafenlager papers failed with exit code {code}")


def _canvas_rows(papers: VehiclePapers) -> int:
    """The baseline: the annex's own cell texts (both languages of a cell on their own lines),
    each drawn with drawString at a fixed place, 24 rows a landscape page: the same rows
    straight on a canvas, without measuring, wrapping or splitting pages."""
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import REGULAR, register_fonts
    from reports.packing_list import ANNEX_WIDTHS, annex_rows
    from reports.wording import Wording

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    lefts = [12 * mm + sum(ANNEX_WIDTHS[:n]) * mm for n in range(len(ANNEX_WIDTHS))]
    for n, row in enumerate(annex_rows(papers.lines, Wording(papers.languages))):
        if n and n % 24 == 0:
            canvas.showPage()
        y = 560 - (n % 24) * 22
        canvas.setFont(REGULAR, 7)
        for left, cell in zip(lefts, row, strict=True):
            for k, text in enumerate(cell.split("\n")):
                canvas.drawString(left + 1.5, y - k * 8.4, text)
        canvas.line(20, y - 14, 800, y - 14)
    canvas.save()
    return len(buffer.getvalue())


def _canvas_rows_english(papers: VehiclePapers) -> int:
    """The first baseline, kept for comparison: English texts only, 16 strings a row (the
    annex draws both languages of a category and a description, so more text than this)."""
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    widths = [8, 18, 18, 30, 60, 14, 18, 12, 12, 12, 14, 8, 20, 16, 24, 12]
    for n, line in enumerate(papers.lines):
        if n and n % 24 == 0:
            canvas.showPage()
        y = 560 - (n % 24) * 22
        canvas.setFont(REGULAR, 7)
        cells = (
            str(line.package_no),
            line.box_code,
            line.pallet_code,
            line.category_en,
            line.description_en,
            line.hs_code,
            str(line.quantity),
            str(line.net_kg),
            str(line.gross_kg),
            str(line.unit_value_eur),
            str(line.total_value_eur),
            line.origin,
            str(line.wear_percent),
            str(line.expiry or "–"),
            line.serial_or_vin or "–",
            line.un_number or "–",
        )
        x = 20.0
        for text, width in zip(cells, widths, strict=True):
            canvas.drawString(x, y, text)
            x += width * 2.6
        canvas.line(20, y - 4, 800, y - 4)
    canvas.save()
    return len(buffer.getvalue())


if __name__ == "__main__":
    main()
