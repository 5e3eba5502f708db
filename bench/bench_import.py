"""Importing a 2,000-row donation list, with its labels, on the large demo.

Target: `hafenlager import donations LIST.xlsx --association BGH --labels F.pdf` ≤ 5 s, the
whole command as a volunteer waits for it (reading, checking every row, saving, rendering the
labels). The baseline, in the same run: the same 2,000 boxes saved through the intake form's
service call one entry at a time in one transaction, no spreadsheet and no labels.

    python -m bench.bench_import [--rows 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

from bench.common import ensure_large_db

CATEGORIES = ("Schlafsäcke", "Wolldecken", "Kissen", "Windeln", "Spielzeug", "Bettdecken")


def write_list(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kategorie", "Beschreibung", "Menge", "Gewicht (kg)", "Anzahl Kartons"])
    for n in range(rows):
        category = CATEGORIES[n % len(CATEGORIES)]
        sheet.append([category, f"{category}, Posten {n + 1}", 5 + n % 7, 4.5 + (n % 9) / 2, 1])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source, _ = ensure_large_db()
    from ui.cli.main import main as hafenlager
    from warehouse_app.imports import donations
    from warehouse_app.services import intake
    from warehouse_app.services.movements import Actor
    from warehouse_app.storage import engine
    from warehouse_app.storage.opening import open_database
    from warehouse_app.storage.transactions import run_in_transaction

    imports, baselines = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "Spendenliste.xlsx"
        write_list(sheet, args.rows)
        for run in range(args.runs):
            db = folder / f"import-{run}.sqlite"
            shutil.copyfile(source, db)
            start = time.perf_counter()
            with redirect_stdout(io.StringIO()) as said:
                labels = str(folder / "labels.pdf")
                command = ["import", "donations", str(sheet), "--association", "BGH"]
                code = hafenlager(["--db", str(db), *command, "--labels", labels])
            imports.append(time.perf_counter() - start)
            assert code == 0, said.getvalue()
            engine.close()

            db = folder / f"baseline-{run}.sqlite"
            shutil.copyfile(source, db)
            open_database(str(db), daily_backup=False)
            entries = donations.plan(sheet, "BGH").entries  # not timed: the rows as entries
            actor = Actor(None, "Bench")
            start = time.perf_counter()

            def save_all(
                entries: tuple[intake.IntakeEntry, ...] = entries, actor: Actor = actor
            ) -> None:
                donation = None
                for entry in entries:
                    donation = intake.receive(entry, actor, donation_id=donation).donation_id

            run_in_transaction(save_all)
            baselines.append(time.perf_counter() - start)
            engine.close()
    took, base = statistics.median(imports), statistics.median(baselines)
    print(
        f"import of {args.rows} rows with labels: median {took:.2f} s (runs "
        f"{', '.join(f'{t:.2f}' for t in imports)})  target <= 5 s: "
        f"{'MET' if took <= 5 else 'NOT MET'}"
    )
    print(
        f"baseline, the same boxes saved entry by entry (no file, no labels): median {base:.2f} s;"
        f" ratio {took / base:.2f}"
    )


if __name__ == "__main__":
    main()
