"""RiskMap benchmark: prints one table of measured figures (`make bench`).

Each measurement runs in its own Python process so its peak memory (max RSS)
is its own. Data are synthetic and seeded (tests/synthetic.py); sizes are in
the table. Nothing here asserts a target: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def stage_core(events: int, units_side: int, draws: int = 0) -> dict:
    """Score 1,000,000 events on 10,000 square units with the six criteria of the brief."""
    from synthetic import line_across, random_events, six_criteria_model, square_units

    from riskmap_plugin.core import parse_model, score

    units = square_units(units_side, units_side, 5_000.0)
    layers = {
        "units": units,
        "events": random_events(events, units, seed=1),
        "border": line_across(units),
    }
    document = six_criteria_model()
    if draws:
        document["uncertainty"] = {"draws": draws, "seed": 1}
    model = parse_model(document)
    started = time.perf_counter()
    result = score(model, layers)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "areas": len(result.areas),
        "rows": f"{events:,} events × {units_side * units_side:,} units, 6 criteria"
        + (f", {draws:,} Monte Carlo draws" if draws else ""),
    }


STAGES = {"core": stage_core}


def run_stage(name: str, **kwargs) -> dict:
    """Run one stage in a fresh interpreter and return its JSON figures."""
    command = [sys.executable, __file__, "--stage", name, "--args", json.dumps(kwargs)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", choices=sorted(STAGES))
    parser.add_argument("--args", default="{}")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--units-side", type=int, default=100)
    options = parser.parse_args()
    if options.stage:
        print(json.dumps(STAGES[options.stage](**json.loads(options.args))))
        return 0
    print(
        f"RiskMap benchmark — this machine: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    size = {"events": options.events, "units_side": options.units_side}
    rows = [
        ("Core: score", run_stage("core", **size)),
        ("Core: score + uncertainty", run_stage("core", draws=1000, **size)),
    ]
    print(f"{'measurement':<28} {'size':<68} {'seconds':>8} {'peak MB':>8}")
    for label, figures in rows:
        print(
            f"{label:<28} {figures['rows']:<68} {figures['seconds']:>8.2f} "
            f"{figures['peak_mb']:>8.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
