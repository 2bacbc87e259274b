"""Typed settings, connection profiles, data paths and credentials."""
