"""Design process-area view."""
