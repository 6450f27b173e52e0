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
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from riskmap_plugin.qgis_adapter.wording import install_translator

    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag")
    previous = {key: settings.value(key, None) for key in keys}
    settings.setValue("locale/userLocale", language)
    settings.setValue("locale/overrideFlag", True)
    translator = install_translator(language)
    try:
        assert translator is not None, f"no catalogue for {language}: run make transcompile"
        yield language
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        for key, value in previous.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
