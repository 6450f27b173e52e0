"""The briefing: what it says (``content``, no QGIS), then its layout and PDF (QGIS).

:mod:`.content` reads a result's tables and words them: the context, the sentences,
the atlas pages' tables. The modules here lay them out (``layout``, ``fill``,
``map_layers``, ``overview``, ``backtest_page``), print them (``export``) and read the
result files (``result_files``). ``build_briefing(project, gpkg_path, ...)`` adds the
print layout to the project; ``export_briefing(layout, pdf_path, png_path=None)``
writes it. Both import QGIS lazily so that ``riskmap_plugin.report.content`` stays
usable without QGIS.
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
