"""``riskmap:briefing`` — print a RiskMap result as a briefing PDF.

A thin front on :func:`riskmap_plugin.report.build_briefing` and
:func:`riskmap_plugin.report.export_briefing`: page 1 is the overview (map, legend,
tables of areas and criteria, method, caveats, sources), then one page per area.
The layout is built in a scratch project, so the user's project is not changed.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
)

from .base import QT_TR_NOOP, RiskMapAlgorithm, one_message, tr

PAGE_SIZES = ["A4", "A3"]
HELP = QT_TR_NOOP("""Prints a RiskMap result GeoPackage (written by <i>Score at-risk areas</i>) \
as a briefing PDF: page 1 with the overview map, legend, scale bar, north arrow, locator, the \
tables of at-risk areas and of criteria and weights, the method note, caveats (data coverage, \
illustrative layers) and the data sources and attributions; then one page per at-risk area \
with its map, drivers with raw values and member units.

<b>Banner</b>: the classification text printed at the top and bottom of every page.
<b>Page size</b>: A4 or A3 landscape.
<b>Backtest</b> (optional): a GeoPackage written by <i>Backtest the model</i> for the same \
model adds a last page "How well has this model done?" (default: \
<i>&lt;result&gt;_backtest.gpkg</i> beside the result, when it exists).""")


class BriefingAlgorithm(RiskMapAlgorithm):
    """Print the briefing PDF of a result."""

    NAME = "briefing"
    HELP = HELP

    INPUT = "INPUT"
    PAGE_SIZE = "PAGE_SIZE"
    BANNER = "BANNER"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    BACKTEST = "BACKTEST"

    def flags(self):
        # Layout rendering uses fonts and the project: keep it on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API name)
        self.addParameter(
            QgsProcessingParameterFile(self.INPUT, tr("Result GeoPackage"), extension="gpkg")
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAGE_SIZE, tr("Page size"), options=PAGE_SIZES, defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BANNER,
                tr("Classification banner"),
                defaultValue="UNCLASSIFIED // FOR OFFICIAL USE",
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.BACKTEST, tr("Backtest GeoPackage"), extension="gpkg", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Briefing PDF"), fileFilter="PDF files (*.pdf)"
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        from ..report import build_briefing, export_briefing

        gpkg = self.parameterAsFile(parameters, self.INPUT, context)
        size = PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)]
        banner = self.parameterAsString(parameters, self.BANNER, context)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        backtest = self.parameterAsFile(parameters, self.BACKTEST, context) or None
        project = QgsProject()  # scratch: the briefing's layers stay out of the user's project
        try:
            with one_message():
                # The atlas tables go to Processing's temporary folder: the result is only read.
                pages = QgsProcessingUtils.generateTempFilename("briefing_pages.gpkg")
                layout = build_briefing(
                    project,
                    gpkg,
                    page_size=size,
                    banner=banner,
                    pages_path=pages,
                    backtest=backtest,
                )
                feedback.pushInfo(f"Exporting {layout.name()}")
                result = export_briefing(layout, pdf)
        finally:
            project.clear()
        return {self.OUTPUT: result["pdf"], self.PAGES: result["pages"]}
