"""Compiled translations really translate, and the plugin installs the user's language."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from riskmap_plugin import classFactory
from riskmap_plugin.paths import i18n_path


@pytest.fixture()
def french_locale():
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    if previous is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous)


def test_every_language_is_compiled():
    for language in ("ar", "ckb", "fr"):
        assert i18n_path(f"riskmap_{language}.qm").is_file(), "run make transcompile"


def test_plugin_speaks_french_when_qgis_does(french_locale, plugin_host, qgis_iface):
    plugin = classFactory(qgis_iface)
    try:
        assert plugin.translator is not None
        plugin.initGui()
        assert plugin.action.toolTip() == "Afficher ou masquer le panneau RiskMap"
    finally:
        plugin.unload()
    assert QCoreApplication.translate("RiskMapPlugin", "Show or hide the RiskMap panel") == (
        "Show or hide the RiskMap panel"
    ), "unload removes the translator"
