"""QGIS switched to one of RiskMap's languages for a test (QGIS tiers only).

>>> with qgis_in_language("ar"):  # doctest: +SKIP
...     build_briefing(...)
"""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def qgis_in_language(language: str):
    """QGIS's locale set to ``language`` (override on) with the plugin's catalogue
    installed; the previous settings and no catalogue come back afterwards."""
    from riskmap_plugin.qgis_adapter.wording import in_language

    with in_language(language) as translator:
        assert translator is not None, f"no catalogue for {language}: run make transcompile"
        yield language
