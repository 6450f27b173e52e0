"""RiskMap's scoring core: pure Python (numpy, pandas, geopandas, shapely).

No QGIS and no Qt here, so the model runs and is tested anywhere; the QGIS
adapter turns project layers into GeoDataFrames and calls :func:`score`.

>>> from riskmap_plugin.core import load_model, score  # doctest: +SKIP
>>> result = score(load_model("model.json"), layers)  # doctest: +SKIP
"""

from .errors import Canceled, DataError, ModelError, RiskMapError
from .explain import TEMPLATES, Driver
from .hexgrid import hex_grid
from .model import Criterion, Model, load_model, parse_model
from .run import ScoreResult, criteria_table, required_layers, score
from .wording import Wording

__all__ = [
    "TEMPLATES",
    "Canceled",
    "Criterion",
    "DataError",
    "Driver",
    "Model",
    "ModelError",
    "RiskMapError",
    "ScoreResult",
    "Wording",
    "criteria_table",
    "hex_grid",
    "load_model",
    "parse_model",
    "required_layers",
    "score",
]
