"""Importing a desk's history and reference data from CSV and ServiceNow exports.

:mod:`.reader` streams any CSV-like file (encoding and separator detected), :mod:`.incidents`
turns rows into work items with their history (idempotent, in whole-incident batches), and
:mod:`.reference` imports callers, organisations, CIs and services. See docs/import.md.
"""
