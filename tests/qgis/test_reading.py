"""Reading a layer gives the same GeoDataFrame on the fast path and the iterator path."""

from __future__ import annotations

import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis_test_helpers import TYPED_FIELDS, make_typed_memory_layer

from riskmap_plugin.core.errors import DataError
from riskmap_plugin.qgis_adapter.reading import LayerReader, read_layer

COLUMNS = [name for name, _ in TYPED_FIELDS]


def _memory_copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    copy = layer.materialize(QgsFeatureRequest())
    assert copy.providerType() == "memory"
    return copy


def test_gpkg_layer_takes_fast_path(typed_gpkg_layer):
    assert LayerReader(typed_gpkg_layer, COLUMNS).path == "fast"


def test_fast_and_iterator_paths_give_identical_frames(typed_gpkg_layer):
    fast = read_layer(typed_gpkg_layer, COLUMNS)
    slow = read_layer(typed_gpkg_layer, COLUMNS, force_iterator=True)
    assert list(fast.columns) == COLUMNS + ["geometry"]
    assert_geodataframe_equal(fast, slow, check_dtype=True, check_crs=True)


def test_memory_copy_reads_like_the_file(typed_gpkg_layer):
    memory = _memory_copy(typed_gpkg_layer)
    assert LayerReader(memory, COLUMNS).path == "iterator"
    assert_geodataframe_equal(read_layer(typed_gpkg_layer, COLUMNS), read_layer(memory, COLUMNS))


def test_dtypes_follow_field_types(typed_gpkg_layer):
    frame = read_layer(typed_gpkg_layer, COLUMNS)
    assert frame["count"].dtype == "int64"
    assert frame["count_null"].dtype == "float64"  # NULLs in an integer field → NaN
    assert frame["big"].dtype == "int64"
    assert frame["day"].dtype == "datetime64[ms]"
    assert frame["stamp"].dtype == "datetime64[ms]"
    assert frame["name"].dtype == object
    assert frame["name"].isna().sum() == 7  # NULL text stays None (i % 7 == 3)
    # The feature without geometry: GPKG stores it as an empty point.
    assert (frame.geometry.isna() | frame.geometry.is_empty).sum() == 1
    assert frame.crs.to_epsg() == 4326
    assert frame.loc[1, "day"] == pd.Timestamp(2017, 2, 2)
    assert pd.isna(frame.loc[2, "day"])
    assert frame.loc[1, "stamp"] == pd.Timestamp(2018, 2, 2, 1, 1)
    assert frame["flag"].dtype == bool


def test_only_needed_columns_in_requested_order(typed_gpkg_layer):
    frame = read_layer(typed_gpkg_layer, ["value", "name"])
    assert list(frame.columns) == ["value", "name", "geometry"]
    slow = read_layer(typed_gpkg_layer, ["value", "name"], force_iterator=True)
    assert_geodataframe_equal(frame, slow)


def test_subset_string_takes_iterator_path_and_filters(typed_gpkg_layer):
    layer = QgsVectorLayer(typed_gpkg_layer.source(), "filtered", "ogr")
    assert layer.setSubsetString('"count" < 30')
    reader = LayerReader(layer, COLUMNS)
    assert reader.path == "iterator"
    frame = reader.read()
    assert len(frame) == 10
    full = read_layer(typed_gpkg_layer, COLUMNS)
    expected = full[full["count"] < 30].reset_index(drop=True)
    assert_geodataframe_equal(frame, expected)


def test_pending_edits_take_iterator_path_and_are_seen(typed_gpkg_layer):
    layer = typed_gpkg_layer
    before = read_layer(layer, COLUMNS)
    assert layer.startEditing()
    try:
        first = next(layer.getFeatures())
        layer.changeAttributeValue(first.id(), layer.fields().indexOf("count"), 999)
        layer.changeGeometry(first.id(), QgsGeometry.fromWkt("POINT (44 35)"))
        new = QgsFeature(layer.fields())
        for name, value in {"count": 7, "big": 8, "value": 1.5, "flag": True}.items():
            new.setAttribute(name, value)
        new.setGeometry(QgsGeometry.fromWkt("POINT (45 36)"))
        assert layer.addFeature(new)
        reader = LayerReader(layer, COLUMNS)
        assert reader.path == "iterator"
        edited = reader.read()
    finally:
        layer.rollBack()
    assert len(edited) == len(before) + 1
    assert 999 in edited["count"].to_list()
    assert edited.geometry.apply(lambda g: g is not None and g.wkt == "POINT (44 35)").any()
    # The file itself is untouched and the layer is back on the fast path.
    assert LayerReader(layer, COLUMNS).path == "fast"
    assert_geodataframe_equal(read_layer(layer, COLUMNS), before)


def test_reading_never_modifies_the_layer(typed_gpkg_layer):
    subset = typed_gpkg_layer.subsetString()
    read_layer(typed_gpkg_layer, COLUMNS, force_iterator=True)
    assert not typed_gpkg_layer.isModified()
    assert typed_gpkg_layer.subsetString() == subset
    assert typed_gpkg_layer.editBuffer() is None


def test_missing_field_is_a_data_error_naming_it(qgis_app):
    layer = make_typed_memory_layer(3)
    with pytest.raises(DataError, match="'Count'.*differs only in case"):
        read_layer(layer, ["Count"], reference="events")


def test_layer_without_crs_is_a_data_error(qgis_app):
    layer = QgsVectorLayer("Point", "nocrs", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(DataError, match="no coordinate reference system.*Assigned CRS"):
        read_layer(layer, [])


def test_iterator_path_honours_cancel(typed_gpkg_layer):
    from riskmap_plugin.core.errors import Canceled

    with pytest.raises(Canceled):
        read_layer(typed_gpkg_layer, COLUMNS, force_iterator=True, is_canceled=lambda: True)


def test_pending_edits_read_like_the_same_edits_saved(typed_gpkg_layer, tmp_path):
    """Iterator path with an edit buffer == fast path on the file once the edits are saved."""
    layer = QgsVectorLayer(typed_gpkg_layer.source(), "edited", "ogr")
    assert layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("name"), "renamed")
    layer.changeGeometry(first.id(), QgsGeometry.fromWkt("POINT (44 35)"))
    assert layer.deleteFeature(first.id() + 1)
    reader = LayerReader(layer, COLUMNS)
    assert reader.path == "iterator"
    pending = reader.read()
    assert layer.commitChanges(), layer.commitErrors()
    saved = LayerReader(layer, COLUMNS)
    assert saved.path == "fast"
    assert_geodataframe_equal(pending, saved.read(), check_dtype=True, check_crs=True)


def test_without_ring_repair_unclosed_rings_are_left_out_and_said(monkeypatch):
    """shapely < 2.1 (which RiskMap accepts) has no on_invalid="fix": say what was lost."""
    import shapely

    from riskmap_plugin.qgis_adapter import frames

    closed = shapely.to_wkb(shapely.box(0, 0, 1, 1))
    # A polygon whose ring does not end where it starts (GDAL accepts these; GEOS does not).
    open_ring = bytes.fromhex(
        "010300000001000000040000000000000000000000000000000000000000000000000000000000"
        "0000000000f03f000000000000f03f000000000000f03f000000000000f03f0000000000000000"
    )
    real = shapely.from_wkb

    def shapely_2_0(wkb, on_invalid="raise", **kwargs):
        if on_invalid == "fix":
            raise ValueError(
                "'fix' is not a valid option, must be one of 'warn', 'ignore', 'raise'"
            )
        return real(wkb, on_invalid=on_invalid, **kwargs)

    monkeypatch.setattr(frames.shapely, "from_wkb", shapely_2_0)
    warnings: list[str] = []
    geometry = frames.from_wkb([closed, open_ring], "districts", warnings)
    assert shapely.equals(geometry[0], shapely.box(0, 0, 1, 1))
    assert geometry[1] is None
    assert warnings == [
        "layer 'districts': 1 polygons with unclosed rings were left out "
        "(shapely 2.1 or newer closes them)"
    ]
