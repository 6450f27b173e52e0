"""The backtest in sentences, for the Processing log, the dock and the briefing (pure).

Templates are ``str.format`` strings keyed in :data:`ENGLISH`; a translated
set can be passed in the same keys. Figures are worded by the caller's
number format (two decimals by default).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

ENGLISH: dict[str, str] = {
    "title": "How well has this model done?",
    "setup": "Backtest at {count} as-of dates ({dates}), each re-scored with only the data "
    "available then and compared with the {outcome} of the following {horizon} months.",
    "figures": "{scorer}: average precision {value} (ROC AUC {auc}); the best baseline, "
    "{baseline}, {baseline_value} ({baseline_auc}).",
    "beats": "It beats the best baseline by {difference} (95 % interval {low} to {high}).",
    "worse": "It does worse than the best baseline by {difference} (95 % interval {low} to "
    "{high}): conflict history alone would have ranked the units better.",
    "no clear difference": "It does not clearly beat the best baseline (difference "
    "{difference}, 95 % interval {low} to {high}).",
    "flags": "Caution: {flags}.",
    "flag_lookahead": "{count} criteria have no dates and may know later facts (possible "
    "look-ahead)",
    "flag_horizon": "{count} horizons run past the end of the data",
}


def _number(value: float, digits: int = 2) -> str:
    return "—" if value != value else f"{value:.{digits}f}"


def verdict_sentence(
    comparison,
    scorers: Mapping[str, str],
    templates: Mapping[str, str] = ENGLISH,
    number: Callable[[float], str] = _number,
) -> str:
    """'<scorer>: average precision … It beats / does worse than / does not clearly beat …'."""
    c = comparison
    figures = templates["figures"].format(
        scorer=scorers.get(c.scorer, c.scorer),
        value=number(c.value),
        auc=number(c.roc_auc),
        baseline=scorers.get(c.best_baseline, c.best_baseline).lower(),
        baseline_value=number(c.baseline_value),
        baseline_auc=number(c.baseline_roc_auc),
    )
    verdict = templates[c.verdict].format(
        difference=number(abs(c.difference)), low=number(c.low), high=number(c.high)
    )
    return f"{figures} {verdict}"


def backtest_paragraph(
    comparisons: Sequence,
    scorers: Mapping[str, str],
    *,
    dates: Sequence[str],
    horizon_months: int,
    outcome: str,
    flags: Sequence[str] = (),
    templates: Mapping[str, str] = ENGLISH,
    number: Callable[[float], str] = _number,
) -> str:
    """The briefing's paragraph: the set-up, then one verdict per model variant, then flags."""
    parts = [
        templates["setup"].format(
            count=len(dates),
            dates=", ".join(dates),
            outcome=outcome.lower() if outcome else "events",
            horizon=horizon_months,
        )
    ]
    parts += [verdict_sentence(c, scorers, templates, number) for c in comparisons]
    lookahead = sum("look-ahead" in f for f in flags)
    horizon = sum("after the last event" in f for f in flags)
    cautions = []
    if lookahead:
        cautions.append(templates["flag_lookahead"].format(count=lookahead))
    if horizon:
        cautions.append(templates["flag_horizon"].format(count=horizon))
    if cautions:
        parts.append(templates["flags"].format(flags="; ".join(cautions)))
    return " ".join(parts)
