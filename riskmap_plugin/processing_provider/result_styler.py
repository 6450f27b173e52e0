"""Style the layers ``riskmap:score`` hands to QGIS, temporary or file, as the dock does.

QGIS loads an algorithm's outputs after the run and then calls the post-processor set on
each output's load details (on the main thread): that is where the RiskMap style, labels
and map tips go on. QGIS keeps only a C++ pointer to a post-processor, so the Python
objects are kept here until they have run.
"""

from __future__ import annotations

from collections.abc import Mapping

from qgis.core import QgsProcessingLayerPostProcessorInterface

from ..qgis_adapter.style import apply_result_style

#: Post-processors waiting for QGIS (Python must keep them alive).
_WAITING: list[ResultStyler] = []


class ResultStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies the RiskMap style of ``kind`` to one loaded output layer."""

    def __init__(self, kind: str, criteria_labels: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.criteria_labels = dict(criteria_labels or {})

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        try:
            apply_result_style(layer, self.kind, self.criteria_labels)
        except RuntimeError as error:  # a missing style costs the style, not the layer
            feedback.reportError(str(error))
        finally:
            if self in _WAITING:
                _WAITING.remove(self)


def style_on_load(context, layer_id: str, kind: str, labels: Mapping[str, str]) -> None:
    """Style the output ``layer_id`` when QGIS loads it (if it is to be loaded)."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    styler = ResultStyler(kind, labels)
    _WAITING.append(styler)
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(styler)
