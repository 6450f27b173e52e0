"""A digest of a run's results, to check that speed-ups leave them unchanged.

``python tests/reference_results.py OUT.json`` writes the digests of :func:`cases`
with whatever ``riskmap_plugin`` is importable: tests/data/reference_results.json
was written so from the code before the performance work (#22), and
tests/core/test_results_unchanged.py compares today's digests with it. The
digest holds every score, rank, class, driver text, area (members, name, size,
bounds), watch-list reason, criteria value and sensitivity figure, floats as
exact ``repr``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
REFERENCE = ROOT / "tests" / "data" / "reference_results.json"


def _value(value):
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is None or (not isinstance(value, (str, list, tuple, dict)) and pd.isna(value)):
        return None
    if isinstance(value, (list, tuple)):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    return str(value)


def _table(frame: pd.DataFrame) -> dict:
    geometry = getattr(frame, "_geometry_column_name", None)
    out = {c: [_value(v) for v in frame[c].tolist()] for c in frame.columns if c != geometry}
    if geometry is not None and geometry in frame.columns:
        shapes = np.asarray(frame[geometry].values, dtype=object)
        out["__area"] = [repr(round(float(a), 3)) for a in shapely.area(shapes)]
        out["__bounds"] = [
            [repr(round(float(b), 3)) for b in row] for row in shapely.bounds(shapes)
        ]
    out["__index"] = [_value(v) for v in frame.index.tolist()]
    return out


def digest(result) -> dict:
    """The parts of a ScoreResult a person sees, as JSON-ready values."""
    return {
        "units": _table(result.units),
        "areas": _table(result.areas),
        "watch_list": _table(result.watch_list),
        "criteria": _table(result.criteria),
        "sensitivity": _table(result.sensitivity),
        "explanations": {
            str(unit): [str(getattr(d, "text", d)) for d in drivers]
            for unit, drivers in sorted(result.explanations.items())
        },
        "class_bounds": [_value(b) for b in result.class_bounds],
        "cutoff": _value(result.cutoff),
        "warnings": list(result.warnings),
    }


def _hex_units(cell_km: float, extent) -> object:
    from riskmap_plugin.core.hexgrid import hex_grid

    grid = hex_grid(cell_km, extent=extent, crs="EPSG:32638")
    grid = grid.rename(columns={"unit_id": "uid", "unit_name": "uname"})
    grid["population"] = np.arange(len(grid)) % 7 * 10_000 + 5_000
    return grid


def _on_edges(units, count: int, seed: int):
    """Events exactly on unit vertices and edge midpoints (the tie rule's cases)."""
    from synthetic import random_events

    coords = shapely.get_coordinates(shapely.get_exterior_ring(units.geometry.values))
    middles = (coords[:-1] + coords[1:]) / 2.0
    rng = np.random.default_rng(seed)
    picked = np.concatenate([coords, middles])[rng.choice(len(coords) * 2 - 1, count)]
    events = random_events(count, units, seed=seed)
    return events.set_geometry(shapely.points(picked))


def cases() -> dict:
    """name → (model document, layers): the sample and small benchmark-like data."""
    import geopandas as gpd
    from synthetic import line_across, random_events, six_criteria_model, square_units

    from riskmap_plugin.core import required_layers
    from riskmap_plugin.core.model import load_model

    sample_model = json.loads((SAMPLE / "stabilization_2018.json").read_text("utf-8"))
    model = load_model(sample_model)
    gpkg = SAMPLE / "iraq_2018.gpkg"
    sample = {ref: gpd.read_file(gpkg, layer=ref) for ref in required_layers(model)}
    out = {"sample": (sample_model, sample)}
    squares = square_units(20, 20, 5_000.0)
    document = six_criteria_model()
    document["uncertainty"] = {"draws": 200, "seed": 1}
    out["squares"] = (
        document,
        {
            "units": squares,
            "events": pd.concat(
                [random_events(30_000, squares, seed=1), _on_edges(squares, 3_000, 2)],
                ignore_index=True,
            ),
            "border": line_across(squares),
        },
    )
    hexes = _hex_units(4.0, (400_000, 3_700_000, 500_000, 3_800_000))
    out["hexes"] = (
        document,
        {
            "units": hexes,
            "events": pd.concat(
                [random_events(30_000, hexes, seed=3), _on_edges(hexes, 3_000, 4)],
                ignore_index=True,
            ),
            "border": line_across(hexes, 0.3),
        },
    )
    return out


def digests() -> dict:
    from riskmap_plugin.core import parse_model, score

    return {
        name: digest(score(parse_model(document), layers))
        for name, (document, layers) in cases().items()
    }


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE
    target.write_text(json.dumps(digests(), ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
