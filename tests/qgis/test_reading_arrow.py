"""With pyarrow the fast path reads GDAL's Arrow stream; without it, the same frame and hashes.

pyarrow is a soft dependency: every test here runs the Arrow read against the
read without it (``frames.HAS_ARROW`` forced off), and the provenance hash of
the Arrow WKB buffers against the hash of the re-encoded geometries.
"""

from __future__ import annotations

import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from qgis_test_helpers import TYPED_FIELDS

from riskmap_plugin.qgis_adapter import frames
from riskmap_plugin.qgis_adapter.provenance import content_hash
from riskmap_plugin.qgis_adapter.reading import LayerReader

pa = pytest.importorskip("pyarrow")
COLUMNS = [name for name, _ in TYPED_FIELDS]
#: GDAL before 3.8.3 cannot stream booleans through Arrow: those layers are read without it.
STREAMED = [c for c in COLUMNS if c != "flag"]


def _read(layer, columns, arrow: bool, monkeypatch):
    monkeypatch.setattr(frames, "HAS_ARROW", arrow)
    reader = LayerReader(layer, columns)
    frame = reader.read()
    return frame, reader.take_wkb()


@pytest.mark.parametrize("columns", [STREAMED, COLUMNS], ids=["streamed", "with a boolean"])
def test_arrow_read_equals_the_read_without_pyarrow(typed_gpkg_layer, monkeypatch, columns):
    with_arrow, wkb = _read(typed_gpkg_layer, columns, True, monkeypatch)
    without, no_wkb = _read(typed_gpkg_layer, columns, False, monkeypatch)
    assert no_wkb is None
    if columns is STREAMED:
        assert wkb is not None  # the Arrow read kept the buffers
    assert_geodataframe_equal(with_arrow, without, check_dtype=True, check_crs=True)
    iterator = LayerReader(typed_gpkg_layer, columns, force_iterator=True).read()
    assert_geodataframe_equal(with_arrow, iterator, check_dtype=True, check_crs=True)


def test_fid_column_reads_alike(typed_gpkg_layer, monkeypatch):
    with_arrow, _ = _read(typed_gpkg_layer, ["fid", *COLUMNS[:2]], True, monkeypatch)
    without, _ = _read(typed_gpkg_layer, ["fid", *COLUMNS[:2]], False, monkeypatch)
    assert_geodataframe_equal(with_arrow, without, check_dtype=True)
    assert with_arrow["fid"].tolist()[:3] == [1, 2, 3]


def test_hash_of_arrow_buffers_equals_hash_of_geometries(typed_gpkg_layer, monkeypatch):
    frame, wkb = _read(typed_gpkg_layer, STREAMED, True, monkeypatch)
    # The typed layer holds an empty point: those rows are re-encoded, the hash is the same.
    assert content_hash(frame, wkb) == content_hash(frame)
    present = ~frame.geometry.is_empty.to_numpy()
    part = frame[present].reset_index(drop=True)
    blobs = pa.array(shapely.to_wkb(part.geometry.values, output_dimension=3).tolist())
    assert content_hash(part, blobs) == content_hash(part)


@pytest.mark.parametrize(
    "geometry",
    [
        shapely.Point(1, 2),
        shapely.LineString([(0, 0), (1, 1), (2, 0)]),
        shapely.box(0, 0, 3, 2),
        shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)]),
    ],
)
def test_iso_wkb_in_2d_is_hashed_as_it_comes(geometry):
    import geopandas as gpd

    frame = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[geometry, None])
    iso = pa.array([shapely.to_wkb(geometry, flavor="iso"), None])
    assert content_hash(frame, iso) == content_hash(frame)


def test_wkb_other_than_shapely_writes_is_not_trusted():
    import geopandas as gpd

    frame = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(1, 2, 3)])
    iso_z = pa.array([shapely.to_wkb(frame.geometry[0], flavor="iso")])  # type 1001
    big_endian = pa.array([shapely.to_wkb(shapely.Point(1, 2), byte_order=0)])
    assert content_hash(frame, iso_z) == content_hash(frame)
    flat = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(1, 2)])
    assert content_hash(flat, big_endian) == content_hash(flat)
    # A buffer of other geometries than the frame's changes the hash: it is really read.
    other = pa.array([shapely.to_wkb(shapely.Point(5, 6))])
    assert content_hash(flat, other) != content_hash(flat)


def test_type_codes_tell_arcs_from_straight_geometries():
    from riskmap_plugin.qgis_adapter.wkb_hash import type_codes

    blobs = pa.array(
        [
            shapely.to_wkb(shapely.Point(1, 2)),
            shapely.to_wkb(shapely.box(0, 0, 1, 1), byte_order=0),  # big endian
            None,
            shapely.to_wkb(shapely.Point(1, 2, 3), flavor="iso"),
            bytes.fromhex("010a000000") + bytes(4),  # a CurvePolygon header
        ]
    )
    assert type_codes(blobs).tolist() == [1, 3, 1001, 10]


@pytest.mark.parametrize("byte_order", [1, 0])
def test_type_codes_of_blobs_of_one_length_read_as_rows_equal_the_codes_one_by_one(byte_order):
    """Points (21 bytes each) take the strided read; a big-endian one, a Z point (29 bytes)
    or a slice of the array (offsets not from 0) the byte-by-byte read: the same codes."""
    from riskmap_plugin.qgis_adapter.wkb_hash import type_codes

    points = [shapely.Point(i, -i) for i in range(40)]
    plain = pa.array(shapely.to_wkb(points, byte_order=byte_order), type=pa.binary())
    assert type_codes(plain).tolist() == [1] * 40
    iso_z = pa.array([shapely.to_wkb(shapely.Point(i, i, i), flavor="iso") for i in range(5)])
    assert type_codes(iso_z).tolist() == [1001] * 5
    assert type_codes(plain.slice(3, 10)).tolist() == [1] * 10
    lines = pa.array(shapely.to_wkb([shapely.LineString([(0, 0), (i, 1)]) for i in range(6)]))
    assert type_codes(lines).tolist() == [2] * 6
