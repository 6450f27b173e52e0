"""The briefing's content as plain data, extracted from a RiskMap result.

Step one of the report (step two, :mod:`.layout`, draws it): every sentence,
number and attribution printed in the briefing is decided here, from the
result's tables (``areas``, ``units``, ``watch_list``, ``criteria``), its
provenance, the model and the inputs' ``sample_sources`` attributions.
No QGIS and no Qt: the context is tested without either.

>>> ctx = build_context(areas, units, criteria, provenance)  # doctest: +SKIP
>>> ctx.title, [a.name for a in ctx.areas]  # doctest: +SKIP
('Stabilization priorities', ['Al Mawsil al Jadidah', 'Khanaqin'])
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from ...core.errors import ModelError
from ...core.messages import provenance_warnings
from ...core.model import Model, load_model
from .area_rows import AreaRow, area_row
from .changes_section import TITLE as CHANGES_TITLE
from .changes_section import section_lines
from .notes import caveats, method_note, uncertainty_note
from .sources import SourceLine, input_tables, plain_title, source_lines, truthy
from .words import ENGLISH_WORDS, Words, model_glossary

DEFAULT_BANNER = "UNCLASSIFIED // FOR OFFICIAL USE"


@dataclass(frozen=True)
class WeightedCriterion:
    """One criterion of the model with its weight share."""

    id: str
    label: str
    dimension: str
    weight: float
    share_pct: float
    direction: str
    measure: str
    illustrative: bool
    layer: str = ""


@dataclass
class BriefingContext:
    """Everything the briefing prints, as plain values."""

    model_name: str
    title: str
    subtitle: str
    as_of: str
    generated: str
    banner: str
    areas: list[AreaRow]
    criteria: list[WeightedCriterion]
    method_note: str
    caveats: list[str]
    sources: list[SourceLine]
    illustrative_layers: list[str]
    unit_count: int
    watch_count: int
    cutoff: float | None
    plugin_version: str = "unknown"
    warnings: list[str] = field(default_factory=list)
    #: "Changes since the last briefing" lines (empty: the run was not compared).
    changes: list[str] = field(default_factory=list)
    changes_title: str = CHANGES_TITLE
    #: "Illustrative — not real data: …" for one-line source texts, and the longer
    #: line of the sources box (both empty without illustrative layers).
    illustrative_note: str = ""
    illustrative_sources: str = ""
    #: English word → the reader's (the model's glossary and RiskMap's vocabulary), for
    #: the tables the layout binds to the result's own (English) fields.
    terms: dict[str, str] = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        """Overview page plus one atlas page per area."""
        return 1 + len(self.areas)

    @property
    def sources_text(self) -> str:
        """One paragraph of attributions, real sources first."""
        parts = [s.attribution for s in self.sources if not s.illustrative]
        if self.illustrative_note:
            parts.append(self.illustrative_note)
        return " · ".join(parts)

    def to_dict(self) -> dict:
        """JSON-ready dict (dataclasses become dicts, tuples lists)."""
        out = dataclasses.asdict(self)
        out["page_count"] = self.page_count
        out["sources_text"] = self.sources_text
        return out


def build_context(
    areas: pd.DataFrame,
    units: pd.DataFrame,
    criteria: pd.DataFrame,
    provenance: Mapping,
    *,
    model: Model | Mapping | None = None,
    sources: pd.DataFrame | None = None,
    watch_list: pd.DataFrame | None = None,
    extra_layers: Sequence[str] = (),
    banner: str = DEFAULT_BANNER,
    generated: dt.date | None = None,
    sensitivity: pd.DataFrame | None = None,
    changes: pd.DataFrame | None = None,
    words: Words | None = None,
) -> BriefingContext:
    """Extract the briefing's content from a result's tables.

    Parameters
    ----------
    areas, units, criteria, watch_list:
        The result GeoPackage's tables (geometry is not used).
    provenance:
        The run's provenance (``read_provenance``); its ``model`` is used when
        ``model`` is not given.
    sources:
        ``sample_sources``-like rows (``layer``, ``title``, ``licence``,
        ``attribution``, ``illustrative``) of the inputs' GeoPackages.
    extra_layers:
        Tables drawn on the map but not read by the model (country outline…),
        attributed too.
    sensitivity, changes:
        The result's ``sensitivity`` and ``changes`` tables, when it has them.
    words:
        The wording in the reader's language (:func:`.phrases.briefing_words` builds it
        from the installed translator); English when not given. The model's
        ``translations`` for ``words.language`` are added to it here.
    """
    words = ENGLISH_WORDS if words is None else words
    model = _as_model(model if model is not None else provenance.get("model"))
    words = words.with_glossary({**model_glossary(model, words.language), **words.glossary})
    date_text = words.date_or_placeholder
    name = str(provenance.get("model_name") or (model.name if model else "RiskMap model"))
    as_of = _as_date(provenance.get("as_of") or (model.as_of if model else None))
    generated = generated or dt.date.today()
    criteria_rows = _criteria_rows(criteria, words)
    labels = {row.id: row for row in criteria_rows}
    cutoff = _cutoff(units)
    area_rows = [area_row(r, units, model, labels, words) for r in areas.to_dict("records")]
    area_rows = [
        dataclasses.replace(
            row,
            heading=words(
                "area_heading",
                number=words.number(number, 0),
                count=words.number(len(area_rows), 0),
                name=row.name,
            ),
        )
        for number, row in enumerate(area_rows, start=1)
    ]
    used = input_tables(provenance)
    lines, illustrative_layers, marked = source_lines(sources, [*used, *extra_layers], words)
    for row in criteria_rows:
        label = plain_title(row.label)
        if row.illustrative and row.layer not in marked and label not in illustrative_layers:
            illustrative_layers.append(label)
    as_of_text = date_text(as_of)
    subtitle = words(
        "subtitle",
        as_of=as_of_text,
        generated=date_text(generated),
        version=provenance.get("plugin_version", ""),
    ).strip()
    watch_count = 0 if watch_list is None else len(watch_list)
    n_at_risk = int((pd.to_numeric(units.get("area_id"), errors="coerce").fillna(0) > 0).sum())
    note = method_note(
        model, criteria_rows, units, cutoff, watch_count, words, watch_places(watch_list)
    )
    how_sure = uncertainty_note(model, sensitivity, n_at_risk, words)
    change_lines = []
    if changes is not None:
        change_lines = section_lines(
            changes,
            areas,
            {row.id: plain_title(row.label) for row in criteria_rows},
            len(units),
            words,
        )
    illustrative = words("list_separator").join(illustrative_layers)
    return BriefingContext(
        model_name=name,
        title=words.term(name),
        subtitle=subtitle,
        as_of=as_of_text,
        generated=date_text(generated),
        banner=banner,
        areas=area_rows,
        criteria=criteria_rows,
        method_note=f"{note} {how_sure}".strip(),
        caveats=caveats(units, criteria_rows, illustrative_layers, provenance, words),
        sources=lines,
        illustrative_layers=illustrative_layers,
        unit_count=len(units),
        watch_count=watch_count,
        cutoff=cutoff,
        plugin_version=str(provenance.get("plugin_version", "unknown")),
        warnings=provenance_warnings(provenance),
        changes=change_lines,
        changes_title=words("changes_title"),
        terms={**words.vocabulary, **words.glossary},
        illustrative_note=words("illustrative_short", layers=illustrative) if illustrative else "",
        illustrative_sources=(
            words("illustrative_sources", layers=illustrative) if illustrative else ""
        ),
    )


def watch_places(watch_list: pd.DataFrame | None) -> list[str]:
    """The watch list's units as places ("Ramadi", "near Bayji"), in the list's order."""
    if watch_list is None or watch_list.empty:
        return []
    column = "place" if "place" in watch_list else "unit_name"
    return [str(v) for v in watch_list[column] if isinstance(v, str) and v.strip()]


def _as_model(model) -> Model | None:
    if model is None or isinstance(model, Model):
        return model
    try:
        return load_model(dict(model))
    except (ModelError, TypeError, ValueError):  # an old, edited or no document: prints without
        return None


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _criteria_rows(criteria: pd.DataFrame, words: Words) -> list[WeightedCriterion]:
    """The criteria table's rows; label and dimension in the reader's language."""
    rows = []
    total = float(pd.to_numeric(criteria.get("weight"), errors="coerce").fillna(0).sum() or 1)
    for r in criteria.to_dict("records"):
        weight = float(r.get("weight") or 0)
        share = r.get("weight_share")
        share = weight / total if share is None or pd.isna(share) else float(share)
        rows.append(
            WeightedCriterion(
                id=str(r["id"]),
                label=words.term(str(r.get("label") or r["id"])),
                dimension=words.term(str(r.get("dimension") or "General")),
                weight=weight,
                share_pct=round(100.0 * share, 1),
                direction=str(r.get("direction") or "higher_is_riskier"),
                measure=str(r.get("measure") or ""),
                illustrative=truthy(r.get("illustrative")),
                layer=str(r.get("layer") or ""),
            )
        )
    return rows


def _cutoff(units: pd.DataFrame) -> float | None:
    """The lowest score inside an area (the at-risk cut-off as observed)."""
    if "area_id" not in units or "score" not in units:
        return None
    inside = units.loc[pd.to_numeric(units["area_id"], errors="coerce").fillna(0) > 0, "score"]
    return float(inside.min()) if len(inside) else None
