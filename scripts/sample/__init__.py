"""The parts of the Iraq 2018 sample build (see scripts/build_sample.py)."""
