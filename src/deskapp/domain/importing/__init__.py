"""Rules for reading other tools' exports: cell values, dates, column mappings, their words."""
