"""Fuzzing (hypothesis): the model parser and the core raise nothing but RiskMapError.

Four fuzzers: random JSON-ish documents and texts fed to the model parser;
mutations of the sample model (a key removed, a value swapped for any JSON
value, an unknown key added); and ``score`` on random small datasets (random,
invalid, empty and NULL polygons; points with NaN or out-of-range coordinates;
dates, severities and populations as numbers, text, NULL or negative; random
criteria and settings); and every numeric key and date of the sample model set to
extremes (±1e308, ±inf, NaN, 2^63, 10^400, year 1 or 9999…), each case within 5 s.
Any other exception type is a defect.

The number of examples per fuzzer comes from ``FUZZ_EXAMPLES`` (default 300, what
``make test`` runs); ``make fuzz`` sets 10,000.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from riskmap_plugin.core import Model, RiskMapError, load_model, parse_model, score

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
settings.register_profile(
    "riskmap-fuzz",
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("riskmap-fuzz")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "stabilization_2018.json"
SAMPLE_DOCUMENT = json.loads(SAMPLE.read_text(encoding="utf-8"))
pytestmark = pytest.mark.slow

json_scalars = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=12)
json_scalars |= st.floats(allow_nan=True, allow_infinity=True)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
KEYS = sorted({*SAMPLE_DOCUMENT, "criteria", "units", "layer", "measure", "window", "weight"})


def parses_or_refuses(document) -> None:
    try:
        model = parse_model(document)
    except RiskMapError as error:
        assert str(error)  # a message for the analyst, never empty
        return
    assert isinstance(model, Model)
    assert parse_model(model.to_dict()) == model  # a round trip keeps the model


@FUZZ
@given(
    document=st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), json_values) | json_values
)
def test_parser_on_random_documents(document):
    parses_or_refuses(document)


@FUZZ
@given(text=st.text(max_size=200) | json_values.map(lambda v: json.dumps(v)[:200]))
def test_loader_on_random_text(text):
    with contextlib.suppress(RiskMapError):
        load_model("{" + text)


def _paths(value, prefix=()):
    """Every (container path, key) in a JSON document."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        yield prefix, key
        yield from _paths(child, (*prefix, key))


MUTABLE = list(_paths(SAMPLE_DOCUMENT))


@FUZZ
@given(
    mutations=st.lists(
        st.tuples(st.sampled_from(MUTABLE), st.sampled_from(["drop", "swap", "add"]), json_values),
        min_size=1,
        max_size=3,
    )
)
def test_parser_on_mutations_of_the_sample_model(mutations):
    document = copy.deepcopy(SAMPLE_DOCUMENT)
    for (prefix, key), how, value in mutations:
        container = document
        try:
            for step in prefix:
                container = container[step]
            if how == "drop":
                del container[key]
            elif how == "swap":
                container[key] = value
            elif isinstance(container, dict):
                container[f"{key}_x"] = value
            else:
                container.append(value)
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # an earlier mutation removed or replaced this path (e.g. by None)
    parses_or_refuses(document)


# -- the core on random small datasets --------------------------------------------------

coordinate = st.floats(42.8, 43.5) | st.sampled_from([float("nan"), 200.0, -95.0, 1e12])
anything = st.none() | st.integers(-5, 50) | st.floats(allow_nan=True) | st.text(max_size=6)
date_text = st.sampled_from(
    ["2017-06-01", "01/02/2017", "2017/12/31", "Jul 4 2017", "", "x", "2031-01-01", "2013-03-03"]
)


@st.composite
def polygons(draw):
    kind = draw(st.sampled_from(["box", "box", "box", "bowtie", "empty", "null", "line"]))
    x, y = draw(st.floats(42.9, 43.4)), draw(st.floats(34.9, 35.3))
    size = draw(st.floats(1e-6, 0.3))
    if kind == "box":
        return shapely.box(x, y, x + size, y + size)
    if kind == "bowtie":
        return shapely.Polygon([(x, y), (x + size, y + size), (x + size, y), (x, y + size)])
    if kind == "empty":
        return shapely.Polygon()
    if kind == "line":
        return shapely.LineString([(x, y), (x + size, y)])
    return None


@st.composite
def datasets(draw):
    n = draw(st.integers(1, 5))
    crs = draw(st.sampled_from(["EPSG:4326", "EPSG:4326", "EPSG:4326", "EPSG:32638", None]))
    units = gpd.GeoDataFrame(
        {
            "uid": draw(
                st.lists(
                    st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h", "i", None]),
                    min_size=n,
                    max_size=n,
                    unique=draw(st.integers(0, 3)) > 0,
                )
            ),  # fmt: skip
            "population": draw(st.lists(anything, min_size=n, max_size=n)),
            "s1": draw(st.lists(anything, min_size=n, max_size=n)),
            "s2": draw(st.lists(st.floats(-1, 2) | st.none(), min_size=n, max_size=n)),
        },
        geometry=draw(st.lists(polygons(), min_size=n, max_size=n)),
        crs=crs,
    )
    if crs == "EPSG:32638":
        units = units.set_crs("EPSG:4326", allow_override=True).to_crs(crs)
    m = draw(st.integers(0, 12))
    xs, ys = (
        draw(st.lists(coordinate, min_size=m, max_size=m)),
        draw(st.lists(coordinate, min_size=m, max_size=m)),
    )
    events = gpd.GeoDataFrame(
        {
            "date": draw(st.lists(date_text | st.none(), min_size=m, max_size=m)),
            "best": draw(st.lists(anything, min_size=m, max_size=m)),
        },
        geometry=[None if np.isnan(a) else shapely.Point(a, b) for a, b in zip(xs, ys)],
        crs="EPSG:4326",
    )
    border = gpd.GeoDataFrame(
        geometry=[shapely.LineString([(42.9, 34.5), (42.95, 35.6)])], crs="EPSG:4326"
    )
    return {"units": units, "events": events, "border": border}


CRITERIA = [
    {"measure": "count", "layer": "events", "date_field": "date", "window": {"days": 365}},
    {"measure": "severity_sum", "layer": "events", "field": "best", "half_life_days": 90,
     "date_field": "date"},
    {"measure": "low_severity_count", "layer": "events", "field": "best", "threshold": 2},
    {"measure": "density", "layer": "events", "filter": {"field": "best", "op": ">", "value": 1}},
    {"measure": "rate", "layer": "events"},
    {"measure": "presence", "layer": "events", "filter": {"field": "best", "op": "in",
                                                          "value": ["x", "3"]}},
    {"measure": "change", "layer": "events", "date_field": "date", "window": {"months": 6},
     "reference": {"year": 2013}},
    {"measure": "distance", "layer": "border", "direction": "lower_is_riskier"},
    {"measure": "area_share", "layer": "units"},
    {"measure": "attribute", "field": "s1", "missing": "median"},
    {"measure": "diversity", "fields": ["s1", "s2"], "zero_is_missing": True},
]  # fmt: skip
SETTINGS = st.fixed_dictionaries(
    {},
    optional={
        "normalise": st.sampled_from(["minmax", "percentile", "zscore",
                                      {"method": "goalposts", "min": 0, "max": 5},
                                      {"method": "threshold", "value": 1}]),
        "transform": st.sampled_from(["log1p", {"method": "cap", "value": 3},
                                      {"method": "winsorise", "percentile": 90}]),
        "missing": st.sampled_from(["exclude", "zero", "median"]),
        "weight": st.sampled_from([0, 0.5, 1, 3]),
    },
)  # fmt: skip


@st.composite
def models(draw):
    chosen = draw(st.lists(st.integers(0, len(CRITERIA) - 1), min_size=1, max_size=4))
    criteria = []
    for i, index in enumerate(chosen):
        criteria.append({"id": f"c{i}", **CRITERIA[index], **draw(SETTINGS)})
    document = {
        "riskmap_model": 1,
        "name": "fuzz",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "population_field": "population"},
        "criteria": criteria,
        "aggregation": {
            "method": draw(st.sampled_from(["weighted_arithmetic", "weighted_geometric"]))
        },
        "classes": {
            "method": draw(st.sampled_from(["jenks", "quantiles", "equal_interval"])),
            "count": draw(st.integers(2, 5)),
        },  # fmt: skip
    }
    document["areas"] = {"min_class": "High"} if document["classes"]["count"] == 4 else {}
    if document["classes"]["count"] != 4:
        document["classes"]["labels"] = [f"L{i}" for i in range(document["classes"]["count"])]
        document["areas"] = {"min_class": document["classes"]["labels"][-1]}
    if draw(st.booleans()):
        document["uncertainty"] = {"draws": 10, "seed": 1}
    if draw(st.booleans()):
        document["hotspots"] = {"permutations": 9, "seed": 1}
    return document


@FUZZ
@given(document=models(), layers=datasets())
def test_core_on_random_small_datasets(document, layers):
    try:
        model = parse_model(document)
        result = score(model, layers)
    except RiskMapError as error:
        assert str(error)
        event(f"refused: {error.what[:30]}")  # --hypothesis-show-statistics lists them
        return
    event("scored")
    scores = result.units["score"].to_numpy(dtype=float)
    finite = scores[np.isfinite(scores)]
    assert np.all((finite >= 0) & (finite <= 100 + 1e-9))
    assert len(result.units) <= len(layers["units"])
    assert all(isinstance(w, str) for w in result.warnings)
    assert pd.Series(result.units["unit_id"]).is_unique


# -- numbers at their extremes (issue #15) ------------------------------------------------
#: Every numeric key of the model format, as a path into the sample document ("*": the
#: first criterion). Values go in even where the sample has no such section.
NUMERIC_KEYS = [
    ("riskmap_model",),
    ("units", "grid", "cell_km"),
    *[
        ("criteria", 0, *key)
        for key in (
            ("window", "days"),
            ("window", "months"),
            ("half_life_days",),
            ("per",),
            ("weight",),
            ("threshold",),
            ("reference", "year"),
            ("transform", "percentile"),
            ("transform", "value"),
            ("normalise", "min"),
            ("normalise", "max"),
            ("normalise", "value"),
        )
    ],
    ("aggregation", "min_coverage"),
    ("aggregation", "geometric_floor"),
    ("aggregation", "dimension_weights", "General"),
    ("classes", "count"),
    ("areas", "watch_margin"),
    ("areas", "watch_top_share"),
    ("areas", "top_drivers"),
    ("time", "months"),
    ("time", "reference_year"),
    ("time", "surge_factor"),
    ("time", "surge_min_count"),
    ("hotspots", "distance_km"),
    ("hotspots", "permutations"),
    ("hotspots", "seed"),
    ("uncertainty", "draws"),
    ("uncertainty", "seed"),
    ("uncertainty", "concentration"),
]
DATE_KEYS = [("as_of",), ("criteria", 0, "window", "start"), ("criteria", 0, "reference", "start")]
EXTREME_NUMBERS = st.sampled_from(
    [0, -0.0, 1, -1, 0.5, 2**31, 2**32, 2**63, -(2**63), 10**12 + 1, 10**400, 1e-300, 1e308,
     -1e308, 5e-324, float("inf"), float("-inf"), float("nan")]
) | st.integers() | st.floats()  # fmt: skip
EXTREME_DATES = st.sampled_from(["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
EXTREME_DATES |= st.dates().map(lambda d: d.isoformat())


def _put(document: dict, path: tuple, value) -> None:
    target = document
    for key in path[:-1]:
        if isinstance(target, list):
            target = target[key]
            continue
        if not isinstance(target.get(key), (dict, list)):
            target[key] = {}
        target = target[key]
    target[path[-1]] = value


@settings(FUZZ, deadline=5000)  # no case may take longer than 5 s ("hang")
@given(
    numbers=st.lists(st.tuples(st.sampled_from(NUMERIC_KEYS), EXTREME_NUMBERS), max_size=4),
    dates=st.lists(st.tuples(st.sampled_from(DATE_KEYS), EXTREME_DATES), max_size=2),
    through_text=st.booleans(),
)
def test_validator_on_numbers_at_their_extremes(numbers, dates, through_text):
    document = copy.deepcopy(SAMPLE_DOCUMENT)
    for path, value in [*numbers, *dates]:
        _put(document, path, value)
    event(f"{len(numbers)} numbers, {len(dates)} dates changed")
    try:
        # json.dumps writes inf/nan as Infinity/NaN, which json reads back.
        model = load_model(json.dumps(document)) if through_text else parse_model(document)
    except RiskMapError as error:
        assert str(error)
        event("refused")
        return
    event("parsed")
    for criterion in model.criteria:  # the date arithmetic a run does first
        if criterion.window is not None:
            first, last = criterion.window.bounds(model.as_of)
            assert first <= last
            assert criterion.window.span()
