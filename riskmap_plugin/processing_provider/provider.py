"""The RiskMap Processing provider (id ``riskmap``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .backtest_algorithm import BacktestAlgorithm
from .briefing_algorithm import BriefingAlgorithm
from .hexgrid_algorithm import HexGridAlgorithm
from .score_algorithm import ScoreAlgorithm


class RiskMapProvider(QgsProcessingProvider):
    """Registers ``riskmap:score`` and ``riskmap:hexgrid``."""

    def id(self) -> str:  # noqa: A003 (QGIS API name)
        return "riskmap"

    def name(self) -> str:
        return "RiskMap"

    def longName(self) -> str:  # noqa: N802 (QGIS API name)
        return "RiskMap — at-risk areas"

    def icon(self) -> QIcon:
        path = _icon_path()
        return QIcon(path) if path else super().icon()

    def svgIconPath(self) -> str:  # noqa: N802 (QGIS API name)
        return _icon_path() or super().svgIconPath()

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API name)
        self.addAlgorithm(ScoreAlgorithm())
        self.addAlgorithm(HexGridAlgorithm())
        self.addAlgorithm(BriefingAlgorithm())
        self.addAlgorithm(BacktestAlgorithm())


def _icon_path() -> str:
    """resources/icon.svg when the paths helper and the file are there, else ''."""
    try:
        from ..paths import resource_path
    except ImportError:  # the helper is optional for the provider
        return ""
    path = resource_path("icon.svg")
    return str(path) if path.is_file() else ""
