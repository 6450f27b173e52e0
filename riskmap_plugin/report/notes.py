"""The briefing's method note and caveats, in words (no QGIS)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from ..core.explain import format_number
from ..core.model import Model
from .sources import ILLUSTRATIVE_NOTE, truthy

if TYPE_CHECKING:
    from .context import CriterionRow


def method_note(
    model: Model | None,
    criteria: list[CriterionRow],
    units: pd.DataFrame,
    cutoff: float | None,
    watch_count: int,
) -> str:
    dimensions: dict[str, float] = {}
    for row in criteria:
        dimensions[row.dimension] = dimensions.get(row.dimension, 0.0) + row.share_pct
    shares = ", ".join(f"{d} {format_number(s, 0)} %" for d, s in dimensions.items())
    method = "weighted arithmetic mean"
    classes = "natural breaks (Jenks)"
    min_class = "the upper classes"
    if model is not None:
        if model.aggregation.method == "weighted_geometric":
            method = "weighted geometric mean (non-compensatory)"
        classes = {
            "jenks": "natural breaks (Jenks)",
            "quantiles": "quantiles",
            "equal_interval": "equal intervals",
            "fixed": "fixed breaks",
        }.get(model.classes.method, model.classes.method)
        classes = f"{len(model.classes.labels)} classes by {classes}"
        min_class = f"class {model.areas.min_class} or above"
    cut = f" (score ≥ {format_number(cutoff, 1)})" if cutoff is not None else ""
    text = (
        f"Each of the {len(units)} units is scored 0–100: the {method} of {len(criteria)} "
        f"criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. "
        f"{classes[0].upper() + classes[1:]}. At-risk areas are touching units of {min_class}"
        f"{cut}, named after their largest town. Watch list: {watch_count} units near the "
        "cut-off or in the top 10 % of a criterion. Scores rank units against each other; "
        "they are not probabilities."
    )
    if model is not None and model.description:
        text = f"{model.description} {text}"
    return text


def caveats(
    units: pd.DataFrame,
    criteria: list[CriterionRow],
    illustrative: list[str],
    provenance: Mapping,
) -> list[str]:
    caveats = []
    if "low_coverage" in units:
        low = units.loc[units["low_coverage"].map(truthy)]
        mean = pd.to_numeric(units.get("coverage"), errors="coerce").mean()
        text = f"Data coverage: {format_number(100 * mean, 0)} % of the weight on average"
        if len(low):
            names = ", ".join(str(n) for n in low.get("unit_name", low.index)[:6])
            more = f" and {len(low) - 6} more" if len(low) > 6 else ""
            text += f"; {len(low)} units with low coverage ({names}{more})"
        caveats.append(text + ".")
    if illustrative:
        caveats.append(
            f"{ILLUSTRATIVE_NOTE}: {', '.join(illustrative)} — made up for the sample; "
            "do not use for decisions."
        )
    for warning in list(provenance.get("warnings", []) or [])[:3]:
        caveats.append(str(warning)[0].upper() + str(warning)[1:] + ".")
    return caveats


METHOD_NAMES = {
    "minmax": "min–max",
    "percentile": "percentile",
    "zscore": "z-score",
    "weighted_arithmetic": "arithmetic",
    "weighted_geometric": "geometric",
}


def uncertainty_note(model: Model | None, sensitivity: pd.DataFrame | None, n_at_risk: int) -> str:
    """How sure the ranking is: the Monte Carlo, what the rank band and p_top mean, and
    the weights and method choices that move the ranking most (sensitivity)."""
    rule = getattr(model, "uncertainty", None)
    if rule is None:
        return ""
    varied = ["the weights (drawn around the set ones)"]
    for kind, chosen, current in (
        ("normalisation", rule.normalisations, None),
        ("aggregation", rule.aggregations, model.aggregation.method),
    ):
        options = list(dict.fromkeys([*([current] if current and chosen else []), *chosen]))
        if len(options) > 1 or (kind == "normalisation" and options):
            names = " or ".join(METHOD_NAMES.get(o, o) for o in options)
            varied.append(f"the {kind} ({names})")
    units = "unit" if n_at_risk == 1 else "units"
    text = (
        f"How sure: {format_number(rule.draws, 0)} Monte Carlo runs varied "
        f"{_join(varied)}. Rank band = the 5–95 % range of an area's best rank over the "
        f"runs; in top class = the share of runs in which it stays within the "
        f"{n_at_risk} at-risk {units}."
    )
    if sensitivity is not None and len(sensitivity):
        frame = sensitivity.copy()
        frame["first_order"] = pd.to_numeric(frame["first_order"], errors="coerce").fillna(0)
        choices = frame["criterion"].isin(["normalisation", "aggregation"])
        top = frame.loc[~choices].nlargest(3, "first_order")
        parts = [f"{r.label} ({format_number(100 * r.first_order, 0)} %)" for r in top.itertuples()]
        if parts:
            text += f" The weights that move the ranking most: {', '.join(parts)}"
            methods = [
                f"{r.label.lower()} {format_number(100 * r.first_order, 0)} %"
                for r in frame.loc[choices].itertuples()
            ]
            text += f"; method choices: {', '.join(methods)}." if methods else "."
    return text


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
