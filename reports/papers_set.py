"""A convoy's papers as one set of files: rendered (or taken from the departure archive), then
written all or nothing to a folder or a ZIP. The command line and the GUI's "Print papers" both
come through here."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse_app.errors import HafenlagerError
from warehouse_app.papers.convoy_set import PapersToDraw, archived_files, fingerprint, to_draw
from warehouse_app.papers.documents import PAPERS
from warehouse_app.papers.vehicle import DRAFT_STATUSES
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.convoys.archive import PaperFile
from warehouse_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from warehouse_app.papers.vehicle import VehiclePapers

# (done, total) -> go on? Called after each file; False stops the work.
Progress = Callable[[int, int], bool]


class Cancelled(HafenlagerError):
    """The user stopped the work; nothing was written."""


def papers_files(
    convoy: ConvoyRecord,
    vehicle_number: int | None = None,
    documents: Collection[str] = PAPERS,
    progress: Progress | None = None,
    languages: tuple[str, ...] | None = None,
) -> list[PaperFile]:
    """The files of a convoy's papers: the archived ones once it departed, else fresh ones.

    languages overrides the destination's setting; a departed convoy's papers are the
    archived ones, so asking for other languages then is refused."""
    archived = archived_files(convoy, vehicle_number, documents, languages)
    if archived is not None:
        return archived
    return render_papers(to_draw(convoy, vehicle_number, documents, languages), progress)


class _FinalPapers:
    """The whole set a convoy departs with (what the archive keeps), and the fingerprint of
    what it is drawn from (departure checks it did not change while the set was drawn)."""

    def fingerprint(self, convoy: ConvoyRecord) -> str:
        return fingerprint(convoy)

    def __call__(self, convoy: ConvoyRecord) -> list[PaperFile]:
        return render_papers(to_draw(convoy))


final_papers = _FinalPapers()


def render_papers(papers: PapersToDraw, progress: Progress | None = None) -> list[PaperFile]:
    """Draw the set; raises Cancelled when progress says stop. Papers of a convoy that is not
    ready yet are drafts: stamped on every page, and named so."""
    jobs = _jobs(papers)
    draft = papers.convoy.status in DRAFT_STATUSES
    files: list[PaperFile] = []
    for done, job in enumerate(jobs, start=1):
        made = job()
        files.extend([_as_draft(f) for f in made] if draft else made)
        if progress is not None and not progress(done, len(jobs)):
            raise Cancelled(QT_TRANSLATE_NOOP("service", "Stopped: no papers were written."))
    return files


def _as_draft(paper: PaperFile) -> PaperFile:
    from reports.draft import mark_draft

    stem, _, suffix = paper.file_name.rpartition(".")
    data = mark_draft(paper.data) if suffix == "pdf" else paper.data
    return PaperFile(f"{stem}-DRAFT.{suffix}", paper.document, paper.vehicle_number, data)


def _jobs(papers: PapersToDraw) -> list[Callable[[], list[PaperFile]]]:
    # reportlab loads here, not when the command line parses its arguments.
    from reports.cmr import render_cmr
    from reports.convoy_summary import render_convoy_summary
    from reports.donation_letter import render_donation_letter
    from reports.packing_list import render_packing_list
    from reports.summary_documents import render_acceptance_act, render_pro_forma

    jobs: list[Callable[[], list[PaperFile]]] = []
    letter, summary, number = papers.letter, papers.summary, papers.convoy.number
    if letter is not None:
        jobs.append(
            lambda: [
                PaperFile(
                    f"donation-letter-{letter.number}.pdf",
                    "donation-letter",
                    None,
                    render_donation_letter(letter),
                )
            ]
        )
    if summary is not None:
        jobs.append(
            lambda: [
                PaperFile(
                    f"convoy-summary-{number}.pdf",
                    "convoy-summary",
                    None,
                    render_convoy_summary(summary),
                )
            ]
        )
    renderers = {
        "packing-list": render_packing_list,
        "cmr": render_cmr,
        "pro-forma": render_pro_forma,
        "acceptance-act": render_acceptance_act,
    }
    for vehicle_papers in papers.vehicles:
        vehicle = papers.vehicle_number(vehicle_papers)
        for name, render in renderers.items():
            if name in papers.documents:
                jobs.append(_pdf_job(name, vehicle, vehicle_papers, render))
        if papers.manifests.get(vehicle_papers.number):
            jobs.append(partial(_manifests, papers, vehicle_papers, vehicle))
        if "goods-list" in papers.documents:
            jobs.append(partial(_goods_lists, vehicle_papers, vehicle))
    return jobs


def _pdf_job(
    name: str, vehicle: int, papers: VehiclePapers, render: Callable[[VehiclePapers], bytes]
) -> Callable[[], list[PaperFile]]:
    return lambda: [PaperFile(f"{name}-{papers.number}.pdf", name, vehicle, render(papers))]


def _manifests(
    papers: PapersToDraw, vehicle_papers: VehiclePapers, vehicle: int
) -> list[PaperFile]:
    from reports.manifest import render_manifests

    data = render_manifests(papers.manifests[vehicle_papers.number])
    name = f"pallet-manifests-{vehicle_papers.number}.pdf"
    return [PaperFile(name, "pallet-manifests", vehicle, data)]


def _goods_lists(papers: VehiclePapers, vehicle: int) -> list[PaperFile]:
    from warehouse_app.exports import write_table
    from warehouse_app.papers.goods_list import goods_list_rows, goods_list_title

    headers, rows = goods_list_rows(papers)
    files = []
    with tempfile.TemporaryDirectory(prefix="hafenlager-goods-") as folder:
        for suffix in ("csv", "xlsx"):
            path = Path(folder) / f"goods-list-{papers.number}.{suffix}"
            # The CSV is the bare table, to paste; the XLSX names the truck above it.
            title = goods_list_title(papers) if suffix == "xlsx" else ()
            write_table(path, headers, rows, title=title, decimal_comma=True)  # type: ignore[arg-type]
            files.append(PaperFile(path.name, "goods-list", vehicle, path.read_bytes()))
    return files


# --- writing ---------------------------------------------------------------------------------


def write_folder(out: Path, files: Sequence[PaperFile]) -> list[Path]:
    """Write files into out through a staging folder, then move them in.

    A failure (a full disk, a name taken by a folder) leaves out as it was: a border officer
    must never get half a set from a folder that looks complete."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".papers-", dir=out))
    except OSError as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot create {out}: {reason}."),
            out=out,
            reason=exc.strerror or exc,
        ) from exc
    try:
        for f in files:
            (staging / f.file_name).write_bytes(f.data)
        taken = [out / f.file_name for f in files if (out / f.file_name).is_dir()]
        if taken:
            raise HafenlagerError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Cannot write {folder}: a folder has that name. Rename it or choose "
                    "another output folder.",
                ),
                folder=taken[0],
            )
        for f in files:
            (staging / f.file_name).replace(out / f.file_name)
        return [out / f.file_name for f in files]
    except OSError as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot write the papers to {out}: {reason}."),
            out=out,
            reason=exc.strerror or exc,
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_zip(path: Path, files: Sequence[PaperFile]) -> Path:
    """One ZIP with every file, written through a temporary file (never a half ZIP)."""
    if path.suffix.lower() != ".zip":
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "'{path_name}' should end in .zip."), path_name=path.name
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            # A fixed date: the same papers give the same ZIP.
            info = zipfile.ZipInfo(f.file_name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, f.data)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(buffer.getvalue())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot write {path}: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return path
