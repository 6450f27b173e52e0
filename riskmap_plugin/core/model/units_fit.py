"""Fitting a model's unit fields to the units layer a run actually reads (a value operation)."""

from __future__ import annotations

from collections.abc import Collection

from ..errors import DataError
from .types import Model

#: The fields of a grid made by 'Create hexagon grid' (see :mod:`..hexgrid`).
GRID_FIELDS = {"id_field": "unit_id", "name_field": "unit_name"}


def fit_units_fields(model: Model, field_names: Collection[str], layer_name: str) -> Model:
    """``model``, on a generated grid's ``unit_id``/``unit_name`` when its unit fields are absent.

    A model written for districts (``ADM2_PCODE``/``ADM2_EN``) still runs on a hexagon grid
    given as its units: the grid carries ``unit_id`` and ``unit_name``. ``field_names`` are
    the units layer's fields, ``layer_name`` names that layer in the error.

    >>> from riskmap_plugin.core.model import load_model
    >>> m = load_model({"riskmap_model": 1, "name": "x", "as_of": "2018-01-31",
    ...     "units": {"layer": "u", "id_field": "PCODE"},
    ...     "criteria": [{"id": "a", "layer": "events", "measure": "count"}]})
    >>> fit_units_fields(m, {"unit_id", "unit_name"}, "grid").units.id_field
    'unit_id'
    """
    names = set(field_names)
    units = model.units
    wanted = [f for f in (units.id_field, units.name_field) if f]
    if all(f in names for f in wanted):
        return model
    if not set(GRID_FIELDS.values()) <= names:
        missing = ", ".join(f for f in wanted if f not in names)
        raise DataError.of(
            "units_lack_fields", f"units layer '{units.layer}'", layer=layer_name, missing=missing
        )
    fields: dict[str, str | None] = dict(GRID_FIELDS)
    if units.population_field and units.population_field not in names:
        fields["population_field"] = None
    return model.with_overrides(units_fields=fields)
