"""Draw docs/areas.png: the two area rules on one made-up score surface.

Run: python scripts/areas_figure.py  (writes docs/areas.png)
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from riskmap_plugin.core.peaks import local_peaks, peak_areas, touching_areas  # noqa: E402

NX, NY = 14, 7


def surface() -> np.ndarray:
    """Two hot places joined by a ridge of high units, plus a small third one."""
    x, y = np.meshgrid(np.arange(NX), np.arange(NY))
    peak = lambda cx, cy, h, r: h * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))  # noqa: E731
    ridge = 62 * np.exp(-((y - 3) ** 2) / 1.2) * ((x > 2) & (x < 11))
    score = np.maximum.reduce([peak(2.5, 3, 100, 1.6), peak(10.5, 3.2, 92, 1.5), ridge])
    return np.maximum(score, peak(6.5, 0.2, 78, 0.8))


def main() -> None:
    score = surface().ravel()
    x, y = np.arange(NX * NY) % NX, np.arange(NX * NY) // NX
    cells = shapely.box(x, y, x + 1, y + 1)
    at_risk = score >= 55
    selected = np.flatnonzero(at_risk)
    geoms = cells[selected]
    by_peaks, seeds = peak_areas(geoms, score[selected], np.ones(len(selected)))
    by_touch = np.unique(touching_areas(geoms), return_inverse=True)[1]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.4))
    colours = plt.get_cmap("Set2")
    titles = (
        "Score (at risk ≥ 55, outlined)",
        f"Merge touching: {by_touch.max() + 1} areas",
        f"Around peaks: {len(seeds)} areas",
    )
    for ax, title in zip(axes, titles):
        ax.set_title(title, fontsize=10)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0].imshow(score.reshape(NY, NX), origin="lower", cmap="YlOrRd", extent=(0, NX, 0, NY))
    for i in selected:
        axes[0].add_patch(plt.Rectangle((x[i], y[i]), 1, 1, fill=False, lw=0.6, ec="black"))
    for ax, label in ((axes[1], by_touch), (axes[2], by_peaks)):
        grid = np.full(NX * NY, np.nan)
        grid[selected] = label
        ax.imshow(
            np.ma.masked_invalid(grid.reshape(NY, NX)),
            origin="lower",
            cmap=colours,
            vmin=0,
            vmax=7,
            extent=(0, NX, 0, NY),
        )
        ax.set_xlim(0, NX)
        ax.set_ylim(0, NY)
        ax.set_facecolor("#f2f2f2")
    for peaks in local_peaks(geoms, score[selected], by_touch):
        for p in peaks:
            axes[1].plot(x[selected[p]] + 0.5, y[selected[p]] + 0.5, "k^", ms=6)
    for s in seeds:
        axes[2].plot(x[selected[s]] + 0.5, y[selected[s]] + 0.5, "k*", ms=10)
    fig.text(
        0.5,
        0.02,
        "▲ local peaks inside the merged areas   ★ seeds: each at-risk unit joins the seed "
        "it reaches along the highest path",
        ha="center",
        fontsize=9,
    )
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    out = ROOT / "docs" / "areas.png"
    fig.savefig(out, dpi=110)
    print(out.relative_to(ROOT), f"{len(seeds)} seeds")


if __name__ == "__main__":
    main()
