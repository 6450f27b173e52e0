"""``riskmap:backtest`` — would this model have seen it coming?

A thin front like ``riskmap:score``: ``prepareAlgorithm`` (main thread) resolves
the model's layers with :func:`prepare_inputs`, ``processAlgorithm`` (worker)
runs :func:`compute_backtest` and writes the table, the per-unit layer, the
CSV and the chart. No model logic lives here.
"""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.backtest import BacktestSettings, as_of_dates
from ..qgis_adapter.backtest_run import UNITS_TABLE, compute_backtest, write_backtest
from ..qgis_adapter.backtest_style import style_backtest_units
from ..qgis_adapter.wording_warnings import say_warning
from ..report.backtest_chart import NO_MATPLOTLIB, render_chart
from ..report.content.backtest_words import verdict_sentence
from .base import (
    QT_TR_NOOP,
    model_parameters,
    one_message,
    progress_reporter,
    tr,
)
from .model_algorithm import ModelAlgorithm

HELP = QT_TR_NOOP("""Re-scores the model at earlier as-of dates, each time with only the data \
dated up to that day, and compares each unit's score with what happened in the following \
months: the events of the outcome criterion (by default the model's time criterion, with its \
filters and location-precision rule) dated after the as-of date and up to the end of the horizon. \
Beside the model, always: four baselines from conflict history alone (events in the prior 6 \
and 12 months, months with events among the prior 12, a decayed history).

<b>As-of dates</b>: a list (2016-12-31, 2017-06-30…) or <b>First</b>, <b>Last</b> and \
<b>Every N months</b>. <b>Horizon</b>: months after each as-of date.

<b>Leave out illustrative criteria</b>: score without the criteria marked illustrative. \
Either way, the figures with and without them are both in the table.

<b>Propose weights</b>: search non-negative weights that would have done better on the \
earlier dates and report them on the last dates, which the search did not see. Nothing is \
changed in the model.

<b>Outputs</b>: a GeoPackage with the metrics by as-of date and scorer (ROC AUC, average \
precision, precision and recall at k, Spearman, shares of later events in the at-risk areas \
and on the watch list), the verdict against the best baseline with a bootstrap interval, the \
criterion report, and the units at the last as-of date styled as hits, misses and false \
alarms; the metrics as CSV; a chart (PNG, needs matplotlib). Flags: a horizon cut by the end \
of the data, and layers without dates (possible look-ahead).""")


class BacktestAlgorithm(ModelAlgorithm):
    """Backtest a model against what happened next."""

    NAME = "backtest"
    HELP = HELP

    AS_OF_DATES = "AS_OF_DATES"
    FIRST = "FIRST"
    LAST = "LAST"
    EVERY_MONTHS = "EVERY_MONTHS"
    HORIZON_MONTHS = "HORIZON_MONTHS"
    OUTCOME = "OUTCOME"
    LEAVE_OUT_ILLUSTRATIVE = "LEAVE_OUT_ILLUSTRATIVE"
    PROPOSE_WEIGHTS = "PROPOSE_WEIGHTS"
    OUTPUT = "OUTPUT"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_CHART = "OUTPUT_CHART"
    VERDICT = "VERDICT"

    #: What to backtest, read on the main thread for the worker.
    _settings: BacktestSettings | None = None

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        for parameter in model_parameters(as_of=False):
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterString(
                self.AS_OF_DATES, tr("As-of dates (YYYY-MM-DD, comma-separated)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.FIRST, tr("First as-of date"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.LAST, tr("Last as-of date"), optional=True)
        )
        for key, label, default in (
            (self.EVERY_MONTHS, tr("Every N months"), 6),
            (self.HORIZON_MONTHS, tr("Horizon (months after each as-of date)"), 6),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key,
                    label,
                    QgsProcessingParameterNumber.Type.Integer,
                    defaultValue=default,
                    minValue=1,
                    maxValue=120,
                )
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.OUTCOME,
                tr("Outcome criterion (id; default: the time criterion)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.LEAVE_OUT_ILLUSTRATIVE, tr("Leave out illustrative criteria"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PROPOSE_WEIGHTS, tr("Propose weights that would have done better"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Backtest GeoPackage"), fileFilter="GeoPackage (*.gpkg)"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CSV,
                tr("Metrics table (CSV)"),
                fileFilter="CSV files (*.csv)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CHART,
                tr("Chart (PNG)"),
                fileFilter="PNG files (*.png)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.VERDICT, tr("Verdict")))

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Main thread: load the model, resolve its layers, read the dates."""
        model_path = self.model_file(parameters, context)
        dates = self._dates(parameters, context)
        self.prepare_model(model_path, parameters, context)
        outcome = self.parameterAsString(parameters, self.OUTCOME, context).strip() or None
        self._settings = BacktestSettings(
            as_of_dates=tuple(dates),
            horizon_months=self.parameterAsInt(parameters, self.HORIZON_MONTHS, context),
            outcome=outcome,
            leave_out_illustrative=self.parameterAsBool(
                parameters, self.LEAVE_OUT_ILLUSTRATIVE, context
            ),
            propose_weights=self.parameterAsBool(parameters, self.PROPOSE_WEIGHTS, context),
        )
        return True

    def _dates(self, parameters, context) -> list[dt.date]:
        listed = self.parameterAsString(parameters, self.AS_OF_DATES, context).strip()
        if listed:
            return [_date(part, self.AS_OF_DATES) for part in listed.replace(";", ",").split(",")]
        first = self.parameterAsString(parameters, self.FIRST, context).strip()
        last = self.parameterAsString(parameters, self.LAST, context).strip()
        if not first or not last:
            raise QgsProcessingException(
                tr("No as-of dates — give AS_OF_DATES, or FIRST and LAST (YYYY-MM-DD).")
            )
        every = self.parameterAsInt(parameters, self.EVERY_MONTHS, context)
        dates = as_of_dates(_date(first, self.FIRST), _date(last, self.LAST), every)
        if not dates:
            raise QgsProcessingException(
                tr("FIRST ({}) is after LAST ({}) — swap them.").format(first, last)
            )
        return dates

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Worker: read once, backtest, write. RiskMapError → QgsProcessingException."""
        gpkg = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        csv = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context) or None
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context) or None
        try:
            with one_message():
                outcome = compute_backtest(
                    self._prepared,
                    self._settings,
                    progress=progress_reporter(feedback),
                    is_canceled=feedback.isCanceled,
                )
                for warning in outcome.warnings:
                    feedback.pushWarning(say_warning(warning))
                for flag in outcome.result.flags:
                    feedback.pushWarning(flag)
                written = write_backtest(
                    outcome,
                    gpkg,
                    csv_path=csv,
                    input_paths=self._prepared.input_paths(),
                    is_canceled=feedback.isCanceled,
                )
        finally:
            self._prepared = None  # release the layers while QGIS is alive
        style_backtest_units(f"{written}|layername={UNITS_TABLE}")
        results = {self.OUTPUT: written, self.OUTPUT_CSV: csv}
        if chart:
            drawn = _chart(outcome, chart)
            if drawn is None:
                feedback.pushWarning(NO_MATPLOTLIB)
            results[self.OUTPUT_CHART] = drawn
        verdicts = [verdict_sentence(c, outcome.result.scorers) for c in outcome.result.comparisons]
        for sentence in verdicts:
            feedback.pushInfo(sentence)
        results[self.VERDICT] = " ".join(verdicts)
        return results


def _chart(outcome, chart: str):
    """The chart PNG, or a RiskMap message when its path cannot be written."""
    try:
        return render_chart(outcome.result.metrics, outcome.result.scorers, chart)
    except OSError as error:
        raise QgsProcessingException(
            tr("Chart: could not write '{}' ({}) — choose a folder you can write to.").format(
                chart, error.strerror or type(error).__name__
            )
        ) from None


def _date(text: str, key: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise QgsProcessingException(
            tr("{}: '{}' is not a date — write it as YYYY-MM-DD.").format(key, text.strip())
        ) from None
