"""Run the sample analysis headless: ``make demo``.

Starts QGIS offscreen, registers the RiskMap Processing provider, runs
``riskmap:score`` on ``resources/sample/stabilization_2018.json`` and writes
``demo-output/at_risk_areas.gpkg`` (layers units, areas, watch_list; written
atomically, with provenance). Prints the areas and the watch list size.
Exits non-zero with the error message when something goes wrong.
``python scripts/demo.py --out FOLDER`` writes into FOLDER instead (used by
``scripts/compare_demo.py`` to compare a run with a reference run).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "resources" / "sample" / "stabilization_2018.json"
OUTPUT = REPO / "demo-output" / "at_risk_areas.gpkg"


def _start_qgis():
    """QGIS without a display, with its Processing plugin importable."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        import processing  # noqa: F401
    except ImportError:
        plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
        sys.path.append(str(plugins))
    from processing.core.Processing import Processing

    Processing.initialize()
    from riskmap_plugin.processing_provider.provider import RiskMapProvider

    provider = RiskMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _feedback():
    """A feedback that keeps the messages Processing reports, to show the real error."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.errors: list[str] = []
            self.warnings: list[str] = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
            self.errors.append(error)

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.warnings.append(warning)

    return Feedback()


def _print_summary(path: Path, warnings: list[str]) -> None:
    import pandas as pd
    import pyogrio

    areas = pyogrio.read_dataframe(path, layer="areas", read_geometry=False)
    watch = pyogrio.read_dataframe(path, layer="watch_list", read_geometry=False)
    print(f"\nAt-risk areas ({len(areas)}):")
    print(
        f"  {'area':<24} {'class':<10} {'score':>5} {'rank band':>10} {'p_top':>6}  "
        f"{'trend':<12} why"
    )
    for area in areas.to_dict("records"):
        known = pd.notna(area["rank_p05"])
        band = f"{area['rank_p05']:.0f}–{area['rank_p95']:.0f}" if known else "–"
        p_top = f"{area['p_top']:.0%}" if pd.notna(area["p_top"]) else "–"
        print(
            f"  {str(area['name'])[:24]:<24} {area['class']:<10} {area['score_max']:>5.0f} "
            f"{band:>10} {p_top:>6}  {str(area['trend'] or '–'):<12} {area['drivers']}"
        )
    reasons = watch["reason"].str.split("; ").explode()
    kinds = reasons.str.extract(r"^(rising|surge|at or above|rank band|score|.* in the top)")[0]
    counts = kinds.str.replace(r".* in the top", "top 10 % of a criterion", regex=True)
    print(
        f"\nWatch list: {len(watch)} units (see layer 'watch_list'); reasons: "
        + ", ".join(f"{k} {v}" for k, v in counts.value_counts().items())
    )
    for warning in warnings:
        print(f"  note: {warning}")
    print(f"\nWrote {path} (layers units, areas, watch_list, criteria, riskmap_provenance).")


def _briefing(path: Path) -> None:
    """Print the briefing of the run: demo-output/briefing.pdf and briefing-page1.png."""
    from qgis.core import QgsProject

    from riskmap_plugin.report import build_briefing, export_briefing

    layout = build_briefing(QgsProject.instance(), path, model=MODEL)
    out = export_briefing(layout, path.parent / "briefing.pdf", path.parent / "briefing-page1.png")
    print(f"Briefing: {out['pdf']} ({out['pages']} pages); page 1: {out['png']}")


def _shown(path: Path) -> Path:
    """The path relative to the repository when it is inside it."""
    try:
        return path.relative_to(REPO)
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT.parent, help="output folder")
    output = parser.parse_args(argv).out.resolve() / OUTPUT.name
    output.parent.mkdir(parents=True, exist_ok=True)
    app, _provider = _start_qgis()
    import processing
    from qgis.core import QgsProcessingException

    feedback = _feedback()
    parameters = {
        "MODEL": str(MODEL),
        "USE_SAMPLE_LAYERS": True,
        "OUTPUT_UNITS": str(output),
        "OUTPUT_AREAS": str(output),
        "OUTPUT_WATCH": str(output),
    }
    print(f"RiskMap demo: scoring {MODEL.relative_to(REPO)} → {_shown(output)}")
    try:
        processing.run("riskmap:score", parameters, feedback=feedback)
    except QgsProcessingException as error:
        message = "\n".join(feedback.errors) or str(error)
        print(f"demo failed: {message}", file=sys.stderr)
        app.exitQgis()
        return 1
    _print_summary(output, feedback.warnings)
    _briefing(output)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
