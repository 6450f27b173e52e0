"""One run's numbers, as one value: what the areas, the analyses and the outputs read."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .aggregate import Aggregated


@dataclass(frozen=True)
class Scores:
    """The numbers of one run, unit by unit (rows) and criterion by criterion (columns).

    ``raw`` the measured values; ``prepared`` after the missing rule and the transform
    (before normalising); ``norm`` normalised to 0–1; ``details`` per criterion the
    measure's extra columns (for the annotations); ``combined`` the aggregation (score
    0–100, contributions, gates); ``class_index`` each unit's class; ``at_risk`` in an
    at-risk class and through every gate; ``area_of_unit`` the area (1, 2…) each unit
    belongs to, 0 outside every area (empty until the areas are built).
    """

    raw: np.ndarray
    prepared: np.ndarray
    norm: np.ndarray
    details: list[dict[str, np.ndarray]]
    combined: Aggregated
    class_index: np.ndarray
    at_risk: np.ndarray
    area_of_unit: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))

    @property
    def score(self) -> np.ndarray:
        """The combined score of each unit (0–100)."""
        return self.combined.score

    @property
    def gated(self) -> np.ndarray:
        """True where a unit failed a gate (it is never at risk)."""
        return np.array([bool(g) for g in self.combined.gate_failed], dtype=bool)
