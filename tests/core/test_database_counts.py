"""The core's side of counting in a database: which layers, which features, same scores."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from synthetic import random_events, square_units

from riskmap_plugin.core import load_model, score
from riskmap_plugin.core.database_counts import CountAnswer, count_query, countable_layers
from riskmap_plugin.core.events import EventTable
from riskmap_plugin.core.spatial import UnitIndex

SAMPLE = "resources/sample/stabilization_2018.json"


def test_only_layers_that_are_only_counted_may_be_counted_in_the_database(repo_root):
    model = load_model(repo_root / SAMPLE)
    # events: also a severity count, a change and the time analysis; border: a distance…
    assert countable_layers(model) == {
        "sleeper_cells_illustrative", "supportive_groups_illustrative", "preachers_illustrative",
    }  # fmt: skip
    document = json.loads((repo_root / SAMPLE).read_text(encoding="utf-8"))
    document["criteria"][3]["half_life_days"] = 90
    assert "sleeper_cells_illustrative" not in countable_layers(load_model(document))


def _model(**criterion):
    return load_model(
        {
            "riskmap_model": 1, "name": "m", "as_of": "2018-01-31",
            "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
            "criteria": [{"id": "c", "label": "C", "layer": "events", "measure": "count",
                          **criterion}],
        }
    )  # fmt: skip


def test_the_query_describes_filters_window_and_precision():
    model = _model(
        date_field="date", window={"days": 180},
        precision={"field": "where_prec", "scale": "ucdp_ged"},
        filter=[{"field": "kind", "op": "in", "value": ["attack", 3]},
                {"field": "best", "op": ">=", "value": 2}],
    )  # fmt: skip
    columns = {"date": [], "kind": [], "best": [], "where_prec": [], "date_prec": []}
    import pandas as pd

    table = EventTable("events", pd.DataFrame(columns), model.as_of, grain="district")
    query = count_query(model.criteria[0], table)
    assert (query.first, query.last) == (dt.date(2017, 8, 5), dt.date(2018, 1, 31))
    kind, best = query.filters
    assert (kind.numeric, kind.values) == (False, ("attack", "3"))  # as EventTable compares
    assert (best.numeric, best.values) == (True, (2.0,))
    # The district grain holds UCDP GED events to where_prec 1–3.
    assert query.precision_field == "where_prec" and query.precise_codes == (1.0, 2.0, 3.0)


class _ShapelyCounter:
    """A stand-in database: counts the hidden frame with shapely, as PostGIS would."""

    def __init__(self, frame, model):
        self.frame = frame
        self.model = model
        self.queries = []

    def count(self, query, units, crs):
        self.queries.append(query)
        table = EventTable("events", self.frame, self.model.as_of)
        keep = table.mask(self.model.criterion(query.criterion))
        index = UnitIndex(units, np.ones(len(units)))
        geometries = np.asarray(self.frame.to_crs(crs).geometry.values)
        return CountAnswer(index.count("events", geometries, keep.astype(float)))


@pytest.mark.parametrize("measure", ["count", "presence", "density"])
def test_scores_with_counts_from_elsewhere_equal_scores_from_the_frame(measure):
    units = square_units(6, 5, 5_000.0)
    events = random_events(3_000, units, seed=4)
    model = _model(
        measure=measure, date_field="date", window={"months": 6},
        filter={"field": "kind", "op": "!=", "value": "ied"},
    )  # fmt: skip
    expected = score(model, {"units": units, "events": events})
    counter = _ShapelyCounter(events, model)
    empty = events.iloc[:0]
    ours = score(model, {"units": units, "events": empty}, counters={"events": counter})
    assert len(counter.queries) == 1
    np.testing.assert_array_equal(ours.units["c_raw"], expected.units["c_raw"])
    np.testing.assert_array_equal(ours.units["score"], expected.units["score"])
    assert expected.units["c_raw"].sum() > 0
