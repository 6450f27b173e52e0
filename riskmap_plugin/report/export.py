"""Export a briefing layout: one PDF (overview + one page per area) and a PNG of page 1."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter, QgsPrintLayout

from ..core.errors import DataError
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
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = PDF_DPI
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.appendGeoreference = False
    settings.exportMetadata = True
    atlas = layout.atlas()
    if atlas.enabled() and atlas.coverageLayer() is not None:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(pdf_path), settings)
    else:
        result = QgsLayoutExporter(layout).exportToPdf(str(pdf_path), settings)
        error = ""
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DataError(
            f"The briefing PDF could not be written ({error or result}).",
            where=str(pdf_path.name),
            fix="Check that the folder is writable and the file is not open in a viewer.",
        )
    out = {"pages": page_count(layout), "pdf": str(pdf_path), "png": None}
    if png_path is not None:
        out["png"] = export_first_page(layout, png_path)
    return out


def export_first_page(layout: QgsPrintLayout, png_path: str | os.PathLike) -> str:
    """Render page 1 (the overview) to a PNG."""
    png_path = Path(png_path).expanduser().resolve()
    png_path.parent.mkdir(parents=True, exist_ok=True)
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
