"""What the algorithms that run a model share: its parameters and resolving its layers.

``riskmap:score`` and ``riskmap:backtest`` both take MODEL, UNITS, LAYER_MAP and
USE_SAMPLE_LAYERS and resolve the model's layers on the main thread
(``prepareAlgorithm``) for the worker to read; each states only its own parameters.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException

from ..qgis_adapter.runner import PreparedInputs, prepare_inputs
from .base import RiskMapAlgorithm, one_message, tr, use_sample_layers
from .params import parse_layer_map


class ModelAlgorithm(RiskMapAlgorithm):
    """Base of the algorithms that run a RiskMap model: its inputs, prepared once."""

    MODEL = "MODEL"
    UNITS = "UNITS"
    AS_OF = "AS_OF"
    LAYER_MAP = "LAYER_MAP"

    #: The runner's prepared inputs, from prepareAlgorithm (main thread) to processAlgorithm.
    _prepared: PreparedInputs | None = None

    def model_file(self, parameters, context) -> str:
        """MODEL's path; a QgsProcessingException when there is no such file."""
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        if not model_path or not Path(model_path).is_file():
            raise QgsProcessingException(
                tr("Model file not found: '{}' — choose a RiskMap model JSON file.").format(
                    model_path
                )
            )
        return model_path

    def prepare_model(self, model_path: str, parameters, context, **options) -> None:
        """Resolve the model's layers for the worker (main thread).

        UNITS, LAYER_MAP and USE_SAMPLE_LAYERS are read here; ``options`` are the
        algorithm's own ``prepare_inputs`` arguments. Every failure ends in one RiskMap
        message.
        """
        layer_map = parse_layer_map(self.parameterAsString(parameters, self.LAYER_MAP, context))
        with one_message():
            self._prepared = prepare_inputs(
                model_path,
                project=context.project(),
                layer_map=layer_map,
                units_layer=self.parameterAsVectorLayer(parameters, self.UNITS, context),
                layer_store=context.temporaryLayerStore(),
                **use_sample_layers(self, parameters, context),
                **options,
            )
