"""Score the bundled sample and print its briefing in one of RiskMap's languages.

Usage: python scripts/sample_briefing.py [--language ar|ckb|fr|en] [--out demo-output/ar]
       [--banner TEXT]

QGIS is set to the language for this run only (the previous setting comes back), the
plugin's catalogue is installed, and the sample is scored with that language's
annotations, then printed. Writes ``result.gpkg``, ``briefing.pdf`` and
``briefing-page1.png`` into the output folder (``docs/briefing-ar.png`` is page 1 in
Arabic, reduced to 256 colours).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The classification banner as an Arabic- or Kurdish-speaking office would type it.
BANNERS = {
    "ar": "غير مصنف // للاستخدام الرسمي",
    "ckb": "نهێنی نییە // بۆ بەکارهێنانی فەرمی",
    "fr": "NON CLASSIFIÉ // USAGE OFFICIEL",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="ar", choices=["ar", "ckb", "fr", "en"])
    parser.add_argument("--out", default=None, help="output folder (default demo-output/LANG)")
    parser.add_argument("--banner", default=None)
    args = parser.parse_args(argv)
    out = Path(args.out or f"demo-output/{args.language}")
    out.mkdir(parents=True, exist_ok=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from riskmap_plugin.qgis_adapter.wording import in_language

        with in_language(args.language):
            _score_and_print(args, out)
    finally:
        app.exitQgis()
    return 0


def _score_and_print(args, out: Path) -> None:
    """Score and print; its layers are freed on return, before QGIS exits."""
    from qgis.core import QgsProject

    from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs
    from riskmap_plugin.qgis_adapter.wording import run_wording
    from riskmap_plugin.report import build_briefing, export_briefing

    prepared = prepare_inputs(REPO / "resources/sample/stabilization_2018.json")
    compute(prepared, output_path=out / "result.gpkg", wording=run_wording())
    banner = args.banner or BANNERS.get(args.language, "UNCLASSIFIED // FOR OFFICIAL USE")
    project = QgsProject.instance()
    layout = build_briefing(project, out / "result.gpkg", banner=banner)
    result = export_briefing(layout, out / "briefing.pdf", out / "briefing-page1.png")
    print(f"{result['pdf']}: {result['pages']} pages; page 1: {result['png']}")
    project.clear()


if __name__ == "__main__":
    sys.exit(main())
