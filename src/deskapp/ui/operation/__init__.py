"""Operation process-area view."""
