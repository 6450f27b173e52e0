"""The briefing's "How well has this model done?" page: what it says (pure, no QGIS).

A backtest exists for a result when a backtest GeoPackage (``riskmap:backtest``,
the dock's *Backtest* section) is given, or lies beside the result as
``<result>_backtest.gpkg``, and was made for the same model (its provenance
names the model). Its summary and metrics tables become a paragraph, a chart
and a few lines of figures.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ...core.backtest import Comparison
from ...core.backtest.skill import SUMMARY_COLUMNS
from .backtest_words import ENGLISH, backtest_paragraph

#: The file name beside a result that holds its backtest.
SUFFIX = "_backtest.gpkg"
METRICS = ("roc_auc", "average_precision", "precision_at_k", "share_in_areas")


@dataclass(frozen=True)
class BacktestPage:
    title: str
    paragraph: str
    figures: str  # one line per scorer: the mean figures over the dates
    metrics: pd.DataFrame
    scorers: dict[str, str]


def backtest_beside(result_path: str | os.PathLike) -> Path | None:
    """``<result>_backtest.gpkg`` when it exists."""
    path = Path(result_path)
    candidate = path.with_name(path.stem + SUFFIX)
    return candidate if candidate.is_file() else None


def backtest_page(
    summary: pd.DataFrame,
    metrics: pd.DataFrame,
    *,
    model_name: str,
    backtest_model_name: str,
    templates=ENGLISH,
) -> BacktestPage | None:
    """The page's texts, or None when the backtest is of another model or empty."""
    if backtest_model_name != model_name or summary.empty or metrics.empty:
        return None
    scorers = dict(zip(metrics["scorer"], metrics["scorer_label"]))
    comparisons = [
        Comparison(**{field: getattr(row, column) for field, column in SUMMARY_COLUMNS.items()})
        for row in summary.itertuples()
    ]
    first = summary.iloc[0]
    flags = json.loads(first["flags"]) if isinstance(first["flags"], str) else []
    paragraph = backtest_paragraph(
        comparisons,
        scorers,
        dates=[d.strip() for d in str(first["as_of_dates"]).split(",")],
        horizon_months=int(first["horizon_months"]),
        outcome=str(first["outcome"]),
        flags=flags,
        templates=templates,
    )
    overall = metrics[metrics["as_of"] == "overall"]
    lines = [
        f"{row.scorer_label}: ROC AUC {row.roc_auc:.2f} · average precision "
        f"{row.average_precision:.2f} · precision at k {row.precision_at_k:.2f} · "
        f"share of later events in at-risk areas {row.share_in_areas:.2f}"
        for row in overall.itertuples()
    ]
    return BacktestPage(
        title=templates["title"],
        paragraph=paragraph,
        figures="\n".join(lines),
        metrics=metrics,
        scorers=scorers,
    )
