"""Offline replicas: the change log on a shared desk, replica files, and pulling changes."""
