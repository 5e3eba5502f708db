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
from warehouse_app.services.paper_archive import PaperFile

if TYPE_CHECKING:  # the command line imports PAPERS while parsing: keep that import light
    from warehouse_app.papers.vehicle import VehiclePapers
    from warehouse_app.storage.models import Convoy

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
CONVOY_DOCUMENTS = ("donation-letter", "convoy-summary")
# (done, total) -> go on? Called after each file; False stops the work.
Progress = Callable[[int, int], bool]


class Cancelled(HafenlagerError):
    """The user stopped the work; nothing was written."""


def papers_files(
    convoy: Convoy,
    vehicle_number: int | None = None,
    documents: Collection[str] = PAPERS,
    progress: Progress | None = None,
    languages: tuple[str, ...] | None = None,
) -> list[PaperFile]:
    """The files of a convoy's papers: the archived ones once it departed, else fresh ones.

    languages overrides the destination's setting; a departed convoy's papers are the
    archived ones, so asking for other languages then is refused.

    Without a vehicle number the set includes the convoy's own documents (donation letter,
    summary); a single vehicle's reprint does not: they sum every vehicle, and another
    vehicle's missing driver must not block this one's papers."""
    from warehouse_app.services import convoys, paper_archive

    convoy_documents = vehicle_number is None
    if paper_archive.is_archived(convoy):
        if languages is not None:
            raise HafenlagerError(
                f"Convoy {convoy.number} departed: its papers are the archived ones, in the "
                "languages they were printed in. Leave out the languages to reprint them."
            )
        if vehicle_number is not None:
            convoys.get_vehicle(convoy, vehicle_number)  # an unknown number is an error
        return paper_archive.archived(convoy, vehicle_number, documents, convoy_documents)
    all_papers = vehicle_papers_of(convoy, vehicle_number, languages)
    return render_papers(convoy, all_papers, documents, convoy_documents, progress)


def vehicle_papers_of(
    convoy: Convoy, vehicle_number: int | None, languages: tuple[str, ...] | None = None
) -> list[VehiclePapers]:
    """Every chosen vehicle's papers context; everything is checked before anything renders."""
    from warehouse_app.papers.vehicle import vehicle_papers
    from warehouse_app.services import convoys
    from warehouse_app.storage.models import Vehicle

    vehicles = (
        [convoys.get_vehicle(convoy, vehicle_number)]
        if vehicle_number is not None
        else list(Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number))
    )
    if not vehicles:
        raise HafenlagerError(f"Convoy {convoy.number} has no vehicle: add one first.")
    return [vehicle_papers(convoy, vehicle, languages=languages) for vehicle in vehicles]


def final_papers(convoy: Convoy) -> list[PaperFile]:
    """The whole set a convoy departs with (what the archive keeps)."""
    return render_papers(convoy, vehicle_papers_of(convoy, None), PAPERS, True)


def render_papers(
    convoy: Convoy,
    all_papers: Sequence[VehiclePapers],
    documents: Collection[str] = PAPERS,
    convoy_documents: bool = True,
    progress: Progress | None = None,
) -> list[PaperFile]:
    """Render the wanted documents; raises Cancelled when progress says stop."""
    jobs = _jobs(convoy, list(all_papers), set(documents), convoy_documents)
    files: list[PaperFile] = []
    for done, job in enumerate(jobs, start=1):
        files.extend(job())
        if progress is not None and not progress(done, len(jobs)):
            raise Cancelled("Stopped: no papers were written.")
    return files


def _jobs(
    convoy: Convoy,
    all_papers: list[VehiclePapers],
    wanted: set[str],
    convoy_documents: bool,
) -> list[Callable[[], list[PaperFile]]]:
    # reportlab loads here, not when the command line parses its arguments.
    from reports.cmr import render_cmr
    from reports.convoy_summary import render_convoy_summary
    from reports.donation_letter import render_donation_letter
    from reports.packing_list import render_packing_list
    from reports.summary_documents import render_acceptance_act, render_pro_forma
    from warehouse_app.papers.convoy_summary import convoy_summary
    from warehouse_app.papers.donation_letter import donation_letter

    jobs: list[Callable[[], list[PaperFile]]] = []
    if convoy_documents and "donation-letter" in wanted:

        def letter() -> list[PaperFile]:
            found = donation_letter(convoy, all_papers=all_papers)
            data = render_donation_letter(found)
            return [PaperFile(f"donation-letter-{found.number}.pdf", "donation-letter", None, data)]

        jobs.append(letter)
    if convoy_documents and "convoy-summary" in wanted:

        def summary() -> list[PaperFile]:
            data = render_convoy_summary(convoy_summary(convoy, all_papers=all_papers))
            return [PaperFile(f"convoy-summary-{convoy.number}.pdf", "convoy-summary", None, data)]

        jobs.append(summary)
    renderers = {
        "packing-list": render_packing_list,
        "cmr": render_cmr,
        "pro-forma": render_pro_forma,
        "acceptance-act": render_acceptance_act,
    }
    for papers in all_papers:
        vehicle = int(papers.number.rsplit("-", 1)[1])
        for name, render in renderers.items():
            if name in wanted:
                jobs.append(_pdf_job(name, vehicle, papers, render))
        if "pallet-manifests" in wanted and any(line.pallet_code for line in papers.lines):
            jobs.append(partial(_manifests, papers, vehicle))
        if "goods-list" in wanted:
            jobs.append(partial(_goods_lists, papers, vehicle))
    return jobs


def _pdf_job(
    name: str, vehicle: int, papers: VehiclePapers, render: Callable[[VehiclePapers], bytes]
) -> Callable[[], list[PaperFile]]:
    return lambda: [PaperFile(f"{name}-{papers.number}.pdf", name, vehicle, render(papers))]


def _manifests(papers: VehiclePapers, vehicle: int) -> list[PaperFile]:
    from reports.manifest import render_manifests
    from warehouse_app.papers import manifest as manifestdata

    pallets = list(dict.fromkeys(line.pallet_code for line in papers.lines if line.pallet_code))
    data = render_manifests([manifestdata.pallet_manifest(code) for code in pallets])
    return [PaperFile(f"pallet-manifests-{papers.number}.pdf", "pallet-manifests", vehicle, data)]


def _goods_lists(papers: VehiclePapers, vehicle: int) -> list[PaperFile]:
    from warehouse_app.exports import write_table
    from warehouse_app.papers.vehicle import goods_list_rows

    headers, rows = goods_list_rows(papers)
    files = []
    with tempfile.TemporaryDirectory(prefix="hafenlager-goods-") as folder:
        for suffix in ("csv", "xlsx"):
            path = Path(folder) / f"goods-list-{papers.number}.{suffix}"
            write_table(path, headers, rows)  # type: ignore[arg-type]
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
        raise HafenlagerError(f"Cannot create {out}: {exc.strerror or exc}.") from exc
    try:
        for f in files:
            (staging / f.file_name).write_bytes(f.data)
        taken = [out / f.file_name for f in files if (out / f.file_name).is_dir()]
        if taken:
            raise HafenlagerError(
                f"Cannot write {taken[0]}: a folder has that name. Rename it or choose another "
                "output folder."
            )
        for f in files:
            (staging / f.file_name).replace(out / f.file_name)
        return [out / f.file_name for f in files]
    except OSError as exc:
        raise HafenlagerError(f"Cannot write the papers to {out}: {exc.strerror or exc}.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_zip(path: Path, files: Sequence[PaperFile]) -> Path:
    """One ZIP with every file, written through a temporary file (never a half ZIP)."""
    if path.suffix.lower() != ".zip":
        raise HafenlagerError(f"'{path.name}' should end in .zip.")
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
        raise HafenlagerError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return path
