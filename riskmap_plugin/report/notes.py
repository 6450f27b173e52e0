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
