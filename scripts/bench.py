"""RiskMap benchmark: prints one table of measured figures (`make bench`).

Each measurement runs in its own Python process so its peak memory (max RSS,
including a separate run process it starts) is its own. Data are synthetic and
seeded (tests/synthetic.py), written once to build/bench/; sizes are in the
table. QGIS stages run offscreen. Nothing here asserts a target: the figures
are for people to read. The stages are in scripts/bench_stages.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "scripts")]


import bench_stages as stages  # noqa: E402
from bench_backtest import stage_backtest  # noqa: E402

STAGES = {
    "read": stages.stage_read,
    "core": stages.stage_core,
    "write": stages.stage_write,
    "group": stages.stage_group,
    "qgis_chain": stages.stage_qgis_chain,
    "riskmap": stages.stage_riskmap_read_score,
    "e2e": stages.stage_e2e,
    "backtest": stage_backtest,
}


def run_stage(name: str, **kwargs) -> dict:
    """Run one stage in a fresh interpreter and return its JSON figures (with peak MB)."""
    command = [sys.executable, __file__, "--stage", name, "--args", json.dumps(kwargs)]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if output.returncode != 0:
        sys.stderr.write(output.stderr[-4000:])
        raise SystemExit(f"bench: stage {name} {kwargs} failed")
    return json.loads(output.stdout.strip().splitlines()[-1])


def measure(events: int) -> list[tuple[str, dict, str]]:
    """Every row of the table: (label, figures, note)."""
    chain_events = min(events, 200_000)
    core = run_stage("core", events=events)
    draws = run_stage("core", events=events, draws=1000)
    extra = draws["seconds"] - core["seconds"]
    with tempfile.TemporaryDirectory(prefix="riskmap-bench-") as folder:
        output = str(Path(folder) / "result.gpkg")
        rows = [
            ("a. Read, fast path", run_stage("read", events=events, path_kind="fast"), ""),
            ("a. Read, iterator path", run_stage("read", events=events, path_kind="iterator"), ""),
            ("b. Core: score", core, "target ≤ 5 s"),
            ("b. Core: score + uncertainty", draws, f"+{extra:.2f} s (target ≤ +3 s)"),
            ("c. Write GeoPackage", run_stage("write", events=events, output=output), ""),
            ("c. Add styled group", run_stage("group", output=output), ""),
        ]
    chain = run_stage("qgis_chain", events=chain_events)
    riskmap = run_stage("riskmap", events=chain_events)
    ratio = chain["seconds"] / riskmap["seconds"]
    rows += [
        ("d. QGIS Processing chain", chain, "slow: native algorithms, one per criterion"),
        ("d. RiskMap read + score", riskmap, f"{ratio:.0f}× faster than QGIS (target ≥ 20×)"),
        ("f. End to end, Iraq sample", run_stage("e2e", events=0), "target ≤ 2 s"),
        ("f. End to end, 1M events", run_stage("e2e", events=events), "target ≤ 15 s"),
        backtest_row(events),
    ]
    return rows


def backtest_row(events: int) -> tuple[str, dict, str]:
    """g. A backtest over 12 as-of dates against one run on the same data (target < 3×)."""
    figures = run_stage("backtest", events=events)
    ratio = figures["seconds"] / figures["one_run"]
    return ("g. Backtest, 12 as-of dates", figures, f"{ratio:.1f}× one run (target < 3×)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", choices=sorted(STAGES))
    parser.add_argument("--args", default="{}")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--only", choices=["backtest"], help="measure one row only (the full table is slow)"
    )
    options = parser.parse_args()
    if options.stage:
        figures = STAGES[options.stage](**json.loads(options.args))
        figures["peak_mb"] = stages.peak_mb()
        print(json.dumps(figures))
        return 0
    if not options.only:  # the backtest row builds its data in memory
        stages.dataset(options.events)  # built once, outside every timing
        stages.dataset(min(options.events, 200_000))
    rows = [backtest_row(options.events)] if options.only else measure(options.events)
    print(
        f"RiskMap benchmark — this machine: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; each row in its own process"
    )
    print(f"{'measurement':<30} {'size':<66} {'seconds':>8} {'rows/s':>10} {'peak MB':>8}  note")
    for label, figures, note in rows:
        rate = f"{figures['rate']:,.0f}" if "rate" in figures else ""
        if "gap_ms" in figures:
            note = f"{note}; worst GUI gap {figures['gap_ms']:.0f} ms".lstrip("; ")
        print(
            f"{label:<30} {figures['rows']:<66} {figures['seconds']:>8.2f} {rate:>10} "
            f"{figures['peak_mb']:>8.0f}  {note}"
        )
    peak = max(figures["peak_mb"] for _, figures, _ in rows)
    print(
        f"{'e. Peak memory of the run':<30} {'max over the rows above':<66} {'':>8} {'':>10} "
        f"{peak:>8.0f}  target ≤ 2048 MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
