"""Queue views: navigator, lazy queue table, bulk actions, export, live refresh, search."""
