"""Geometry work shared by the measures: the analysis CRS, reprojection, and joins.

Every layer is reprojected once, into one projected CRS chosen for the data, so
distances (m) and areas (km²) do not depend on the CRS the layers came in. Each
layer is joined to the units once (one STRtree query), whatever the number of
criteria reading it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer

from .errors import DataError
from .hexlattice import HexLattice, find_lattice
from .parallel import intersecting_pairs


def significant(values: np.ndarray, digits: int = 10) -> np.ndarray:
    """Round to ``digits`` significant digits.

    Reprojection leaves noise around 1e-12 relative in lengths and areas; a
    normalisation would blow that up when units are otherwise equal (two units
    equally far from a line), so geometric measures are rounded far below any
    meaningful precision but above that noise.

    >>> significant(np.array([1234.56789012345, 0.0, -2e-7 / 3]), 6).tolist()
    [1234.57, 0.0, -6.66667e-08]
    """
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values) & (values != 0)
    out = values.copy()
    magnitude = np.floor(np.log10(np.abs(values[finite])))
    scale = 10.0 ** (digits - 1 - magnitude)
    out[finite] = np.round(values[finite] * scale) / scale
    return out


def utm_crs_for(lon: float, lat: float) -> CRS:
    """The WGS 84 / UTM zone holding ``(lon, lat)``.

    >>> utm_crs_for(43.1, 36.3).to_epsg()
    32638
    """
    zone = int(np.clip(np.floor((lon + 180.0) / 6.0) + 1, 1, 60))
    return CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def choose_analysis_crs(units: gpd.GeoDataFrame, requested: str | None) -> CRS:
    """The model's CRS when it sets one, else the UTM zone of the units' centre."""
    if requested:
        try:
            crs = CRS.from_user_input(requested)
        except Exception:  # pyproj raises its own CRSError subclasses
            raise DataError.of("unknown_crs", "model → crs", crs=str(requested)) from None
        if not crs.is_projected:
            raise DataError.of("not_projected", "model → crs", crs=str(requested))
        return crs
    bounds = _geographic_bounds(np.asarray(units.geometry.values), CRS.from_user_input(units.crs))
    if not np.all(np.isfinite(bounds)):
        raise DataError.of("no_usable_geometry", "units")
    return utm_crs_for((bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0)


def _geographic_bounds(geometries: np.ndarray, crs: CRS) -> np.ndarray:
    """``to_crs(4326).total_bounds`` of ``geometries``: the same vertices reprojected the same
    way (as geopandas does, z with those that have one), without building the reprojected
    geometries (at 100,000 hexagons that was most of the time, for four numbers)."""
    wgs84 = CRS.from_epsg(4326)
    if crs.is_exact_same(wgs84):
        xy = shapely.get_coordinates(geometries)
        x, y = xy[:, 0], xy[:, 1]
    else:
        transformer = Transformer.from_crs(crs, wgs84, always_xy=True)
        has_z = shapely.has_z(geometries)
        flat = shapely.get_coordinates(geometries[~has_z])
        xyz = shapely.get_coordinates(geometries[has_z], include_z=True)
        x_flat, y_flat = transformer.transform(flat[:, 0], flat[:, 1])
        x_z, y_z, _ = transformer.transform(xyz[:, 0], xyz[:, 1], xyz[:, 2])
        x, y = np.concatenate([x_flat, x_z]), np.concatenate([y_flat, y_z])
    if not len(x):
        return np.full(4, np.nan)
    with np.errstate(invalid="ignore"):
        return np.array([np.nanmin(x), np.nanmin(y), np.nanmax(x), np.nanmax(y)])


def has_no_crs(frame: gpd.GeoDataFrame) -> bool:
    """True without a CRS, or with GDAL's placeholder for none ("Undefined geographic SRS",
    what a GeoPackage table with srs_id 0 or -1 reads as)."""
    return frame.crs is None or CRS.from_user_input(frame.crs).name.startswith("Undefined")


def outside_valid_area(original: np.ndarray, crs, projected: np.ndarray) -> np.ndarray:
    """Features that cannot be where their CRS says: longitude beyond ±180 or latitude
    beyond ±90 in a geographic CRS (e.g. 0–360 longitudes), or no finite position after
    reprojection."""
    present = ~(shapely.is_missing(original) | shapely.is_empty(original))
    bad = np.zeros(len(original), dtype=bool)
    geographic = CRS.from_user_input(crs).is_geographic
    # In slices: the bounds of millions of events at once were a 160 MB peak per array.
    for start in range(0, len(original), _SLICE):
        part = slice(start, start + _SLICE)
        with np.errstate(invalid="ignore"):
            if geographic:
                b = shapely.bounds(original[part])
                bad[part] |= (b[:, 0] < -180) | (b[:, 2] > 180) | (b[:, 1] < -90) | (b[:, 3] > 90)
            bad[part] |= ~np.isfinite(shapely.bounds(projected[part])).all(axis=1)
    return bad & present


#: Features per slice of the checks that make a float array per feature.
_SLICE = 500_000


def to_analysis(frame: gpd.GeoDataFrame, crs: CRS, name: str) -> gpd.GeoDataFrame:
    """Reproject a layer to the analysis CRS; refuse a layer without CRS."""
    if has_no_crs(frame):
        raise DataError.of("no_crs", f"layer '{name}'")
    if CRS.from_user_input(frame.crs) == crs:
        return frame
    return frame.to_crs(crs)


def repair(geometries: np.ndarray) -> tuple[np.ndarray, int]:
    """Make invalid geometries valid; return the geometries and how many were repaired."""
    valid = shapely.is_valid(geometries) | shapely.is_missing(geometries)
    n_bad = int((~valid).sum())
    if n_bad:
        geometries = geometries.copy()
        geometries[~valid] = shapely.make_valid(geometries[~valid])
    return geometries, n_bad


@dataclass
class UnitIndex:
    """The projected unit polygons with their STRtree and a cache of joins per layer."""

    geometries: np.ndarray
    area_km2: np.ndarray
    #: Place points in hexagon-grid units by arithmetic (see :mod:`.hexlattice`); False:
    #: always the STRtree (the reference the tests compare with).
    arithmetic: bool = True
    tree: shapely.STRtree = field(init=False)
    _joins: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    _lattice: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tree = shapely.STRtree(self.geometries)

    def lattice(self) -> HexLattice | None:
        """The units' hexagon lattice, when they are a regular hexagon grid (found once)."""
        if not self._lattice:
            self._lattice.append(find_lattice(self.geometries) if self.arithmetic else None)
        return self._lattice[0]

    @property
    def size(self) -> int:
        return len(self.geometries)

    def join(self, name: str, geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(feature_index, unit_index)`` pairs of features intersecting units, cached per layer.

        A point on a shared boundary belongs to both units, as in QGIS's
        "Count points in polygon".
        """
        if name not in self._joins:
            # Kept for the run: 32-bit indices halve what millions of events' pairs hold;
            # made 32-bit block by block, so the 64-bit pairs never exist whole.
            index_type = np.int32 if max(len(geometries), self.size) < 2**31 else np.int64
            present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
            if present.all():  # the usual case: no copy of millions of geometries
                features, units = self._pairs(geometries, index_type)
            else:
                feature_index = np.flatnonzero(present).astype(index_type)
                features, units = self._pairs(geometries[feature_index], index_type)
                features = feature_index[features]
            self._joins[name] = (features, units)
        return self._joins[name]

    def _pairs(self, features: np.ndarray, index_type) -> tuple[np.ndarray, np.ndarray]:
        """The STRtree's "intersects" pairs (indices into ``features``, of ``index_type``);
        points in a hexagon grid's cells by arithmetic."""
        lattice = self.lattice() if len(features) else None
        points = shapely.get_type_id(features) == 0 if lattice is not None else None
        if lattice is None or points is None or not points.any():
            pairs = intersecting_pairs(self.tree, features, index_type)
            return pairs[0], pairs[1]
        at = np.flatnonzero(points)
        xy = shapely.get_coordinates(features[at])
        unit, decided = lattice.locate(xy[:, 0], xy[:, 1])
        known = at[decided & (unit >= 0)]
        undecided = np.ones(len(features), dtype=bool)
        undecided[at[decided]] = False
        rest = np.flatnonzero(undecided)
        pairs = intersecting_pairs(self.tree, features[rest], index_type)
        feature = np.concatenate([known, rest[pairs[0]]])
        order = np.argsort(feature, kind="stable")  # feature order, as the STRtree gives
        units = np.concatenate([unit[decided & (unit >= 0)], pairs[1]])
        return feature[order].astype(index_type), units[order].astype(index_type)

    def count(self, name: str, geometries: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
        """Per-unit count (or sum of ``weights``) of the features of a layer.

        Boolean ``weights`` (kept or not) are counted as whole numbers: the same counts as
        adding 1.0 per kept feature, without a float array per feature.
        """
        features, units = self.join(name, geometries)
        if weights is not None and np.asarray(weights).dtype == bool:
            kept = units[np.asarray(weights)[features]]
            return np.bincount(kept, minlength=self.size).astype(float)
        w = None if weights is None else np.asarray(weights, dtype=float)[features]
        return np.bincount(units, weights=w, minlength=self.size).astype(float)

    def distance(self, geometries: np.ndarray, from_centroid: bool) -> np.ndarray:
        """Distance (m) from each unit (edge or centroid) to the nearest feature."""
        present = geometries[~(shapely.is_missing(geometries) | shapely.is_empty(geometries))]
        result = np.full(self.size, np.nan)
        if len(present) == 0:
            return result
        tree = shapely.STRtree(present)
        sources = shapely.centroid(self.geometries) if from_centroid else self.geometries
        (unit_idx, _), dist = tree.query_nearest(sources, return_distance=True, all_matches=False)
        result[unit_idx] = np.round(dist, 3)  # millimetres: see significant()
        return result

    def covered_share(self, name: str, polygons: np.ndarray) -> np.ndarray:
        """Share (0–1) of each unit's area covered by the union of ``polygons``."""
        features, units = self.join(name, polygons)
        covered = np.zeros(self.size)
        if len(features) == 0:
            return covered
        pieces = shapely.intersection(polygons[features], self.geometries[units])
        frame = pd.DataFrame({"unit": units, "piece": pieces})
        counts = frame["unit"].value_counts()
        single = frame[frame["unit"].map(counts) == 1]
        covered[single["unit"].to_numpy()] = shapely.area(single["piece"].to_numpy())
        # Overlapping polygons must not be counted twice: union the pieces of shared units.
        for unit, group in frame[frame["unit"].map(counts) > 1].groupby("unit"):
            covered[unit] = shapely.area(shapely.union_all(group["piece"].to_numpy()))
        area = shapely.area(self.geometries)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(area > 0, np.clip(covered / area, 0.0, 1.0), np.nan)
        return significant(share)

    def areal_mean(self, name: str, geometries: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Area-weighted mean of polygon ``values`` over each unit (mean of points for points)."""
        features, units = self.join(name, geometries)
        values = np.asarray(values, dtype=float)
        if len(features) == 0:
            shape = (self.size,) if values.ndim == 1 else (self.size, values.shape[1])
            return np.full(shape, np.nan)
        kinds = shapely.get_type_id(geometries[features])
        polygonal = np.isin(kinds, (3, 6))
        weight = np.ones(len(features))
        if polygonal.any():
            weight[polygonal] = shapely.area(
                shapely.intersection(
                    geometries[features[polygonal]], self.geometries[units[polygonal]]
                )
            )
        v = values[features]
        if v.ndim == 1:
            v = v[:, None]
        ok = np.isfinite(v).all(axis=1) & (weight > 0)
        total = np.zeros((self.size, v.shape[1]))
        weight_sum = np.bincount(units[ok], weights=weight[ok], minlength=self.size)
        for column in range(v.shape[1]):
            total[:, column] = np.bincount(
                units[ok], weights=weight[ok] * v[ok, column], minlength=self.size
            )
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(weight_sum[:, None] > 0, total / weight_sum[:, None], np.nan)
        mean = significant(mean)
        return mean[:, 0] if values.ndim == 1 else mean
