"""What RiskMap's Processing algorithms share: translation, help text, a fresh instance."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    # pylupdate5 files module-level tr() calls under "@default"; look them up there.
    return QCoreApplication.translate("@default", text)


class RiskMapAlgorithm(QgsProcessingAlgorithm):
    """Base of the RiskMap algorithms: ungrouped in the provider, help from ``HELP``."""

    HELP = ""

    def group(self) -> str:
        return ""

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        return ""

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        return tr(self.HELP)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()
