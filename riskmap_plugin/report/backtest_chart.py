"""The backtest chart: a metric over the as-of dates, the model beside each baseline.

Drawn with matplotlib, which QGIS's Windows and macOS builds ship and Linux
distributions package; without it the chart is skipped with a note (the
tables still say everything). The figure is built without pyplot, so it keeps
no global state and can be drawn in a worker thread.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import pandas as pd

#: Why a chart is missing, for the dock, the log and the briefing.
NO_MATPLOTLIB = (
    "The backtest chart needs matplotlib, which this QGIS does not have "
    "(install python3-matplotlib); the tables are complete without it."
)

MODEL_STYLES = {"model": ("#b2182b", "-", 2.6), "model_real_data": ("#ef8a62", "--", 2.2)}
BASELINE_COLOURS = ("#2166ac", "#4dac26", "#7b3294", "#404040")


def has_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:  # the one error we expect: matplotlib is optional
        return False
    return True


def render_chart(
    metrics: pd.DataFrame,
    scorers: Mapping[str, str],
    path: str | os.PathLike,
    *,
    titles: Mapping[str, str] | None = None,
    size_inches: tuple[float, float] = (9.0, 3.6),
    dpi: int = 150,
) -> str | None:
    """Write a PNG with one panel per metric (average precision, ROC AUC) and return its
    path, or None when matplotlib is missing."""
    if not has_matplotlib():
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    titles = dict(
        titles
        or {
            "average_precision": "Average precision (AUPR)",
            "roc_auc": "ROC AUC",
        }
    )
    dated = metrics[metrics["as_of"] != "overall"]
    dates = sorted(dated["as_of"].unique())
    figure = Figure(figsize=size_inches, dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.subplots(1, len(titles), sharex=True)
    axes = list(axes) if len(titles) > 1 else [axes]
    for ax, (metric, title) in zip(axes, titles.items()):
        colours = iter(BASELINE_COLOURS)
        for key, label in scorers.items():
            rows = dated[dated["scorer"] == key].set_index("as_of").reindex(dates)
            if key in MODEL_STYLES:
                colour, line, width = MODEL_STYLES[key]
            else:
                colour, line, width = next(colours, "#999999"), ":", 1.6
            ax.plot(
                range(len(dates)),
                rows[metric].to_numpy(dtype=float),
                color=colour,
                linestyle=line,
                linewidth=width,
                marker="o",
                markersize=4,
                label=label,
            )
        if metric == "roc_auc":
            ax.axhline(0.5, color="#bbbbbb", linewidth=0.8)  # a coin toss
        ax.set_title(title, fontsize=10)
        ax.set_ylim(0, 1.02)
        ax.set_xticks(range(len(dates)))
        ax.set_xlim(-0.3, len(dates) - 0.7)
        ax.set_xticklabels(dates, fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", color="#eeeeee")
    handles, labels = axes[0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=3, fontsize=7.5, frameon=False)
    figure.subplots_adjust(left=0.06, right=0.99, top=0.9, bottom=0.27, wspace=0.15)
    figure.savefig(os.fspath(path), dpi=dpi)
    return os.fspath(path)
