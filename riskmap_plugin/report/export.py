"""Export a briefing layout: one PDF (overview + one page per area) and a PNG of page 1."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter, QgsPrintLayout

from ..core.errors import DataError
from ..qgis_adapter.output_guard import (
    Staged,
    check_folder,
    check_target,
    disk_is_full,
    remove_stale,
    temporary_for,
)
from .layout import page_count

PDF_DPI = 200
PNG_DPI = 110


def export_briefing(
    layout: QgsPrintLayout,
    pdf_path: str | os.PathLike,
    png_path: str | os.PathLike | None = None,
) -> dict:
    """Write the briefing PDF (and a PNG of page 1); return ``{"pages", "pdf", "png"}``.

    Text stays text in the PDF (searchable, copyable); the atlas gives page 1
    (overview) and one page per area in one file.
    """
    pdf_path = Path(pdf_path).expanduser().resolve()
    check_target(pdf_path)
    check_folder(pdf_path)
    remove_stale(pdf_path)
    temporary = temporary_for(pdf_path)
    staged = Staged()
    staged.add(temporary, pdf_path)
    try:
        pages = _export_pdf(layout, temporary, pdf_path)
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    out = {"pages": pages, "pdf": str(pdf_path), "png": None}
    if png_path is not None:
        out["png"] = export_first_page(layout, png_path)
    return out


def _export_pdf(layout: QgsPrintLayout, temporary: Path, pdf_path: Path) -> int:
    """Export to ``temporary`` and check the file is a whole PDF; return the page count."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = PDF_DPI
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.appendGeoreference = False
    settings.exportMetadata = True
    atlas = layout.atlas()
    if atlas.enabled() and atlas.coverageLayer() is not None:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(temporary), settings)
    else:
        result = QgsLayoutExporter(layout).exportToPdf(str(temporary), settings)
        error = ""
    failed = result != QgsLayoutExporter.ExportResult.Success or not whole_pdf(temporary)
    if failed and disk_is_full(temporary.parent):
        raise DataError(
            "The briefing PDF could not be written: the disk is full.",
            where=str(pdf_path.name),
            fix="Free some space on the disk, or choose a folder on another disk.",
        )
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DataError(
            f"The briefing PDF could not be written ({error or result}).",
            where=str(pdf_path.name),
            fix="Check that the folder is writable and the file is not open in a viewer.",
        )
    if not whole_pdf(temporary):
        # QGIS reports success even when the disk filled up half way through the file.
        raise DataError(
            "The briefing PDF was not written completely (is the disk full?).",
            where=str(pdf_path.name),
            fix="Free some space on the disk, or choose a folder on another disk.",
        )
    return page_count(layout)


def whole_pdf(path: Path) -> bool:
    """A PDF file that starts with its header and ends with its end-of-file marker."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 1024))
            tail = handle.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def export_first_page(layout: QgsPrintLayout, png_path: str | os.PathLike) -> str:
    """Render page 1 (the overview) to a PNG."""
    png_path = Path(png_path).expanduser().resolve()
    check_target(png_path)
    check_folder(png_path)
    atlas = layout.atlas()
    started = atlas.enabled() and atlas.beginRender()
    try:
        if started:
            atlas.seekTo(0)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = PNG_DPI
        settings.generateWorldFile = False
        settings.exportMetadata = False
        result = QgsLayoutExporter(layout).exportToImage(str(png_path), settings)
    finally:
        if started:
            atlas.endRender()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DataError(
            "The briefing's first page could not be rendered to PNG.",
            where=str(png_path.name),
            fix="Check that the folder is writable.",
        )
    return str(png_path)
