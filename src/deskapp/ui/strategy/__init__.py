"""Strategy process-area view."""
