"""Transition process-area view."""
