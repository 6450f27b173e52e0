"""Fixtures of the end-to-end tier: the built plugin zip, as users install it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def plugin_zip(repo_root) -> Path:
    """dist/riskmap_plugin.zip, (re)built by ``make package`` (cheap when up to date)."""
    subprocess.run(["make", "-s", "package"], cwd=repo_root, check=True, capture_output=True)
    path = repo_root / "dist" / "riskmap_plugin.zip"
    assert path.is_file()
    return path
