"""File > Import…: the import wizard (engine: deskapp.services.importing)."""
