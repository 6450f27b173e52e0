"""The backtest's words and chart for the dock, Processing and the briefing (pure parts)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from riskmap_plugin.core.backtest import Comparison
from riskmap_plugin.report.backtest_chart import render_chart
from riskmap_plugin.report.content.backtest_context import backtest_page
from riskmap_plugin.report.content.backtest_words import backtest_paragraph, verdict_sentence

SCORERS = {"model": "This model", "prior_12_months": "Events in the prior 12 months"}


def comparison(verdict: str, difference: float, low: float, high: float) -> Comparison:
    return Comparison("model", 0.5 + difference, "prior_12_months", 0.5, difference, low, high,
                      verdict, 0.8, 0.7)  # fmt: skip


def metrics_table() -> pd.DataFrame:
    rows = []
    for as_of in ("2017-06-30", "2017-12-31", "overall"):
        for key, label in SCORERS.items():
            figures = {"roc_auc": 0.7, "average_precision": 0.6, "precision_at_k": 0.5}
            rows.append({"as_of": as_of, "scorer": key, "scorer_label": label, **figures})
    for row in rows:
        row["share_in_areas"] = 0.4
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    ("verdict", "words"),
    [
        ("beats", "It beats the best baseline by 0.12 (95 % interval 0.03 to 0.20)"),
        ("worse", "It does worse than the best baseline by 0.12"),
        ("no clear difference", "It does not clearly beat the best baseline"),
    ],
)
def test_the_verdict_is_said_plainly(verdict, words):
    sign = -1 if verdict == "worse" else 1
    text = verdict_sentence(comparison(verdict, sign * 0.12, 0.03, 0.20), SCORERS)
    assert words in text
    assert "events in the prior 12 months" in text


def test_the_paragraph_names_dates_horizon_outcome_and_cautions():
    text = backtest_paragraph(
        [comparison("worse", -0.1, -0.2, -0.01)],
        SCORERS,
        dates=["2017-06-30", "2017-12-31"],
        horizon_months=6,
        outcome="Security incidents",
        flags=["'Border' has no dates: … (possible look-ahead)."],
    )
    assert "2 as-of dates (2017-06-30, 2017-12-31)" in text
    assert "security incidents of the following 6 months" in text
    assert "1 criteria have no dates" in text


def test_a_backtest_of_another_model_gives_no_page():
    summary = pd.DataFrame([{"scorer": "model", "average_precision": 0.6}])
    page = backtest_page(summary, metrics_table(), model_name="A", backtest_model_name="B")
    assert page is None


def test_the_chart_is_drawn_with_matplotlib(tmp_path):
    pytest.importorskip("matplotlib")
    path = render_chart(metrics_table(), SCORERS, tmp_path / "chart.png")
    with open(path, "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"


def test_without_matplotlib_the_chart_is_skipped_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib → ImportError
    assert render_chart(metrics_table(), SCORERS, tmp_path / "chart.png") is None
    assert not (tmp_path / "chart.png").exists()
