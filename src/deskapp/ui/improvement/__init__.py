"""Improvement process-area view."""
