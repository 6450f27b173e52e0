"""How a run words its annotations: one value, from the front that knows the language.

The core's own wording is English (:data:`ENGLISH`): the templates of
:data:`.explain.TEMPLATES`, ``12,345`` and singular nouns for exactly one. A front
(the dock, ``riskmap:score``) builds a :class:`Wording` for QGIS's language on the
main thread (``qgis_adapter.wording.run_wording``) and hands it to the run unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .explain import NumberFormat


@dataclass(frozen=True)
class Wording:
    """Templates, number format and nouns of a run; ``None`` keeps the core's English.

    ``templates`` replace :data:`.explain.TEMPLATES` by key; ``number_format(value,
    decimals)`` writes a number; ``noun_for(noun, value)`` agrees a noun with a count;
    ``language`` (``ar``, ``ckb``…) picks towns' names from the places layer's
    language fields (``name_ar``…).

    >>> Wording().templates is None and Wording(language="ar").language
    'ar'
    """

    templates: Mapping[str, str] | None = field(default=None, hash=False)
    number_format: NumberFormat | None = None
    noun_for: Callable[[str, float], str] | None = None
    language: str = ""


#: The core's own wording (English).
ENGLISH = Wording()
