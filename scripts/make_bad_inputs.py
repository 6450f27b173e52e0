#!/usr/bin/env python3
"""Build the corpus of bad inputs in ``tests/data/bad/`` (issue #9: robustness).

Usage (from the repository root, with the dev venv)::

    python scripts/make_bad_inputs.py [--out tests/data/bad]

A tiny clean dataset (six 0.1° squares in northern Iraq, events, a border line,
sleeper-cell points) plus one broken variant per case: invalid, empty, null,
3D/M, curved and mixed geometries, layers without or with different CRSs,
coordinates outside the CRS's valid area, messy dates and numbers, broken
models, Arabic layer and field names. ``cases.json`` (kept by hand, not
generated) lists every case with the layers it swaps in, its model and what
RiskMap must do (``ok`` with warnings, or ``error`` naming the layer/field/key);
this script checks that every file it names exists. The tests in ``tests/core``
and ``tests/qgis`` run every case through the core and through ``riskmap:score``.

Seeded and deterministic (GeoPackage timestamps are pinned); needs the GDAL
Python bindings (``osgeo``). The > 10 MB model is made by the tests, not here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
from pathlib import Path

from osgeo import gdal, ogr, osr

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "tests" / "data" / "bad"
SEED = 9
CASES_FILE = "cases.json"
#: A sentinel attribute value: it must never appear in a log, warning or error.
SENTINEL = "SECRET-SLEEPER-42"
gdal.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2018-01-31T00:00:00Z")  # reproducible GPKG bytes

F_STR, F_INT, F_REAL = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal


def square(x: float, y: float, size: float = 0.1) -> str:
    return f"POLYGON (({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


def write_layer(path, name, geom_type, fields, rows, epsg=4326, driver="GPKG") -> None:
    """One layer from WKT rows: ``rows`` = [(wkt or None, {field: value}), …]."""
    drv = ogr.GetDriverByName(driver)
    ds = drv.Open(str(path), 1) if Path(path).exists() else drv.CreateDataSource(str(path))
    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    # No R-tree: the files stay a few KB per table; readers do not need one for 30 features.
    options = ["SPATIAL_INDEX=NO"] if driver == "GPKG" else []
    lyr = ds.CreateLayer(name, srs, geom_type, options=options)
    for field, kind in fields:
        lyr.CreateField(ogr.FieldDefn(field, kind))
    for wkt, values in rows:
        feature = ogr.Feature(lyr.GetLayerDefn())
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feature)
    ds = None


UNIT_FIELDS = [
    ("uid", F_STR),
    ("uname", F_STR),
    ("population", F_INT),
    ("returnees", F_REAL),
    ("share_a", F_REAL),
    ("share_b", F_REAL),
    ("share_c", F_REAL),
]


def unit_rows(wkts=None, **overrides):
    """Six units (3 × 2 squares of 0.1°); ``overrides`` = field → list of values."""
    rng = random.Random(SEED)
    cells = [(43.0 + 0.1 * (i % 3), 35.0 + 0.1 * (i // 3)) for i in range(6)]
    rows = []
    for i, (x, y) in enumerate(cells):
        a = round(rng.uniform(0.2, 0.6), 2)
        values = {
            "uid": f"U{i + 1}",
            "uname": f"Unit {i + 1}",
            "population": 20000 + 5000 * i,
            "returnees": float(1000 * (6 - i)),
            "share_a": a,
            "share_b": round((1 - a) / 2, 2),
            "share_c": round(1 - a - round((1 - a) / 2, 2), 2),
        }
        for key, column in overrides.items():
            values[key] = column[i]
        rows.append(((wkts[i] if wkts else square(x, y)), values))
    return rows


def event_rows(n=30, dates=None, best=None, wkt=None):
    rng = random.Random(SEED + 1)
    rows = []
    for i in range(n):
        x, y = round(rng.uniform(43.0, 43.3), 4), round(rng.uniform(35.0, 35.2), 4)
        date = dates[i % len(dates)] if dates else f"2017-{1 + i % 12:02d}-{1 + i % 27:02d}"
        values = {"date": date, "best": best[i % len(best)] if best else i % 7, "kind": "attack"}
        rows.append((wkt(i, x, y) if wkt else f"POINT ({x} {y})", values))
    return rows


def sleeper_rows(strength=None, reported=None):
    rows = []
    for i in range(8):
        values = {
            "note": SENTINEL if i == 2 else f"cell {i}",
            "strength": strength[i] if strength else str(1 + i % 4),
            "reported": reported[i] if reported else f"2017-{1 + i:02d}-10",
        }
        rows.append((f"POINT ({43.02 + 0.035 * i} {35.03 + 0.02 * (i % 8)})", values))
    return rows


EVENT_FIELDS = [("date", F_STR), ("best", F_INT), ("kind", F_STR)]
SLEEPER_FIELDS = [("note", F_STR), ("strength", F_STR), ("reported", F_STR)]
BASE_MAP = {
    "units": "base.gpkg|layername=units",
    "events": "base.gpkg|layername=events",
    "border": "base.gpkg|layername=border",
    "sleeper_cells": "base.gpkg|layername=sleeper_cells",
}


def base_model() -> dict:
    return {
        "riskmap_model": 1,
        "name": "Bad inputs base",
        "as_of": "2018-01-31",
        "units": {
            "layer": "units",
            "id_field": "uid",
            "name_field": "uname",
            "population_field": "population",
        },
        "criteria": [
            {"id": "incidents", "layer": "events", "measure": "count", "date_field": "date",
             "window": {"days": 365}, "weight": 3},
            {"id": "severity", "layer": "events", "measure": "severity_sum", "field": "best",
             "weight": 2},
            {"id": "rate", "layer": "events", "measure": "rate", "weight": 1},
            {"id": "border", "layer": "border", "measure": "distance",
             "direction": "lower_is_riskier", "weight": 2},
            {"id": "mix", "measure": "diversity", "fields": ["share_a", "share_b", "share_c"]},
            {"id": "returnees", "measure": "attribute", "field": "returnees",
             "direction": "lower_is_riskier"},
            {"id": "cells", "layer": "sleeper_cells", "measure": "severity_sum",
             "field": "strength", "date_field": "reported", "illustrative": True,
             "filter": {"field": "note", "op": "!=", "value": "retracted"}},
        ],
    }  # fmt: skip


def build_layers(out: Path) -> None:
    base, geo = out / "base.gpkg", out / "geometry.gpkg"
    write_layer(base, "units", ogr.wkbPolygon, UNIT_FIELDS, unit_rows())
    write_layer(base, "events", ogr.wkbPoint, EVENT_FIELDS, event_rows())
    write_layer(base, "border", ogr.wkbLineString, [("name", F_STR)],
                [("LINESTRING (42.95 34.9, 42.95 35.3)", {"name": "border"})])  # fmt: skip
    write_layer(base, "sleeper_cells", ogr.wkbPoint, SLEEPER_FIELDS, sleeper_rows())
    sq = [square(43.0 + 0.1 * (i % 3), 35.0 + 0.1 * (i // 3)) for i in range(6)]
    bowtie = "POLYGON ((43.1 35.0, 43.2 35.1, 43.2 35.0, 43.1 35.1, 43.1 35.0))"
    loop = "POLYGON ((43.0 35.0, 43.1 35.0, 43.1 35.1, 43.05 34.95, 43.0 35.1, 43.0 35.0))"
    polys = {
        "bowtie_units": [sq[0], bowtie, *sq[2:]],
        "self_intersecting_units": [loop, *sq[1:]],
        "empty_geometry_units": [sq[0], "POLYGON EMPTY", *sq[2:]],
        "null_geometry_units": [sq[0], None, *sq[2:]],
        "multipart_units": [
            f"MULTIPOLYGON ({sq[0][len('POLYGON ') :]}, "
            "((43.0 34.8, 43.05 34.8, 43.05 34.85, 43.0 34.8)))",
            *sq[1:],
        ],
    }
    for name, wkts in polys.items():
        write_layer(geo, name, ogr.wkbUnknown, UNIT_FIELDS, unit_rows(wkts))
    write_layer(geo, "mixed_type_units", ogr.wkbUnknown, UNIT_FIELDS,
                unit_rows([*sq[:5], "POINT (43.25 35.15)"]))  # fmt: skip
    z = [", ".join(f"{p} 250" for p in w[len("POLYGON ((") : -2].split(", ")) for w in sq]
    write_layer(geo, "z_units", ogr.wkbPolygon25D, UNIT_FIELDS,
                unit_rows([f"POLYGON Z (({w}))" for w in z]))  # fmt: skip
    write_layer(geo, "zm_events", ogr.wkbPointZM, EVENT_FIELDS,
                event_rows(wkt=lambda i, x, y: f"POINT ZM ({x} {y} 300 {i})"))  # fmt: skip
    write_layer(geo, "mixed_type_events", ogr.wkbUnknown, EVENT_FIELDS, event_rows(
        wkt=lambda i, x, y: [f"POINT ({x} {y})", f"LINESTRING ({x} {y}, {x + 0.01} {y})",
                             f"POLYGON (({x} {y}, {x + .01} {y}, {x} {y + .01}, {x} {y}))",
                             "POINT EMPTY", None][i % 5]))  # fmt: skip
    curved = [
        "CURVEPOLYGON (CIRCULARSTRING "
        "(43.0 35.05, 43.05 35.1, 43.1 35.05, 43.05 35.0, 43.0 35.05))",
        "CURVEPOLYGON (COMPOUNDCURVE ((43.1 35.0, 43.2 35.0, 43.2 35.1), "
        "CIRCULARSTRING (43.2 35.1, 43.15 35.12, 43.1 35.1), (43.1 35.1, 43.1 35.0)))",
        *sq[2:],
    ]
    write_layer(geo, "curved_units", ogr.wkbCurvePolygon, UNIT_FIELDS, unit_rows(curved))
    # Coordinates: no CRS, other CRSs, outside the valid area, empty layers.
    write_layer(geo, "no_crs_events", ogr.wkbPoint, EVENT_FIELDS, event_rows(), epsg=None)
    write_layer(geo, "no_crs_units", ogr.wkbPolygon, UNIT_FIELDS, unit_rows(), epsg=None)
    write_layer(geo, "outside_events", ogr.wkbPoint, EVENT_FIELDS, event_rows(
        wkt=lambda i, x, y: f"POINT ({x + 157 if i % 6 == 0 else x} {y})"))  # fmt: skip
    write_layer(geo, "outside_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows([*sq[:2], square(200.2, 35.0), *sq[3:]]))  # fmt: skip
    write_layer(geo, "empty_events", ogr.wkbPoint, EVENT_FIELDS, [])
    write_layer(geo, "empty_units", ogr.wkbPolygon, UNIT_FIELDS, [])
    _reprojected(base, out / "crs.gpkg")
    # Attributes: ids, population, shares, identical and single units, all missing.
    n = [None] * 6
    attr = out / "attributes.gpkg"
    write_layer(attr, "duplicate_id_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows(uid=["U1", "U2", "U2", "U4", "U5", "U1"]))  # fmt: skip
    write_layer(attr, "null_id_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows(uid=["U1", None, "U3", "U4", "U5", "U6"]))  # fmt: skip
    write_layer(attr, "zero_population_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows(population=[0, 0, 30000, 35000, 40000, 45000]))  # fmt: skip
    write_layer(attr, "shares_off_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows(share_a=[0.9, 0.5, 2.0, 0.1, 0.3, 0.2]))  # fmt: skip
    write_layer(attr, "all_missing_units", ogr.wkbPolygon, UNIT_FIELDS, unit_rows(returnees=n))
    write_layer(attr, "single_unit", ogr.wkbPolygon, UNIT_FIELDS, unit_rows()[:1])
    write_layer(attr, "identical_units", ogr.wkbPolygon, UNIT_FIELDS,
                unit_rows([sq[4]] * 6, uname=["Same"] * 6, population=[30000] * 6,
                          returnees=[500.0] * 6, share_a=[0.5] * 6, share_b=[0.25] * 6,
                          share_c=[0.25] * 6))  # fmt: skip
    write_layer(attr, "secret_sleeper_cells", ogr.wkbPoint, SLEEPER_FIELDS, sleeper_rows(
        strength=["2", SENTINEL, "-3", "4", "five", "1", "", None],
        reported=["2017-03-01", SENTINEL, "2017-05-01", "2030-01-01", None, "x", "", "2017-06-01"],
    ))  # fmt: skip
    _text_files(out)


def _reprojected(base: Path, target: Path) -> None:
    """Units in Web Mercator, events in UTM 38N, the border in WGS 84 (same places)."""
    for name, epsg in (("units", 3857), ("events", 32638), ("border", 4326)):
        gdal.VectorTranslate(
            str(target),
            str(base),
            layerName=f"{name}_{epsg}",
            layers=[name],
            dstSRS=f"EPSG:{epsg}",
            layerCreationOptions=["SPATIAL_INDEX=NO"],
            accessMode="append" if target.exists() else None,
        )


def _text_files(out: Path) -> None:
    """CSV events with messy dates and numbers; GeoJSON units with an unclosed ring."""
    dates = ["2017-05-01", "01/06/2017", "2017/07/01", "Jul 15 2017", "", "not a date",
             "2030-01-01", "2017-09-30T10:00:00", "15.10.2017", ""]  # fmt: skip
    best = ["3", "-5", "high", "", "2.5", "-1", "7", "n/a", "0", "4"]
    rng = random.Random(SEED + 2)
    lines = ["longitude,latitude,date,best,kind"]
    for i in range(20):
        x, y = round(rng.uniform(43.0, 43.3), 4), round(rng.uniform(35.0, 35.2), 4)
        lines.append(f"{x},{y},{dates[i % 10]},{best[i % 10]},attack")
    (out / "messy_events.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    features = []
    for wkt, values in unit_rows():
        ring = [[float(v) for v in p.split()] for p in wkt[10:-2].split(", ")]
        if values["uid"] == "U2":
            ring = ring[:-1]  # unclosed: the last point is not the first
        features.append({"type": "Feature", "properties": values,
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})  # fmt: skip
    (out / "unclosed_units.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}) + "\n", encoding="utf-8"
    )
    _arabic(out)


def _arabic(out: Path) -> None:
    """Right-to-left layer and field names; the model refers to them."""
    fields = [("الرمز", F_STR), ("الاسم", F_STR), ("السكان", F_INT)]
    rows = [(w, {"الرمز": f"م{i}", "الاسم": f"ناحية {i}", "السكان": 1000 + i})
            for i, (w, _) in enumerate(unit_rows())]  # fmt: skip
    path = out / "عربي.gpkg"
    write_layer(path, "الوحدات", ogr.wkbPolygon, fields, rows)
    write_layer(
        path,
        "حوادث_أمنية",
        ogr.wkbPoint,
        [("التاريخ", F_STR), ("الشدة", F_INT)],
        [(w, {"التاريخ": v["date"], "الشدة": v["best"]}) for w, v in event_rows()],
    )
    model = {"riskmap_model": 1, "name": "نموذج عربي", "as_of": "2018-01-31",
             "units": {"layer": "الوحدات", "id_field": "الرمز", "name_field": "الاسم"},
             "criteria": [{"id": "incidents", "label": "حوادث", "layer": "حوادث_أمنية",
                           "measure": "severity_sum", "field": "الشدة", "date_field": "التاريخ"},
                          {"id": "pop", "measure": "attribute", "field": "السكان"}]}  # fmt: skip
    _write_json(out / "model_arabic.json", model)


def _write_json(path: Path, document) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build_models(out: Path) -> None:
    _write_json(out / "model.json", base_model())
    broken = base_model()
    broken["criteria"][1]["wieght"] = 2
    _write_json(out / "model_unknown_key.json", broken)
    wrong = base_model()
    wrong["criteria"][0]["weight"] = "three"
    _write_json(out / "model_wrong_type.json", wrong)
    text = json.dumps(base_model(), indent=1)
    (out / "model_truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    missing_layer = base_model()
    missing_layer["criteria"].append(
        {"id": "preachers", "layer": "extremist_preachers", "measure": "count"}
    )
    _write_json(out / "model_missing_layer.json", missing_layer)
    missing_field = base_model()
    missing_field["criteria"][1]["field"] = "fatalities"
    _write_json(out / "model_missing_field.json", missing_field)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():  # everything but the hand-kept case list
        if old.name != CASES_FILE:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    build_layers(args.out)
    build_models(args.out)
    for side in args.out.glob("*.aux.xml"):
        os.remove(side)
    cases = check_cases(args.out)
    total = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{cases} cases, {len(list(args.out.iterdir()))} files, {total // 1024} KB")


def check_cases(out: Path) -> int:
    """Every file and table ``cases.json`` names exists; return the number of cases."""
    listing = json.loads((out / CASES_FILE).read_text(encoding="utf-8"))
    assert listing["sentinel"] == SENTINEL and listing["base"] == BASE_MAP
    for case in listing["cases"]:
        model = case.get("model", "model.json")
        assert model.startswith("@") or (out / model).is_file(), (case["id"], model)
        for source in case.get("layers", {}).values():
            path, _, table = source.partition("|layername=")
            assert (out / path).is_file(), (case["id"], path)
            if table:
                dataset = ogr.Open(str(out / path))
                assert dataset.GetLayerByName(table) is not None, (case["id"], source)
                dataset = None
    return len(listing["cases"])


if __name__ == "__main__":
    main()
