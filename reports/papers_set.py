"""A convoy's papers as one set of files, written all or nothing.

The command line writes it today; the GUI's "Print papers" is meant to use the same function."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse_app.errors import HafenlagerError

if TYPE_CHECKING:  # the command line imports PAPERS while parsing: keep that import light
    from warehouse_app.models import Convoy
    from warehouse_app.paperwork import VehiclePapers

PAPERS = (
    "packing-list",
    "cmr",
    "pro-forma",
    "acceptance-act",
    "pallet-manifests",
    "goods-list",
    "donation-letter",
    "convoy-summary",
)


def write_papers(
    out: Path,
    convoy: Convoy,
    all_papers: list[VehiclePapers],
    documents: Collection[str] = PAPERS,
    convoy_documents: bool = True,
) -> list[Path]:
    """Render every wanted document into a staging folder inside out, then move them in.

    A failure while rendering or writing (a full disk, a name taken by a folder) leaves out
    as it was: a border officer must never get half a set from a folder that looks complete.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".papers-", dir=out))
    except OSError as exc:
        raise HafenlagerError(f"Cannot create {out}: {exc.strerror or exc}.") from exc
    try:
        _render_into(staging, convoy, all_papers, set(documents), convoy_documents)
        staged = sorted(staging.iterdir())
        taken = [out / f.name for f in staged if (out / f.name).is_dir()]
        if taken:
            raise HafenlagerError(
                f"Cannot write {taken[0]}: a folder has that name. Rename it or choose another "
                "output folder."
            )
        for f in staged:
            f.replace(out / f.name)
        return [out / f.name for f in staged]
    except OSError as exc:
        raise HafenlagerError(f"Cannot write the papers to {out}: {exc.strerror or exc}.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _render_into(
    folder: Path,
    convoy: Convoy,
    all_papers: list[VehiclePapers],
    wanted: set[str],
    convoy_documents: bool,
) -> None:
    # reportlab loads here, not when the command line parses its arguments.
    from reports.cmr import render_cmr
    from reports.convoy_summary import render_convoy_summary
    from reports.donation_letter import render_donation_letter
    from reports.manifest import render_manifests
    from reports.packing_list import render_packing_list
    from reports.summary_documents import render_acceptance_act, render_pro_forma
    from warehouse_app.convoy_summary import convoy_summary
    from warehouse_app.exports import write_table
    from warehouse_app.paperwork import donation_letter, goods_list_rows
    from warehouse_app.services import labeldata

    if convoy_documents and "donation-letter" in wanted:
        letter = donation_letter(convoy, all_papers=all_papers)
        (folder / f"donation-letter-{letter.number}.pdf").write_bytes(
            render_donation_letter(letter)
        )
    if convoy_documents and "convoy-summary" in wanted:
        summary = convoy_summary(convoy, all_papers=all_papers)
        (folder / f"convoy-summary-{convoy.number}.pdf").write_bytes(render_convoy_summary(summary))
    renderers = {
        "packing-list": render_packing_list,
        "cmr": render_cmr,
        "pro-forma": render_pro_forma,
        "acceptance-act": render_acceptance_act,
    }
    for papers in all_papers:
        stem = papers.number
        for name, render in renderers.items():
            if name in wanted:
                (folder / f"{name}-{stem}.pdf").write_bytes(render(papers))
        pallets = list(dict.fromkeys(line.pallet_code for line in papers.lines if line.pallet_code))
        if pallets and "pallet-manifests" in wanted:
            manifests = [labeldata.pallet_manifest(code) for code in pallets]
            (folder / f"pallet-manifests-{stem}.pdf").write_bytes(render_manifests(manifests))
        if "goods-list" in wanted:
            headers, rows = goods_list_rows(papers)
            for suffix in ("csv", "xlsx"):
                write_table(folder / f"goods-list-{stem}.{suffix}", headers, rows)  # type: ignore[arg-type]
