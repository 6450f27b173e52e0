"""The briefing's method note and caveats, in words (no QGIS).

Every sentence comes from a :class:`.words.Words` (English by default), so the
QGIS side can hand in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from ...core.messages import keyed, provenance_warnings, reword
from .sources import truthy
from .words import ENGLISH_WORDS, Words

if TYPE_CHECKING:
    from .context import WeightedCriterion

METHOD_KEYS = {
    "minmax": "method_minmax",
    "percentile": "method_percentile",
    "zscore": "method_zscore",
    "weighted_arithmetic": "method_weighted_arithmetic",
    "weighted_geometric": "method_weighted_geometric",
}
BREAKS_KEYS = {
    "jenks": "breaks_jenks",
    "quantiles": "breaks_quantiles",
    "equal_interval": "breaks_equal_interval",
    "fixed": "breaks_fixed",
}


def method_note(
    model,
    criteria: list[WeightedCriterion],
    units: pd.DataFrame,
    cutoff: float | None,
    watch_count: int,
    words: Words = ENGLISH_WORDS,
    watch_places: list[str] | None = None,
) -> str:
    """How the scores, classes, areas and watch list are made, in one paragraph."""
    dimensions: dict[str, float] = {}
    for row in criteria:  # the rows' dimensions are already in the reader's language
        dimensions[row.dimension] = dimensions.get(row.dimension, 0.0) + row.share_pct
    shares = words("list_separator").join(
        words("dimension_share", dimension=d, share=words.number(s, 0))
        for d, s in dimensions.items()
    )
    mean = words("mean_arithmetic")
    classes = _capital(words("breaks_jenks"))
    min_class = words("min_class_any")
    if model is not None:
        if model.aggregation.method == "weighted_geometric":
            mean = words("mean_geometric")
        method = model.classes.method
        breaks = words(BREAKS_KEYS[method]) if method in BREAKS_KEYS else method
        classes = _capital(
            words("classes_by", count=words.number(len(model.classes.labels), 0), method=breaks)
        )
        min_class = words("min_class", label=words.term(model.areas.min_class))
    cut = words("cutoff", score=words.number(cutoff, 1)) if cutoff is not None else ""
    touching = model is not None and model.areas.method == "touching"
    areas = words("areas_touching" if touching else "areas_peaks", min_class=min_class, cutoff=cut)
    places = words("list_separator").join(watch_places or []) or "—"
    text = words(
        "method",
        areas=areas,
        places=places,
        units=words.number(len(units), 0),
        mean=mean,
        criteria=words.number(len(criteria), 0),
        shares=shares,
        classes=classes,
        min_class=min_class,
        cutoff=cut,
        watch=words.number(watch_count, 0),
    )
    if model is not None and model.description:
        text = f"{words.term(model.description)} {text}"
    return text


def caveats(
    units: pd.DataFrame,
    criteria: list[WeightedCriterion],
    illustrative: list[str],
    provenance: Mapping,
    words: Words = ENGLISH_WORDS,
) -> list[str]:
    """Data coverage, illustrative layers and the run's first warnings."""
    caveats = []
    if "low_coverage" in units:
        low = units.loc[units["low_coverage"].map(truthy)]
        mean = pd.to_numeric(units.get("coverage"), errors="coerce").mean()
        text = words("coverage", share=words.number(100 * mean, 0))
        if len(low):
            names = [str(n) for n in low.get("unit_name", low.index)]
            text += words(
                "low_coverage", count=words.number(len(low), 0), names=_some(names, words)
            )
        caveats.append(text + words("sentence_end"))
    if illustrative:
        caveats.append(
            words("illustrative_caveat", layers=words("list_separator").join(illustrative))
        )
    for warning in data_limits_first(provenance_warnings(provenance))[:4]:
        number = words.number if words.warning_templates else None
        text = reword(warning, words.warning_templates, number)
        caveats.append(_capital(text) + words("sentence_end"))
    return caveats


#: Warnings about what the data cannot show come first in the caveats (the box is small).
DATA_LIMITS = ("snapshot_after_as_of", "reference_pro_rated", "too_coarse", "severity_floor",
               "correlated")  # fmt: skip


def data_limits_first(warnings) -> list[str]:
    """The run's warnings, data limits first; one precision caveat per rule and count
    (criteria reading the same events repeat it)."""
    seen: set[tuple] = set()
    kept = []
    for found, text in [(keyed(w), w) for w in warnings]:
        if found and found[0] == "too_coarse":
            same = tuple(sorted((k, v) for k, v in found[1].items() if k != "criterion"))
            if same in seen:
                continue
            seen.add(same)
        kept.append((found[0] if found else "", text))
    rank = {key: i for i, key in enumerate(DATA_LIMITS)}
    kept.sort(key=lambda item: rank.get(item[0], len(DATA_LIMITS)))
    return [text for _, text in kept]


def uncertainty_note(
    model, sensitivity: pd.DataFrame | None, n_at_risk: int, words: Words = ENGLISH_WORDS
) -> str:
    """How sure the ranking is: the Monte Carlo, what the rank band and p_top mean, and
    the weights and method choices that move the ranking most (sensitivity)."""
    rule = getattr(model, "uncertainty", None)
    if rule is None:
        return ""
    varied = [words("varied_weights")]
    for kind, chosen, current in (
        ("normalisation", rule.normalisations, None),
        ("aggregation", rule.aggregations, model.aggregation.method),
    ):
        options = list(dict.fromkeys([*([current] if current and chosen else []), *chosen]))
        if len(options) > 1 or (kind == "normalisation" and options):
            names = [words(METHOD_KEYS[o]) if o in METHOD_KEYS else o for o in options]
            varied.append(words(f"varied_{kind}", methods=words.listing(names, "or")))
    text = words(
        "how_sure",
        draws=words.number(rule.draws, 0),
        varied=words.listing(varied),
        at_risk=words.number(n_at_risk, 0),
    )
    if sensitivity is not None and len(sensitivity):
        frame = sensitivity.copy()
        frame["first_order"] = pd.to_numeric(frame["first_order"], errors="coerce").fillna(0)
        choices = frame["criterion"].isin(["normalisation", "aggregation"])
        top = frame.loc[~choices].nlargest(3, "first_order")
        parts = [
            words("label_share", label=words.term(r.label), share=_percent(r.first_order, words))
            for r in top.itertuples()
        ]
        if parts:
            text += " " + words("weights_that_move", weights=words("list_separator").join(parts))
            methods = [
                words(
                    "choice_share",
                    label=words(f"choice_{r.criterion}"),
                    share=_percent(r.first_order, words),
                )
                for r in frame.loc[choices].itertuples()
            ]
            if methods:
                text += words("method_choices", choices=words("list_separator").join(methods))
            text += words("sentence_end")
    return text


def _percent(share: float, words: Words) -> str:
    return words.number(100 * share, 0)


def _some(names: list[str], words: Words, shown: int = 6) -> str:
    """The first ``shown`` names, and how many more."""
    listed = words("list_separator").join(names[:shown])
    if len(names) <= shown:
        return listed
    return words("and_more", names=listed, count=words.number(len(names) - shown, 0))


def _capital(text: str) -> str:
    """First letter upper case (scripts without case are unchanged)."""
    return text[:1].upper() + text[1:]
