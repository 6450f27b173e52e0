"""Which sources a briefing must attribute, from the run's inputs (no QGIS).

Attributions come from ``sample_sources``-like rows (``layer``, ``title``,
``licence``, ``attribution``, ``illustrative``); identical attributions are
printed once, and illustrative (made-up) layers are listed by name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .words import ENGLISH_WORDS, Words

_CITATION = re.compile(r"^[^\W\d]+(?: & [^\W\d]+)? \(\d{4}\)")
_ILLUSTRATIVE_SUFFIX = re.compile(r"\s*\((?:illustrative)(?: — not real data)?\)\s*$", re.I)


@dataclass(frozen=True)
class SourceLine:
    """One attribution and the layers it covers."""

    attribution: str
    licence: str
    layers: tuple[str, ...]
    illustrative: bool = False


def input_tables(provenance: Mapping) -> dict[str, str]:
    """Table name → layer name of each input of the run, in run order."""
    tables: dict[str, str] = {}
    for record in provenance.get("inputs", []) or []:
        source = str(record.get("source") or "")
        table = source.partition("|layername=")[2].split("|")[0] if "|layername=" in source else ""
        table = table or str(record.get("reference") or record.get("layer_name") or "")
        if table:
            tables.setdefault(table, str(record.get("layer_name") or table))
    return tables


def source_lines(
    sources: pd.DataFrame | None, tables: Sequence[str], words: Words = ENGLISH_WORDS
) -> tuple[list[SourceLine], list[str], set[str]]:
    """Attributions of the used tables, merged when identical; illustrative titles and tables.

    Attributions stay as their publishers wrote them; layer titles are put in the
    reader's language when the model's glossary has them.
    """
    by_layer = {}
    if sources is not None and len(sources):
        by_layer = {str(r["layer"]): r for r in sources.to_dict("records")}
    grouped: dict[str, dict] = {}
    illustrative: list[str] = []
    marked: set[str] = set()
    for table in dict.fromkeys(tables):
        row = by_layer.get(table)
        if row is None:
            key = words("source_missing", table=table)
            grouped.setdefault(key, {"licence": "", "layers": [], "illustrative": False})
            grouped[key]["layers"].append(table)
            continue
        is_illustrative = truthy(row.get("illustrative"))
        title = words.term(plain_title(str(row.get("title") or table)))
        if is_illustrative:
            marked.add(table)
            if title not in illustrative:
                illustrative.append(title)
        for attribution in _attributions(str(row.get("attribution") or table)):
            entry = grouped.setdefault(
                attribution,
                {"licence": str(row.get("licence") or ""), "layers": [], "illustrative": False},
            )
            entry["layers"].append(title)
            entry["illustrative"] = entry["illustrative"] or is_illustrative
    lines = [
        SourceLine(key, v["licence"], tuple(v["layers"]), v["illustrative"])
        for key, v in grouped.items()
    ]
    return lines, illustrative, marked


def _attributions(text: str) -> list[str]:
    """Split '; '-joined attributions, keeping citations ('Author (2019), …') with their source.

    >>> _attributions("OCHA, CC BY-IGO; IOM DTM")
    ['OCHA, CC BY-IGO', 'IOM DTM']
    >>> _attributions("UCDP GED; Högbladh (2019), Codebook")
    ['UCDP GED; Högbladh (2019), Codebook']
    """
    parts: list[str] = []
    for part in (p.strip() for p in text.split("; ")):
        if parts and _CITATION.match(part):
            parts[-1] = f"{parts[-1]}; {part}"
        elif part:
            parts.append(part)
    return parts


def plain_title(title: str) -> str:
    """'Sleeper-cell reports (illustrative — not real data)' → 'Sleeper-cell reports'."""
    return _ILLUSTRATIVE_SUFFIX.sub("", title).strip()


def truthy(value) -> bool:
    """1/'1'/'true'/True → True; None, NaN, 0, '' → False."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)
