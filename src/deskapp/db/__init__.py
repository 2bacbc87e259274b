"""SQLAlchemy models, engine/session factory, dialect specifics and the migration runner."""
