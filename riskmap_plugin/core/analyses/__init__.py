"""The optional analyses of a run and the comparison with the previous run.

``trends`` (Mann-Kendall trend, surges), ``hotspots`` (Getis-Ord Gi* with queen
or distance-band neighbours), ``uncertainty`` (rank bands by Monte Carlo over
weights and normalisations), ``run`` (:func:`run_analyses`: all of them for one
run, their fields on units and areas) and ``changes`` (what moved since the last run).
"""

from .run import UNIT_FIELDS, run_analyses

__all__ = ["UNIT_FIELDS", "run_analyses"]
