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


def unexpected(error: BaseException):
    """A QgsProcessingException for an error RiskMap did not foresee (a bug, not the data).

    The user reads one honest sentence; the traceback goes to the log's RiskMap tab, where
    a bug report can quote it.
    """
    import traceback

    from qgis.core import Qgis, QgsMessageLog, QgsProcessingException

    QgsMessageLog.logMessage(
        "".join(traceback.format_exception(error)), "RiskMap", Qgis.MessageLevel.Critical
    )
    from ..core.errors import UNEXPECTED

    return QgsProcessingException(tr(UNEXPECTED).format(type(error).__name__))
