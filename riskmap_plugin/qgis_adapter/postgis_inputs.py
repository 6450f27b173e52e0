"""PostGIS layers as a run's inputs: counted in the database, or read with their field names.

:func:`database_readers` picks the layers whose every use is a per-unit count
(:func:`core.database_counts.countable_layers`) and whose fields the SQL can compare with
exactly the core's semantics (numbers as numbers, text as text, dates stored as ``date``,
a point geometry, a plain table); those are counted in the database. Every other PostGIS
layer is read through QGIS as before (:class:`PostgisReader`), and the run says which.

``ogr2ogr`` lower-cases field names on import (``ADM3_PCODE`` becomes ``adm3_pcode``):
on a PostGIS layer a model field is matched case-insensitively when no field has its
exact name, and the run notes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import geopandas as gpd
import pandas as pd
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ..core.database_counts import countable_layers
from ..core.messages import warning
from ..core.model import Model
from ..core.model.layers import DATASETS
from .postgis_source import is_postgis, postgis_table
from .reading import LayerReader, _kind, layer_crs

#: Location-precision fields of the known datasets (compared as numbers in SQL).
_PRECISION_FIELDS = tuple(d.precision_field for d in DATASETS.values() if d.precision_field)


def field_spelling(layer: QgsVectorLayer, columns: Sequence[str]) -> dict[str, str]:
    """Model field → the layer's field: exact name first, else the one differing in case."""
    names = layer.fields().names()
    lower: dict[str, str] = {}
    for name in names:
        lower.setdefault(name.lower(), name)
    found = {}
    for column in columns:
        if column in names:
            found[column] = column
        elif column.lower() in lower:
            found[column] = lower[column.lower()]
    return found


def case_notes(reference: str, spelling: Mapping[str, str]) -> list[str]:
    """One note per field matched only case-insensitively."""
    return [
        warning("field_case", layer=reference, field=model_name, name=layer_name)
        for model_name, layer_name in spelling.items()
        if model_name != layer_name
    ]


class PostgisReader(LayerReader):
    """A PostGIS layer read through QGIS, its fields matched case-insensitively."""

    def __init__(self, layer: QgsVectorLayer, columns: Sequence[str], **kwargs) -> None:
        wanted = list(dict.fromkeys(columns))
        reference = kwargs.get("reference") or layer.name()
        self.spelling = field_spelling(layer, wanted)
        # A field not found at all keeps its name: LayerReader says what is missing.
        actual = [self.spelling.get(c, c) for c in wanted]
        super().__init__(layer, actual, **kwargs)
        self.model_columns = wanted
        self.warnings.extend(case_notes(reference, self.spelling))

    def read(self, is_canceled: Callable[[], bool] | None = None) -> gpd.GeoDataFrame:
        frame = super().read(is_canceled)
        back = {self.spelling[c]: c for c in self.model_columns if self.spelling[c] != c}
        return frame.rename(columns=back) if back else frame


class CountedInDatabase:
    """Stands in for a layer reader: the core gets the field names only, the counts come
    from :class:`.postgis_counts.PostgisCounter` while the run scores."""

    path = "database"
    feature_count = 0  # nothing is pulled: no reason to score in another process

    def __init__(
        self, layer: QgsVectorLayer, columns: Sequence[str], reference: str, spelling
    ) -> None:
        self.reference = reference
        self.layer_name = layer.name()
        self.columns = list(dict.fromkeys(columns))
        self.crs = layer_crs(layer, reference)
        self.table = postgis_table(layer, reference)
        fields = layer.fields()
        self.kinds = {c: _kind(fields.field(spelling[c]).type()) for c in self.columns}
        self.spelling = dict(spelling)
        self.warnings: list[str] = case_notes(reference, spelling)
        self.warnings.append(warning("counted_in_database", layer=reference))
        self.counter = None
        #: The same layer read through QGIS, for runs that need its features (backtests
        #: re-count at many as-of dates in memory); a snapshot, nothing is read yet.
        self.pulled = PostgisReader(layer, columns, reference=reference)

    def read(self, is_canceled: Callable[[], bool] | None = None) -> gpd.GeoDataFrame:
        """An empty frame with the model's field names (the core looks at names only)."""
        from .postgis_counts import PostgisCounter

        self.counter = PostgisCounter(
            self.table,
            {c: self.spelling[c] for c in self.columns},
            self.kinds,
            is_canceled=is_canceled,
        )
        empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in self.columns})
        return gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=self.crs), crs=self.crs)

    def file_reader(self):
        return None

    def close(self) -> None:
        if self.counter is not None:
            self.counter.close()


def countable_in_database(
    model: Model, reference: str, layer: QgsVectorLayer, columns: Sequence[str]
) -> tuple[bool, dict[str, str]]:
    """Whether the SQL can count ``layer`` exactly as the core would, and its field spelling."""
    if not is_postgis(layer) or reference not in countable_layers(model):
        return False, {}
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        return False, {}  # lines and polygons: the core repairs them first; read them
    if layer.isModified() or not postgis_table(layer, reference).is_plain_table:
        return False, {}
    spelling = field_spelling(layer, columns)
    if len(spelling) < len(set(columns)):
        return False, {}  # a missing field: the reader says which
    fields = layer.fields()
    kinds = {c: _kind(fields.field(spelling[c]).type()) for c in spelling}
    for criterion in model.criteria:
        if criterion.layer != reference:
            continue
        for rule in criterion.filters:
            values = rule.value if isinstance(rule.value, list) else [rule.value]
            numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
            if numeric != (kinds[rule.field] in ("int", "float")):
                return False, {}  # text holding numbers, or numbers as text: pandas decides
        if criterion.date_field:
            typename = fields.field(spelling[criterion.date_field]).typeName().lower()
            if typename != "date":
                return False, {}  # timestamps and text dates: parsed by the core
        precision = criterion.precision.field if criterion.precision else None
        for name in filter(None, [precision, *_PRECISION_FIELDS]):
            if name in spelling and kinds[name] not in ("int", "float"):
                return False, {}
    return True, spelling


def database_readers(
    model: Model, layers: Mapping[str, QgsVectorLayer], needed: Mapping[str, Sequence[str]]
) -> dict[str, CountedInDatabase]:
    """The layers counted in their database, by reference (none without psycopg2, which
    QGIS's DB Manager also uses: then every PostGIS layer is read through QGIS)."""
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return {}
    chosen = {}
    for reference, columns in needed.items():
        layer = layers.get(reference)
        if layer is None:
            continue
        ok, spelling = countable_in_database(model, reference, layer, columns)
        if ok:
            chosen[reference] = CountedInDatabase(layer, columns, reference, spelling)
    return chosen
