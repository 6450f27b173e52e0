"""Changes since the last briefing, in words (no QGIS, no Qt).

Reads the ``changes`` table of a result (see docs/model-format.md, "Outputs")
through :func:`riskmap_plugin.core.changes.summarise`, and says it as one line
(the dock) or as the lines of the briefing's section.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ..core.changes import summarise

TITLE = "Changes since the last briefing"
LISTED = 6


def _names(pairs, where: str) -> str:
    shown = [f"{unit} ({area})" if area and area != unit else unit for unit, area in pairs]
    more = f" and {len(shown) - LISTED} more" if len(shown) > LISTED else ""
    return ", ".join(shown[:LISTED]) + more + where


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _rank(value: float) -> str:
    return f"{value:.0f}" if pd.notna(value) else "new"


def section_lines(
    changes: pd.DataFrame,
    areas: pd.DataFrame | None = None,
    labels: Mapping[str, str] | None = None,
    n_units: int | None = None,
) -> list[str]:
    """The briefing's lines: areas and units that entered or left, largest moves, criterion."""
    facts = summarise(changes, areas, within=max(20, n_units // 4) if n_units else None)
    labels = dict(labels or {})
    lines = []
    if facts["new_areas"] or facts["gone_areas"]:
        parts = []
        if facts["new_areas"]:
            parts.append("new: " + ", ".join(facts["new_areas"]))
        if facts["gone_areas"]:
            parts.append("no longer listed: " + ", ".join(facts["gone_areas"]))
        lines.append("Areas — " + "; ".join(parts) + ".")
    if facts["entered"]:
        lines.append(
            f"Entered the at-risk areas: {_count(len(facts['entered']), 'unit')} — "
            + _names(facts["entered"], ".")
        )
    if facts["left"]:
        lines.append(
            f"Left the at-risk areas: {_count(len(facts['left']), 'unit')} — "
            + _names(facts["left"], ".")
        )
    if not facts["entered"] and not facts["left"]:
        lines.append("No unit entered or left the at-risk areas.")
    if facts["moves"]:
        moves = [f"{name} {_rank(before)} → {_rank(now)}" for name, before, now in facts["moves"]]
        lines.append("Largest rank moves: " + ", ".join(moves) + ".")
    if facts["criterion"]:
        label = labels.get(facts["criterion"], facts["criterion"])
        lines.append(f"The criterion that moved most: {label}.")
    return lines


def summary_line(
    changes: pd.DataFrame | None,
    areas: pd.DataFrame | None = None,
    labels: Mapping[str, str] | None = None,
) -> str:
    """One line for the dock: how many units entered and left, and what moved most."""
    if changes is None:
        return ""
    facts = summarise(changes, areas)
    text = (
        f"Since the previous result: {len(facts['entered'])} entered, "
        f"{len(facts['left'])} left the at-risk areas"
    )
    moved = sum(1 for c in changes["change"] if c in ("up", "down")) if len(changes) else 0
    if moved:
        text += f", {_count(moved, 'unit')} moved 5 ranks or more"
    if facts["criterion"]:
        text += f"; moved most: {dict(labels or {}).get(facts['criterion'], facts['criterion'])}"
    return text + "."
