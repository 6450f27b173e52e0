"""Dock panel and dialogs of the RiskMap plugin (thin front; no model logic here)."""
