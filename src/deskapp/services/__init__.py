"""Use cases per process area. Each opens a unit of work, applies domain rules, writes events and
returns frozen DTOs (never ORM instances)."""
