"""Print a RiskMap result as a briefing: demo-output/briefing.pdf + briefing-page1.png.

Usage: python scripts/make_briefing.py RESULT.gpkg [--out demo-output] [--page-size A4|A3]
       [--banner TEXT] [--model MODEL.json]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result", help="result GeoPackage written by riskmap:score")
    parser.add_argument("--out", default="demo-output", help="output folder")
    parser.add_argument("--page-size", default="A4", choices=["A4", "A3"])
    parser.add_argument("--banner", default="UNCLASSIFIED // FOR OFFICIAL USE")
    parser.add_argument("--model", default=None, help="model JSON (default: the result's)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from riskmap_plugin.report import build_briefing, export_briefing

        out = Path(args.out)
        project = QgsProject.instance()
        layout = build_briefing(
            project, args.result, page_size=args.page_size, banner=args.banner, model=args.model
        )
        result = export_briefing(layout, out / "briefing.pdf", out / "briefing-page1.png")
        print(f"{result['pdf']}: {result['pages']} pages; page 1: {result['png']}")
        project.clear()
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
