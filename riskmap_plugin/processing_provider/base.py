"""What RiskMap's Processing algorithms share: translation, help, tags, a fresh instance."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import RiskMapError
from ..qgis_adapter.wording_warnings import say_error
from .toolbox import TAGS, TITLES

#: Where each algorithm's help page lives (docs/processing.md, one section per algorithm).
HELP_URL = "https://github.com/riskmap-plugin/riskmap/blob/main/docs/processing.md"

__all__ = [
    "HELP_URL",
    "QT_TR_NOOP",
    "QT_TRANSLATE_NOOP",
    "RiskMapAlgorithm",
    "model_parameters",
    "one_message",
    "progress_reporter",
    "tr",
]


def tr(text: str) -> str:
    # pylupdate5 files module-level tr() and QT_TR_NOOP(…) calls (help texts) and
    # QT_TRANSLATE_NOOP("@default", …) marks (tags, output names) under "@default".
    # (QT_TR_NOOP for the long help texts: pylupdate5 cannot read a call whose arguments
    # the formatter splits over lines.)
    return QCoreApplication.translate("@default", text)


#: The Processing flag that lets a headless run read the sample's default_source.
USE_SAMPLE_LAYERS = "USE_SAMPLE_LAYERS"


def model_parameters(as_of: bool) -> list:
    """MODEL, UNITS, (AS_OF,) LAYER_MAP: the inputs of every algorithm that runs a model."""
    parameters = [
        QgsProcessingParameterFile(
            "MODEL",
            tr("Model file (JSON)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="json",
        ),
        QgsProcessingParameterVectorLayer(
            "UNITS",
            tr("Units layer (replaces the model's units)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        ),
    ]
    if as_of:
        parameters.append(
            QgsProcessingParameterDateTime(
                "AS_OF",
                tr("As-of date (replaces the model's)"),
                QgsProcessingParameterDateTime.Type.Date,
                optional=True,
            )
        )
    parameters.append(
        QgsProcessingParameterString(
            "LAYER_MAP", tr("Layer map (JSON object or name=layer;name2=file)"), optional=True
        )
    )
    # The sample's GeoPackage mixes real and made-up (illustrative) layers: a headless run
    # reads it (the model's default_source) only when asked, and only if it is the sample.
    parameters.append(
        QgsProcessingParameterBoolean(
            USE_SAMPLE_LAYERS,
            tr("Use the sample's layers, illustrative ones included (the model's default_source)"),
            defaultValue=False,
        )
    )
    return parameters


def use_sample_layers(algorithm, parameters, context) -> dict:
    """The runner's default_source arguments for USE_SAMPLE_LAYERS."""
    return {
        "use_default_source": algorithm.parameterAsBool(parameters, USE_SAMPLE_LAYERS, context),
        "sample_only": True,
    }


class RiskMapAlgorithm(QgsProcessingAlgorithm):
    """Base of the RiskMap algorithms: ungrouped in the provider, help from ``HELP``.

    Each algorithm states its id (``NAME``) and ``HELP``; its title and tags come from
    :mod:`.toolbox`. ``HELP`` is marked (``QT_TR_NOOP``) where it is defined, so that
    ``make transup`` collects it; the texts are translated when QGIS asks.
    """

    NAME = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        return tr(TITLES[self.NAME])

    def group(self) -> str:
        return ""

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        return ""

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        return tr(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802 (QGIS API name)
        return f"{HELP_URL}#riskmap{self.name()}"

    def tags(self) -> list[str]:
        return [tr(tag) for tag in TAGS[self.NAME]]

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


@contextmanager
def one_message() -> Iterator[None]:
    """Every failure inside ends in one RiskMap message (a QgsProcessingException).

    A RiskMapError says what is wrong and how to fix it; a QgsProcessingException is
    already worded; anything else is a bug, said in one sentence (:func:`unexpected`).
    """
    try:
        yield
    except QgsProcessingException:
        raise
    except RiskMapError as error:
        raise QgsProcessingException(say_error(error)) from None
    except Exception as error:  # noqa: BLE001 - a bug: one sentence, the traceback logged
        raise unexpected(error) from None


def progress_reporter(feedback) -> Callable[[float, str], None]:
    """The runner's ``progress(fraction, message)`` for Processing's feedback.

    Each message is logged once, when it changes, not at every step.
    """
    last = [""]

    def progress(fraction: float, message: str) -> None:
        feedback.setProgress(100.0 * fraction)
        if message != last[0]:
            feedback.setProgressText(message)
            last[0] = message

    return progress
