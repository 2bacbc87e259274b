"""The only package that imports PySide6 (besides app.py)."""
