"""Transforms and normalisations: raw values → 0–1, where 1 is the riskiest.

Defined results for the degenerate cases (documented in docs/model-format.md):
a criterion whose values do not vary (including a single unit) normalises to
0.5 for every unit — it cannot tell units apart, so it neither raises nor
lowers anyone; all-missing stays missing. No division by zero anywhere.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd

from .model import Normalisation, Transform

NEUTRAL = 0.5


def transform(values: np.ndarray, rule: Transform | None) -> np.ndarray:
    """Apply an optional transform to raw values (missing stays missing)."""
    if rule is None:
        return values
    finite = np.isfinite(values)
    out = values.astype(float).copy()
    if rule.method == "log1p":
        out[finite] = np.log1p(np.maximum(values[finite], 0.0))
    elif rule.method == "winsorise" and finite.any():
        out[finite] = np.minimum(values[finite], np.percentile(values[finite], rule.percentile))
    elif rule.method == "cap":
        out[finite] = np.minimum(values[finite], rule.value)
    return out


def _minmax(values: np.ndarray, finite: np.ndarray, rule: Normalisation) -> np.ndarray:
    low, high = values[finite].min(), values[finite].max()
    out = np.full(values.shape, np.nan)
    out[finite] = NEUTRAL if high == low else (values[finite] - low) / (high - low)
    return out


def _percentile(values: np.ndarray, finite: np.ndarray, rule: Normalisation) -> np.ndarray:
    out = np.full(values.shape, np.nan)
    n = int(finite.sum())
    if n == 1:
        out[finite] = NEUTRAL
    else:  # average ranks: ties share one value, all-equal gives 0.5
        ranks = pd.Series(values[finite]).rank(method="average").to_numpy()
        out[finite] = (ranks - 1.0) / (n - 1.0)
    return out


def _zscore(values: np.ndarray, finite: np.ndarray, rule: Normalisation) -> np.ndarray:
    out = np.full(values.shape, np.nan)
    std = values[finite].std()
    if std == 0 or not np.isfinite(std):
        out[finite] = NEUTRAL
    else:  # z clipped at ±3 and mapped linearly: z = 0 → 0.5
        z = (values[finite] - values[finite].mean()) / std
        out[finite] = (np.clip(z, -3.0, 3.0) + 3.0) / 6.0
    return out


def _goalposts(values: np.ndarray, finite: np.ndarray, rule: Normalisation) -> np.ndarray:
    out = np.full(values.shape, np.nan)
    out[finite] = np.clip((values[finite] - rule.min) / (rule.max - rule.min), 0.0, 1.0)
    return out


def _threshold(values: np.ndarray, finite: np.ndarray, rule: Normalisation) -> np.ndarray:
    out = np.full(values.shape, np.nan)
    out[finite] = (values[finite] >= rule.value).astype(float)
    return out


NORMALISERS: dict[str, Callable[[np.ndarray, np.ndarray, Normalisation], np.ndarray]] = {
    "minmax": _minmax,
    "percentile": _percentile,
    "zscore": _zscore,
    "goalposts": _goalposts,
    "threshold": _threshold,
}


def normalise(values: np.ndarray, rule: Normalisation, higher_is_riskier: bool) -> np.ndarray:
    """Normalise to 0–1 and orient so that 1 is the riskiest.

    >>> normalise(np.array([0.0, 5.0, 10.0]), Normalisation("minmax"), False).tolist()
    [1.0, 0.5, 0.0]
    """
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    if not finite.any():
        return np.full(values.shape, np.nan)
    out = NORMALISERS[rule.method](values, finite, rule)
    return out if higher_is_riskier else 1.0 - out


def fill_missing(raw: np.ndarray, rule: str) -> np.ndarray:
    """Apply a criterion's missing-data rule to its raw values (``exclude`` keeps NaN)."""
    missing = ~np.isfinite(raw)
    if not missing.any() or rule == "exclude":
        return raw
    out = raw.copy()
    if rule == "zero":
        out[missing] = 0.0
    elif rule == "median" and (~missing).any():
        out[missing] = np.median(raw[~missing])
    return out
