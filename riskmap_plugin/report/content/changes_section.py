"""Changes since the last briefing, in words (no QGIS, no Qt).

Reads the ``changes`` table of a result (see docs/model-format.md, "Outputs")
through :func:`riskmap_plugin.core.analyses.changes.summarise`, and says it as one line
(the dock) or as the lines of the briefing's section, in the language of the
:class:`.words.Words` given (English by default).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ...core.analyses.changes import summarise
from .words import ENGLISH, ENGLISH_WORDS, Words

TITLE = ENGLISH["changes_title"]
LISTED = 6


def _names(pairs, words: Words) -> str:
    shown = [
        words("unit_in_area", unit=unit, area=area) if area and area != unit else unit
        for unit, area in pairs
    ]
    listed = words("list_separator").join(shown[:LISTED])
    if len(shown) > LISTED:
        listed = words("and_more", names=listed, count=words.number(len(shown) - LISTED, 0))
    return listed


def _rank(value: float, words: Words) -> str:
    return words.number(round(float(value)), 0) if pd.notna(value) else words("changes_new_rank")


def section_lines(
    changes: pd.DataFrame,
    areas: pd.DataFrame | None = None,
    labels: Mapping[str, str] | None = None,
    n_units: int | None = None,
    words: Words = ENGLISH_WORDS,
) -> list[str]:
    """The briefing's lines: areas and units that entered or left, largest moves, criterion."""
    facts = summarise(changes, areas, within=max(20, n_units // 4) if n_units else None)
    labels = dict(labels or {})
    separator = words("list_separator")
    lines = []
    if facts["new_areas"] or facts["gone_areas"]:
        parts = []
        if facts["new_areas"]:
            parts.append(words("changes_new", names=separator.join(facts["new_areas"])))
        if facts["gone_areas"]:
            parts.append(words("changes_gone", names=separator.join(facts["gone_areas"])))
        joined = (
            parts[0] if len(parts) == 1 else words("changes_parts", first=parts[0], second=parts[1])
        )
        lines.append(words("changes_areas", parts=joined))
    for key in ("entered", "left"):
        if facts[key]:
            lines.append(
                words(
                    f"changes_{key}",
                    units=words.count(len(facts[key])),
                    names=_names(facts[key], words),
                )
            )
    if not facts["entered"] and not facts["left"]:
        lines.append(words("changes_none"))
    if facts["moves"]:
        moves = [
            words("changes_move", name=name, before=_rank(before, words), now=_rank(now, words))
            for name, before, now in facts["moves"]
        ]
        lines.append(words("changes_moves", moves=separator.join(moves)))
    if facts["criterion"]:
        label = labels.get(facts["criterion"], facts["criterion"])
        lines.append(words("changes_criterion", label=label))
    return lines


def summary_line(
    changes: pd.DataFrame | None,
    areas: pd.DataFrame | None = None,
    labels: Mapping[str, str] | None = None,
    words: Words = ENGLISH_WORDS,
) -> str:
    """One line for the dock: how many units entered and left, and what moved most."""
    if changes is None:
        return ""
    facts = summarise(changes, areas)
    text = words(
        "summary",
        entered=words.number(len(facts["entered"]), 0),
        left=words.number(len(facts["left"]), 0),
    )
    moved = sum(1 for c in changes["change"] if c in ("up", "down")) if len(changes) else 0
    if moved:
        text += words("summary_moved", units=words.count(moved))
    if facts["criterion"]:
        label = dict(labels or {}).get(facts["criterion"], facts["criterion"])
        text += words("summary_criterion", label=label)
    return text + words("sentence_end")
