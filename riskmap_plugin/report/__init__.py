"""The briefing: pure context extraction (``context``), then layout and PDF (QGIS).

``build_briefing(project, gpkg_path, ...)`` adds the print layout to the project;
``export_briefing(layout, pdf_path, png_path=None)`` writes it. Both import QGIS
lazily so that ``riskmap_plugin.report.context`` stays usable without QGIS.
"""

from __future__ import annotations

__all__ = ["build_briefing", "export_briefing"]


def __getattr__(name: str):
    if name == "build_briefing":
        from .layout import build_briefing

        return build_briefing
    if name == "export_briefing":
        from .export import export_briefing

        return export_briefing
    raise AttributeError(name)
