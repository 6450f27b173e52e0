"""A backtest through the same adapter path as a run: ``prepare_inputs`` then this.

``compute_backtest`` (worker-safe) reads every layer once through the prepared
readers, runs :func:`core.backtest.run_backtest` and returns the tables the
outputs need; ``write_backtest`` writes them to one GeoPackage atomically (with
provenance) and the metrics to CSV. Nothing here touches the GUI.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from ..core.backtest import BacktestResult, BacktestSettings, run_backtest
from .output import write_tables
from .provenance import build_provenance, input_record
from .runner import PreparedInputs

Progress = Callable[[float, str], None]
_READ_SHARE = 0.3

#: Table names in the backtest GeoPackage.
METRICS_TABLE = "backtest_metrics"
UNITS_TABLE = "backtest_units"
CRITERIA_TABLE = "backtest_criteria"
SUMMARY_TABLE = "backtest_summary"
WEIGHTS_TABLE = "backtest_weights"


@dataclass
class BacktestOutcome:
    result: BacktestResult
    provenance: dict
    warnings: list[str]


def compute_backtest(
    prepared: PreparedInputs,
    settings: BacktestSettings,
    *,
    progress: Progress | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> BacktestOutcome:
    """Read the layers once and backtest the prepared model (safe in a worker thread)."""
    report = progress or (lambda fraction, message: None)
    started = dt.datetime.now(dt.timezone.utc).astimezone()
    layers, records, warnings = {}, [], list(prepared.warnings)
    total = max(len(prepared.readers), 1)
    for i, (reference, reader) in enumerate(prepared.readers.items()):
        reader = getattr(reader, "pulled", reader)  # a backtest counts in memory, not in PostGIS
        report(_READ_SHARE * i / total, f"Reading {reader.layer_name}")
        frame = reader.read(is_canceled)
        warnings.extend(w for w in reader.warnings if w not in warnings)
        layers[reference] = frame
        records.append(input_record(prepared.resolved[reference], frame, reader.path))
    result = run_backtest(
        prepared.model,
        layers,
        settings,
        progress=lambda f, m: report(_READ_SHARE + (1 - _READ_SHARE) * f, m),
        is_canceled=is_canceled,
    )
    warnings += [w for w in result.warnings if w not in warnings]
    provenance = build_provenance(
        prepared.model,
        records,
        started=started,
        finished=dt.datetime.now(dt.timezone.utc).astimezone(),
        warnings=warnings,
    )
    provenance["backtest"] = settings_record(settings)
    return BacktestOutcome(result=result, provenance=provenance, warnings=warnings)


def settings_record(settings: BacktestSettings) -> dict:
    record = asdict(settings)
    record["as_of_dates"] = [d.isoformat() for d in settings.as_of_dates]
    return record


def summary_table(result: BacktestResult) -> pd.DataFrame:
    """One row per model variant: the verdict against the best baseline, and the flags."""
    rows = []
    for c in result.comparisons:
        rows.append(
            {
                "scorer": c.scorer,
                "scorer_label": result.scorers[c.scorer],
                "average_precision": c.value,
                "best_baseline": c.best_baseline,
                "best_baseline_label": result.scorers[c.best_baseline],
                "baseline_average_precision": c.baseline_value,
                "difference": c.difference,
                "difference_low": c.low,
                "difference_high": c.high,
                "verdict": c.verdict,
                "roc_auc": c.roc_auc,
                "baseline_roc_auc": c.baseline_roc_auc,
                "outcome": result.outcome_label,
                "horizon_months": result.settings.horizon_months,
                "as_of_dates": ", ".join(d.isoformat() for d in result.settings.as_of_dates),
                "flags": json.dumps(result.flags, ensure_ascii=False),
            }
        )
    return pd.DataFrame(rows)


def backtest_tables(result: BacktestResult) -> dict[str, pd.DataFrame]:
    """Every output table by name (the per-unit layer is the only one with geometry)."""
    tables = {
        UNITS_TABLE: result.last_units,
        METRICS_TABLE: result.metrics,
        SUMMARY_TABLE: summary_table(result),
        CRITERIA_TABLE: result.criteria,
    }
    if result.proposal is not None:
        p = result.proposal
        tables[WEIGHTS_TABLE] = p.table.assign(
            search_dates=", ".join(p.search_dates),
            check_dates=", ".join(p.check_dates),
            search_current=p.search_current,
            search_proposed=p.search_proposed,
            check_current=p.check_current,
            check_proposed=p.check_proposed,
        )
    return tables


def write_backtest(
    outcome: BacktestOutcome,
    gpkg_path: str | os.PathLike,
    *,
    csv_path: str | os.PathLike | None = None,
    input_paths=(),
    is_canceled: Callable[[], bool] | None = None,
) -> str:
    """Write the tables to one GeoPackage (atomically) and the metrics to CSV."""
    written = write_tables(
        backtest_tables(outcome.result),
        gpkg_path,
        provenance=outcome.provenance,
        input_paths=input_paths,
        is_canceled=is_canceled,
    )
    if csv_path:
        target = Path(csv_path)
        temporary = target.with_name(f".{target.name}.tmp")
        outcome.result.metrics.to_csv(temporary, index=False, float_format="%.4f")
        os.replace(temporary, target)
    return written
